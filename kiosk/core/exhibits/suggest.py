"""What to offer a visitor whose search found nothing, or who has not typed yet.

A visitor at a booth rarely retypes a search that failed: the kiosk offers
ways on instead, each one tap away:
- the longest shorter search that finds something (words dropped from the end,
  or characters from the end of a single Chinese word);
- the pinyin initials of the Chinese typed, which still find a title when a
  homophone was picked on the keyboard (知识钞权 -> zscq finds 知识产权);
- common tags, the kinds of exhibit, and three featured exhibits.
Each suggestion has a label in the visitor's language and the route it opens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.core.exhibits.model import KINDS, Exhibit
from kiosk.core.exhibits.search import search
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.exhibits.textindex import CJK_RUN, has_cjk, pinyin_tokens

GROUPS = ("shorter", "initials", "tag", "kind", "featured")
SAMPLE_SIZE = 200  # exhibits looked at for common tags: the first in display order, cheap at any size
TAG_COUNT = 8
FEATURED_COUNT = 3
_MIN_CJK_PREFIX = 2
_SEPARATORS = re.compile(r"[\s,，、;；:：]+")


@dataclass(frozen=True)
class Suggestion:
    group: str  # one of GROUPS
    label: str  # in the visitor's language
    route: str  # "search/<query>", "gallery/<kind>" or "exhibit/<id>"

    @property
    def query(self) -> str:
        """The search this suggestion runs, or "" when it opens another screen."""
        return self.route.removeprefix("search/") if self.route.startswith("search/") else ""


def _search_route(query: str) -> str:
    return f"search/{query}"


def _finds(store: ExhibitStore, query: str) -> bool:
    return bool(search(store, query, limit=1))


def shorter_queries(query: str) -> Iterator[str]:
    """Shorter forms of `query`, longest first: words dropped from the end, then
    characters from the end of a first word in Chinese."""
    words = [w for w in _SEPARATORS.split(query.strip()) if w]
    for n in range(len(words) - 1, 0, -1):
        yield " ".join(words[:n])
    if words and has_cjk(words[0]):
        for n in range(len(words[0]) - 1, _MIN_CJK_PREFIX - 1, -1):
            yield words[0][:n]


def initials_query(query: str) -> str:
    """The query with each Chinese word replaced by its pinyin initials ("" when it has no Chinese)."""
    if not has_cjk(query):
        return ""
    words = []
    for word in (w for w in _SEPARATORS.split(query.strip()) if w):
        runs = CJK_RUN.findall(word)
        initials = [pinyin_tokens(run)[1] for run in runs]
        if runs and all(len(tokens) == len(run) for tokens, run in zip(initials, runs, strict=True)):
            word = "".join(tokens[0] for tokens in initials)  # the first suffix token spans the whole run
        words.append(word)
    joined = " ".join(words)
    return "" if has_cjk(joined) else joined


def common_tags(exhibits: list[Exhibit], lang: str, count: int = TAG_COUNT) -> list[str]:
    """The tags most used among `exhibits`, in `lang` (most used first, then alphabetically)."""
    counts = Counter(tag for exhibit in exhibits for tag in dict.fromkeys(exhibit.tags_in(lang)))
    return [tag for tag, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:count]


def kind_suggestions(counts: dict[str, int], lang: str) -> list[Suggestion]:
    """Every kind that has published exhibits, in the kiosk's order of kinds."""
    return [
        Suggestion("kind", kind.zh if lang == "zh" else kind.en, f"gallery/{key}")
        for key, kind in KINDS.items()
        if counts.get(key)
    ]


def featured_suggestions(exhibits: list[Exhibit], lang: str, count: int = FEATURED_COUNT) -> list[Suggestion]:
    """Featured exhibits in display order (the first exhibits when none is featured)."""
    chosen = [e for e in exhibits if e.featured][:count] or exhibits[:count]
    return [Suggestion("featured", e.t("title", lang), f"exhibit/{e.id}") for e in chosen]


def sample(store: ExhibitStore, size: int = SAMPLE_SIZE) -> list[Exhibit]:
    """The first published exhibits in display order (featured first): what tags and featured are taken from."""
    return search(store, "", limit=size)


def starters(store: ExhibitStore, lang: str, exhibits: list[Exhibit] | None = None) -> list[Suggestion]:
    """What to offer before anything is typed: common tags and the kinds."""
    exhibits = sample(store) if exhibits is None else exhibits
    tags = [Suggestion("tag", tag, _search_route(tag)) for tag in common_tags(exhibits, lang)]
    return tags + kind_suggestions(store.counts_by_kind(), lang)


def suggest(store: ExhibitStore, query: str, lang: str, exhibits: list[Exhibit] | None = None) -> list[Suggestion]:
    """Suggestions for a query that found nothing, in `lang`; `exhibits` is a sample() to reuse."""
    exhibits = sample(store) if exhibits is None else exhibits
    out: list[Suggestion] = []
    shorter = next((q for q in shorter_queries(query) if _finds(store, q)), "")
    if shorter:
        out.append(Suggestion("shorter", shorter, _search_route(shorter)))
    initials = initials_query(query)
    if initials and initials != shorter and _finds(store, initials):
        out.append(Suggestion("initials", initials, _search_route(initials)))
    return out + starters(store, lang, exhibits) + featured_suggestions(exhibits, lang)
