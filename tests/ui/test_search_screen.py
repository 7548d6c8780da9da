"""The search screen with the Qt Virtual Keyboard, in the real QML window over the demo content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, QPointF, Qt, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QSignalSpy, QTest
from pytestqt.qtbot import QtBot

from kiosk.ui import app
from kiosk.ui.reading_models import prepare_keyboard
from tests.ui.qml_helpers import items, named, show_at, texts

# Drives the keyboard as a finger would, through its input engine (see design.md).
KEYBOARD_DRIVER = b"""
import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    readonly property string preedit: InputContext.preeditText
    readonly property string locale: InputContext.locale
    function press(key: int, text: string) { InputContext.inputEngine.virtualKeyClick(key, text, 0) }
    function select(index: int) { InputContext.inputEngine.wordCandidateListModel.selectItem(index) }
    function candidates(): string {
        const list = InputContext.inputEngine.wordCandidateListModel
        let out = []
        for (let i = 0; i < list.count; ++i)
            out.push(list.dataAt(i, SelectionListModel.Role.Display))
        return out.join("\\n")
    }
}
"""


@pytest.fixture
def session(demo_content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    session = app.start(demo_content, lang="zh", route="search/")
    show_at(session, qtbot)
    yield session
    session.close()


@pytest.fixture
def keyboard(session: app.Session) -> QObject:
    component = QQmlComponent(session.engine)
    component.setData(KEYBOARD_DRIVER, QUrl())
    driver = component.create()
    assert driver is not None, component.errorString()
    yield driver
    driver.deleteLater()


def searcher(session: app.Session) -> QObject:
    return session.engine.rootContext().contextProperty("searcher")


def field(window: QQuickWindow) -> QQuickItem:
    (found,) = named(window, "searchField")
    return found


def tap(qtbot: QtBot, window: QQuickWindow, item: QQuickItem) -> None:
    """Tap the middle of `item`, once a frame has laid it out where the visitor sees it."""
    with qtbot.waitSignal(window.frameSwapped):
        window.update()
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def type_keys(driver: QObject, letters: str) -> None:
    for letter in letters:
        key = int(Qt.Key.Key_A) + ord(letter) - ord("a")
        QMetaObject.invokeMethod(driver, "press", Q_ARG(int, key), Q_ARG(str, letter))


def settle(qtbot: QtBot, window: QQuickWindow) -> None:
    """Wait until a frame shows the keyboard as the frame before did."""
    (panel,) = named(window, "searchKeyboard")
    before = -1
    while (now := sum(1 for _ in items(panel))) != before:
        before = now
        with qtbot.waitSignal(window.frameSwapped):
            window.update()


def result_titles(window: QQuickWindow) -> list[str]:
    return [i.property("text") for i in named(window, "resultTitle")]


def found_ids(session: app.Session) -> list[str]:
    results = searcher(session).property("results")
    return [results.exhibit(row).id for row in range(results.rowCount())]


def test_opens_with_the_keyboard_up_in_the_visitors_language(session: app.Session, keyboard: QObject, qtbot) -> None:
    window = session.window
    qtbot.waitUntil(lambda: field(window).hasActiveFocus())
    (panel,) = named(window, "searchKeyboard")
    qtbot.waitUntil(lambda: panel.property("active"))
    assert keyboard.property("locale") == "zh_CN"
    assert named(window, "suggestionGroup_tag")  # popular topics before anything is typed
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: keyboard.property("locale") == "en_US")


def test_pinyin_through_the_keyboard(session: app.Session, keyboard: QObject, qtbot: QtBot) -> None:
    window = session.window
    qtbot.waitUntil(lambda: field(window).hasActiveFocus())
    type_keys(keyboard, "zhishi")
    assert keyboard.property("preedit").lower() == "zhi shi"
    candidates = QMetaObject.invokeMethod(keyboard, "candidates", Q_RETURN_ARG(str)).split("\n")
    assert {"只是", "知识", "指示"} <= set(candidates[:5])
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results")  # pinyin finds while it is typed
    # Pick 知识 once the keyboard's candidate bar has settled (it builds its entries over a few frames).
    settle(qtbot, window)
    QMetaObject.invokeMethod(keyboard, "select", Q_ARG(int, candidates.index("知识")))
    qtbot.waitUntil(lambda: field(window).property("text") == "知识")
    qtbot.waitUntil(lambda: searcher(session).property("query") == "知识")
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results" and len(result_titles(window)) > 0)
    results = searcher(session).property("results")
    for row in range(results.rowCount()):
        found = results.exhibit(row)
        words = [*found.tags_in("zh"), *(value for values in found.text.values() for value in values.values())]
        assert any("知识" in word for word in words), found.id
    assert session.nav.route == "search/知识"


def test_pinyin_initials_through_the_keyboard(session: app.Session, keyboard: QObject, qtbot: QtBot) -> None:
    window = session.window
    qtbot.waitUntil(lambda: field(window).hasActiveFocus())
    type_keys(keyboard, "zscq")
    assert keyboard.property("preedit").lower() == "z s c q"  # the keyboard spaces the letters out
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results")
    assert searcher(session).property("query") == "zscq"
    assert any("知识产权" in title for title in result_titles(window))
    assert field(window).property("text") == ""  # nothing committed: the composition goes on
    assert keyboard.property("preedit").lower() == "z s c q"


def test_english_through_the_keyboard(session: app.Session, keyboard: QObject, qtbot: QtBot) -> None:
    window = session.window
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: keyboard.property("locale") == "en_US")
    qtbot.waitUntil(lambda: field(window).hasActiveFocus())
    type_keys(keyboard, "goji")
    qtbot.waitUntil(lambda: field(window).property("text") == "goji")
    qtbot.waitUntil(lambda: "gi-zhongning-goji" in found_ids(session))
    qtbot.waitUntil(lambda: "Zhongning goji berries" in result_titles(window))
    assert named(window, "searchStatus")[0].property("text").endswith("results")


def test_english_results_show_numbers_with_latin_brackets(session: app.Session, qtbot: QtBot) -> None:
    session.state.toggleLanguage()
    session.nav.go("search/康源")
    qtbot.waitUntil(lambda: any("(示例 Example)" in text for text in texts(session.window, "resultNumber")))
    assert not any("（" in text for text in texts(session.window, "resultNumber"))


def test_a_search_that_finds_nothing_offers_ways_on(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    session.nav.go("search/知识钞权")
    qtbot.waitUntil(lambda: searcher(session).property("status") == "empty")
    qtbot.waitUntil(lambda: bool(named(window, "suggestionGroup_shorter")))
    assert named(window, "searchStatus")[0].property("text").endswith("“知识钞权”")
    chips = {chip.property("text"): chip for chip in named(window, "suggestionChip")}
    assert {"知识", "zscq", "专利", "地理标志"} <= set(chips)
    assert all(chip.height() >= 64 for chip in chips.values())
    tap(qtbot, window, chips["zscq"])
    qtbot.waitUntil(lambda: field(window).property("text") == "zscq")
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results")
    assert session.nav.route == "search/zscq"


def test_a_suggested_kind_opens_its_gallery(session: app.Session, qtbot: QtBot) -> None:
    session.nav.go("search/qqqqqq")
    qtbot.waitUntil(lambda: bool(named(session.window, "suggestionGroup_kind")))
    chip = next(c for c in named(session.window, "suggestionChip") if c.property("text") == "商标")
    tap(qtbot, session.window, chip)
    qtbot.waitUntil(lambda: session.nav.route == "gallery/trademark")


def test_tapping_a_result_opens_the_exhibit(session: app.Session, qtbot: QtBot) -> None:
    session.nav.go("search/中宁枸杞")
    qtbot.waitUntil(lambda: len(named(session.window, "resultRow")) > 0)
    row = named(session.window, "resultRow")[0]
    target = row.property("exhibitId")
    tap(qtbot, session.window, row)
    qtbot.waitUntil(lambda: session.nav.route == f"exhibit/{target}")


def test_clear_button_and_visitor_reset_empty_the_search(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    session.nav.go("search/枸杞")
    qtbot.waitUntil(lambda: field(window).property("text") == "枸杞")
    (clear,) = named(window, "clearButton")
    assert clear.width() >= 64 and clear.height() >= 64
    tap(qtbot, window, clear)
    qtbot.waitUntil(lambda: searcher(session).property("query") == "" and field(window).property("text") == "")
    assert searcher(session).property("status") == "idle"
    searcher(session).setProperty("query", "枸杞")
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results")
    with qtbot.waitSignal(session.state.visitorReset):
        session.state.resetForNextVisitor()
    assert searcher(session).property("query") == ""
    assert searcher(session).property("results").rowCount() == 0
    assert field(window).property("text") == ""


def test_visitor_reset_from_another_screen(session: app.Session, qtbot: QtBot) -> None:
    session.nav.go("search/枸杞")
    qtbot.waitUntil(lambda: searcher(session).property("status") == "results")
    session.nav.reset()  # what the idle reset does first
    session.state.resetForNextVisitor()
    assert searcher(session).property("query") == ""
    assert searcher(session).property("results").rowCount() == 0
    session.nav.go("search/")
    qtbot.waitUntil(
        lambda: field(session.window).property("text") == "" and bool(named(session.window, "suggestionChip"))
    )


def test_keyboard_is_prepared_without_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    prepare_keyboard(QQmlEngine())
    assert (tmp_path / "config" / "qtvirtualkeyboard" / "pinyin" / "usr_dict.dat").is_file()


def test_typing_fast_searches_once(session: app.Session, qtbot: QtBot) -> None:
    controller = searcher(session)
    searches = QSignalSpy(controller.property("results").modelReset)
    for text in ("g", "go", "goj", "goji"):
        controller.setProperty("query", text)
    assert controller.property("status") == "typing"
    qtbot.waitUntil(lambda: controller.property("status") == "results")
    assert searches.count() == 1
    assert "gi-zhongning-goji" in found_ids(session)


def test_models(session: app.Session, qtmodeltester, qtbot: QtBot) -> None:
    controller = searcher(session)
    qtmodeltester.check(controller.property("suggestions"))  # starters
    session.nav.go("search/枸杞")
    qtbot.waitUntil(lambda: controller.property("status") == "results")
    qtmodeltester.check(controller.property("results"))
    session.nav.go("search/zzzzzz")
    qtbot.waitUntil(lambda: controller.property("status") == "empty")
    qtmodeltester.check(controller.property("suggestions"))


def test_the_keyboard_does_not_hide_the_field_in_portrait(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    window.resize(1080, 1920)
    (panel,) = named(window, "searchKeyboard")
    qtbot.waitUntil(lambda: panel.property("active") and panel.width() == 1080)
    box = named(window, "searchBox")[0]
    bottom = box.mapToScene(QPointF(0, box.height())).y()
    assert bottom < panel.mapToScene(QPointF(0, 0)).y()
