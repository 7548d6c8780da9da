"""Pack sync: bring newer packs from a static HTTP server, or from removable media, and install them.

A publisher puts an unpacked pack at `<sync.url>/manifest.json`, `manifest.sig` and
`<url>/<file path>` (any static server or S3-compatible bucket). Each poll:

  1. looks in the watched folders (sync.watch_folders) for a newer pack on removable media;
  2. unless forced offline (sync.offline) or still backing off, asks for the manifest with
     If-None-Match / If-Modified-Since: 304 means nothing to do;
  3. for a newer manifest, checks its signature, then downloads manifest.sig and every file
     into packs/.download (same file system), resuming partial files and skipping complete
     ones, and hands the folder to the pack installer to verify and move into place.

A failure never raises out of poll(): the download stays for the next attempt, which
comes after interval x 2^failures (at most 6 h, with jitter). See sync_http.py for the
requests, sync_state.py for what is remembered, sync_local.py for the media.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import quote

from kiosk.core.base.durable import exclusive_lock, write_atomically
from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.manifest import MANIFEST, MAX_MANIFEST_BYTES, SIGNATURE, FileEntry, Manifest, safe_relative
from kiosk.core.packs.verify import check_manifest
from kiosk.core.sync import local as sync_local
from kiosk.core.sync.http import Download, SyncFailure, check_url, download, fetch_small, sha256_file
from kiosk.core.sync.packs import PackError, active_manifest, install, is_newer
from kiosk.core.sync.state import SyncState

DOWNLOAD_FOLDER = ".download"  # not ".staging-*": the installer clears those at start-up, this one resumes
LOCK_FILE = ".sync.lock"
FOLDER_SCAN_SECONDS = 10  # removable media is looked for this often, whatever sync.interval_seconds says
SPACE_MARGIN = 50 << 20  # bytes left free beyond a download

Phase = Callable[[str], None]  # "checking", "downloading", "installing", then "" when done
FileProgress = Callable[..., None]  # (path, bytes held, total=its size)


@dataclass
class Report:
    """What one poll did, for the `kiosk sync` command and the kiosk's badge."""

    online: bool = False  # the last request to the server reached it
    offline_forced: bool = False
    installed: list[str] = field(default_factory=list)  # folder names of the packs installed
    lines: list[str] = field(default_factory=list)  # what happened, one line each
    failed: bool = False


