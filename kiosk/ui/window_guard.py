"""The kiosk ends when its window is gone, so whatever supervises it can start it again.

Qt quits by itself only when a window is closed; a window that is hidden or destroyed by other
means (a compositor, a crash of the platform window, a stray call) leaves a black screen and a
process that looks healthy. WindowGuard watches the window on screen and, when it stops being
visible without anyone asking the kiosk to quit, logs why and ends the event loop with
EXIT_WINDOW_LOST.

What counts as asking: staff leaving with the PIN (the session's `leaving`), stand_down() once
the event loop has ended, and in a window (not kiosk mode)
the window's own close button, which arrives as a Close event. Kiosk mode refuses Close events
before they reach the window (lockdown.py), so there a lost window is always an exit code.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QGuiApplication

EXIT_WINDOW_LOST = 3

log = logging.getLogger(__name__)


class WindowGuard(QObject):
    """Ends `app`'s event loop with EXIT_WINDOW_LOST when the watched window goes away unasked."""

    def __init__(self, app: QGuiApplication):
        super().__init__()
        self._app = app
        self._session: Any = None  # app.Session on screen; its window is the one watched
        self._standing_down = False

    def watch(self, session: Any) -> None:
        """Watch the window of `session` (app.Session), the one now on screen; after a content swap, the new one."""
        if self._session is not None:
            self._session.window.visibleChanged.disconnect(self._on_visible_changed)
            self._session.window.removeEventFilter(self)
        self._session = session
        session.window.installEventFilter(self)
        session.window.visibleChanged.connect(self._on_visible_changed)

    @Slot()
    def stand_down(self) -> None:
        """The kiosk is quitting on purpose: its windows may close now."""
        self._standing_down = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._session.window and event.type() == QEvent.Type.Close:
            self._standing_down = True  # the window's own close button: Qt quits by itself
        return False

    @Slot(bool)
    def _on_visible_changed(self, visible: bool) -> None:
        if visible or self._standing_down or self._session.leaving:
            return
        log.error("the kiosk window was hidden or destroyed without a request to quit; exiting so it is restarted")
        self._standing_down = True
        self._app.exit(EXIT_WINDOW_LOST)
