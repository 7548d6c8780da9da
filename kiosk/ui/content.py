"""The content shown and how it is kept up to date: `content` (ContentStatus) for QML, and the sync thread.

- The badge reads `online`, `offlineForced`, `source`, `versionLabel` and `updating` (see ContentBadge.qml);
  every fact comes from kiosk.core.sync.status.
- A background thread (threading, never the GUI thread) polls with kiosk.core.sync.client.SyncClient when
  sync.url or watched folders are configured; its reports reach the GUI thread through a queued
  signal, so the interface never waits on the network.
- Pick-up: every ACTIVE_CHECK_MS, packs/active.json and the shown database are looked at (a stat
  each). When other content should show (a pack became active, whoever installed it; a first
  `kiosk import` made a library where the demo showed) or the shown database changed (`kiosk
  import` into the library on show), `reloadRequested` is emitted, but only while the attract
  screen shows: never in the middle of a visitor's session. ContentSwap (below; app.run makes one)
  then replaces the session with one on the new content, in the same process. A folder given
  with --content is only reloaded when its own database changes.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME, Paths
from kiosk.core.base.settings import Settings
from kiosk.core.sync.status import background_sync, describe_content, last_known_online
from kiosk.ui.context import UiContext
from kiosk.ui.lockdown import KioskLock
from kiosk.ui.navigator import Navigator
from kiosk.ui.queued import call_from_event_loop

if TYPE_CHECKING:  # the sync client (HTTP, tar, signatures) is imported when sync starts, not at start-up
    from kiosk.core.sync.client import Report, SyncClient

ACTIVE_CHECK_MS = 2000
FIRST_SYNC_DELAY = 5.0  # seconds: the first poll waits until start-up has drawn its first frames
SETTLE_MS = 50  # how soon a swap waiting for images to settle looks again
CLOSE_FALLBACK_MS = 2000  # the old window closes by then even if the new one reports no frame

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Carries the sync thread's news to the GUI thread (queued signals). Never deleted while the thread runs."""

    reported = Signal(object)
    phase = Signal(str)


class SyncThread:
    """Polls on a daemon thread until stop(); waits on an Event, so stopping is immediate."""

    def __init__(self, client: SyncClient, carrier: _Carrier, first_delay: float):
        self._client, self._carrier, self._first_delay = client, carrier, first_delay
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()  # a request in flight ends by its own timeout; the thread is a daemon

    def _run(self) -> None:
        if self._stop.wait(self._first_delay):
            return
        self._client.clean_leftovers()
        while not self._stop.is_set():
            try:
                report = self._client.poll()
            except Exception:  # a bug must not end syncing for good: log it and try again later
                log.exception("pack sync failed")
            else:
                self._emit(report)
            self._stop.wait(self._client.seconds_until_due())

    def _emit(self, report: Report) -> None:
        try:
            self._carrier.reported.emit(report)
        except RuntimeError:  # the window closed meanwhile
            self._stop.set()


