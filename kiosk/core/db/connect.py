"""The one way the kiosk opens a SQLite database.

Every database is opened the same way: read-only through a `mode=ro` URI (so a reader can
never create or change the file), foreign keys on, a busy timeout instead of an immediate
"locked", and usable from the thread that its owner hands it to. A database the booth writes
for itself and must never lose (requests, the activity log) asks for `durable`: WAL, and
synchronous=FULL so a commit that returned is on the disk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(path: Path, *, readonly: bool, busy_timeout_ms: int = 5000, durable: bool = False) -> sqlite3.Connection:
    """Open `path` (for writing it is created if missing; its folder must exist)."""
    uri = f"{path.resolve().as_uri()}?mode=ro" if readonly else path.resolve().as_uri()
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if durable and not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn
