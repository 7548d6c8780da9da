"""One row of an import file into exhibit fields, with a Problem for each thing wrong.

parse_row turns raw cells (see kiosk.core.tabular) into typed values; build
merges them into a new or existing Exhibit and checks the rules that involve
more than one field. Problems name the column as the file's header wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from kiosk.core.errors import Problem
from kiosk.core.model import FIELD_BY_NAME, FIELDS, KINDS, LANGS, Exhibit, FieldSpec, column_name
from kiosk.core.tabular import Row, norm_key, split_list

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


@dataclass
class Context:
    """Where rows come from: for Problems and for finding images."""

    file: str
    headers: dict[str, str]  # canonical column -> header as written
    images_dir: Path

    def problem(self, row: int, column: str | None, message: str) -> Problem:
        return Problem(self.file, row, self.headers.get(column, column) if column else None, message)


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]  # canonical column -> typed value, for the columns the row has and that parsed
    problems: list[Problem]
    bad: set[str] = field(default_factory=set)  # columns whose cell did not parse
    exhibit: Exhibit | None = None


def parse_row(row: Row, ctx: Context) -> ParsedRow:
    parsed = ParsedRow(row.number, {}, list(row.problems))
    for column, raw in row.cells.items():
        try:
            parsed.values[column] = parse_value(column, raw)
        except ValueError as exc:
            parsed.bad.add(column)
            parsed.problems.append(ctx.problem(row.number, column, str(exc)))
    return parsed


def parse_value(column: str, raw: Any) -> Any:
    """A cell's value in the type its column needs; ValueError says what is wrong."""
    spec = _SPECS[column]
    if spec.type == "text":
        return parse_text(raw)
    if spec.type in ("tags", "images"):
        return parse_items(raw)
    if spec.type == "classes":
        return [parse_class(item) for item in parse_items(raw)]
    if spec.type == "bool":
        return parse_bool(raw, _DEFAULTS[spec.name])
    if spec.type == "int":
        return parse_int(raw, _DEFAULTS[spec.name])
    parser = {"id": parse_id, "kind": parse_kind, "date": parse_date, "datetime": parse_datetime, "url": parse_url}
    return parser[spec.type](raw)


def cell_text(raw: Any) -> str:
    """A cell as text; numbers as a person wrote them (5, not 5.0)."""
    if raw is None:
        return ""
    if isinstance(raw, (list, dict)):
        raise ValueError("expected a single value, not a list")
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ", timespec="minutes") if raw.time() != datetime.min.time() else str(raw.date())
    if _SURROGATE.search(text := str(raw)):  # JSON can spell one; no database or file can store it
        raise ValueError("contains an invalid character (a lone UTF-16 surrogate)")
    return text


def parse_text(raw: Any) -> str:
    return cell_text(raw).replace("\r\n", "\n")


def parse_items(raw: Any) -> list[str]:
    items = [parse_text(item) for item in raw] if isinstance(raw, list) else split_list(parse_text(raw))
    return [item.strip() for item in items if item.strip()]


def parse_class(item: str) -> int:
    found = _CLASS.fullmatch(item)
    if not found or not 1 <= int(found.group(1)) <= 45:
        raise ValueError(f"{item!r} is not a Nice class (a number from 1 to 45)")
    return int(found.group(1))


def parse_bool(raw: Any, default: bool) -> bool:
    if isinstance(raw, bool):
        return raw
    text = cell_text(raw).strip().casefold()
    if not text:
        return default
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError(f"{text!r} is not yes or no (use yes/no, true/false, 1/0 or 是/否)")


def parse_int(raw: Any, default: int) -> int:
    text = cell_text(raw).strip()
    if isinstance(raw, bool) or not re.fullmatch(r"[-+]?\d+", text or "0"):
        raise ValueError(f"{text!r} is not a whole number")
    return int(text) if text else default


def parse_id(raw: Any) -> str:
    text = cell_text(raw).strip()
    if text and not ID_PATTERN.fullmatch(text):
        message = "use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 80"
        raise ValueError(f"{text!r} is not a valid id: {message}")
    return text


