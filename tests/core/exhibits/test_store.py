"""The exhibit store: saving, reading, fallbacks, migrations and environment faults."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore


def patent(id_: str = "patent-a", **overrides) -> Exhibit:
    fields = dict(
        id=id_,
        kind="patent",
        text={"title": {"zh": "枸杞多糖提取方法", "en": "Goji polysaccharide extraction"}},
        tags={"zh": ["枸杞"], "en": ["Goji"]},
        number="ZL 2021 1 0000001.5（示例 Example）",
        filing_date="2021-03-01",
    )
    fields.update(overrides)
    return Exhibit(**fields)


@pytest.fixture
def store(tmp_path: Path):
    with ExhibitStore.open(tmp_path / "content") as opened:
        yield opened


def test_saved_exhibit_reads_back_equal(store: ExhibitStore) -> None:
    original = patent(nice_classes=[5, 30], featured=True, sort_order=3, url="https://www.cnipa.gov.cn/")
    store.save([original])
    assert store.get("patent-a") == original


def test_saving_again_updates_instead_of_duplicating(store: ExhibitStore) -> None:
    store.save([patent()])
    store.save([patent(text={"title": {"zh": "新标题", "en": "New title"}}, tags={"zh": ["健康"], "en": ["Health"]})])
    assert store.count() == 1
    assert store.get("patent-a").t("title", "zh") == "新标题"
    tags = store.db.execute("SELECT tag FROM exhibit_tags ORDER BY tag").fetchall()
    assert [t[0] for t in tags] == ["Health", "健康"]


def test_text_falls_back_to_the_other_language(store: ExhibitStore) -> None:
    store.save([patent(text={"title": {"zh": "只有中文", "en": ""}}, tags={"zh": ["中医药"]})])
    exhibit = store.get("patent-a")
    assert exhibit.t("title", "en") == "只有中文"
    assert exhibit.tags_in("en") == ["中医药"]


def test_hidden_exhibits_are_counted_only_when_asked(store: ExhibitStore) -> None:
    store.save([patent(), patent("patent-b", published=False)])
    assert store.count() == 1
    assert store.count(published_only=False) == 2
    assert [e.id for e in store.exhibits()] == ["patent-a"]


def test_delete_removes_exhibit_and_its_index_row(store: ExhibitStore) -> None:
    store.save([patent()])
    assert store.delete("patent-a")
    assert store.get("patent-a") is None
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
    assert not store.delete("patent-a")


def test_schema_is_versioned_and_reopening_keeps_data(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path) as store:
        store.save([patent()])
    with ExhibitStore.open(tmp_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA.latest_version()
        assert store.count() == 1


def test_database_from_a_newer_kiosk_is_refused(tmp_path: Path) -> None:
    ExhibitStore.open(tmp_path).close()
    with sqlite3.connect(tmp_path / "exhibits.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(KioskError, match="newer kiosk"):
        ExhibitStore.open(tmp_path)


def test_corrupt_file_gives_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / "exhibits.db").write_bytes(os.urandom(4096))
    with pytest.raises(KioskError, match="damaged") as caught:
        ExhibitStore.open(tmp_path)
    assert str(tmp_path / "exhibits.db") in str(caught.value)


def test_missing_database_read_only_says_where(tmp_path: Path) -> None:
    with pytest.raises(KioskError, match="no exhibit database"):
        ExhibitStore.open(tmp_path / "nowhere", readonly=True)


def test_writing_a_read_only_database_is_refused_clearly(tmp_path: Path) -> None:
    ExhibitStore.open(tmp_path).close()
    with ExhibitStore.open(tmp_path, readonly=True) as store, pytest.raises(KioskError, match="read-only"):
        store.save([patent()])


@pytest.mark.skipif(os.geteuid() == 0, reason="file permissions do not stop root")
def test_write_protected_file_is_refused_clearly(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path) as store:
        store.save([patent()])
    (tmp_path / "exhibits.db").chmod(0o444)
    with ExhibitStore.open(tmp_path) as store, pytest.raises(KioskError, match="read-only"):
        store.save([patent("patent-b")])


def test_locked_database_is_reported_not_waited_on_forever(tmp_path: Path) -> None:
    ExhibitStore.open(tmp_path).close()
    holder = sqlite3.connect(tmp_path / "exhibits.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(KioskError, match="locked"):
            ExhibitStore.open(tmp_path, readonly=True, busy_timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_check_reports_missing_image_files(store: ExhibitStore) -> None:
    store.save_media(
        {"sha256": "ab" * 32, "width": 10, "height": 10, "format": "PNG", "size_bytes": 1, "original": "x.png",
         "display": "media/display/gone.jpg", "display_width": 10, "display_height": 10,
         "thumb": "media/thumb/gone.jpg", "thumb_width": 5, "thumb_height": 5}
    )  # fmt: skip
    problems = store.check()
    assert "image file media/display/gone.jpg is missing" in problems


# -- deleting and listing ----------------------------------------------------------------


def _with_images(tmp_path: Path, store: ExhibitStore) -> dict[str, list[str]]:
    """Two stories sharing one picture, the first with a second picture of its own; their media files."""
    from kiosk.core.base.settings import Settings
    from kiosk.core.interchange.importer import import_file
    from tests.core.helpers import make_image, write_csv

    make_image(tmp_path / "shared.png", colour="#111")
    make_image(tmp_path / "own.png", colour="#eee")
    rows = [["id", "kind", "title_en", "images"], ["a", "story", "Alpha", "shared.png; own.png"],
            ["b", "story", "Beta", "shared.png"]]  # fmt: skip
    import_file(write_csv(tmp_path / "two.csv", rows), store, Settings({"media.workers": 1}))
    files = {}
    for image in store.get("a").images:
        record = store.media_for(image.sha256)
        files[image.name] = [record["original"], record["display"], record["thumb"]]
    return files


def test_delete_many_drops_search_rows_and_the_images_no_one_else_uses(tmp_path: Path, store: ExhibitStore) -> None:
    from kiosk.core.exhibits.model import Filters

    files = _with_images(tmp_path, store)
    own = store.get("a").images[1].sha256
    assert store.delete_many(["a", "a", "missing"]) == ["a"]
    assert store.get("a") is None and store.get("b") is not None
    assert store.match_nums('"alpha"*', '"alpha"*', Filters(), limit=10) == []
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 1
    assert store.media_for(own) is None
    assert not any((store.folder / rel).exists() for rel in files["own.png"])
    assert all((store.folder / rel).is_file() for rel in files["shared.png"])
    assert store.check() == []


def test_delete_many_is_one_transaction(tmp_path: Path, store: ExhibitStore) -> None:
    files = _with_images(tmp_path, store)
    store.db.execute("CREATE TEMP TRIGGER refuse BEFORE DELETE ON exhibits WHEN old.id = 'b' BEGIN "
                     "SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError):
        store.delete_many(["a", "b"])
    assert store.get("a") is not None and len(store.get("a").images) == 2
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 2
    assert all((store.folder / rel).is_file() for names in files.values() for rel in names)


def test_summaries_list_every_or_the_hidden_exhibits(store: ExhibitStore) -> None:
    store.save([patent(), patent("patent-b", published=False, sort_order=-1)])
    assert [s["id"] for s in store.summaries()] == ["patent-b", "patent-a"]
    [hidden] = store.summaries(hidden_only=True)
    assert (hidden["id"], hidden["published"], hidden["number_key"]) == ("patent-b", 0, "zl2021100000015")
