"""The owner of curation.db: the draft's exhibits and media, the base it is compared with, and the history.

Everything staff do is one step: the exhibits it changed and a change row per field
(before and after, as JSON), committed in one transaction, so the draft and its history
never disagree, whatever moment the process is killed at. Undo is a step too: it writes
the `before` values back and marks the step it undid (undone_by), so the history shows both.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.curation import records
from kiosk.core.curation.migrations import SCHEMA
from kiosk.core.db.faults import known_faults
from kiosk.core.exhibits.model import Exhibit

WHOLE = "*"
# A step of the session (?) that changed a field, is not undone nor an undo, since the last start or publish.
_UNDOABLE = (
    "session = ? AND undone_by IS NULL AND action NOT IN ('undo', 'start', 'publish') "
    "AND EXISTS (SELECT 1 FROM changes c WHERE c.step = steps.step) "
    "AND step > coalesce((SELECT max(step) FROM steps WHERE action IN ('start', 'publish')), 0)"
)  # the field of a change that creates or deletes a whole exhibit


@dataclass(frozen=True)
class Change:
    """One field of one exhibit changed by one step, as the history shows it."""

    seq: int
    step: int
    at: str  # ISO 8601, UTC
    account: str
    action: str  # edit | create | delete | arrange | images | undo | start | publish
    label: str
    exhibit_id: str
    field: str  # a column (title_zh, featured, images, ...) or "*" for the whole exhibit
    before: str | None  # JSON
    after: str | None
    undone: bool


@dataclass
class Pending:
    """A step being made: the exhibits as they will be, and its changes."""

    action: str
    label: str
    exhibits: dict[str, Exhibit | None]  # id -> new state (None: deleted)
    changes: list[tuple[str, str, str | None, str | None]]  # exhibit id, field, before, after (JSON)
    media: list[dict]


class Journal:
    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = 5000) -> Journal:
        with known_faults(path):
            return cls(path, SCHEMA.open(path, readonly=False, busy_timeout_ms=busy_timeout_ms, durable=True))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with known_faults(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    # -- the draft -----------------------------------------------------------------------

    def exhibits(self, table: str = "exhibits") -> dict[str, Exhibit]:
        with known_faults(self.path):
            rows = self.conn.execute(f"SELECT id, data FROM {table} ORDER BY id").fetchall()
        return {exhibit_id: records.from_json(data) for exhibit_id, data in rows}

    def get(self, exhibit_id: str) -> Exhibit | None:
        with known_faults(self.path):
            row = self.conn.execute("SELECT data FROM exhibits WHERE id = ?", [exhibit_id]).fetchone()
        return records.from_json(row[0]) if row else None

    def media(self, table: str = "media") -> dict[str, dict]:
        with known_faults(self.path):
            rows = self.conn.execute(f"SELECT sha256, record FROM {table}").fetchall()
        return {sha: json.loads(record) for sha, record in rows}

    def meta(self, key: str, default: str = "") -> str:
        with known_faults(self.path):
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, conn: sqlite3.Connection, values: dict[str, str]) -> None:
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items()))

    def replace_all(self, conn: sqlite3.Connection, exhibits: Iterable[Exhibit], media: dict[str, dict], *,
                    tables: tuple[str, str] = ("exhibits", "media")) -> None:  # fmt: skip
        """Put these exhibits and media records in place of everything in `tables` (a start, a publish)."""
        exhibit_table, media_table = tables
        conn.execute(f"DELETE FROM {exhibit_table}")
        conn.execute(f"DELETE FROM {media_table}")
        conn.executemany(f"INSERT INTO {exhibit_table} (id, data) VALUES (?, ?)",
                         [(ex.id, records.to_json(ex)) for ex in exhibits])  # fmt: skip
        conn.executemany(f"INSERT INTO {media_table} (sha256, record) VALUES (?, ?)",
                         [(sha, json.dumps(rec, ensure_ascii=False)) for sha, rec in media.items()])  # fmt: skip

    # -- steps -----------------------------------------------------------------------------

    def record(self, pending: Pending, account: str, session: str, *, undoes: int | None = None) -> int:
        """Commit a step: the exhibits, the media records and the history, all or nothing; its number."""
        with self.transaction() as conn:
            step = self._new_step(conn, pending.action, pending.label, account, session)
            for exhibit_id, exhibit in pending.exhibits.items():
                if exhibit is None:
                    conn.execute("DELETE FROM exhibits WHERE id = ?", [exhibit_id])
                else:
                    conn.execute("INSERT OR REPLACE INTO exhibits (id, data) VALUES (?, ?)",
                                 [exhibit_id, records.to_json(exhibit)])  # fmt: skip
            for record in pending.media:
                conn.execute("INSERT OR REPLACE INTO media (sha256, record) VALUES (?, ?)",
                             [record["sha256"], json.dumps(record, ensure_ascii=False)])  # fmt: skip
            conn.executemany(
                "INSERT INTO changes (step, exhibit_id, field, before, after) VALUES (?, ?, ?, ?, ?)",
                [(step, exhibit_id, field, before, after) for exhibit_id, field, before, after in pending.changes],
            )
            if undoes is not None:
                conn.execute("UPDATE steps SET undone_by = ? WHERE step = ?", [step, undoes])
            self.bump(conn)
        return step

    def mark(self, conn: sqlite3.Connection, action: str, label: str, account: str, session: str) -> int:
        """A step that changes no field (a start, a publish), inside the caller's transaction."""
        step = self._new_step(conn, action, label, account, session)
        self.bump(conn)
        return step

    def _new_step(self, conn: sqlite3.Connection, action: str, label: str, account: str, session: str) -> int:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        cursor = conn.execute(
            "INSERT INTO steps (at, account, session, action, label) VALUES (?, ?, ?, ?, ?)",
            [at, account, session, action, label],
        )
        return int(cursor.lastrowid or 0)

    def bump(self, conn: sqlite3.Connection) -> None:
        """A new generation of the draft: the content folder made from it (work.py) is behind until it follows."""
        generation = int((conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone() or ["0"])[0])
        self.set_meta(conn, {"generation": str(generation + 1)})

    def last_undoable(self, session: str) -> int | None:
        """This session's latest step that changed exhibits and is not undone (nor an undo itself)."""
        with known_faults(self.path):
            row = self.conn.execute(f"SELECT max(step) FROM steps WHERE {_UNDOABLE}", [session]).fetchone()
        return row[0] if row else None

    def undoable_count(self, session: str) -> int:
        with known_faults(self.path):
            return self.conn.execute(f"SELECT count(*) FROM steps WHERE {_UNDOABLE}", [session]).fetchone()[0]

    def step_changes(self, step: int) -> tuple[str, list[tuple[str, str, str | None, str | None]]]:
        with known_faults(self.path):
            label = self.conn.execute("SELECT label FROM steps WHERE step = ?", [step]).fetchone()[0]
            rows = self.conn.execute(
                "SELECT exhibit_id, field, before, after FROM changes WHERE step = ? ORDER BY seq", [step]
            ).fetchall()
        return label, rows

    def history(self, exhibit_id: str | None = None, *, limit: int = 500, since: str = "") -> list[Change]:
        """The latest changes first (or an exhibit's), with the steps that changed no field (start, publish)."""
        where, params = ["s.at >= ?"], [since]
        if exhibit_id:
            where.append("c.exhibit_id = ?")
            params.append(exhibit_id)
        join = "JOIN" if exhibit_id else "LEFT JOIN"
        sql = (
            "SELECT coalesce(c.seq, 0), s.step, s.at, s.account, s.action, coalesce(s.label, ''), "
            "coalesce(c.exhibit_id, ''), coalesce(c.field, ''), c.before, c.after, s.undone_by IS NOT NULL "
            f"FROM steps s {join} changes c ON c.step = s.step WHERE {' AND '.join(where)} "
            "ORDER BY s.step DESC, c.seq DESC LIMIT ?"
        )
        with known_faults(self.path):
            rows = self.conn.execute(sql, [*params, limit]).fetchall()
        return [Change(*row[:10], bool(row[10])) for row in rows]
