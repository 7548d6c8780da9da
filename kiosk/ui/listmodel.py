"""The one list model the interface shows records through, and the role numbers every model shares.

A model is a list of core records (dataclasses made by kiosk.core) and a table of
roles: each role's QML name and how to read it from a record in a language. Role
numbers come from one registry by name, so `title` or `thumb` is the same role in
every model, and a delegate written for one model reads another.

A language switch re-announces only the roles marked `text`; it never rebuilds
the model. Subclasses that hold their rows elsewhere (the gallery's pager) override
rowCount() and record().
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

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

from kiosk.core.exhibits.model import DEFAULT_LANG, LANGS

Index = QModelIndex | QPersistentModelIndex
Getter = Callable[[Any, str], Any]

_NUMBERS: dict[str, int] = {"display": Qt.ItemDataRole.DisplayRole}


def role_number(name: str) -> int:
    """The role number of the QML role `name`, the same in every model of the process."""
    if name not in _NUMBERS:
        _NUMBERS[name] = Qt.ItemDataRole.UserRole + len(_NUMBERS)
    return _NUMBERS[name]


@dataclass(frozen=True)
class Role:
    """One role: its QML name, how to read it from a record in a language, and whether the language changes it."""

    name: str
    get: Getter
    text: bool = False

    @property
    def number(self) -> int:
        return role_number(self.name)


def attribute(name: str, field: str, *, text: bool = False) -> Role:
    """A role that is a record's attribute `field` as it is (records already in one language)."""
    return Role(name, lambda record, _lang: getattr(record, field), text)


def check_language(language: str) -> str:
    if language not in LANGS:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGS)}")
    return language


class RoleListModel(QAbstractListModel):
    """Records shown through a table of roles, in the visitor's language.

    `same(old, new)` says a replacing record is still the same row (the same event with
    new flags, the same field in another language): set_records() then only announces
    new data, so the view keeps its delegates and scroll position.
    """

    countChanged = Signal()
    languageChanged = Signal(str)

    def __init__(
        self,
        roles: Sequence[Role],
        records: Iterable[Any] = (),
        language: str = DEFAULT_LANG,
        same: Callable[[Any, Any], bool] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._roles = {role.number: role for role in roles}
        self._records: list[Any] = list(records)
        self._language = check_language(language)
        self._same = same
        self.modelReset.connect(self._on_rows_changed)
        self.rowsInserted.connect(self._on_rows_changed)
        self.rowsRemoved.connect(self._on_rows_changed)

    # -- QAbstractListModel ----------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def record(self, row: int) -> Any:
        """The record shown in `row` (None when it is gone, as a deleted exhibit's card is)."""
        return self._records[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < self.rowCount():
            return None
        found = self._roles.get(role)
        if found is None:
            return None
        record = self.record(index.row())
        return found.get(record, self._language) if record is not None else ""

    def roleNames(self) -> dict[int, QByteArray]:
        return {number: QByteArray(role.name.encode()) for number, role in self._roles.items()}

    # -- Python API --------------------------------------------------------------

    def records(self) -> list[Any]:
        return list(self._records)

    def set_records(self, records: Iterable[Any]) -> None:
        """Replace the records: new data in place when every row is still the same (see `same`), else a reset."""
        records = list(records)
        if records == self._records:
            return
        if self._still_the_same_rows(records):
            self._records = records
            self.announce(list(self._roles))
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    def _still_the_same_rows(self, records: list[Any]) -> bool:
        same = self._same
        if same is None or len(records) != len(self._records):
            return False
        return all(same(old, new) for old, new in zip(self._records, records, strict=True))

    def announce(self, roles: list[int]) -> None:
        """Tell the views that `roles` changed in every row."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), roles)

    # -- language and count, also for QML ------------------------------------------

    def _get_language(self) -> str:
        return self._language

    @Slot(str)
    def set_language(self, language: str) -> None:
        if check_language(language) == self._language:
            return
        self._language = language
        self.announce([number for number, role in self._roles.items() if role.text])
        self.languageChanged.emit(language)

    language = Property(str, _get_language, set_language, notify=languageChanged)

    def _get_count(self) -> int:
        return self.rowCount()

    count = Property(int, _get_count, notify=countChanged)

    @Slot()
    def _on_rows_changed(self) -> None:
        self.countChanged.emit()
