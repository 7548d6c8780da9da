"""Publishing the draft from the staff screen: `staffPublish` in QML.

The page shows what publishing would change (review.summary), what blocks it (review.blocking),
and where else the pack may go (removable media). publish() runs on a worker thread; the step it
is at and its result, or its one-line failure, come back to the GUI thread through signals.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import Settings
from kiosk.core.curation import review
from kiosk.ui.staff.workspace import Workspace

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """The worker's signals, delivered queued to the GUI thread."""

    step = Signal(str)
    done = Signal(object)  # (ok, message)


def removable_choices(settings: Settings) -> list[str]:
    try:
        from kiosk.core.curation.images import removable_folders
    except ImportError:
        return [str(Path(f)) for f in settings["sync.watch_folders"]]
    return [str(folder) for folder in removable_folders(settings)]


class PublishController(QObject):
    changed = Signal()

    def __init__(self, workspace: Workspace, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings
        self._summary = review.Summary()
        self._blocking: list[dict] = []
        self._busy = False
        self._step = ""
        self._result = ""
        self._error = ""
        self._carrier = _Carrier()
        self._carrier.step.connect(self._on_step)
        self._carrier.done.connect(self._on_done)
        self._thread: threading.Thread | None = None
        workspace.draftChanged.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        draft = self._workspace.draft
        if draft is None:
            self._summary, self._blocking = review.Summary(), []
        else:
            self._summary = review.summary(draft.journal)
            blocked = review.blocking(draft.all())
            self._blocking = [{"id": key, "reasons": "; ".join(reasons)} for key, reasons in sorted(blocked.items())]
        self.changed.emit()

    def _count(self, name: str) -> int:
        return len(getattr(self._summary, name))

    added = Property(int, lambda self: self._count("added"), notify=changed)
    edited = Property(int, lambda self: self._count("changed"), notify=changed)
    hidden = Property(int, lambda self: self._count("hidden"), notify=changed)
    shown = Property(int, lambda self: self._count("shown"), notify=changed)
    deleted = Property(int, lambda self: self._count("deleted"), notify=changed)
    imagesAdded = Property(int, lambda self: self._summary.images_added, notify=changed)
    nothingChanged = Property(bool, lambda self: self._summary.empty(), notify=changed)
    blocking = Property("QVariantList", lambda self: self._blocking, notify=changed)
    busy = Property(bool, lambda self: self._busy, notify=changed)
    step = Property(str, lambda self: self._step, notify=changed)  # build | install | target | removable
    result = Property(str, lambda self: self._result, notify=changed)  # the pack published
    error = Property(str, lambda self: self._error, notify=changed)  # one line

    @Slot(result="QStringList")
    def removableFolders(self) -> list[str]:
        return removable_choices(self._settings)

    @Slot(str)
    def publish(self, removable: str = "") -> None:
        """Publish the draft, to `removable` too when it is a folder."""
        draft = self._workspace.draft
        if self._busy or draft is None:
            return
        self._busy, self._step, self._result, self._error = True, "build", "", ""
        self.changed.emit()
        target = Path(removable) if removable else None
        self._thread = threading.Thread(target=_run, args=(draft, self._settings, target, self._carrier), daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    @Slot(str)
    def _on_step(self, step: str) -> None:
        self._step = step
        self.changed.emit()

    @Slot(object)
    def _on_done(self, outcome: tuple[bool, str]) -> None:
        ok, message = outcome
        self._busy, self._step = False, ""
        if ok:
            self._result = message
            self._workspace.stepped()
        else:
            self._error = message
            self.refresh()
        self.changed.emit()


def _run(draft, settings: Settings, removable: Path | None, carrier: _Carrier) -> None:
    from kiosk.core.curation.publish import publish

    try:
        done = publish(draft, settings, removable=removable, on_step=carrier.step.emit)
    except KioskError as exc:
        carrier.done.emit((False, str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return
    except Exception as exc:  # the page shows one line; the log has the rest
        log.exception("publishing failed")
        carrier.done.emit((False, f"Publishing failed: {exc}".splitlines()[0]))
        return
    carrier.done.emit((True, f"{done.pack}|{done.version}|{done.seconds:.1f}|{'; '.join(done.written)}"))
