"""ExhibitListModel over a real exhibit store."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.core.store import ExhibitStore
from kiosk.ui.models import (
    ExhibitListModel,
    IdRole,
    KindLabelRole,
    KindRole,
    NumberRole,
    SummaryRole,
    TagsRole,
    ThumbRole,
    TitleRole,
    image_url,
)
from tests.ui.conftest import THUMB_PATH, exhibit


@pytest.fixture
def model(content: Path, qapp: object) -> ExhibitListModel:
    with ExhibitStore.open(content, readonly=True) as store:
        return ExhibitListModel(store.exhibits())


def row_of(model: ExhibitListModel, exhibit_id: str) -> int:
    ids = [model.data(model.index(row), IdRole) for row in range(model.rowCount())]
    return ids.index(exhibit_id)


def value(model: ExhibitListModel, exhibit_id: str, role: int) -> object:
    return model.data(model.index(row_of(model, exhibit_id)), role)


def test_model_passes_qtmodeltester(model: ExhibitListModel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_empty_model_passes_qtmodeltester(qtmodeltester: ModelTester, qapp: object) -> None:
    qtmodeltester.check(ExhibitListModel([]), force_py=True)


def test_role_names_are_exposed(model: ExhibitListModel) -> None:
    names = {bytes(name).decode() for name in model.roleNames().values()}
    assert names == {"exhibitId", "kind", "kindLabel", "title", "summary", "thumb", "number", "tags"}


def test_rows_follow_store_order_and_carry_roles(model: ExhibitListModel) -> None:
    assert model.data(model.index(0), IdRole) == "gi-goji"  # featured first
    assert value(model, "gi-goji", KindRole) == "gi"
    assert value(model, "gi-goji", KindLabelRole) == "地理标志"
    assert value(model, "gi-goji", TitleRole) == "中宁枸杞"
    assert value(model, "gi-goji", NumberRole) == "AGI00001"
    assert value(model, "gi-goji", ThumbRole) == f"image://media/{THUMB_PATH}"
    assert value(model, "patent-ip", ThumbRole) == ""
    assert value(model, "patent-ip", SummaryRole) == ""
    assert value(model, "patent-ip", TagsRole) == []


def test_language_switch_changes_texts_with_fallback(model: ExhibitListModel, qtbot: QtBot) -> None:
    assert model.language == "zh"
    assert value(model, "guide-only-en", TitleRole) == "How to apply for a trademark"  # no Chinese title
    with (
        qtbot.waitSignal(model.dataChanged) as changed,
        qtbot.waitSignal(model.languageChanged) as announced,
    ):
        model.language = "en"
    first, last, roles = changed.args
    assert (first.row(), last.row()) == (0, model.rowCount() - 1)
    assert TitleRole in roles and KindLabelRole in roles
    assert announced.args == ["en"]
    assert value(model, "gi-goji", TitleRole) == "Zhongning goji"
    assert value(model, "gi-goji", KindLabelRole) == "Geographical indication"
    assert value(model, "story-only-zh", TitleRole) == "健康中国故事"  # no English title: Chinese shown
    model.language = "zh"
    assert value(model, "gi-goji", TitleRole) == "中宁枸杞"


def test_setting_the_same_language_emits_nothing(model: ExhibitListModel, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(model.dataChanged):
        model.language = "zh"


def test_unknown_language_is_refused(model: ExhibitListModel) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        model.language = "fr"
    assert model.language == "zh"


def test_tags_follow_language_with_fallback(qapp: object) -> None:
    tagged = exhibit("t", "story", "标签", "Tags", tags={"zh": ["枸杞", "健康"], "en": []})
    model = ExhibitListModel([tagged], language="en")
    assert model.data(model.index(0), TagsRole) == ["枸杞", "健康"]


def test_replacing_exhibits_resets_and_counts(model: ExhibitListModel, qtbot: QtBot) -> None:
    with qtbot.waitSignals([model.modelReset, model.countChanged]):
        model.set_exhibits([exhibit("only", "patent", "唯一", "Only one")])
    assert model.count == model.rowCount() == 1
    assert model.exhibit(0).id == "only"


def test_image_urls_are_percent_encoded() -> None:
    assert image_url("") == ""
    assert image_url("media/thumb/枸杞 1#.jpg") == "image://media/media/thumb/%E6%9E%B8%E6%9D%9E%201%23.jpg"
