"""Window calls made by the event loop, never directly from Python.

The QML image thread calls the Python image providers while it holds a lock of the pixmap
reader; a resize (new source sizes), a show or an engine's deletion on the GUI thread may
wait for that lock. Called from Python, which holds the interpreter lock the image thread
needs, those would deadlock. Queued, the event loop makes the call with the interpreter
lock released, and the image thread finishes first.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt


def call_from_event_loop(target: QObject, slot: str, *values: int) -> None:
    """Call `slot` of `target` (with int arguments) from the event loop, in the order asked."""
    QMetaObject.invokeMethod(target, slot, Qt.ConnectionType.QueuedConnection, *(Q_ARG(int, v) for v in values))


def show_sized(window: QObject, width: int, height: int) -> None:
    """Resize `window` and show it, from the event loop."""
    call_from_event_loop(window, "setWidth", width)
    call_from_event_loop(window, "setHeight", height)
    call_from_event_loop(window, "show")
