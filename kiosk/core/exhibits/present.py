"""What the exhibit page shows: its fields, its body as blocks, and related exhibits.

Everything here is plain text in the visitor's language, falling back to the
other language where a value is empty (as Exhibit.t does). The interface only
lays these out: which fields a kind shows, how dates read, where a list starts
and which exhibits are related are all decided here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.core.exhibits.model import FIELD_BY_NAME, KINDS, Exhibit, Filters
from kiosk.core.exhibits.store import ExhibitStore

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip

# The fields each kind shows, in order; "when" is an event's start and end together.
PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "patent": ("number", "applicant", "filing_date", "grant_date", "ipc"),
    "trademark": ("number", "holder", "nice_classes"),
    "gi": ("number", "product", "protection_date", "region"),
    "event": ("when", "place"),
    "story": ("region", "tags"),
    "guide": ("region", "tags"),
}
# A registration number reads better under the name it has for its kind.
_NUMBER_LABELS = {
    "patent": ("专利号", "Patent number"),
    "trademark": ("注册号", "Registration number"),
    "gi": ("登记号", "Registration number"),
}
_WHEN_LABEL = ("时间", "When")


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    value: str


@dataclass(frozen=True)
class Block:
    """One block of body text: a paragraph, or an item of a bulleted or numbered list."""

    kind: str  # "paragraph", "bullet" or "number"
    text: str
    marker: str = ""  # "•" for a bullet, "1." for a numbered item
    starts_group: bool = True  # False for a list item that follows another item of the same list


# -- dates -----------------------------------------------------------------------------------


def _parse_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def format_date(iso: str, lang: str) -> str:
    """'2021年3月1日' or '1 March 2021'; text that is not an ISO date is shown as it is."""
    day = _parse_date(iso)
    if day is None:
        return iso
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _parse_datetime(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def _date_range(start: date, end: date, lang: str) -> str:
    if lang == "zh":
        if start.year != end.year:
            return f"{format_date(start.isoformat(), lang)}–{format_date(end.isoformat(), lang)}"
        return f"{start.year}年{start.month}月{start.day}日–{end.month}月{end.day}日"
    if start.year != end.year:
        return f"{format_date(start.isoformat(), lang)} – {format_date(end.isoformat(), lang)}"
    if start.month != end.month:
        return f"{start.day} {_EN_MONTHS[start.month - 1]} – {end.day} {_EN_MONTHS[end.month - 1]} {end.year}"
    return f"{start.day}–{end.day} {_EN_MONTHS[end.month - 1]} {end.year}"


def format_when(starts_at: str, ends_at: str, lang: str) -> str:
    """An event's date and time range: '2027年4月20日 09:30–10:30' or '20 April 2027, 09:30–10:30'.

    An event over several days reads '2027年4月20日–4月26日 09:00–17:30' / '20–26 April 2027, 09:00–17:30'.
    """
    start, end = _parse_datetime(starts_at), _parse_datetime(ends_at)
    if start is None:
        return starts_at
    times = f"{start:%H:%M}"
    days = format_date(starts_at, lang)
    if end is not None:
        times = f"{start:%H:%M}–{end:%H:%M}"
        if end.date() != start.date():
            days = _date_range(start.date(), end.date(), lang)
    return f"{days} {times}" if lang == "zh" else f"{days}, {times}"


_WORD_JOINER = "\u2060"  # no line break here: "第32类" never wraps as "第32 / 类"
_NO_BREAK_SPACE = "\u00a0"


def format_classes(classes: list[int], lang: str) -> str:
    """Nice classes: '第5类、第30类' or 'Classes 5 and 30', each class kept together on one line."""
    if not classes:
        return ""
    if lang == "zh":
        return "、".join(_WORD_JOINER.join(("第", str(c), "类")) for c in classes)
    if len(classes) == 1:
        return f"Class{_NO_BREAK_SPACE}{classes[0]}"
    numbers = [str(c) for c in classes]
    return f"Classes{_NO_BREAK_SPACE}{', '.join(numbers[:-1])} and{_NO_BREAK_SPACE}{numbers[-1]}"


# Full-width punctuation in a value entered once for both languages (a number's "（示例 Example）"),
# and what an English page shows instead.
_LATIN = str.maketrans(
    {"（": " (", "）": ") ", "【": " [", "】": "] ", "〔": " [", "〕": "] ", "《": " “", "》": "” ", "「": " “",
     "」": "” ", "『": " “", "』": "” ", "，": ", ", "、": ", ", "：": ": ", "；": "; ", "！": "! ", "？": "? ",
     "。": ". "}
)  # fmt: skip
_SPACES = re.compile(r" {2,}")
_SPACE_BEFORE_CLOSE = re.compile(r" +(?=[)\]”,.;:!?])")


def shown_number(number: str, lang: str) -> str:
    """A registration number as a card or result row in `lang` shows it (entered once for both languages)."""
    return latin_punctuation(number) if lang == "en" else number


def latin_punctuation(text: str) -> str:
    """`text` with Chinese brackets and punctuation in their Latin form, spaced as English is."""
    if text.isascii():
        return text
    latin = _SPACES.sub(" ", text.translate(_LATIN))
    return _SPACE_BEFORE_CLOSE.sub("", latin).strip()


# -- fields ----------------------------------------------------------------------------------


def _label(kind: str, key: str, lang: str) -> str:
    if key == "when":
        zh, en = _WHEN_LABEL
    elif key == "number" and kind in _NUMBER_LABELS:
        zh, en = _NUMBER_LABELS[kind]
    else:
        spec = FIELD_BY_NAME[key]
        zh, en = spec.zh, spec.en
    return zh if lang == "zh" else en


def _value(exhibit: Exhibit, key: str, lang: str) -> str:
    if key == "when":
        return format_when(exhibit.starts_at, exhibit.ends_at, lang) if exhibit.starts_at else ""
    if key == "tags":
        return ("、" if lang == "zh" else ", ").join(exhibit.tags_in(lang))
    if key == "nice_classes":
        return format_classes(exhibit.nice_classes, lang)
    spec = FIELD_BY_NAME[key]
    if spec.localized:
        return exhibit.t(key, lang)
    value = str(getattr(exhibit, key))
    if spec.type == "date" and value:
        return format_date(value, lang)
    # One value for both languages: on an English page its punctuation is English too.
    return latin_punctuation(value) if lang == "en" else value


def fields(exhibit: Exhibit, lang: str) -> list[Field]:
    """The (label, value) fields that matter for the exhibit's kind, empty ones left out."""
    out = []
    for key in PAGE_FIELDS.get(exhibit.kind, ()):
        value = _value(exhibit, key, lang).strip()
        if value:
            out.append(Field(key, _label(exhibit.kind, key, lang), value))
    return out


