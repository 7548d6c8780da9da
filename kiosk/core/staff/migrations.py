"""Schema of the staff database (staff.db), as numbered migrations (kiosk/core/db/schema.py).

Never edit a released migration: add a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.db.schema import Schema

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA = Schema("staff database")
migration = SCHEMA.migration


@migration(1)
def create_accounts(db: sqlite_utils.Database) -> None:
    # id keeps the order accounts were made in: the first is the one `kiosk pin set` changes.
    db["accounts"].create(
        {"id": int, "name": str, "name_key": str, "role": str, "pin_hash": str, "created_at": str},
        pk="id", not_null={"name", "name_key", "role", "pin_hash", "created_at"},
    )  # fmt: skip
    db["accounts"].create_index(["name_key"], unique=True)
    # One row (id 1): the booth-wide PIN pad's lockout (lockout.Pad).
    db["pad"].create(
        {"id": int, "failures": int, "lockouts": int, "locked_at": float, "lock_seconds": int},
        pk="id", not_null={"failures", "lockouts", "locked_at", "lock_seconds"},
    )  # fmt: skip
