"""List models that present core exhibits to QML.

The model holds kiosk.core.exhibits.model.Exhibit records and only translates them into
roles; every text is computed by the core (language fallback included).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from kiosk.core.exhibits.model import DEFAULT_LANG, LANGS, Exhibit
from kiosk.core.exhibits.present import shown_number

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
KindLabelRole = Qt.ItemDataRole.UserRole + 3
TitleRole = Qt.ItemDataRole.UserRole + 4
SummaryRole = Qt.ItemDataRole.UserRole + 5
ThumbRole = Qt.ItemDataRole.UserRole + 6
NumberRole = Qt.ItemDataRole.UserRole + 7
TagsRole = Qt.ItemDataRole.UserRole + 8

IMAGE_PROVIDER = "media"
TEXT_ROLES = [KindLabelRole, TitleRole, SummaryRole, TagsRole, Qt.ItemDataRole.DisplayRole]

_ROLE_NAMES = {
    IdRole: b"exhibitId",
    KindRole: b"kind",
    KindLabelRole: b"kindLabel",
    TitleRole: b"title",
    SummaryRole: b"summary",
    ThumbRole: b"thumb",
    NumberRole: b"number",
    TagsRole: b"tags",
}

Index = QModelIndex | QPersistentModelIndex


def image_url(relative_path: str) -> str:
    """The image-provider URL of a file in the content folder, or "" for none."""
    if not relative_path:
        return ""
    return f"image://{IMAGE_PROVIDER}/{quote(relative_path, safe='/')}"


def thumb_url(exhibit: Exhibit) -> str:
    """URL of the exhibit's first thumbnail, or "" when it has none."""
    return next((image_url(image.thumb) for image in exhibit.images if image.thumb), "")


_GETTERS: dict[int, Callable[[Exhibit, str], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda ex, lang: ex.t("title", lang),
    IdRole: lambda ex, lang: ex.id,
    KindRole: lambda ex, lang: ex.kind,
    KindLabelRole: lambda ex, lang: ex.kind_label(lang),
    TitleRole: lambda ex, lang: ex.t("title", lang),
    SummaryRole: lambda ex, lang: ex.t("summary", lang),
    ThumbRole: lambda ex, lang: thumb_url(ex),
    NumberRole: lambda ex, lang: shown_number(ex.number, lang),
    TagsRole: lambda ex, lang: list(ex.tags_in(lang)),
}


class ExhibitListModel(QAbstractListModel):
    """A flat list of exhibits, with texts in the current language."""

    languageChanged = Signal(str)
    countChanged = Signal()

    def __init__(self, exhibits: Sequence[Exhibit] = (), language: str = DEFAULT_LANG, parent: QObject | None = None):
        super().__init__(parent)
        _check_language(language)
        self._exhibits: list[Exhibit] = list(exhibits)
        self._language = language
        self.modelReset.connect(self._on_rows_changed)
        self.rowsInserted.connect(self._on_rows_changed)
        self.rowsRemoved.connect(self._on_rows_changed)

    # -- QAbstractListModel ----------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._exhibits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._exhibits):
            return None
        getter = _GETTERS.get(role)
        return getter(self._exhibits[index.row()], self._language) if getter else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, name in _ROLE_NAMES.items()}

    # -- Python API --------------------------------------------------------------

    def exhibit(self, row: int) -> Exhibit:
        return self._exhibits[row]

    def set_exhibits(self, exhibits: Sequence[Exhibit]) -> None:
        """Replace the whole list (after a search or a new content pack)."""
        self.beginResetModel()
        self._exhibits = list(exhibits)
        self.endResetModel()

    # -- properties for QML ----------------------------------------------------

    def _get_language(self) -> str:
        return self._language

    def _set_language(self, language: str) -> None:
        _check_language(language)
        if language == self._language:
            return
        self._language = language
        if self._exhibits:
            self.dataChanged.emit(self.index(0), self.index(len(self._exhibits) - 1), TEXT_ROLES)
        self.languageChanged.emit(language)

    language = Property(str, _get_language, _set_language, notify=languageChanged)

    @Slot(str)
    def set_language(self, language: str) -> None:
        self._set_language(language)

    def _get_count(self) -> int:
        return len(self._exhibits)

    count = Property(int, _get_count, notify=countChanged)

    @Slot()
    def _on_rows_changed(self) -> None:
        self.countChanged.emit()


def _check_language(language: str) -> None:
    if language not in LANGS:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGS)}")
