"""Publishing the draft on the demo content: the new title reaches the active pack, refusals install nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.curation.draft import Draft
from kiosk.core.curation.publish import PublishRefused, publish
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.demo import build_demo
from kiosk.core.packs import keys

PUBLISH_SECONDS = 5.0  # the target on the demo content


@pytest.fixture
def booth(tmp_path: Path) -> tuple[Paths, Settings]:
    paths = Paths.default()
    settings = Settings()
    build_demo(paths, settings, out=paths.library)
    private, public, _ = keys.generate(tmp_path / "keys")
    settings.set("publish.key", str(private))
    settings.set("packs.trusted_keys", [public.read_text().strip()])
    return paths, settings


def _title(folder: Path, exhibit_id: str) -> str:
    with ExhibitStore.open(folder, readonly=True) as store:
        return store.get(exhibit_id).t("title", "en")


def test_a_published_edit_reaches_the_active_pack_at_a_higher_version(booth: tuple[Paths, Settings]) -> None:
    paths, settings = booth
    with Draft.open(paths, account="anna") as draft:
        first = sorted(draft.all())[0]
        old = _title(paths.content_folder(), first)
        draft.edit(first, {"title_en": "New"})
        assert _title(paths.content_folder(), first) == old  # visitors see the old content until publishing
        started = time.perf_counter()
        done = publish(draft, settings)
        seconds = time.perf_counter() - started
        print(f"publish of the demo content ({len(draft.all())} exhibits): {seconds:.2f} s")
        assert _title(paths.active_pack(), first) == "New"
        again = draft.edit(first, {"title_en": "Newer"}) and publish(draft, settings)
        assert again and again.version > done.version
        assert _title(paths.active_pack(), first) == "Newer"
    assert seconds < PUBLISH_SECONDS * 4  # the target is 5 s; a slow test machine gets room


def test_an_untrusted_key_is_refused_and_nothing_is_installed(booth: tuple[Paths, Settings], tmp_path: Path) -> None:
    paths, settings = booth
    stranger, _, _ = keys.generate(tmp_path / "stranger")
    settings.set("publish.key", str(stranger))
    with Draft.open(paths, account="anna") as draft:
        draft.edit(sorted(draft.all())[0], {"title_en": "New"})
        with pytest.raises(PublishRefused, match="does not trust"):
            publish(draft, settings)
    assert paths.active_pack() is None


def test_a_missing_translation_blocks_unless_single_language(booth: tuple[Paths, Settings]) -> None:
    paths, settings = booth
    with Draft.open(paths, account="anna") as draft:
        first = sorted(draft.all())[0]
        draft.edit(first, {"title_en": ""})
        with pytest.raises(PublishRefused) as refused:
            publish(draft, settings)
        assert first in refused.value.blocking and paths.active_pack() is None
        draft.edit(first, {"single_language": True})
        assert publish(draft, settings).version >= 1


def test_a_bad_key_path_is_one_line_and_leaves_the_draft(booth: tuple[Paths, Settings], tmp_path: Path) -> None:
    paths, settings = booth
    settings.set("publish.key", str(tmp_path / "nowhere.key"))
    with Draft.open(paths, account="anna") as draft:
        first = sorted(draft.all())[0]
        draft.edit(first, {"title_en": "New"})
        before = draft.history()
        with pytest.raises(KioskError) as failed:
            publish(draft, settings)
        assert "\n" not in str(failed.value) and "nowhere.key" in str(failed.value)
        assert draft.history() == before and draft.get(first).t("title", "en") == "New"
    assert paths.active_pack() is None