class ContentStatus(QObject):
    """The content badge's state and the pick-up of new packs; exposed to QML as `content`."""

    changed = Signal()
    reloadRequested = Signal(str)  # the folder of the pack to show now

    def __init__(self, paths: Paths, settings: Settings, folder: Path, nav: Navigator):
        super().__init__()
        self._paths, self._settings, self._folder, self._nav = paths, settings, folder, nav
        self._info = describe_content(folder, paths)
        self._online = last_known_online(paths, settings)
        self._phase = ""
        self._pending: Path | None = None
        self._requested = False
        self._content_key = self._watched()
        self._shown_db = self._content_key[2]  # the shown database as this session opened it
        self._timer = QTimer(self)
        self._timer.setInterval(ACTIVE_CHECK_MS)
        self._timer.timeout.connect(self._on_check_active)
        self._timer.start()
        nav.routeChanged.connect(self._on_route_changed)
        self._carrier = _Carrier()
        self._carrier.reported.connect(self._on_reported)
        self._carrier.phase.connect(self._on_phase)
        self._thread: SyncThread | None = None

    def start_sync(self) -> None:
        """Start the background sync, when there is a server to ask or removable media to watch."""
        if self._thread is None and background_sync(self._settings):
            from kiosk.core.sync.client import SyncClient

            client = SyncClient(self._paths, self._settings, on_phase=self._carrier.phase.emit)
            self._thread = SyncThread(client, self._carrier, FIRST_SYNC_DELAY)
            self._thread.start()

    def shutdown(self) -> None:
        """Stop the sync thread and the checks (the session is closing)."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.stop()

    # -- what QML reads ------------------------------------------------------------------

    def _get_online(self) -> bool:
        return self._online and not self._settings["sync.offline"]

    def _get_offline_forced(self) -> bool:
        return bool(self._settings["sync.offline"])

    def _get_source(self) -> str:
        return self._info.source

    def _get_version(self) -> int:
        return self._info.version

    def _get_version_label(self) -> str:
        return self._info.label

    def _get_updating(self) -> bool:
        return self._phase in ("downloading", "installing")

    def _get_update_pending(self) -> bool:
        return self._pending is not None

    online = Property(bool, _get_online, notify=changed)
    offlineForced = Property(bool, _get_offline_forced, constant=True)
    source = Property(str, _get_source, constant=True)  # pack, library, demo or folder
    version = Property(int, _get_version, constant=True)
    versionLabel = Property(str, _get_version_label, constant=True)  # "v7 · 2026-11-20"
    updating = Property(bool, _get_updating, notify=changed)  # a pack is downloading or installing
    updatePending = Property(bool, _get_update_pending, notify=changed)  # new content waits for the attract screen

    # -- the sync thread's news ---------------------------------------------------------------

    @Slot(object)
    def _on_reported(self, report: Report) -> None:
        if report.online != self._online:
            self._online = report.online
            self.changed.emit()
        if report.installed:
            self._on_check_active()  # no need to wait for the timer

    @Slot(str)
    def _on_phase(self, phase: str) -> None:
        if phase != self._phase:
            self._phase = phase
            self.changed.emit()

    # -- pick-up of a new pack ---------------------------------------------------------------

    def _watched(self) -> tuple:
        """What tells that other content should show: active.json (replaced by every install and
        rollback: a new inode), the library's database and the shown one."""
        return tuple(_stat(path) for path in (self._paths.packs / "active.json", self._paths.library / DB_NAME,
                                              self._folder / DB_NAME))  # fmt: skip

    def _wanted(self, shown_db_changed: bool) -> Path | None:  # from the stats just taken: no second look
        """The content folder to show instead of (or again, changed) the one on show; None to stay."""
        folder = self._folder if self._info.source == "folder" else self._paths.content_folder()
        if folder != self._folder:
            return folder if (folder / DB_NAME).is_file() else None
        return folder if shown_db_changed else None

    @Slot()
    def _on_check_active(self) -> None:
        key = self._watched()
        if key == self._content_key:
            return
        self._content_key = key
        pending = self._wanted(key[2] != self._shown_db)
        if pending != self._pending:
            self._pending = pending
            self.changed.emit()
        self._maybe_reload()

    @Slot()
    def _on_route_changed(self) -> None:
        self._maybe_reload()

    def _maybe_reload(self) -> None:
        if self._pending is not None and self._nav.screen == "attract" and not self._requested:
            self._requested = True  # once: the session that receives it is replaced
            self.reloadRequested.emit(str(self._pending))

    @Slot()
    def retryLater(self) -> None:
        """The reload did not happen (a visitor came back first, or the new content failed to open)."""
        self._requested = False


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


