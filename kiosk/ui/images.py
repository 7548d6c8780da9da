"""The "media" image provider: thumbnails and display renditions for QML.

QML asks for `image://media/<path>`, where <path> is relative to the content
folder (as stored in ImageRef.thumb and ImageRef.display). The provider reads
only files inside that folder, decodes them on Qt's image-loading thread (never
on the GUI thread), and answers a refused, missing or broken file with a tiny
transparent image, so the view's own placeholder shows through and nothing fails.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.models import IMAGE_PROVIDER

PROVIDER_NAME = IMAGE_PROVIDER
PLACEHOLDER_SIZE = QSize(4, 3)

log = logging.getLogger(__name__)


def placeholder() -> QImage:
    """A tiny, fully transparent image: what a refused, missing or broken file gives.

    The view draws its own placeholder under every image, which shows through.
    """
    image = QImage(PLACEHOLDER_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def resolve_inside(folder: Path, image_id: str) -> Path | None:
    """The file `image_id` names inside `folder`, or None if it would escape the folder."""
    relative = unquote(image_id)
    if not relative or "\\" in relative or "\0" in relative:
        return None
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
        return None
    root = folder.resolve()
    candidate = (root / pure).resolve()
    return candidate if candidate.is_relative_to(root) and candidate != root else None


def target_size(original: QSize, requested: QSize) -> QSize:
    """Fit `original` within `requested` keeping its aspect; never enlarge."""
    if not original.isValid() or (requested.width() <= 0 and requested.height() <= 0):
        return original
    bound = QSize(
        requested.width() if requested.width() > 0 else original.width(),
        requested.height() if requested.height() > 0 else original.height(),
    )
    if original.width() <= bound.width() and original.height() <= bound.height():
        return original
    return original.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio)


def read_image(path: Path, requested: QSize) -> QImage:
    """Decode `path`, scaled down while decoding when a smaller size is requested."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setScaledSize(target_size(reader.size(), requested))
    image = reader.read()
    if image.isNull():
        log.warning("image %s could not be read: %s", path, reader.errorString())
    return image


class MediaImageProvider(QQuickImageProvider):
    """Serves images of one content folder; always loaded asynchronously."""

    def __init__(self, folder: Path):
        super().__init__(
            QQmlImageProviderBase.ImageType.Image, QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading
        )
        self._folder = folder.resolve()
        self.decoded = 0  # images read, and how many of them on the GUI thread (should stay 0)
        self.decoded_on_gui_thread = 0

    @property
    def folder(self) -> Path:
        return self._folder

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        self.decoded += 1
        self.decoded_on_gui_thread += threading.current_thread() is threading.main_thread()
        image = self._load(image_id, requested_size)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image

    def _load(self, image_id: str, requested: QSize) -> QImage:
        path = resolve_inside(self._folder, image_id)
        if path is None:
            log.warning("refused image path outside the content folder: %r", image_id)
            return placeholder()
        if not path.is_file():
            log.info("image %s is missing", path)
            return placeholder()
        image = read_image(path, requested)
        return image if not image.isNull() else placeholder()
