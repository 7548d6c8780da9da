"""Ids across edits: an edited row keeps its exhibit, or the import says which stored exhibit it repeats."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.exporter import export
from kiosk.core.interchange.importer import ImportResult, import_file
from tests.core.helpers import write_csv

SETTINGS = Settings({"media.workers": 1})
HEADER = ["kind", "title_zh", "title_en", "number", "starts_at"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path / "content") as opened:
        yield opened


def run(tmp_path: Path, store: ExhibitStore, rows: list[list], name: str = "e.csv", **options) -> ImportResult:
    return import_file(write_csv(tmp_path / name, rows), store, SETTINGS, **options)


def ids(store: ExhibitStore) -> list[str]:
    return sorted(summary["id"] for summary in store.summaries())


def test_an_edited_title_is_reported_with_the_exhibit_it_repeats(tmp_path: Path, store: ExhibitStore) -> None:
    run(tmp_path, store, [HEADER, ["story", "枸杞的故事", "The Goji Story", "", ""]])
    result = run(tmp_path, store, [HEADER, ["story", "枸杞的故事", "The Goji Story of Ningxia", "", ""]])
    assert (result.imported, result.updated) == (1, 0)
    assert ids(store) == ["story-the-goji-story", "story-the-goji-story-of-ningxia"]
    [warning] = result.warnings
    assert (warning.file, warning.row, warning.column) == ("e.csv", 2, "id")
    assert warning.message == (
        "has no id, so it makes a new exhibit story-the-goji-story-of-ningxia, but it looks like the "
        "existing exhibit story-the-goji-story (the same title '枸杞的故事'). If it is the same exhibit, put "
        "story-the-goji-story in the id column of row 2 and import again, then delete the copy: "
        "kiosk exhibits delete story-the-goji-story-of-ningxia."
    )


def test_with_the_id_put_in_the_row_keeps_its_exhibit(tmp_path: Path, store: ExhibitStore) -> None:
    run(tmp_path, store, [HEADER, ["story", "枸杞的故事", "The Goji Story", "", ""]])
    rows = [["id", *HEADER], ["story-the-goji-story", "story", "枸杞的故事", "The Goji Story of Ningxia", "", ""]]
    result = run(tmp_path, store, rows)
    assert (result.imported, result.updated, result.warnings) == (0, 1, [])
    assert ids(store) == ["story-the-goji-story"]


def test_a_number_keeps_the_id_and_a_kind_corrected_is_reported(tmp_path: Path, store: ExhibitStore) -> None:
    run(tmp_path, store, [HEADER, ["patent", "枸杞", "Goji", "ZL 2019 1 0123456.7", ""]])
    edited = run(tmp_path, store, [HEADER, ["patent", "宁夏枸杞", "Ningxia goji", "ZL 2019 1 0123456.7", ""]])
    assert (edited.imported, edited.updated, edited.warnings) == (0, 1, [])  # the id comes from the number
    corrected = run(tmp_path, store, [HEADER, ["gi", "宁夏枸杞", "Ningxia goji", "ZL 2019 1 0123456.7", ""]])
    assert corrected.imported == 1
    assert "the same number 'ZL 2019 1 0123456.7'" in corrected.warnings[0].message
    assert "existing exhibit patent-zl2019101234567 " in corrected.warnings[0].message


def test_a_very_similar_title_is_reported_in_the_staff_language(tmp_path: Path, store: ExhibitStore) -> None:
    header = ["类型", "标题"]
    run(tmp_path, store, [header, ["专利", "枸杞多糖的提取方法"]])
    result = run(tmp_path, store, [header, ["专利", "枸杞多糖提取方法"]])
    [warning] = result.warnings
    assert warning.column == "编号"
    assert warning.message == (
        "没有编号，因此成为新展品 patent-gou-qi-duo-tang-ti-qu-fang-fa，但它很像已有的展品 "
        "patent-gou-qi-duo-tang-de-ti-qu-fang-fa（标题相近：“枸杞多糖的提取方法”）。如果是同一件展品，请在第 2 行的"
        "“编号”列填入 patent-gou-qi-duo-tang-de-ti-qu-fang-fa 后重新导入，再删除多出的一件："
        "kiosk exhibits delete patent-gou-qi-duo-tang-ti-qu-fang-fa。"
    )


def test_no_warning_for_different_exhibits_or_a_file_imported_again(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [HEADER, ["event", "咨询时间", "Consultation hours", "", "2025-04-21 09:00"],
            ["story", "抗疫故事", "", "", ""]]  # fmt: skip
    assert run(tmp_path, store, rows).warnings == []
    assert run(tmp_path, store, rows).warnings == []  # the same rows: the same ids, updated
    another_day = [HEADER, ["event", "咨询时间", "Consultation hours", "", "2025-04-22 09:00"]]
    assert run(tmp_path, store, another_day, name="f.csv").warnings == []  # recurring events are not copies
    with_id = [["id", *HEADER], ["story-2", "story", "抗疫故事", "", "", ""]]
    assert run(tmp_path, store, with_id, name="g.csv").warnings == []  # a new id given on purpose


def test_a_title_edited_in_an_export_keeps_its_id(tmp_path: Path, store: ExhibitStore) -> None:
    run(tmp_path, store, [HEADER, ["story", "枸杞的故事", "The Goji Story", "", ""]])
    sheet = tmp_path / "导出.xlsx"
    export(store, sheet, lang="zh")
    book = openpyxl.load_workbook(sheet)
    header = [cell.value for cell in book.active[1]]
    book.active.cell(2, header.index("标题（英文）") + 1, "Goji: a Ningxia story")
    book.save(sheet)
    result = import_file(sheet, store, SETTINGS)
    assert (result.imported, result.updated, result.warnings) == (0, 1, [])
    assert store.get("story-the-goji-story").text["title"]["en"] == "Goji: a Ningxia story"
