"""Kiosk mode: a window visitors cannot leave, and the one way out for staff.

KioskLock (kiosk mode only, `kiosk run` without --windowed) makes the window frameless
and full screen, ignores its close event, swallows the keys that close, switch or
resize windows (Escape, Alt+F4, Ctrl+Q/W, F1-F12, anything with Ctrl, Alt or Meta),
the right and middle mouse buttons and context-menu requests, hides the pointer (a
touch screen has no use for it) and turns any attempt to open a URL outside the kiosk
into nothing: QR codes are the only way out.

StaffExit (always on, so the gesture can be tried in a window) is the PIN pad behind
the hidden gesture: holding the top-right corner for `holdMs` opens it, the right PIN
emits exitConfirmed (app.py's Session.leave releases the lock and quits), a wrong one is
refused, and after MAX_TRIES wrong ones the pad stays locked for LOCK_SECONDS.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication, QKeyEvent, QMouseEvent, QWindow

from kiosk.core.staff.pin import verify_pin

HOLD_MS = 5000
MAX_TRIES = 5
LOCK_SECONDS = 60
PAD_TIMEOUT_MS = 60_000  # a pad opened and walked away from closes by itself
MAX_DIGITS = 8
URL_SCHEMES = ("http", "https", "file", "ftp", "mailto", "tel", "sms")

log = logging.getLogger(__name__)
_Type = QEvent.Type
_Key = Qt.Key
_SYSTEM_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_BLOCKED_KEYS = frozenset(
    {_Key.Key_Escape, _Key.Key_Close, _Key.Key_Back, _Key.Key_Menu, _Key.Key_Super_L, _Key.Key_Super_R,
     _Key.Key_Meta, _Key.Key_HomePage, _Key.Key_Explorer, _Key.Key_LaunchMail, _Key.Key_LaunchMedia}
    | {Qt.Key(_Key.Key_F1.value + i) for i in range(24)}
)  # fmt: skip
_KEY_EVENTS = frozenset({_Type.KeyPress, _Type.KeyRelease, _Type.ShortcutOverride})
_BUTTON_EVENTS = frozenset({_Type.MouseButtonPress, _Type.MouseButtonRelease, _Type.MouseButtonDblClick})


class KioskLock(QObject):
    """Keeps visitors inside the kiosk's window; engage() once the window exists, release() when done."""

    def __init__(self, window: QWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._engaged = False

    def engage(self, app: QGuiApplication) -> None:
        self._window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        app.installEventFilter(self)
        for scheme in URL_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "refuseUrl")
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        self._engaged = True

    def release(self, app: QGuiApplication) -> None:
        if not self._engaged:
            return
        self._engaged = False
        app.removeEventFilter(self)
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        QGuiApplication.restoreOverrideCursor()

    @Slot(QUrl)
    def refuseUrl(self, url: QUrl) -> None:
        """Where Qt.openUrlExternally ends up in kiosk mode: nowhere."""
        log.info("kiosk mode: not opening %s", url.scheme())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _Type.Close and watched is self._window:
            event.ignore()  # the window stays open, whoever asked
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            return _blocked_key(event)
        if kind in _BUTTON_EVENTS and isinstance(event, QMouseEvent):
            return event.button() != Qt.MouseButton.LeftButton
        return kind == _Type.ContextMenu


def _blocked_key(event: QKeyEvent) -> bool:
    if event.modifiers() & _SYSTEM_MODIFIERS:
        return True
    return Qt.Key(event.key()) in _BLOCKED_KEYS


class StaffExit(QObject):
    """The staff PIN pad's state; exposed to QML as `staffExit`. The digits never reach QML."""

    changed = Signal()
    refused = Signal()  # a wrong PIN: the pad shakes
    exitConfirmed = Signal()

    def __init__(self, pin_hash: str, parent: QObject | None = None):
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._digits = ""
        self._open = False
        self._status = "enter"  # enter | wrong | locked | nopin
        self._failures = 0
        self._lock_left = 0
        self._hold_ms = HOLD_MS
        self._lock_timer = _timer(self, 1000, self._on_lock_tick, single=False)
        self._pad_timer = _timer(self, PAD_TIMEOUT_MS, self._on_pad_timeout)

    def _get_open(self) -> bool:
        return self._open

    def _get_digit_count(self) -> int:
        return len(self._digits)

    def _get_status(self) -> str:
        return self._status

    def _get_tries_left(self) -> int:
        return MAX_TRIES - self._failures

    def _get_lock_seconds_left(self) -> int:
        return self._lock_left

    def _get_hold_ms(self) -> int:
        return self._hold_ms

    def _set_hold_ms(self, ms: int) -> None:
        self._hold_ms = ms
        self.changed.emit()

    def _get_max_digits(self) -> int:
        return MAX_DIGITS

    padOpen = Property(bool, _get_open, notify=changed)
    digitCount = Property(int, _get_digit_count, notify=changed)
    status = Property(str, _get_status, notify=changed)
    triesLeft = Property(int, _get_tries_left, notify=changed)
    lockSecondsLeft = Property(int, _get_lock_seconds_left, notify=changed)
    holdMs = Property(int, _get_hold_ms, _set_hold_ms, notify=changed)  # tests shorten the hold
    maxDigits = Property(int, _get_max_digits, constant=True)

    @Slot()
    def openPad(self) -> None:
        """The corner was held long enough: show the pad."""
        self._digits = ""
        self._open = True
        if not self._lock_timer.isActive():
            self._status = "enter" if self._pin_hash else "nopin"
        self._pad_timer.start()
        self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._digits = ""
        self._open = False
        self._pad_timer.stop()
        self.changed.emit()

    @Slot(str)
    def press(self, digit: str) -> None:
        if self._status in ("locked", "nopin") or not digit.isdigit() or len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        self._status = "enter"
        self._pad_timer.start()
        self.changed.emit()

    @Slot()
    def erase(self) -> None:
        self._digits = self._digits[:-1]
        self._pad_timer.start()
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        """Check the digits entered: the right PIN confirms the exit, a wrong one counts towards the lock."""
        if self._status in ("locked", "nopin") or not self._digits:
            return
        entered, self._digits = self._digits, ""
        if verify_pin(self._pin_hash, entered):
            self._failures = 0
            self._open = False
            self.changed.emit()
            self.exitConfirmed.emit()
            return
        self._failures += 1
        self._status = "wrong"
        if self._failures >= MAX_TRIES:
            self._status, self._lock_left = "locked", LOCK_SECONDS
            self._lock_timer.start()
        self.changed.emit()
        self.refused.emit()

    @Slot()
    def _on_lock_tick(self) -> None:
        self._lock_left -= 1
        if self._lock_left <= 0:
            self._lock_timer.stop()
            self._failures, self._lock_left, self._status = 0, 0, "enter"
        self.changed.emit()

    @Slot()
    def _on_pad_timeout(self) -> None:
        self.cancel()


def _timer(parent: QObject, interval_ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.setSingleShot(single)
    timer.timeout.connect(slot)
    return timer
