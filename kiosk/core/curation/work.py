"""The draft as content folders, made from curation.db and following it step by step.

`paths.curation` itself is a content folder (exhibits.db and media/) holding the draft as
visitors would see it, published: previews open the visitor screens on it, and a publish
builds the pack from it. `finder/` beside it holds every exhibit of the draft, hidden ones
too, indexed by the visitors' own search, for the staff's exhibit list.

Both are copies: curation.db decides. Each records the draft's generation it shows; after a
step it follows by saving the exhibits that step touched, and when it is behind by more (a
process killed between the two commits, a new start) it is made again from scratch.
Deleting an exhibit here never deletes its image files: an undo may bring it back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from kiosk.core.curation.journal import Journal
from kiosk.core.db.faults import known_faults
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore

FINDER = "finder"
_TABLES = ("exhibit_tags", "exhibit_media", "search_index", "exhibits")


class WorkFolders:
    def __init__(self, folder: Path, *, busy_timeout_ms: int = 5000):
        self.folder = folder
        self.store = ExhibitStore.open(folder, busy_timeout_ms=busy_timeout_ms)
        try:
            self.finder = ExhibitStore.open(folder / FINDER, busy_timeout_ms=busy_timeout_ms)
        except BaseException:
            self.store.close()
            raise

    def close(self) -> None:
        self.store.close()
        self.finder.close()

    def follow(self, journal: Journal, touched: Iterable[str] | None = None) -> None:
        """Show the draft's latest generation: the touched exhibits when one step behind, else everything."""
        target = journal.meta("generation", "0")
        behind_by_one = str(int(target) - 1) == self.store.meta("generation") == self.finder.meta("generation")
        if touched is not None and behind_by_one:
            ids = list(dict.fromkeys(touched))
            exhibits = {exhibit_id: journal.get(exhibit_id) for exhibit_id in ids}
            media = journal.media()
            for store, found in ((self.store, exhibits), (self.finder, _findable(exhibits))):
                _apply(store, found, media, target)
        elif self.store.meta("generation") != target or self.finder.meta("generation") != target:
            exhibits = journal.exhibits()
            media = journal.media()
            for store, found in ((self.store, exhibits), (self.finder, _findable(exhibits))):
                _rebuild(store, found, media, target)

    def prune_media_rows(self) -> None:
        """Media records no exhibit of the draft uses any more: out of the table (a pack copies what it names)."""
        with known_faults(self.store.path), self.store.db.atomic():
            self.store.db.execute("DELETE FROM media WHERE sha256 NOT IN (SELECT sha256 FROM exhibit_media)")


def _findable(exhibits: dict[str, Exhibit | None]) -> dict[str, Exhibit | None]:
    """Every exhibit as if published and without a date window: staff find hidden ones too."""
    return {
        key: None if ex is None else dataclasses.replace(ex, published=True, visible_from="", visible_until="")
        for key, ex in exhibits.items()
    }


def _apply(store: ExhibitStore, exhibits: dict[str, Exhibit | None], media: dict[str, dict], generation: str) -> None:
    with known_faults(store.path), store.db.atomic():
        for exhibit_id, exhibit in exhibits.items():
            if exhibit is None:
                _forget(store, exhibit_id)
        used = [media[image.sha256] for ex in exhibits.values() if ex for image in ex.images if image.sha256 in media]
        store.save([ex for ex in exhibits.values() if ex is not None], media=used)
        store.set_meta("generation", generation)


def _rebuild(store: ExhibitStore, exhibits: dict[str, Exhibit | None], media: dict[str, dict], generation: str) -> None:
    with known_faults(store.path), store.db.atomic():
        for table in (*_TABLES, "media"):
            store.db.execute(f"DELETE FROM {table}")
        store.save([ex for ex in exhibits.values() if ex is not None], media=media.values(), index=False)
        store.rebuild_index()
        store.set_meta("generation", generation)


def _forget(store: ExhibitStore, exhibit_id: str) -> None:
    found = store.db.execute("SELECT num FROM exhibits WHERE id = ?", [exhibit_id]).fetchone()
    if found:
        for table in _TABLES:
            column = "rowid" if table == "search_index" else "num"
            store.db.execute(f"DELETE FROM {table} WHERE {column} = ?", found)
