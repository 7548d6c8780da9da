"""Installing a pack on a booth: stage, check everything, then one atomic switch.

Steps: the signature, dates and version are checked; the listing must match the manifest;
files stream into packs/.staging-<random>/ (same file system), hashed on the way with their
declared sizes as caps; the database must pass PRAGMA integrity_check and every image must
decode; the files are flushed; the folder is renamed to packs/<id>-<version>; active.json is
replaced atomically. Only when the new pack's database has opened are packs other than it
and the one it replaced removed. Any refusal leaves the active pack exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs import checks, state, stream
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, FileEntry, Manifest
from kiosk.core.packs.source import FolderSource, PackSource, open_source
from kiosk.core.packs.state import clean_staging, list_packs, new_staging  # re-exported: one place to import from
from kiosk.core.packs.verify import check_manifest, check_version

__all__ = ["InstallResult", "active_pack", "clean_staging", "install_pack", "list_packs", "new_staging", "rollback"]

Progress = Callable[[int, int], None]
MARGIN_BYTES = 64 * 2**20  # free space kept beyond the pack itself
# Each named step raises this audit event (sys.audit): free unless a hook listens, as the kill script's does.
STEP_EVENT = "kiosk.packs.install.step"
_UNCHANGED = " (nothing was installed; the active pack is unchanged)"


@dataclass(frozen=True)
class InstallResult:
    manifest: Manifest
    folder: Path
    previous: str | None
    moved: bool
    removed: tuple[str, ...]
    seconds: float


def active_pack(paths: Paths) -> Path | None:
    return paths.active_pack()


def install_pack(
    source: Path | str,
    paths: Paths,
    settings: Settings,
    *,
    on_progress: Progress | None = None,
    consume: bool = False,
    now: datetime | None = None,
    full_decode: bool | None = None,
) -> InstallResult:
    """Verify and install the pack at source (a folder or a .kpack file) and make it the active one.

    With consume=True a folder pack on the data folder's file system (a finished download, say)
    is moved into place rather than copied; it is gone afterwards. Thumbnails are always decoded
    completely; display renditions too with full_decode, which defaults to the setting
    packs.decode_all_images (see checks.check_image).
    on_progress(bytes_done, bytes_total) is called on the calling thread.
    """
    if isinstance(source, str):
        if "://" in source:
            raise PackError(f"{source}: a URL is installed by sync (kiosk sync), not from a path")
        source = Path(source)
    started = time.perf_counter()
    if full_decode is None:
        full_decode = bool(settings["packs.decode_all_images"])
    job = _Job(paths, settings, on_progress, consume, now, full_decode)
    with state.install_lock(paths):
        state.clean_locked(paths)
        try:
            manifest, folder, moved = job.stage_and_rename(source)
        except KioskError as exc:
            raise PackError(f"{exc}{_UNCHANGED}") from None
        previous = _switch(paths, folder, os.path.abspath(source))
        removed = _remove_others(paths, keep={folder.name, previous})
    return InstallResult(manifest, folder, previous, moved, removed, time.perf_counter() - started)


@dataclass(frozen=True)
class _Job:
    paths: Paths
    settings: Settings
    on_progress: Progress | None
    consume: bool
    now: datetime | None
    full_decode: bool

    def stage_and_rename(self, source: Path) -> tuple[Manifest, Path, bool]:
        """Everything up to the switch: afterwards packs/<id>-<version> is complete and checked."""
        paths = self.paths
        with open_source(source) as pack:
            meta = pack.read_meta()
            manifest = check_manifest(*meta, self.settings, where=pack.name, now=self.now)
            check_version(manifest, state.installed_version(paths, manifest.pack_id), pack.name)
            checks.check_staged(manifest, pack.name)
            pack.check_listing(manifest)
            progress = _Counter(manifest, self.on_progress)
            if self.consume and isinstance(pack, FolderSource) and _same_device(source, paths.packs):
                return manifest, self._move(pack, manifest, progress), True
            return manifest, self._copy(pack, meta, manifest, progress), False

    def _move(self, pack: FolderSource, manifest: Manifest, progress: _Counter) -> Path:
        """Check the folder where it is, then rename it into place: nothing is copied."""
        with stream.Flusher() as flusher:
            pack.each_file(manifest, None, self.checker(pack.folder, manifest, pack.name, flusher), progress)
            for name in (MANIFEST, SIGNATURE):
                os.chmod(pack.folder / name, 0o444)
                flusher.flush(pack.folder / name)
            flusher.wait()
        _step("staged")
        return _rename_into_place(pack.folder, self.paths, manifest)

    def _copy(self, pack: PackSource, meta: tuple[bytes, bytes], manifest: Manifest, progress: _Counter) -> Path:
        """Stream every file into a new staging folder, checking it, then rename that into place."""
        _check_space(self.paths, manifest)
        with new_staging(self.paths) as staging, stream.Flusher() as flusher:
            try:
                _make_folders(staging.path, manifest)
                pack.each_file(manifest, staging.path, self.checker(None, manifest, pack.name, flusher), progress)
                flusher.wait()
                _write_meta(staging.path, meta)
            except stream.DiskFull:
                raise stream.DiskFull(_space_message(self.paths, manifest)) from None
            _step("staged")
            return _rename_into_place(staging.path, self.paths, manifest)

    def checker(
        self, folder: Path | None, manifest: Manifest, where: str, flusher: stream.Flusher
    ) -> Callable[[FileEntry, Path | None], None]:
        """Per file, on the worker thread: check what it is, make it read-only, have it flushed."""

        def check(entry: FileEntry, copy: Path | None) -> None:
            path = copy if copy is not None else folder / entry.path
            checks.check_file(path, entry, manifest, where, full_decode=self.full_decode)
            os.chmod(path, 0o444)  # installed packs are never changed
            flusher.flush(path)

        return check


class _Counter:
    """Bytes done so far, reported on the installing thread."""

    def __init__(self, manifest: Manifest, on_progress: Progress | None):
        self.done, self.total, self.on_progress = 0, manifest.total_bytes, on_progress

    def __call__(self, entry: FileEntry) -> None:
        self.done += entry.size
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)
        _step("copying")


def _write_meta(staging: Path, meta: tuple[bytes, bytes]) -> None:
    """The exact manifest and signature bytes that were verified, so the pack can be checked again later."""
    for name, data in zip((MANIFEST, SIGNATURE), meta, strict=True):
        fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)


def _make_folders(staging: Path, manifest: Manifest) -> None:
    for parent in sorted({(staging / entry.path).parent for entry in manifest.files}):
        parent.mkdir(parents=True, exist_ok=True)


def _rename_into_place(staged: Path, paths: Paths, manifest: Manifest) -> Path:
    """Flush the staged folders, then rename the whole pack into packs/<id>-<version>."""
    for folder in sorted({(staged / e.path).parent for e in manifest.files}, key=lambda p: -len(p.parts)):
        stream.fsync_path(folder, directory=True)
    target = paths.packs / manifest.folder_name
    if target.exists():  # left by an install killed before its switch, or rolled back from: replace it
        state.remove_folder(target)
    staged.rename(target)
    stream.fsync_path(paths.packs, directory=True)
    _step("renamed")
    return target


def _switch(paths: Paths, folder: Path, source: str) -> str | None:
    """Make folder the active pack; if its database then fails to open, switch back and refuse."""
    before = paths.active_pack()
    record = state.read_json(paths.packs / state.ACTIVE, None)
    state.set_active(paths, folder.name, installed=state.now_iso(), source=source, action="install")
    _step("switched")
    try:
        _open_cleanly(folder)
    except KioskError as exc:
        if before is not None and isinstance(record, dict):
            state.set_active(paths, before.name, installed=record.get("installed", ""), source=record.get("source", ""),
                             action="revert")  # fmt: skip
        raise PackError(f"{folder}: the installed pack does not open ({exc}); the previous pack is active") from None
    return before.name if before else None


def _open_cleanly(folder: Path) -> None:
    from kiosk.core.exhibits.store import ExhibitStore

    with ExhibitStore.open(folder, readonly=True) as store:
        store.count()


def _remove_others(paths: Paths, keep: set[str | None]) -> tuple[str, ...]:
    removed = []
    for folder in sorted(paths.packs.iterdir()):
        if state.parse_folder(folder.name) and folder.name not in keep:
            state.remove_folder(folder)
            removed.append(folder.name)
            _step("cleaning")
    return tuple(removed)


def rollback(paths: Paths, settings: Settings | None = None) -> dict:
    """Switch back to the newest installed version older than the active one; its list_packs entry.

    The pack is verified again first: against its own manifest always, and against the
    trusted keys when settings are given.
    """
    with state.install_lock(paths):
        active = paths.active_pack()
        parsed = state.parse_folder(active.name) if active else None
        if active is None or parsed is None:
            raise PackError(f"{paths.packs}: no installed pack is active, so there is nothing to roll back")
        older = [item for item in list_packs(paths) if item["pack_id"] == parsed[0] and item["version"] < parsed[1]]
        if not older:
            raise PackError(f"{active.name} is the oldest installed version of {parsed[0]}; nothing to roll back to")
        target = older[-1]
        _recheck(paths.packs / target["pack"], settings)
        state.set_active(
            paths, target["pack"], installed=target["installed"] or state.now_iso(), source=target["source"],
            action="rollback",
        )  # fmt: skip
    return next(item for item in list_packs(paths) if item["pack"] == target["pack"])


def _recheck(folder: Path, settings: Settings | None) -> None:
    with FolderSource(folder) as pack:
        data, signature = pack.read_meta()
        if settings is not None:
            manifest = check_manifest(data, signature, settings, where=pack.name)
        else:
            manifest = Manifest.from_bytes(data)
        pack.check_listing(manifest)
        pack.each_file(manifest, None, lambda *_: None)


def _same_device(source: Path, packs: Path) -> bool:
    packs.mkdir(parents=True, exist_ok=True)
    return os.stat(source).st_dev == os.stat(packs).st_dev


def _check_space(paths: Paths, manifest: Manifest) -> None:
    paths.packs.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(paths.packs).free < manifest.total_bytes + MARGIN_BYTES:
        raise stream.DiskFull(_space_message(paths, manifest))


def _space_message(paths: Paths, manifest: Manifest) -> str:
    needed, free = manifest.total_bytes + MARGIN_BYTES, shutil.disk_usage(paths.packs).free
    return f"{paths.packs}: not enough disk space: needs {needed / 2**20:.0f} MB, {free / 2**20:.0f} MB free"


def _step(name: str) -> None:
    """A named point of the install (copying, staged, renamed, switched, cleaning), for audit hooks to observe."""
    sys.audit(STEP_EVENT, name)
