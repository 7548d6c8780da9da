"""Exhibits shown only between two dates: visitors see them on those days alone, everywhere they look."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from kiosk.core.db.schema import Schema
from kiosk.core.exhibits import catalog, migrations, present, schedule, suggest, textindex
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.rows import to_row
from kiosk.core.exhibits.search import search
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.demo import upgrade

WEEK = ("2026-04-20", "2026-04-26")  # the publicity week, World IP Day its last day


def _exhibits() -> list[Exhibit]:
    health = {"zh": ["健康"], "en": ["health"]}
    return [
        Exhibit("always", "story", text={"title": {"zh": "枸杞的故事", "en": "Goji story"}}, tags=dict(health)),
        Exhibit(
            "week",
            "story",
            text={"title": {"zh": "宣传周枸杞故事", "en": "Goji week story"}},
            tags=dict(health),
            featured=True,
            visible_from=WEEK[0],
            visible_until=WEEK[1],
        ),
        Exhibit(
            "ipday",
            "event",
            text={"title": {"zh": "世界知识产权日活动", "en": "World IP Day goji event"}},
            starts_at="2026-04-26T09:30",
            visible_from=WEEK[0],
            visible_until=WEEK[1],
        ),
        Exhibit("hidden", "story", text={"title": {"zh": "隐藏枸杞", "en": "Hidden goji"}}, published=False),
    ]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    with ExhibitStore.open(tmp_path) as store:
        store.save(_exhibits())
    return tmp_path


def _seen(store: ExhibitStore) -> dict[str, object]:
    """What the visitors' screens would show, each as the ids (or number) it shows."""
    always = store.get("always")
    assert always is not None
    return {
        "count": store.count(),
        "kinds": store.counts_by_kind(),
        "tiles": {tile.kind: tile.count for tile in catalog.kind_tiles(store)},
        "gallery": {card.id for card in catalog.cards(store, catalog.gallery_nums(store, catalog.ALL))},
        "search": {ex.id for ex in search(store, "goji")},
        "search zh": {ex.id for ex in search(store, "枸杞")},
        "featured": {slide.card.id for slide in catalog.featured(store)},
        "events": {card.id for card in schedule.event_cards(store)},
        "related": {ex.id for ex in present.related(store, always)},
        "suggested": {s.route for s in suggest.featured_suggestions(suggest.sample(store), "en")},
        "kinds offered": {s.route for s in suggest.starters(store, "en")} - {"search/health"},
        "listed": {ex.id for ex in store.exhibits()},
        "facets": catalog.facets_by_kind(store)["story"].tags[0].count,
        "visible": {i for i in ("always", "week", "ipday", "hidden") if store.get_visible(i)},
    }


BOTH = {"always", "week"}
INSIDE = {
    "count": 3,
    "kinds": {"story": 2, "event": 1},
    "tiles": {"story": 2, "event": 1},
    "gallery": BOTH | {"ipday"},
    "search": BOTH | {"ipday"},
    "search zh": BOTH,
    "featured": {"week"},
    "events": {"ipday"},
    "related": {"week"},
    "suggested": {"exhibit/week"},
    "kinds offered": {"gallery/story", "gallery/event"},
    "listed": BOTH | {"ipday"},
    "facets": 2,
    "visible": BOTH | {"ipday"},
}


OUTSIDE = {
    "count": 1,
    "kinds": {"story": 1},
    "tiles": {"story": 1},
    "gallery": {"always"},
    "search": {"always"},
    "search zh": {"always"},
    "featured": {"always"},
    "events": set(),
    "related": set(),
    "suggested": {"exhibit/always"},
    "kinds offered": {"gallery/story"},
    "listed": {"always"},
    "facets": 1,
    "visible": {"always"},
}


@pytest.mark.parametrize(
    ("day", "shown"),
    [("2026-04-19", False), ("2026-04-20", True), ("2026-04-23", True), ("2026-04-26", True), ("2026-04-27", False)],
)
def test_an_exhibit_is_seen_on_the_days_of_its_window_only(folder: Path, day: str, shown: bool) -> None:
    with ExhibitStore.open(folder, readonly=True, today=lambda: date.fromisoformat(day)) as store:
        assert store.has_windows
        assert _seen(store) == (INSIDE if shown else OUTSIDE)
        assert store.get("week") is not None  # staff still find it
        assert store.count(published_only=False) == 4


def test_today_is_asked_at_every_query_never_kept(folder: Path) -> None:
    days = iter([date(2026, 4, 19), date(2026, 4, 20), date(2026, 4, 27)])
    with ExhibitStore.open(folder, readonly=True, today=lambda: next(days)) as store:
        assert [store.count() for _ in range(3)] == [1, 3, 1]  # the kiosk ran past midnight, twice
        store.today = lambda: date(2026, 4, 21)  # or a test sets it afterwards
        assert store.get_visible("week") is not None
        assert store.shows(store.get("week"))


def test_the_default_today_is_the_local_date(folder: Path) -> None:
    with ExhibitStore.open(folder, readonly=True) as store:
        assert store.today() == date.today()