def kind_label(kind: str, lang: str) -> str:
    found = KINDS.get(kind)
    if found is None:
        return kind
    return found.zh if lang == "zh" else found.en


def display_images(exhibit: Exhibit) -> list[str]:
    """Paths (in the content folder) of the images the page shows: display renditions, else thumbnails."""
    return [image.display or image.thumb for image in exhibit.images if image.display or image.thumb]


def image_aspect(exhibit: Exhibit, default: float = 16 / 9) -> float:
    """Width over height of the first image, kept between portrait 3:4 and a wide 2:1 (the page's frame)."""
    first = next((image for image in exhibit.images if image.width > 0 and image.height > 0), None)
    aspect = first.width / first.height if first else default
    return min(2.0, max(0.75, aspect))


# -- body text -------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(\d{1,3})(?:\.\s+|、\s*|[)）]\s*)(?=\S)")
_BULLET = re.compile(r"^(?:[•·●▪]\s*|[-*–]\s+)(?=\S)")


def _list_item(line: str) -> Block | None:
    numbered = _NUMBERED.match(line)
    if numbered:
        return Block("number", line[numbered.end() :].strip(), f"{numbered.group(1)}.")
    bullet = _BULLET.match(line)
    if bullet:
        return Block("bullet", line[bullet.end() :].strip(), "•")
    return None


