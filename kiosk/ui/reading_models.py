"""List models of the reading screens, the "qr" image provider, and the keyboard's preparation.

The models only turn core records (kiosk.core.exhibits.present.Field and Block,
kiosk.core.exhibits.suggest.Suggestion) into roles; every text was made by the core.
The provider draws an exhibit's QR code on Qt's image-loading thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote, unquote

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QLoggingCategory,
    QObject,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlComponent, QQmlEngine, QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.core.exhibits import qr
from kiosk.ui.images import placeholder
from kiosk.ui.models import Index

FieldKeyRole = Qt.ItemDataRole.UserRole + 1
FieldLabelRole = Qt.ItemDataRole.UserRole + 2
FieldValueRole = Qt.ItemDataRole.UserRole + 3

BlockKindRole = Qt.ItemDataRole.UserRole + 1
BlockTextRole = Qt.ItemDataRole.UserRole + 2
BlockMarkerRole = Qt.ItemDataRole.UserRole + 3
BlockStartsGroupRole = Qt.ItemDataRole.UserRole + 4

SuggestionGroupRole = Qt.ItemDataRole.UserRole + 1
SuggestionLabelRole = Qt.ItemDataRole.UserRole + 2
SuggestionRouteRole = Qt.ItemDataRole.UserRole + 3

QR_PROVIDER = "qr"
QR_DEFAULT_PX = 480
# Notices the Qt Virtual Keyboard itself logs as warnings, harmless and out of the kiosk's hands: its
# PopupList.qml shadows ListView.contentWidth (Qt 6.11), and its components import QtMultimedia,
# which looks for PipeWire before it settles for PulseAudio.
KEYBOARD_NOTICES = ("qt.qml.propertyCache.append.warning=false", "qt.multimedia.symbolsresolver.warning=false")
_KEYBOARD_TYPES = b"import QtQuick\nimport QtQuick.VirtualKeyboard\nInputPanel {}\n"

log = logging.getLogger(__name__)


class RecordListModel(QAbstractListModel):
    """A list of frozen dataclass records; ROLES maps each role to (QML name, attribute)."""

    ROLES: ClassVar[dict[int, tuple[bytes, str]]] = {}
    countChanged = Signal()

    def __init__(self, records: Sequence[Any] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._records: list[Any] = list(records)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._records):
            return None
        found = self.ROLES.get(role)
        return getattr(self._records[index.row()], found[1]) if found else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, (name, _) in self.ROLES.items()}

    def records(self) -> list[Any]:
        return list(self._records)

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace the records: rows changed in place when the count is the same (a new language), else a reset."""
        records = list(records)
        if records == self._records:
            return
        if len(records) == len(self._records):
            self._records = records
            self.dataChanged.emit(self.index(0), self.index(len(records) - 1), list(self.ROLES))
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()
        self.countChanged.emit()

    def _get_count(self) -> int:
        return len(self._records)

    count = Property(int, _get_count, notify=countChanged)


class FieldListModel(RecordListModel):
    """An exhibit's fields: key, label and value."""

    ROLES: ClassVar = {
        Qt.ItemDataRole.DisplayRole: (b"display", "value"),
        FieldKeyRole: (b"key", "key"),
        FieldLabelRole: (b"label", "label"),
        FieldValueRole: (b"value", "value"),
    }


class BlockListModel(RecordListModel):
    """An exhibit's body: paragraphs and list items."""

    ROLES: ClassVar = {
        Qt.ItemDataRole.DisplayRole: (b"display", "text"),
        BlockKindRole: (b"blockKind", "kind"),
        BlockTextRole: (b"text", "text"),
        BlockMarkerRole: (b"marker", "marker"),
        BlockStartsGroupRole: (b"startsGroup", "starts_group"),
    }


class SuggestionListModel(RecordListModel):
    """Suggestions for the search screen: group, label and the route a tap opens."""

    ROLES: ClassVar = {
        Qt.ItemDataRole.DisplayRole: (b"display", "label"),
        SuggestionGroupRole: (b"group", "group"),
        SuggestionLabelRole: (b"caption", "label"),
        SuggestionRouteRole: (b"route", "route"),
    }


def qr_url(exhibit_id: str) -> str:
    return f"image://{QR_PROVIDER}/{quote(exhibit_id, safe='')}"


class QrBook:
    """The official URL of each exhibit shown so far, for the provider's thread to read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._urls: dict[str, str] = {}

    def put(self, exhibit_id: str, url: str) -> None:
        with self._lock:
            self._urls[exhibit_id] = url

    def get(self, exhibit_id: str) -> str:
        with self._lock:
            return self._urls.get(exhibit_id, "")


class QrImageProvider(QQuickImageProvider):
    """image://qr/<exhibit id>: the exhibit's QR code, drawn and decoded off the GUI thread."""

    def __init__(self, book: QrBook):
        super().__init__(
            QQmlImageProviderBase.ImageType.Image, QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading
        )
        self._book = book

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        url = self._book.get(unquote(image_id))
        image = placeholder()
        if qr.scannable(url):
            side = max(requested_size.width(), requested_size.height(), 0) or QR_DEFAULT_PX
            image = QImage.fromData(qr.png_at_least(url, side), "PNG")
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


def prepare_keyboard(engine: QQmlEngine) -> None:
    """Get the on-screen keyboard ready before the search screen needs it.

    Its pinyin engine warns when it has to make its user dictionary (an empty one it fills in
    itself), and compiling the keyboard's own QML logs notices that are no fault of the kiosk
    (KEYBOARD_NOTICES): they are kept out of the log while it is compiled here, once per engine.
    """
    config = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))
    dictionary = config / "qtvirtualkeyboard" / "pinyin" / "usr_dict.dat"
    dictionary.parent.mkdir(parents=True, exist_ok=True)
    dictionary.touch(exist_ok=True)
    QLoggingCategory.setFilterRules("\n".join(KEYBOARD_NOTICES))
    try:
        component = QQmlComponent(engine)
        component.setData(_KEYBOARD_TYPES, QUrl())
        if component.isError():  # the search screen will say so too; browsing works without it
            log.error("the on-screen keyboard cannot be loaded: %s", component.errorString().strip())
    finally:
        QLoggingCategory.setFilterRules("")