def test_a_window_from_or_until_alone(tmp_path: Path) -> None:
    tomorrow = date(2026, 4, 21)
    with ExhibitStore.open(tmp_path, today=lambda: date(2026, 4, 20)) as store:
        store.save(
            [
                Exhibit("soon", "guide", text={"title": {"en": "Soon"}}, visible_from=tomorrow.isoformat()),
                Exhibit("over", "guide", text={"title": {"en": "Over"}}, visible_until="2026-04-19"),
                Exhibit("today", "guide", text={"title": {"en": "Today"}}, visible_until="2026-04-20"),
            ]
        )
        assert [ex.id for ex in store.exhibits()] == ["today"]
        store.today = lambda: tomorrow
        assert [ex.id for ex in store.exhibits()] == ["soon"]


def test_visible_on_checks_published_and_both_days() -> None:
    week = Exhibit("w", "story", visible_from=WEEK[0], visible_until=WEEK[1])
    first, last = date.fromisoformat(WEEK[0]), date.fromisoformat(WEEK[1])
    assert [week.visible_on(first + timedelta(days=n)) for n in (-1, 0, 6, 7)] == [False, True, True, False]
    assert Exhibit("a", "story").visible_on(first)
    assert not Exhibit("h", "story", published=False).visible_on(first)
    assert not Exhibit("h", "story", published=False, visible_from=WEEK[0]).visible_on(last)


def test_a_catalogue_without_windows_pays_nothing(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path) as store:
        store.save([Exhibit("a", "story", text={"title": {"en": "A"}})])
    calls = []
    with ExhibitStore.open(tmp_path, readonly=True, today=lambda: calls.append(1) or date(2026, 4, 20)) as store:
        assert not store.has_windows
        assert store.shown_sql() == "e.published = 1"  # the queries are exactly those of before
        assert store.count() == 1 and search(store, "a") and catalog.featured(store)
        assert calls == []  # nor is the date even asked for


def test_saving_a_window_turns_the_check_on_at_once(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path, today=lambda: date(2026, 4, 1)) as store:
        store.save([Exhibit("a", "story", text={"title": {"en": "A"}})])
        assert not store.has_windows
        store.save([Exhibit("b", "story", text={"title": {"en": "B"}}, visible_from=WEEK[0])])
        assert store.has_windows and store.count() == 1
        store.bulk_add([Exhibit("c", "story", text={"title": {"en": "C"}}, visible_until="2026-03-31")])
        assert store.count() == 1 and store.count(published_only=False) == 3


def test_the_window_is_found_through_its_own_index(folder: Path) -> None:
    with ExhibitStore.open(folder, readonly=True, today=lambda: date(2026, 4, 19)) as store:
        assert store.version == SCHEMA.latest_version()
        plan = store.conn.execute(f"EXPLAIN QUERY PLAN {store._not_shown()}").fetchall()
        assert "exhibits_window" in " ".join(str(row[3]) for row in plan)


# -- databases made before the window -------------------------------------------------------------------


def _version_2(folder: Path, exhibits: list[Exhibit]) -> Path:
    """A real exhibit database of schema 2, as installed packs and the demo of the last release are."""
    old = Schema("exhibit database")
    old.migration(1)(migrations.create_exhibits)
    old.migration(2)(migrations.index_display_order)
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(folder / "exhibits.db")
    old.apply(db)
    new_columns = ("visible_from", "visible_until", "single_language")
    with db.atomic():
        for exhibit in exhibits:
            row = {k: v for k, v in to_row(exhibit).items() if k not in new_columns}
            num = db["exhibits"].insert(row).last_pk
            if exhibit.published:
                db["search_index"].insert({"rowid": num, **textindex.index_row(exhibit)})
    db.conn.close()
    with ExhibitStore.open(folder, readonly=True) as store:
        assert store.version == 2  # read as it is
    return folder


def test_a_version_2_database_opens_read_only_and_reads_as_before(tmp_path: Path) -> None:
    folder = _version_2(tmp_path / "pack", [ex for ex in _exhibits() if not ex.visible_from])
    conn = sqlite3.connect(folder / "exhibits.db")
    assert "visible_from" not in {row[1] for row in conn.execute("PRAGMA table_info(exhibits)")}
    conn.close()
    with ExhibitStore.open(folder, readonly=True) as store:
        assert not store.has_windows
        assert store.count() == 1 and store.counts_by_kind() == {"story": 1}
        assert [ex.id for ex in store.exhibits()] == ["always"]
        assert catalog.gallery_nums(store, "story") and catalog.featured(store)
        assert [ex.id for ex in search(store, "goji")] == ["always"]
        got = store.get_visible("always")
        assert got is not None and (got.visible_from, got.visible_until, got.single_language) == ("", "", False)
        assert store.get_visible("hidden") is None


def test_a_version_2_library_is_brought_up_to_date_when_written(tmp_path: Path) -> None:
    folder = _version_2(tmp_path / "library", [ex for ex in _exhibits() if not ex.visible_from])
    upgrade(folder)
    with ExhibitStore.open(folder, today=lambda: date(2026, 4, 19)) as store:
        assert store.version == SCHEMA.latest_version()
        assert store.get("always") is not None and store.count(published_only=False) == 2
        store.save([Exhibit("week", "story", text={"title": {"en": "Week"}}, visible_from=WEEK[0])])
        assert store.count() == 1
