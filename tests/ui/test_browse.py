"""The browse screens, driven like a visitor: attract loop, home tiles, galleries and filters, events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.bench.synthetic import catalogue
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits import catalog
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.demo import build_demo
from kiosk.ui import app, browse
from kiosk.ui.browse import BrowseController
from tests.ui.qml_helpers import centre, items, named, one, show_at, texts

KINDS = ("patent", "trademark", "gi", "story", "guide", "event")
DURING_THE_WEEK = datetime(2027, 4, 22, 10, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browse")
    folder, _ = build_demo(Paths(root / "data", root / "config"), Settings())
    return folder


@pytest.fixture(scope="module")
def counts(demo: Path) -> dict[str, int]:
    with ExhibitStore.open(demo, readonly=True) as store:
        return store.counts_by_kind()


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 synthetic exhibits, no pictures."""
    folder = tmp_path_factory.mktemp("big")
    with ExhibitStore.open(folder) as store:
        store.bulk_add(catalogue(2000))
        store.rebuild_index()
    return folder


def open_session(content: Path, route: str, qtbot: QtBot, size: tuple[int, int] = (1920, 1080)) -> app.Session:
    session = app.start(content, lang="zh", route=route)
    show_at(session, qtbot, size)
    return session


@pytest.fixture
def start(demo: Path, qapp: object, qtbot: QtBot) -> Iterator:
    sessions: list[app.Session] = []

    def opened(route: str, content: Path = demo) -> app.Session:
        sessions.append(open_session(content, route, qtbot))
        return sessions[-1]

    yield opened
    for session in sessions:
        session.close()


def controller(session: app.Session) -> BrowseController:
    return session.features["browse"]


def tap(window: QQuickWindow, item: QQuickItem) -> None:
    assert item.width() >= 64 and item.height() >= 64, f"{item.objectName()} is too small to touch"
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))


def cards(window: QQuickWindow) -> list[QQuickItem]:
    return [item for item in named(window, "exhibitDelegate") if item.property("exhibitId")]


# -- attract and home -------------------------------------------------------------------------


def test_any_touch_on_the_attract_loop_opens_home(start, qtbot: QtBot) -> None:
    session = start("attract")
    window = session.window
    assert one(window, "attractScreen")
    qtbot.waitUntil(lambda: named(window, "attractTitle") != [])
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 900))
    qtbot.waitUntil(lambda: session.nav.route == "home")
    qtbot.waitUntil(lambda: named(window, "homeScreen") != [])


def test_the_attract_loop_shows_featured_pictures_and_both_titles(start, qtbot: QtBot) -> None:
    session = start("attract")
    window = session.window
    slides = controller(session).featured
    assert slides.count >= 5
    # Decoded at about the size of the print (fitted inside it), not as a thumbnail.
    qtbot.waitUntil(lambda: any(i.property("implicitWidth") > 900 for i in named(window, "exhibitThumb")))
    (title,) = named(window, "attractTitle")
    (subtitle,) = named(window, "attractSubtitle")
    first = slides.records()[0]
    assert (title.property("text"), subtitle.property("text")) == (first.card.title_in("zh"), first.card.title_in("en"))
    assert one(window, "touchSecondary").property("text") == "Touch to explore"
    screen = one(window, "attractScreen")
    screen.setProperty("current", 1)  # what the slide timer does
    second = slides.records()[1]
    qtbot.waitUntil(lambda: {i.property("text") for i in named(window, "attractTitle")} >= {second.card.title_in("zh")})


def test_each_kind_tile_opens_its_gallery_with_its_count(start, counts: dict[str, int], qtbot: QtBot) -> None:
    session = start("home")
    window, browsing = session.window, controller(session)
    for kind in KINDS:
        qtbot.waitUntil(lambda: named(window, f"kindTile_{kind}") != [])  # noqa: B023
        tap(window, one(window, f"kindTile_{kind}"))
        qtbot.waitUntil(lambda: session.nav.route == f"gallery/{kind}" and browsing.kind == kind)  # noqa: B023
        assert browsing.count == counts[kind] == browsing.gallery.rowCount()
        qtbot.waitUntil(lambda: str(counts[kind]) in one(window, "galleryCount").property("text"))  # noqa: B023
        qtbot.waitUntil(lambda: {c.property("kind") for c in cards(window)} == {kind})  # noqa: B023
        session.nav.back()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_tile_keeps_its_name_and_count_inside_with_larger_text(start, qtbot: QtBot, lang: str) -> None:
    session = start("home")
    if lang == "en":
        session.state.toggleLanguage()
    session.state.toggleLargeText()
    window = session.window
    qtbot.waitUntil(lambda: len(named(window, "kindTileCount")) == 6)
    for kind in KINDS:
        tile = one(window, f"kindTile_{kind}")
        bottom = tile.mapToScene(QPointF(0, tile.height())).y()
        for name in ("kindTileLabel", "kindTileCount"):
            (text,) = [item for item in named(window, name) if tile.isAncestorOf(item)]
            qtbot.waitUntil(lambda t=text, b=bottom: t.mapToScene(QPointF(0, t.height())).y() <= b - 16)
            assert not text.property("truncated"), f"{kind}: {text.property('text')!r} is cut short"