def parse_kind(raw: Any) -> str:
    text = cell_text(raw).strip()
    if text and norm_key(text) not in _KIND_KEYS:
        known = ", ".join(f"{k.key} ({k.zh})" for k in KINDS.values())
        raise ValueError(f"unknown kind {text!r}; use one of {known}")
    return _KIND_KEYS.get(norm_key(text), "")


def parse_date(raw: Any) -> str:
    if isinstance(raw, (date, datetime)):
        return (raw.date() if isinstance(raw, datetime) else raw).isoformat()
    text = cell_text(raw).strip()
    found = _DATE_ONLY.fullmatch(text)
    if text and not found:
        raise ValueError(f"{text!r} is not a date (use 2025-04-26, 2025/4/26, 2025.4.26 or 2025年4月26日)")
    return _date(text, *found.groups()).isoformat() if found else ""


def parse_datetime(raw: Any) -> str:
    if isinstance(raw, datetime):
        return raw.strftime("%Y-%m-%dT%H:%M")
    text = cell_text(raw).strip()
    found = _DATE_TIME.fullmatch(text)
    if text and not found:
        missing = "needs a time of day too" if _DATE_ONLY.fullmatch(text) else "is not a date and time"
        raise ValueError(f"{text!r} {missing} (use 2025-04-26 09:30)")
    if not found:
        return ""
    day, (hour, minute) = _date(text, *found.groups()[:3]), map(int, found.groups()[3:5])
    if hour > 23 or minute > 59:
        raise ValueError(f"{text!r} has no such time of day")
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _date(text: str, year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{text!r} is not a date: there is no such day") from None


def parse_url(raw: Any) -> str:
    text = cell_text(raw).strip()
    parts = urlsplit(text)
    if text and (parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", text)):
        raise ValueError(f"{text!r} is not a web address (it must start with http:// or https://)")
    return text


def image_source(name: str, images_dir: Path) -> Path:
    """The file an image name in a row stands for (Windows-style folders allowed)."""
    return images_dir / PurePosixPath(name.replace("\\", "/"))


def safe_image_name(name: str) -> bool:
    """Whether a name stays inside the images folder, so export can write it back there."""
    parts = PurePosixPath(name.replace("\\", "/"))
    return not (parts.is_absolute() or ".." in parts.parts or re.match(r"[A-Za-z]:", name))


def image_problem(name: str, images_dir: Path) -> str | None:
    """Why an image named in a row cannot be used, or None."""
    if not safe_image_name(name):
        return f"image {name!r}: give a file name inside the images folder, not a path out of it"
    if not image_source(name, images_dir).is_file():
        return f"image {name!r} is not in {images_dir}"
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
    parsed.problems.extend(_check(parsed, exhibit, ctx))


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


def _check(parsed: ParsedRow, exhibit: Exhibit, ctx: Context) -> list[Problem]:
    found: list[tuple[str | None, str]] = []
    values = parsed.values
    titles = exhibit.text.get("title", {}).values()
    if not any(v.strip() for v in titles) and not parsed.bad & {"title_zh", "title_en"}:
        column = next((c for c in ("title_zh", "title_en") if c in ctx.headers), None)
        found.append((column, "has no title (give title_zh or title_en)"))
    if exhibit.kind == "event" and not exhibit.starts_at and "starts_at" not in parsed.bad:
        found.append(("starts_at", "an event needs a start time (starts_at)"))
    if exhibit.ends_at and exhibit.starts_at and exhibit.ends_at < exhibit.starts_at:
        found.append(("ends_at", f"ends ({exhibit.ends_at}) before it starts ({exhibit.starts_at})"))
    for column, value in values.items():
        name = _SPECS[column].name
        if name in KIND_FIELDS and name not in KINDS[exhibit.kind].fields and value:
            users = ", ".join(k.key for k in KINDS.values() if name in k.fields)
            found.append((column, f"{column} does not apply to a {exhibit.kind}; it is used for: {users}"))
    zh, en = values.get("tags_zh"), values.get("tags_en")
    if zh and en and len(zh) != len(en):
        found.append(("tags_en", f"{len(zh)} Chinese tags but {len(en)} English ones; give them in pairs"))
    for name in values.get("images", []):
        if message := image_problem(name, ctx.images_dir):
            found.append(("images", message))
    return [ctx.problem(parsed.number, column, message) for column, message in found]
