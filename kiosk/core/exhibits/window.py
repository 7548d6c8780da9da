"""Date windows: exhibits that visitors see only from one day to another (both days included).

Few exhibits have a window (a week's campaign, an event's announcement), so the store asks
once, at open, whether any has one; only then do the visitors' queries leave out the exhibits
not shown today. Those are found through migration 4's partial index, which holds the
windowed exhibits alone: a gallery keeps reading its own index in display order and only
skips a handful of row numbers, and a catalogue without windows pays nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from kiosk.core.exhibits.model import Exhibit

# The condition of migration 4's index exhibits_window, written the same way so that SQLite uses it.
WINDOWED = "visible_from != '' OR visible_until != ''"


def has_columns(conn: sqlite3.Connection) -> bool:
    """Whether the database has the window columns (a database of schema 2, read as it is, has not)."""
    return any(row[1] == "visible_from" for row in conn.execute("PRAGMA table_info(exhibits)"))


def any_windows(conn: sqlite3.Connection) -> bool:
    """Whether any exhibit has a window: one look into the partial index (or, on a read-only
    database of schema 3, which lacks it, one scan at open)."""
    if not has_columns(conn):
        return False
    return conn.execute(f"SELECT 1 FROM exhibits WHERE {WINDOWED} LIMIT 1").fetchone() is not None


def has_window(exhibit: Exhibit) -> bool:
    return bool(exhibit.visible_from or exhibit.visible_until)


def not_shown_sql(day: date) -> str:
    """A query for the row numbers of the exhibits whose window leaves out `day` (it reads the partial index alone).

    The day is written into the SQL (an ISO date made by date.isoformat(), so nothing a person
    typed): the store's queries then keep their own parameters as they are."""
    iso = day.isoformat()
    return (
        f"SELECT num FROM exhibits WHERE ({WINDOWED}) "
        f"AND (visible_from > '{iso}' OR (visible_until != '' AND visible_until < '{iso}'))"
    )
