"""The shell every screen shares: the top bar, the swipe back from the edge, screen transitions."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPointingDevice
from PySide6.QtQml import QQmlProperty
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui import app, i18n
from tests.ui.qml_helpers import centre, items, show_at, tap

LRELEASE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lrelease"

# Every interface string of the shell, with its Chinese translation (for assets/translations/kiosk_zh.ts).
ZH: dict[tuple[str, str], str] = {
    ("TopBar", "Back"): "返回",
    ("TopBar", "Home"): "首页",
    ("TopBar", "Search"): "搜索",
    ("TopBar", "Larger text"): "大字",
    ("TopBar", "High contrast"): "高对比度",
    ("TopBar", "Less motion"): "减少动效",
    ("IdleOverlay", "seconds"): "秒",
    ("IdleOverlay", "Still there?"): "还在浏览吗？",
    ("IdleOverlay", "Touch anywhere to keep browsing. Otherwise the kiosk starts over for the next visitor."): (
        "触摸屏幕任意位置即可继续浏览，否则展台将为下一位参观者重新开始。"
    ),
    ("IdleOverlay", "More time"): "继续浏览",
    ("PinPad", "No staff PIN is set on this kiosk. Set one with: kiosk pin set"): (
        "本机尚未设置工作人员密码。请用命令设置：kiosk pin set"
    ),
    ("PinPad", "Too many wrong tries. Try again in %1 s."): "错误次数过多，请 %1 秒后再试。",
    ("PinPad", "Wrong PIN. Tries left: %1"): "密码错误。剩余尝试次数：%1",
    ("PinPad", "Enter the staff PIN to leave kiosk mode."): "输入工作人员密码以退出展台模式。",
    ("PinPad", "Staff exit"): "工作人员退出",
    ("PinPad", "OK"): "确定",
    ("PinPad", "Delete"): "删除",
    ("PinPad", "Cancel"): "取消",
}


def write_translation(folder: Path, extra_ts: str = "") -> Path:
    """kiosk_zh.qm in `folder`, built from the shell's strings above (plus `extra_ts` contexts)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in ZH.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        )
    body = "".join(f"<context><name>{name}</name>{''.join(m)}</context>" for name, m in contexts.items())
    ts = folder / "kiosk_zh.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
                  f"{body}{extra_ts}</TS>", encoding="utf-8")  # fmt: skip
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(folder / "kiosk_zh.qm")], check=True)
    return folder


def find(window: QQuickWindow, name: str) -> QQuickItem:
    (item,) = [item for item in items(window.contentItem()) if item.objectName() == name]
    return item


def theme(session: app.Session) -> QObject:
    return session.engine.singletonInstance("Kiosk", "Theme")


def label_size(window: QQuickWindow, button: str) -> int:
    (label,) = [i for i in items(find(window, button)) if i.property("text") and i.property("font") is not None]
    return label.property("font").pixelSize()


