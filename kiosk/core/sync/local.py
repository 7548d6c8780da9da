"""Packs on removable media: the `kiosk-packs/` folders below the watched folders.

A USB stick mounts as /media/<user>/<label>, so below each folder in
`sync.watch_folders` the kiosk looks in `kiosk-packs/` at the folder itself and
up to two levels down. Each `*.kpack` archive there, and each folder holding a
manifest.json, is a candidate; only its manifest is read here (the install
verifies everything).
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from kiosk.core.packs.errors import PackError

PACKS_FOLDER = "kiosk-packs"
ARCHIVE_SUFFIX = ".kpack"
MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 64 << 20  # a manifest of 200,000 files is about 30 MB
DEPTH = 2  # /media -> /media/<user> -> /media/<user>/<label>


def local_packs(folders: Iterable[str | Path]) -> list[Path]:
    """Every pack found in the kiosk-packs folders below `folders`, in a stable order."""
    found: list[Path] = []
    for base in folders:
        for packs_folder in _packs_folders(Path(base), DEPTH):
            found.extend(_packs_in(packs_folder))
    return sorted(set(found))


def _packs_folders(folder: Path, depth: int) -> Iterator[Path]:
    candidate = folder / PACKS_FOLDER
    if candidate.is_dir():
        yield candidate
    if depth <= 0:
        return
    try:
        children = sorted(child for child in folder.iterdir() if child.is_dir() and child.name != PACKS_FOLDER)
    except OSError:  # not there, or not ours to read (another user's media folder)
        return
    for child in children:
        yield from _packs_folders(child, depth - 1)


def _packs_in(packs_folder: Path) -> Iterator[Path]:
    if (packs_folder / MANIFEST).is_file():
        yield packs_folder
    try:
        entries = sorted(packs_folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if (entry.suffix == ARCHIVE_SUFFIX and entry.is_file()) or (entry.is_dir() and (entry / MANIFEST).is_file()):
            yield entry


def read_manifest(source: Path) -> bytes:
    """The manifest.json bytes of a pack folder or .kpack archive (raises OSError, or PackError for a bad archive)."""
    if source.is_dir():
        with (source / MANIFEST).open("rb") as handle:
            return _capped(handle.read(MAX_MANIFEST_BYTES + 1), source)
    try:
        with tarfile.open(source, "r:") as archive:
            return _first_member_manifest(archive, source)
    except (tarfile.TarError, EOFError) as exc:  # empty, not a tar, truncated: one line, like any refused pack
        raise PackError(f"not a readable pack archive (empty, damaged or truncated): {exc}") from None


def _first_member_manifest(archive: tarfile.TarFile, source: Path) -> bytes:
    member = archive.next()  # the format puts manifest.json first
    if member is None or member.name.removeprefix("./") != MANIFEST or not member.isfile():
        raise PackError("not a pack archive: manifest.json is not its first member")
    handle = archive.extractfile(member)
    if handle is None:
        raise PackError("not a pack archive: its manifest.json cannot be read")
    return _capped(handle.read(MAX_MANIFEST_BYTES + 1), source)


def _capped(data: bytes, source: Path) -> bytes:
    if len(data) > MAX_MANIFEST_BYTES:
        raise OSError(f"{source}: manifest.json is larger than {MAX_MANIFEST_BYTES >> 20} MB")
    return data


def source_key(source: Path) -> str:
    """Names one state of a pack on the media: a pack replaced on the stick is looked at again."""
    marker = source / MANIFEST if source.is_dir() else source
    try:
        stat = marker.stat()
    except OSError:
        return str(source)
    return f"{source}|{stat.st_size}|{stat.st_mtime_ns}"
