"""Schema of the curation database (curation.db), as numbered migrations (kiosk/core/db/schema.py).

The draft is kept here as one JSON record per exhibit (records.py), with the media records its
images use; `base_*` is the content the draft started from or was last published as, which the
publish summary compares against; `steps` and `changes` are the history (one step per thing staff
did, one change per field it touched). Never edit a released migration: add a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.db.schema import Schema

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA = Schema("curation database")
migration = SCHEMA.migration


@migration(1)
def create_curation(db: sqlite_utils.Database) -> None:
    for table in ("exhibits", "base_exhibits"):
        db[table].create({"id": str, "data": str}, pk="id", not_null={"data"})
    for table in ("media", "base_media"):
        db[table].create({"sha256": str, "record": str}, pk="sha256", not_null={"record"})
    db["steps"].create(
        {"step": int, "at": str, "account": str, "session": str, "action": str, "label": str, "undone_by": int},
        pk="step", not_null={"at", "account", "action"},
    )  # fmt: skip
    db["changes"].create(
        {"seq": int, "step": int, "exhibit_id": str, "field": str, "before": str, "after": str},
        pk="seq", foreign_keys=[("step", "steps", "step")], not_null={"step", "field"},
    )  # fmt: skip
    db["changes"].create_index(["exhibit_id"])
    db["changes"].create_index(["step"])
    db["meta"].create({"key": str, "value": str}, pk="key")
