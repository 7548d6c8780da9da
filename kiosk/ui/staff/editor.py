"""The staff's editor of one exhibit (`staffEditor` in QML): its fields, images, flags and deletion.

Each row is one field of the exhibit's kind, Chinese and English side by side for localized
fields. What staff type is checked by the import rules (fieldcheck) when a field is left:
saved as one step of the draft, or kept with the message saying why, shown under the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.model import FIELD_BY_NAME, LANGS, Exhibit, ImageRef, column_name, fields_for
from kiosk.core.interchange import fieldcheck
from kiosk.ui.listmodel import Role, RoleListModel, attribute
from kiosk.ui.staff.workspace import Workspace

SKIPPED = ("id", "kind", "images", "featured", "published", "sort_order")  # shown otherwise, or not edited
EXTRA = ("visible_from", "visible_until")
MULTILINE = ("body", "summary")


@dataclass(frozen=True)
class FieldRow:
    """One field of the exhibit as the editor shows it."""

    name: str
    localized: bool
    zh: str  # the text shown (for a field of one language: in zh)
    en: str
    wrong: tuple[tuple[str, str], ...]  # (column, text refused) for this field's columns
    missing: tuple[str, ...]  # languages missing a translation


def _label(row: FieldRow, lang: str) -> str:
    spec = FIELD_BY_NAME.get(row.name)
    if spec is None:
        return fieldcheck.label(row.name, lang)
    return spec.zh if lang == "zh" else spec.en


def _message(row: FieldRow, column_lang: str, lang: str) -> str:
    for column, text in row.wrong:
        if column.endswith("_" + column_lang) or (not row.localized and column_lang == "zh"):
            return fieldcheck.check_field(column, text, lang)[1] or ""
    return ""


FIELD_ROLES = (
    attribute("name", "name"),
    attribute("localized", "localized"),
    Role("multiline", lambda r, _lang: r.name in MULTILINE),
    attribute("zhText", "zh"),
    attribute("enText", "en"),
    Role("label", _label, text=True),
    Role("zhMessage", lambda r, lang: _message(r, "zh", lang), text=True),
    Role("enMessage", lambda r, lang: _message(r, "en", lang), text=True),
    Role("zhMissing", lambda r, _lang: "zh" in r.missing),
    Role("enMissing", lambda r, _lang: "en" in r.missing),
)
IMAGE_ROLES = (attribute("thumb", "thumb"), attribute("name", "name"), attribute("sha256", "sha256"))


def _same_field(old: FieldRow, new: FieldRow) -> bool:
    return old.name == new.name


def _same_image(old: ImageRef, new: ImageRef) -> bool:
    return False


class EditorController(QObject):
    changed = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._id = ""
        self._wrong: dict[str, str] = {}  # column -> the text refused
        self._fields = RoleListModel(FIELD_ROLES, language=language, same=_same_field, parent=self)
        self._images = RoleListModel(IMAGE_ROLES, language=language, parent=self)
        workspace.draftChanged.connect(self.refresh)

    fields = Property(QObject, lambda self: self._fields, constant=True)
    images = Property(QObject, lambda self: self._images, constant=True)

    def _exhibit(self) -> Exhibit | None:
        draft = self._workspace.draft
        return draft.get(self._id) if draft and self._id else None

    def _get_id(self) -> str:
        return self._id

    def _set_id(self, exhibit_id: str) -> None:
        if exhibit_id != self._id:
            self._id = exhibit_id
            self._wrong = {}
            self.refresh()

    exhibitId = Property(str, _get_id, _set_id, notify=changed)
    exists = Property(bool, lambda self: self._exhibit() is not None, notify=changed)
    kind = Property(str, lambda self: ex.kind if (ex := self._exhibit()) else "", notify=changed)
    title = Property(str, lambda self: (ex.t("title", self._language) if (ex := self._exhibit()) else ""),
                     notify=changed)  # fmt: skip
    featured = Property(bool, lambda self: bool((ex := self._exhibit()) and ex.featured), notify=changed)
    published = Property(bool, lambda self: bool((ex := self._exhibit()) and ex.published), notify=changed)
    singleLanguage = Property(bool, lambda self: bool((ex := self._exhibit()) and ex.single_language),
                              notify=changed)  # fmt: skip
    missingCount = Property(int, lambda self: len(fieldcheck.missing_translations(ex))
                            if (ex := self._exhibit()) else 0, notify=changed)  # fmt: skip

    @Slot(str)
    def set_language(self, language: str) -> None:
        self._language = language
        self._fields.set_language(language)
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        exhibit = self._exhibit()
        if exhibit is None:
            self._fields.set_records([])
            self._images.set_records([])
            self.changed.emit()
            return
        missing = set(fieldcheck.missing_translations(exhibit))
        rows = []
        for name in (*[n for n in fields_for(exhibit.kind) if n not in SKIPPED], *EXTRA):
            localized = name in FIELD_BY_NAME and FIELD_BY_NAME[name].localized
            columns = [column_name(name, lang) for lang in LANGS] if localized else [name]
            shown = [self._wrong.get(c, fieldcheck.value_text(exhibit, c, self._language)) for c in columns]
            rows.append(FieldRow(
                name, localized, shown[0], shown[1] if localized else "",
                tuple((c, self._wrong[c]) for c in columns if c in self._wrong),
                tuple(lang for lang in LANGS if column_name(name, lang) in missing) if localized else (),
            ))  # fmt: skip
        self._fields.set_records(rows)
        self._images.set_records(list(exhibit.images))
        self.changed.emit()

    # -- editing -----------------------------------------------------------------------

    @Slot(str, str, str, result=str)
    def editText(self, name: str, lang: str, text: str) -> str:
        """Staff left a field: save `text` (lang "" for a field of one language), or the message why not."""
        draft = self._workspace.draft
        if draft is None or self._exhibit() is None:
            return ""
        column = column_name(name, lang or None)
        try:
            message = draft.edit_text(self._id, column, text, self._language)
        except KioskError as exc:
            self._workspace.fail(str(exc))
            return str(exc)
        if message is None:
            self._wrong.pop(column, None)
            self._workspace.stepped()
        else:
            self._wrong[column] = text
            self.refresh()
        return message or ""

    @Slot(str, bool)
    def setFlag(self, column: str, value: bool) -> None:
        """featured, published or single_language."""
        self._step("edit", {column: value})

    @Slot(int)
    def removeImage(self, position: int) -> None:
        order = [i for i in range(self._images.rowCount()) if i != position]
        self._step("arrange_images", order)

    @Slot(int, int)
    def moveImage(self, position: int, delta: int) -> None:
        order = list(range(self._images.rowCount()))
        to = position + delta
        if not (0 <= position < len(order) and 0 <= to < len(order)):
            return
        order[position], order[to] = order[to], order[position]
        self._step("arrange_images", order)

    @Slot(int)
    def makeFirst(self, position: int) -> None:
        order = list(range(self._images.rowCount()))
        if 0 < position < len(order):
            self._step("arrange_images", [position, *(i for i in order if i != position)])

    @Slot(result=bool)
    def deleteExhibit(self) -> bool:
        return self._step("delete")

    def _step(self, method: str, *args: object) -> bool:
        draft = self._workspace.draft
        if draft is None or self._exhibit() is None:
            return False
        try:
            getattr(draft, method)(self._id, *args)
        except KioskError as exc:
            self._workspace.fail(str(exc))
            return False
        self._workspace.stepped()
        return True
