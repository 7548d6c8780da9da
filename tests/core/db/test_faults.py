"""Environment faults of a real SQLite file become one clear line; bugs stay bugs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.db.faults import known_faults


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "exhibits.db"
    path.write_bytes(b"PK\x03\x04 a spreadsheet saved under the wrong name" * 100)
    with pytest.raises(KioskError) as raised, known_faults(path):
        sqlite3.connect(path).execute("PRAGMA user_version").fetchone()
    assert str(raised.value) == f"The exhibit database {path} is damaged or is not an exhibit database."


def test_a_database_another_program_holds_locked(tmp_path: Path) -> None:
    path = tmp_path / "requests.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(KioskError, match="is locked by another program"), known_faults(path, "request database"):
            sqlite3.connect(path, timeout=0).execute("SELECT * FROM t").fetchall()
    finally:
        holder.rollback()
        holder.close()


def test_writing_a_database_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "exhibits.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(KioskError, match="is read-only"), known_faults(path):
        readonly.execute("INSERT INTO t VALUES (1)")


def test_a_folder_that_is_not_there(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "exhibits.db"
    with pytest.raises(KioskError, match="cannot be opened"), known_faults(path):
        sqlite3.connect(path)


def test_the_code_decides_not_the_message_text(tmp_path: Path) -> None:
    """A message in other words (another SQLite version, another language) is told apart by its code alone."""
    full = sqlite3.OperationalError("数据库或磁盘已满")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    with pytest.raises(KioskError, match="the disk is full"), known_faults(tmp_path / "x.db"):
        raise full


def test_a_bug_is_not_dressed_up_as_a_fault(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(sqlite3.OperationalError, match="no such table"), known_faults(tmp_path / "x.db"):
        db.execute("SELECT * FROM nowhere")
