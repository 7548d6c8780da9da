"""The cells of an import file: each raw value in the type its column needs, or a Fault saying what is wrong.

kiosk.core.interchange.tabular gives the raw cells; kiosk.core.interchange.validate turns rows of them into
exhibits. A Fault holds every fault of one cell (a list cell can have several),
as message keys of kiosk.core.interchange.messages, so the words are chosen in the staff's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from kiosk.core.exhibits.model import FIELDS, KINDS, LANGS, FieldSpec, column_name
from kiosk.core.interchange import messages
from kiosk.core.interchange.headers import norm_key, split_list

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
_DATE = r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?"
_DATE_ONLY = re.compile(_DATE)
_DATE_TIME = re.compile(_DATE + r"\s*[Tt]?\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?")
_CLASS = re.compile(r"第?\s*(\d{1,2})\s*类?")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRUE = {"yes", "true", "1", "是", "y"}
_FALSE = {"no", "false", "0", "否", "n"}
_DEFAULTS = {"single_language": False, "featured": False, "published": True, "sort_order": 0}
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
SPECS: dict[str, FieldSpec] = {
    column_name(spec.name, lang): spec for spec in FIELDS for lang in (LANGS if spec.localized else (None,))
}


class Fault(ValueError):
    """What is wrong with one cell: one or more messages (keys of interchange.messages, with their values)."""

    def __init__(self, key: str = "", **params: Any):
        self.items: list[tuple[str, dict[str, Any]]] = [(key, params)] if key else []
        super().__init__(key)

    @classmethod
    def of(cls, faults: list[Fault]) -> Fault:
        combined = cls()
        combined.items = [item for fault in faults for item in fault.items]
        return combined

    def __str__(self) -> str:
        return "; ".join(messages.say(key, "en", **messages.filled(params, "en")) for key, params in self.items)


def parse_value(column: str, raw: Any) -> Any:
    """A cell's value in the type its column needs; a Fault says everything that is wrong with it."""
    spec = SPECS[column]
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