class SyncClient:
    """Polls the watched folders and sync.url; never raises from poll() for network or pack faults."""

    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
        on_phase: Phase | None = None,
        on_progress: FileProgress | None = None,
    ):
        self.paths, self.settings = paths, settings
        self.packs_dir = paths.packs
        self._clock, self._rand = clock, rand
        self._phase = on_phase or (lambda _phase: None)
        self._progress = on_progress
        self.state = SyncState.load(self.packs_dir)

    @property
    def url(self) -> str:
        return self.settings["sync.url"].strip()

    @property
    def configured(self) -> bool:
        return bool(self.url or self.settings["sync.watch_folders"])

    def poll(self, *, force: bool = False) -> Report:
        """One round: the watched folders, then the URL when due (`force`: now, whatever the backoff)."""
        report = Report(offline_forced=self.settings["sync.offline"], online=self.state.online)
        try:
            with self._locked(report) as ours:
                if ours:
                    self.state = SyncState.load(self.packs_dir)  # another process may have synced meanwhile
                    self._poll_folders(report)
                    self._poll_url(report, force)
                    self.state.save(self.packs_dir)
        except OSError as exc:  # the data folder itself: unwritable, disk full
            report.failed = True
            report.lines.append(f"{self.packs_dir}: {exc.strerror or exc}")
        finally:
            self._phase("")
        report.online = bool(self.url) and not report.offline_forced and self.state.online
        return report

    def clean_leftovers(self) -> list[str]:
        """Remove what interrupted installs left in packs/ (start-up); never this sync's resumable download."""
        from kiosk.core.packs.install import clean_staging

        try:
            return clean_staging(self.paths)
        except (OSError, PackError):
            return []

    def seconds_until_due(self) -> float:
        """How long the background loop may wait before the next poll has something to do."""
        waits = [FOLDER_SCAN_SECONDS] if self.settings["sync.watch_folders"] else []
        if self.url and not self.settings["sync.offline"]:
            waits.append(self.state.next_attempt - self._clock())
        return max(1.0, min(waits, default=float(self.settings["sync.interval_seconds"])))

    @contextlib.contextmanager
    def _locked(self, report: Report) -> Iterator[bool]:
        """One sync at a time per data folder (the kiosk's and a `kiosk sync` in a terminal): True if ours."""
        with exclusive_lock(self.packs_dir / LOCK_FILE) as ours:
            if not ours:
                report.lines.append("another sync is running for this data folder; nothing done")
            yield ours

    # -- removable media ------------------------------------------------------------------

    def _poll_folders(self, report: Report) -> None:
        folders = [folder for folder in self.settings["sync.watch_folders"] if isinstance(folder, str)]
        if not folders:
            return
        seen = self.state.refused
        present = {sync_local.source_key(source): source for source in sync_local.local_packs(folders)}
        for key in set(seen) - set(present):
            del seen[key]  # the stick was taken out: look again when it comes back
        active = active_manifest(self.paths)
        candidates: list[tuple[int, str, Path]] = []
        for key, source in present.items():
            if key in seen:
                continue
            try:
                manifest = Manifest.from_bytes(sync_local.read_manifest(source))
            except (PackError, OSError, ValueError) as exc:
                seen[key] = f"refused: {exc}"
                report.lines.append(f"{source}: not installed: {exc}")
                continue
            if is_newer(manifest, active):
                candidates.append((manifest.version, key, source))
            else:
                seen[key] = "not newer"
        for _version, key, source in sorted(candidates, reverse=True):
            if self._install_local(source, key, report):
                break

    def _install(self, source: Path, report: Report, *, consume: bool, origin: str = "") -> None:
        """Verify and install; PackError when refused."""
        self._phase("installing")
        name = install(source, self.paths, self.settings, consume=consume)
        report.installed.append(name)
        report.lines.append(f"installed {name} from {origin or source}")

    def _install_local(self, source: Path, key: str, report: Report) -> bool:
        try:
            self._install(source, report, consume=False)
        except PackError as exc:
            self.state.refused[key] = f"refused: {exc}"
            report.failed = True
            report.lines.append(f"{source}: not installed: {exc}")
            return False
        self.state.refused[key] = "installed"  # not again, even after a rollback, until the stick changes
        return True

    # -- the server --------------------------------------------------------------------------

    def _poll_url(self, report: Report, force: bool) -> None:
        if not self.url:
            return
        if self.settings["sync.offline"]:
            report.lines.append("offline is forced (sync.offline): no request made")
            return
        self.state.reset_for(self.url)  # a new URL is asked at once
        if not force and self._clock() < self.state.next_attempt:
            return  # backing off, or not yet time
        interval = self.settings["sync.interval_seconds"]
        try:
            self._sync_url(check_url(self.url), report)
        except (KioskError, OSError) as exc:  # SyncFailure, PackError, or the disk: all tried again later
            self.state.online = getattr(exc, "reached", self.state.online)
            message = str(exc) if isinstance(exc, KioskError) else f"{self.packs_dir}: {exc.strerror or exc}"
            wait = self.state.failed(self._clock(), interval, message, self._rand())
            report.failed = True
            report.lines.append(f"{message} (next try in {wait:.0f} s)")
        else:
            self.state.succeeded(self._clock(), interval)

    def _sync_url(self, base: str, report: Report) -> None:
        self._phase("checking")
        timeout = self.settings["sync.timeout_seconds"]
        stage = self.packs_dir / DOWNLOAD_FOLDER
        resuming = (stage / MANIFEST).is_file()  # ask unconditionally: a 304 must not leave a download waiting
        state = self.state
        fetched = fetch_small(
            f"{base}/{MANIFEST}", timeout=timeout, limit=MAX_MANIFEST_BYTES,
            etag="" if resuming else state.etag, last_modified="" if resuming else state.last_modified,
        )  # fmt: skip
        state.online, state.last_contact = True, self._clock()
        if fetched.status == 304:
            report.lines.append(f"{base}: unchanged")
            return
        digest = hashlib.sha256(fetched.body).hexdigest()
        manifest = Manifest.from_bytes(fetched.body)
        active = active_manifest(self.paths)
        if digest == state.handled or not is_newer(manifest, active):
            done = "already installed" if digest == state.handled else "not newer than the active pack"
            self._handled(fetched.etag, fetched.last_modified, digest)
            shutil.rmtree(stage, ignore_errors=True)
            report.lines.append(f"{base}: version {manifest.version} is {done}")
            return
        self._download(base, fetched.body, manifest, stage, timeout)
        self._install(stage, report, consume=True, origin=base)
        self._handled(fetched.etag, fetched.last_modified, digest)
        state.validators = {}

    def _handled(self, etag: str, last_modified: str, digest: str) -> None:
        self.state.etag, self.state.last_modified, self.state.handled = etag, last_modified, digest

    def _download(self, base: str, body: bytes, manifest: Manifest, stage: Path, timeout: float) -> None:
        """Every file of the pack into `stage`, after its signature was found good."""
        if not (stage / MANIFEST).is_file() or (stage / MANIFEST).read_bytes() != body:
            shutil.rmtree(stage, ignore_errors=True)  # another manifest's download: start afresh
            self.state.validators = {}
        signature = fetch_small(f"{base}/{SIGNATURE}", timeout=timeout, limit=64).body
        check_manifest(body, signature, self.settings, where=base)  # signature, expiry and sizes, before any download
        self._check_space(manifest, stage)
        stage.mkdir(parents=True, exist_ok=True)
        write_atomically(stage / MANIFEST, body)
        write_atomically(stage / SIGNATURE, signature)
        self._phase("downloading")
        for entry in manifest.files:
            self._fetch(base, entry, stage, timeout)
        _tidy(stage, manifest)

    def _fetch(self, base: str, entry: FileEntry, stage: Path, timeout: float) -> None:
        if not safe_relative(entry.path):
            raise PackError(f"{MANIFEST}: unsafe path {entry.path!r}")
        final = stage / entry.path
        if final.is_file() and final.stat().st_size == entry.size and sha256_file(final) == entry.sha256:
            return  # fetched by an earlier attempt
        part = final.with_name(final.name + ".part")
        validators = self.state.validators
        job = Download(f"{base}/{quote(entry.path)}", part, entry.size, entry.sha256, timeout,
                       validators.get(entry.path, ""))  # fmt: skip
        try:
            progress = partial(self._progress, entry.path, total=entry.size) if self._progress else None
            download(job, progress, on_validator=partial(validators.__setitem__, entry.path))
        finally:
            self.state.save(self.packs_dir)  # what a broken download learnt is kept for its resume
        part.replace(final)

    def _check_space(self, manifest: Manifest, stage: Path) -> None:
        held = sum(_size(stage / e.path) + _size(stage / (e.path + ".part")) for e in manifest.files)
        needed = manifest.total_bytes - held + SPACE_MARGIN
        free = shutil.disk_usage(self.packs_dir).free
        if free < needed:
            raise SyncFailure(f"not enough disk space: needs {needed >> 20} MB, {free >> 20} MB free", reached=True)


def _tidy(stage: Path, manifest: Manifest) -> None:
    """Remove what a crash may have left beside the pack's files (temporary files): the installer wants none."""
    keep = {MANIFEST, SIGNATURE, *(entry.path for entry in manifest.files)}
    for path in stage.rglob("*"):
        if path.is_file() and path.relative_to(stage).as_posix() not in keep:
            path.unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
