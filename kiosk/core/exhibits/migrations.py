"""Schema of the exhibit database, as numbered migrations (kiosk/core/db/schema.py).

Each migration is a function decorated with @migration(N); the database's
`PRAGMA user_version` records the last one applied. Never edit a released
migration: add a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.db.schema import Schema
from kiosk.core.exhibits.model import LANGS, LOCALIZED_TEXT_FIELDS

if TYPE_CHECKING:
    import sqlite_utils  # for the annotations alone: reading a database needs none of it

SCHEMA = Schema("exhibit database", readable_from=2)  # packs built before migration 3 still open
migration = SCHEMA.migration


@migration(1)
def create_exhibits(db: sqlite_utils.Database) -> None:
    columns: dict[str, type] = {"num": int, "id": str, "kind": str}
    for name in LOCALIZED_TEXT_FIELDS:
        for lang in LANGS:
            columns[f"{name}_{lang}"] = str
    for lang in LANGS:
        columns[f"tags_{lang}"] = str  # JSON list, in display order
    columns.update(
        number=str, number_key=str, ipc=str, nice_classes=str, filing_date=str, grant_date=str,
        protection_date=str, starts_at=str, ends_at=str, featured=int, sort_order=int, published=int,
        url=str, updated_at=str,
    )  # fmt: skip
    db["exhibits"].create(columns, pk="num", not_null={"id", "kind"}, defaults={"published": 1})
    db["exhibits"].create_index(["id"], unique=True)
    db["exhibits"].create_index(["kind", "published", "sort_order"])
    db["exhibits"].create_index(["number_key"])

    db["exhibit_tags"].create({"num": int, "lang": str, "tag": str}, foreign_keys=[("num", "exhibits", "num")])
    db["exhibit_tags"].create_index(["tag"])
    db["exhibit_tags"].create_index(["num"])

    db["media"].create(
        {"sha256": str, "width": int, "height": int, "format": str, "size_bytes": int, "original": str,
         "display": str, "display_width": int, "display_height": int,
         "thumb": str, "thumb_width": int, "thumb_height": int},
        pk="sha256",
    )  # fmt: skip
    db["exhibit_media"].create(
        {"num": int, "position": int, "sha256": str, "name": str},
        pk=("num", "position"),
        foreign_keys=[("num", "exhibits", "num"), ("sha256", "media", "sha256")],
    )
    db["exhibit_media"].create_index(["sha256"])
    db["meta"].create({"key": str, "value": str}, pk="key")

    # Search index: rowid = exhibits.num; columns are filled by kiosk.core.exhibits.textindex.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, names, body, pinyin, initials, numbers, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )


# The display order (featured first, then sort order, then title): shown.DISPLAY_ORDER.
_DISPLAY_COLUMNS = "featured DESC, sort_order, coalesce(nullif(title_zh, ''), title_en), id"


@migration(2)
def index_display_order(db: sqlite_utils.Database) -> None:
    """Galleries, home tiles and the attract loop read exhibits in display order; with these
    indexes a page of 100,000 exhibits is read in order instead of sorted every time."""
    db.execute(f"CREATE INDEX exhibits_display ON exhibits (published, {_DISPLAY_COLUMNS})")
    db.execute(f"CREATE INDEX exhibits_kind_display ON exhibits (kind, published, {_DISPLAY_COLUMNS})")
    db.execute("CREATE INDEX exhibits_events ON exhibits (kind, published, starts_at)")


@migration(3)
def add_staff_fields(db: sqlite_utils.Database) -> None:
    """What staff set in the editor: a date window visitors see the exhibit in, and single-language on purpose.
    Databases of version 2 are still read (SCHEMA.readable_from): their exhibits have no window."""
    db.execute("ALTER TABLE exhibits ADD COLUMN visible_from TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE exhibits ADD COLUMN visible_until TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE exhibits ADD COLUMN single_language INTEGER NOT NULL DEFAULT 0")


@migration(4)
def index_date_windows(db: sqlite_utils.Database) -> None:
    """The few exhibits with a date window, in an index of their own: the store asks at open whether
    there are any, and a visitors' query leaves out those not shown today without reading the others
    (store._WINDOWED repeats this condition, so that SQLite picks the index)."""
    db.execute(
        "CREATE INDEX exhibits_window ON exhibits (visible_from, visible_until) "
        "WHERE visible_from != '' OR visible_until != ''"
    )
