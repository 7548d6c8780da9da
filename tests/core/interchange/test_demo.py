"""The demo content: complete in both languages, built whole or not at all."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths, demo_sources
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import FIELD_BY_NAME, KINDS, LANGS
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.demo import build_demo, ensure_content

EXHIBITS = json.loads((demo_sources() / "exhibits.json").read_text(encoding="utf-8"))["exhibits"]
MINIMUM = {"patent": 10, "trademark": 10, "gi": 6, "story": 10, "guide": 6, "event": 6}


def test_demo_has_enough_of_every_kind() -> None:
    counts = Counter(e["kind"] for e in EXHIBITS)
    assert all(counts[kind] >= n for kind, n in MINIMUM.items()), counts


@pytest.mark.parametrize("exhibit", EXHIBITS, ids=[e["id"] for e in EXHIBITS])
def test_every_demo_exhibit_is_complete_in_both_languages(exhibit: dict) -> None:
    text_fields = ["title", "summary", "body", "tags", "region"]
    text_fields += [f for f in KINDS[exhibit["kind"]].fields if FIELD_BY_NAME[f].localized]
    for name in text_fields:
        for lang in LANGS:
            assert exhibit.get(f"{name}_{lang}"), f"{name}_{lang}"
    for name in KINDS[exhibit["kind"]].fields:
        if not FIELD_BY_NAME[name].localized:
            assert exhibit.get(name), name
    assert exhibit["images"] and all((demo_sources() / "images" / name).is_file() for name in exhibit["images"])


def test_numbers_that_are_not_real_say_so() -> None:
    numbered = [e for e in EXHIBITS if e.get("number")]
    assert numbered
    assert all("示例" in e["number"] and "Example" in e["number"] for e in numbered)


def test_events_fall_in_the_publicity_week() -> None:
    events = [e for e in EXHIBITS if e["kind"] == "event"]
    assert all("2027-04-20" <= e["starts_at"] < e["ends_at"] <= "2027-04-26T23:59" for e in events)
    assert any(e["starts_at"].startswith("2027-04-26") for e in events)  # World IP Day


def test_demo_builds_into_a_clean_content_folder(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "config")
    folder, count = build_demo(paths, Settings())
    assert count == len(EXHIBITS)
    with ExhibitStore.open(folder, readonly=True) as store:
        assert store.check() == []
        assert all(e.images and e.images[0].thumb for e in store.exhibits())
    assert ensure_content(paths, Settings()) == folder


def test_a_failed_build_leaves_the_previous_demo_in_place(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "config")
    folder, count = build_demo(paths, Settings())
    broken = tmp_path / "broken"
    shutil.copytree(demo_sources(), broken, ignore=shutil.ignore_patterns("artwork"))
    first_image = EXHIBITS[0]["images"][0]
    (broken / "images" / first_image).write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(KioskError, match=first_image):
        build_demo(paths, Settings(), sources=broken)
    with ExhibitStore.open(folder, readonly=True) as store:
        assert store.count(published_only=False) == count
    assert sorted(p.name for p in folder.parent.iterdir()) == ["demo"]


def test_the_kiosk_shows_the_library_once_staff_imported_exhibits(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "config")
    ExhibitStore.open(paths.library).close()
    assert ensure_content(paths, Settings()) == paths.library
    assert not paths.demo.exists()
