"""Idle reset: when nobody has touched the kiosk for a while, get it ready for the next visitor.

IdleMonitor watches every input event of the kiosk's window (an event filter on the window,
which input reaches before any item; one on the whole application would be handed every
item's, timer's and thread's events too, each made into a Python object, some 40 ms of the
start alone): any touch, mouse press or key press is activity. After `kiosk.idleSeconds`
without any, it counts down from `kiosk.countdownSeconds` while QML shows the "Still
there?" overlay; any touch during the countdown, or "More time", stops it. When the
countdown ends the kiosk goes back to the attract loop with the default language and
accessibility (screens clear their own state on `kiosk.visitorReset`). On the attract
loop itself nothing runs: there is nothing to reset.

The touch that stops the countdown does nothing else: it was aimed at the overlay, not
at whatever is underneath, so it is swallowed up to its release.

In staff mode (staff_mode.py) the idle time is `staff.idle_seconds` and the overlay says
staff mode will close (`forStaff`); in `kiosk curate`, nothing counts down at all.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QWindow

from kiosk.ui.navigator import Navigator
from kiosk.ui.state import KioskState

_Type = QEvent.Type
_PRESSES = frozenset({_Type.MouseButtonPress, _Type.MouseButtonDblClick, _Type.TouchBegin})
_ENDS = frozenset({_Type.MouseButtonRelease, _Type.TouchEnd, _Type.TouchCancel})
_POINTER = _PRESSES | _ENDS | {_Type.MouseMove, _Type.TouchUpdate}
_ACTIVITY = _PRESSES | {_Type.TouchUpdate, _Type.KeyPress, _Type.Wheel}
_WATCHED = _POINTER | _ACTIVITY


class IdleMonitor(QObject):
    """Counts idle time from the last input; exposed to QML as `idle`."""

    countingDownChanged = Signal()
    secondsLeftChanged = Signal()
    visitorTimedOut = Signal()  # the countdown ran out and the kiosk was reset
    forStaffChanged = Signal()

    def __init__(self, state: KioskState, nav: Navigator, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._nav = nav
        self._counting = False
        self._seconds_left = 0
        self._swallowing = False  # inside the touch that stopped the countdown
        self._off = False
        self._for_staff = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, state.property("idleSeconds")) * 1000)
        self._idle.timeout.connect(self._on_idle)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        nav.routeChanged.connect(self._on_route_changed)
        self._on_route_changed()

    # -- what QML reads ------------------------------------------------------------------

    def _get_counting_down(self) -> bool:
        return self._counting

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    def _get_countdown_seconds(self) -> int:
        return max(1, self._state.property("countdownSeconds"))

    countingDown = Property(bool, _get_counting_down, notify=countingDownChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=secondsLeftChanged)
    countdownSeconds = Property(int, _get_countdown_seconds, constant=True)
    forStaff = Property(bool, lambda self: self._for_staff, notify=forStaffChanged)  # staff mode's idle time

    def set_idle_seconds(self, seconds: int, *, for_staff: bool = False) -> None:
        """Another idle time from now on (staff mode has its own); 0 never counts down (`kiosk curate`)."""
        if for_staff != self._for_staff:
            self._for_staff = for_staff
            self.forStaffChanged.emit()
        self._off = seconds <= 0
        self._idle.setInterval(max(1, seconds) * 1000)
        self._set_counting(False)
        self._restart()

    @Slot()
    def stillHere(self) -> None:
        """The visitor is still here ("More time", or any touch): stop the countdown and start idling again."""
        self._set_counting(False)
        self._restart()

    # -- the window's events --------------------------------------------------------

    def install(self, window: QWindow) -> None:
        window.installEventFilter(self)

    def uninstall(self, window: QWindow) -> None:
        window.removeEventFilter(self)
        self._idle.stop()
        self._tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # Input reaches its window first and then each item again: count it once, at the window.
        if kind not in _WATCHED or not isinstance(watched, QWindow):
            return False
        if self._swallowing and kind in _POINTER:
            self._swallowing = kind not in _ENDS and not _all_buttons_up(event)
            return True
        if self._counting and kind in _PRESSES:
            self._swallowing = True
            event.accept()  # handled: Qt must not turn this touch into a mouse press either
            self.stillHere()
            return True
        if kind in _ACTIVITY or (kind == _Type.MouseMove and _any_button_down(event)):
            self._restart()
        return False

    # -- timers --------------------------------------------------------------------------

    def _restart(self) -> None:
        if self._off:
            self._idle.stop()
        elif self._nav.property("screen") != "attract" and not self._counting:
            self._idle.start()

    @Slot()
    def _on_route_changed(self) -> None:
        if self._nav.property("screen") == "attract":
            self._idle.stop()
            self._set_counting(False)
        else:
            self._restart()

    @Slot()
    def _on_idle(self) -> None:
        self._set_seconds_left(self._get_countdown_seconds())
        self._set_counting(True)

    @Slot()
    def _on_tick(self) -> None:
        self._set_seconds_left(self._seconds_left - 1)
        if self._seconds_left <= 0:
            self._set_counting(False)
            self._nav.reset()
            self._state.resetForNextVisitor()
            self.visitorTimedOut.emit()

    def _set_counting(self, counting: bool) -> None:
        if counting:
            self._idle.stop()
            self._tick.start()
        else:
            self._tick.stop()
        if counting != self._counting:
            self._counting = counting
            self.countingDownChanged.emit()

    def _set_seconds_left(self, seconds: int) -> None:
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()


def _any_button_down(event: QEvent) -> bool:
    return isinstance(event, QMouseEvent) and bool(event.buttons())


def _all_buttons_up(event: QEvent) -> bool:
    return isinstance(event, QMouseEvent) and event.type() == _Type.MouseMove and not event.buttons()
