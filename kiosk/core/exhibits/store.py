"""The exhibit database: the one owner that opens, reads and writes it (ExhibitStore; the queries
behind what visitors are shown are in kiosk.core.exhibits.shown, which it inherits).

A content folder holds `exhibits.db` and `media/` (renditions and originals).
Faults of the environment (damaged file, locked, read-only, disk full) become
KioskError with one line naming the file; anything else is a bug.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME
from kiosk.core.db.faults import known_faults  # re-exported: the store's callers use it too
from kiosk.core.exhibits import textindex, window
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.model import Exhibit, ImageRef
from kiosk.core.exhibits.rows import from_row, to_row
from kiosk.core.exhibits.shown import DISPLAY_ORDER, VisitorQueries

if TYPE_CHECKING:
    import sqlite_utils


class ExhibitStore(VisitorQueries):
    """Owner of one content folder's exhibit database."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, readonly: bool, today: Callable[[], date] | None = None):
        self.folder = folder
        self.path = folder / DB_NAME
        self.conn = conn  # reading goes through the connection alone
        self.readonly = readonly
        self._db: sqlite_utils.Database | None = None
        self.version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        # The booth's local date, asked at every query (never kept: a kiosk runs for days); tests set another.
        self.today: Callable[[], date] = today or date.today
        # Whether any exhibit has a date window: only then do visitors' queries look at the dates.
        # Saving one here sets it; another writer's is seen when the content is opened again.
        self.has_windows = window.any_windows(conn)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for writing. Imported on first use: importing it and
        loading its plugins takes about 0.15 s, which a booth that only reads would pay at every start."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        readonly: bool = False,
        busy_timeout_ms: int = 5000,
        today: Callable[[], date] | None = None,
    ) -> ExhibitStore:
        """Open (and for writing, create or upgrade) the database in `folder`.

        `today` gives the day whose visitors the queries answer (default: the local date, asked each time)."""
        path = folder / DB_NAME
        if readonly and not path.exists():
            raise KioskError(f"There is no exhibit database at {path}.")
        with known_faults(path):
            conn = SCHEMA.open(path, readonly=readonly, busy_timeout_ms=busy_timeout_ms)
            try:
                return cls(folder, conn, readonly, today)
            except BaseException:
                conn.close()
                raise

    @staticmethod
    def inspect_file(path: Path) -> tuple[list[str], int, set[str]]:
        """A database file received in a pack, opened immutable and read-only: its integrity problems,
        schema version and the image paths it names (sqlite3.DatabaseError when it is no database)."""
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = conn.execute("SELECT display, thumb FROM media").fetchall() if not problems else []
        finally:
            conn.close()
        return problems, version, {rel for row in rows for rel in row if rel}

    def copy_for_pack(self, dest: Path, labels: dict[str, str]) -> set[str]:
        """VACUUM INTO `dest`, labelled with `labels` (meta), with no WAL files; the image paths it names."""
        with known_faults(self.path):
            self.db.execute("VACUUM INTO ?", [str(dest)])
        conn = sqlite3.connect(dest)
        try:
            with conn:
                conn.execute("PRAGMA journal_mode = DELETE")  # a booth opens it read-only: no WAL files
                for key, value in labels.items():
                    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
            rows = conn.execute("SELECT display, thumb FROM media").fetchall()
        finally:
            conn.close()
        return {rel for row in rows for rel in row if rel}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ExhibitStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def save(self, exhibits: Iterable[Exhibit], *, index: bool = True, media: Iterable[dict] = ()) -> int:
        """Insert or update exhibits (matched by id), and the media records they use, in one transaction."""
        count = 0
        # atomic(), not the connection: sqlite-utils commits each insert itself unless a transaction is open
        with known_faults(self.path), self.db.atomic():
            for record in media:
                self.db["media"].upsert(record, pk="sha256")
            for exhibit in exhibits:
                self._save_one(exhibit, index=index)
                count += 1
        return count

    def _save_one(self, exhibit: Exhibit, *, index: bool) -> None:
        row = to_row(exhibit)
        existing = self.db.execute("SELECT num FROM exhibits WHERE id = ?", [exhibit.id]).fetchone()
        if existing:
            num = existing[0]
            self.db["exhibits"].update(num, row)
            for table in ("exhibit_tags", "exhibit_media"):
                self.db.execute(f"DELETE FROM {table} WHERE num = ?", [num])
            self.db.execute("DELETE FROM search_index WHERE rowid = ?", [num])
        else:
            num = self.db["exhibits"].insert(row).last_pk
        tag_rows = [{"num": num, "lang": lang, "tag": tag} for lang, tags in exhibit.tags.items() for tag in tags]
        self.db["exhibit_tags"].insert_all(tag_rows)
        media_rows = [
            {"num": num, "position": i, "sha256": image.sha256, "name": image.name}
            for i, image in enumerate(exhibit.images)
        ]
        self.db["exhibit_media"].insert_all(media_rows)
        if index and exhibit.published:  # hidden exhibits are never searched, so never indexed
            self.db["search_index"].insert({"rowid": num, **textindex.index_row(exhibit)})
        self.has_windows = self.has_windows or window.has_window(exhibit)

    def bulk_add(self, exhibits: Iterable[Exhibit], *, batch: int = 5000) -> int:
        """Add many new exhibits quickly, without indexing them: call rebuild_index() after.

        Ids must not exist yet (a duplicate raises sqlite3.IntegrityError and adds nothing);
        their images must already be recorded with save_media().
        """
        count = 0
        with known_faults(self.path), self.db.atomic():
            num = self.db.execute("SELECT coalesce(max(num), 0) FROM exhibits").fetchone()[0]
            rows: dict[str, list[dict]] = {"exhibits": [], "exhibit_tags": [], "exhibit_media": []}
            for exhibit in exhibits:
                num += 1
                rows["exhibits"].append({"num": num, **to_row(exhibit)})
                rows["exhibit_tags"] += [
                    {"num": num, "lang": lang, "tag": tag} for lang, tags in exhibit.tags.items() for tag in tags
                ]
                rows["exhibit_media"] += [
                    {"num": num, "position": i, "sha256": image.sha256, "name": image.name}
                    for i, image in enumerate(exhibit.images)
                ]
                count += 1
                self.has_windows = self.has_windows or window.has_window(exhibit)
                if len(rows["exhibits"]) >= batch:
                    self._insert_batch(rows)
            self._insert_batch(rows)
        return count

    def _insert_batch(self, rows: dict[str, list[dict]]) -> None:
        for table, batch in rows.items():
            self.db[table].insert_all(batch, batch_size=1000)
            batch.clear()

    def save_media(self, record: dict) -> None:
        """Record one prepared image (see kiosk.core.media.prepare) by its SHA-256."""
        with known_faults(self.path), self.db.atomic():
            self.db["media"].upsert(record, pk="sha256")

    def delete(self, exhibit_id: str) -> bool:
        return bool(self.delete_many([exhibit_id]))

    def delete_many(self, ids: Iterable[str]) -> list[str]:
        """Delete exhibits, their tags, image links and search rows in one transaction; the ids that existed.

        Images that no remaining exhibit uses lose their media records in the same
        transaction, and then their files: a deleted exhibit's pictures leave the booth
        and are never copied into a pack.
        """
        deleted: list[str] = []
        shas: set[str] = set()
        with known_faults(self.path), self.db.atomic():
            for exhibit_id in dict.fromkeys(ids):
                found = self.db.execute("SELECT num FROM exhibits WHERE id = ?", [exhibit_id]).fetchone()
                if not found:
                    continue
                shas.update(r[0] for r in self.db.execute("SELECT sha256 FROM exhibit_media WHERE num = ?", found))
                for table in ("exhibit_tags", "exhibit_media"):
                    self.db.execute(f"DELETE FROM {table} WHERE num = ?", found)
                self.db.execute("DELETE FROM search_index WHERE rowid = ?", found)
                self.db.execute("DELETE FROM exhibits WHERE num = ?", found)
                deleted.append(exhibit_id)
            unused = self._drop_unused_media(shas)
        with known_faults(self.path):
            self._remove_media_files(unused)
        return deleted

    def _drop_unused_media(self, shas: set[str]) -> list[dict]:
        unused = []
        for sha in sorted(shas):
            if not self.db.execute("SELECT 1 FROM exhibit_media WHERE sha256 = ?", [sha]).fetchone():
                unused += self.db["media"].rows_where("sha256 = ?", [sha])
                self.db.execute("DELETE FROM media WHERE sha256 = ?", [sha])
        return unused

    def _remove_media_files(self, records: list[dict]) -> None:
        """The files of media records deleted just before, unless an import recorded the image again since."""
        if not records:
            return
        self.db.conn.execute("BEGIN IMMEDIATE")  # an import saving now waits until the files are gone, or is done
        try:
            for record in records:
                if self.db.execute("SELECT 1 FROM media WHERE sha256 = ?", [record["sha256"]]).fetchone():
                    continue
                for rel in filter(None, (record["original"], record["display"], record["thumb"])):
                    with contextlib.suppress(OSError):  # the records are gone: a file left is only disk space
                        (self.folder / rel).unlink(missing_ok=True)
        finally:
            self.db.conn.execute("COMMIT")

    def rebuild_index(self) -> None:
        """Fill the search index from scratch: faster than indexing row by row."""
        with known_faults(self.path), self.db.atomic():
            self.db.execute("DELETE FROM search_index")
            rows = ({"rowid": num, **textindex.index_row(ex)} for num, ex in self._iter_with_num() if ex.published)
            self.db["search_index"].insert_all(rows, batch_size=2000)
            self.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")

    def set_meta(self, key: str, value: str) -> None:
        with known_faults(self.path), self.db.atomic():
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # -- reading ---------------------------------------------------------------

    def _query(self, sql: str, params: Iterable = ()) -> list[dict]:
        """Rows as dicts keyed by column name, as sqlite-utils' query() gives them."""
        cursor = self.conn.execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def get(self, exhibit_id: str) -> Exhibit | None:
        """The exhibit with this id, hidden or not (for staff); visitors' screens use get_visible."""
        found = self.by_nums(self._nums("id = ?", [exhibit_id]))
        return found[0] if found else None

    def summaries(self, *, hidden_only: bool = False) -> list[dict]:
        """Every exhibit (or the hidden ones) in display order, light: id, kind, number, titles, start, published."""
        columns = "id, kind, number, number_key, title_zh, title_en, starts_at, published"
        where = "published = 0" if hidden_only else "1"
        with known_faults(self.path):
            return self._query(f"SELECT {columns} FROM exhibits WHERE {where} ORDER BY {DISPLAY_ORDER}")

    def exhibits(self, kind: str | None = None, *, published_only: bool = True) -> list[Exhibit]:
        """Exhibits in display order: featured first, then sort order, then title."""
        clauses, params = [], []
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        if published_only:
            clauses.append(self.shown_sql(""))
        where = " AND ".join(clauses) or "1"
        return self.by_nums(self._nums(f"{where} ORDER BY {DISPLAY_ORDER}", params))

    def check(self) -> list[str]:
        """Problems with the database file or its media files; empty when all is well."""
        with known_faults(self.path):
            problems = [r[0] for r in self.conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
            for display, thumb in self.conn.execute("SELECT display, thumb FROM media").fetchall():
                missing = [rel for rel in (display, thumb) if not (self.folder / rel).is_file()]
                problems += [f"image file {rel} is missing" for rel in missing]
        return problems

    def media_for(self, sha256: str) -> dict | None:
        rows = self._query("SELECT * FROM media WHERE sha256 = ?", [sha256])
        return rows[0] if rows else None

    def by_nums(self, nums: list[int]) -> list[Exhibit]:
        """Exhibits for the given row numbers, in that order."""
        if not nums:
            return []
        marks = ",".join("?" * len(nums))
        rows = {r["num"]: r for r in self._query(f"SELECT * FROM exhibits WHERE num IN ({marks})", nums)}
        images: dict[int, list[ImageRef]] = {}
        sql = (
            "SELECT em.num, em.sha256, em.name, m.width, m.height, m.display, m.thumb FROM exhibit_media em "
            f"LEFT JOIN media m ON m.sha256 = em.sha256 WHERE em.num IN ({marks}) ORDER BY em.num, em.position"
        )
        for num, sha, name, width, height, display, thumb in self.conn.execute(sql, nums).fetchall():
            images.setdefault(num, []).append(ImageRef(sha, name, width or 0, height or 0, display or "", thumb or ""))
        return [from_row(rows[n], images.get(n, [])) for n in nums if n in rows]

    def _nums(self, where: str, params: list) -> list[int]:
        return [r[0] for r in self.conn.execute(f"SELECT num FROM exhibits e WHERE {where}", params).fetchall()]

    def _iter_with_num(self, batch: int = 2000) -> Iterator[tuple[int, Exhibit]]:
        last = 0
        while True:
            nums = self._nums("num > ? ORDER BY num LIMIT ?", [last, batch])
            if not nums:
                return
            yield from zip(nums, self.by_nums(nums), strict=True)
            last = nums[-1]
