"""Importing exhibits from CSV, XLSX and JSON into a real store, with real images."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.base.errors import InvalidInput, Problem
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange import cells
from kiosk.core.interchange.importer import ImportResult, derive_id, import_file
from tests.core.helpers import image_names, make_image, read_csv, write_csv, write_json, write_xlsx

SETTINGS = Settings({"media.workers": 1})
BODY = "第一段：宁夏枸杞。\n\n第二段，含“引号”, commas; and semicolons.\n  - 缩进的列表项"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path / "content") as opened:
        yield opened


def run(path: Path, store: ExhibitStore, **options) -> ImportResult:
    return import_file(path, store, SETTINGS, **options)


def problems_of(path: Path, store: ExhibitStore, **options) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(InvalidInput) as caught:
        run(path, store, **options)
    return [(p.row, p.column, p.message) for p in caught.value.problems]


def csv_file(tmp_path: Path, rows: list[list], name: str = "exhibits.csv", **kw) -> Path:
    return write_csv(tmp_path / name, rows, **kw)


# -- formats -------------------------------------------------------------------------


def test_gb18030_csv_with_chinese_headers(tmp_path: Path, store: ExhibitStore) -> None:
    header = ["编号", "类型", "标题", "标题（英文）", "正文", "标签", "标签(英文)",
              "专利号", "申请人", "申请日", "授权日", "IPC分类"]  # fmt: skip
    row = ["", "专利", "枸杞多糖的提取方法", "Extracting goji polysaccharides", BODY, "枸杞、中药",
           "goji; TCM", "ZL 2019 1 0123456.7", "宁夏某研究院", "2019年3月5日", "2021/4/26", "A61K 36/815"]  # fmt: skip
    result = run(csv_file(tmp_path, [header, row], encoding="gb18030"), store)
    assert (result.imported, result.updated, result.skipped, result.report) == (1, 0, 0, None)
    exhibit = store.get("patent-zl2019101234567")
    assert exhibit is not None
    assert exhibit.text["title"] == {"zh": "枸杞多糖的提取方法", "en": "Extracting goji polysaccharides"}
    assert exhibit.text["body"]["zh"] == BODY
    assert exhibit.text["applicant"]["zh"] == "宁夏某研究院"
    assert exhibit.tags == {"zh": ["枸杞", "中药"], "en": ["goji", "TCM"]}
    assert (exhibit.number, exhibit.ipc) == ("ZL 2019 1 0123456.7", "A61K 36/815")
    assert (exhibit.filing_date, exhibit.grant_date) == ("2019-03-05", "2021-04-26")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_csv(tmp_path: Path, store: ExhibitStore, encoding: str) -> None:
    rows = [["id", "kind", "title_zh", "body_en"], ["guide-1", "guide", "如何申请专利", "Line 1\r\nLine 2"]]
    run(csv_file(tmp_path, rows, encoding=encoding), store)
    exhibit = store.get("guide-1")
    assert exhibit is not None and exhibit.text["body"]["en"] == "Line 1\nLine 2"


def test_xlsx_with_date_cells_and_numbers(tmp_path: Path, store: ExhibitStore) -> None:
    header = ["类型", "标题", "注册号", "尼斯分类", "开始时间", "结束时间", "地点（中文）", "排序", "推荐"]
    rows = [
        header,
        ["商标", "贺兰山", 5, 35, None, None, None, 3.0, True],
        ["活动", "启动仪式", None, None, datetime.datetime(2025, 4, 20, 9, 30), "2025/4/20 11:00", "银川", 1, "是"],
    ]
    result = run(write_xlsx(tmp_path / "展品.xlsx", rows, title="展品", before=["说明"]), store)
    assert result.imported == 2
    mark = store.get("trademark-5")
    assert mark is not None and (mark.number, mark.nice_classes, mark.sort_order, mark.featured) == ("5", [35], 3, True)
    event = store.get("event-qi-dong-yi-shi")
    assert event is not None
    assert (event.starts_at, event.ends_at, event.text["place"]["zh"]) == (
        "2025-04-20T09:30",
        "2025-04-20T11:00",
        "银川",
    )


def test_json_with_lists_booleans_and_numbers(tmp_path: Path, store: ExhibitStore) -> None:
    exhibits = [
        {"id": "tm-1", "kind": "trademark", "title_en": "Goji King", "number": 12345678, "nice_classes": [5, 29],
         "tags_en": ["food", "health"], "featured": True, "published": False, "sort_order": 7, "holder_zh": None},
        {"kind": "gi", "Title": "Ningxia goji", "protection_date": "2001.3.15", "product_en": "goji"},
    ]  # fmt: skip
    result = run(write_json(tmp_path / "e.json", exhibits), store)
    assert result.imported == 2
    mark = store.get("tm-1")
    assert mark is not None
    assert (mark.number, mark.nice_classes, mark.tags["en"]) == ("12345678", [5, 29], ["food", "health"])
    assert (mark.featured, mark.published, mark.sort_order) == (True, False, 7)
    gi = store.get("gi-ningxia-goji")
    assert gi is not None and gi.protection_date == "2001-03-15" and gi.text["product"]["en"] == "goji"


def test_every_kind_with_its_fields(tmp_path: Path, store: ExhibitStore) -> None:
    header = ["id", "kind", "title_zh", "number", "applicant_en", "grant_date", "holder_zh", "nice_classes",
              "product_zh", "protection_date", "starts_at", "ends_at", "place_en", "url"]  # fmt: skip
    rows = [
        header,
        ["p", "patent", "专利", "CN1", "Acme", "2020-1-2", "", "", "", "", "", "", "", "https://example.org/p"],
        ["t", "trademark", "商标", "TM1", "", "", "某公司", "5；35", "", "", "", "", "", ""],
        ["g", "gi", "地标", "GI1", "", "", "", "", "枸杞", "2001-03-15", "", "", "", ""],
        ["s", "story", "故事", "", "", "", "", "", "", "", "", "", "", "http://example.org"],
        ["h", "guide", "指南", "", "", "", "", "", "", "", "", "", "", ""],
        ["e", "event", "活动", "", "", "", "", "", "", "", "2025-04-26T14:00", "2025-04-26 16:30", "Hall A", ""],
    ]
    assert run(csv_file(tmp_path, rows), store).imported == 6
    assert store.counts_by_kind() == dict.fromkeys(["patent", "trademark", "gi", "story", "guide", "event"], 1)
    patent, mark, gi, event = (store.get(i) for i in "ptge")
    assert (patent.number, patent.text["applicant"]["en"], patent.grant_date) == ("CN1", "Acme", "2020-01-02")
    assert (mark.text["holder"]["zh"], mark.nice_classes) == ("某公司", [5, 35])
    assert (gi.text["product"]["zh"], gi.protection_date) == ("枸杞", "2001-03-15")
    assert (event.starts_at, event.ends_at, event.text["place"]["en"]) == (
        "2025-04-26T14:00",
        "2025-04-26T16:30",
        "Hall A",
    )


@pytest.mark.parametrize(
    ("value", "kind"),
    [("专利", "patent"), ("PATENT", "patent"), ("Trademark", "trademark"), ("地理标志产品", "gi"),
     ("Geographical Indication", "gi"), ("健康知产故事", "story"), ("指南", "guide"), ("活动", "event"),
     (" 展位活动 ", "event")],
)  # fmt: skip
def test_kind_labels_and_aliases(tmp_path: Path, store: ExhibitStore, value: str, kind: str) -> None:
    rows = [["id", "kind", "title_en", "starts_at"], ["x", value, "X", "2025-04-26 09:00" if kind == "event" else ""]]
    run(csv_file(tmp_path, rows), store)
    assert store.get("x").kind == kind


@pytest.mark.parametrize(
    ("column", "cell", "stored"),
    [
        ("featured", "Y", True), ("featured", "否", False), ("featured", "", False), ("featured", "1", True),
        ("published", "", True), ("published", "no", False), ("published", "FALSE", False),
        ("sort_order", " -2 ", -2), ("sort_order", "", 0),
        ("filing_date", "2019.3.5", "2019-03-05"), ("filing_date", "2019年03月5日", "2019-03-05"),
        ("filing_date", " 2019-03-05 ", "2019-03-05"), ("filing_date", "", ""),
        ("tags_zh", "健康\n中药、枸杞", ["健康", "中药", "枸杞"]), ("tags_zh", '["a; b", "c"]', ["a; b", "c"]),
        ("url", " https://cnipa.gov.cn/x?y=1 ", "https://cnipa.gov.cn/x?y=1"),
        ("title_en", "  spaced  out  ", "  spaced  out  "),
    ],
)  # fmt: skip
def test_cell_formats(tmp_path: Path, store: ExhibitStore, column: str, cell: str, stored: object) -> None:
    rows = [["id", "kind", "title_zh", column], ["x", "patent", "题", cell]]
    run(csv_file(tmp_path, rows), store)
    exhibit = store.get("x")
    if column.startswith("tags_"):
        assert exhibit.tags["zh"] == stored
    elif column == "title_en":
        assert exhibit.text["title"]["en"] == stored
    else:
        assert getattr(exhibit, column) == stored


@pytest.mark.parametrize(
    ("raw", "text"),
    [(5, "5"), (5.0, "5"), (1.5, "1.5"), (True, "TRUE"), (None, ""), (datetime.datetime(2025, 4, 26), "2025-04-26"),
     (datetime.datetime(2025, 4, 26, 9, 30), "2025-04-26 09:30")],
)  # fmt: skip
def test_cells_as_text(raw: object, text: str) -> None:
    assert cells.cell_text(raw) == text


@pytest.mark.parametrize(
    ("raw", "value"),
    [("2025-04-26 9:30", "2025-04-26T09:30"), ("2025/4/26T09:30:59", "2025-04-26T09:30"),
     ("2025年4月26日 14：05", "2025-04-26T14:05"), (datetime.datetime(2025, 4, 26, 8, 0), "2025-04-26T08:00"),
     ("", "")],
)  # fmt: skip
def test_datetimes(raw: object, value: str) -> None:
    assert cells.parse_datetime(raw) == value


# -- problems ------------------------------------------------------------------------


def test_every_problem_names_its_row_and_column(tmp_path: Path, store: ExhibitStore) -> None:
    make_image(tmp_path / "ok.png")
    header = ["编号", "类型", "标题", "Title", "申请日", "开始时间", "结束时间", "排序", "推荐", "链接", "尼斯分类",
              "IPC分类", "标签", "Tags", "图片"]  # fmt: skip
    blank = [""] * len(header)

    def row(**cells: str) -> list[str]:
        out = list(blank)
        for name, value in cells.items():
            out[["id", "kind", "zh", "en", "filed", "start", "end", "order", "featured", "url", "nice", "ipc",
                 "tags_zh", "tags_en", "images"].index(name)] = value  # fmt: skip
        return out

    rows = [
        header,
        row(id="ok", kind="专利", zh="好", images="ok.png"),  # row 2: fine
        row(zh="无类型"),  # 3
        row(kind="书籍", zh="未知类型"),  # 4
        row(kind="story"),  # 5
        row(kind="patent", zh="日期", filed="2019-02-30"),  # 6
        row(kind="event", zh="活动", start="明天"),  # 7
        row(kind="event", zh="无时间", start="2025-04-26"),  # 8
        row(kind="story", zh="排序", order="first"),  # 9
        row(kind="story", zh="推荐", featured="maybe"),  # 10
        row(kind="story", zh="链接", url="www.example.org"),  # 11
        row(kind="trademark", zh="类别", nice="5; 46"),  # 12
        row(kind="event", zh="没有开始"),  # 13
        row(kind="event", zh="倒序", start="2025-04-26 10:00", end="2025-04-26 09:00"),  # 14
        row(kind="trademark", zh="IPC", ipc="A61K"),  # 15
        row(id="ok", kind="story", zh="重复"),  # 16
        row(kind="story", zh="标签", tags_zh="一; 二", tags_en="one"),  # 17
        row(kind="story", zh="没图", images="ok.png; missing.jpg"),  # 18
        row(id="Bad Id", kind="story", zh="编号"),  # 19
        row(kind="story", zh="路径", images="../ok.png"),  # 20
    ]
    path = csv_file(tmp_path, rows)
    assert problems_of(path, store, lang="en") == [
        (3, "类型", "the kind is missing (patent, trademark, gi, story, guide or event)"),
        (
            4,
            "类型",
            "unknown kind '书籍'; use one of patent (专利), trademark (商标), gi (地理标志), story (健康知产故事), "
            "guide (办事指南), event (展位活动)",
        ),
        (5, "标题", "has no title (give 标题 or Title)"),
        (6, "申请日", "'2019-02-30' is not a date: there is no such day"),
        (7, "开始时间", "'明天' is not a date and time (use 2025-04-26 09:30)"),
        (8, "开始时间", "'2025-04-26' needs a time of day too (use 2025-04-26 09:30)"),
        (9, "排序", "'first' is not a whole number"),
        (10, "推荐", "'maybe' is not yes or no (use yes/no, true/false, 1/0 or 是/否)"),
        (11, "链接", "'www.example.org' is not a web address (it must start with http:// or https://)"),
        (12, "尼斯分类", "'46' is not a Nice class (a number from 1 to 45)"),
        (13, "开始时间", "an event needs a start time (开始时间)"),
        (14, "结束时间", "ends (2025-04-26 09:00) before it starts (2025-04-26 10:00)"),
        (15, "IPC分类", "IPC分类 does not apply to a trademark; it is used for: patent"),
        (16, "编号", "id 'ok' is used by row 2 too"),
        (17, "Tags", "2 Chinese tags but 1 English ones; give them in pairs"),
        (18, "图片", f"image 'missing.jpg' is not in {tmp_path}"),
        (
            19,
            "编号",
            "'Bad Id' is not a valid id: use lower-case letters, digits, '.', '_' and '-', starting with a "
            "letter or digit, at most 80",
        ),
        (20, "图片", "image '../ok.png': give a file name inside the images folder, not a path out of it"),
    ]
    assert store.count(published_only=False) == 0


def test_image_refused_by_the_media_pipeline(tmp_path: Path, store: ExhibitStore) -> None:
    images = tmp_path / "pictures"
    make_image(images / "good.jpg")
    (images / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    rows = [["id", "kind", "title_en", "images"], ["a", "story", "A", "good.jpg"], ["b", "story", "B", "broken.jpg"]]
    [(row, column, message)] = problems_of(csv_file(tmp_path, rows), store, images_dir=images)
    assert (row, column) == (3, "images")
    assert message.startswith("image 'broken.jpg' cannot be used: ")


def test_problems_in_json_and_xlsx_name_the_object_or_sheet_row(tmp_path: Path, store: ExhibitStore) -> None:
    objects = [{"kind": "story", "title_en": "ok"}, {"kind": "story", "title_en": ["a"]}, {"kind": "gi", "Title": "x",
               "featured": "perhaps"}]  # fmt: skip
    assert problems_of(write_json(tmp_path / "e.json", objects), store) == [
        (2, "title_en", "expected a single value, not a list"),
        (3, "featured", "'perhaps' is not yes or no (use yes/no, true/false, 1/0 or 是/否)"),
    ]
    objects = [{"kind": "story", "title_en": "\ud800", "tags_en": ["ok", "\udfff"], "url": "https://x.org/\ud800"}]
    (tmp_path / "s.json").write_text(json.dumps(objects), encoding="ascii")  # JSON escapes: "\\ud800"
    assert [column for _, column, _ in problems_of(tmp_path / "s.json", store)] == [
        "title_en",
        "tags_en",
        "url",
    ]
    rows = [["类型", "标题", "申请日"], ["专利", "好", datetime.datetime(2020, 1, 1)], [], ["专利", "坏", "2020-13-01"]]
    assert problems_of(write_xlsx(tmp_path / "e.xlsx", rows), store) == [
        (4, "申请日", "“2020-13-01”不是有效日期：没有这一天")  # Chinese headers: Chinese messages
    ]


def test_whole_file_problems_stop_even_with_skip_invalid(tmp_path: Path, store: ExhibitStore) -> None:
    path = csv_file(tmp_path, [["id", "kind", "title_en", "colour"], ["a", "story", "A", "red"]])
    assert problems_of(path, store, skip_invalid=True) == [(1, "colour", "unknown column 'colour' (column D)")]


def test_nothing_is_imported_when_one_row_is_bad(tmp_path: Path, store: ExhibitStore) -> None:
    make_image(tmp_path / "a.png")
    run(csv_file(tmp_path, [["id", "kind", "title_en", "images"], ["keep", "story", "Before", "a.png"]]), store)
    before = store.get("keep")
    rows = [["id", "kind", "title_en"], ["keep", "story", "After"], ["new", "guide", "New"], ["bad", "guide", ""]]
    assert problems_of(csv_file(tmp_path, rows, name="second.csv"), store) == [
        (4, "title_en", "has no title (give title_zh or title_en)")
    ]
    assert store.count(published_only=False) == 1
    assert store.get("keep") == before and before.text["title"]["en"] == "Before"


def test_a_failed_write_leaves_the_database_as_it_was(tmp_path: Path, store: ExhibitStore) -> None:
    run(csv_file(tmp_path, [["id", "kind", "title_en"], ["keep", "story", "Before"]]), store)
    before = store.get("keep")
    changed = Exhibit("keep", "story", text={"title": {"en": "After"}})
    unstorable = Exhibit("new", "story", text={"title": {"en": "\ud800"}})  # SQLite cannot encode a lone surrogate
    record = {"sha256": "0" * 64, "width": 1, "height": 1, "format": "PNG", "size_bytes": 1, "original": "o",
              "display": "d", "display_width": 1, "display_height": 1, "thumb": "t", "thumb_width": 1,
              "thumb_height": 1}  # fmt: skip
    with pytest.raises(UnicodeEncodeError):
        store.save([changed, unstorable], media=[record])
    assert store.get("keep") == before and store.count(published_only=False) == 1
    assert store.media_for("0" * 64) is None


def test_skip_invalid_imports_the_good_rows_and_writes_a_report(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["id", "kind", "title_en", "filing_date"], ["a", "patent", "A", "2020-01-01"],
            ["b", "patent", "B", "someday"], ["c", "", "C", ""], ["d", "story", "D", ""]]  # fmt: skip
    path = csv_file(tmp_path, rows, name="批量.csv")
    result = run(path, store, skip_invalid=True)
    assert (result.imported, result.updated, result.skipped) == (2, 0, 2)
    assert result.report == tmp_path / "批量.problems.csv"
    assert result.report.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(result.report) == [
        ["file", "row", "column", "problem"],
        [
            "批量.csv",
            "3",
            "filing_date",
            "'someday' is not a date (use 2025-04-26, 2025/4/26, 2025.4.26 or 2025年4月26日)",
        ],
        ["批量.csv", "4", "kind", "the kind is missing (patent, trademark, gi, story, guide or event)"],
    ]
    assert result.problems == [Problem("批量.csv", 3, "filing_date", result.problems[0].message), result.problems[1]]
    assert sorted(e.id for e in store.exhibits(published_only=False)) == ["a", "d"]
    elsewhere = tmp_path / "reports" / "r.csv"
    elsewhere.parent.mkdir()
    assert run(path, store, skip_invalid=True, report_path=elsewhere).report == elsewhere
    assert len(read_csv(elsewhere)) == 3


# -- updates and ids -------------------------------------------------------------------


def test_reimport_updates_without_duplicates(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["kind", "title_zh", "title_en", "number"], ["专利", "枸杞", "Goji", "ZL2019.1"], ["故事", "抗疫", "", ""]]
    path = csv_file(tmp_path, rows)
    first = run(path, store)
    second = run(path, store)
    assert (first.imported, first.updated, second.imported, second.updated) == (2, 0, 0, 2)
    assert sorted(e.id for e in store.exhibits()) == ["patent-zl20191", "story-kang-yi"]


def test_absent_columns_stay_and_empty_cells_clear(tmp_path: Path, store: ExhibitStore) -> None:
    make_image(tmp_path / "a.png")
    rows = [["id", "kind", "title_zh", "title_en", "summary_zh", "tags_zh", "url", "featured", "images"],
            ["x", "story", "旧", "Old", "摘要", "甲; 乙", "https://example.org", "yes", "a.png"]]  # fmt: skip
    run(csv_file(tmp_path, rows), store)
    run(csv_file(tmp_path, [["id", "title_en", "summary_zh", "images"], ["x", "New", "", ""]], name="u.csv"), store)
    exhibit = store.get("x")
    assert exhibit.kind == "story" and exhibit.text["title"] == {"zh": "旧", "en": "New"}
    assert "summary" not in exhibit.text and exhibit.images == []
    assert (exhibit.tags["zh"], exhibit.url, exhibit.featured) == (["甲", "乙"], "https://example.org", True)


def test_changing_the_kind_drops_fields_of_the_old_kind(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["id", "kind", "title_en", "number", "ipc", "applicant_en"], ["x", "patent", "X", "CN1", "A61K", "Acme"]]
    run(csv_file(tmp_path, rows), store)
    run(csv_file(tmp_path, [["id", "kind"], ["x", "trademark"]], name="u.csv"), store)
    exhibit = store.get("x")
    assert (exhibit.kind, exhibit.number, exhibit.ipc, exhibit.text.get("applicant")) == ("trademark", "CN1", "", None)


def test_derived_ids(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["kind", "title_zh", "title_en", "number", "starts_at"],
            ["专利", "枸杞", "Goji", "ZL 2019 1 0123456.7（示例）", ""],
            ["故事", "枸杞的故事", "The Goji Story: Ningxia!", "", ""],
            ["指南", "如何申请地理标志", "", "", ""],
            ["活动", "咨询时间", "Consultation hours", "", "2025-04-21 09:00"],
            ["活动", "咨询时间", "Consultation hours", "", "2025-04-22 09:00"],
            ["story", "🎉", "", "", ""]]  # fmt: skip
    run(csv_file(tmp_path, rows), store)
    ids = {(e.text["title"]["zh"], e.starts_at): e.id for e in store.exhibits()}
    assert ids[("枸杞", "")] == "patent-zl2019101234567"
    assert ids[("枸杞的故事", "")] == "story-the-goji-story-ningxia"
    assert ids[("如何申请地理标志", "")] == "guide-ru-he-shen-qing-di-li-biao-zhi"
    assert ids[("咨询时间", "2025-04-21T09:00")] == "event-consultation-hours"
    assert re.fullmatch(r"event-consultation-hours-[0-9a-f]{8}", ids[("咨询时间", "2025-04-22T09:00")])
    assert re.fullmatch(r"story-[0-9a-f]{8}", ids[("🎉", "")])
    assert run(csv_file(tmp_path, rows), store).updated == 6  # the same file gives the same ids


def test_derived_id_steps_around_a_given_id(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["id", "kind", "title_en"], ["", "story", "Goji"], ["story-goji", "story", "Other"]]
    run(csv_file(tmp_path, rows), store)
    assert store.get("story-goji").text["title"]["en"] == "Other"
    assert next(e.id for e in store.exhibits() if e.id != "story-goji").startswith("story-goji-")
    assert derive_id({"title_en": "no kind"}) == ""


def test_kind_comes_from_the_stored_exhibit_when_not_given(tmp_path: Path, store: ExhibitStore) -> None:
    run(csv_file(tmp_path, [["id", "kind", "title_en"], ["x", "guide", "Guide"]]), store)
    result = run(csv_file(tmp_path, [["id", "title_en"], ["x", "Guide 2"]], name="u.csv"), store)
    assert result.updated == 1 and store.get("x").kind == "guide"
    assert problems_of(csv_file(tmp_path, [["id", "title_en"], ["y", "New"]], name="n.csv"), store) == [
        (2, "kind", "the kind is missing (patent, trademark, gi, story, guide or event)")
    ]


# -- images ------------------------------------------------------------------------------


def test_images_from_a_folder_and_next_to_the_file(tmp_path: Path, store: ExhibitStore) -> None:
    folder = tmp_path / "photos"
    make_image(folder / "goji.jpg", (800, 600))
    make_image(folder / "sub" / "field.png", (300, 400), "#a33")
    rows = [
        ["id", "kind", "title_en", "images"],
        ["a", "gi", "A", "goji.jpg；sub/field.png"],
        ["b", "gi", "B", "goji.jpg"],
    ]
    seen: list[tuple[int, int]] = []
    run(csv_file(tmp_path, rows), store, images_dir=folder, on_progress=lambda done, total: seen.append((done, total)))
    a, b = store.get("a"), store.get("b")
    assert image_names(a.images) == ["goji.jpg", "sub/field.png"] and b.images == a.images[:1]
    assert (a.images[0].width, a.images[0].height, a.images[1].width) == (800, 600, 300)
    assert all(
        (store.folder / image.display).is_file() and (store.folder / image.thumb).is_file() for image in a.images
    )
    assert store.media_for(a.images[1].sha256)["format"] == "PNG"
    assert seen[-1] == (2, 2)
    make_image(tmp_path / "near.jpg")
    run(csv_file(tmp_path, [["id", "kind", "title_en", "images"], ["c", "gi", "C", "near.jpg"]], name="n.csv"), store)
    assert image_names(store.get("c").images) == ["near.jpg"]
