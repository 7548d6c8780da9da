"""What the kiosk's supervisor (systemd, or `kiosk bench start`) sees: READY=1 and clean stops.

ReadyOnFirstFrame sends READY=1 (sd_notify, kiosk/service/notify.py) once the window has drawn
its first frame: started means a visitor can see it, not that Python got going.

SignalQuit: SIGTERM and SIGINT end the kiosk cleanly, as staff leaving would.
Python runs its signal handlers only between bytecodes, and the Qt event loop may sit in C for
hours; signal.set_wakeup_fd makes the C handler write the signal's number to a socket that a
QSocketNotifier watches, so the event loop wakes up at once. `leave` then quits the way the staff
exit does (kiosk mode released first), and run()'s finally blocks close the databases.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QObject, QSocketNotifier, Qt, QtMsgType, Slot, qInstallMessageHandler
from PySide6.QtQuick import QQuickWindow

from kiosk.service.notify import notify

SIGNALS = (signal.SIGTERM, signal.SIGINT)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO, QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR, QtMsgType.QtFatalMsg: logging.CRITICAL,
}  # fmt: skip

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


def log_qt_messages() -> None:
    """Qt's own warnings (QML errors among them) go to the kiosk's log, not only to a terminal nobody reads."""
    qInstallMessageHandler(_on_qt_message)


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


class ReadyOnFirstFrame(QObject):
    """Tells the supervisor the kiosk is ready when `window` has drawn its first frame."""

    def __init__(self, window: QQuickWindow, status: str):
        super().__init__(window)  # the window's child, on the GUI thread: a render thread's frameSwapped is queued
        self._status = status
        window.frameSwapped.connect(self._on_first_frame, Qt.ConnectionType.SingleShotConnection)

    @Slot()
    def _on_first_frame(self) -> None:
        notify(f"READY=1\nSTATUS={self._status}")


class SignalQuit(QObject):
    """While installed, SIGTERM or SIGINT calls `leave` on the GUI thread."""

    def __init__(self, leave: Callable[[], None]):
        super().__init__()
        self._leave = leave
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, _note) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def uninstall(self) -> None:
        """Give the signals back (the event loop has ended)."""
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    @Slot()
    def _on_signal(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        names = ", ".join(signal.Signals(number).name for number in received if number in {s.value for s in SIGNALS})
        log.info("%s received: the kiosk closes", names or "a signal")
        self._leave()


def _note(signum: int, frame: object) -> None:
    """The Python-level handler does nothing: the wakeup socket has already told the event loop."""
