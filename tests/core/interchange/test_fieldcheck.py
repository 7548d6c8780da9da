"""The staff editor's checks: one field at a time, by import's rules and in import's words."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import KINDS, Exhibit, ImageRef, columns
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange import fieldcheck
from kiosk.core.interchange.fieldcheck import (
    check_field,
    exhibit_problems,
    get_value,
    missing_translations,
    set_value,
    value_text,
)
from kiosk.core.interchange.headers import header_label
from kiosk.core.interchange.importer import ImportRefused, import_file
from tests.core.helpers import write_csv

SETTINGS = Settings({"media.workers": 1})

# -- one field --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "text", "value"),
    [
        ("title_zh", "  枸杞多糖的提取方法 ", "  枸杞多糖的提取方法 "),  # text is kept as written
        ("body_en", "First.\r\n\r\n- one\r\n- two", "First.\n\n- one\n- two"),
        ("tags_zh", "健康、中医药；枸杞", ["健康", "中医药", "枸杞"]),
        ("tags_en", '["Smith, John", "health"]', ["Smith, John", "health"]),
        ("tags_en", "", []),
        ("number", "ZL 2019 1 0123456.7", "ZL 2019 1 0123456.7"),
        ("nice_classes", "5；第29类, 35类", [5, 29, 35]),
        ("filing_date", "2019年3月5日", "2019-03-05"),
        ("protection_date", "2001/3/15", "2001-03-15"),
        ("visible_from", "2026.4.20", "2026-04-20"),
        ("visible_until", "", ""),
        ("starts_at", "2026/4/26 9:30", "2026-04-26T09:30"),
        ("featured", "是", True),
        ("featured", "", False),
        ("published", "", True),
        ("published", "no", False),
        ("single_language", "TRUE", True),
        ("sort_order", "-3", -3),
        ("sort_order", "", 0),
        ("url", " https://www.cnipa.gov.cn/ ", "https://www.cnipa.gov.cn/"),
        ("id", "patent-goji-01", "patent-goji-01"),
        ("kind", "专利", "patent"),
        ("kind", "Geographical indication", "gi"),
        ("images", "goji.jpg；lab/test.png", ["goji.jpg", "lab/test.png"]),
    ],
)
def test_what_staff_type_is_read_as_import_reads_a_cell(column: str, text: str, value: object) -> None:
    assert check_field(column, text) == (value, None)


@pytest.mark.parametrize(
    ("column", "text", "zh", "en"),
    [
        ("filing_date", "someday", "“someday”不是日期（请写成 2025-04-26、2025/4/26、2025.4.26 或 2025年4月26日）",
         "'someday' is not a date (use 2025-04-26, 2025/4/26, 2025.4.26 or 2025年4月26日)"),
        ("visible_from", "2026-02-30", "“2026-02-30”不是有效日期：没有这一天",
         "'2026-02-30' is not a date: there is no such day"),
        ("starts_at", "2026-04-26", "“2026-04-26”还需要写上时刻（例如 2025-04-26 09:30）",
         "'2026-04-26' needs a time of day too (use 2025-04-26 09:30)"),
        ("nice_classes", "5; 46; 0", "“46”不是尼斯分类（应为 1 到 45 的数字）；“0”不是尼斯分类（应为 1 到 45 的数字）",
         "'46' is not a Nice class (a number from 1 to 45); '0' is not a Nice class (a number from 1 to 45)"),
        ("featured", "maybe", "“maybe”不是“是”或“否”（请填 是/否、yes/no、true/false 或 1/0）",
         "'maybe' is not yes or no (use yes/no, true/false, 1/0 or 是/否)"),
        ("sort_order", "1.5", "“1.5”不是整数", "'1.5' is not a whole number"),
        ("url", "www.cnipa.gov.cn", "“www.cnipa.gov.cn”不是网址（应以 http:// 或 https:// 开头）",
         "'www.cnipa.gov.cn' is not a web address (it must start with http:// or https://)"),
        ("kind", "", "缺少类型（专利、商标、地理标志、健康知产故事、办事指南或展位活动）",
         "the kind is missing (patent, trademark, gi, story, guide or event)"),
        ("id", "Goji 01", "“Goji 01”不是有效的编号：只能用小写字母、数字和 . _ -，以字母或数字开头，最多 80 个字符",
         "'Goji 01' is not a valid id: use lower-case letters, digits, '.', '_' and '-', starting with a letter or "
         "digit, at most 80"),
    ],
)  # fmt: skip
def test_a_wrong_value_is_refused_in_the_staffs_language(column: str, text: str, zh: str, en: str) -> None:
    assert check_field(column, text) == (None, zh)  # Chinese unless asked
    assert check_field(column, text, "en") == (None, en)


ROW_KIND = {"filing_date": "patent", "nice_classes": "trademark", "ends_at": "event"}


@pytest.mark.parametrize(
    ("column", "text"),
    [("filing_date", "2019-13-01"), ("nice_classes", "5, 99, 第0类"), ("ends_at", "soon"), ("url", "ftp://x.cn"),
     ("kind", "plant"), ("visible_until", "tomorrow"), ("published", "perhaps"), ("sort_order", "first")],
)  # fmt: skip
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_words_are_those_an_import_of_the_same_cell_gives(
    tmp_path: Path, column: str, text: str, lang: str
) -> None:
    cells = {"kind": ROW_KIND.get(column, "story"), "title_zh": "标题", "starts_at": "2026-04-26 09:30", column: text}
    rows = [[header_label(c, lang) for c in cells], list(cells.values())]
    with ExhibitStore.open(tmp_path / "content") as store, pytest.raises(ImportRefused) as caught:
        import_file(write_csv(tmp_path / "e.csv", rows), store, SETTINGS, lang=lang)
    said = [p.message for p in caught.value.problems if p.column == header_label(column, lang)]
    assert said and check_field(column, text, lang) == (None, ("；" if lang == "zh" else "; ").join(said))


def test_an_unknown_column_is_a_mistake_of_the_caller() -> None:
    with pytest.raises(ValueError, match="title_fr"):
        check_field("title_fr", "Titre")
    with pytest.raises(ValueError, match="title"):
        get_value(Exhibit("a", "story"), "title")  # localized fields are named with their language


# -- the whole exhibit ----------------------------------------------------------------------------


def good(kind: str) -> Exhibit:
    """A complete exhibit of `kind` with nothing wrong and nothing left untranslated."""
    exhibit = Exhibit(f"{kind}-1", kind, text={"title": {"zh": "枸杞", "en": "Goji"}})
    extra = {
        "patent": {"number": "ZL 2019 1 0123456.7", "filing_date": "2019-03-05", "grant_date": "2021-04-26"},
        "trademark": {"number": "12345678", "nice_classes": [5, 29]},
        "gi": {"product_zh": "枸杞", "product_en": "Goji", "protection_date": "2001-03-15"},
        "event": {"starts_at": "2026-04-26T09:30", "ends_at": "2026-04-26T11:00"},
    }.get(kind, {})
    for column, value in extra.items():
        set_value(exhibit, column, value)
    return exhibit


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_good_exhibit_of_every_kind_has_no_problem(kind: str) -> None:
    assert exhibit_problems(good(kind)) == {} == exhibit_problems(good(kind), "en")
    assert missing_translations(good(kind)) == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_title_in_any_language(kind: str) -> None:
    exhibit = good(kind)
    set_value(exhibit, "title_zh", "")
    set_value(exhibit, "title_en", "   ")
    assert exhibit_problems(exhibit) == {"title_zh": "没有标题（请填写“标题（中文）”或“标题（英文）”）"}
    assert exhibit_problems(exhibit, "en") == {"title_zh": "has no title (give Title (Chinese) or Title (English))"}


def test_an_event_needs_a_start_and_must_not_end_before_it() -> None:
    event = good("event")
    set_value(event, "ends_at", "2026-04-26T08:00")
    assert exhibit_problems(event, "en") == {"ends_at": "ends (2026-04-26 08:00) before it starts (2026-04-26 09:30)"}
    assert exhibit_problems(event) == {"ends_at": "结束时间（2026-04-26 08:00）早于开始时间（2026-04-26 09:30）"}
    set_value(event, "starts_at", "")
    assert exhibit_problems(event) == {"starts_at": "展位活动需要开始时间（“开始时间”）"}
    assert exhibit_problems(event, "en") == {"starts_at": "an event needs a start time (Starts)"}


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_window_that_ends_before_it_starts(kind: str) -> None:
    exhibit = good(kind)
    set_value(exhibit, "visible_from", "2026-04-26")
    set_value(exhibit, "visible_until", "2026-04-20")
    assert exhibit_problems(exhibit) == {"visible_until": "展示结束日期（2026-04-20）早于展示开始日期（2026-04-26）"}
    assert exhibit_problems(exhibit, "en") == {
        "visible_until": "stops being shown (2026-04-20) before it starts being shown (2026-04-26)"
    }
    set_value(exhibit, "visible_until", "2026-04-26")  # one day is a window too
    assert exhibit_problems(exhibit) == {}


def test_tags_in_both_languages_come_in_pairs() -> None:
    exhibit = good("story")
    set_value(exhibit, "tags_zh", ["健康", "中医药"])
    set_value(exhibit, "tags_en", ["health"])
    assert exhibit_problems(exhibit) == {"tags_en": "中文标签有 2 个，英文标签却有 1 个；请一一对应"}
    set_value(exhibit, "tags_en", [])  # one language alone is a missing translation, not a problem
    assert exhibit_problems(exhibit, "en") == {}
    assert missing_translations(exhibit) == ["tags_en"]


def test_a_field_its_kind_does_not_use() -> None:
    patent = good("patent")
    set_value(patent, "holder_zh", "某枸杞有限公司")
    set_value(patent, "place_en", "Booth A")
    assert exhibit_problems(patent) == {
        "holder_zh": "“注册人（中文）”不适用于专利，只用于：商标",
        "place_en": "“地点（英文）”不适用于专利，只用于：展位活动",
    }
    assert exhibit_problems(patent, "en")["holder_zh"] == (
        "Holder (Chinese) does not apply to a patent; it is used for: trademark"
    )
    story = good("story")
    set_value(story, "number", "ZL 1")
    assert exhibit_problems(story, "en") == {
        "number": "Number does not apply to a story; it is used for: patent, trademark, gi"
    }


def test_several_problems_at_once() -> None:
    event = Exhibit("e", "event", visible_from="2026-05-01", visible_until="2026-04-01", ipc="A61K")
    assert set(exhibit_problems(event)) == {"title_zh", "starts_at", "visible_until", "ipc"}


# -- translations ---------------------------------------------------------------------------------


def test_fields_filled_in_one_language_only() -> None:
    patent = Exhibit("p", "patent", text={"title": {"zh": "枸杞"}, "body": {"en": "Body"}, "applicant": {"zh": "院"}})
    patent.text["summary"] = {"zh": " ", "en": ""}  # blank in both: nothing to translate
    assert missing_translations(patent) == ["title_en", "body_zh", "applicant_en"]


@pytest.mark.parametrize(
    ("kind", "field"), [("patent", "applicant"), ("trademark", "holder"), ("gi", "product"), ("event", "place")]
)
def test_only_the_fields_of_the_kind_count(kind: str, field: str) -> None:
    others = {"applicant", "holder", "product", "place"} - {field}
    exhibit = Exhibit("x", kind, text={"title": {"zh": "枸杞", "en": "Goji"}})
    for name in (field, *others):
        set_value(exhibit, f"{name}_zh", "中文")
    assert missing_translations(exhibit) == [f"{field}_en"]


def test_single_language_on_purpose_has_nothing_missing_unless_asked() -> None:
    story = Exhibit("s", "story", text={"title": {"zh": "抗疫故事"}, "region": {"en": "Yinchuan"}})
    story.single_language = True
    assert missing_translations(story) == []
    assert missing_translations(story, ignore_mark=True) == ["title_en", "region_zh"]


# -- values and their text --------------------------------------------------------------------------


SAMPLES: dict[str, object] = {
    "id": "gi-ningxia-goji.2026_1",
    "kind": "trademark",
    "number": "第 12345678 号",
    "ipc": "A61K 36/815",
    "nice_classes": [5, 29, 35],
    "filing_date": "2019-03-05",
    "grant_date": "2021-04-26",
    "protection_date": "2001-03-15",
    "starts_at": "2026-04-26T09:30",
    "ends_at": "2026-04-26T17:30",
    "featured": True,
    "sort_order": -12,
    "published": False,
    "visible_from": "2026-04-20",
    "visible_until": "2026-04-26",
    "single_language": True,
    "url": "https://www.cnipa.gov.cn/guide?a=1&b=2",
}
HOSTILE_TEXT = [
    "枸杞多糖的提取方法",
    "Smith, John; “知识产权、健康”",
    "He said \"goji\" and 'wolfberry'",
    "👩‍⚕️ 抗疫 🍒, 2026",
    '["not", "a list"]',
    "a\nb\n\nc",
    "",
    "  spaced  ",
]
HOSTILE_TAGS = [["Smith, John", "知识产权、健康"], ["a; b"], ["[1]"], ['["x"]'], ["😀", "“引号”"], ["第5类"]]


def value_for(column: str, n: int = 0) -> object:
    spec_type = fieldcheck.SPECS[column].type
    if spec_type == "tags":
        return HOSTILE_TAGS[n % len(HOSTILE_TAGS)]
    if spec_type == "text":
        return HOSTILE_TEXT[n % len(HOSTILE_TEXT)]
    if spec_type == "images":
        return [ImageRef("ab" * 32, "goji, 1.jpg", 640, 480, "media/d.jpg", "media/t.jpg")]
    return SAMPLES[column]


def assert_round_trip(exhibit: Exhibit, column: str, lang: str = "en") -> None:
    text = value_text(exhibit, column, lang)
    expected = get_value(exhibit, column)
    if column == "images":
        expected = [image.name for image in expected]
    assert check_field(column, text, lang) == (expected, None), (column, text)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("n", range(len(HOSTILE_TEXT)))
def test_every_column_of_every_kind_reads_back_what_it_shows(kind: str, n: int) -> None:
    exhibit = Exhibit(f"{kind}-x", kind)
    for column in columns():
        set_value(exhibit, column, value_for(column, n))
    exhibit.kind = kind
    for column in columns():
        for lang in ("zh", "en"):
            assert_round_trip(exhibit, column, lang)


def test_the_editor_shows_values_as_staff_write_them() -> None:
    exhibit = Exhibit("t", "trademark", nice_classes=[5, 35], starts_at="2026-04-26T09:30", featured=True)
    exhibit.tags = {"zh": ["健康", "知识产权、健康"], "en": ["health", "IP"]}
    assert value_text(exhibit, "nice_classes") == "5; 35"
    assert value_text(exhibit, "tags_en") == "health; IP"
    assert json.loads(value_text(exhibit, "tags_zh")) == ["健康", "知识产权、健康"]  # an item holds a separator
    assert value_text(exhibit, "starts_at") == "2026-04-26 09:30"
    assert (value_text(exhibit, "featured", "zh"), value_text(exhibit, "featured")) == ("是", "yes")
    assert value_text(exhibit, "sort_order") == "0" and value_text(exhibit, "title_zh") == ""


def test_hostile_strings_in_every_text_and_list_column(corpora: Path) -> None:
    lines = (corpora / "naughty-strings" / "blns.txt").read_text(encoding="utf-8").splitlines()
    strings = [line for line in lines if line and not line.startswith("#")]
    exhibit = Exhibit("x", "event")
    text_columns = [c for c in columns() if fieldcheck.SPECS[c].type == "text"]
    for s in strings:
        for column in (c for c in columns() if c != "images"):
            value, message = check_field(column, s, "en")  # never raises: a value or what is wrong
            assert (value is None) != (message is None)
            if message is None:  # "0" as a sort order, "TRUE" as yes, ...: read back the same
                set_value(exhibit, column, value)
                assert_round_trip(exhibit, column)
        for column in text_columns:
            assert check_field(column, s) == (s, None)
            set_value(exhibit, column, s)
            assert_round_trip(exhibit, column)
        set_value(exhibit, "tags_en", [s.strip()] if s.strip() else [])
        assert_round_trip(exhibit, "tags_en")
        set_value(exhibit, "tags_zh", check_field("tags_zh", s)[0])
        assert_round_trip(exhibit, "tags_zh")


# -- reading and writing one column ---------------------------------------------------------------


def full(kind: str) -> Exhibit:
    exhibit = Exhibit(f"{kind}-full", kind)
    for n, column in enumerate(columns()):
        set_value(exhibit, column, value_for(column, n))
    exhibit.kind = kind
    return exhibit


@pytest.mark.parametrize("kind", list(KINDS))
def test_get_value_is_json_and_setting_it_back_changes_nothing(kind: str) -> None:
    exhibit = full(kind)
    for column in columns():
        if column == "images":
            assert get_value(exhibit, column) == exhibit.images and get_value(exhibit, column) is not exhibit.images
            continue
        again = copy.deepcopy(exhibit)
        set_value(again, column, json.loads(json.dumps(get_value(exhibit, column), ensure_ascii=False)))
        assert again == exhibit, column


def test_get_value_is_a_copy_history_can_keep() -> None:
    exhibit = full("trademark")
    before = get_value(exhibit, "tags_zh"), get_value(exhibit, "nice_classes")
    exhibit.tags["zh"].append("新")
    exhibit.nice_classes.append(45)
    assert (get_value(exhibit, "tags_zh"), get_value(exhibit, "nice_classes")) != before
    assert "新" not in before[0] and 45 not in before[1]


def test_columns_land_where_the_store_keeps_them(tmp_path: Path) -> None:
    exhibit = Exhibit("patent-1", "patent")
    edits = {
        "title_zh": "枸杞多糖", "title_en": 'Goji, "polysaccharides"', "tags_zh": ["健康"], "tags_en": ["health"],
        "applicant_zh": "宁夏研究院", "filing_date": "2019-03-05", "featured": True, "sort_order": 3,
        "visible_from": "2026-04-20", "single_language": False, "url": "https://example.cn/a",
    }  # fmt: skip
    for column, value in edits.items():
        set_value(exhibit, column, value)
    assert exhibit.text["title"] == {"zh": "枸杞多糖", "en": 'Goji, "polysaccharides"'}
    assert exhibit.tags == {"zh": ["健康"], "en": ["health"]} and exhibit.filing_date == "2019-03-05"
    with ExhibitStore.open(tmp_path) as store:
        store.save([exhibit])
        stored = store.get("patent-1")
    assert stored is not None and {column: get_value(stored, column) for column in edits} == edits
    set_value(stored, "applicant_zh", "")  # empty in every language: gone, as the store gives it back
    assert "applicant" not in stored.text


def test_kind_fields_and_labels() -> None:
    assert fieldcheck.kind_fields("event")[-4:] == ["starts_at", "ends_at", "place_zh", "place_en"]
    assert "visible_until" in fieldcheck.kind_fields("guide") and "images" not in fieldcheck.kind_fields("guide")
    assert fieldcheck.label("visible_from", "zh") == "展示开始"
    assert fieldcheck.label("title_en", "en") == "Title (English)"
