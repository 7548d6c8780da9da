"""Staff mode: the right PIN opens staff home, staff leave by hand or after the idle countdown, the top bar
is staff's, `kiosk curate` runs it in a window without a PIN, and a booth may offer one language only."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.ui import app
from kiosk.ui.staff_session import StaffLogin, shot_login
from tests.ui.qml_helpers import items, named, one, show_at, tap
from tests.ui.test_lockdown import enter, hold_corner, open_session
from tests.ui.test_shell import find
from tests.ui.test_staff_pad import CHEAP, add_accounts
from tests.ui.test_touch_targets import too_small

PIN = "246813"
TILES = ["exhibits", "arrange", "publish", "history", "settings"]


def staff_mode(content: Path, qtbot: QtBot, settings: Settings | None = None) -> app.Session:
    """A kiosk on Home with staff signed in through the PIN pad, as 王芳 (a consultant)."""
    with StaffAccounts.open(Paths.default(), settings=Settings()) as staff:
        staff.add("王芳", PIN, "consultant", cost=CHEAP)
    session = open_session(content, qtbot, settings or Settings())
    hold_corner(qtbot, session)
    with qtbot.waitSignal(session.staff_session.began, timeout=15_000):
        enter(session, PIN, qtbot)
    qtbot.waitUntil(lambda: bool(named(session.window, "staffHome")))
    return session


def test_the_right_pin_opens_staff_home_for_that_account(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = staff_mode(content, qtbot)
    try:
        staff, window = session.staff_session, session.window
        assert (staff.active, staff.account, staff.role, staff.withPin) == (True, "王芳", "consultant", True)
        assert session.nav.route == "staff/home"
        assert one(window, "staffWho").property("text") == "Signed in: 王芳 (Consultant)"
        assert one(window, "topBarStaffName").property("text") == "Staff: 王芳"
        for visitor_only in ("barSearchButton", "largeTextToggle", "contrastToggle", "motionToggle", "staffCorner"):
            assert not named(window, visitor_only), visitor_only
        assert not one(window, "backButton").isEnabled()  # Back never leads out of staff mode
        qtbot.waitUntil(lambda: all(named(window, f"staffTile_{page}") for page in TILES))
        assert one(window, "staffCloseKiosk").isVisible()  # a booth: a PIN let staff in
        assert too_small(window.contentItem(), (1920, 1080)) == []
    finally:
        session.close()


def test_a_staff_route_without_a_session_is_refused(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = open_session(content, qtbot, Settings())
    try:
        session.nav.go("gallery/patent")
        for route in ("staff/home", "staff/exhibits", "staff"):
            session.nav.go(route)
            assert session.nav.route == "gallery/patent"
        assert not named(session.window, "staffScreen")
    finally:
        session.close()


def test_staff_idle_countdown_ends_the_session_and_returns_to_attract(
    content: Path, qapp: object, qtbot: QtBot
) -> None:
    settings = Settings({"staff.idle_seconds": 5, "ui.idle_seconds": 2, "ui.countdown_seconds": 1})
    session = staff_mode(content, qtbot, settings)
    try:
        idle, nav, state = session.idle, session.nav, session.state
        assert idle._idle.interval() == 5000 and idle.forStaff  # staff's idle time, not the visitors' 2 s
        nav.go("staff/exhibits")
        state.toggleLanguage()
        resets: list[bool] = []
        state.visitorReset.connect(lambda: resets.append(True))
        qtbot.waitUntil(lambda: idle.countingDown, timeout=8000)
        overlay = find(session.window, "idleOverlay")
        # In Chinese, the language staff switched to: the countdown says staff mode is closing, not the visitor's.
        assert any("留在工作人员模式" in str(item.property("text")) for item in items(overlay))
        with qtbot.waitSignal(session.staff_session.ended, timeout=3000):
            pass
        assert (nav.route, nav.canGoBack, state.language) == ("attract", False, "en")
        assert resets == [True]  # reset once, not once for the countdown and again for the session's end
        assert idle._idle.interval() == 2000 and not idle.forStaff  # the visitors' idle time again
        nav.go("staff/home")
        assert nav.route == "attract"
    finally:
        session.close()


@pytest.mark.parametrize("way", ["topBar", "staffHome", "escape"])
def test_staff_leave_by_hand(way: str, content: Path, qapp: object, qtbot: QtBot) -> None:
    session = staff_mode(content, qtbot)
    try:
        window = session.window
        session.state.toggleLargeText()
        with qtbot.waitSignal(session.staff_session.ended):
            if way == "topBar":
                tap(window, one(window, "leaveStaffButton"))
            elif way == "staffHome":
                tap(window, one(window, "staffLeave"))
            else:
                QTest.keyClick(window, Qt.Key.Key_Escape)
        assert (session.nav.route, session.nav.canGoBack, session.state.largeText) == ("attract", False, False)
        assert not named(window, "staffScreen")
        session.nav.go("staff/home")
        assert session.nav.route == "attract"  # and the staff screens are closed again
    finally:
        session.close()


def test_close_the_kiosk_asks_once_more(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = staff_mode(content, qtbot)
    staff = session.staff_session
    staff.quitRequested.disconnect(session.leave)  # pytest's application stays; app.run's exit is test_lockdown's
    try:
        window = session.window
        with qtbot.assertNotEmitted(staff.quitRequested):
            tap(window, one(window, "staffCloseKiosk"))
            qtbot.waitUntil(lambda: bool(named(window, "staffCloseConfirm")))
            tap(window, one(window, "staffCloseCancel"))
        qtbot.waitUntil(lambda: not named(window, "staffCloseConfirm"))
        tap(window, one(window, "staffCloseKiosk"))
        qtbot.waitUntil(lambda: bool(named(window, "staffCloseConfirmed")))
        with qtbot.waitSignal(staff.quitRequested):
            tap(window, one(window, "staffCloseConfirmed"))
    finally:
        session.close()


def test_staff_home_by_keyboard(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = app.start(content, lang="en", route="home", sync=False)
    try:
        session.staff_session.begin("anna", with_pin=False)
        session.nav.go("staff/home")
        show_at(session, qtbot, (1280, 800))
        window = session.window
        assert not named(window, "staffCloseKiosk")  # no PIN: no kiosk to close
        reached = []
        for _ in range(len(TILES) + 1):
            QTest.keyClick(window, Qt.Key.Key_Tab)
            reached.append(window.activeFocusItem().objectName())
        assert reached == [f"staffTile_{page}" for page in TILES] + ["staffLeave"]
        assert too_small(window.contentItem(), (1280, 800)) == []
        QTest.keyClick(window, Qt.Key.Key_Tab)
        QTest.keyClick(window, Qt.Key.Key_Tab)  # round again, to Arrange
        QTest.keyClick(window, Qt.Key.Key_Return)
        assert session.nav.route == "staff/arrange"
    finally:
        session.close()


def test_curate_runs_staff_mode_in_a_window_until_staff_leave(content: Path, qapp: object) -> None:
    seen: dict = {}

    def leave_once_it_shows() -> None:
        (window,) = [w for w in QGuiApplication.topLevelWindows() if w.objectName() == "mainWindow"]
        window.frameSwapped.connect(partial(leave, window), Qt.ConnectionType.SingleShotConnection)

    def leave(window: QQuickWindow) -> None:
        seen["size"] = (window.width(), window.height())
        seen["kiosk mode"] = bool(window.flags() & Qt.WindowType.FramelessWindowHint)
        seen["page"] = [item.objectName() for item in named(window, "staffHome")]
        staff = QQmlEngine.contextForObject(window).engine().rootContext().contextProperty("staffSession")
        seen["who"] = (staff.account, staff.withPin, staff.active)
        tap(window, one(window, "staffLeave"))

    QTimer.singleShot(0, leave_once_it_shows)
    assert app.curate(content, lang="en", account="laptop-user", settings=Settings({"ui.idle_seconds": 1})) == 0
    assert seen["who"] == ("laptop-user", False, True) and seen["page"] == ["staffHome"]
    assert seen["size"] == app.WINDOWED_SIZE and not seen["kiosk mode"]


def test_a_screenshot_of_a_staff_page_is_taken_as_staff(content: Path, qapp: object, tmp_path: Path) -> None:
    assert shot_login(Paths.default(), Settings()) == StaffLogin("staff", "staff", with_pin=False)  # no account yet
    add_accounts(("王芳", PIN), ("staff", "135790"))
    assert shot_login(Paths.default(), Settings()).account == "staff"
    out = app.grab(content, tmp_path / "staff.png", route="staff/home", lang="en")
    assert out.is_file()


def test_with_one_language_there_is_no_language_switch(content: Path, qapp: object, qtbot: QtBot) -> None:
    settings = Settings({"ui.languages": ["en"], "ui.language": "zh"})
    session = app.start(content, lang="zh", route="home", settings=settings, sync=False)
    try:
        show_at(session, qtbot)
        state = session.state
        assert (state.language, state.languages) == ("en", ["en"])  # ui.language is not offered: the first is
        assert not named(session.window, "languageButton")
        state.toggleLanguage()
        assert state.language == "en"
        with pytest.raises(ValueError, match="not offered"):
            state.language = "zh"
        assert one(session.window, "backButton").isVisible() and one(session.window, "largeTextToggle").isVisible()
    finally:
        session.close()
