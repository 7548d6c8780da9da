"""The draft staff work on, for the staff pages: `curation` in QML.

The draft (kiosk.core.curation.draft) is opened when a staff session begins, with the
session's account, and closed when it ends; every page reads and changes it through this one
object, and refreshes on `draftChanged`, which follows every step (an edit, an undo, a publish).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.curation.draft import Draft
from kiosk.ui.staff_session import StaffSession

log = logging.getLogger(__name__)


class Workspace(QObject):
    changed = Signal()  # ready, problem, stale, undo
    draftChanged = Signal()  # the draft's content changed: pages read it again

    def __init__(self, paths: Paths, session: StaffSession, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self._session = session
        self._draft: Draft | None = None
        self._problem = ""
        self._stale = ""
        session.began.connect(self._on_began)
        session.ended.connect(self._on_ended)
        if session.is_active():
            self._on_began()

    # -- for Python: the pages' controllers --------------------------------------------------

    @property
    def draft(self) -> Draft | None:
        return self._draft

    def stepped(self) -> None:
        """A controller changed the draft: every page reads it again."""
        self._stale = (self._draft.stale() or "") if self._draft else ""
        self.changed.emit()
        self.draftChanged.emit()

    def fail(self, message: str) -> None:
        log.error("the draft: %s", message)
        self._problem = message
        self.changed.emit()

    # -- for QML ---------------------------------------------------------------------------

    ready = Property(bool, lambda self: self._draft is not None, notify=changed)
    problem = Property(str, lambda self: self._problem, notify=changed)  # why the draft cannot be used
    stale = Property(str, lambda self: self._stale, notify=changed)  # a newer pack came since the draft began
    canUndo = Property(bool, lambda self: bool(self._draft and self._draft.can_undo()), notify=changed)
    undoCount = Property(int, lambda self: self._draft.undo_count() if self._draft else 0, notify=changed)
    folder = Property(str, lambda self: str(self._draft.folder) if self._draft else "", notify=changed)

    @Slot(result=str)
    def undo(self) -> str:
        """Undo this session's last step; what it was ("" when there was nothing to undo)."""
        if self._draft is None:
            return ""
        try:
            label = self._draft.undo() or ""
        except KioskError as exc:
            self.fail(str(exc))
            return ""
        self.stepped()
        return label

    @Slot()
    def discard(self) -> None:
        """Throw the draft away and start again from what the booth shows."""
        if self._draft is None:
            return
        try:
            self._draft.restart()
        except KioskError as exc:
            self.fail(str(exc))
            return
        self.stepped()

    # -- the session -----------------------------------------------------------------------

    @Slot()
    def _on_began(self) -> None:
        self._problem = ""
        try:
            self._draft = Draft.open(self.paths, account=self._session.account_name())
        except KioskError as exc:
            self._draft = None
            self.fail(str(exc))
            return
        self.stepped()

    @Slot()
    def _on_ended(self) -> None:
        if self._draft is not None:
            self._draft.close()
            self._draft = None
        self.changed.emit()

    def close(self) -> None:
        self._on_ended()
