"""The search screen's keyboard is sized for touch: candidates a finger tall, no blank key in pinyin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.ui import app
from tests.ui.qml_helpers import items, named, one, show_at, tap

# Presses keys as a finger would, through the keyboard's input engine (see design.md).
DRIVER = b"""
import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    readonly property string preedit: InputContext.preeditText
    readonly property string locale: InputContext.locale
    readonly property int candidateCount: InputContext.inputEngine.wordCandidateListModel.count
    function press(key: int, text: string) { InputContext.inputEngine.virtualKeyClick(key, text, 0) }
}
"""
MIN_TOUCH = 64


@pytest.fixture
def session(demo_content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    session = app.start(demo_content, lang="zh", route="search/")
    show_at(session, qtbot)
    qtbot.waitUntil(lambda: one(session.window, "searchKeyboard").property("active"))
    yield session
    session.close()


@pytest.fixture
def keys(session: app.Session) -> Iterator[QObject]:
    component = QQmlComponent(session.engine)
    component.setData(DRIVER, QUrl())
    driver = component.create()
    assert driver is not None, component.errorString()
    yield driver
    driver.deleteLater()


def type_keys(driver: QObject, letters: str) -> None:
    for letter in letters:
        key = int(Qt.Key.Key_A) + ord(letter) - ord("a")
        QMetaObject.invokeMethod(driver, "press", Q_ARG(int, key), Q_ARG(str, letter))


def shown_opacity(item: QQuickItem) -> float:
    opacity = 1.0
    while item is not None:
        opacity *= item.opacity()
        item = item.parentItem()
    return opacity


def shown_text(item: QQuickItem) -> str:
    """The text of the first Text item below `item`."""
    return next(t.property("text") for t in items(item) if t.metaObject().className() == "QQuickText")


def candidate_row(session: app.Session) -> QQuickItem:
    (row,) = [i for i in items(one(session.window, "searchKeyboard")) if i.objectName() == "wordCandidateView"]
    return row


def test_word_candidates_are_a_finger_tall_and_wide(session: app.Session, keys: QObject, qtbot: QtBot) -> None:
    type_keys(keys, "zhishi")
    qtbot.waitUntil(lambda: keys.property("candidateCount") > 3)
    row = candidate_row(session)
    qtbot.waitUntil(lambda: row.isVisible() and len(named(session.window, "wordCandidate")) > 3)
    assert row.height() >= MIN_TOUCH
    entries = named(session.window, "wordCandidate")
    assert all(e.height() >= MIN_TOUCH and e.width() >= MIN_TOUCH for e in entries)
    words = {
        e: next(t.property("text") for t in items(e) if t.metaObject().className() == "QQuickText") for e in entries
    }
    assert "知识" in words.values()
    chosen = next(e for e, word in words.items() if word == "知识")
    qtbot.waitUntil(lambda: chosen.y() == 0 and chosen.opacity() == 1)  # slid into the row
    assert row.mapRectToScene(row.boundingRect()).contains(chosen.mapRectToScene(chosen.boundingRect()))
    tap(session.window, chosen)  # a tap on the candidate commits it
    qtbot.waitUntil(lambda: one(session.window, "searchField").property("text") == "知识")


def test_the_pinyin_syllable_break_key_is_never_blank(session: app.Session, keys: QObject, qtbot: QtBot) -> None:
    assert keys.property("locale") == "zh_CN"
    qtbot.waitUntil(lambda: named(session.window, "syllableBreakKey") != [])
    key = one(session.window, "syllableBreakKey")
    assert not key.isEnabled()  # nothing to break up yet
    (label,) = [i for i in items(key) if i.objectName() == "syllableBreakLabel"]
    assert [t.property("text") for t in items(label) if t.metaObject().className() == "QQuickText"] == ["'", "分词"]
    assert shown_opacity(label) >= 0.4  # legible, if dimmed (the style draws it at 0.05)
    type_keys(keys, "xian")
    qtbot.waitUntil(lambda: key.isEnabled())
    assert shown_opacity(label) == pytest.approx(1.0)


def test_the_english_layout_keeps_its_own_keys(session: app.Session, keys: QObject, qtbot: QtBot) -> None:
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: keys.property("locale") == "en_US")
    qtbot.waitUntil(lambda: named(session.window, "syllableBreakKey") == [])
    type_keys(keys, "goji")
    qtbot.waitUntil(lambda: one(session.window, "searchField").property("text") == "goji")


def test_no_candidate_is_made_ahead_of_need(session: app.Session) -> None:
    """The candidates change with every key: one made ahead would be cancelled with a warning."""
    assert candidate_row(session).property("cacheBuffer") == 0
