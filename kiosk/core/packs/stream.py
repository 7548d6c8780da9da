"""Reading, hashing and copying one pack file with its declared size as a hard cap.

Files are read in CHUNK-sized pieces straight into one buffer; hashlib releases the
GIL while it hashes a piece, so two threads hash two files on two cores at once.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

from kiosk.core.base.durable import sync_folder
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import FileEntry

CHUNK = 1 << 20  # 1 MiB: 4 and 8 MiB measured no faster here (see docs/packs.md)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class Readable(Protocol):
    def readinto(self, buffer: memoryview, /) -> int | None: ...


class _Limited:
    """A reader that never goes past `remaining` bytes of an open file descriptor."""

    def __init__(self, fd: int, remaining: int):
        self.fd, self.remaining = fd, remaining

    def readinto(self, buffer: memoryview, /) -> int:
        want = min(len(buffer), self.remaining)
        if want <= 0:
            return 0
        count = os.readv(self.fd, [buffer[:want]])
        self.remaining -= count
        return count


def open_regular(path: Path, where: str, name: str) -> int:
    """An fd of a regular file that is not a link; PackError otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except FileNotFoundError:
        raise PackError(f"{where}: {name} is missing") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PackError(f"{where}: {name} is a symbolic link; packs hold regular files only") from None
        raise PackError(f"{where}: {name} cannot be read: {exc.strerror}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(fd)
        what = "has other hard links" if stat.S_ISREG(info.st_mode) else "is not a regular file"
        raise PackError(f"{where}: {name} {what}; packs hold regular files only")
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
    return fd


def hash_file(path: Path, entry: FileEntry, where: str) -> None:
    """Check one file of a folder pack: regular, not a link, the declared size and SHA-256."""
    fd = open_regular(path, where, entry.path)
    try:
        _check_size(os.fstat(fd).st_size, entry, where)
        check_digest(hash_stream(_Limited(fd, entry.size + 1), entry, where), entry, where)
    finally:
        os.close(fd)


def copy_file(path: Path, dest: Path, entry: FileEntry, where: str) -> None:
    """Copy one file of a folder pack into dest, hashing it on the way.

    Plain reads, never a memory map: a file truncated under a map kills the process with
    SIGBUS (removable media pulled out mid-install), where a read fails cleanly. A map
    measured no faster over a whole install anyway.
    """
    fd = open_regular(path, where, entry.path)
    try:
        _check_size(os.fstat(fd).st_size, entry, where)
        copy_stream(_Limited(fd, entry.size + 1), dest, entry, where)
    finally:
        os.close(fd)


def _create(dest: Path) -> int:
    try:
        return os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as exc:
        raise write_error(exc, dest) from None


def copy_stream(source: Readable, dest: Path, entry: FileEntry, where: str) -> None:
    """Write what `source` yields to a new file dest, refusing it at the first byte past its declared size.

    Raises PackError (and removes dest) when the size or SHA-256 is not what the manifest says.
    """
    out = _create(dest)
    try:
        check_digest(_pump(source, out, entry, where), entry, where)
    except BaseException:
        os.close(out)
        dest.unlink(missing_ok=True)
        raise
    os.close(out)


def hash_stream(source: Readable, entry: FileEntry, where: str) -> str:
    """SHA-256 (hex) of what source yields, capped at the declared size."""
    return _pump(source, None, entry, where)


def _pump(source: Readable, out: int | None, entry: FileEntry, where: str) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    done = 0
    while True:
        count = source.readinto(view[: min(CHUNK, entry.size + 1 - done)])
        if not count:
            break
        done += count
        if done > entry.size:  # cut off at once: a download over its size never fills the disk
            raise PackError(f"{where}: {entry.path} is larger than the manifest says ({entry.size} bytes)")
        digest.update(view[:count])
        if out is not None:
            _write_all(out, view[:count])
    if done < entry.size:
        raise PackError(f"{where}: {entry.path} is truncated: {done} of {entry.size} bytes")
    return digest.hexdigest()


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        try:
            written = os.write(fd, data)
        except OSError as exc:
            raise write_error(exc, None) from None
        data = data[written:]


def _check_size(actual: int, entry: FileEntry, where: str) -> None:
    if actual > entry.size:
        raise PackError(f"{where}: {entry.path} is larger than the manifest says ({actual} bytes, not {entry.size})")
    if actual < entry.size:
        raise PackError(f"{where}: {entry.path} is truncated: {actual} of {entry.size} bytes")


def check_digest(digest: str, entry: FileEntry, where: str) -> None:
    if digest != entry.sha256:
        raise PackError(f"{where}: {entry.path} does not match its SHA-256 in the manifest (changed or damaged)")


class DiskFull(PackError):
    """The disk filled up while writing; install turns this into the full message with sizes."""


def write_error(exc: OSError, path: Path | None) -> PackError:
    if exc.errno in _DISK_FULL:
        return DiskFull("not enough disk space")
    return PackError(f"{path or 'pack file'}: cannot write: {exc.strerror or exc}")


def fsync_path(path: Path, *, directory: bool = False) -> None:
    """Flush a file's data (and what is needed to read it back) or a folder's entries to disk.

    fdatasync, where there is one: a file's new read-only mode need not reach the disk, so a
    file that is already on disk (a pack moved into place) costs no journal commit.
    """
    if directory:
        sync_folder(path)
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        _flush(fd)
    finally:
        os.close(fd)


_flush = getattr(os, "fdatasync", os.fsync)


class Flusher:
    """Flushes files to disk on a thread of its own, so the disk writes while the next files are copied.

    (Flushing each file on the thread that copied it left the disk idle while copying and the
    processor idle while flushing: measured a quarter slower over 1 GB.)
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1)
        self._pending: list[Future] = []
        self._lock = threading.Lock()

    def __enter__(self) -> Flusher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def flush(self, path: Path) -> None:
        with self._lock:
            self._pending.append(self._pool.submit(fsync_path, path))

    def wait(self) -> None:
        """Wait for every flush; the first that failed raises."""
        for future in self._pending:
            try:
                future.result()
            except OSError as exc:
                raise write_error(exc, None) from None
