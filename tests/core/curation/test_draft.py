"""The draft: started from what the booth shows, every change in the history, undo, and publishing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.curation import review
from kiosk.core.curation.draft import Draft
from kiosk.core.curation.publish import PublishRefused, publish
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs import keys


def _library(paths: Paths) -> Path:
    with ExhibitStore.open(paths.library) as store:
        store.save(
            [
                Exhibit("goji", "gi", text={"title": {"zh": "中宁枸杞", "en": "Zhongning goji"}}, featured=True),
                Exhibit("tcm", "story", text={"title": {"zh": "中医药", "en": "Chinese medicine"}}),
                Exhibit("mask", "patent", text={"title": {"zh": "口罩", "en": "Mask"}}, number="ZL 2020 1 0000001.2"),
            ]
        )
    return paths.library


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "data", tmp_path / "config")
    _library(paths)
    return paths


@pytest.fixture
def draft(paths: Paths):
    with Draft.open(paths, account="anna") as opened:
        yield opened


def test_a_draft_starts_from_what_the_booth_shows_and_leaves_it_alone(draft: Draft, paths: Paths) -> None:
    assert sorted(draft.all()) == ["goji", "mask", "tcm"]
    draft.edit("goji", {"title_en": "Ningxia goji"})
    with ExhibitStore.open(paths.library, readonly=True) as shown:
        assert shown.get("goji").t("title", "en") == "Zhongning goji"  # visitors see the published content
    with ExhibitStore.open(draft.folder, readonly=True) as preview:
        assert preview.get("goji").t("title", "en") == "Ningxia goji"


def test_every_change_is_in_the_history_with_account_field_before_and_after(draft: Draft) -> None:
    assert draft.edit_text("tcm", "title_en", "Traditional Chinese medicine") is None
    change = draft.history()[0]
    assert (change.account, change.exhibit_id, change.field) == ("anna", "tcm", "title_en")
    assert (change.before, change.after) == ('"Chinese medicine"', '"Traditional Chinese medicine"')


def test_a_bad_value_is_refused_with_the_import_message_and_not_saved(draft: Draft) -> None:
    message = draft.edit_text("mask", "filing_date", "2025-13-45", "en")
    assert message and "not a date" in message
    assert draft.edit_text("mask", "filing_date", "2025-13-45", "zh").startswith("“2025-13-45”")
    assert draft.get("mask").filing_date == ""


def test_undo_goes_back_over_twenty_five_steps_in_order(draft: Draft) -> None:
    for n in range(25):
        draft.edit("goji", {"sort_order": n + 1})
    draft.delete("tcm")
    assert draft.undo() == "deleted tcm"
    assert draft.get("tcm") is not None
    for _ in range(25):
        assert draft.undo() is not None
    assert draft.get("goji").sort_order == 0
    assert not draft.can_undo()
    assert [c.action for c in draft.history(limit=3)] == ["undo", "undo", "undo"]


def test_another_session_does_not_undo_anna_s_work(paths: Paths) -> None:
    with Draft.open(paths, account="anna") as anna:
        anna.edit("goji", {"title_en": "Anna's"})
    with Draft.open(paths, account="bo") as bo:
        assert not bo.can_undo()
        assert bo.get("goji").t("title", "en") == "Anna's"


def test_hidden_exhibits_are_found_by_staff_search_but_not_by_visitors(draft: Draft) -> None:
    draft.edit("mask", {"published": False})
    listed = review.exhibit_list(draft.all(), draft.work.finder, query="kouzhao")
    assert [row.id for row in listed] == ["mask"]
    assert [row.id for row in review.exhibit_list(draft.all(), draft.work.finder, flag="hidden")] == ["mask"]
    with ExhibitStore.open(draft.folder, readonly=True) as preview:
        assert preview.count() == 2


def test_a_killed_process_between_the_two_commits_is_caught_up_at_open(paths: Paths) -> None:
    with Draft.open(paths, account="anna") as draft:
        draft.edit("goji", {"title_en": "Caught up"})
        folder = draft.folder
    conn = sqlite3.connect(folder / "exhibits.db")
    with conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'generation'")  # as if the second commit was lost
    conn.close()
    with Draft.open(paths, account="anna"), ExhibitStore.open(folder, readonly=True) as preview:
        assert preview.get("goji").t("title", "en") == "Caught up"


def test_missing_translations_block_publishing_unless_single_language(draft: Draft) -> None:
    draft.edit("tcm", {"title_en": ""})
    assert review.blocking(draft.all(), "en") == {"tcm": ["missing a translation: title_en"]}
    draft.edit("tcm", {"single_language": True})
    assert review.blocking(draft.all(), "en") == {}


def _signed(settings: Settings, tmp_path: Path, *, trusted: bool = True) -> Settings:
    private, public, _ = keys.generate(tmp_path / "keys")
    settings.set("publish.key", str(private))
    if trusted:
        settings.set("packs.trusted_keys", [public.read_text(encoding="ascii").strip()])
    return settings


def test_publish_installs_a_new_version_that_visitors_then_see(draft: Draft, paths: Paths, tmp_path: Path) -> None:
    settings = _signed(Settings(), tmp_path)
    draft.edit("goji", {"title_en": "Published goji"})
    assert review.summary(draft.journal).changed == ["goji"]
    result = publish(draft, settings)
    assert result.pack == "booth-content-1"
    with ExhibitStore.open(paths.content_folder(), readonly=True) as shown:
        assert shown.get("goji").t("title", "en") == "Published goji"
    assert review.summary(draft.journal).empty()
    draft.edit("goji", {"featured": False})
    assert publish(draft, settings).version == 2


def test_a_key_the_booth_does_not_trust_never_publishes(draft: Draft, paths: Paths, tmp_path: Path) -> None:
    settings = _signed(Settings(), tmp_path, trusted=False)
    draft.edit("goji", {"title_en": "Never seen"})
    with pytest.raises(PublishRefused, match="does not trust"):
        publish(draft, settings)
    assert paths.active_pack() is None
    assert draft.get("goji").t("title", "en") == "Never seen"  # the draft is as it was


def test_a_missing_key_file_is_one_line_and_changes_nothing(draft: Draft, paths: Paths, tmp_path: Path) -> None:
    settings = Settings()
    settings.set("publish.key", str(tmp_path / "nowhere.key"))
    with pytest.raises(KioskError) as raised:
        publish(draft, settings)
    assert "\n" not in str(raised.value)
    assert paths.active_pack() is None
