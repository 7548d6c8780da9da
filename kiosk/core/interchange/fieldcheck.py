"""The staff editor's checks: one field at a time, by the same rules as import.

What staff type into a field is read as a spreadsheet cell would be (cells.parse_value) and
refused with the words import would use, in the staff's language (without import's file, row
and column, which the editor shows by the field itself). The rules between fields are import's
too (kiosk.core.interchange.rules). A localized field filled in one language and empty in the
other is a missing translation, unless staff marked the exhibit single-language on purpose.

Columns are the canonical ones of model.columns(): "title_zh", "tags_en", "number", "featured".
get_value / set_value read and write one of them on an Exhibit; what get_value gives is
JSON-serialisable (history and undo store it), except "images": the exhibit's ImageRefs.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.exhibits.model import FIELD_BY_NAME, LANGS, Exhibit, FieldSpec, column_name, columns, fields_for
from kiosk.core.interchange import messages, rules
from kiosk.core.interchange.cells import SPECS, Fault, parse_value
from kiosk.core.interchange.headers import header_label, join_list

# Localized fields whose two languages should both be filled (those the exhibit's kind uses).
TRANSLATED = ("title", "summary", "body", "tags", "region", "applicant", "holder", "product", "place")


def check_field(column: str, text: str, lang: str = "zh") -> tuple[Any, str | None]:
    """The value `text` stands for in `column`, as import would store it, and None;
    or None and what is wrong, in `lang`. For "images" the value is the list of file names."""
    spec = _spec(column)
    try:
        value = parse_value(column, text)
    except Fault as fault:
        return None, _said(fault.items, lang)
    if spec.type == "kind" and not value:  # a row may leave the kind to the stored exhibit; an exhibit may not
        return None, messages.say("kind_missing", lang)
    return value, None


def get_value(exhibit: Exhibit, column: str) -> Any:
    """One column of an exhibit: text, a list of tags, a date, a bool, ...; "images" gives its ImageRefs."""
    spec = _spec(column)
    if spec.localized:
        lang = _lang_of(column)
        if spec.type == "tags":
            return list(exhibit.tags.get(lang, []))
        return exhibit.text.get(spec.name, {}).get(lang, "")
    value = getattr(exhibit, spec.name)
    return list(value) if isinstance(value, list) else value  # a copy: history keeps the value as it was


def set_value(exhibit: Exhibit, column: str, value: Any) -> None:
    """Set one column of an exhibit to a value as check_field or get_value give it."""
    spec = _spec(column)
    if not spec.localized:
        setattr(exhibit, spec.name, list(value) if isinstance(value, list) else value)
    elif spec.type == "tags":
        exhibit.tags[_lang_of(column)] = list(value or [])
    else:  # in the shape the store gives back: every language, or the field absent when all are empty
        texts = {lang: "" for lang in LANGS} | exhibit.text.get(spec.name, {}) | {_lang_of(column): value or ""}
        if any(texts.values()):
            exhibit.text[spec.name] = texts
        else:
            exhibit.text.pop(spec.name, None)


def value_text(exhibit: Exhibit, column: str, lang: str = "en") -> str:
    """The text the editor shows for a column's value: check_field reads the same value back from it.

    Lists are written as import reads them ("a; b", or a JSON list when an item holds a separator);
    yes / no in `lang` (是 / 否 in Chinese); a date and time as "2026-04-26 09:30"."""
    spec = _spec(column)
    value = get_value(exhibit, column)
    if spec.type == "images":
        return join_list([image.name for image in value])
    if spec.type in ("tags", "classes"):
        return join_list([str(item) for item in value])
    if spec.type == "bool":
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if spec.type == "datetime":
        return value.replace("T", " ")
    return str(value)


def exhibit_problems(exhibit: Exhibit, lang: str = "zh") -> dict[str, str]:
    """What is wrong between the fields of an exhibit, in `lang`, by the column it belongs to."""

    def named(column: str) -> str:
        return label(column, lang)

    found = rules.title_rule(exhibit.text.get("title", {}).values(), named, "title_zh")
    found += rules.kind_rules(exhibit, named, set_columns=_kind_columns_set(exhibit))
    found += rules.tags_rule(exhibit.tags.get("zh"), exhibit.tags.get("en"))
    problems: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for column, key, params in found:
        problems.setdefault(column or "title_zh", []).append((key, params))
    return {column: _said(items, lang) for column, items in problems.items()}


def missing_translations(exhibit: Exhibit, *, ignore_mark: bool = False) -> list[str]:
    """Columns empty in one language while filled in the other (["title_en", "body_en"]), among the
    fields the exhibit's kind uses. None for an exhibit marked single-language, unless ignore_mark."""
    if exhibit.single_language and not ignore_mark:
        return []
    used = set(fields_for(exhibit.kind))
    missing: list[str] = []
    for name in (name for name in TRANSLATED if name in used):
        values = exhibit.tags if name == "tags" else exhibit.text.get(name, {})
        filled = {lang: _filled(values.get(lang)) for lang in LANGS}
        if any(filled.values()):
            missing += [column_name(name, lang) for lang in LANGS if not filled[lang]]
    return missing


def label(column: str, lang: str) -> str:
    """A column as staff read it, and as import names it: 标题（英文）, Title (English), Filing date."""
    return header_label(_column(column), lang)


def kind_fields(kind: str) -> list[str]:
    """The columns staff type into for a kind, in display order (localized ones zh, then en)."""
    names = [name for name in fields_for(kind) if name not in ("id", "kind", "images")]
    return [column_name(name, lang) for name in names for lang in (LANGS if FIELD_BY_NAME[name].localized else (None,))]


def _kind_columns_set(exhibit: Exhibit) -> list[str]:
    """The columns of kind-specific fields that hold a value (the rules say which the kind does not use)."""
    return [column for column in columns() if SPECS[column].name in rules.KIND_FIELDS and get_value(exhibit, column)]


def _filled(value: str | list[str] | None) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def _said(items: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """Every fault of one field, in one line."""
    return ("；" if lang == "zh" else "; ").join(
        messages.say(key, lang, **messages.filled(params, lang)) for key, params in items
    )


def _column(column: str) -> str:
    if column not in SPECS:
        raise ValueError(f"{column!r} is not a column of an exhibit (see model.columns())")
    return column


def _spec(column: str) -> FieldSpec:
    return SPECS[_column(column)]


def _lang_of(column: str) -> str:
    return column.rsplit("_", 1)[1]
