"""What the browse screens show: kind tiles, gallery facets and cards, the attract loop, the week's events.

Everything here is computed from the store in both languages at once, so the
interface switches language by picking the other string, never by asking
again. A gallery of 100,000 exhibits costs only its row numbers up front; its
light cards (no bodies) are fetched a page at a time as the visitor scrolls.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kiosk.core.exhibits.model import KINDS, LANGS, Filters
from kiosk.core.exhibits.present import shown_number
from kiosk.core.exhibits.store import ExhibitStore

ALL = "all"  # the gallery of every kind
KIND_ORDER: tuple[str, ...] = tuple(KINDS)  # the order of the home tiles
ALL_LABEL = {"zh": "全部展品", "en": "All exhibits"}
PAGE_SIZE = 100  # cards fetched at once as a gallery scrolls
MAX_PAGES = 40  # pages kept in memory: a few screens either way of where the visitor is
MAX_ROWS = 10_000_000  # a gallery lists every exhibit that passes its filters
CHUNK = 10_000  # row numbers per query, well under SQLite's limit on bound variables
FEATURED_MAX = 24  # slides in the attract loop
FEATURED_SCAN = 400  # exhibits looked at, in display order, to find the slides


def pick(values: dict[str, str], lang: str) -> str:
    """The value in `lang`, else in the first other language that has one."""
    return values.get(lang) or next((values[other] for other in LANGS if values.get(other)), "")


def kind_label(kind: str, lang: str) -> str:
    """A kind's name for visitors; ALL names the gallery of every kind."""
    if kind in KINDS:
        return KINDS[kind].zh if lang == "zh" else KINDS[kind].en
    return pick(ALL_LABEL, lang)


@lru_cache(maxsize=8192)
def _tags(text: str | None) -> tuple[str, ...]:
    # Tag lists repeat across a catalogue, so each distinct JSON text is parsed once.
    return tuple(json.loads(text or "[]"))


@dataclass(frozen=True, slots=True)
class Card:
    """An exhibit as a gallery, the attract loop and the events list show it: no summary, no body."""

    num: int
    id: str
    kind: str
    title: dict[str, str]
    number: str = ""
    thumb: str = ""  # first image's renditions, relative to the content folder; "" when none
    display: str = ""
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    region: dict[str, str] = field(default_factory=dict)
    place: dict[str, str] = field(default_factory=dict)
    starts_at: str = ""
    ends_at: str = ""
    featured: bool = False

    @classmethod
    def from_row(cls, row: dict) -> Card:
        def per_lang(name: str) -> dict[str, str]:
            return {lang: row.get(f"{name}_{lang}") or "" for lang in LANGS}

        return cls(
            num=row["num"], id=row["id"], kind=row["kind"], title=per_lang("title"), number=row.get("number") or "",
            thumb=row.get("thumb") or "", display=row.get("display") or "",
            tags={lang: _tags(row.get(f"tags_{lang}")) for lang in LANGS}, region=per_lang("region"),
            place=per_lang("place"), starts_at=row.get("starts_at") or "", ends_at=row.get("ends_at") or "",
            featured=bool(row.get("featured")),
        )  # fmt: skip

    def title_in(self, lang: str) -> str:
        return pick(self.title, lang)

    def number_in(self, lang: str) -> str:
        """The number, one value for both languages, with English punctuation on an English page."""
        return shown_number(self.number, lang)

    def kind_label(self, lang: str) -> str:
        return kind_label(self.kind, lang)


def card_rows(store: ExhibitStore, nums: Sequence[int]) -> Iterator[dict]:
    """The store's light rows for row numbers, any number of them, in no particular order."""
    for start in range(0, len(nums), CHUNK):
        yield from store.card_rows(list(nums[start : start + CHUNK]))


def cards(store: ExhibitStore, nums: Sequence[int]) -> list[Card]:
    """Cards for row numbers, in their order (numbers of exhibits that no longer exist are skipped)."""
    found = {row["num"]: Card.from_row(row) for row in card_rows(store, nums)}
    return [found[num] for num in nums if num in found]


def gallery_nums(store: ExhibitStore, kind: str, tag: str = "", region: str = "") -> list[int]:
    """Row numbers of a gallery's published exhibits in display order; "" means any tag or region."""
    filters = Filters(kind=None if kind == ALL else kind, tag=tag or None, region=region or None)
    return store.filtered_nums(filters, limit=MAX_ROWS)


class CardPager:
    """The cards of a long list of row numbers, fetched a page at a time and only the recent pages kept."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[Card]], nums: Iterable[int] = ()):
        self._fetch = fetch
        self._nums = array("q", nums)  # 8 bytes a row: 100,000 rows are 800 kB
        self._pages: OrderedDict[int, list[Card]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._nums)

    @property
    def pages_loaded(self) -> int:
        return len(self._pages)

    def card(self, row: int) -> Card | None:
        """The card of `row`, or None when its exhibit vanished since the numbers were read."""
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _load(self, page_no: int) -> list[Card]:
        nums = self._nums[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        by_num = {card.num: card for card in self._fetch(nums)}
        page = [by_num.get(num) for num in nums]
        self._pages[page_no] = page  # type: ignore[assignment]
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page  # type: ignore[return-value]


# -- home tiles -------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    kind: str
    count: int
    thumb: str = ""  # a thumbnail from one of the kind's exhibits, "" when none has an image

    def label(self, lang: str) -> str:
        return kind_label(self.kind, lang)


def kind_tiles(store: ExhibitStore) -> list[Tile]:
    """A tile per kind that has published exhibits, in KIND_ORDER, with its count and a picture.

    A kind with none gets no tile: it would open an empty gallery."""
    counts = store.counts_by_kind()
    tiles = []
    for kind in (kind for kind in KIND_ORDER if counts.get(kind)):
        first = cards(store, store.filtered_nums(Filters(kind=kind), limit=24))
        thumb = next((card.thumb for card in first if card.thumb), "")
        tiles.append(Tile(kind, counts[kind], thumb))
    return tiles


# -- the attract loop ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide of the attract loop: an exhibit's card, and the summary shown when it has no picture."""

    card: Card
    summary: dict[str, str] = field(default_factory=dict)

    @property
    def picture(self) -> str:
        """The largest rendition there is (display, else thumbnail); "" for a slide drawn without one."""
        return self.card.display or self.card.thumb

    def summary_in(self, lang: str) -> str:
        return pick(self.summary, lang)


