"""The rules between the fields of an exhibit: one implementation for import and the staff editor.

validate.check_row applies them to a row of an import file, fieldcheck.exhibit_problems to an
exhibit in the editor, so both refuse the same things in the same words. Each rule gives Found
items: the column a problem belongs to, a message key of kiosk.core.interchange.messages and its
values (some of them functions of the language, filled in by messages.filled). The caller says
how columns are named (as a file's header wrote them, or as the editor labels them) and which
cells could not be read, so that a cell already reported is not reported again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from functools import partial
from typing import Any

from kiosk.core.exhibits.model import KINDS, Exhibit
from kiosk.core.interchange import messages
from kiosk.core.interchange.cells import SPECS

Found = tuple[str | None, str, dict[str, Any]]  # column (None: the row as a whole), message key, values
Label = Callable[[str], str]  # a canonical column as the staff read it
KIND_FIELDS = frozenset(name for kind in KINDS.values() for name in kind.fields)


def title_rule(titles: Iterable[str | None], label: Label, column: str | None) -> list[Found]:
    """A title in at least one language (`column`: where to report it)."""
    if any(title and title.strip() for title in titles):
        return []
    return [(column, "no_title", {"zh": label("title_zh"), "en": label("title_en")})]


def kind_rules(
    exhibit: Exhibit, label: Label, *, set_columns: Iterable[str], unreadable: Collection[str] = ()
) -> list[Found]:
    """The rules that need the kind and the whole exhibit; `set_columns` are those given a value."""
    found: list[Found] = []
    if exhibit.kind == "event" and not exhibit.starts_at and "starts_at" not in unreadable:
        found.append(("starts_at", "event_needs_start", {"column": label("starts_at")}))
    if exhibit.ends_at and exhibit.starts_at and exhibit.ends_at < exhibit.starts_at:
        times = {"end": exhibit.ends_at.replace("T", " "), "start": exhibit.starts_at.replace("T", " ")}
        found.append(("ends_at", "ends_before_start", times))
    until, start = exhibit.visible_until, exhibit.visible_from
    if until and start and until < start:
        found.append(("visible_until", "until_before_from", {"until": until, "start": start}))
    found += [_not_for_kind(exhibit.kind, c, label) for c in set_columns if not _applies(exhibit.kind, c)]
    return found


def tags_rule(zh: list[str] | None, en: list[str] | None) -> list[Found]:
    """Chinese and English tags, when both are given, are translations of each other: as many of each."""
    if zh and en and len(zh) != len(en):
        return [("tags_en", "tags_unpaired", {"zh": len(zh), "en": len(en)})]
    return []


def _applies(kind: str, column: str) -> bool:
    name = SPECS[column].name
    return name not in KIND_FIELDS or name in KINDS[kind].fields


def _not_for_kind(kind: str, column: str, label: Label) -> Found:
    name = SPECS[column].name
    users = [k.key for k in KINDS.values() if name in k.fields]
    params = {"column": label(column), "kind": partial(messages.kind_name, kind), "users": partial(_kind_list, users)}
    return (column, "not_for_kind", params)


def _kind_list(keys: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(messages.kind_name(key, lang) for key in keys)
