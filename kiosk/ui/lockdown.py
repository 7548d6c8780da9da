"""Kiosk mode: a window visitors cannot leave, and the one way out for staff.

KioskLock (kiosk mode only, `kiosk run` without --windowed) makes the window frameless
and full screen, ignores its close event, swallows the keys that close, switch or
resize windows (Escape, Alt+F4, Ctrl+Q/W, F1-F12, anything with Ctrl, Alt or Meta),
the right and middle mouse buttons and context-menu requests, hides the pointer (a
touch screen has no use for it) and turns any attempt to open a URL outside the kiosk
into nothing: QR codes are the only way out.

The one way out for staff, the PIN pad behind the hidden corner, is staff_pad.py: it opens
staff mode, whose home page closes the kiosk. In staff mode Escape (alone) is let through, as
staff home's "Leave staff mode"; every other key stays blocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication, QKeyEvent, QMouseEvent, QWindow

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

    def __init__(self, window: QWindow, staff_in: Callable[[], bool] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._staff_in = staff_in  # is a staff session open (StaffSession.is_active); None: never
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

    def _staff_mode(self) -> bool:
        return self._staff_in is not None and self._staff_in()

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
            return _blocked_key(event) and not (_plain_escape(event) and self._staff_mode())
        if kind in _BUTTON_EVENTS and isinstance(event, QMouseEvent):
            return event.button() != Qt.MouseButton.LeftButton
        return kind == _Type.ContextMenu


def _plain_escape(event: QKeyEvent) -> bool:
    return event.key() == _Key.Key_Escape and not event.modifiers() & _SYSTEM_MODIFIERS


def _blocked_key(event: QKeyEvent) -> bool:
    if event.modifiers() & _SYSTEM_MODIFIERS:
        return True
    return Qt.Key(event.key()) in _BLOCKED_KEYS
