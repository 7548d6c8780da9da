"""Finding and tapping items in a real QML window, shared by the interface tests."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item below `root`, depth first."""
    for child in root.childItems():
        yield child
        yield from items(child)


def named(window: QQuickWindow, name: str) -> list[QQuickItem]:
    """Visible items called `name`, in the order the window holds them."""
    return [i for i in items(window.contentItem()) if i.objectName() == name and i.isVisible()]


def texts(window: QQuickWindow, name: str) -> list[str]:
    return [item.property("text") for item in named(window, name)]


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))
