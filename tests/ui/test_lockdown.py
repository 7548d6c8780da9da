"""Kiosk mode keeps visitors in; staff leave by holding the corner and entering the PIN."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.base.settings import Settings
from kiosk.core.staff.pin import hash_pin
from kiosk.ui import app, lockdown
from tests.ui.qml_helpers import items, tap
from tests.ui.test_shell import find

PIN = "2468"
KIOSK_DIR = Path(app.__file__).resolve().parent
TOOLS = {"bench.py"}  # `kiosk bench ui` measures the interface in child processes; the kiosk never runs it
Mod = Qt.KeyboardModifier


@pytest.fixture(scope="module")
def pin_settings() -> Settings:
    return Settings({"security.staff_pin_hash": hash_pin(PIN)})


def open_session(content: Path, qtbot: QtBot, settings: Settings, windowed: bool = True) -> app.Session:
    session = app.start(content, lang="en", route="home", settings=settings)
    with qtbot.waitSignal(session.window.frameSwapped):
        app.show(session, windowed=windowed)
    session.staff.setProperty("holdMs", 300)  # staff hold 5 s; tests need not
    return session


@pytest.fixture
def kiosk_mode(content: Path, qapp: object, qtbot: QtBot, pin_settings: Settings) -> Iterator[app.Session]:
    session = open_session(content, qtbot, pin_settings, windowed=False)
    yield session
    session.close()


@pytest.fixture
def windowed(content: Path, qapp: object, qtbot: QtBot, pin_settings: Settings) -> Iterator[app.Session]:
    session = open_session(content, qtbot, pin_settings)
    yield session
    session.close()


def hold_corner(qtbot: QtBot, session: app.Session) -> None:
    """Press the top-right corner until the PIN pad opens, then let go."""
    corner = QPoint(session.window.width() - 30, 30)
    QTest.mousePress(session.window, Qt.MouseButton.LeftButton, Mod.NoModifier, corner)
    ring = find(session.window, "staffRing")
    qtbot.waitUntil(ring.isVisible)  # the faint ring shows the hold is working
    qtbot.waitUntil(lambda: session.staff.padOpen)
    QTest.mouseRelease(session.window, Qt.MouseButton.LeftButton, Mod.NoModifier, corner)


def enter(session: app.Session, digits: str, qtbot: QtBot) -> None:
    """Tap the digits and OK, and wait for the check (a scrypt hash, on a worker) to come back."""
    for digit in digits:
        tap(session.window, find(session.window, f"pinKey_{digit}"))
    tap(session.window, find(session.window, "pinSubmit"))
    qtbot.waitUntil(lambda: session.staff.status != "checking", timeout=15_000)


def dots(session: app.Session) -> list[bool]:
    return [dot.property("filled") for dot in sorted(named(session, "pinDot"), key=lambda d: d.x())]


def named(session: app.Session, name: str) -> list[QQuickItem]:
    return [item for item in items(session.window.contentItem()) if item.objectName() == name]


def test_kiosk_mode_is_frameless_and_full_screen(kiosk_mode: app.Session) -> None:
    window = kiosk_mode.window
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    assert window.visibility() == window.Visibility.FullScreen
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor


def test_escape_alt_f4_and_close_leave_the_window_open(kiosk_mode: app.Session, qtbot: QtBot) -> None:
    window, lock = kiosk_mode.window, kiosk_mode.lock
    assert lock is not None
    keys = [(Qt.Key.Key_Escape, Mod.NoModifier), (Qt.Key.Key_F4, Mod.AltModifier), (Qt.Key.Key_F11, Mod.NoModifier)]
    keys += [(Qt.Key.Key_Q, Mod.ControlModifier), (Qt.Key.Key_W, Mod.ControlModifier)]
    for key, modifiers in keys:
        assert lock.eventFilter(window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers)), key
        QTest.keyClick(window, key, modifiers)
        assert window.isVisible()
    assert not lock.eventFilter(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Mod.NoModifier))
    assert not window.close()
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.isExposed())


def test_in_staff_mode_escape_alone_gets_through(kiosk_mode: app.Session, qtbot: QtBot) -> None:
    window, lock = kiosk_mode.window, kiosk_mode.lock
    assert lock is not None
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Mod.NoModifier)
    kiosk_mode.staff_session.begin("staff")
    kiosk_mode.nav.go("staff/home")
    assert not lock.eventFilter(window, escape)  # staff home's "Leave staff mode"
    for key, modifiers in [(Qt.Key.Key_Escape, Mod.AltModifier), (Qt.Key.Key_F4, Mod.AltModifier)]:
        assert lock.eventFilter(window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    qtbot.waitUntil(lambda: bool(named(kiosk_mode, "staffHome")))
    with qtbot.waitSignal(kiosk_mode.staff_session.ended):
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert kiosk_mode.nav.route == "attract" and window.isVisible()
    assert lock.eventFilter(window, escape)  # out of staff mode, blocked again


def test_right_button_and_context_menus_are_swallowed(kiosk_mode: app.Session) -> None:
    window, lock = kiosk_mode.window, kiosk_mode.lock
    assert lock is not None

    def press(button: Qt.MouseButton) -> QMouseEvent:
        pos = QPointF(500, 500)
        return QMouseEvent(QEvent.Type.MouseButtonPress, pos, pos, button, button, Mod.NoModifier)

    assert lock.eventFilter(window, press(Qt.MouseButton.RightButton))
    assert lock.eventFilter(window, press(Qt.MouseButton.MiddleButton))
    assert not lock.eventFilter(window, press(Qt.MouseButton.LeftButton))
    assert lock.eventFilter(window, QEvent(QEvent.Type.ContextMenu))


def test_urls_go_nowhere_in_kiosk_mode(kiosk_mode: app.Session, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=lockdown.__name__):
        assert QDesktopServices.openUrl(QUrl("https://www.cnipa.gov.cn/"))
    assert "not opening https" in caplog.text


def test_windowed_mode_closes_normally(windowed: app.Session) -> None:
    assert windowed.lock is None
    assert not windowed.window.flags() & Qt.WindowType.FramelessWindowHint
    assert windowed.window.close()
    assert not windowed.window.isVisible()


def test_holding_the_corner_opens_the_pin_pad(kiosk_mode: app.Session, qtbot: QtBot) -> None:
    pad = find(kiosk_mode.window, "pinPad")
    assert not pad.isVisible()
    hold_corner(qtbot, kiosk_mode)
    qtbot.waitUntil(pad.isVisible)
    assert find(kiosk_mode.window, "pinMessage").property("text") == "Enter the staff PIN to open staff mode."
    tap(kiosk_mode.window, find(kiosk_mode.window, "pinCancel"))
    assert not kiosk_mode.staff.padOpen
    qtbot.waitUntil(lambda: not pad.isVisible())


def test_a_short_press_or_a_slide_out_of_the_corner_does_not(windowed: app.Session, qtbot: QtBot) -> None:
    window, corner = windowed.window, find(windowed.window, "staffCorner")
    point = QPoint(window.width() - 30, 30)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Mod.NoModifier, point)
    assert corner.property("holding")
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Mod.NoModifier, point)
    assert not corner.property("holding")
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Mod.NoModifier, point)
    QTest.mouseMove(window, QPoint(window.width() - 400, 300))
    assert not corner.property("holding")
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Mod.NoModifier, QPoint(window.width() - 400, 300))
    assert not windowed.staff.padOpen


def test_wrong_pin_is_refused_and_cleared(windowed: app.Session, qtbot: QtBot) -> None:
    staff = windowed.staff
    hold_corner(qtbot, windowed)
    for digit in "135":
        tap(windowed.window, find(windowed.window, f"pinKey_{digit}"))
    qtbot.waitUntil(lambda: dots(windowed) == [True, True, True, False])
    tap(windowed.window, find(windowed.window, "pinErase"))
    assert staff.digitCount == 2
    with qtbot.waitSignal(staff.refused), qtbot.assertNotEmitted(staff.entered):
        enter(windowed, "79", qtbot)
    assert (staff.status, staff.digitCount, staff.padOpen) == ("wrong", 0, True)
    message = find(windowed.window, "pinMessage")
    qtbot.waitUntil(lambda: message.property("text") == "Wrong PIN. Tries left: 4")


LEAVE_KIOSK_MODE = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from kiosk.core.staff.pin import hash_pin
from kiosk.core.base.settings import Settings
from kiosk.ui import app

settings = Settings({"security.staff_pin_hash": hash_pin(sys.argv[2])})
session = app.start(Path(sys.argv[1]), lang="en", settings=settings, sync=False)
app.show(session, windowed=False)

def enter_pin():
    session.staff.openPad()
    for digit in sys.argv[2]:
        session.staff.press(digit)
    session.staff.submit()

# The PIN opens staff mode; its "Close the kiosk" is what ends the process.
session.staff.entered.connect(lambda *_: session.ui.staff_session.closeKiosk())
session.window.frameSwapped.connect(enter_pin, Qt.ConnectionType.SingleShotConnection)
QTimer.singleShot(20_000, lambda: session.app.exit(9))  # still open: the PIN did not get staff out
code = session.app.exec()
print("exit code", code, "lock engaged", session.lock is not None and session.lock._engaged)
session.close()
"""


