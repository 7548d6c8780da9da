"""ExhibitListModel over a real exhibit store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.bench.synthetic import catalogue
from kiosk.core.exhibits import catalog, schedule
from kiosk.core.exhibits.catalog import ALL
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui.catalog_models import FacetModel, GalleryModel, event_model, slide_model, tile_model
from kiosk.ui.listmodel import role_number
from kiosk.ui.models import ExhibitListModel, image_url
from tests.ui.conftest import THUMB_PATH, exhibit

NOW = datetime(2027, 4, 22, 10, 0)
WEEK = [
    catalog.Card(
        num, f"event-{num}", "event", {"zh": f"活动{num}", "en": f"Event {num}"}, starts_at=f"2027-04-{day}T10:00"
    )
    for num, day in ((1, 21), (2, 22), (3, 23))
]


@pytest.fixture
def model(content: Path, qapp: object) -> ExhibitListModel:
    with ExhibitStore.open(content, readonly=True) as store:
        return ExhibitListModel(store.exhibits())


def row_of(model: ExhibitListModel, exhibit_id: str) -> int:
    ids = [model.data(model.index(row), role_number("exhibitId")) for row in range(model.rowCount())]
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
    assert names == {"display", "exhibitId", "kind", "kindLabel", "title", "summary", "thumb", "number", "tags"}


def test_rows_follow_store_order_and_carry_roles(model: ExhibitListModel) -> None:
    assert model.data(model.index(0), role_number("exhibitId")) == "gi-goji"  # featured first
    assert value(model, "gi-goji", role_number("kind")) == "gi"
    assert value(model, "gi-goji", role_number("kindLabel")) == "地理标志"
    assert value(model, "gi-goji", role_number("title")) == "中宁枸杞"
    assert value(model, "gi-goji", role_number("number")) == "AGI00001"
    assert value(model, "gi-goji", role_number("thumb")) == f"image://media/{THUMB_PATH}"
    assert value(model, "patent-ip", role_number("thumb")) == ""
    assert value(model, "patent-ip", role_number("summary")) == ""
    assert value(model, "patent-ip", role_number("tags")) == []


def test_language_switch_changes_texts_with_fallback(model: ExhibitListModel, qtbot: QtBot) -> None:
    assert model.language == "zh"
    assert value(model, "guide-only-en", role_number("title")) == "How to apply for a trademark"  # no Chinese title
    with (
        qtbot.waitSignal(model.dataChanged) as changed,
        qtbot.waitSignal(model.languageChanged) as announced,
    ):
        model.language = "en"
    first, last, roles = changed.args
    assert (first.row(), last.row()) == (0, model.rowCount() - 1)
    assert role_number("title") in roles and role_number("kindLabel") in roles
    assert announced.args == ["en"]
    assert value(model, "gi-goji", role_number("title")) == "Zhongning goji"
    assert value(model, "gi-goji", role_number("kindLabel")) == "Geographical indication"
    assert value(model, "story-only-zh", role_number("title")) == "健康中国故事"  # no English title: Chinese shown
    model.language = "zh"
    assert value(model, "gi-goji", role_number("title")) == "中宁枸杞"


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
    assert model.data(model.index(0), role_number("tags")) == ["枸杞", "健康"]


def test_replacing_exhibits_resets_and_counts(model: ExhibitListModel, qtbot: QtBot) -> None:
    with qtbot.waitSignals([model.modelReset, model.countChanged]):
        model.set_exhibits([exhibit("only", "patent", "唯一", "Only one")])
    assert model.count == model.rowCount() == 1
    assert model.exhibit(0).id == "only"


def test_image_urls_are_percent_encoded() -> None:
    assert image_url("") == ""
    assert image_url("media/thumb/枸杞 1#.jpg") == "image://media/media/thumb/%E6%9E%B8%E6%9D%9E%201%23.jpg"


# -- the browse screens' models (kiosk.ui.catalog_models) ------------------------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 synthetic exhibits, as a booth's own catalogue might be."""
    folder = tmp_path_factory.mktemp("synthetic")
    with ExhibitStore.open(folder) as store:
        store.bulk_add(catalogue(2000))
        store.rebuild_index()
    return folder