class ContentSwap(QObject):
    """Replaces the running session with one on the new content when its `content` asks (at the attract screen).

    `open_session(folder)` is app.start with the kiosk's language and settings; `loading(window)` counts the
    images a window is still loading (app.images_loading); `on_screen(session)` is told of each session that
    takes the screen. The new window is shown before the old one closes,
    so the screen never goes blank; if the new content does not open, the old session goes on and the swap is
    tried again at the next attract screen.

    Why the care with images: the QML image thread calls the Python image provider while holding a lock that
    a resize or an engine's deletion on the GUI thread waits for; called from Python (which holds the
    interpreter lock the image thread needs), those would deadlock. So the new window is resized and shown by
    queued calls that the event loop makes, and the old session is closed only once its images are idle.
    """

    def __init__(
        self,
        session: Any,
        open_session: Callable[[Path], Any],
        loading: Callable[[Any], int],
        on_screen: Callable[[Any], None] = lambda session: None,
    ):
        super().__init__()
        self.session = session  # app.Session: the one on screen
        self._open, self._loading, self._on_screen = open_session, loading, on_screen
        self._folder: Path | None = None
        self._old: Any = None  # the session being replaced, until its window can go
        self._watch(session)

    def close(self) -> None:
        """Close the session on screen (and one still being replaced): the kiosk is quitting."""
        if self._old is not None:
            self._old, old = None, self._old
            old.close()
        self.session.close()

    def _watch(self, session: Any) -> None:
        self._on_screen(session)
        if session.content is not None:
            session.content.reloadRequested.connect(self._on_reload_requested)

    @Slot(str)
    def _on_reload_requested(self, folder: str) -> None:
        self._folder = Path(folder)
        QTimer.singleShot(0, self._on_swap)  # not from inside the old session's own signal

    @Slot()
    def _on_swap(self) -> None:
        old = self.session
        if self._folder is None or self._old is not None or old.nav.screen != "attract":
            old.content.retryLater()  # a visitor came back in the meantime
            return
        if self._loading(old.window):
            QTimer.singleShot(SETTLE_MS, self._on_swap)
            return
        try:
            new = self._open(self._folder)
        except KioskError as exc:
            log.warning("the new content does not open (%s); the kiosk stays on %s", exc, old.store.folder)
            old.content.retryLater()
            return
        _present_like(new, old)
        self._old, self.session = old, new
        self._watch(new)
        # One call only: a threaded render loop may queue a second frameSwapped before the first arrives.
        new.window.frameSwapped.connect(self._on_new_frame, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(CLOSE_FALLBACK_MS, self._on_close_old)  # in case no frame is ever reported

    @Slot()
    def _on_new_frame(self) -> None:
        self._on_close_old()

    @Slot()
    def _on_close_old(self) -> None:
        old = self._old
        if old is None:
            return
        if self._loading(old.window):
            QTimer.singleShot(SETTLE_MS, self._on_close_old)
            return
        self._old = None
        old.close()
        gc.unfreeze()  # app.start froze the old session's objects with the rest: what it leaves may go now


def _present_like(new: Any, old: Any) -> None:
    """Show the new session's window as the old one is shown: full screen and locked, or in its place."""
    window = new.window
    if old.lock is not None:
        old.lock.release(old.app)  # before the new lock takes over the URL handlers and the cursor
        old.lock = None
        new.lock = KioskLock(window)
        new.lock.engage(new.app)
        call_from_event_loop(window, "showFullScreen")
        return
    place = old.window.geometry()
    for slot, value in (("setX", place.x()), ("setY", place.y()), ("setWidth", place.width()),
                        ("setHeight", place.height())):  # fmt: skip
        call_from_event_loop(window, slot, value)
    call_from_event_loop(window, "show")


def install(ui: UiContext) -> None:
    """Expose the content's state to QML as `content`; its sync starts once the window has loaded."""
    status = ContentStatus(Paths.default(), ui.settings, ui.content_folder, ui.nav)
    ui.expose("content", status)
    if ui.sync:
        ui.when_loaded(status.start_sync)
    ui.when_closed(status.shutdown)
