"""What visitors are shown: the exhibit store's queries behind galleries, counts, search and events.

Visitors see an exhibit when it is published and today is inside its date window, if it has one
(kiosk.core.exhibits.window). Every query here asks for exactly those, by the store's `today`, so
a kiosk that runs past midnight shows the new day's exhibits at the next query. ExhibitStore
inherits these; they read through its connection alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from kiosk.core.db.faults import known_faults
from kiosk.core.exhibits import window
from kiosk.core.exhibits.model import LANGS, Exhibit, Filters

RANK_CAP = 2000
DISPLAY_ORDER = "featured DESC, sort_order, coalesce(nullif(title_zh, ''), title_en), id"  # indexed: migration 2
_CARD_COLUMNS = (
    ", ".join(f"e.{name}_{lang}" for name in ("title", "tags", "region", "place") for lang in LANGS)
    + ", e.number, e.starts_at, e.ends_at, e.featured"
)
# Weights of the search_index columns: title, names, body, pinyin, initials, numbers.
_BM25_WEIGHTS = "10.0, 4.0, 1.0, 6.0, 3.0, 10.0"


class VisitorQueries:
    """The visitors' half of ExhibitStore, which sets these attributes and has get, _nums and _query."""

    conn: sqlite3.Connection
    path: Path
    today: Callable[[], date]
    has_windows: bool
    get: Callable[[str], Exhibit | None]
    _nums: Callable[[str, list], list[int]]
    _query: Callable[..., list[dict]]

    def get_visible(self, exhibit_id: str) -> Exhibit | None:
        """The exhibit with this id when visitors see it today (published, in its window); else None."""
        found = self.get(exhibit_id)
        return found if found is not None and self.shows(found) else None

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
        return self._nums(f"{where} ORDER BY {DISPLAY_ORDER} LIMIT ?", [*params, limit])


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
