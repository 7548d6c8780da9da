"""List models of the reading screens, the "qr" image provider, and the keyboard's preparation.

The models only turn core records (kiosk.core.exhibits.present.Field and Block,
kiosk.core.exhibits.suggest.Suggestion) into roles; every text was made by the core.
The provider draws an exhibit's QR code on Qt's image-loading thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from PySide6.QtCore import QLoggingCategory, QObject, QSize, QStandardPaths, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlComponent, QQmlEngine, QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.core.exhibits import qr
from kiosk.ui.images import placeholder
from kiosk.ui.listmodel import RoleListModel, attribute

QR_PROVIDER = "qr"
QR_DEFAULT_PX = 480
# Notices the Qt Virtual Keyboard itself logs as warnings, harmless and out of the kiosk's hands: its
# PopupList.qml shadows ListView.contentWidth (Qt 6.11), and its components import QtMultimedia,
# which looks for PipeWire before it settles for PulseAudio.
KEYBOARD_NOTICES = ("qt.qml.propertyCache.append.warning=false", "qt.multimedia.symbolsresolver.warning=false")
_KEYBOARD_TYPES = b"import QtQuick\nimport QtQuick.VirtualKeyboard\nInputPanel {}\n"

log = logging.getLogger(__name__)


def _same_row(_old: Any, _new: Any) -> bool:
    return True  # a page's rows are redrawn in place when their number stays (a new language, say)


class FieldListModel(RoleListModel):
    """An exhibit's fields: key, label and value."""

    def __init__(self, parent: QObject | None = None):
        roles = (attribute("display", "value"), attribute("key", "key"), attribute("label", "label"))
        super().__init__((*roles, attribute("value", "value")), same=_same_row, parent=parent)


class BlockListModel(RoleListModel):
    """An exhibit's body: paragraphs and list items."""

    def __init__(self, parent: QObject | None = None):
        roles = (attribute("display", "text"), attribute("blockKind", "kind"), attribute("text", "text"))
        super().__init__(
            (*roles, attribute("marker", "marker"), attribute("startsGroup", "starts_group")),
            same=_same_row,
            parent=parent,
        )


class SuggestionListModel(RoleListModel):
    """Suggestions for the search screen: group, label and the route a tap opens."""

    def __init__(self, parent: QObject | None = None):
        roles = (attribute("display", "label"), attribute("group", "group"), attribute("caption", "label"))
        super().__init__((*roles, attribute("route", "route")), same=_same_row, parent=parent)


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
