"""The staff editor's checks: one field at a time, by the same rules as import.

What staff type into a field is read as a spreadsheet cell would be (cells.parse_value) and
refused with the message import would give, in the staff's language; the rules between fields
(a title in some language, an event's start, the end after the start, the date window) are the
import's too. A localized field filled in one language and empty in the other is a missing
translation, unless the exhibit is marked single-language on purpose.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.exhibits.model import FIELD_BY_NAME, LANGS, Exhibit, fields_for
from kiosk.core.interchange import messages
from kiosk.core.interchange.cells import SPECS, Fault, parse_value

# Localized fields whose two languages should both be filled (kind-specific ones when the kind has them).
TRANSLATED = ("title", "summary", "body", "tags", "region", "applicant", "holder", "product", "place")
_LIST_SEPARATOR = ", "


def check_field(column: str, text: str, lang: str = "zh") -> tuple[Any, str | None]:
    """The value `text` stands for in `column`, as import would store it; or None and what is wrong."""
    if column not in SPECS or SPECS[column].name in ("id", "kind", "images"):
        raise ValueError(f"{column!r} is not a field staff type into")
    try:
        return parse_value(column, text), None
    except Fault as fault:
        return None, "; ".join(messages.say(key, lang, **messages.filled(params, lang)) for key, params in fault.items)


def get_value(exhibit: Exhibit, column: str) -> Any:
    """One column's value (JSON-serialisable but for images, a list of ImageRef)."""
    spec = SPECS[column]
    if spec.localized:
        lang = column.rsplit("_", 1)[1]
        if spec.type == "tags":
            return list(exhibit.tags.get(lang, []))
        return exhibit.text.get(spec.name, {}).get(lang, "")
    value = getattr(exhibit, spec.name)
    return list(value) if isinstance(value, list) else value


def set_value(exhibit: Exhibit, column: str, value: Any) -> None:
    spec = SPECS[column]
    if spec.localized:
        lang = column.rsplit("_", 1)[1]
        if spec.type == "tags":
            exhibit.tags[lang] = list(value or [])
            return
        texts = exhibit.text.setdefault(spec.name, {})
        texts[lang] = value or ""
        if not any(texts.values()):
            exhibit.text.pop(spec.name)
        return
    setattr(exhibit, spec.name, list(value) if isinstance(value, list) else value)


def value_text(exhibit: Exhibit, column: str) -> str:
    """The text the editor shows for a column: check_field gives the same value back."""
    value = get_value(exhibit, column)
    spec = SPECS[column]
    if spec.type in ("tags", "classes"):
        return _LIST_SEPARATOR.join(str(item) for item in value)
    if spec.type == "bool":
        return "yes" if value else "no"
    if spec.type == "datetime":
        return value.replace("T", " ")
    return str(value)


def exhibit_problems(exhibit: Exhibit, lang: str = "zh") -> dict[str, str]:
    """What is wrong between the fields of an exhibit, by the column it belongs to (import's rules)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    if not any(v.strip() for v in exhibit.text.get("title", {}).values()):
        found["title_zh"] = ("no_title", {"zh": label("title_zh", lang), "en": label("title_en", lang)})
    if exhibit.kind == "event" and not exhibit.starts_at:
        found["starts_at"] = ("event_needs_start", {"column": label("starts_at", lang)})
    if exhibit.ends_at and exhibit.starts_at and exhibit.ends_at < exhibit.starts_at:
        times = {"end": exhibit.ends_at.replace("T", " "), "start": exhibit.starts_at.replace("T", " ")}
        found["ends_at"] = ("ends_before_start", times)
    if exhibit.visible_from and exhibit.visible_until and exhibit.visible_until < exhibit.visible_from:
        found["visible_until"] = ("window_backwards", {"until": exhibit.visible_until, "start": exhibit.visible_from})
    zh, en = exhibit.tags.get("zh", []), exhibit.tags.get("en", [])
    if zh and en and len(zh) != len(en):
        found["tags_en"] = ("tags_unpaired", {"zh": len(zh), "en": len(en)})
    return {column: messages.say(key, lang, **messages.filled(params, lang)) for column, (key, params) in found.items()}


def missing_translations(exhibit: Exhibit, *, ignore_mark: bool = False) -> list[str]:
    """Columns empty in one language while filled in the other, for the fields the exhibit's kind uses."""
    if exhibit.single_language and not ignore_mark:
        return []
    used = set(fields_for(exhibit.kind))
    missing = []
    for name in TRANSLATED:
        if name not in used:
            continue
        values = exhibit.tags if name == "tags" else exhibit.text.get(name, {})
        filled = {lang: bool(values.get(lang)) for lang in LANGS}
        if any(filled.values()):
            missing += [f"{name}_{lang}" for lang in LANGS if not filled[lang]]
    return missing


def label(column: str, lang: str) -> str:
    """A column's name as staff read it: 标题（英文）, Title (English), Filing date."""
    name, _, col_lang = column.rpartition("_") if column.rsplit("_", 1)[-1] in LANGS else (column, "", "")
    spec = FIELD_BY_NAME[name]
    base = spec.zh if lang == "zh" else spec.en
    if not col_lang:
        return base
    langs = {"zh": ("中文", "Chinese"), "en": ("英文", "English")}[col_lang]
    return f"{base}（{langs[0]}）" if lang == "zh" else f"{base} ({langs[1]})"


def kind_fields(kind: str) -> list[str]:
    """The columns the editor shows for a kind, in order: localized ones zh then en."""
    columns = []
    for name in fields_for(kind):
        if name in ("id", "kind", "images"):
            continue
        spec = FIELD_BY_NAME[name]
        columns += [f"{name}_{lang}" for lang in LANGS] if spec.localized else [name]
    return columns
