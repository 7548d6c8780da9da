"""The exhibit database: the one module that reads and writes it.

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
from kiosk.core.exhibits.model import LANGS, Exhibit, Filters, ImageRef
from kiosk.core.exhibits.rows import from_row, to_row

if TYPE_CHECKING:
    import sqlite_utils


class ExhibitStore:
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

    def get_visible(self, exhibit_id: str) -> Exhibit | None:
        """The exhibit with this id when visitors see it today (published, in its window); else None."""
        found = self.get(exhibit_id)
        return found if found is not None and self.shows(found) else None

    def summaries(self, *, hidden_only: bool = False) -> list[dict]:
        """Every exhibit (or the hidden ones) in display order, light: id, kind, number, titles, start, published."""
        columns = "id, kind, number, number_key, title_zh, title_en, starts_at, published"
        where = "published = 0" if hidden_only else "1"
        with known_faults(self.path):
            return self._query(f"SELECT {columns} FROM exhibits WHERE {where} ORDER BY {_DISPLAY_ORDER}")

    def shown_sql(self, alias: str = "e") -> str:
        """SQL true for the exhibits visitors see today: published, and not left out by a date window."""
        prefix = f"{alias}." if alias else ""
        return f"{prefix}published = 1{self._not_today(prefix + 'num')}"

    def _not_today(self, num: str) -> str:
        """Nothing when no exhibit has a window, else an AND leaving out the row numbers not shown today."""
        return f" AND {num} NOT IN ({self._not_shown()})" if self.has_windows else ""

    def _not_shown(self) -> str:
        return window.not_shown_sql(self.today())

    def shows(self, exhibit: Exhibit) -> bool:
        """Whether visitors see this exhibit today."""
        return exhibit.visible_on(self.today())

    def count(self, *, published_only: bool = True) -> int:
        """How many exhibits visitors see today (or, not published_only, how many there are)."""
        if not published_only:
            return self.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
        shown = self.conn.execute("SELECT count(*) FROM exhibits WHERE published = 1").fetchone()[0]
        return shown - sum(self._published_not_shown().values())

    def counts_by_kind(self, *, published_only: bool = True) -> dict[str, int]:
        """Exhibits per kind that visitors see today (or all of them); kinds with none are left out."""
        where = "WHERE published = 1" if published_only else ""
        # Left to itself the planner reads every row through another index (200 ms at 100,000; this: 8 ms).
        sql = f"SELECT kind, count(*) FROM exhibits INDEXED BY exhibits_kind_display {where} GROUP BY kind"
        counts = dict(self.conn.execute(sql).fetchall())
        for kind, hidden in (self._published_not_shown() if published_only else {}).items():
            counts[kind] -= hidden
        return {kind: n for kind, n in counts.items() if n}

    def _published_not_shown(self) -> dict[str, int]:
        """Published exhibits per kind that their window hides today: counts subtract them, because a
        NOT IN over every row would cost 50 ms at 100,000 and these few are read from the window index.
        "+published" keeps SQLite from reading them through exhibits_display (300 ms)."""
        if not self.has_windows:
            return {}
        sql = f"SELECT kind, count(*) FROM exhibits WHERE num IN ({self._not_shown()}) AND +published = 1 GROUP BY kind"
        return dict(self.conn.execute(sql).fetchall())

    def exhibits(self, kind: str | None = None, *, published_only: bool = True) -> list[Exhibit]:
        """Exhibits in display order: featured first, then sort order, then title."""
        clauses, params = [], []
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        if published_only:
            clauses.append(self.shown_sql(""))
        where = " AND ".join(clauses) or "1"
        return self.by_nums(self._nums(f"{where} ORDER BY {_DISPLAY_ORDER}", params))

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

    def match_nums(self, expression: str, title_expression: str, filters: Filters, *, limit: int) -> list[int]:
        """Row numbers of published exhibits matching an FTS5 expression: title matches first.

        Each tier is ranked by bm25; the other matches are only looked at when the
        title matches do not fill the page.
        """
        nums = self._ranked(title_expression, filters, limit, exclude=())
        if len(nums) < limit:
            nums += self._ranked(expression, filters, limit - len(nums), exclude=nums)
        return nums

    def _ranked(self, expression: str, filters: Filters, limit: int, exclude: Iterable[int]) -> list[int]:
        # bm25 costs a few microseconds per match; over a huge match set (a one-word query
        # in a 100,000-exhibit catalogue) only the first RANK_CAP candidates are ranked.
        # Only published exhibits are indexed, so the exhibits table is joined only to filter.
        where, params = _filter_sql(filters, "1" + self._not_today("s.rowid"))
        # CROSS JOIN keeps the index first: left to itself SQLite would run the MATCH once for every
        # exhibit of a kind (10 s for a kind of 16,000; this way 10 ms).
        join = "CROSS JOIN exhibits e ON e.num = s.rowid" if params else ""
        excluded = list(exclude)
        if excluded:
            where += f" AND s.rowid NOT IN ({','.join('?' * len(excluded))})"
        sql = (
            f"SELECT num FROM (SELECT s.rowid AS num, bm25(search_index, {_BM25_WEIGHTS}) AS score "
            f"FROM search_index s {join} WHERE search_index MATCH ? AND {where} "
            f"LIMIT {RANK_CAP}) ORDER BY score LIMIT ?"
        )
        with known_faults(self.path):
            rows = self.conn.execute(sql, [expression, *params, *excluded, limit]).fetchall()
        return [r[0] for r in rows]

    def card_rows(self, nums: list[int]) -> list[dict]:
        """Light rows (no summaries or bodies) for row numbers, with the first image's renditions; any order."""
        if not nums:
            return []
        sql = (
            f"SELECT e.num, e.id, e.kind, {_CARD_COLUMNS}, m.thumb, m.display FROM exhibits e "
            "LEFT JOIN exhibit_media em ON em.num = e.num AND em.position = 0 "
            f"LEFT JOIN media m ON m.sha256 = em.sha256 WHERE e.num IN ({','.join('?' * len(nums))})"
        )
        with known_faults(self.path):
            return self._query(sql, nums)

    def scheduled_event_nums(self) -> list[int]:
        """Row numbers of published events that have a start time, by start."""
        where = f"kind = 'event' AND {self.shown_sql()} AND starts_at != '' ORDER BY starts_at, id"
        return self._nums(where, [])

    def filtered_nums(self, filters: Filters, *, limit: int) -> list[int]:
        """Row numbers of published exhibits passing the filters, in display order."""
        where, params = _filter_sql(filters, self.shown_sql())
        return self._nums(f"{where} ORDER BY {_DISPLAY_ORDER} LIMIT ?", [*params, limit])

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


RANK_CAP = 2000
_DISPLAY_ORDER = "featured DESC, sort_order, coalesce(nullif(title_zh, ''), title_en), id"  # indexed: migration 2
_CARD_COLUMNS = (
    ", ".join(f"e.{name}_{lang}" for name in ("title", "tags", "region", "place") for lang in LANGS)
    + ", e.number, e.starts_at, e.ends_at, e.featured"
)
# Weights of the search_index columns: title, names, body, pinyin, initials, numbers.
_BM25_WEIGHTS = "10.0, 4.0, 1.0, 6.0, 3.0, 10.0"


def _filter_sql(filters: Filters, shown: str) -> tuple[str, list]:
    clauses, params = [shown], []
    if filters.kind:
        clauses.append("e.kind = ?")
        params.append(filters.kind)
    if filters.tag:
        clauses.append("EXISTS (SELECT 1 FROM exhibit_tags t WHERE t.num = e.num AND t.tag = ?)")
        params.append(filters.tag)
    if filters.region:
        clauses.append("? IN (" + ", ".join(f"e.region_{lang}" for lang in LANGS) + ")")
        params.append(filters.region)
    return " AND ".join(clauses), params
