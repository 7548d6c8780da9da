"""Importing images: the original, a display rendition and a thumbnail, named by SHA-256.

Inside a content folder:
    media/original/<sha256><ext>   the file as imported, byte for byte
    media/display/<sha256>.jpg     fits media.display_max, EXIF orientation applied
    media/thumb/<sha256>.jpg       fits media.thumb_max, made from the display image
Each file is written under a temporary name, fsync'ed and moved into place, and
an image that fails leaves none of its files behind. Bad input raises MediaError;
a folder that cannot be written raises KioskError.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageColor

from kiosk.core.base.durable import sync_folder
from kiosk.core.base.errors import KioskError, MediaError
from kiosk.core.base.settings import Settings
from kiosk.core.media.render import BAD_INPUT, display_size_ok, fit, jpeg_bytes, one_line, render

MEDIA_DIR = "media"
_KINDS = ("original", "display", "thumb")
_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif", "TIFF": ".tif", "BMP": ".bmp"}
_SOURCE_NOTE = "kiosk source {format} {width}x{height}"  # kept in the display JPEG so reuse needs no decode


@dataclass(frozen=True)
class MediaOptions:
    display_max: tuple[int, int]
    thumb_max: tuple[int, int]
    jpeg_quality: int
    max_pixels: int
    max_file_bytes: int
    background: tuple[int, int, int]

    @classmethod
    def from_settings(cls, settings: Settings) -> MediaOptions:
        """The media settings, already checked where they are declared (settings.py)."""
        width, height = settings["media.display_max"]
        thumb_width, thumb_height = settings["media.thumb_max"]
        red, green, blue = ImageColor.getrgb(settings["media.background"])[:3]
        return cls(
            display_max=(width, height),
            thumb_max=(thumb_width, thumb_height),
            jpeg_quality=settings["media.jpeg_quality"],
            max_pixels=settings["media.max_pixels"],
            max_file_bytes=settings["media.max_file_mb"] * 1024 * 1024,
            background=(red, green, blue),
        )


@dataclass(frozen=True)
class _Layout:
    """Where the three files of one image go."""

    folder: Path
    sha256: str
    ext: str

    def rel(self, kind: str) -> str:
        name = self.sha256 + (self.ext if kind == "original" else ".jpg")
        return f"{MEDIA_DIR}/{kind}/{name}"

    def path(self, kind: str) -> Path:
        return self.folder / self.rel(kind)


def prepare_image(source: Path, content_folder: Path, options: MediaOptions, *, durable: bool = True) -> dict:
    """Copy one image into the content folder with its renditions; the row for the `media` table.

    With durable=False the files are not flushed to disk one by one: the caller flushes
    the whole batch at once (see prepare_images), which keeps the processors busy.
    """
    data = _read(source, options.max_file_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    reused = _reuse(content_folder, sha256, len(data), options)
    if reused is not None:
        return reused
    fmt, full, display, thumb = render(source, data, options)
    note = _SOURCE_NOTE.format(format=fmt, width=full[0], height=full[1])
    files = [data, jpeg_bytes(display, options.jpeg_quality, note), jpeg_bytes(thumb, options.jpeg_quality)]
    layout = _Layout(content_folder, sha256, _EXTENSIONS.get(fmt, "." + fmt.lower()))
    try:
        with _Staging() as staging:
            for kind, payload in zip(_KINDS, files, strict=True):
                staging.write(layout.path(kind).parent, payload)
            staging.commit([layout.path(kind) for kind in _KINDS], durable=durable)
    except OSError as exc:
        where = exc.filename or content_folder / MEDIA_DIR
        raise KioskError(f"{where}: cannot write media: {exc.strerror or one_line(exc)}") from None
    return _record(layout, fmt, full, len(data), display.size, thumb.size)


def _read(source: Path, max_bytes: int) -> bytes:
    try:
        if source.stat().st_size > max_bytes:
            raise MediaError(f"{source}: file is larger than {max_bytes / 2**20:g} MB")
        data = source.read_bytes()
    except OSError as exc:
        raise MediaError(f"{source}: cannot read the file: {exc.strerror or one_line(exc)}") from None
    if len(data) > max_bytes:  # grew since stat()
        raise MediaError(f"{source}: file is larger than {max_bytes / 2**20:g} MB")
    if not data:
        raise MediaError(f"{source}: file is empty")
    return data


def _reuse(folder: Path, sha256: str, size_bytes: int, options: MediaOptions) -> dict | None:
    """The record of renditions made earlier for the same bytes and the same size limits, if complete."""
    layout = _Layout(folder, sha256, "")
    try:
        with Image.open(layout.path("display"), formats=["JPEG"]) as d, Image.open(layout.path("thumb")) as t:
            note, display_size_now, thumb_size = d.info.get("comment", b""), d.size, t.size
        fmt, size = note.decode("ascii").removeprefix("kiosk source ").split(" ")
        width, height = (int(v) for v in size.split("x"))
    except (*BAD_INPUT, UnicodeDecodeError):
        return None
    layout = _Layout(folder, sha256, _EXTENSIONS.get(fmt, "." + fmt.lower()))
    display_ok = display_size_ok(display_size_now, (width, height), options.display_max)
    if not display_ok or thumb_size != fit(display_size_now, options.thumb_max):
        return None
    original = layout.path("original")
    if not original.is_file() or original.stat().st_size != size_bytes:  # e.g. cut short by a power cut
        return None
    return _record(layout, fmt, (width, height), size_bytes, display_size_now, thumb_size)


def _record(
    layout: _Layout, fmt: str, full: tuple[int, int], size_bytes: int, display: tuple[int, int], thumb: tuple[int, int]
) -> dict:
    return {
        "sha256": layout.sha256,
        "width": full[0],
        "height": full[1],
        "format": fmt,
        "size_bytes": size_bytes,
        "original": layout.rel("original"),
        "display": layout.rel("display"),
        "display_width": display[0],
        "display_height": display[1],
        "thumb": layout.rel("thumb"),
        "thumb_width": thumb[0],
        "thumb_height": thumb[1],
    }


class _Staging:
    """Files written under temporary names and moved into place together; nothing is left if anything fails."""

    def __init__(self) -> None:
        self._temps: list[tuple[int, Path]] = []
        self._created: list[Path] = []

    def write(self, folder: Path, data: bytes) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        # os.open rather than mkstemp, which makes the file private (0600) and os.replace keeps that
        temp = folder / f".{secrets.token_hex(8)}.part"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        self._temps.append((fd, temp))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]

    def commit(self, finals: list[Path], *, durable: bool = True) -> None:
        for fd, _ in self._temps:
            if durable:
                os.fsync(fd)
        for (_, temp), final in zip(self._temps, finals, strict=True):
            existed = final.exists()
            os.replace(temp, final)
            if not existed:
                self._created.append(final)
        for folder in {final.parent for final in finals} if durable else ():
            sync_folder(folder)
        self._created = []

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        for fd, temp in self._temps:
            os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        for final in self._created:  # a commit that failed half way
            with contextlib.suppress(OSError):
                final.unlink()
