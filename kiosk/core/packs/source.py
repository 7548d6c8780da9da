"""Where a pack is read from: a folder, or a .kpack archive (see archive.py).

Both kinds answer the same questions: the manifest and signature bytes, whether the
files present are exactly those listed (no links, nothing missing, nothing extra),
and each file's content, hashed against the manifest, optionally copied on the way.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Protocol

from kiosk.core.packs import stream
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, MAX_MANIFEST_BYTES, SIGNATURE, FileEntry, Manifest, safe_relative

SIGNATURE_BYTES = 64
Done = Callable[[FileEntry, Path | None], None]
Progress = Callable[[FileEntry], None]


class PackSource(Protocol):
    """What install and verify ask of a pack, a folder or an archive alike."""

    name: str

    def __enter__(self) -> PackSource: ...
    def __exit__(self, *exc: object) -> None: ...
    def read_meta(self) -> tuple[bytes, bytes]: ...
    def check_listing(self, manifest: Manifest) -> None: ...
    def each_file(
        self, manifest: Manifest, staging: Path | None, done: Done, progress: Progress | None = None
    ) -> None: ...


def workers() -> int:
    """Threads that hash at once: two cores hash about twice as fast as one (measured, docs/packs.md)."""
    return max(1, min(4, os.cpu_count() or 1))


class FolderSource:
    """A pack as a folder of files."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.name = str(folder)

    def __enter__(self) -> FolderSource:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def read_manifest(self) -> bytes:
        return self._small(MANIFEST, MAX_MANIFEST_BYTES)

    def read_meta(self) -> tuple[bytes, bytes]:
        return self.read_manifest(), self._small(SIGNATURE, SIGNATURE_BYTES)

    def _small(self, name: str, limit: int) -> bytes:
        fd = stream.open_regular(self.folder / name, self.name, name)
        try:
            data = os.read(fd, limit + 1)
        finally:
            os.close(fd)
        if len(data) > limit:
            raise PackError(f"{self.name}: {name} is larger than {limit} bytes")
        return data

    def check_listing(self, manifest: Manifest) -> None:
        found = set(_walk(self.folder, "", self.name))
        compare_listing(found - {MANIFEST, SIGNATURE}, manifest, self.name)

    def each_file(self, manifest: Manifest, staging: Path | None, done: Done, progress: Progress | None = None) -> None:
        """Hash every file (copying it into staging when given), two or more at a time.

        done(entry, copy) runs on the worker thread right after a file passed, while it is in the cache.
        """

        def one(entry: FileEntry) -> None:
            dest = staging / entry.path if staging else None
            if dest is None:
                stream.hash_file(self.folder / entry.path, entry, self.name)
            else:
                stream.copy_file(self.folder / entry.path, dest, entry, self.name)
            done(entry, dest)

        run_parallel(one, sorted(manifest.files, key=lambda e: -e.size), progress)


def run_parallel(
    task: Callable[[FileEntry], None], entries: Iterable[FileEntry], progress: Progress | None = None
) -> None:
    """Run task over entries on worker threads; the first error stops the rest and is raised.

    progress(entry) is called on the calling thread as each task ends, never on a worker.
    """
    with ThreadPoolExecutor(workers()) as pool:
        futures = {pool.submit(task, entry): entry for entry in entries}
        try:
            for future in as_completed(futures):
                future.result()
                if progress is not None:
                    progress(futures[future])
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _walk(folder: Path, prefix: str, where: str) -> Iterator[str]:
    """Relative paths of the regular files under folder; PackError on links and special files."""
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        raise PackError(f"{where}: cannot read {prefix or 'the pack folder'}: {exc.strerror}") from None
    for entry in entries:
        rel = prefix + entry.name
        if not safe_relative(rel):
            raise PackError(f"{where}: {rel!r} is not a safe file name")
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISLNK(info.st_mode):
            raise PackError(f"{where}: {rel} is a symbolic link; packs hold regular files only")
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(Path(entry.path), rel + "/", where)
        elif stat.S_ISREG(info.st_mode):
            yield rel
        else:
            raise PackError(f"{where}: {rel} is not a regular file")


def compare_listing(found: set[str], manifest: Manifest, where: str) -> None:
    listed = {entry.path for entry in manifest.files}
    missing, extra = sorted(listed - found), sorted(found - listed)
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise PackError(f"{where}: {missing[0]} is missing{more}")
    if extra:
        more = f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""
        raise PackError(f"{where}: {extra[0]} is not listed in the manifest{more}")


def open_source(path: Path) -> PackSource:
    """The pack at path: a folder, or a .kpack archive."""
    from kiosk.core.packs.archive import TarSource

    if path.is_dir() and not path.is_symlink():
        return FolderSource(path)
    if path.is_file():
        return TarSource(path)
    if not path.exists():
        raise PackError(f"{path}: no such pack (a pack folder or a .kpack file)")
    raise PackError(f"{path}: not a pack folder or a .kpack file")