def test_home_opens_search_events_and_every_exhibit(start, qtbot: QtBot) -> None:
    session = start("home")
    window = session.window
    for name, route in (("searchButton", "search/"), ("whatsOnStrip", "events"), ("allExhibitsButton", "gallery/all")):
        qtbot.waitUntil(lambda: named(window, name) != [])  # noqa: B023
        tap(window, one(window, name))
        qtbot.waitUntil(lambda: session.nav.route.rstrip("/") == route.rstrip("/"))  # noqa: B023
        session.nav.home()
    assert controller(session).allCount == 55


def test_language_switch_changes_tile_labels_and_card_titles_without_a_rebuild(start, qtbot: QtBot) -> None:
    session = start("home")
    window, browsing = session.window, controller(session)
    qtbot.waitUntil(lambda: len(named(window, "kindTileLabel")) == 6)
    labels = named(window, "kindTileLabel")
    assert [label.property("text") for label in labels][:3] == ["专利", "商标", "地理标志"]
    with qtbot.assertNotEmitted(browsing.tiles.modelReset), qtbot.waitSignal(browsing.tiles.dataChanged):
        session.state.toggleLanguage()
    assert [label.property("text") for label in labels][:3] == ["Patent", "Trademark", "Geographical indication"]
    assert named(window, "kindTileLabel") == labels  # the same items, relabelled

    session.nav.go("gallery/patent")
    qtbot.waitUntil(lambda: len(cards(window)) >= 4)
    shown = cards(window)
    english = {c.property("title") for c in shown}
    with qtbot.assertNotEmitted(browsing.gallery.modelReset), qtbot.waitSignal(browsing.gallery.dataChanged):
        session.state.toggleLanguage()
    assert {c.property("title") for c in shown} != english
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.property("title")) for c in shown)
    assert one(window, "galleryTitle").property("text") == "专利"


# -- galleries ------------------------------------------------------------------------------


def test_an_english_gallery_shows_numbers_with_latin_brackets(start, qtbot: QtBot) -> None:
    session = start("gallery/trademark")
    session.state.toggleLanguage()
    window = session.window
    qtbot.waitUntil(lambda: any("(示例 Example)" in text for text in texts(window, "exhibitNumber")))
    assert not any("（" in text or "）" in text for text in texts(window, "exhibitNumber"))
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: any("（示例 Example）" in text for text in texts(window, "exhibitNumber")))


def test_a_tag_chip_filters_the_grid_and_all_clears_it(start, qtbot: QtBot) -> None:
    session = start("gallery/patent")
    window, browsing = session.window, controller(session)
    total = browsing.count
    top = browsing.tags.records()[0]
    qtbot.waitUntil(lambda: named(window, f"tagChip_{top.key}") != [])
    tap(window, one(window, f"tagChip_{top.key}"))
    qtbot.waitUntil(lambda: browsing.count == top.count < total)
    assert browsing.selectedTag == top.key and browsing.filtered
    assert one(window, f"tagChip_{top.key}").property("checked")
    qtbot.waitUntil(lambda: len(cards(window)) == top.count)
    tap(window, one(window, "tagChipAll"))
    qtbot.waitUntil(lambda: browsing.count == total)
    assert browsing.selectedTag == "" and not browsing.filtered


def empty_pair(demo: Path) -> tuple[str, str, str]:
    """A kind, tag and region of the demo that no exhibit has together."""
    with ExhibitStore.open(demo, readonly=True) as store:
        for kind, facets in catalog.facets_by_kind(store).items():
            for tag in facets.tags:
                for region in facets.regions:
                    if not catalog.gallery_nums(store, kind, tag.key, region.key):
                        return kind, tag.key, region.key
    raise AssertionError("every tag and region of the demo go together")


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def test_chips_scrolled_towards_all_fade_out_beside_a_divider(start, qtbot: QtBot) -> None:
    window = start("gallery/all").window
    qtbot.waitUntil(lambda: named(window, "tagChipList") != [] and named(window, "tagChipAll") != [])
    chips, pinned = one(window, "tagChipList"), one(window, "tagChipAll")
    assert named(window, "tagChipFadeStart") == []  # nothing scrolled under yet
    chips.setProperty("contentX", 80)  # what a sideways drag does: the first chip is half gone
    qtbot.waitUntil(lambda: named(window, "tagChipFadeStart") != [])
    divider, fade = one(window, "tagChipDivider"), one(window, "tagChipFadeStart")
    shown = scene_rect(chips)
    assert chips.property("clip")  # no chip is drawn outside its row
    assert scene_rect(pinned).right() < scene_rect(divider).left() < scene_rect(divider).right() < shown.left()
    assert scene_rect(fade).left() == shown.left() and scene_rect(fade).width() >= 32  # the cut edge fades out
    cut = [c for c in items(chips) if c.objectName().startswith("tagChip_") and scene_rect(c).left() < shown.left()]
    assert cut and all(scene_rect(c).right() > shown.left() for c in cut)  # the half-gone chip, under the fade


