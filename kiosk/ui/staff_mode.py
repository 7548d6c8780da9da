"""Going into staff mode and out of it: what the shell does around a staff session.

The right PIN begins a session for its account and opens staff home. While it lasts, the
idle monitor waits `staff.idle_seconds` (then the visitors' countdown) instead of the visitors'
idle time; when that runs out, or staff leave, the session ends, the staff screens close and
the attract loop shows again, reset for the next visitor. `kiosk curate` (no PIN, a laptop)
never leaves by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from kiosk.core.base.settings import Settings
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigator import Navigator
from kiosk.ui.staff_session import StaffSession
from kiosk.ui.state import KioskState

STAFF_HOME = "staff/home"


class StaffMode(QObject):
    """Staff coming in through the PIN pad, their idle time, and the kiosk made ready for visitors after them."""

    def __init__(self, session: StaffSession, nav: Navigator, state: KioskState, idle: IdleMonitor,
                 settings: Settings, parent: QObject | None = None):  # fmt: skip
        super().__init__(parent)
        self._session, self._nav, self._state, self._idle = session, nav, state, idle
        self._staff_seconds = settings["staff.idle_seconds"]
        self._visitor_seconds = settings["ui.idle_seconds"]
        session.began.connect(self._on_began)
        session.ended.connect(self._on_ended)
        idle.visitorTimedOut.connect(self._on_timed_out)

    @Slot(str, str)
    def enter(self, account: str, role: str) -> None:
        """The PIN pad let `account` in."""
        self._session.begin(account, role)
        self._nav.go(STAFF_HOME)

    @Slot()
    def _on_began(self) -> None:
        seconds = self._staff_seconds if self._session.property("withPin") else 0
        self._idle.set_idle_seconds(seconds, for_staff=True)

    @Slot()
    def _on_ended(self) -> None:
        self._idle.set_idle_seconds(self._visitor_seconds)
        if self._nav.property("screen") != "attract":  # staff left by hand; after the countdown it is there already
            self._nav.reset()  # no staff screen stays open, nor in the history
            self._state.resetForNextVisitor()

    @Slot()
    def _on_timed_out(self) -> None:
        """The idle monitor reset the kiosk for the next visitor: staff who were in are out too."""
        self._session.end()
