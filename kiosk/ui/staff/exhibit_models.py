"""The staff's list of the draft's exhibits (`staffExhibits` in QML): search, filters, new, arrange.

The rows are review.exhibit_list's Listed records, searched the way visitors search
(in the draft's own content folder), filtered by kind and by flag, read again whenever
the draft changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.curation.review import FLAGS, Listed, exhibit_list
from kiosk.core.exhibits.model import KINDS
from kiosk.ui.listmodel import Role, RoleListModel, attribute
from kiosk.ui.staff.workspace import Workspace

log = logging.getLogger(__name__)

ROLES = (
    attribute("exhibitId", "id"),
    attribute("kind", "kind"),
    Role("kindLabel", lambda r, lang: KINDS[r.kind].zh if lang == "zh" else KINDS[r.kind].en, text=True),
    attribute("titleZh", "title_zh"),
    attribute("titleEn", "title_en"),
    attribute("thumb", "thumb"),
    attribute("featured", "featured"),
    attribute("scheduled", "scheduled"),
    attribute("showing", "showing"),
    Role("hidden", lambda r, _lang: not r.published),
    Role("missing", lambda r, _lang: bool(r.missing)),
    attribute("problems", "problems"),
)


def _same(old: Listed, new: Listed) -> bool:
    return old.id == new.id


class StaffExhibits(QObject):
    """The list QML shows, what it is narrowed to, and the steps taken from it."""

    changed = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._query = ""
        self._kind = ""
        self._flag = ""
        self._model = RoleListModel(ROLES, language=language, same=_same, parent=self)
        self._arranged = RoleListModel(ROLES, language=language, same=_same, parent=self)
        workspace.draftChanged.connect(self.refresh)

    model = Property(QObject, lambda self: self._model, constant=True)
    arranged = Property(QObject, lambda self: self._arranged, constant=True)  # every exhibit, in display order
    query = Property(str, lambda self: self._query, notify=changed)
    kind = Property(str, lambda self: self._kind, notify=changed)
    flag = Property(str, lambda self: self._flag, notify=changed)
    kinds = Property(list, lambda self: list(KINDS), constant=True)
    flags = Property(list, lambda self: list(FLAGS), constant=True)

    @Slot(str)
    def set_language(self, language: str) -> None:
        self._model.set_language(language)
        self._arranged.set_language(language)

    @Slot(str)
    def setQuery(self, query: str) -> None:
        self._query = query
        self.refresh()

    @Slot(str)
    def setKind(self, kind: str) -> None:
        self._kind = "" if kind == self._kind else kind
        self.refresh()

    @Slot(str)
    def setFlag(self, flag: str) -> None:
        self._flag = "" if flag == self._flag else flag
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        draft = self._workspace.draft
        if draft is None:
            self._model.set_records([])
            self._arranged.set_records([])
            self.changed.emit()
            return
        # The draft's finder indexes hidden exhibits too (the draft's own folder leaves them out, as visitors do).
        exhibits, finder = draft.all(), draft.work.finder
        arranged = exhibit_list(exhibits, finder)
        filtering = self._query or self._kind or self._flag
        listed = (
            exhibit_list(exhibits, finder, query=self._query, kind=self._kind, flag=self._flag)
            if filtering
            else arranged
        )
        self._model.set_records(listed)
        self._arranged.set_records(arranged)
        self.changed.emit()

    # -- steps -------------------------------------------------------------------------

    @Slot(str, result=str)
    def create(self, kind: str) -> str:
        """A new exhibit of `kind` (hidden until shown); its id, "" when it could not be made."""
        draft = self._workspace.draft
        if draft is None:
            return ""
        try:
            exhibit_id = draft.create(kind)
        except KioskError as exc:
            self._workspace.fail(str(exc))
            return ""
        self._workspace.stepped()
        return exhibit_id

    @Slot(str, int)
    def move(self, exhibit_id: str, delta: int) -> None:
        """Arrange: one place up (-1) or down (+1) in the display order."""
        draft = self._workspace.draft
        order = [r.id for r in self._arranged.records()]
        if draft is None or exhibit_id not in order:
            return
        to = order.index(exhibit_id) + delta
        if not 0 <= to < len(order):
            return
        self._step(draft.move, exhibit_id, to, order)

    @Slot(str)
    def toggleFeatured(self, exhibit_id: str) -> None:
        self._toggle(exhibit_id, "featured")

    @Slot(str)
    def toggleShown(self, exhibit_id: str) -> None:
        self._toggle(exhibit_id, "published")

    def _toggle(self, exhibit_id: str, column: str) -> None:
        draft = self._workspace.draft
        exhibit = draft.get(exhibit_id) if draft else None
        if draft is None or exhibit is None:
            return
        self._step(draft.edit, exhibit_id, {column: not getattr(exhibit, column)}, label=column)

    def _step(self, change, *args, **kwargs) -> None:
        try:
            change(*args, **kwargs)
        except KioskError as exc:
            self._workspace.fail(str(exc))
            return
        self._workspace.stepped()