def test_the_right_pin_ends_a_kiosk_mode_process(content: Path) -> None:
    """In a real event loop: kiosk mode refuses to close its window, yet the PIN (and staff mode's "Close the
    kiosk") must still get staff out."""
    done = subprocess.run([sys.executable, "-c", LEAVE_KIOSK_MODE, str(content), PIN],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert "exit code 0 lock engaged False" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0 and "TypeError" not in done.stderr, done.stderr


def test_right_pin_opens_staff_mode(windowed: app.Session, qtbot: QtBot) -> None:
    hold_corner(qtbot, windowed)
    with qtbot.waitSignal(windowed.staff.entered):
        enter(windowed, PIN, qtbot)
    assert not windowed.staff.padOpen
    assert windowed.ui.staff_session.is_active() and windowed.nav.route == "staff/home"


def test_five_wrong_pins_lock_the_pad(windowed: app.Session, qtbot: QtBot) -> None:
    staff = windowed.staff
    hold_corner(qtbot, windowed)
    for _ in range(5):
        enter(windowed, "1111", qtbot)
    assert (staff.status, staff.lockSecondsLeft) == ("locked", 60)
    message = find(windowed.window, "pinMessage")
    qtbot.waitUntil(lambda: message.property("text") == "Too many wrong tries. Try again in 60 s.")
    with qtbot.assertNotEmitted(staff.entered):
        staff.press("2")  # the keys do nothing while locked, not even the right PIN
        enter(windowed, PIN, qtbot)
    assert staff.digitCount == 0
    staff.cancel()
    staff.openPad()
    assert staff.status == "locked" and staff.lockSecondsLeft > 50  # closing and reopening does not unlock it
    left = staff.lockSecondsLeft  # as staff.db has it now (a loaded machine may have taken a second or two)
    with qtbot.waitSignal(staff.changed):
        pass  # the lock counts down each second
    assert staff.lockSecondsLeft == left - 1


def test_without_a_pin_the_pad_says_how_to_set_one(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = open_session(content, qtbot, Settings())
    try:
        hold_corner(qtbot, session)
        assert session.staff.status == "nopin"
        message = find(session.window, "pinMessage").property("text")
        assert message == "No staff PIN is set on this kiosk. Set one with: kiosk pin set"
        with qtbot.assertNotEmitted(session.staff.entered):
            session.staff.press("1")
            session.staff.submit()
        assert session.staff.digitCount == 0
    finally:
        session.close()


def test_the_pad_closes_for_the_next_visitor(windowed: app.Session, qtbot: QtBot) -> None:
    hold_corner(qtbot, windowed)
    windowed.staff.press("1")
    windowed.state.resetForNextVisitor()
    assert not windowed.staff.padOpen and windowed.staff.digitCount == 0


def test_kiosk_mode_exits_with_0_after_the_right_pin(content: Path, qapp: object, pin_settings: Settings) -> None:
    """The PIN opens staff mode, and closing the kiosk from there (staffSession.closeKiosk, what staff home's
    confirmed "Close the kiosk" calls: test_staff_session taps it) quits with 0.

    In pytest-qt's QApplication, which quits without asking QQuickWindows to close; the kiosk's own
    QGuiApplication asks them, and kiosk mode refuses: test_the_right_pin_ends_a_kiosk_mode_process covers that."""

    def staff_enters_the_pin(window: QQuickWindow) -> None:
        context = QQmlEngine.contextForObject(window).engine().rootContext()
        staff = context.contextProperty("staffExit")
        staff.openPad()
        type_pin(staff, "0000")  # a wrong one first: the kiosk stays open, and once that is known, the right one
        staff.refused.connect(partial(type_pin, staff, PIN), Qt.ConnectionType.SingleShotConnection)
        began = context.contextProperty("staffSession").began
        began.connect(context.contextProperty("staffSession").closeKiosk, Qt.ConnectionType.SingleShotConnection)

    def type_pin(staff: QObject, pin: str) -> None:
        for digit in pin:
            staff.press(digit)
        staff.submit()

    def once_it_shows() -> None:  # the event loop shows the window (kiosk/ui/queued.py)
        (window,) = [w for w in QGuiApplication.topLevelWindows() if w.objectName() == "mainWindow"]
        window.frameSwapped.connect(partial(staff_enters_the_pin, window), Qt.ConnectionType.SingleShotConnection)

    QTimer.singleShot(0, once_it_shows)
    assert app.run(content, windowed=False, lang="zh", settings=pin_settings) == 0
    assert QGuiApplication.overrideCursor() is None  # the pointer is back once the kiosk is closed


def test_nothing_in_the_interface_leaves_the_kiosk() -> None:
    """No external browser, no other program: QR codes are the only way out."""
    forbidden = re.compile(r"openUrlExternally\s*\(|QDesktopServices\.openUrl|QProcess|subprocess|os\.system|Popen")
    runtime = [p for p in sorted(KIOSK_DIR.rglob("*")) if p.suffix in (".py", ".qml") and p.name not in TOOLS]
    offenders = [str(p.relative_to(KIOSK_DIR)) for p in runtime if forbidden.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
