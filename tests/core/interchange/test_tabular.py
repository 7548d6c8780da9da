"""Reading exhibit tables: encodings, separators, headers, sheets and the syntax of cells."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kiosk.core.base.errors import InvalidInput
from kiosk.core.exhibits.model import columns
from kiosk.core.interchange import headers, messages, tabular
from tests.core.helpers import write_csv, write_json, write_xlsx

HEADER = ["编号", "类型", "标题（中文）", "标题(英文)", "正文_zh"]
BODY = "第一段：枸杞的功效\n\n第二段, with a comma; and “quotes”"


def cells(table: tabular.Table) -> list[dict]:
    return [row.cells for row in table.rows]


def problems(path: Path, lang: str | None = "en") -> list[str]:
    """What is wrong with the file as a whole (it raises), or with its headers (the table's problems)."""
    try:
        table = tabular.read_table(path, lang)
    except InvalidInput as exc:
        return [str(p) for p in exc.problems]
    assert table.problems, "no problems"
    return [str(p) for p in table.problems]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("标题（中文）", "title_zh"),
        ("标题(英文)", "title_en"),
        ("标题_zh", "title_zh"),
        ("Title (English)", "title_en"),
        ("Title EN", "title_en"),
        ("title zh", "title_zh"),
        ("TITLE-ZH", "title_zh"),
        ("【标题】（中文）", "title_zh"),
        ("标题", "title_zh"),
        ("Title", "title_en"),
        ("名称", "title_zh"),
        ("英文标题", "title_en"),
        ("Chinese title", "title_zh"),
        ("标签（英文）", "tags_en"),
        ("关键词", "tags_zh"),
        ("summary_en", "summary_en"),
        ("专利号", "number"),
        ("Registration Number", "number"),
        ("申请日期", "filing_date"),
        ("尼斯分类", "nice_classes"),
        ("nice_classes", "nice_classes"),
        ("开始时间", "starts_at"),
        ("Sort order", "sort_order"),
        ("是否发布", "published"),
        ("图片", "images"),
        ("ＩＰＣ分类", "ipc"),
        ("类型", "kind"),
        ("key", "id"),
        ("no such column", None),
    ],
)
def test_headers_match_labels_and_aliases(header: str, column: str | None) -> None:
    assert headers.match_header(header) == column


def test_every_canonical_column_is_its_own_header() -> None:
    assert [headers.match_header(c) for c in columns()] == columns()


def test_every_column_is_in_the_staff_documentation() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "import.md").read_text(encoding="utf-8")
    assert [c for c in columns() if f"`{c}`" not in doc] == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "展品.csv", [HEADER, ["", "专利", "枸杞多糖", "Goji", BODY]], encoding=encoding)
    table = tabular.read_table(path)
    assert table.headers["title_zh"] == "标题（中文）"
    assert cells(table) == [{"id": "", "kind": "专利", "title_zh": "枸杞多糖", "title_en": "Goji", "body_zh": BODY}]


def test_csv_neither_utf8_nor_gb18030_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,kind\n\x81\x30\xff\xff,patent\n")
    assert problems(path) == [
        "bad.csv: is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8 (or as .xlsx) and try again"
    ]


def test_csv_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", [["编号", "标题"], ["a", "知识产权"]], encoding="utf-16", delimiter="\t")
    assert cells(tabular.read_table(path)) == [{"id": "a", "title_zh": "知识产权"}]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["id", "title_en", "tags_en"], ["a", "One, two", "x, y"], ["b", "B", ""]]
    path = write_csv(tmp_path / "d.csv", rows, delimiter=delimiter)
    assert [list(c.values()) for c in cells(tabular.read_table(path))] == rows[1:]


def test_csv_row_numbers_count_records_not_lines(tmp_path: Path) -> None:
    rows = [[], ["id", "body_zh"], ["a", "line 1\nline 2\nline 3"], ["", ""], ["b", "x"]]
    table = tabular.read_table(write_csv(tmp_path / "n.csv", rows))
    assert [(r.number, r.cells["id"]) for r in table.rows] == [(3, "a"), (5, "b")]


def test_short_rows_and_values_without_header(tmp_path: Path) -> None:
    rows = [["id", "", "title_en"], ["a"], ["b", "stray", "B", "more"]]
    table = tabular.read_table(write_csv(tmp_path / "s.csv", rows))
    assert table.rows[0].cells == {"id": "a", "title_en": None} and not table.rows[0].problems
    assert [str(p) for p in table.rows[1].problems] == [
        "s.csv, row 3, column 'B': a value in column B, which has no header",
        "s.csv, row 3, column 'D': a value in column D, which has no header",
    ]


def test_unknown_and_repeated_headers_are_all_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["id", "Titel", "标题", "title_zh", "序号"], ["a", "b", "c", "d", "1"]])
    assert problems(path) == [
        "h.csv, row 1, column 'Titel': unknown column 'Titel' (column B)",
        "h.csv, row 1, column 'title_zh': 'title_zh' (column D) repeats '标题' (column C): both mean Title (Chinese)",
        "h.csv, row 1, column '序号': unknown column '序号' (column E)",
    ]


def test_empty_file_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\n\n")
    assert problems(path) == ["empty.csv: has no header row"]


