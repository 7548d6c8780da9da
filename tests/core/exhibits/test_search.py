"""Search as a visitor uses it: Chinese, pinyin, initials, English, numbers, filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.exhibits.model import Exhibit, Filters
from kiosk.core.exhibits.search import build_query, search, typed_query
from kiosk.core.exhibits.store import ExhibitStore


def exhibit(id_: str, kind: str, zh: str, en: str, **more) -> Exhibit:
    body = more.pop("body", {})
    return Exhibit(id=id_, kind=kind, text={"title": {"zh": zh, "en": en}, "body": body}, **more)


CATALOGUE = [
    exhibit("guide-ip", "guide", "知识产权维权指南", "How to enforce your IP",
            tags={"zh": ["维权"], "en": ["Enforcement"]}),
    exhibit("patent-goji", "patent", "枸杞多糖提取方法", "Goji polysaccharide extraction",
            number="ZL 2021 1 0456789.1（示例 Example）", tags={"zh": ["枸杞"], "en": ["Goji"]}),
    exhibit("tm-wolfberry", "trademark", "塞上红商标", "Saishang Red trademark", number="第 61234567 号",
            body={"zh": "一个枸杞品牌的故事。", "en": "A goji brand's story about protection."}),
    exhibit("story-mask", "story", "口罩假冒案", "The counterfeit mask case",
            body={"zh": "执法队查处假冒口罩，保护知识产权。", "en": "Enforcement teams seized fake masks."}),
    exhibit("gi-hidden", "gi", "隐藏的枸杞", "Hidden goji", published=False),
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    with ExhibitStore.open(tmp_path_factory.mktemp("search")) as opened:
        opened.save(CATALOGUE)
        region = opened.get("story-mask")
        region.text["region"] = {"zh": "银川市", "en": "Yinchuan"}
        opened.save([region])
        yield opened


def ids(store: ExhibitStore, query: str, **filters) -> list[str]:
    return [e.id for e in search(store, query, Filters(**filters))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("知识产权", "guide-ip"),  # Chinese characters
        ("维权", "guide-ip"),
        ("zhishichanquan", "guide-ip"),  # full pinyin
        ("zhishic", "guide-ip"),  # unfinished last syllable
        ("zhi shi", "guide-ip"),  # syllables typed apart
        ("zscq", "guide-ip"),  # pinyin initials
        ("ZSCQ", "guide-ip"),
        ("gqdt", "patent-goji"),
        ("enfor", "guide-ip"),  # English word prefix
        ("Polysacch", "patent-goji"),
        ("ZL 2021 1 0456789.1", "patent-goji"),  # registration number as printed
        ("ZL202110456789.1", "patent-goji"),  # without spaces
        ("2021104567891", "patent-goji"),  # without letters, spaces or dots
        ("2021 1045 6789", "patent-goji"),  # spaced differently, unfinished
        ("61234567", "tm-wolfberry"),
        ("ｇｏｊｉ", "patent-goji"),  # full-width letters as a Chinese keyboard types them
    ],
)
def test_query_finds_exhibit(store: ExhibitStore, query: str, expected: str) -> None:
    assert expected in ids(store, query)


def test_title_matches_come_before_body_matches(store: ExhibitStore) -> None:
    found = ids(store, "枸杞")
    assert found[0] == "patent-goji"
    assert "tm-wolfberry" in found  # found through its body text, after the title match


def test_every_word_must_match(store: ExhibitStore) -> None:
    assert ids(store, "goji extraction") == ["patent-goji"]
    assert ids(store, "goji nothinglikethis") == []


def test_hidden_exhibits_are_never_found(store: ExhibitStore) -> None:
    assert "gi-hidden" not in ids(store, "隐藏")
    assert "gi-hidden" not in ids(store, "")


def test_filters_by_kind_tag_and_region(store: ExhibitStore) -> None:
    assert ids(store, "枸杞", kind="trademark") == ["tm-wolfberry"]
    assert ids(store, "", tag="Goji") == ["patent-goji"]
    assert ids(store, "", tag="枸杞") == ["patent-goji"]
    assert ids(store, "", region="银川市") == ["story-mask"]
    assert ids(store, "mask", region="Yinchuan") == ["story-mask"]
    assert ids(store, "mask", region="Guyuan") == []


def test_empty_query_lists_everything_published(store: ExhibitStore) -> None:
    assert sorted(ids(store, "  ")) == ["guide-ip", "patent-goji", "story-mask", "tm-wolfberry"]


@pytest.mark.parametrize("query", ['"', "***", "AND", 'NOT "(', "title: x", "NEAR(a b)", "a* OR b", "-", "^", "\\"])
def test_query_syntax_in_input_never_breaks_search(store: ExhibitStore, query: str) -> None:
    assert isinstance(search(store, query), list)


def test_punctuation_only_finds_nothing(store: ExhibitStore) -> None:
    assert ids(store, "？！。") == []
    assert build_query("？！。") is None


def test_strings_from_the_corpus_are_found_by_themselves(corpora: Path, tmp_path: Path) -> None:
    lines = (corpora / "naughty-strings" / "blns.txt").read_text(encoding="utf-8").splitlines()
    strings = [s for s in lines if s.strip() and not s.startswith("#")]
    missed = []
    with ExhibitStore.open(tmp_path) as store:
        for n, text in enumerate(strings):
            store.save([Exhibit(id=f"s{n}", kind="story", text={"title": {"zh": text, "en": text}})])
            found = [e.id for e in search(store, text)]
            if build_query(text) is not None and found != [f"s{n}"]:
                missed.append(text)
            assert store.get(f"s{n}").t("title", "zh") == text
            store.delete(f"s{n}")
    assert missed == []


def test_a_pre_edit_is_searched_without_the_keyboards_spaces() -> None:
    assert typed_query("", "z s c q", 0) == "zscq"
    assert typed_query("", "zhi shi", 0) == "zhishi"
    assert typed_query("知识", "chan quan", 2) == "知识 chanquan"
    assert typed_query("中宁 berries", "gou qi", 2) == "中宁 gouqi berries"
    assert typed_query("枸杞", "", 2) == "枸杞"
    assert typed_query("枸杞", " ", 99) == "枸杞"
