"""Exhibits shown only between two dates: visitors see them on those days alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.core.exhibits import catalog
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.model import Exhibit, Filters
from kiosk.core.exhibits.search import search
from kiosk.core.exhibits.store import ExhibitStore


def _content(folder: Path) -> None:
    with ExhibitStore.open(folder) as store:
        store.save(
            [
                Exhibit("always", "story", text={"title": {"zh": "健康故事", "en": "Health story"}}),
                Exhibit(
                    "week",
                    "story",
                    text={"title": {"zh": "宣传周故事", "en": "Week story"}},
                    featured=True,
                    visible_from="2026-04-20",
                    visible_until="2026-04-26",
                ),
            ]
        )


def _seen(store: ExhibitStore) -> dict[str, object]:
    return {
        "count": store.count(),
        "gallery": catalog.gallery_nums(store, "story"),
        "search": [ex.id for ex in search(store, "story")],
        "featured": [slide for slide in catalog.featured(store)],
        "listed": [ex.id for ex in store.exhibits()],
        "filtered": len(store.filtered_nums(Filters(kind="story"), limit=10)),
    }


def test_an_exhibit_is_seen_on_the_days_of_its_window_only(tmp_path: Path) -> None:
    _content(tmp_path)
    with ExhibitStore.open(tmp_path, readonly=True) as store:
        for day, expected in (("2026-04-19", 1), ("2026-04-20", 2), ("2026-04-26", 2), ("2026-04-27", 1)):
            store.today = lambda day=day: day
            seen = _seen(store)
            assert seen["count"] == expected == len(seen["gallery"]) == len(seen["search"]) == seen["filtered"]
            assert ("week" in seen["listed"]) == (expected == 2)
            assert store.shows(store.get("week")) == (expected == 2)


def test_a_pack_made_before_the_window_fields_still_opens(tmp_path: Path) -> None:
    _content(tmp_path)
    conn = sqlite3.connect(tmp_path / "exhibits.db")
    with conn:  # as a version-2 database: the three columns did not exist
        for column in ("visible_from", "visible_until", "single_language"):
            conn.execute(f"ALTER TABLE exhibits DROP COLUMN {column}")
        conn.execute("DELETE FROM meta WHERE key = 'windows'")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert SCHEMA.latest_version() == 3
    with ExhibitStore.open(tmp_path, readonly=True) as store:
        assert store.count() == 2
        assert store.get("week").visible_from == ""