def body_blocks(text: str) -> list[Block]:
    """The body as paragraphs and list items, in order; all plain text, nothing interpreted.

    Paragraphs are separated by blank lines; a line starting "1. ", "2、", "• " or "- "
    is a list item; a plain line after a list item starts a new paragraph unless it is
    indented (then it continues the item).
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        previous: Block | None = None
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            item = _list_item(line)
            if item is not None:
                follows = previous is not None and previous.kind == item.kind
                previous = Block(item.kind, item.text, item.marker, starts_group=not follows)
                blocks.append(previous)
            elif previous is not None and (previous.kind == "paragraph" or raw[:1].isspace()):
                previous = Block(previous.kind, f"{previous.text}\n{line}", previous.marker, previous.starts_group)
                blocks[-1] = previous
            else:
                previous = Block("paragraph", line)
                blocks.append(previous)
    return blocks


# -- related exhibits ------------------------------------------------------------------------

RELATED_LIMIT = 6
_CANDIDATES_PER_QUERY = 60  # per shared tag, kind and region: enough to fill the row, cheap at 100,000


def _tag_sets(exhibit: Exhibit) -> list[set[str]]:
    return [{t.casefold() for t in tags} for tags in exhibit.tags.values() if tags]


def _regions(exhibit: Exhibit) -> set[str]:
    return {v.casefold() for v in exhibit.text.get("region", {}).values() if v}


def _shared_tags(a: list[set[str]], b: list[set[str]]) -> int:
    return max((len(x & y) for x in a for y in b), default=0)


def rank_related(exhibit: Exhibit, candidates: list[Exhibit], limit: int = RELATED_LIMIT) -> list[Exhibit]:
    """Published exhibits related to `exhibit`, most relevant first: of the same kind and sharing a
    tag, then sharing more tags, then of the same kind, then from the same region; ties in display
    order (featured, sort order, id). Never itself, and never one that shares none of these."""
    tags, regions = _tag_sets(exhibit), _regions(exhibit)
    scored: dict[str, tuple[tuple[int, bool, bool], Exhibit]] = {}
    for other in candidates:
        if other.id == exhibit.id or not other.published or other.id in scored:
            continue
        score = (_shared_tags(tags, _tag_sets(other)), other.kind == exhibit.kind, bool(regions & _regions(other)))
        if any(score):
            scored[other.id] = (score, other)
    ordered = sorted(scored.values(), key=lambda pair: _rank_key(*pair))
    return [other for _, other in ordered[:limit]]


def _rank_key(score: tuple[int, bool, bool], other: Exhibit) -> tuple:
    shared, same_kind, same_region = score
    # A patent on the same topic tells a visitor more than a story on it, or than any other patent.
    on_topic_same_kind = same_kind and shared > 0
    return (not on_topic_same_kind, -shared, not same_kind, not same_region, not other.featured, other.sort_order,
            other.id)  # fmt: skip


def related(store: ExhibitStore, exhibit: Exhibit, limit: int = RELATED_LIMIT) -> list[Exhibit]:
    """Related exhibits from the store, asking it only for a few candidates per tag, kind and region."""
    queries = [Filters(tag=tag) for tags in exhibit.tags.values() for tag in tags]
    queries.append(Filters(kind=exhibit.kind))
    queries += [Filters(region=region) for region in exhibit.text.get("region", {}).values() if region]
    nums: list[int] = []
    for filters in queries:
        nums += [n for n in store.filtered_nums(filters, limit=_CANDIDATES_PER_QUERY) if n not in nums]
    return rank_related(exhibit, store.by_nums(nums), limit)
