"""Conversion between Exhibit records and rows of the exhibits table."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from kiosk.core.exhibits import textindex
from kiosk.core.exhibits.model import LANGS, LOCALIZED_TEXT_FIELDS, Exhibit, ImageRef


def to_row(exhibit: Exhibit) -> dict:
    row: dict = {"id": exhibit.id, "kind": exhibit.kind}
    for name in LOCALIZED_TEXT_FIELDS:
        for lang in LANGS:
            row[f"{name}_{lang}"] = exhibit.text.get(name, {}).get(lang, "")
    for lang in LANGS:
        row[f"tags_{lang}"] = json.dumps(exhibit.tags.get(lang, []), ensure_ascii=False)
    row.update(
        number=exhibit.number,
        number_key=textindex.number_key(exhibit.number),
        ipc=exhibit.ipc,
        nice_classes=json.dumps(exhibit.nice_classes),
        filing_date=exhibit.filing_date,
        grant_date=exhibit.grant_date,
        protection_date=exhibit.protection_date,
        starts_at=exhibit.starts_at,
        ends_at=exhibit.ends_at,
        featured=int(exhibit.featured),
        sort_order=exhibit.sort_order,
        published=int(exhibit.published),
        url=exhibit.url,
        visible_from=exhibit.visible_from,
        visible_until=exhibit.visible_until,
        single_language=int(exhibit.single_language),
        updated_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return row


def from_row(row: dict, images: list[ImageRef]) -> Exhibit:
    text = {name: {lang: row[f"{name}_{lang}"] or "" for lang in LANGS} for name in LOCALIZED_TEXT_FIELDS}
    return Exhibit(
        id=row["id"],
        kind=row["kind"],
        text={name: values for name, values in text.items() if any(values.values())},
        tags={lang: json.loads(row[f"tags_{lang}"] or "[]") for lang in LANGS},
        number=row["number"] or "",
        ipc=row["ipc"] or "",
        nice_classes=json.loads(row["nice_classes"] or "[]"),
        filing_date=row["filing_date"] or "",
        grant_date=row["grant_date"] or "",
        protection_date=row["protection_date"] or "",
        starts_at=row["starts_at"] or "",
        ends_at=row["ends_at"] or "",
        featured=bool(row["featured"]),
        sort_order=row["sort_order"] or 0,
        published=bool(row["published"]),
        url=row["url"] or "",
        images=images,
        visible_from=row.get("visible_from") or "",  # absent from databases of schema 2
        visible_until=row.get("visible_until") or "",
        single_language=bool(row.get("single_language")),
    )
