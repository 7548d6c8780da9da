"""Every tappable item on every screen is at least 64 px in both directions at 1920x1080.

The test walks the QML item tree of each screen, finds what reacts to a tap (TapHandler,
MouseArea) and measures it on screen. Qt's own on-screen keyboard is left out: its keys are
sized by Qt's keyboard style.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.bench.ui import FrameClock
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.interchange.demo import build_demo
from kiosk.ui import app
from tests.ui.qml_helpers import items

MIN_TOUCH = 64
ROUTES = [
    "home",
    "gallery/all",
    "gallery/patent",
    "exhibit/guide-report-infringement",  # has an official URL, so a QR panel
    "exhibit/event-launch-ceremony",
    "search/",
    "search/枸杞",
    "search/nothingmatchesthis",
    "events",
]
HIDDEN_GESTURES = {"edgeSwipe", "staffCorner"}  # a swipe strip and the staff's hidden corner, not buttons


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("touch")
    folder, _ = build_demo(Paths(root / "data", root / "config"), Settings())
    return folder


def ancestry(item: QQuickItem) -> Iterator[QQuickItem]:
    while item is not None:
        yield item
        item = item.parentItem()


def is_shown(item: QQuickItem) -> bool:
    return all(a.isVisible() and a.opacity() > 0 and a.isEnabled() for a in ancestry(item))


def left_out(item: QQuickItem) -> bool:
    for a in ancestry(item):
        if a.objectName() in HIDDEN_GESTURES or "VirtualKeyboard" in a.metaObject().className():
            return True
        if a.objectName() == "searchKeyboard":
            return True
    return False


def tappables(root: QQuickItem) -> Iterator[QQuickItem]:
    for item in items(root):
        handlers = [c for c in item.children() if c.metaObject().className() == "QQuickTapHandler"]
        if handlers or item.metaObject().className() == "QQuickMouseArea":
            yield item


def is_plain(text_item: QQuickItem) -> bool:
    """Whether a Text item's textFormat is Text.PlainText (PySide6 cannot read that enum directly)."""
    context = QQmlEngine.contextForObject(text_item)
    value, failed = QQmlExpression(context, text_item, "textFormat === Text.PlainText").evaluate()
    return bool(value) and not failed


def too_small(window_item: QQuickItem, size: tuple[int, int]) -> list[str]:
    small = []
    for item in tappables(window_item):
        if not is_shown(item) or left_out(item):
            continue
        rect = item.mapRectToScene(item.boundingRect())
        on_screen = rect.right() > 0 and rect.bottom() > 0 and rect.left() < size[0] and rect.top() < size[1]
        if on_screen and (rect.width() < MIN_TOUCH or rect.height() < MIN_TOUCH):
            name = item.objectName() or item.metaObject().className()
            small.append(f"{name} {rect.width():.0f}x{rect.height():.0f}")
    return small


@pytest.mark.parametrize("choices", [(), ("toggleLargeText",)], ids=["normal", "larger-text"])
@pytest.mark.parametrize("route", ROUTES)
def test_every_tappable_item_is_big_enough(demo: Path, qtbot, route: str, choices: tuple[str, ...]) -> None:
    session = app.start(demo, lang="zh", route=route)
    try:
        for toggle in choices:
            getattr(session.state, toggle)()
        session.window.resize(1920, 1080)
        session.window.show()
        clock = FrameClock(session.window)
        assert clock.wait()
        qtbot.waitUntil(lambda: not app.images_loading(session.window), timeout=10_000)
        clock.wait()
        found = list(tappables(session.window.contentItem()))
        assert found, "no tappable item found: the walk itself is broken"
        assert too_small(session.window.contentItem(), (1920, 1080)) == []
    finally:
        session.close()


@pytest.mark.parametrize("route", ["attract", *ROUTES])
def test_every_text_on_screen_is_plain_text(demo: Path, route: str) -> None:
    """Content is never read as markup: an exhibit titled <img src=...> shows those characters."""
    session = app.start(demo, lang="en", route=route)
    try:
        session.window.resize(1920, 1080)
        session.window.show()
        assert FrameClock(session.window).wait()
        texts = [i for i in items(session.window.contentItem()) if i.metaObject().className() == "QQuickText"]
        assert texts
        rich = [t.property("text")[:40] for t in texts if not left_out(t) and not is_plain(t)]
        assert rich == []
    finally:
        session.close()
