"""Numbered migrations, one Schema for each kind of database the kiosk keeps.

Each kind (the exhibits, and every database the booth writes for itself) declares its own
Schema and its migrations with @schema.migration(N); a database file's `PRAGMA user_version`
records the last one applied to it. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.base.errors import KioskError
from kiosk.core.db.connect import connect

if TYPE_CHECKING:
    import sqlite_utils  # for the annotations alone: reading a database needs none of it

Migration = Callable[["sqlite_utils.Database"], Any]


class Schema:
    """The migrations of one kind of database (`what` names it in messages, e.g. "exhibit database")."""

    def __init__(self, what: str, *, readable_from: int | None = None):
        self.what = what
        # The oldest version a reader copes with as it is (migrations since then only added columns it
        # reads with defaults); None: only the latest. Read-only files (installed packs) are never upgraded.
        self.readable_from = readable_from
        self._migrations: dict[int, Migration] = {}

    def migration(self, version: int) -> Callable[[Migration], Migration]:
        """Declare `fn` as migration `version` (1, 2, ...) of this schema."""

        def register(fn: Migration) -> Migration:
            if version in self._migrations or version < 1:
                raise ValueError(f"migration {version} of the {self.what} declared twice or not numbered from 1")
            self._migrations[version] = fn
            return fn

        return register

    def latest_version(self) -> int:
        return max(self._migrations, default=0)

    def check(self, path: Path, conn: sqlite3.Connection, *, readonly: bool) -> int:
        """The file's schema version; KioskError when this kiosk cannot use it as it is."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # fails on a file that is no database
        if version > self.latest_version():
            raise KioskError(f"The {self.what} {path} was made by a newer kiosk (schema {version}).")
        oldest = self.latest_version() if self.readable_from is None else self.readable_from
        if readonly and version < oldest:
            raise KioskError(f"The {self.what} {path} is out of date; open it for writing to upgrade.")
        return version

    def open(
        self, path: Path, *, readonly: bool, busy_timeout_ms: int = 5000, durable: bool = False
    ) -> sqlite3.Connection:
        """Open a database of this kind (connect.py): checked, and for writing created or brought up to date.

        Callers wrap it in db.faults.known_faults(path), so a fault of the environment is one line."""
        if not readonly:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path, readonly=readonly, busy_timeout_ms=busy_timeout_ms, durable=durable)
        try:
            self.check(path, conn, readonly=readonly)
            if not readonly:
                import sqlite_utils  # only to write: a reader's start never pays for its import

                self.apply(sqlite_utils.Database(conn))
        except BaseException:
            conn.close()
            raise
        return conn

    def apply(self, db: sqlite_utils.Database) -> None:
        """Bring the database up to date, one migration per transaction: one that fails leaves nothing behind.

        sqlite-utils' atomic() opens the transaction with BEGIN; Python's own `with conn:` would not
        (it begins one only before an INSERT or UPDATE), and the CREATE statements a migration is made
        of would each be committed on their own."""
        current = db.execute("PRAGMA user_version").fetchone()[0]
        for version in sorted(v for v in self._migrations if v > current):
            with db.atomic():
                self._migrations[version](db)
                db.execute(f"PRAGMA user_version = {version}")