def test_xlsx_types_sheet_choice_and_trailing_rows(tmp_path: Path) -> None:
    day = datetime.datetime(2021, 4, 26)
    rows = [
        ["编号", "类型", "标题", "申请日", "排序"],
        ["a", "专利", "枸杞", day, 5],
        [None, None],
        [],
        ["b", "商标", 12.5, None, 2.0],
    ]
    path = write_xlsx(tmp_path / "x.xlsx", [*rows, [None, None, None]], title="展品", before=["说明"])
    table = tabular.read_table(path)
    assert table.headers == {
        "id": "编号",
        "kind": "类型",
        "title_zh": "标题",
        "filing_date": "申请日",
        "sort_order": "排序",
    }
    assert [r.number for r in table.rows] == [2, 5]
    assert cells(table)[0] == {"id": "a", "kind": "专利", "title_zh": "枸杞", "filing_date": day, "sort_order": 5}
    assert cells(table)[1]["title_zh"] == 12.5 and cells(table)[1]["sort_order"] == 2


def test_xlsx_first_sheet_when_none_is_named_exhibits(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["Title"], ["A"]], title="Data", before=["Sheet0"])
    assert problems(path) == ["x.xlsx, row 1, column 'junk': unknown column 'junk' (column A)"]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("id,kind\n", encoding="utf-8")
    assert problems(path)[0].startswith("fake.xlsx: cannot be read as an Excel workbook")


def test_json_wrapped_and_bare(tmp_path: Path) -> None:
    exhibits = [{"id": "a", "标题": "枸杞", "tags_en": ["x", "y"], "featured": True, "sort_order": 3}]
    for wrapped in (True, False):
        table = tabular.read_table(write_json(tmp_path / "e.json", exhibits, wrapped=wrapped))
        assert cells(table) == [
            {"id": "a", "title_zh": "枸杞", "tags_en": ["x", "y"], "featured": True, "sort_order": 3}
        ]


def test_json_problems(tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    path.write_text('{"exhibits": [', encoding="utf-8")
    assert problems(path) == ["e.json: is not valid JSON: Expecting value (line 1, column 15)"]
    write_json(path, [{"id": "a", "colour": "red"}, "text"])
    assert problems(path) == [
        "e.json, row 1, column 'colour': unknown column 'colour'",
        "e.json, row 2: is not an object with fields",
    ]
    path.write_text('{"format": "kiosk-exhibits", "version": 2, "exhibits": []}', encoding="utf-8")
    assert problems(path) == ["e.json: has version 2; this kiosk reads version 1"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("健康; 中药", ["健康", "中药"]),
        ("健康；中药、枸杞，宁夏,goji\nberry", ["健康", "中药", "枸杞", "宁夏", "goji", "berry"]),
        (" a ;; b ;", ["a", "b"]),
        ("", []),
        ('["a; b", "c, d", "知识产权、健康"]', ["a; b", "c, d", "知识产权、健康"]),
        ("[not json", ["[not json"]),
        ("[5, 35]", ["5", "35"]),
    ],
)
def test_split_list(text: str, items: list[str]) -> None:
    assert headers.split_list(text) == items


@pytest.mark.parametrize(
    "items", [["a", "b"], [], ["a; b"], ["Smith, John"], ["知识产权、健康", "x"], ['["a"]'], ["[x]"], ["a\nb"]]
)
def test_join_list_reads_back_exactly(items: list[str]) -> None:
    joined = headers.join_list(items)
    assert headers.split_list(joined) == items
    assert joined.startswith("[") == any(sep in "".join(items) for sep in ";,、[\n")


@pytest.mark.parametrize(
    "text", ["\x07bell", "_x0041_", "a_x005F_b", "__x0041__", "\r\n", "\x00\x1f\ufffe", "plain _x_"]
)
def test_xlsx_escape_round_trip(text: str) -> None:
    escaped = tabular.xlsx_escape(text)
    assert tabular.xlsx_unescape(escaped) == text
    assert not any(ch in escaped for ch in "\x00\x07\x1f\r\ufffe")


def test_xlsx_unescape_reads_what_excel_writes() -> None:
    assert tabular.xlsx_unescape("a_x000D_b _x005F_x0041_") == "a\rb _x0041_"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_column_has_a_header_in_each_language_that_reads_back(lang: str) -> None:
    labels = [headers.header_label(c, lang) for c in columns()]
    assert [headers.match_header(label) for label in labels] == columns()
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize(
    ("headers", "lang"),
    [(["类型", "标题（中文）", "Title (English)", "申请日"], "zh"), (["id", "kind", "标题"], "en"),
     (["编号", "kind"], "zh"), ([], "en"), (["title_en", "IPC分类"], "zh")],
)  # fmt: skip
def test_the_language_of_the_headers(headers: list[str], lang: str) -> None:
    assert messages.detect_lang(headers) == lang


def test_header_problems_in_chinese(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["编号", "标题", "title_zh", "序号", ""], ["a", "b", "c", "1", "x"]])
    table = tabular.read_table(path)
    assert (table.lang, [p.message for p in table.problems]) == (
        "zh",
        ["“title_zh”（第 C 列）与“标题”（第 B 列）重复：两者都是“标题（中文）”", "未知的列“序号”（第 D 列）"],
    )
    assert [p.message for p in table.rows[0].problems] == ["第 E 列没有列名，却填了内容"]