def featured(store: ExhibitStore, limit: int = FEATURED_MAX) -> list[Slide]:
    """Slides for the attract loop: the exhibits staff featured, in display order, picture or not.

    With nothing featured, exhibits with a picture stand in; with no pictures either, the first
    exhibits: the loop is never empty while anything is published.
    """
    shown = cards(store, store.filtered_nums(Filters(), limit=FEATURED_SCAN))  # featured come first
    chosen = (
        [card for card in shown if card.featured][:limit]
        or [card for card in shown if card.display or card.thumb][:limit]
        or shown[:limit]
    )
    summaries = {exhibit.id: exhibit.text.get("summary", {}) for exhibit in store.by_nums([c.num for c in chosen])}
    return [Slide(card, summaries.get(card.id, {})) for card in chosen]


# -- facets --------------------------------------------------------------------------


@dataclass(frozen=True)
class Facet:
    """A tag or region a gallery can be narrowed to: `key` is what the store filters on."""

    key: str
    labels: dict[str, str]
    count: int

    def label(self, lang: str) -> str:
        return pick(self.labels, lang) or self.key


@dataclass(frozen=True)
class Facets:
    tags: list[Facet]
    regions: list[Facet]


def _tag_names(tags: dict[str, tuple[str, ...]]) -> list[dict[str, str]]:
    """Each tag in every language: lists of equal length are translations of each other."""
    lists = {lang: tags[lang] for lang in LANGS if tags.get(lang)}
    if not lists:
        return []
    if len({len(names) for names in lists.values()}) == 1:
        return [dict(zip(lists, names, strict=True)) for names in zip(*lists.values(), strict=True)]
    lang, names = next(iter(lists.items()))  # no way to pair them: the first language's tags alone
    return [{lang: name} for name in names]


class _Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.labels: defaultdict[str, defaultdict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))

    def add(self, names: dict[str, str], weight: int) -> str:
        key = next(names[lang] for lang in LANGS if names.get(lang))
        for lang, name in names.items():
            self.labels[key][lang][name] += weight
        return key

    def facets(self) -> list[Facet]:
        # Most common first; ties by key, so the order is the same in every language.
        ordered = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return [Facet(key, _most_common(self.labels[key]), count) for key, count in ordered]


def _most_common(labels: dict[str, Counter[str]]) -> dict[str, str]:
    return {lang: counter.most_common(1)[0][0] for lang, counter in labels.items()}


class _FacetTally:
    def __init__(self) -> None:
        self.tags, self.regions = _Tally(), _Tally()

    def add_tags(self, tags: dict[str, tuple[str, ...]], weight: int = 1) -> None:
        """Count `weight` exhibits with these tags (each tag once per exhibit)."""
        for key in {self.tags.add(names, weight) for names in _tag_names(tags)}:
            self.tags.counts[key] += weight

    def add_region(self, region: dict[str, str], weight: int = 1) -> None:
        region = {lang: name for lang, name in region.items() if name}
        if region:
            self.regions.counts[self.regions.add(region, weight)] += weight

    def facets(self) -> Facets:
        return Facets(self.tags.facets(), self.regions.facets())


def facets(shown: Iterable[Card]) -> Facets:
    """The tags and regions present among cards, each counted once per exhibit."""
    tally = _FacetTally()
    for card in shown:
        tally.add_tags(card.tags)
        tally.add_region(card.region)
    return tally.facets()


_TAG_COLUMNS = tuple(f"tags_{lang}" for lang in LANGS)
_REGION_COLUMNS = tuple(f"region_{lang}" for lang in LANGS)


def facets_by_kind(store: ExhibitStore, nums: Sequence[int] | None = None) -> dict[str, Facets]:
    """Facets of every kind's gallery and of ALL, in one pass over the published exhibits
    (`nums`: their row numbers, when the caller has them already).

    Exhibits share far fewer lists of tags, and regions, than there are exhibits, so those
    are counted first and each is read once (100,000 exhibits take about a second).
    """
    tag_lists: Counter[tuple] = Counter()
    regions: Counter[tuple] = Counter()
    for row in card_rows(store, store.filtered_nums(Filters(), limit=MAX_ROWS) if nums is None else nums):
        tag_lists[(row["kind"], *(row[column] for column in _TAG_COLUMNS))] += 1
        regions[(row["kind"], *(row[column] for column in _REGION_COLUMNS))] += 1
    tallies = defaultdict(_FacetTally)
    for (kind, *texts), weight in tag_lists.items():
        tags = {lang: _tags(text) for lang, text in zip(LANGS, texts, strict=True)}
        for tally in (tallies[kind], tallies[ALL]):
            tally.add_tags(tags, weight)
    for (kind, *names), weight in regions.items():
        for tally in (tallies[kind], tallies[ALL]):
            tally.add_region(dict(zip(LANGS, names, strict=True)), weight)
    return {kind: tallies[kind].facets() for kind in (*KIND_ORDER, ALL, *tallies)}
