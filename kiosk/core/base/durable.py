"""Writing a file so that a crash or a full disk never leaves it half written.

The bytes go to a temporary file beside the target, are flushed to the disk, and the temporary
file is renamed over the target (atomic on POSIX); then the folder itself is flushed, so the
rename survives a power cut. Readers see the old file or the new one, never a mix.

The lock is how two processes on one data folder (the kiosk and a command in a terminal) keep
out of each other's way: an advisory lock on a file, never waited for, released by the
operating system when its process ends however it ends, so a killed process leaves none behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: one process at a time is assumed
    fcntl = None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, durably; on any failure the old file is untouched and no temporary is left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to the disk (Windows cannot open a folder for this)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def try_lock(fd: int) -> bool:
    """Take the exclusive lock of the open file `fd` without waiting: False when another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[bool]:
    """Hold the lock of `path` (created if missing) for the block: True if this process got it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        yield try_lock(fd)
    finally:
        os.close(fd)  # closing releases the lock
