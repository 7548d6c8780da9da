"""The exhibit page's content: fields per kind and language, body blocks, related exhibits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.core.exhibits import present
from kiosk.core.exhibits.model import Exhibit, ImageRef
from kiosk.core.exhibits.present import Block
from kiosk.core.exhibits.store import ExhibitStore


def exhibit(id_: str, kind: str, **more) -> Exhibit:
    text = more.pop("text", {"title": {"zh": f"{id_} 标题", "en": f"{id_} title"}})
    return Exhibit(id=id_, kind=kind, text=text, **more)


def pairs(ex: Exhibit, lang: str) -> list[tuple[str, str]]:
    return [(f.label, f.value) for f in present.fields(ex, lang)]


PATENT = exhibit(
    "p1",
    "patent",
    number="ZL 2021 1 0456789.1",
    text={"applicant": {"zh": "宁夏某公司", "en": "Ningxia Co."}},
    filing_date="2021-03-01",
    grant_date="2023-06-20",
    ipc="C08B 37/00",
)


def test_patent_fields_in_both_languages() -> None:
    assert pairs(PATENT, "zh") == [
        ("专利号", "ZL 2021 1 0456789.1"),
        ("申请人", "宁夏某公司"),
        ("申请日", "2021年3月1日"),
        ("授权日", "2023年6月20日"),
        ("IPC分类", "C08B 37/00"),
    ]
    assert pairs(PATENT, "en") == [
        ("Patent number", "ZL 2021 1 0456789.1"),
        ("Applicant", "Ningxia Co."),
        ("Filing date", "1 March 2021"),
        ("Grant date", "20 June 2023"),
        ("IPC class", "C08B 37/00"),
    ]


def test_empty_fields_are_left_out_and_text_falls_back_to_the_other_language() -> None:
    ex = exhibit("p2", "patent", text={"applicant": {"zh": "", "en": "Only English Ltd."}}, grant_date="2020-01-05")
    assert pairs(ex, "zh") == [("申请人", "Only English Ltd."), ("授权日", "2020年1月5日")]


def visible(text: str) -> str:
    """What a visitor reads: without the characters that only keep words together."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


def test_trademark_nice_classes() -> None:
    ex = exhibit("t1", "trademark", number="第 45678123 号", nice_classes=[5, 30])
    (number, classes) = present.fields(ex, "zh")
    assert (number.label, number.value) == ("注册号", "第 45678123 号")
    assert (classes.label, visible(classes.value)) == ("尼斯分类", "第5类、第30类")
    assert visible(present.fields(ex, "en")[-1].value) == "Classes 5 and 30"
    assert visible(present.format_classes([32], "en")) == "Class 32"


def test_a_nice_class_never_breaks_across_lines() -> None:
    """Only after "、" may a line break: each "第32类" is joined by word joiners, which forbid one."""
    zh = present.format_classes([5, 29, 30, 32], "zh")
    for label in zh.split("、"):
        assert label == "\u2060".join(("第", label.strip("第类\u2060"), "类"))
    assert "Classes\u00a05" in present.format_classes([5, 32], "en")
    assert "and\u00a032" in present.format_classes([5, 32], "en")


@pytest.mark.parametrize(
    ("value", "english"),
    [
        ("第 45678123 号（示例 Example）", "第 45678123 号 (示例 Example)"),
        ("GI 2005-011（示例 Example）", "GI 2005-011 (示例 Example)"),
        ("ZL 2021 1 0456789.1 【示例】", "ZL 2021 1 0456789.1 [示例]"),
        ("《商标法》第57条", "“商标法” 第57条"),
        ("C08B 37/00", "C08B 37/00"),
    ],
)
def test_english_pages_show_numbers_with_latin_punctuation(value: str, english: str) -> None:
    ex = exhibit("p3", "patent", number=value, ipc=value)
    assert [f.value for f in present.fields(ex, "en")] == [english, english]
    assert [f.value for f in present.fields(ex, "zh")] == [value, value]  # Chinese pages keep it as entered


def test_gi_fields_include_the_region() -> None:
    text = {"product": {"zh": "枸杞", "en": "Goji"}, "region": {"zh": "中卫市", "en": "Zhongwei"}}
    ex = exhibit("g1", "gi", number="GI 2005-011", protection_date="2005-06-18", text=text)
    assert pairs(ex, "en") == [
        ("Registration number", "GI 2005-011"),
        ("Product", "Goji"),
        ("Protection date", "18 June 2005"),
        ("Region", "Zhongwei"),
    ]
    assert pairs(ex, "zh")[2:] == [("保护日期", "2005年6月18日"), ("地区", "中卫市")]


@pytest.mark.parametrize(
    ("starts", "ends", "zh", "en"),
    [
        ("2027-04-20T09:30", "2027-04-20T10:30", "2027年4月20日 09:30–10:30", "20 April 2027, 09:30–10:30"),
        ("2027-04-20T09:00", "2027-04-26T17:30", "2027年4月20日–4月26日 09:00–17:30", "20–26 April 2027, 09:00–17:30"),
        ("2027-04-30T09:00", "2027-05-02T17:00", "2027年4月30日–5月2日 09:00–17:00",
         "30 April – 2 May 2027, 09:00–17:00"),
        ("2027-04-20T14:00", "", "2027年4月20日 14:00", "20 April 2027, 14:00"),
    ],
)  # fmt: skip
def test_event_when(starts: str, ends: str, zh: str, en: str) -> None:
    ex = exhibit("e1", "event", starts_at=starts, ends_at=ends, text={"place": {"zh": "展位", "en": "Booth"}})
    assert pairs(ex, "zh") == [("时间", zh), ("地点", "展位")]
    assert pairs(ex, "en") == [("When", en), ("Place", "Booth")]


