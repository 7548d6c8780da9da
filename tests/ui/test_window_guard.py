"""A kiosk whose window is gone ends with an exit code, so its supervisor can start it again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.ui import app
from kiosk.ui.window_guard import EXIT_WINDOW_LOST

NOT_GONE = 99  # the kiosk was still running with its window (the test ends it with this code)


def main_window() -> QQuickWindow:
    (window,) = [w for w in QGuiApplication.topLevelWindows() if w.objectName() == "mainWindow"]
    return window


def run_and(content: Path, action: Callable[[QQuickWindow], None], *, windowed: bool) -> int:
    """Run the kiosk; once it is up, do `action` to its window; return the kiosk's exit code."""

    still_running = QTimer()  # a safety net: the test fails rather than hang when nothing ends the kiosk
    still_running.setSingleShot(True)
    still_running.timeout.connect(lambda: QGuiApplication.exit(NOT_GONE))

    def act(window: QQuickWindow) -> None:
        action(window)
        still_running.start(5000)

    def when_settled() -> None:
        # Acted on from Python only once no image is loading: the image thread calls the Python image
        # provider and needs the interpreter lock that a window call made from Python holds (see ContentSwap).
        window = main_window()
        if app.images_loading(window):
            window.frameSwapped.connect(when_settled, Qt.ConnectionType.SingleShotConnection)
            window.update()
            return
        QTimer.singleShot(0, partial(act, window))

    def once_it_shows() -> None:  # the event loop shows the window (kiosk/ui/queued.py)
        main_window().frameSwapped.connect(when_settled, Qt.ConnectionType.SingleShotConnection)

    QTimer.singleShot(0, once_it_shows)
    try:
        return app.run(content, windowed=windowed, lang="zh")
    finally:
        still_running.stop()  # never to end a later test's event loop


@pytest.mark.parametrize("action", [QQuickWindow.hide, QQuickWindow.destroy], ids=["hidden", "destroyed"])
@pytest.mark.parametrize("windowed", [False, True], ids=["kiosk-mode", "windowed"])
def test_a_lost_window_ends_the_kiosk_with_an_exit_code(
    content: Path, qapp: object, caplog: pytest.LogCaptureFixture, action: Callable, windowed: bool
) -> None:
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.window_guard"):
        assert run_and(content, action, windowed=windowed) == EXIT_WINDOW_LOST
    assert "window was hidden or destroyed" in caplog.text


def test_closing_a_window_is_still_a_normal_quit(content: Path, qapp: object) -> None:
    assert run_and(content, QQuickWindow.close, windowed=True) == 0


def test_kiosk_mode_refuses_a_close_and_keeps_running(content: Path, qapp: object) -> None:
    def close_then_look(window: QQuickWindow) -> None:
        window.close()
        QTimer.singleShot(0, lambda: QGuiApplication.exit(NOT_GONE if window.isVisible() else 1))

    assert run_and(content, close_then_look, windowed=False) == NOT_GONE
