"""Whether staff are in: the staff session, which opens the screens under `staff/`.

The PIN pad (staff_pad.py) begins a session for the account whose PIN was right;
`kiosk curate` begins one without a PIN on a machine not in kiosk mode; a screenshot
of a staff route begins one for the shot (shot_login: no PIN either). The session ends when staff leave, or when
the idle monitor (idle.py) finds nobody has touched the screen for `staff.idle_seconds`
plus the countdown; the navigator then refuses the staff screens again and the visitor
screens show.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.core.staff.names import LEGACY_NAME


class StaffLogin(NamedTuple):
    """Who a session is begun for, and whether a PIN let them in (False: `kiosk curate`, a screenshot)."""

    account: str
    role: str = "staff"
    with_pin: bool = True


class StaffSession(QObject):
    """Exposed to QML as `staffSession`: who is in, and how they came in."""

    changed = Signal()
    began = Signal()
    ended = Signal()
    quitRequested = Signal()  # "Close the kiosk": app.Session.leave releases kiosk mode and quits

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._account = ""
        self._role = ""
        self._with_pin = True

    def is_active(self) -> bool:
        return bool(self._account)

    def account_name(self) -> str:
        return self._account

    active = Property(bool, is_active, notify=changed)
    account = Property(str, account_name, notify=changed)
    role = Property(str, lambda self: self._role, notify=changed)  # staff | consultant
    # False in `kiosk curate` on a laptop: nobody typed a PIN, and there is no kiosk mode to leave.
    withPin = Property(bool, lambda self: self._with_pin, notify=changed)

    def begin(self, account: str, role: str = "staff", *, with_pin: bool = True) -> None:
        if not account:
            raise ValueError("a staff session needs an account")
        self._account, self._role, self._with_pin = account, role, with_pin
        self.changed.emit()
        self.began.emit()

    @Slot()
    def closeKiosk(self) -> None:
        """Staff chose to close the kiosk (to the desktop, or to end `kiosk curate`)."""
        if self._account:
            self.quitRequested.emit()

    @Slot()
    def end(self) -> None:
        if not self._account:
            return
        self._account, self._role = "", ""
        self.changed.emit()
        self.ended.emit()


def shot_login(paths: Paths, settings: Settings) -> StaffLogin:
    """Who a screenshot of a staff route is taken as, without a PIN: the account "staff", else the booth's
    first account, else "staff" (a booth with no account yet, or a damaged staff.db, still has the pages)."""
    try:
        with StaffAccounts.open(paths, readonly=True, settings=settings) as staff:
            accounts = staff.accounts()
    except KioskError:
        accounts = []
    chosen = next((a for a in accounts if a.name == LEGACY_NAME), accounts[0] if accounts else None)
    if chosen is None:
        return StaffLogin(LEGACY_NAME, with_pin=False)
    return StaffLogin(chosen.name, chosen.role, with_pin=False)
