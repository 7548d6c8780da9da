"""Staff's draft of the exhibits: what the staff screens and `kiosk curate` edit before publishing.

The draft lives in the booth's data folder (paths.curation), never in a pack: curation.db
(journal.py, WAL and synchronous=FULL) holds the exhibits and the history of every change,
and the same folder holds the draft as a content folder for previews and publishing (work.py).
The visitor screens go on showing the installed content until staff publish.

A draft is started from what the booth shows (start.py) the first time, and again when staff
discard it. Each edit is one step, recorded with the account that made it; undo goes back
over this session's steps, one at a time, as far as the last start or publish.
"""

from __future__ import annotations

import copy
import secrets
from pathlib import Path
from typing import Any

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME, Paths
from kiosk.core.curation import records
from kiosk.core.curation.journal import WHOLE, Change, Journal, Pending
from kiosk.core.curation.start import Origin, start_draft
from kiosk.core.curation.work import WorkFolders
from kiosk.core.exhibits.model import KINDS, Exhibit, ImageRef
from kiosk.core.interchange.fieldcheck import check_field, get_value, set_value

CURATION_DB = "curation.db"


class Draft:
    """One staff session's way into the draft (one per process writes; readers may be many)."""

    def __init__(self, paths: Paths, journal: Journal, work: WorkFolders, account: str, session: str):
        self.paths = paths
        self.journal = journal
        self.work = work
        self.account = account
        self.session = session

    @classmethod
    def open(cls, paths: Paths, *, account: str, busy_timeout_ms: int = 5000, start_from: Path | None = None) -> Draft:
        """The booth's draft, started from what the booth shows (or `start_from`) if there is none yet."""
        folder = paths.curation
        folder.mkdir(parents=True, exist_ok=True)
        journal = Journal.open(folder / CURATION_DB, busy_timeout_ms=busy_timeout_ms)
        try:
            work = WorkFolders(folder, busy_timeout_ms=busy_timeout_ms)
        except BaseException:
            journal.close()
            raise
        draft = cls(paths, journal, work, account, secrets.token_hex(8))
        try:
            if not journal.meta("origin_folder"):
                draft.restart(start_from)
            else:
                work.follow(journal)
        except BaseException:
            draft.close()
            raise
        return draft

    def close(self) -> None:
        self.work.close()
        self.journal.close()

    def __enter__(self) -> Draft:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def folder(self) -> Path:
        """The draft as a content folder (exhibits.db and media/), as visitors would see it once published."""
        return self.work.folder

    # -- where it came from ----------------------------------------------------------------

    def origin(self) -> Origin:
        version = self.journal.meta("origin_version", "0")
        return Origin(self.journal.meta("origin_folder"), self.journal.meta("origin_pack"), int(version or 0))

    def stale(self) -> str | None:
        """Why the draft is behind what the booth shows (a newer pack arrived since it started), or None."""
        shown = self.paths.content_folder()
        origin = self.origin()
        if shown == Path(origin.folder) or not (shown / DB_NAME).is_file():
            return None
        return (f"The booth now shows {shown.name}; this draft was started from {Path(origin.folder).name}. "
                "Discard the draft to start again from what the booth shows.")  # fmt: skip

    def restart(self, folder: Path | None = None) -> Origin:
        """Throw the draft away and start again from `folder` (default: what the booth shows now)."""
        origin = start_draft(self.journal, folder or self.paths.content_folder(), self.folder, self.account,
                             self.session)  # fmt: skip
        self.work.follow(self.journal)
        return origin

    # -- reading ---------------------------------------------------------------------------

    def get(self, exhibit_id: str) -> Exhibit | None:
        return self.journal.get(exhibit_id)

    def all(self) -> dict[str, Exhibit]:
        return self.journal.exhibits()

    def history(self, exhibit_id: str | None = None, *, limit: int = 500, since: str = "") -> list[Change]:
        return self.journal.history(exhibit_id, limit=limit, since=since)

    def can_undo(self) -> bool:
        return self.journal.last_undoable(self.session) is not None

    def undo_count(self) -> int:
        return self.journal.undoable_count(self.session)

    # -- changing --------------------------------------------------------------------------

    def edit(self, exhibit_id: str, values: dict[str, Any], *, label: str = "", action: str = "edit") -> bool:
        """Set columns of one exhibit (typed values, already checked); False when nothing changed."""
        exhibit = self._existing(exhibit_id)
        changed = copy.deepcopy(exhibit)
        rows = []
        for column, value in values.items():
            before = get_value(exhibit, column)
            if records.value_json(before) == records.value_json(value):
                continue
            set_value(changed, column, value)
            rows.append((exhibit_id, column, records.value_json(before), records.value_json(value)))
        if not rows:
            return False
        self._commit(Pending(action, label or ", ".join(values), {exhibit_id: changed}, rows, []))
        return True

    def edit_text(self, exhibit_id: str, column: str, text: str, lang: str = "zh") -> str | None:
        """What staff typed into one field, checked by the import rules: saved, or the message saying why not."""
        value, message = check_field(column, text, lang)
        if message is not None:
            return message
        self.edit(exhibit_id, {column: value}, label=column)
        return None

    def create(self, kind: str, *, title_zh: str = "", title_en: str = "") -> str:
        """A new exhibit of `kind`, hidden until staff show it; its id."""
        if kind not in KINDS:
            raise KioskError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        existing = set(self.journal.exhibits())
        exhibit_id = next(f"{kind}-new-{n}" for n in range(1, 10**6) if f"{kind}-new-{n}" not in existing)
        exhibit = Exhibit(id=exhibit_id, kind=kind, published=False)
        titles = {lang: text for lang, text in (("zh", title_zh), ("en", title_en)) if text}
        if titles:
            exhibit.text["title"] = titles
        row = (exhibit_id, WHOLE, None, records.to_json(exhibit))
        self._commit(Pending("create", f"new {kind}", {exhibit_id: exhibit}, [row], []))
        return exhibit_id

    def delete(self, exhibit_id: str) -> None:
        exhibit = self._existing(exhibit_id)
        row = (exhibit_id, WHOLE, records.to_json(exhibit), None)
        self._commit(Pending("delete", f"deleted {exhibit_id}", {exhibit_id: None}, [row], []))

    def move(self, exhibit_id: str, to_index: int, order: list[str]) -> None:
        """Arrange: put `exhibit_id` at `to_index` of `order` (the ids as staff see them) and number them all."""
        ids = [i for i in order if i != exhibit_id]
        ids.insert(max(0, min(to_index, len(ids))), exhibit_id)
        current = self.journal.exhibits()
        changed: dict[str, Exhibit | None] = {}
        rows = []
        for position, key in enumerate(ids):
            exhibit = current.get(key)
            if exhibit is None or exhibit.sort_order == (position + 1) * 10:
                continue
            rows.append(
                (key, "sort_order", records.value_json(exhibit.sort_order), records.value_json((position + 1) * 10))
            )
            exhibit.sort_order = (position + 1) * 10
            changed[key] = exhibit
        if rows:
            self._commit(Pending("arrange", f"moved {exhibit_id}", changed, rows, []))

    def add_images(self, exhibit_id: str, media_records: list[dict], names: list[str] | None = None) -> int:
        """Images prepared into the draft's folder (images.add_images), with their file names, added after the
        exhibit's others; how many were new to it."""
        exhibit = self._existing(exhibit_id)
        known = {image.sha256 for image in exhibit.images}
        named = zip(media_records, names or [r["sha256"] for r in media_records], strict=True)
        fresh = {r["sha256"]: (r, name) for r, name in named if r["sha256"] not in known}
        new = [r for r, _ in fresh.values()]
        if not new:
            return 0
        images = [*exhibit.images, *(_image_ref(r, name) for r, name in fresh.values())]
        rows = [(exhibit_id, "images", records.value_json(exhibit.images), records.value_json(images))]
        changed = copy.deepcopy(exhibit)
        changed.images = images
        self._commit(Pending("images", f"{len(new)} image(s) added", {exhibit_id: changed}, rows, new))
        return len(new)

    def arrange_images(self, exhibit_id: str, order: list[int]) -> None:
        """Keep the exhibit's images at these positions, in this order (remove, reorder, choose the first)."""
        exhibit = self._existing(exhibit_id)
        if any(not 0 <= i < len(exhibit.images) for i in order) or len(set(order)) != len(order):
            raise KioskError(f"{exhibit_id}: no such image position in {order}")
        self.edit(exhibit_id, {"images": [exhibit.images[i] for i in order]}, label="images", action="images")

    def undo(self) -> str | None:
        """Undo this session's last step that is not undone yet; what it was, or None when there is none."""
        step = self.journal.last_undoable(self.session)
        if step is None:
            return None
        label, rows = self.journal.step_changes(step)
        state = {exhibit_id: self.journal.get(exhibit_id) for exhibit_id, *_ in rows}
        back = []
        for exhibit_id, field, before, after in reversed(rows):
            state[exhibit_id] = _revert(state[exhibit_id], field, before)
            back.append((exhibit_id, field, after, before))
        self._commit(Pending("undo", f"undo: {label}", state, back, []), undoes=step)
        return label

    def mark_published(self, folder_name: str, pack_id: str, version: int) -> None:
        """The draft was published as `pack_id` `version`: it is the new base, and undo stops here."""
        exhibits, media = self.journal.exhibits(), self.journal.media()
        with self.journal.transaction() as conn:
            self.journal.replace_all(conn, exhibits.values(), media, tables=("base_exhibits", "base_media"))
            folder = str(self.paths.packs / folder_name)
            self.journal.set_meta(
                conn, {"origin_folder": folder, "origin_pack": pack_id, "origin_version": str(version)}
            )
            self.journal.mark(conn, "publish", f"published {pack_id} version {version}", self.account, self.session)
        self.work.follow(self.journal)

    def _existing(self, exhibit_id: str) -> Exhibit:
        exhibit = self.journal.get(exhibit_id)
        if exhibit is None:
            raise KioskError(f"There is no exhibit {exhibit_id!r} in the draft.")
        return exhibit

    def _commit(self, pending: Pending, *, undoes: int | None = None) -> None:
        self.journal.record(pending, self.account, self.session, undoes=undoes)
        self.work.follow(self.journal, pending.exhibits)


def _revert(exhibit: Exhibit | None, field: str, before: str | None) -> Exhibit | None:
    if field == WHOLE:
        return None if before is None else records.from_json(before)
    if exhibit is None:
        return None
    set_value(exhibit, field, records.value_from_json(field, before))
    return exhibit


def _image_ref(record: dict, name: str) -> ImageRef:
    return ImageRef(record["sha256"], Path(name).name, record.get("width", 0), record.get("height", 0),
                    record.get("display", ""), record.get("thumb", ""))  # fmt: skip