@pytest.fixture
def synthetic_store(synthetic: Path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(synthetic, readonly=True) as store:
        yield store


def gallery_over(store: ExhibitStore, kind: str = ALL) -> GalleryModel:
    model = GalleryModel(lambda nums: catalog.cards(store, nums))
    model.set_nums(catalog.gallery_nums(store, kind))
    return model


def test_lazy_gallery_model_over_2000_exhibits_passes_qtmodeltester(
    synthetic_store: ExhibitStore, qtmodeltester: ModelTester, qapp: object
) -> None:
    model = gallery_over(synthetic_store)
    assert model.rowCount() == model.count == 2000
    assert model.pages_loaded() == 0  # nothing read before a view asks
    qtmodeltester.check(model, force_py=True)
    last = model.index(1999)
    assert (
        model.data(last, role_number("exhibitId"))
        == catalog.cards(synthetic_store, [model_nums(synthetic_store)[-1]])[0].id
    )


def model_nums(store: ExhibitStore) -> list[int]:
    return catalog.gallery_nums(store, ALL)


def test_lazy_gallery_model_reads_a_page_at_a_time(synthetic_store: ExhibitStore, qapp: object) -> None:
    model = gallery_over(synthetic_store, "patent")
    assert model.rowCount() == 334
    assert model.data(model.index(5), role_number("title"))
    assert model.data(model.index(99), role_number("kind")) == "patent"
    assert model.pages_loaded() == 1
    assert model.data(model.index(333), role_number("number")).startswith("ZL ")
    assert model.pages_loaded() == 2
    assert model.data(model.index(334), role_number("title")) is None  # past the end


def test_gallery_model_switches_language_with_data_changed(
    synthetic_store: ExhibitStore, qtbot: QtBot, qapp: object
) -> None:
    model = gallery_over(synthetic_store)
    chinese = model.data(model.index(0), role_number("title"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_language("en")
    first, last, roles = changed.args
    assert (
        (first.row(), last.row()) == (0, 1999) and role_number("title") in roles and role_number("kindLabel") in roles
    )
    assert model.data(model.index(0), role_number("title")) != chinese
    assert model.data(model.index(0), role_number("kindLabel")) in {"Patent", "Trademark", "Geographical indication",
                                                               "Health IP story", "Guide", "Event"}  # fmt: skip


def test_card_roles_are_the_exhibit_cards_properties(synthetic_store: ExhibitStore, qapp: object) -> None:
    names = {bytes(name).decode() for name in gallery_over(synthetic_store).roleNames().values()}
    assert names == {"exhibitId", "kind", "kindLabel", "title", "thumb", "number"}


def test_tile_slide_facet_and_event_models_pass_qtmodeltester(
    synthetic_store: ExhibitStore, content: Path, qtmodeltester: ModelTester, qapp: object
) -> None:
    facets = catalog.facets_by_kind(synthetic_store)[ALL]
    with ExhibitStore.open(content, readonly=True) as store:
        models = [
            tile_model(catalog.kind_tiles(synthetic_store), "zh"),
            slide_model(catalog.featured(store), "en"),
            FacetModel(facets.tags),
            FacetModel(facets.regions, language="en"),
            event_model(schedule.schedule(WEEK, NOW), "zh"),
            event_model([], "zh"),
        ]
    for model in models:
        qtmodeltester.check(model, force_py=True)
    assert [models[0].data(models[0].index(row), role_number("label")) for row in range(2)] == ["专利", "商标"]
    slides = models[1]
    # The test picture has no display rendition: the slide shows its thumbnail.
    assert slides.data(slides.index(0), role_number("image")) == f"image://media/{THUMB_PATH}"
    assert slides.data(slides.index(0), role_number("thumb")) == f"image://media/{THUMB_PATH}"
    assert [slides.data(slides.index(0), role) for role in (role_number("titleZh"), role_number("titleEn"))] == [
        "中宁枸杞",
        "Zhongning goji",
    ]
    events = models[4]
    assert [events.data(events.index(row), role_number("section")) for row in range(3)] == ["today", "upcoming", "past"]


def test_facet_model_marks_the_selected_chip(synthetic_store: ExhibitStore, qtbot: QtBot, qapp: object) -> None:
    model = FacetModel(catalog.facets_by_kind(synthetic_store)[ALL].tags)
    keys = [model.data(model.index(row), role_number("key")) for row in range(model.rowCount())]
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_selected(keys[2])
    assert changed.args[2] == [role_number("selected")]
    assert [model.data(model.index(row), role_number("selected")) for row in range(4)] == [False, False, True, False]
    counts = [model.data(model.index(row), role_number("count")) for row in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and sum(counts) > 2000  # most common first; several per exhibit
    model.set_language("en")
    assert model.data(model.index(keys.index("枸杞")), role_number("label")) == "Goji"


def test_event_model_keeps_its_rows_when_only_the_clock_moves(qtbot: QtBot, qapp: object) -> None:
    talk = catalog.Card(1, "talk", "event", {"zh": "讲座", "en": "Talk"}, starts_at="2027-04-20T10:00",
                        ends_at="2027-04-20T11:00")  # fmt: skip
    model = event_model(schedule.schedule([talk], datetime(2027, 4, 20, 9, 0)), "en")
    assert not model.data(model.index(0), role_number("nowOn"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_records(schedule.schedule([talk], datetime(2027, 4, 20, 10, 30)))
    assert model.data(model.index(0), role_number("nowOn"))
    assert model.data(model.index(0), role_number("when")) == "20 Apr, 10:00–11:00"
    with qtbot.waitSignal(model.modelReset):  # a new section: the list is rebuilt
        model.set_records(schedule.schedule([talk], datetime(2027, 4, 21, 9, 0)))
    assert model.data(model.index(0), role_number("section")) == "past"


def test_a_role_name_is_the_same_role_number_in_every_model(qapp: object) -> None:
    from kiosk.ui.reading_models import BlockListModel, FieldListModel, SuggestionListModel

    models = [
        ExhibitListModel(),
        tile_model([], "zh"),
        slide_model([], "zh"),
        event_model([], "zh"),
        FacetModel(),
        GalleryModel(lambda nums: []),
        FieldListModel(),
        BlockListModel(),
        SuggestionListModel(),
    ]
    numbers: dict[bytes, set[int]] = {}
    for model in models:
        for number, name in model.roleNames().items():
            numbers.setdefault(bytes(name), set()).add(number)
    assert {name: found for name, found in numbers.items() if len(found) > 1} == {}
    assert numbers[b"title"] == {role_number("title")} and numbers[b"display"] == {0}
