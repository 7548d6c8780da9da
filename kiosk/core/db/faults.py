"""SQLite errors that the environment causes, told apart by SQLite's own error code.

A damaged or foreign file, a lock held by another program, a read-only file, a missing folder, a
full disk or a failing disk are faults a person can act on: they become one KioskError naming the
file and what to do. Anything else (a wrong query, a constraint) is a bug and is raised as it is.
The code, not the message text, decides: messages change between SQLite versions and may be
translated, codes do not.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kiosk.core.base.errors import KioskError

# Primary result codes (the low byte of an extended code) and what they mean to a person.
MEANINGS = {
    sqlite3.SQLITE_NOTADB: "is damaged or is not {a_kind}",
    sqlite3.SQLITE_CORRUPT: "is damaged",
    sqlite3.SQLITE_BUSY: "is locked by another program; close it and try again",
    sqlite3.SQLITE_LOCKED: "is locked by another program; close it and try again",
    sqlite3.SQLITE_READONLY: "is read-only; check the file's permissions",
    sqlite3.SQLITE_PERM: "cannot be written: permission denied",
    sqlite3.SQLITE_CANTOPEN: "cannot be opened; check that the folder exists and is writable",
    sqlite3.SQLITE_FULL: "cannot be written: the disk is full",
    sqlite3.SQLITE_IOERR: "cannot be read or written (disk I/O error)",
}


def meaning(error: sqlite3.Error) -> str | None:
    """What an environment fault means to a person, or None when `error` is not one."""
    code = getattr(error, "sqlite_errorcode", None)
    return MEANINGS.get(code & 0xFF) if isinstance(code, int) else None


@contextlib.contextmanager
def known_faults(path: Path, kind: str = "exhibit database") -> Iterator[None]:
    """Turn SQLite errors caused by the environment into a KioskError: "The {kind} {path} {meaning}."."""
    try:
        yield
    except sqlite3.Error as exc:
        told = meaning(exc)
        if told is None:
            raise
        article = "an" if kind[:1] in "aeiou" else "a"
        raise KioskError(f"The {kind} {path} {told.format(a_kind=f'{article} {kind}')}.") from exc