def test_filters_that_leave_nothing_say_so_and_show_all_recovers(start, demo: Path, qtbot: QtBot) -> None:
    kind, tag, region = empty_pair(demo)
    session = start(f"gallery/{kind}")
    window, browsing = session.window, controller(session)
    browsing.selectTag(tag)
    tap(window, one(window, f"regionChip_{region}"))
    qtbot.waitUntil(lambda: browsing.count == 0 and named(window, "galleryEmpty") != [])
    assert cards(window) == []
    tap(window, one(window, "showAllButton"))
    qtbot.waitUntil(lambda: browsing.count == browsing.total > 0 and named(window, "galleryEmpty") == [])


def test_the_grid_flicks(start, qtbot: QtBot) -> None:
    session = start("gallery/all")
    window = session.window
    grid = one(window, "galleryGrid")
    assert grid.property("contentY") == 0
    x = int(grid.mapToScene(QPointF(grid.width() / 2, 0)).x())
    top, bottom = int(grid.mapToScene(QPointF(0, grid.height() * 0.8)).y()), int(grid.mapToScene(QPointF(0, 60)).y())
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, top))
    for step in range(1, 11):  # a quick upward swipe
        QTest.mouseMove(window, QPoint(x, top + (bottom - top) * step // 10), 8)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, bottom), 8)
    qtbot.waitUntil(lambda: grid.property("contentY") > grid.height() * 0.5)
    qtbot.waitUntil(lambda: not grid.property("moving"), timeout=10_000)
    assert session.nav.route == "gallery/all"  # a swipe is not a tap


def test_tapping_a_card_opens_its_exhibit_and_back_returns_to_the_same_filters(start, qtbot: QtBot) -> None:
    session = start("gallery/gi")
    window, browsing = session.window, controller(session)
    browsing.selectRegion(browsing.regions.records()[0].key)
    qtbot.waitUntil(lambda: len(cards(window)) == browsing.count)
    card = cards(window)[0]
    exhibit_id = card.property("exhibitId")
    tap(window, card)
    qtbot.waitUntil(lambda: session.nav.route == f"exhibit/{exhibit_id}")
    session.nav.back()
    qtbot.waitUntil(lambda: named(window, "galleryGrid") != [])
    assert browsing.selectedRegion == browsing.regions.records()[0].key


def test_a_new_visitor_finds_no_filters(start, qtbot: QtBot) -> None:
    session = start("gallery/story")
    browsing = controller(session)
    total = browsing.count
    browsing.selectTag(browsing.tags.records()[0].key)
    browsing.selectRegion(browsing.regions.records()[0].key)
    assert browsing.count < total
    with qtbot.waitSignal(browsing.filtersChanged):
        session.state.resetForNextVisitor()
    assert (browsing.selectedTag, browsing.selectedRegion, browsing.count) == ("", "", total)
    assert not any(
        chip.property("checked") for chip in named(session.window, "tagChip_" + browsing.tags.records()[0].key)
    )


def test_gallery_of_many_exhibits_is_lazy(big: Path, qapp: object, qtbot: QtBot) -> None:
    session = open_session(big, "gallery/all", qtbot)
    try:
        browsing = controller(session)
        assert browsing.count == 2000
        qtbot.waitUntil(lambda: len(cards(session.window)) >= 10)
        assert browsing.gallery.pages_loaded() <= 2  # 100 cards a page: only the first screens were read
        grid = one(session.window, "galleryGrid")
        grid.setProperty("contentY", grid.property("contentHeight") - grid.height())
        qtbot.waitUntil(lambda: any(c.property("index") >= 1990 for c in cards(session.window)))
        assert browsing.gallery.pages_loaded() <= 4
        assert {f.key for f in browsing.tags.records()} >= {"枸杞", "创新"}
    finally:
        session.close()


def test_chips_are_counted_in_the_background_for_big_catalogues(
    big: Path, qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browse, "FACETS_IN_BACKGROUND", 1000)
    session = open_session(big, "gallery/patent", qtbot)
    try:
        browsing = controller(session)
        qtbot.waitUntil(lambda: browsing.tags.count > 0, timeout=10_000)
        with ExhibitStore.open(big, readonly=True) as store:
            expected = catalog.facets_by_kind(store)["patent"]
        assert browsing.tags.records() == expected.tags
        assert browsing.regions.records() == expected.regions
    finally:
        session.close()


# -- events -----------------------------------------------------------------------------------


def test_events_list_today_first_with_what_runs_now(start, qtbot: QtBot) -> None:
    session = start("events")
    window, browsing = session.window, controller(session)
    browsing.set_now(DURING_THE_WEEK)
    qtbot.waitUntil(lambda: len(named(window, "eventTitle")) >= 4)
    rows = sorted((r for r in items(window.contentItem()) if r.objectName().startswith("eventRow_")), key=y_of)
    ids = [row.property("exhibitId") for row in rows]
    assert ids[:2] == ["event-daily-consultation", "event-pilot-school-ip-class"]
    sections = [r.property("section") for r in rows]
    assert sections[:2] == ["today", "today"] and "upcoming" in sections
    assert [r.property("nowOn") for r in rows[:2]] == [True, True]
    assert y_of(one(window, "eventsSection_today")) < y_of(rows[0]) < y_of(one(window, "eventsSection_upcoming"))
    assert one(window, "eventsSummary").property("text").startswith("今天")
    tap(window, rows[1])
    qtbot.waitUntil(lambda: session.nav.route == "exhibit/event-pilot-school-ip-class")


def y_of(item: QQuickItem) -> float:
    return item.mapToScene(QPointF(0, 0)).y()


def test_whats_on_follows_the_clock_and_the_language(start, qtbot: QtBot) -> None:
    session = start("home")
    browsing = controller(session)
    browsing.set_now(datetime(2027, 4, 1, 9, 0))
    assert (browsing.whatsOnStatus, browsing.whatsOnLabel) == ("next", "下一场")
    assert browsing.whatsOnText.startswith("展位每日免费咨询")
    with qtbot.waitSignal(browsing.whatsOnChanged):
        session.state.toggleLanguage()
    assert browsing.whatsOnLabel == "Next"
    browsing.set_now(datetime(2027, 5, 1, 9, 0))
    assert browsing.whatsOnStatus == "ended"
    qtbot.waitUntil(lambda: one(session.window, "whatsOnText").property("text") == browsing.whatsOnText)


def test_back_from_an_exhibit_returns_to_the_same_place_in_the_gallery(start, qtbot: QtBot) -> None:
    session = start("gallery/all")
    window = session.window
    grid = one(window, "galleryGrid")
    row_height = grid.property("cellHeight")
    grid.setProperty("contentY", row_height * 4)
    qtbot.waitUntil(lambda: any(c.property("index") >= 25 for c in cards(window)))
    card = min((c for c in cards(window) if y_of(c) >= y_of(grid)), key=y_of)  # the top row on screen
    first = card.property("index")
    tap(window, card)
    qtbot.waitUntil(lambda: session.nav.screen == "exhibit")
    session.nav.back()
    qtbot.waitUntil(lambda: named(window, "galleryGrid") != [])
    grid = one(window, "galleryGrid")
    qtbot.waitUntil(lambda: abs(grid.property("contentY") - row_height * (first // 5)) < row_height / 2)


def test_reduced_motion_stills_the_attract_loop(start, qtbot: QtBot) -> None:
    session = start("attract")
    session.state.toggleReducedMotion()
    window = session.window
    qtbot.waitUntil(lambda: len(named(window, "attractSlide")) == 1)
    one(window, "attractScreen").setProperty("current", 1)  # the next slide shows at once: no fade
    assert [slide.property("index") for slide in named(window, "attractSlide")] == [1]
    assert one(window, "touchPill").property("scale") == 1.0


BROWSE_QML = [
    *(f"screens/{name}.qml" for name in ("AttractScreen", "AttractSlide", "AttractInvite", "AttractWhatsOn")),
    *(f"screens/{name}.qml" for name in ("HomeScreen", "KindTile", "WhatsOnStrip", "GalleryScreen", "ChipRow")),
    *(f"screens/{name}.qml" for name in ("FilterChip", "EventsScreen", "EventRow", "BrowseIcon")),
    "Kiosk/ExhibitCard.qml",
]


@pytest.mark.parametrize("relative", BROWSE_QML)
def test_every_text_of_the_browse_screens_is_plain_text(relative: str) -> None:
    source = (Path(app.QML_DIR) / relative).read_text(encoding="utf-8")
    blocks = len(re.findall(r"^\s*Text\s*\{", source, flags=re.MULTILINE))
    assert blocks == source.count("textFormat: Text.PlainText")
    assert "Text.RichText" not in source and "Text.StyledText" not in source
