"""What staff look at before publishing: the exhibit list with its marks, what changed, and what blocks.

The list is the staff's view of the draft: every exhibit, hidden ones too, with what staff
filter by (kind, hidden, featured, scheduled, missing a translation). The summary compares
the draft with its base, the content it started from or was last published as. A draft
with exhibits missing a translation (and not marked single-language) or with a problem in a
field is not published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.core.curation import records
from kiosk.core.curation.journal import Journal
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.search import search
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.fieldcheck import exhibit_problems, missing_translations

FLAGS = ("hidden", "featured", "scheduled", "missing")


@dataclass(frozen=True)
class Listed:
    """One exhibit in the staff's list."""

    id: str
    kind: str
    title_zh: str
    title_en: str
    published: bool
    featured: bool
    scheduled: bool  # shown only between two dates
    showing: bool  # visitors would see it today, once published
    missing: tuple[str, ...]  # columns missing a translation
    problems: int  # fields with a problem
    sort_order: int
    thumb: str  # the first image's thumbnail, relative to the draft's folder


def listed(exhibit: Exhibit, today: date) -> Listed:
    scheduled = bool(exhibit.visible_from or exhibit.visible_until)
    return Listed(
        exhibit.id, exhibit.kind, exhibit.text.get("title", {}).get("zh", ""),
        exhibit.text.get("title", {}).get("en", ""), exhibit.published, exhibit.featured, scheduled,
        exhibit.visible_on(today), tuple(missing_translations(exhibit)), len(exhibit_problems(exhibit)),
        exhibit.sort_order, exhibit.images[0].thumb if exhibit.images else "",
    )  # fmt: skip


def exhibit_list(
    exhibits: dict[str, Exhibit], finder: ExhibitStore, *, query: str = "", kind: str = "", flag: str = "",
    today: date | None = None,
) -> list[Listed]:  # fmt: skip
    """The draft's exhibits in display order, or the best matches of `query` first (the visitors' search)."""
    today = today or date.today()
    if query.strip():
        ids = [ex.id for ex in search(finder, query, limit=max(50, len(exhibits)))]
    else:
        ordered = sorted(exhibits.values(), key=_display_key)
        ids = [ex.id for ex in ordered]
    rows = [listed(exhibits[i], today) for i in ids if i in exhibits]
    return [row for row in rows if (not kind or row.kind == kind) and _flagged(row, flag)]


def _display_key(ex: Exhibit) -> tuple:
    title = ex.text.get("title", {})
    return (not ex.featured, ex.sort_order, title.get("zh") or title.get("en") or "", ex.id)


def _flagged(row: Listed, flag: str) -> bool:
    if flag == "hidden":
        return not row.published
    if flag == "featured":
        return row.featured
    if flag == "scheduled":
        return row.scheduled
    if flag == "missing":
        return bool(row.missing)
    return True


@dataclass
class Summary:
    """What publishing the draft would change for visitors."""

    added: list[str] = field(default_factory=list)  # exhibit ids
    changed: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # published before, hidden now
    shown: list[str] = field(default_factory=list)  # hidden before, published now
    deleted: list[str] = field(default_factory=list)
    images_added: int = 0

    def empty(self) -> bool:
        return not (self.added or self.changed or self.hidden or self.shown or self.deleted or self.images_added)


def summary(journal: Journal) -> Summary:
    draft, base = journal.exhibits(), journal.exhibits("base_exhibits")
    result = Summary()
    for exhibit_id, exhibit in draft.items():
        before = base.get(exhibit_id)
        if before is None:
            result.added.append(exhibit_id)
        elif records.to_json(before) != records.to_json(exhibit):
            if before.published and not exhibit.published:
                result.hidden.append(exhibit_id)
            elif exhibit.published and not before.published:
                result.shown.append(exhibit_id)
            else:
                result.changed.append(exhibit_id)
    result.deleted = [exhibit_id for exhibit_id in base if exhibit_id not in draft]
    had = set(journal.media("base_media"))
    result.images_added = len({i.sha256 for ex in draft.values() for i in ex.images} - had)
    return result


def blocking(exhibits: dict[str, Exhibit], lang: str = "zh") -> dict[str, list[str]]:
    """Why exhibits cannot be published, by id: a problem in a field, or a translation missing."""
    found: dict[str, list[str]] = {}
    for exhibit_id, exhibit in exhibits.items():
        reasons = list(exhibit_problems(exhibit, lang).values())
        missing = missing_translations(exhibit)
        if missing and exhibit.published:
            say = "缺少翻译：{}" if lang == "zh" else "missing a translation: {}"
            reasons.append(say.format(", ".join(missing)))
        if reasons:
            found[exhibit_id] = reasons
    return found
