"""Import problems: every fault of every cell in one run, in the staff's language, naming their columns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.importer import ImportRefused, import_file
from tests.core.helpers import make_image, read_csv, write_csv, write_json, write_xlsx

SETTINGS = Settings({"media.workers": 1})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path / "content") as opened:
        yield opened


def refused(path: Path, store: ExhibitStore, **options) -> tuple[str, list[tuple[int | None, str | None, str]]]:
    with pytest.raises(ImportRefused) as caught:
        import_file(path, store, SETTINGS, **options)
    return caught.value.lang, [(p.row, p.column, p.message) for p in caught.value.problems]


def test_every_fault_of_a_cell_and_of_a_row_in_one_run(tmp_path: Path, store: ExhibitStore) -> None:
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    rows = [
        ["kind", "title_en", "filing_date", "nice_classes", "images", "featured"],
        ["trademark", "Mark", "someday", "5; 46; 0", "", ""],  # a bad date that does not belong here either
        ["", "", "", "", "", "maybe"],  # no kind, no title, a bad yes/no
        ["story", "Story", "", "", "broken.jpg", "perhaps"],  # a damaged image beside another fault
    ]
    lang, problems = refused(write_csv(tmp_path / "e.csv", rows), store)
    assert lang == "en"
    assert problems[:7] == [
        (2, "filing_date", "'someday' is not a date (use 2025-04-26, 2025/4/26, 2025.4.26 or 2025年4月26日)"),
        (2, "nice_classes", "'46' is not a Nice class (a number from 1 to 45)"),
        (2, "nice_classes", "'0' is not a Nice class (a number from 1 to 45)"),
        (2, "filing_date", "filing_date does not apply to a trademark; it is used for: patent"),
        (3, "featured", "'maybe' is not yes or no (use yes/no, true/false, 1/0 or 是/否)"),
        (3, "kind", "the kind is missing (patent, trademark, gi, story, guide or event)"),
        (3, "title_en", "has no title (give title_zh or title_en)"),
    ]
    assert problems[7] == (4, "featured", "'perhaps' is not yes or no (use yes/no, true/false, 1/0 or 是/否)")
    assert problems[8][:2] == (4, "images") and problems[8][2].startswith("image 'broken.jpg' cannot be used: ")
    assert len(problems) == 9 and store.count(published_only=False) == 0


def test_an_unknown_column_and_the_rows_problems_come_together(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["类型", "标题（中文）", "颜色", "申请日"], ["专利", "甲", "红", "2020-13-01"]]
    _, problems = refused(write_csv(tmp_path / "e.csv", rows), store, skip_invalid=True)
    assert problems == [
        (1, "颜色", "未知的列“颜色”（第 C 列）"),
        (2, "申请日", "“2020-13-01”不是有效日期：没有这一天"),
    ]
    assert not (tmp_path / "e.problems.csv").exists()  # a file with an unknown column stops even skip_invalid


def test_chinese_headers_give_chinese_messages_with_the_headers_as_written(tmp_path: Path, store: ExhibitStore) -> None:
    rows = [["编号", "类型", "标题（中文）", "Title (English)", "IPC分类", "开始时间", "结束时间"],
            ["", "商标", "贺兰山", "", "A61K", "", ""],
            ["", "活动", "", "", "", "", ""],
            ["", "活动", "讲座", "", "", "2025-04-26 10:00", "2025-04-26 09:00"],
            ["Bad", "书籍", "", "", "", "", ""]]  # fmt: skip
    path = write_xlsx(tmp_path / "展品.xlsx", rows)
    lang, problems = refused(path, store)
    assert lang == "zh"
    assert problems == [
        (2, "IPC分类", "“IPC分类”不适用于商标，只用于：专利"),
        (3, "标题（中文）", "没有标题（请填写“标题（中文）”或“Title (English)”）"),
        (3, "开始时间", "展位活动需要开始时间（“开始时间”）"),
        (4, "结束时间", "结束时间（2025-04-26 09:00）早于开始时间（2025-04-26 10:00）"),
        (5, "编号", "“Bad”不是有效的编号：只能用小写字母、数字和 . _ -，以字母或数字开头，最多 80 个字符"),
        (5, "类型", "未知的类型“书籍”；请填写：专利、商标、地理标志、健康知产故事、办事指南、展位活动"),
        (5, "标题（中文）", "没有标题（请填写“标题（中文）”或“Title (English)”）"),
    ]
    _, english = refused(path, store, lang="en")
    assert english[0] == (2, "IPC分类", "IPC分类 does not apply to a trademark; it is used for: patent")


def test_a_missing_column_is_named_as_the_file_would_name_it(tmp_path: Path, store: ExhibitStore) -> None:
    path = write_csv(tmp_path / "e.csv", [["类型", "摘要"], ["活动", "简介"]])
    assert refused(path, store)[1] == [
        (2, None, "没有标题（请填写“标题（中文）”或“标题（英文）”）"),
        (2, "开始时间", "展位活动需要开始时间（“开始时间”）"),
    ]
    path = write_csv(tmp_path / "f.csv", [["Kind", "Summary"], ["event", "text"]])
    assert refused(path, store)[1][1] == (2, "Starts", "an event needs a start time (Starts)")


def test_json_and_whole_file_faults_in_the_staff_language(tmp_path: Path, store: ExhibitStore) -> None:
    path = write_json(tmp_path / "e.json", [{"类型": "故事", "标题": ["甲"], "推荐": "也许"}])
    assert refused(path, store) == (
        "zh",
        [
            (1, "标题", "这里只能填一个值，不能是列表"),
            (1, "推荐", "“也许”不是“是”或“否”（请填 是/否、yes/no、true/false 或 1/0）"),
        ],
    )
    (tmp_path / "展品.csv").write_bytes(b"id,kind\n\x81\x30\xff\xff,patent\n")  # neither UTF-8 nor GB18030
    assert refused(tmp_path / "展品.csv", store)[1][0][2].startswith("既不是 UTF-8 也不是 GB18030")
    assert refused(tmp_path / "展品.csv", store, lang="en")[1][0][2].startswith("is neither UTF-8 nor GB18030")


def test_the_report_follows_the_same_rules(tmp_path: Path, store: ExhibitStore) -> None:
    make_image(tmp_path / "ok.png")
    rows = [["类型", "标题（中文）", "申请日", "图片"], ["专利", "好", "2020-01-01", "ok.png"],
            ["商标", "坏", "某天", "gone.png"]]  # fmt: skip
    result = import_file(write_csv(tmp_path / "展品.csv", rows), store, SETTINGS, skip_invalid=True)
    assert (result.imported, result.skipped, result.lang) == (1, 1, "zh")
    assert read_csv(result.report) == [
        ["文件", "行", "列", "问题"],
        ["展品.csv", "3", "申请日", "“某天”不是日期（请写成 2025-04-26、2025/4/26、2025.4.26 或 2025年4月26日）"],
        ["展品.csv", "3", "申请日", "“申请日”不适用于商标，只用于：专利"],
        ["展品.csv", "3", "图片", f"图片“gone.png”不在 {tmp_path} 中"],
    ]
    result = import_file(write_csv(tmp_path / "展品.csv", rows), store, SETTINGS, skip_invalid=True, lang="en")
    assert read_csv(result.report)[0] == ["file", "row", "column", "problem"]
    assert read_csv(result.report)[1][3].startswith("'某天' is not a date")
