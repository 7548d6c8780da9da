"""Photos staff add to an exhibit, their location data taken out first; the folders they pick them from.

Photos often come straight from a phone, and its GPS coordinates would tell everyone who gets a
pack where each one was taken (a home, a farm). So before a photo is hashed and prepared
(kiosk.core.media), its location data goes:
- JPEG: the Exif segment is written again without its GPS directory, XMP holding coordinates is
  dropped, and so are the pictures after the first (MPO) when their Exif holds GPS; the image data
  is copied as it is, never encoded again.
- PNG, WebP, TIFF, GIF, AVIF holding GPS: the first frame saved again by Pillow without it
  (losslessly, but for lossy WebP and AVIF).
A photo without location data is used byte for byte, so its hash, and the renditions made for
the same bytes earlier, stay the same. Renditions never carry metadata (render.jpeg_bytes saves
none). A file that still shows location data after this is refused, never stored.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from PIL import Image, ImageFile

from kiosk.core.base.errors import KioskError, MediaError
from kiosk.core.base.settings import Settings
from kiosk.core.media.batch import prepare_images
from kiosk.core.media.prepare import MediaOptions
from kiosk.core.media.render import BAD_INPUT, FORMATS, one_line, pillow_limits

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"})
SCAN_DEPTH = 2  # subfolder levels image_files looks into: DCIM/100CANON on a camera's card
GPS_IFD = 0x8825
_EXIF = b"Exif\x00\x00"
_XMP_GPS = (b"GPSLatitude", b"GPSLongitude", b"GPSCoordinates")
_GROUP_PER_WORKER = 8  # photos per worker process between two looks at `cancelled`: about 2 s of work
_LOSSLESS = {"PNG": {}, "TIFF": {"compression": "tiff_deflate"}, "GIF": {}, "BMP": {}}


@dataclass
class ImageBatch:
    records: list[dict] = field(default_factory=list)  # rows for the `media` table, in the order of the sources
    names: list[str] = field(default_factory=list)  # each record's file name, as staff know it
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, why), one line each
    cancelled: bool = False  # stopped early: the sources after the last record were not looked at


def add_images(
    sources: Sequence[Path],
    content_folder: Path,
    options: MediaOptions,
    *,
    workers: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImageBatch:
    """Prepare photos into `content_folder`'s media/ without their location data; what worked and what did not.

    Made for a worker thread: progress is (done, total), and `cancelled` is asked between groups of
    photos (what was prepared before it stays in the batch).
    """
    distinct = list(dict.fromkeys(Path(source) for source in sources))
    total, batch = len(distinct), ImageBatch()
    report = on_progress or (lambda done, total: None)
    groups = -(-total // max(8, _GROUP_PER_WORKER * (workers or os.cpu_count() or 1)))
    step = max(1, -(-total // max(1, groups)))  # even groups: a tail of one or two photos would use one process
    report(0, total)
    try:
        content_folder.mkdir(parents=True, exist_ok=True)
        # Cleaned copies go beside the media, on the same disk, not into a /tmp that may be memory.
        with tempfile.TemporaryDirectory(prefix=".adding-", dir=content_folder) as temp:
            for start in range(0, total, step):
                if cancelled is not None and cancelled():
                    batch.cancelled = True
                    break
                group = distinct[start : start + step]
                _add_group(group, Path(temp), content_folder, options, workers, batch,
                           lambda done, _n, start=start: report(start + done, total))  # fmt: skip
                report(start + len(group), total)
    except OSError as exc:
        where = exc.filename or content_folder
        raise KioskError(f"{where}: cannot write media: {exc.strerror or one_line(exc)}") from None
    return batch


def _add_group(
    group: list[Path],
    temp: Path,
    content_folder: Path,
    options: MediaOptions,
    workers: int,
    batch: ImageBatch,
    on_progress: Callable[[int, int], None],
) -> None:
    ready: dict[Path, Path] = {}  # source -> the file prepared for it (itself, or a cleaned copy)
    why: dict[Path, str] = {}
    for index, source in enumerate(group):
        try:
            ready[source] = _cleaned(source, temp / f"{index}{source.suffix}", options)
        except MediaError as exc:
            why[source] = str(exc)
    records, problems = prepare_images(list(ready.values()), content_folder, options, workers=workers,
                                       on_progress=on_progress)  # fmt: skip
    messages = {Path(problem.file): problem.message for problem in problems}
    for source in group:
        prepared = ready.get(source)
        if prepared in records:
            batch.records.append(records[prepared])
            batch.names.append(source.name)
        else:
            reason = why.get(source) or messages.get(prepared, "").removeprefix(f"{prepared}: ")
            batch.refused.append((source.name, reason or "could not be prepared"))
        if prepared is not None and prepared != source:
            prepared.unlink(missing_ok=True)


def _cleaned(source: Path, copy: Path, options: MediaOptions) -> Path:
    """The file to prepare for `source`: itself when it holds no location data, else `copy` written without it."""
    try:
        if not 0 < source.stat().st_size <= options.max_file_bytes:
            return source  # kiosk.core.media refuses it and says why
        data = source.read_bytes()
    except OSError:
        return source  # likewise
    clean = without_location(data, options.max_pixels)
    if clean is None:
        return source
    copy.write_bytes(clean)
    return copy


def without_location(data: bytes, max_pixels: int) -> bytes | None:
    """The image `data` without its GPS coordinates; None when it holds none (or is not an image to use).

    Raises MediaError when the coordinates are there but cannot be taken out.
    """
    with pillow_limits(max_pixels):  # Pillow's bomb limit, and its warnings about damaged metadata muted
        jpeg = data.startswith(b"\xff\xd8\xff")
        clean = _jpeg_without_location(data, max_pixels) if jpeg else _resaved(data, max_pixels)
        if clean is not None and _holds_location(clean, max_pixels):  # one Pillow cannot open is refused later
            raise MediaError("its location data could not be removed")
    return clean


def _holds_location(data: bytes, max_pixels: int) -> bool:
    """Whether Pillow finds GPS data in the image (not when it cannot open it: that is refused later)."""
    try:
        with Image.open(io.BytesIO(data), formats=FORMATS) as im:
            return im.width * im.height <= max_pixels and _location_in(im)
    except (*BAD_INPUT, Image.DecompressionBombWarning):
        return False


def _location_in(im: Image.Image) -> bool:
    if im.getexif().get_ifd(GPS_IFD):  # a PNG's late eXIf and text chunks are read by this
        return True
    tags = getattr(im, "tag_v2", {})
    packets = (im.info.get("xmp"), im.info.get("XML:com.adobe.xmp"), tags.get(700) if tags else None)
    return any(_xmp_has_gps(packet) for packet in packets if packet)


def _xmp_has_gps(packet: bytes | str) -> bool:
    raw = packet.encode("utf-8", "replace") if isinstance(packet, str) else bytes(packet)
    return any(name in raw for name in _XMP_GPS)


# -- JPEG: spliced, the image data untouched -----------------------------------------------


def _jpeg_without_location(data: bytes, max_pixels: int) -> bytes | None:
    parsed = _jpeg_segments(data)
    if parsed is None:  # markers Pillow may still read past: go by what it finds
        if _holds_location(data, max_pixels):
            _refuse("its JPEG markers cannot be read")
        return None
    segments, scan = parsed
    xmp_gps = any(_is_xmp(s) and _xmp_has_gps(s) for s in segments)
    kept = [new for s in segments if (new := _clean_segment(s, xmp_gps)) is not None]
    end = data.find(b"\xff\xd9", scan)  # the first picture's end: 0xFF 0xD9 cannot occur inside its scans
    end = len(data) if end < 0 else end + 2
    tail = data[end:]
    if _gps_in_exif_blocks(tail):  # pictures after the first (MPO) with coordinates of their own: dropped
        kept, tail = [s for s in kept if not (s[1] == 0xE2 and s[4:8] == b"MPF\x00")], b""
    if kept == segments and len(tail) == len(data) - end:
        return None
    return data[:2] + b"".join(kept) + data[scan:end] + tail


def _refuse(why: str) -> NoReturn:
    raise MediaError(f"it holds location data, and {why}")


def _jpeg_segments(data: bytes) -> tuple[list[bytes], int] | None:
    """The marker segments between SOI and the first scan (each whole), and where the scan starts."""
    segments, pos = [], 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # a fill byte
            pos += 1
        elif marker == 0xDA:
            return segments, pos
        elif 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            segments.append(data[pos : pos + 2])
            pos += 2
        else:
            length = int.from_bytes(data[pos + 2 : pos + 4], "big")
            if length < 2 or pos + 2 + length > len(data):
                return None
            segments.append(data[pos : pos + 2 + length])
            pos += 2 + length
    return None


def _is_xmp(segment: bytes) -> bool:
    return segment[1] == 0xE1 and segment[4:24].startswith(b"http://ns.adobe.com/")


def _clean_segment(segment: bytes, xmp_gps: bool) -> bytes | None:
    """The segment as it is, written again without GPS, or None to drop it."""
    if _is_xmp(segment):
        return None if xmp_gps else segment  # the main and extended XMP go together
    if segment[1] != 0xE1 or not segment[4:].startswith(_EXIF):
        return segment
    exif = Image.Exif()
    try:
        exif.load(segment[4:])
        if not exif.get_ifd(GPS_IFD):
            return segment
        del exif[GPS_IFD]
        payload = exif.tobytes()
    except BAD_INPUT:  # damaged beyond Pillow: drop it if a GPS pointer may be in it (either byte order)
        return None if b"\x88\x25" in segment or b"\x25\x88" in segment else segment
    if len(payload) + 2 > 0xFFFF:
        _refuse("its Exif block is too large to write again")
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def _gps_in_exif_blocks(data: bytes) -> bool:
    for found in re.finditer(re.escape(_EXIF), data):
        exif = Image.Exif()
        try:
            exif.load(data[found.start() : found.start() + 0x10000])
            if exif.get_ifd(GPS_IFD):
                return True
        except BAD_INPUT:
            continue
    return False


# -- other formats: saved again ------------------------------------------------------------


def _resaved(data: bytes, max_pixels: int) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data), formats=FORMATS) as im:
            if im.width * im.height > max_pixels or not _location_in(im):
                return None
            return _save_again(im, data)
    except (*BAD_INPUT, Image.DecompressionBombWarning):
        return None  # not an image it can use: kiosk.core.media says why


def _save_again(im: ImageFile.ImageFile, data: bytes) -> bytes:
    """The first frame in its own format, without GPS or XMP; its other Exif (orientation) and colour profile kept."""
    fmt = str(im.format)
    exif = im.getexif()
    exif.pop(GPS_IFD, None)
    try:
        im.load()  # TIFF turns its pixels upright here: its orientation must not be written again
        fresh = im.copy()
        fresh.info = {key: im.info[key] for key in ("transparency", "dpi") if key in im.info}
        options = dict(_LOSSLESS.get(fmt, {"quality": 92}))
        if fmt == "WEBP":
            options = {"lossless": True} if _webp_lossless(data) else {"quality": 92}
        if len(exif) and fmt != "TIFF":
            options["exif"] = exif.tobytes()
        if im.info.get("icc_profile"):
            options["icc_profile"] = im.info["icc_profile"]
        out = io.BytesIO()
        fresh.save(out, fmt, **options)
    except (*BAD_INPUT, RuntimeError) as exc:
        _refuse(f"saving it again without them failed: {one_line(exc)}")
    return out.getvalue()


def _webp_lossless(data: bytes) -> bool:
    pos = 12
    while pos + 8 <= len(data):
        tag, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        if tag in (b"VP8 ", b"VP8L"):
            return tag == b"VP8L"
        pos += 8 + size + (size & 1)
    return False


# -- where staff pick photos from -------------------------------------------------------------


def image_files(folder: Path, *, limit: int = 500) -> list[Path]:
    """Image files in `folder` and SCAN_DEPTH levels of subfolders, by name; hidden ones and links out skipped."""
    root = folder.resolve()
    found = list(_walk(folder, root, SCAN_DEPTH))
    found.sort(key=lambda path: [part.casefold() for part in path.relative_to(folder).parts])
    return found[:limit]


def _walk(folder: Path, root: Path, depth: int) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # unreadable, or the stick was pulled out: nothing more from here
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or (entry.is_symlink() and not _inside(path, root)):
            continue  # hidden (a Mac's ._IMG_0001.JPG too), or a link leading out of the folder
        if entry.is_dir():
            if depth > 0:
                yield from _walk(path, root, depth - 1)
        elif path.suffix.lower() in IMAGE_SUFFIXES and entry.is_file():
            yield path


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def removable_folders(
    settings: Settings, *, home: Path | None = None, is_mount: Callable[[Path], bool] = os.path.ismount
) -> list[Path]:
    """Folders staff may pick photos from: media mounted in sync.watch_folders, then their pictures folder.

    A watched folder holds mounts (/mnt/<stick>) or a folder per user holding them (/media/<user>/<stick>).
    """
    found: list[Path] = []
    for watched in settings["sync.watch_folders"]:
        for child in _subfolders(Path(watched)):
            found.extend([child] if is_mount(child) else [c for c in _subfolders(child) if is_mount(c)])
    pictures = _pictures_folder(home or Path.home())
    if pictures is not None:
        found.append(pictures)
    return list(dict.fromkeys(found))


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(Path(e.path) for e in os.scandir(folder) if e.is_dir() and not e.name.startswith("."))
    except OSError:
        return []


def _pictures_folder(home: Path) -> Path | None:
    """XDG's pictures folder (图片 on a Chinese desktop), else ~/Pictures, if it is there."""
    candidates = [home / "Pictures"]
    try:
        text = (home / ".config" / "user-dirs.dirs").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    found = re.search(r'^XDG_PICTURES_DIR="\$HOME/([^"]+)"', text, re.MULTILINE)
    if found:
        candidates.insert(0, home / found.group(1))
    return next((path for path in candidates if path.is_dir() and path != home), None)