def test_story_and_guide_show_region_and_tags() -> None:
    ex = exhibit("s1", "story", text={"region": {"zh": "银川市", "en": ""}}, tags={"zh": ["枸杞", "品牌"]})
    assert pairs(ex, "zh") == [("地区", "银川市"), ("标签", "枸杞、品牌")]
    assert pairs(ex, "en") == [("Region", "银川市"), ("Tags", "枸杞, 品牌")]  # falls back to Chinese
    assert pairs(exhibit("s2", "guide"), "en") == []


def test_dates_that_are_not_iso_are_shown_as_given() -> None:
    assert present.format_date("2021", "zh") == "2021"
    assert present.format_date("2021-02-30", "en") == "2021-02-30"


def test_body_paragraphs_and_lists() -> None:
    body = (
        "First paragraph\nstill the first.\n\n"
        "Steps:\n1. Search first.\n2. Prepare the documents.\n  and sign them.\n"
        "Then wait.\n\n• one\n- two\n\n3、第三步"
    )
    assert present.body_blocks(body) == [
        Block("paragraph", "First paragraph\nstill the first."),
        Block("paragraph", "Steps:"),
        Block("number", "Search first.", "1."),
        Block("number", "Prepare the documents.\nand sign them.", "2.", starts_group=False),
        Block("paragraph", "Then wait."),
        Block("bullet", "one", "•"),
        Block("bullet", "two", "•", starts_group=False),
        Block("number", "第三步", "3."),
    ]


def test_body_markup_stays_literal() -> None:
    body = "<b>bold</b> & <img src=x>\n\n- <a href='y'>link</a>"
    assert present.body_blocks(body) == [
        Block("paragraph", "<b>bold</b> & <img src=x>"),
        Block("bullet", "<a href='y'>link</a>", "•"),
    ]


def test_body_edge_cases() -> None:
    assert present.body_blocks("") == []
    assert present.body_blocks("\r\n\r\nonly\r\n") == [Block("paragraph", "only")]
    # Not list markers: a decimal number, a negative number, a bare dash
    assert [b.kind for b in present.body_blocks("3.5 mm wide\n\n-5 degrees\n\n-")] == ["paragraph"] * 3


def test_display_images_prefer_display_renditions() -> None:
    images = [ImageRef("a", "a.jpg", display="media/d/a.jpg", thumb="media/t/a.jpg"), ImageRef("b", "b.jpg")]
    images.append(ImageRef("c", "c.jpg", thumb="media/t/c.jpg"))
    assert present.display_images(exhibit("x", "story", images=images)) == ["media/d/a.jpg", "media/t/c.jpg"]


def test_image_aspect_of_the_first_image_within_limits() -> None:
    def aspect(*sizes: tuple[int, int]) -> float:
        return present.image_aspect(exhibit("x", "story", images=[ImageRef("a", "a", w, h) for w, h in sizes]))

    assert aspect((0, 0), (1600, 1200)) == 4 / 3
    assert aspect((1000, 3000)) == 0.75
    assert aspect((4000, 1000)) == 2.0
    assert aspect() == 16 / 9


RELATED = [
    exhibit("self", "patent", tags={"zh": ["枸杞", "创新"], "en": ["Goji", "Innovation"]},
            text={"region": {"zh": "中卫市", "en": "Zhongwei"}}),
    exhibit("two-tags", "story", tags={"zh": ["枸杞", "创新"]}),
    exhibit("one-tag-patent", "patent", tags={"en": ["Goji"]}, sort_order=5),
    exhibit("one-tag-story", "story", tags={"zh": ["创新"]}),
    exhibit("one-tag-featured", "guide", tags={"zh": ["创新"]}, featured=True),
    exhibit("same-kind", "patent", sort_order=1),
    exhibit("same-region", "gi", text={"region": {"zh": "", "en": "Zhongwei"}}),
    exhibit("hidden", "patent", tags={"zh": ["枸杞", "创新"]}, published=False),
    exhibit("unrelated", "event", tags={"zh": ["会议"]}),
    exhibit("same-kind-2", "patent", sort_order=2),
]  # fmt: skip
# Same kind on a shared topic, then more shared tags, then the same kind, then the same region.
RELATED_ORDER = ["one-tag-patent", "two-tags", "one-tag-featured", "one-tag-story", "same-kind", "same-kind-2"]


def test_rank_related() -> None:
    ranked = present.rank_related(RELATED[0], RELATED[::-1])
    assert [e.id for e in ranked] == RELATED_ORDER
    assert [e.id for e in present.rank_related(RELATED[0], RELATED, limit=10)] == [*RELATED_ORDER, "same-region"]


@pytest.fixture
def store(tmp_path) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path / "content") as opened:
        opened.save(RELATED)
        yield opened


def test_related_from_the_store(store: ExhibitStore) -> None:
    assert [e.id for e in present.related(store, store.get("self"))] == RELATED_ORDER
    assert [e.id for e in present.related(store, store.get("unrelated"))] == []
