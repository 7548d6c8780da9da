"""Finding and tapping items in a real QML window, shared by the interface tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.queued import show_sized


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item below `root`, depth first."""
    for child in root.childItems():
        yield child
        yield from items(child)


def named(window: QQuickWindow, name: str) -> list[QQuickItem]:
    """Visible items called `name`, in the order the window holds them."""
    return [i for i in items(window.contentItem()) if i.objectName() == name and i.isVisible()]


def one(window: QQuickWindow, name: str) -> QQuickItem:
    """The one visible item called `name`."""
    found = named(window, name)
    assert len(found) == 1, f"{len(found)} visible items named {name!r}"
    return found[0]


def texts(window: QQuickWindow, name: str) -> list[str]:
    return [item.property("text") for item in named(window, name)]


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))


def show_at(session: Any, qtbot: QtBot, size: tuple[int, int] = (1920, 1080)) -> None:
    """Show an app.Session's window at `size` and wait until it has drawn its first frame.

    Sized and shown by the event loop, as the kiosk does (kiosk/ui/queued.py): its images may be loading.
    """
    with qtbot.waitSignal(session.window.frameSwapped):
        show_sized(session.window, *size)
