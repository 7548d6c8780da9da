"""Short labels taken from an exhibit record: the kind badge and, for events, the date and time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.core.model import KINDS


def badge_label(kind: str) -> str:
    info = KINDS.get(kind)
    return f"{info.zh} · {info.en}" if info else kind


def _parse(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def event_date(exhibit: dict[str, Any]) -> tuple[int, int] | None:
    """(month, day) of an event's start, if it has one."""
    start = _parse(exhibit.get("starts_at", ""))
    return (start.month, start.day) if start else None


def fact_for(exhibit: dict[str, Any]) -> str:
    """Date and time of an event, e.g. '4月20日 09:30–11:30'; empty for other kinds."""
    if exhibit.get("kind") != "event":
        return ""
    start, end = _parse(exhibit.get("starts_at", "")), _parse(exhibit.get("ends_at", ""))
    if not start:
        return ""
    text = f"{start.month}月{start.day}日"
    if end and end.date() != start.date():
        return text + (f"–{end.day}日" if end.month == start.month else f" – {end.month}月{end.day}日")
    if start.hour or start.minute:
        text += f" {start:%H:%M}" + (f"–{end:%H:%M}" if end else "")
    return text
