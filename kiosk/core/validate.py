"""One row of an import file into exhibit fields, with a Problem for each thing wrong.

parse_row turns raw cells (see kiosk.core.tabular) into typed values; build
merges them into a new or existing Exhibit and checks the rules that involve
more than one field. Every fault of every cell is found in one pass; Problems
name the column as the file's header wrote it, in the staff's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from kiosk.core import messages
from kiosk.core.errors import Problem
from kiosk.core.model import FIELD_BY_NAME, FIELDS, KINDS, LANGS, Exhibit, FieldSpec, column_name
from kiosk.core.tabular import Row, header_label, norm_key, split_list

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
_DATE = r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?"
_DATE_ONLY = re.compile(_DATE)
_DATE_TIME = re.compile(_DATE + r"\s*[Tt]?\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?")
_CLASS = re.compile(r"第?\s*(\d{1,2})\s*类?")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRUE = {"yes", "true", "1", "是", "y"}
_FALSE = {"no", "false", "0", "否", "n"}
_DEFAULTS = {"featured": False, "published": True, "sort_order": 0}
_KIND_ALIASES = {
    "patent": ("发明专利", "实用新型", "外观设计", "patents"),
    "trademark": ("注册商标", "trademarks"),
    "gi": ("地理标志产品", "地标产品", "geographical indication", "geographical indications"),
    "story": ("故事", "知识产权故事", "health story", "ip story", "stories"),
    "guide": ("指南", "服务指南", "guides", "how to"),
    "event": ("活动", "events"),
}
_KIND_KEYS = {
    norm_key(word): key for key, kind in KINDS.items() for word in (key, kind.zh, kind.en, *_KIND_ALIASES.get(key, ()))
}
_SPECS: dict[str, FieldSpec] = {
    column_name(spec.name, lang): spec for spec in FIELDS for lang in (LANGS if spec.localized else (None,))
}
KIND_FIELDS = {name for kind in KINDS.values() for name in kind.fields}


class Fault(ValueError):
    """What is wrong with one cell: one or more messages (keys of kiosk.core.messages, with their values)."""

    def __init__(self, key: str = "", **params: Any):
        self.items: list[tuple[str, dict[str, Any]]] = [(key, params)] if key else []
        super().__init__(key)

    @classmethod
    def of(cls, faults: list[Fault]) -> Fault:
        combined = cls()
        combined.items = [item for fault in faults for item in fault.items]
        return combined

    def __str__(self) -> str:
        return "; ".join(messages.say(key, "en", **_filled(params, "en")) for key, params in self.items)


def _filled(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Parameters that depend on the language (functions of it) given for `lang`."""
    return {name: value(lang) if callable(value) else value for name, value in params.items()}


@dataclass
class Context:
    """Where rows come from: for Problems (in the staff's language) and for finding images."""

    file: str
    headers: dict[str, str]  # canonical column -> header as written
    images_dir: Path
    lang: str = "en"

    def problem(self, row: int, column: str | None, key: str, /, **params: Any) -> Problem:
        message = messages.say(key, self.lang, **_filled(params, self.lang))
        return Problem(self.file, row, self.label(column) if column else None, message)

    def label(self, column: str) -> str:
        """A column as the file wrote it; one it lacks as the file would: 标题（中文）, Title (English) or title_en."""
        if column in self.headers:
            return self.headers[column]
        return column if self.lang == "en" and self._canonical_style() else header_label(column, self.lang)

    def _canonical_style(self) -> bool:
        """Whether the headers are mostly column names (title_en) rather than labels (Title)."""
        canonical = labels = 0
        for column, header in self.headers.items():
            key = norm_key(header)
            if key != norm_key(column):
                labels += 1
            elif key != norm_key(header_label(column, "en")):  # "kind" is both a name and a label
                canonical += 1
        return canonical > 0 and canonical >= labels


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]  # canonical column -> typed value, for the columns the row has and that parsed
    problems: list[Problem]
    bad: set[str] = field(default_factory=set)  # columns whose cell did not parse
    filled: list[str] = field(default_factory=list)  # columns whose cell is not blank, in the file's order
    exhibit: Exhibit | None = None


def parse_row(row: Row, ctx: Context) -> ParsedRow:
    parsed = ParsedRow(row.number, {}, list(row.problems))
    for column, raw in row.cells.items():
        if not _blank(raw):
            parsed.filled.append(column)
        try:
            parsed.values[column] = parse_value(column, raw)
        except Fault as fault:
            parsed.bad.add(column)
            parsed.problems += [ctx.problem(row.number, column, key, **params) for key, params in fault.items]
    return parsed