@pytest.fixture(scope="module")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_translation(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def session(
    content: Path, translations: Path, qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[app.Session]:
    monkeypatch.setattr(i18n, "translations_folder", lambda: translations)
    session = app.start(content, lang="zh", route="home")
    show_at(session, qtbot)
    yield session
    session.close()


def test_back_and_home_buttons(session: app.Session, qtbot: QtBot) -> None:
    window, nav = session.window, session.nav
    back = find(window, "backButton")
    assert not back.isEnabled()  # nowhere to go back to from Home
    for route in ("gallery/patent", "events", "gallery/gi"):
        nav.go(route)
    assert back.isEnabled()
    tap(window, back)
    assert nav.route == "events"
    tap(window, back)
    assert nav.route == "gallery/patent"
    tap(window, find(window, "homeButton"))
    assert (nav.route, nav.canGoBack) == ("home", False)
    qtbot.waitUntil(lambda: not back.isEnabled())


def test_back_is_always_top_left(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    for size, large in (((1920, 1080), False), ((1080, 1920), True), ((1280, 800), True)):
        window.resize(*size)
        if session.state.largeText != large:
            session.state.toggleLargeText()
        qtbot.waitUntil(lambda size=size: find(window, "topBar").width() == size[0])
        back = find(window, "backButton").mapToScene(QPointF(0, 0))
        assert back.x() <= 28 and back.y() <= 16


def test_search_button_opens_search(session: app.Session) -> None:
    tap(session.window, find(session.window, "barSearchButton"))
    assert session.nav.screen == "search"


def test_language_button_switches_language_and_names_the_other(session: app.Session, qtbot: QtBot) -> None:
    window, state = session.window, session.state
    button = find(window, "languageButton")
    assert button.property("text") == "English"
    with qtbot.waitSignal(state.languageChanged):
        tap(window, button)
    assert state.language == "en"
    assert button.property("text") == "中文"
    tap(window, button)
    assert state.language == "zh"


def test_switching_language_retranslates_the_bar(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    names = ("backButton", "homeButton", "barSearchButton", "largeTextToggle", "contrastToggle", "motionToggle")
    assert [find(window, n).property("text") for n in names] == ["返回", "首页", "搜索", "大字", "高对比度", "减少动效"]
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: find(window, "backButton").property("text") == "Back")
    english = ["Back", "Home", "Search", "Larger text", "High contrast", "Less motion"]
    assert [find(window, n).property("text") for n in names] == english
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: find(window, "homeButton").property("text") == "首页")


def test_larger_text_toggle_scales_text(session: app.Session, qtbot: QtBot) -> None:
    window, toggle = session.window, find(session.window, "largeTextToggle")
    before = label_size(window, "homeButton")
    assert not toggle.property("checked")
    tap(window, toggle)
    assert session.state.largeText and toggle.property("checked")
    assert theme(session).property("textScale") == pytest.approx(1.35)
    qtbot.waitUntil(lambda: label_size(window, "homeButton") == round(before * 1.35))
    tap(window, toggle)
    assert theme(session).property("textScale") == 1.0


def test_high_contrast_toggle_turns_black_white_and_yellow(session: app.Session, qtbot: QtBot) -> None:
    window, toggle = session.window, find(session.window, "contrastToggle")
    bar = find(window, "topBar")
    assert bar.property("color") == QColor("#FFFFFF")
    tap(window, toggle)
    assert session.state.highContrast and toggle.property("checked")
    assert bar.property("color") == QColor("#000000")
    assert theme(session).property("accent") == QColor("#FFD400")
    qtbot.waitUntil(lambda: toggle.property("color") == QColor("#FFD400"))  # checked: the accent
    assert QQmlProperty.read(find(window, "homeButton"), "border.width") == 3
    tap(window, toggle)
    assert bar.property("color") == QColor("#FFFFFF")


def test_reduced_motion_toggle_stops_animation(session: app.Session, qtbot: QtBot) -> None:
    window, nav = session.window, session.nav
    loader = find(window, "screenLoader")
    nav.go("events")
    assert loader.property("loading")  # slides in
    qtbot.waitUntil(lambda: not loader.property("loading"))
    tap(window, find(window, "motionToggle"))
    assert session.state.reducedMotion and theme(session).property("duration") == 0
    nav.go("gallery/all")
    assert not loader.property("loading") and loader.property("opacity") == 1.0


# Landscape windows from the smallest booth screen to 4K, and a portrait one.
BAR_SIZES = [(1024, 768), (1280, 800), (1920, 1080), (3840, 2160), (1080, 1920)]
BAR_BUTTONS = ("backButton", "homeButton", "barSearchButton", "languageButton", "largeTextToggle", "contrastToggle",
               "motionToggle")  # fmt: skip


def drawn(window: QQuickWindow, qtbot: QtBot) -> None:
    """Wait for a new frame: by then the bar's rows have been laid out again (they are, before each frame)."""
    with qtbot.waitSignal(window.frameSwapped):
        window.update()


def choose(state: object, language: str, large: bool) -> None:
    if state.language != language:  # type: ignore[attr-defined]
        state.toggleLanguage()  # type: ignore[attr-defined]
    if state.largeText != large:  # type: ignore[attr-defined]
        state.toggleLargeText()  # type: ignore[attr-defined]


def scene_rect(item: QQuickItem) -> tuple[float, float, float, float]:
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return rect.x(), rect.y(), rect.width(), rect.height()


def label_of(button: QQuickItem) -> QQuickItem:
    (label,) = [i for i in items(button) if i.property("text") and i.property("font") is not None]
    return label


def click_at(window: QQuickWindow, point: QPoint) -> None:
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


@pytest.mark.parametrize(
    ("size", "level"),
    [((1024, 768), 0), ((1280, 800), 0), ((1920, 1080), 0), ((3840, 2160), 0), ((1080, 1920), 2), ((768, 1366), 2)],
)
@pytest.mark.parametrize("large", [False, True])
def test_bar_fits_every_screen(
    session: app.Session, qtbot: QtBot, size: tuple[int, int], large: bool, level: int
) -> None:
    window, state = session.window, session.state
    window.resize(*size)
    if large:
        state.toggleLargeText()
    bar = find(window, "topBar")
    buttons = [find(window, n) for n in BAR_BUTTONS]

    def spans() -> list[tuple[float, float]]:
        return sorted((b.mapToScene(QPointF(0, 0)).x(), b.mapToScene(QPointF(b.width(), 0)).x()) for b in buttons)

    def laid_out() -> None:  # rows are positioned before the next frame is drawn
        assert bar.width() == size[0]
        assert all(a[1] <= b[0] for a, b in zip(spans(), spans()[1:], strict=False))  # no overlaps

    qtbot.waitUntil(laid_out)
    assert bar.property("compactLevel") == level  # from the window's size alone
    assert all(left >= 0 and right <= size[0] - 64 for left, right in spans())  # clear of the staff corner
    assert all(b.width() >= 64 and b.height() >= 64 for b in buttons)


@pytest.mark.parametrize("size", BAR_SIZES)
def test_bar_buttons_keep_their_place_whatever_the_language_and_text_size(
    session: app.Session, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window, state = session.window, session.state
    window.resize(*size)
    home = find(window, "homeButton")
    seen: dict[tuple[str, bool], dict[str, tuple[float, float, float, float]]] = {}
    for language in ("zh", "en"):
        for large in (False, True):
            choose(state, language, large)
            drawn(window, qtbot)
            assert home.property("text") == {"zh": "首页", "en": "Home"}[language]  # the choice is on screen
            seen[(language, large)] = {n: scene_rect(find(window, n)) for n in (*BAR_BUTTONS, "clock")}
            for name in BAR_BUTTONS:  # every label stays inside its own button
                button = find(window, name)
                label = label_of(button)
                left = label.mapToItem(button, QPointF(0, 0)).x()
                assert not label.isVisible() or (left >= 0 and left + label.width() <= button.width()), name
    first = seen[("zh", False)]
    assert all(rects == first for rects in seen.values()), {k: v for k, v in seen.items() if v != first}


@pytest.mark.parametrize("size", BAR_SIZES)
def test_a_tap_where_the_language_switch_was_still_hits_it_after_larger_text(
    session: app.Session, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window, state = session.window, session.state
    window.resize(*size)
    choose(state, "en", False)
    drawn(window, qtbot)
    language, larger = centre(find(window, "languageButton")), centre(find(window, "largeTextToggle"))
    with qtbot.waitSignal(state.accessibilityChanged):
        click_at(window, larger)
    assert state.largeText
    drawn(window, qtbot)
    with qtbot.waitSignal(state.languageChanged):
        click_at(window, language)
    assert state.language == "zh"
    drawn(window, qtbot)
    with qtbot.waitSignal(state.accessibilityChanged):  # and the toggle is where it was: a second tap undoes it
        click_at(window, larger)
    assert not state.largeText and state.language == "zh"


def test_a_long_label_shrinks_then_is_cut_short_inside_its_button(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    button = find(window, "contrastToggle")
    before = {n: scene_rect(find(window, n)) for n in BAR_BUTTONS}
    button.setProperty("text", "Very high contrast for reading in bright sunlight")  # a long translation
    drawn(window, qtbot)
    label = label_of(button)
    assert {n: scene_rect(find(window, n)) for n in BAR_BUTTONS} == before
    assert label.mapToItem(button, QPointF(label.width(), 0)).x() <= button.width()
    assert label.property("truncated")


def swipe(qtbot: QtBot, window: QQuickWindow, device: QPointingDevice, start: QPoint, dx: int) -> None:
    """A finger dragged `dx` pixels to the right, one step a frame as a real touch screen reports it."""
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for step in range(1, 6):
        with qtbot.waitSignal(window.frameSwapped):  # Qt Quick delivers touch moves frame by frame
            QTest.touchEvent(window, device).move(0, start + QPoint(dx * step // 5, 0), window).commit()
    QTest.touchEvent(window, device).release(0, start + QPoint(dx, 0), window).commit()


def test_swipe_in_from_the_left_edge_goes_back(session: app.Session, qtbot: QtBot) -> None:
    window, nav = session.window, session.nav
    device = QTest.createTouchDevice()
    nav.go("gallery/gi")
    nav.go("events")
    swipe(qtbot, window, device, QPoint(200, 600), 400)  # not from the edge: the screen's own swipe
    assert nav.route == "events"
    swipe(qtbot, window, device, QPoint(6, 600), 60)  # from the edge, but too short
    assert nav.route == "events"
    swipe(qtbot, window, device, QPoint(6, 600), 400)
    assert nav.route == "gallery/gi"
    qtbot.waitUntil(lambda: not find(window, "edgeSwipeCue").isVisible())


def test_the_attract_loop_has_no_bar(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    session.nav.reset()
    qtbot.waitUntil(lambda: not find(window, "topBar").isVisible())
    assert find(window, "screenLoader").y() == 0
