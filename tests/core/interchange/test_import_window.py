"""The date window and the single-language mark in import files and exports: columns like any other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import columns
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.exporter import export
from kiosk.core.interchange.importer import ImportRefused, import_file
from tests.core.helpers import read_csv, write_csv, write_json

SETTINGS = Settings({"media.workers": 1})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path / "content") as opened:
        yield opened


def test_chinese_headers_dates_and_yes_no_are_read(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [
        ["编号", "类型", "标题", "展示开始", "展示结束", "单语"],
        ["story-week", "健康知产故事", "宣传周", "2026年4月20日", "2026/4/26", "是"],
        ["story-always", "故事", "常设", "", "", ""],
    ]
    result = import_file(write_csv(tmp_path / "展品.csv", rows), store, SETTINGS)
    assert (result.imported, result.problems) == (2, [])
    week, always = store.get("story-week"), store.get("story-always")
    assert week is not None and always is not None
    assert (week.visible_from, week.visible_until, week.single_language) == ("2026-04-20", "2026-04-26", True)
    assert (always.visible_from, always.visible_until, always.single_language) == ("", "", False)


def test_english_headers_and_aliases(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [
        ["kind", "Title", "Show from", "Visible until", "One language"],
        ["guide", "Apply", "2026-04-20", "2026-04-20", "no"],  # a window of one day
    ]
    import_file(write_csv(tmp_path / "e.csv", rows), store, SETTINGS)
    (exhibit,) = store.exhibits(published_only=False)
    assert (exhibit.visible_from, exhibit.visible_until, exhibit.single_language) == ("2026-04-20", "2026-04-20", False)


@pytest.mark.parametrize(
    ("header", "lang", "message"),
    [
        (
            ["kind", "title_en", "visible_from", "visible_until"],
            "en",
            "stops being shown (2026-04-19) before it starts being shown (2026-04-20)",
        ),
        (["类型", "标题", "展示开始", "展示结束"], "zh", "展示结束日期（2026-04-19）早于展示开始日期（2026-04-20）"),
    ],
)
def test_a_window_that_ends_before_it_starts_is_a_problem(
    tmp_path: Path, store: ExhibitStore, header: list[str], lang: str, message: str
) -> None:
    path = write_csv(tmp_path / "e.csv", [header, ["story", "S", "2026-04-20", "2026-04-19"]])
    with pytest.raises(ImportRefused) as caught:
        import_file(path, store, SETTINGS)
    assert caught.value.lang == lang
    assert [(p.row, p.column, p.message) for p in caught.value.problems] == [(2, header[3], message)]
    assert store.count(published_only=False) == 0


def test_unreadable_window_dates_are_problems_of_their_cells(tmp_path: Path, store: ExhibitStore) -> None:
    path = write_csv(tmp_path / "e.csv", [["kind", "title_en", "visible_from", "single_language"],
                                          ["story", "S", "next week", "maybe"]])  # fmt: skip
    with pytest.raises(ImportRefused) as caught:
        import_file(path, store, SETTINGS)
    assert [p.column for p in caught.value.problems] == ["visible_from", "single_language"]


def test_an_existing_exhibits_window_is_checked_with_the_rows_new_date(tmp_path: Path, store: ExhibitStore) -> None:
    write_json(tmp_path / "a.json", [{"id": "s", "kind": "story", "title_en": "S", "visible_until": "2026-04-26"}])
    import_file(tmp_path / "a.json", store, SETTINGS)
    write_json(tmp_path / "b.json", [{"id": "s", "visible_from": "2026-05-01"}])  # the stored until is earlier
    with pytest.raises(ImportRefused) as caught:
        import_file(tmp_path / "b.json", store, SETTINGS)
    # named as the file would head it: its headers are also the English labels
    assert [(p.column, p.message) for p in caught.value.problems] == [
        ("Visible until", "stops being shown (2026-04-26) before it starts being shown (2026-05-01)")
    ]


def test_export_writes_the_columns_and_import_reads_them_back(tmp_path: Path, store: ExhibitStore) -> None:
    write_json(tmp_path / "in.json", [
        {"id": "s", "kind": "story", "title_zh": "宣传周", "visible_from": "2026-04-20",
         "visible_until": "2026-04-26", "single_language": True},
    ])  # fmt: skip
    import_file(tmp_path / "in.json", store, SETTINGS)
    export(store, tmp_path / "out.csv", lang="zh")
    header, row = read_csv(tmp_path / "out.csv")[:2]
    cells = dict(zip(header, row, strict=True))
    assert (cells["展示开始"], cells["展示结束"], cells["单语"]) == ("2026-04-20", "2026-04-26", "是")
    assert {"visible_from", "visible_until", "single_language"} <= set(columns())
    with ExhibitStore.open(tmp_path / "again") as again:
        import_file(tmp_path / "out.csv", again, SETTINGS)
        assert again.get("s") == store.get("s")