def _blank(raw: Any) -> bool:
    return raw is None or raw == [] or (isinstance(raw, str) and not raw.strip())


def parse_value(column: str, raw: Any) -> Any:
    """A cell's value in the type its column needs; a Fault says everything that is wrong with it."""
    spec = _SPECS[column]
    if spec.type == "text":
        return parse_text(raw)
    if spec.type in ("tags", "images"):
        return parse_items(raw)
    if spec.type == "classes":
        return _each(parse_class, parse_items(raw))
    if spec.type == "bool":
        return parse_bool(raw, _DEFAULTS[spec.name])
    if spec.type == "int":
        return parse_int(raw, _DEFAULTS[spec.name])
    parser = {"id": parse_id, "kind": parse_kind, "date": parse_date, "datetime": parse_datetime, "url": parse_url}
    return parser[spec.type](raw)


def _each(parse: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """Every item parsed, or one Fault naming every item that is wrong."""
    values, faults = [], []
    for item in items:
        try:
            values.append(parse(item))
        except Fault as fault:
            faults.append(fault)
    if faults:
        raise Fault.of(faults)
    return values


def cell_text(raw: Any) -> str:
    """A cell as text; numbers as a person wrote them (5, not 5.0)."""
    if raw is None:
        return ""
    if isinstance(raw, (list, dict)):
        raise Fault("not_single")
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ", timespec="minutes") if raw.time() != datetime.min.time() else str(raw.date())
    if _SURROGATE.search(text := str(raw)):  # JSON can spell one; no database or file can store it
        raise Fault("surrogate")
    return text


def parse_text(raw: Any) -> str:
    return cell_text(raw).replace("\r\n", "\n")


def parse_items(raw: Any) -> list[str]:
    items = _each(parse_text, raw) if isinstance(raw, list) else split_list(parse_text(raw))
    return [item.strip() for item in items if item.strip()]


def parse_class(item: str) -> int:
    found = _CLASS.fullmatch(item)
    if not found or not 1 <= int(found.group(1)) <= 45:
        raise Fault("not_nice_class", value=item)
    return int(found.group(1))


def parse_bool(raw: Any, default: bool) -> bool:
    if isinstance(raw, bool):
        return raw
    text = cell_text(raw).strip().casefold()
    if not text:
        return default
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise Fault("not_bool", value=text)


def parse_int(raw: Any, default: int) -> int:
    text = cell_text(raw).strip()
    if isinstance(raw, bool) or not re.fullmatch(r"[-+]?\d+", text or "0"):
        raise Fault("not_int", value=text)
    return int(text) if text else default


def parse_id(raw: Any) -> str:
    text = cell_text(raw).strip()
    if text and not ID_PATTERN.fullmatch(text):
        raise Fault("bad_id", value=text)
    return text


def parse_kind(raw: Any) -> str:
    text = cell_text(raw).strip()
    if text and norm_key(text) not in _KIND_KEYS:
        raise Fault("unknown_kind", value=text, known=messages.known_kinds)
    return _KIND_KEYS.get(norm_key(text), "")


def parse_date(raw: Any) -> str:
    if isinstance(raw, (date, datetime)):
        return (raw.date() if isinstance(raw, datetime) else raw).isoformat()
    text = cell_text(raw).strip()
    found = _DATE_ONLY.fullmatch(text)
    if text and not found:
        raise Fault("not_date", value=text)
    return _date(text, *found.groups()).isoformat() if found else ""


def parse_datetime(raw: Any) -> str:
    if isinstance(raw, datetime):
        return raw.strftime("%Y-%m-%dT%H:%M")
    text = cell_text(raw).strip()
    found = _DATE_TIME.fullmatch(text)
    if text and not found:
        raise Fault("needs_time" if _DATE_ONLY.fullmatch(text) else "not_datetime", value=text)
    if not found:
        return ""
    day, (hour, minute) = _date(text, *found.groups()[:3]), map(int, found.groups()[3:5])
    if hour > 23 or minute > 59:
        raise Fault("no_such_time", value=text)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _date(text: str, year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise Fault("no_such_day", value=text) from None


def parse_url(raw: Any) -> str:
    text = cell_text(raw).strip()
    parts = urlsplit(text)
    if text and (parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", text)):
        raise Fault("not_url", value=text)
    return text


def image_source(name: str, images_dir: Path) -> Path:
    """The file an image name in a row stands for (Windows-style folders allowed)."""
    return images_dir / PurePosixPath(name.replace("\\", "/"))


def safe_image_name(name: str) -> bool:
    """Whether a name stays inside the images folder, so export can write it back there."""
    parts = PurePosixPath(name.replace("\\", "/"))
    return not (parts.is_absolute() or ".." in parts.parts or re.match(r"[A-Za-z]:", name))


def image_problem(name: str, images_dir: Path) -> tuple[str, dict[str, Any]] | None:
    """Why an image named in a row cannot be used (a message key and its values), or None."""
    if not safe_image_name(name):
        return "image_outside", {"name": name}
    if not image_source(name, images_dir).is_file():
        return "image_missing", {"name": name, "folder": images_dir}
    return None


# -- whole exhibits ----------------------------------------------------------------


def build(parsed: ParsedRow, exhibit_id: str, kind: str, existing: Exhibit | None, ctx: Context) -> None:
    """Merge a row into `existing` (a fresh copy from the store, changed in place) or a new exhibit.

    Columns the row lacks stay as they were.
    """
    exhibit = existing or Exhibit(id=exhibit_id, kind=kind)
    if exhibit.kind != kind:
        _clear_fields(exhibit, KIND_FIELDS - set(KINDS[kind].fields))
        exhibit.kind = kind
    for column, value in parsed.values.items():
        _assign(exhibit, column, value)
    parsed.exhibit = exhibit
    check_row(parsed, exhibit, ctx)


def _clear_fields(exhibit: Exhibit, names: set[str]) -> None:
    blank = Exhibit(id=exhibit.id, kind=exhibit.kind)
    for name in names:
        if FIELD_BY_NAME[name].localized:
            exhibit.text.pop(name, None)
        else:
            setattr(exhibit, name, getattr(blank, name))


def _assign(exhibit: Exhibit, column: str, value: Any) -> None:
    spec = _SPECS[column]
    if spec.name in ("id", "kind", "images"):
        return  # set by the importer: ids may be derived, images need preparing
    if spec.localized:
        lang = column.rsplit("_", 1)[1]
        target = exhibit.tags if spec.type == "tags" else exhibit.text.setdefault(spec.name, {})
        target[lang] = value
    else:
        setattr(exhibit, spec.name, value)


def check_row(parsed: ParsedRow, exhibit: Exhibit | None, ctx: Context) -> None:
    """Every rule that involves more than one cell; those about the kind only when it is known."""
    found: list[tuple[str | None, str, dict[str, Any]]] = []
    values = parsed.values
    titles = exhibit.text.get("title", {}).values() if exhibit else [values.get("title_zh"), values.get("title_en")]
    if not any(v and v.strip() for v in titles) and not parsed.bad & {"title_zh", "title_en"}:
        column = next((c for c in ("title_zh", "title_en") if c in ctx.headers), None)
        found.append((column, "no_title", {"zh": ctx.label("title_zh"), "en": ctx.label("title_en")}))
    if exhibit:
        found += _kind_rules(parsed, exhibit, ctx)
    zh, en = values.get("tags_zh"), values.get("tags_en")
    if zh and en and len(zh) != len(en):
        found.append(("tags_en", "tags_unpaired", {"zh": len(zh), "en": len(en)}))
    for name in values.get("images", []):
        if wrong := image_problem(name, ctx.images_dir):
            found.append(("images", *wrong))
    parsed.problems += [ctx.problem(parsed.number, column, key, **params) for column, key, params in found]


def _kind_rules(parsed: ParsedRow, exhibit: Exhibit, ctx: Context) -> list[tuple[str | None, str, dict[str, Any]]]:
    found: list[tuple[str | None, str, dict[str, Any]]] = []
    if exhibit.kind == "event" and not exhibit.starts_at and "starts_at" not in parsed.bad:
        found.append(("starts_at", "event_needs_start", {"column": ctx.label("starts_at")}))
    if exhibit.ends_at and exhibit.starts_at and exhibit.ends_at < exhibit.starts_at:
        times = {"end": exhibit.ends_at.replace("T", " "), "start": exhibit.starts_at.replace("T", " ")}
        found.append(("ends_at", "ends_before_start", times))
    for column in parsed.filled:  # unreadable cells too: every fault at once
        name = _SPECS[column].name
        if name in KIND_FIELDS and name not in KINDS[exhibit.kind].fields:
            users = [k.key for k in KINDS.values() if name in k.fields]
            params = {"column": ctx.label(column), "kind": partial(messages.kind_name, exhibit.kind)}
            found.append((column, "not_for_kind", {**params, "users": partial(_kind_list, users)}))
    return found


def _kind_list(keys: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(messages.kind_name(key, lang) for key in keys)
