"""The staff PIN pad on the booth's accounts: chosen by name, checked off the GUI thread, locked across restarts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.ui import app
from tests.ui.qml_helpers import tap
from tests.ui.test_lockdown import enter, hold_corner, open_session
from tests.ui.test_shell import find

CHEAP = 2**10  # scrypt's cost for these accounts: the pad's behaviour, not the hash, is under test here


def add_accounts(*accounts: tuple[str, str]) -> None:
    with StaffAccounts.open(Paths.default(), settings=Settings()) as staff:
        for name, pin in accounts:
            staff.add(name, pin, cost=CHEAP)


def message(session: app.Session) -> str:
    return find(session.window, "pinMessage").property("text")


def test_staff_choose_their_name_then_their_pin_opens_the_way_out(content: Path, qapp: object, qtbot: QtBot) -> None:
    add_accounts(("王芳", "246813"), ("Li Wei", "135790"))
    session = open_session(content, qtbot, Settings())
    try:
        hold_corner(qtbot, session)
        assert session.staff.accounts == ["王芳", "Li Wei"] and session.staff.account == ""
        qtbot.waitUntil(lambda: message(session) == "Choose your name, then enter your PIN.")
        session.staff.press("1")
        assert session.staff.digitCount == 0  # no digits before a name is chosen
        chips = lambda: _named(session, "pinAccount")  # noqa: E731
        qtbot.waitUntil(lambda: len(chips()) == 2 and chips()[1].x() > chips()[0].x())  # laid out side by side
        tap(session.window, next(chip for chip in chips() if chip.property("text") == "王芳"))
        assert session.staff.account == "王芳"
        enter(session, "135790", qtbot)  # Li Wei's PIN is not 王芳's
        assert session.staff.status == "wrong" and session.staff.triesLeft == 4
        with qtbot.waitSignal(session.staff.entered, timeout=15_000):
            enter(session, "246813", qtbot)
    finally:
        session.close()


def test_the_check_runs_while_the_screen_says_so(content: Path, qapp: object, qtbot: QtBot) -> None:
    add_accounts(("staff", "246813"))
    session = open_session(content, qtbot, Settings())
    try:
        hold_corner(qtbot, session)
        assert session.staff.account == "staff"  # the one account is chosen already
        for digit in "246813":
            session.staff.press(digit)
        session.staff.submit()
        assert session.staff.status == "checking"  # submit() returned before the hash was done
        qtbot.waitUntil(lambda: message(session) == "Checking…")  # and the window drew it meanwhile
        session.staff.press("9")
        assert session.staff.digitCount == 0  # keys wait for the outcome
        qtbot.waitUntil(lambda: not session.staff.padOpen, timeout=15_000)
    finally:
        session.close()


def test_a_lockout_holds_across_a_restart(content: Path, qapp: object, qtbot: QtBot) -> None:
    add_accounts(("staff", "246813"))
    session = open_session(content, qtbot, Settings())
    try:
        hold_corner(qtbot, session)
        for _ in range(5):
            enter(session, "111111", qtbot)
        assert session.staff.status == "locked" and session.staff.lockSecondsLeft >= 59
    finally:
        session.close()
    again = open_session(content, qtbot, Settings())  # the kiosk started again, as after a power cut
    try:
        hold_corner(qtbot, again)
        assert again.staff.status == "locked" and 55 <= again.staff.lockSecondsLeft <= 60
        qtbot.waitUntil(lambda: message(again).startswith("Too many wrong tries."))
        with qtbot.assertNotEmitted(again.staff.entered):
            enter(again, "246813", qtbot)
    finally:
        again.close()


def test_a_damaged_staff_database_says_so_on_the_pad(content: Path, qapp: object, qtbot: QtBot) -> None:
    paths = Paths.default()
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.staff_db.write_bytes(b"not a database at all" * 100)
    session = open_session(content, qtbot, Settings())
    try:
        hold_corner(qtbot, session)
        assert session.staff.status == "broken"
        qtbot.waitUntil(lambda: message(session).startswith("The staff PIN cannot be checked:"))
        assert "staff.db" in message(session)
    finally:
        session.close()


def _named(session: app.Session, name: str) -> list:
    from tests.ui.qml_helpers import items

    return [item for item in items(session.window.contentItem()) if item.objectName() == name and item.isVisible()]
