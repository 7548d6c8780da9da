"""Staff's own exhibits: which content folders may be changed, and deleting exhibits from one.

Only a library (what `kiosk import` writes, or another folder made that way) is
changed in place. A content pack is signed as it is: changing it would break
its signature, and an installed pack is what the booth shows, so packs are
refused here and changed by building and installing a new version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME, MANIFEST, SIGNATURE, Paths
from kiosk.core.exhibits.store import ExhibitStore


def refuse_pack(folder: Path, paths: Paths) -> None:
    """KioskError when `folder` is a content pack (installed or built), which is never changed in place."""
    installed = folder.resolve().is_relative_to(paths.packs.resolve())
    if installed or (folder / MANIFEST).exists() or (folder / SIGNATURE).exists():
        what = "an installed content pack" if installed else "a content pack"
        raise KioskError(
            f"{folder} is {what}, which is read-only: change the exhibits in your library "
            f"(leave out --content), then build and install a new version of the pack."
        )


def writable_content(folder: Path, paths: Paths) -> Path:
    """`folder`, when it is an exhibit library that may be changed; KioskError saying why not otherwise."""
    refuse_pack(folder, paths)
    if not (folder / DB_NAME).is_file():
        raise KioskError(f"There is no exhibit database at {folder / DB_NAME}; import exhibits into it first.")
    return folder


@dataclass(frozen=True)
class Doomed:
    """An exhibit about to be deleted, as staff recognise it."""

    id: str
    kind: str
    title: str
    published: bool


def find_all(store: ExhibitStore, ids: Iterable[str]) -> tuple[list[Doomed], list[str]]:
    """The exhibits with these ids (each once, in the order given), and the ids no exhibit has."""
    found: list[Doomed] = []
    unknown: list[str] = []
    for exhibit_id in dict.fromkeys(ids):
        exhibit = store.get(exhibit_id)
        if exhibit is None:
            unknown.append(exhibit_id)
        else:
            found.append(Doomed(exhibit.id, exhibit.kind, exhibit.t("title", "zh"), exhibit.published))
    return found, unknown


def unknown_message(unknown: list[str], folder: Path) -> str:
    names = ", ".join(repr(exhibit_id) for exhibit_id in unknown)
    which = "is no exhibit with the id" if len(unknown) == 1 else "are no exhibits with the ids"
    return f"There {which} {names} in {folder}; nothing was deleted."
