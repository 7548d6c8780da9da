"""Starting a draft from the content the booth shows: an installed pack, staff's library, or the demo.

The exhibits (hidden ones too) and the media records of their images are copied into
curation.db, and the image files into the draft's folder: hard links where the file system
allows (a pack's files are never changed in place, so sharing them is safe and costs no
space), copies elsewhere. The same content becomes the base the publish summary compares with.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.base.errors import KioskError
from kiosk.core.curation.journal import Journal
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore


@dataclass(frozen=True)
class Origin:
    """What a draft started from, as staff and the publish step need it."""

    folder: str  # the content folder it was read from
    pack_id: str  # "" for a library or the demo (no pack yet)
    version: int  # 0 likewise


def read_content(folder: Path) -> tuple[list[Exhibit], dict[str, dict], Origin]:
    """Every exhibit of a content folder, the media records they use, and what the folder is."""
    with ExhibitStore.open(folder, readonly=True) as store:
        exhibits = store.exhibits(published_only=False)
        shas = {image.sha256 for exhibit in exhibits for image in exhibit.images}
        media = {sha: record for sha in sorted(shas) if (record := store.media_for(sha)) is not None}
        version = store.meta("pack_version")
        origin = Origin(str(folder), store.meta("pack_id"), int(version) if version.isdigit() else 0)
    return exhibits, media, origin


def copy_media_files(media: dict[str, dict], source: Path, dest: Path) -> None:
    """The files of these media records from one content folder into another (same relative paths)."""
    for record in media.values():
        for rel in filter(None, (record.get("display"), record.get("thumb"), record.get("original"))):
            src, target = source / rel, dest / rel
            if target.exists() or not src.is_file():
                continue  # the same name is the same bytes (named by hash); an original a pack lacks is fine
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                _link_or_copy(src, target)
            except OSError as exc:
                raise KioskError(f"{target}: cannot copy the image for the draft: {exc.strerror or exc}") from None


def _link_or_copy(src: Path, target: Path) -> None:
    temp = target.with_name(f".{target.name}.part")
    temp.unlink(missing_ok=True)
    try:
        os.link(src, temp)
    except OSError:
        shutil.copyfile(src, temp)
    os.replace(temp, target)


def start_draft(journal: Journal, folder: Path, draft_folder: Path, account: str, session: str) -> Origin:
    """Make the draft (and its base) the content of `folder`, in one transaction; the history says so."""
    exhibits, media, origin = read_content(folder)
    copy_media_files(media, folder, draft_folder)
    with journal.transaction() as conn:
        journal.replace_all(conn, exhibits, media)
        journal.replace_all(conn, exhibits, media, tables=("base_exhibits", "base_media"))
        journal.set_meta(conn, {"origin_folder": origin.folder, "origin_pack": origin.pack_id,
                                "origin_version": str(origin.version)})  # fmt: skip
        what = f"{origin.pack_id} version {origin.version}" if origin.pack_id else folder.name
        journal.mark(conn, "start", f"draft started from {what}", account, session)
    return origin
