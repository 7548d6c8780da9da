"""Suggestions for a search that found nothing, and before anything is typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.core.exhibits import suggest
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.exhibits.suggest import Suggestion


def exhibit(id_: str, kind: str, zh: str, en: str, **more) -> Exhibit:
    return Exhibit(id=id_, kind=kind, text={"title": {"zh": zh, "en": en}}, **more)


CATALOGUE = [
    exhibit("guide-ip", "guide", "知识产权维权指南", "How to enforce your IP",
            tags={"zh": ["维权", "咨询"], "en": ["Enforcement", "Advice"]}, featured=True, sort_order=2),
    exhibit("gi-goji", "gi", "中宁枸杞", "Zhongning goji", tags={"zh": ["枸杞"], "en": ["Goji"]},
            featured=True, sort_order=1),
    exhibit("patent-goji", "patent", "枸杞多糖提取方法", "Goji polysaccharide extraction",
            tags={"zh": ["枸杞", "创新"], "en": ["Goji", "Innovation"]}),
    exhibit("story-mask", "story", "口罩假冒案", "The counterfeit mask case", tags={"zh": ["维权"]}),
    exhibit("patent-hidden", "patent", "隐藏专利", "Hidden", featured=True, published=False),
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExhibitStore]:
    with ExhibitStore.open(tmp_path_factory.mktemp("suggest")) as opened:
        opened.save(CATALOGUE)
        yield opened


def groups(items: list[Suggestion], group: str) -> list[tuple[str, str]]:
    return [(s.label, s.route) for s in items if s.group == group]


def test_shorter_queries_longest_first() -> None:
    assert list(suggest.shorter_queries("goji extraction xyz")) == ["goji extraction", "goji"]
    assert list(suggest.shorter_queries("枸杞多糖量子")) == ["枸杞多糖量", "枸杞多糖", "枸杞多", "枸杞"]
    assert list(suggest.shorter_queries("   ")) == []


def test_initials_of_chinese_words() -> None:
    assert suggest.initials_query("知识钞权") == "zscq"
    assert suggest.initials_query("枸杞 2021") == "gq 2021"
    assert suggest.initials_query("goji") == ""


def test_a_no_hit_query_gets_every_kind_of_suggestion(store: ExhibitStore) -> None:
    items = suggest.suggest(store, "知识钞权", "zh")
    assert groups(items, "shorter") == [("知识", "search/知识")]
    assert groups(items, "initials") == [("zscq", "search/zscq")]
    assert items[1].query == "zscq"
    assert groups(items, "tag") == [("枸杞", "search/枸杞"), ("维权", "search/维权"), ("创新", "search/创新"),
                                    ("咨询", "search/咨询")]  # fmt: skip
    assert groups(items, "kind") == [("专利", "gallery/patent"), ("地理标志", "gallery/gi"),
                                     ("健康知产故事", "gallery/story"), ("办事指南", "gallery/guide")]  # fmt: skip
    assert groups(items, "featured") == [("中宁枸杞", "exhibit/gi-goji"), ("知识产权维权指南", "exhibit/guide-ip")]
    assert [s.group for s in items] == sorted((s.group for s in items), key=suggest.GROUPS.index)
    assert items[-1].query == ""


def test_suggestions_in_english(store: ExhibitStore) -> None:
    items = suggest.suggest(store, "goji zebra", "en")
    assert groups(items, "shorter") == [("goji", "search/goji")]
    assert groups(items, "initials") == []
    assert groups(items, "tag")[0] == ("Goji", "search/Goji")
    assert ("Enforcement", "search/Enforcement") in groups(items, "tag")
    assert groups(items, "kind")[0] == ("Patent", "gallery/patent")
    assert groups(items, "featured")[0] == ("Zhongning goji", "exhibit/gi-goji")


def test_nothing_shorter_when_nothing_matches(store: ExhibitStore) -> None:
    items = suggest.suggest(store, "zebra quagga", "en")
    assert groups(items, "shorter") == groups(items, "initials") == []
    assert groups(items, "tag")


def test_starters_are_tags_and_kinds(store: ExhibitStore) -> None:
    items = suggest.starters(store, "en")
    assert {s.group for s in items} == {"tag", "kind"}


def test_featured_falls_back_to_the_first_exhibits() -> None:
    plain = [exhibit(f"e{i}", "story", f"故事{i}", f"Story {i}") for i in range(5)]
    assert [s.route for s in suggest.featured_suggestions(plain, "en")] == ["exhibit/e0", "exhibit/e1", "exhibit/e2"]
