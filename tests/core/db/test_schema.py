"""Migrations per schema, and the one way a database is opened: on real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from kiosk.core.base.errors import KioskError
from kiosk.core.db.connect import connect
from kiosk.core.db.schema import Schema
from kiosk.core.exhibits.migrations import SCHEMA as EXHIBITS


def notes_schema() -> Schema:
    """A second kind of database, as the booth's own (requests, activity) will be."""
    notes = Schema("notes database")

    @notes.migration(1)
    def create(db: sqlite_utils.Database) -> None:
        db["notes"].create({"id": str, "text": str}, pk="id")

    @notes.migration(2)
    def add_author(db: sqlite_utils.Database) -> None:
        db["notes"].add_column("author", str)

    return notes


def open_for_writing(path: Path, schema: Schema) -> sqlite_utils.Database:
    db = sqlite_utils.Database(connect(path, readonly=False))
    schema.check(path, db.conn, readonly=False)
    schema.apply(db)
    return db


def test_each_schema_has_its_own_versions(tmp_path: Path) -> None:
    notes = notes_schema()
    db = open_for_writing(tmp_path / "notes.db", notes)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2 == notes.latest_version()
    assert db["notes"].columns_dict == {"id": str, "text": str, "author": str}
    assert "exhibits" not in db.table_names()  # the exhibit schema's migrations are not run on it
    assert EXHIBITS.latest_version() >= 1 and EXHIBITS.what == "exhibit database"


def test_a_database_from_a_newer_kiosk_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    open_for_writing(path, notes_schema()).execute("PRAGMA user_version = 9")
    with pytest.raises(KioskError, match=r"The notes database .*notes\.db was made by a newer kiosk \(schema 9\)"):
        notes_schema().check(path, connect(path, readonly=True), readonly=True)


def test_an_old_database_is_upgraded_only_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    old = Schema("notes database")
    old.migration(1)(lambda db: db["notes"].create({"id": str, "text": str}, pk="id"))
    open_for_writing(path, old).conn.close()
    with pytest.raises(KioskError, match="out of date; open it for writing"):
        notes_schema().check(path, connect(path, readonly=True), readonly=True)
    assert "author" in open_for_writing(path, notes_schema())["notes"].columns_dict


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    broken = notes_schema()

    @broken.migration(3)
    def half_done(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("the migration fails in the middle")

    with pytest.raises(RuntimeError):
        open_for_writing(path, broken)
    db = sqlite_utils.Database(connect(path, readonly=True))
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2  # the first two held, the third left nothing
    assert "half" not in db.table_names()


def test_a_migration_number_is_declared_once() -> None:
    notes = notes_schema()
    with pytest.raises(ValueError, match="declared twice"):
        notes.migration(2)(lambda db: None)


def test_a_reader_can_never_create_or_change_the_file(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unable to open"):
        connect(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()
    path = tmp_path / "notes.db"
    open_for_writing(path, notes_schema()).conn.close()
    reader = connect(path, readonly=True)
    with pytest.raises(Exception, match="readonly"):
        reader.execute("INSERT INTO notes (id, text) VALUES ('a', 'b')")


def test_a_durable_database_commits_to_the_disk(tmp_path: Path) -> None:
    conn = connect(tmp_path / "requests db #1?.db", readonly=False, durable=True)  # any file name
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert (tmp_path / "requests db #1?.db").exists()
