"""Waiting, without sleeping, for a window's frame that shows everything settled: for screenshots.

A screenshot (app.grab) must not catch a thumbnail still loading, a screen still sliding in or
the idle overlay still fading: FrameWaiter shows the window and lets it draw until no item
named in SETTLING says it is `loading`, then grabs that frame.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.core.base.errors import KioskError
from kiosk.ui.queued import call_from_event_loop, show_sized

SETTLING = frozenset({"exhibitThumb", "screenLoader", "idleOverlay"})


class FrameWaiter(QObject):
    """Waits, without sleeping, for a frame drawn after every image has settled."""

    def __init__(self, window: QQuickWindow):
        super().__init__()
        self._window = window
        self._loop = QEventLoop()
        self._settled = False

    def grab(self, size: tuple[int, int], timeout_ms: int) -> QImage:
        """Show the window at `size`, wait for a settled frame and return its image."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self._on_timeout)
        self._window.frameSwapped.connect(self._on_frame_swapped)
        show_sized(self._window, *size)  # by the event loop below: see queued.py
        timer.start(timeout_ms)
        self._loop.exec()
        timer.stop()
        self._window.frameSwapped.disconnect(self._on_frame_swapped)
        if not self._settled:
            raise KioskError(f"The kiosk window did not finish drawing within {timeout_ms / 1000:.0f} s.")
        return self._window.grabWindow()

    @Slot()
    def _on_frame_swapped(self) -> None:
        if images_loading(self._window):
            call_from_event_loop(self._window, "update")  # draw again once more images have arrived
            return
        self._settled = True
        self._loop.quit()

    @Slot()
    def _on_timeout(self) -> None:
        self._loop.quit()


def images_loading(window: QQuickWindow) -> int:
    """How many images (and shell transitions) in the window are still loading."""
    return sum(1 for item in thumb_items(window.contentItem()) if item.property("loading"))


def thumb_items(item: QQuickItem) -> Iterator[QQuickItem]:
    """Items below `item` that may still be settling, each with a `loading` property: the exhibit
    thumbnails (Image items named "exhibitThumb"), the screen sliding in and the idle overlay fading in."""
    for child in item.childItems():
        if child.objectName() in SETTLING:
            yield child
        yield from thumb_items(child)
