"""The packs folder of a booth: installed packs, the active one, history, staging and locks.

    packs/<pack_id>-<version>/   complete, verified packs, never changed after install
    packs/active.json            the pack in use; replacing this file is THE atomic switch
    packs/history.json           what was installed or rolled back to, from where, when
    packs/.staging-<random>/     an install in progress, with a lock file beside it
    packs/.trash-<random>/       a pack being removed (renamed first, so never half a pack)
A process that dies leaves at most staging, trash and temporary files; clean_staging()
removes them, skipping any staging folder whose owner still holds its lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.base.durable import exclusive_lock, try_lock, write_atomically
from kiosk.core.base.paths import Paths
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, Manifest

ACTIVE, HISTORY, LOCK = "active.json", "history.json", ".lock"
STAGING, TRASH = ".staging-", ".trash-"
FOLDER = re.compile(r"(?P<pack_id>[a-z0-9][a-z0-9._-]{0,63})-(?P<version>[1-9][0-9]{0,17})")
_HISTORY_KEPT = 500


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_folder(name: str) -> tuple[str, int] | None:
    found = FOLDER.fullmatch(name)
    return (found["pack_id"], int(found["version"])) if found else None


def write_json(path: Path, data: object) -> None:
    """Replace path atomically and durably (durable.py); PackError when it cannot be written."""
    try:
        write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        raise PackError(f"{path}: cannot write: {exc.strerror or exc}") from None


def read_json(path: Path, default: object) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


@contextlib.contextmanager
def install_lock(paths: Paths) -> Iterator[None]:
    """One install or rollback at a time per data folder; the lock dies with its process."""
    with exclusive_lock(paths.packs / LOCK) as ours:
        if not ours:
            raise PackError(f"{paths.packs}: another pack install or rollback is running; try again when it ends")
        yield


class Staging:
    """packs/.staging-<random>/: a folder on the data folder's file system, locked while its owner lives."""

    def __init__(self, paths: Paths):
        paths.packs.mkdir(parents=True, exist_ok=True)
        name = STAGING + secrets.token_hex(6)
        self.path = paths.packs / name
        self.lock = paths.packs / (name + ".lock")
        fresh = paths.packs / (name + ".lock.new")
        self._fd = os.open(fresh, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        try_lock(self._fd)  # locked before the name clean_staging looks at exists
        os.rename(fresh, self.lock)
        self.path.mkdir()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove what is left of the folder (nothing, once installed), then the lock."""
        if self._fd < 0:
            return
        shutil.rmtree(self.path, ignore_errors=True)
        self.lock.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = -1


def new_staging(paths: Paths) -> Staging:
    """A staging folder for a download (sync) or an install; close() or `with` removes what is left."""
    return Staging(paths)


def remove_folder(folder: Path) -> None:
    """Rename first, then delete: an interrupted removal leaves trash, never half a pack."""
    trash = folder.with_name(TRASH + secrets.token_hex(6))
    try:
        folder.rename(trash)
    except FileNotFoundError:
        return
    shutil.rmtree(trash, ignore_errors=True)


def clean_staging(paths: Paths) -> list[str]:
    """Remove what interrupted installs left behind (call at start-up); the names removed."""
    if not paths.packs.is_dir():
        return []
    fd = os.open(paths.packs / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        return clean_locked(paths) if try_lock(fd) else _clean_staging_only(paths)
    finally:
        os.close(fd)


def clean_locked(paths: Paths) -> list[str]:
    """clean_staging() for a caller that holds install_lock: trash and temporary files go too."""
    removed = _clean_staging_only(paths)
    for path in paths.packs.iterdir():
        if path.name.startswith((TRASH, f".{ACTIVE}.", f".{HISTORY}.")) and _remove(path):  # durable.py's temporaries
            removed.append(path.name)
    return sorted(removed)


def _clean_staging_only(paths: Paths) -> list[str]:
    return sorted({name for name in _stale_staging(paths.packs) if _remove(paths.packs / name)})


def _stale_staging(packs: Path) -> Iterator[str]:
    for path in packs.iterdir():
        name = path.name
        if not name.startswith(STAGING):
            continue
        if name.endswith(".lock.new"):
            if time.time() - path.stat().st_mtime > 60:
                yield name
            continue
        lock = path if name.endswith(".lock") else path.with_name(name + ".lock")
        if lock.exists() and not _abandoned(lock):
            continue
        if name.endswith(".lock"):
            yield name.removesuffix(".lock")
        yield name


def _abandoned(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return True
    try:
        return try_lock(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> bool:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    return not path.exists()


def installed_version(paths: Paths, pack_id: str) -> int | None:
    """The active pack's version when it is a version of pack_id."""
    active = paths.active_pack()
    parsed = parse_folder(active.name) if active else None
    return parsed[1] if parsed and parsed[0] == pack_id else None


def history(paths: Paths) -> list[dict]:
    items = read_json(paths.packs / HISTORY, [])
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def set_active(paths: Paths, folder: str, *, installed: str, source: str, action: str) -> None:
    """Switch the active pack (one atomic rename), then record it in the history."""
    write_json(paths.packs / ACTIVE, {"pack": folder, "installed": installed, "source": source})
    entry = {"pack": folder, "action": action, "time": now_iso(), "installed": installed, "source": source}
    write_json(paths.packs / HISTORY, [*history(paths), entry][-_HISTORY_KEPT:])


def list_packs(paths: Paths) -> list[dict]:
    """The installed packs, oldest first, with which is active and where each came from."""
    if not paths.packs.is_dir():
        return []
    active = paths.active_pack()
    origin = {item.get("pack"): item for item in history(paths) if item.get("action") == "install"}
    found = []
    for folder in paths.packs.iterdir():
        parsed = parse_folder(folder.name)
        if parsed is None or not (folder / MANIFEST).is_file():
            continue
        item = {"pack": folder.name, "pack_id": parsed[0], "version": parsed[1], "active": folder == active}
        item.update(_describe(folder))
        seen = origin.get(folder.name, {})
        item.update(installed=seen.get("installed", ""), source=seen.get("source", ""))
        found.append(item)
    return sorted(found, key=lambda item: (item["pack_id"], item["version"]))


def _describe(folder: Path) -> dict:
    try:
        manifest = Manifest.from_bytes((folder / MANIFEST).read_bytes())
    except (OSError, PackError):
        return {"title": {}, "created": "", "expires": None, "size": 0}
    return {
        "title": manifest.title,
        "created": manifest.created,
        "expires": manifest.expires,
        "size": manifest.total_bytes,
    }
