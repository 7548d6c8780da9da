"""Decoding one image for display: refusals, draft decoding, orientation and colour.

Everything here works on bytes already read into memory and returns Pillow
images; kiosk.core.media.prepare decides where the renditions go.
"""

from __future__ import annotations

import io
import math
import re
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageCms, ImageFile

from kiosk.core.base.errors import MediaError

if TYPE_CHECKING:
    from kiosk.core.media.prepare import MediaOptions

# What Pillow raises for broken input, as seen on Pillow's own test images:
# TIFF headers without dimensions raise TypeError, BMP/GIF headers struct.error
# or IndexError, damaged EXIF ValueError or KeyError.
BAD_INPUT = (
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    EOFError,
    IndexError,
    KeyError,
    struct.error,
    ZeroDivisionError,
    Image.DecompressionBombError,
)

# Formats staff import; others (EPS runs Ghostscript, for one) are refused.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "BMP", "AVIF")

# Measured here on 2000x1500 draft decodes resampled to 1440x1080, PSNR against a full decode
# resampled with LANCZOS: BOX 15 ms / 35.3 dB (moire on hatching), BILINEAR 22 ms / 40.8 dB,
# HAMMING 22 ms / 39.9 dB, BICUBIC 36 ms / 42.3 dB, LANCZOS 48 ms / 42.1 dB (reducing_gap changes
# nothing below a factor of 2). BILINEAR is the fastest that still looks right.
RESAMPLE = Image.Resampling.BILINEAR
REDUCING_GAP = 3.0  # display: box-reduce first only for large factors (big non-JPEG sources)
DRAFT_SLACK = 1.25  # see display_size
THUMB_REDUCING_GAP = 1.0  # thumbnails are mostly an exact 3x or 4x of the display: a box average, 2 ms not 7

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
)
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}
_SRGB = ImageCms.createProfile("sRGB")


def display_size(decoded: tuple[int, int], full: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """Size of the display rendition: `full` fitted into `box`, unless the decoder already gave a size
    at most DRAFT_SLACK larger than that (a JPEG decoded at a reduced scale): resampling 2000x1500 to
    1920x1440 costs more than the rest of the pipeline after decoding, and shows nothing."""
    return decoded if display_size_ok(decoded, full, box) else fit(full, box)


def display_size_ok(size: tuple[int, int], full: tuple[int, int], box: tuple[int, int]) -> bool:
    """Whether a display rendition of `size` is right for a `full`-sized image and `box` (see display_size)."""
    target = fit(full, box)
    return all(want <= have <= want * DRAFT_SLACK for have, want in zip(size, target, strict=True))


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The largest size with the aspect ratio of `size` that fits in `box` (never enlarged)."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


@contextmanager
def pillow_limits(max_pixels: int) -> Iterator[None]:
    """Pillow's bomb limit for one image; global state is restored afterwards.

    Both the limit and the warning filters are process-wide: prepare images from one
    thread at a time (the batch uses processes, not threads).
    """
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns (UserWarning) about damaged metadata it skipped; the pixels are still usable.
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def bomb_message(path: Path, exc: BaseException, max_pixels: int) -> str:
    found = re.search(r"\((\d+) pixels\)", str(exc))
    what = f"{int(found.group(1)):,} pixels" if found else "the image"
    return f"{path}: {what} is more than the {max_pixels / 1e6:g} megapixel limit"


def open_image(path: Path, data: bytes, max_pixels: int) -> ImageFile.ImageFile:
    """Open (header only) and refuse what cannot or must not be decoded."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=FORMATS)
    except Image.UnidentifiedImageError:
        raise MediaError(_unidentified(path, data)) from None
    except Image.DecompressionBombError as exc:
        raise MediaError(bomb_message(path, exc, max_pixels)) from None
    width, height = im.size
    if width <= 0 or height <= 0:
        im.close()
        raise MediaError(f"{path}: image has a zero dimension ({width}x{height} pixels)")
    if width * height > max_pixels:
        im.close()
        raise MediaError(f"{path}: {width}x{height} pixels is more than the {max_pixels / 1e6:g} megapixel limit")
    bombs = [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]
    if bombs:  # a frame larger than the image itself
        im.close()
        raise MediaError(bomb_message(path, bombs[0].message, max_pixels))  # type: ignore[arg-type]
    return im


def _unidentified(path: Path, data: bytes) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as other:
                found = other.format
    except BAD_INPUT:
        known = next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)
        if known:  # Pillow refuses e.g. a zero width while identifying
            return f"{path}: image is truncated or damaged: its {known} header cannot be read"
        return f"{path}: not an image file (cannot identify format)"
    allowed = ", ".join(f for f in FORMATS if f != "AVIF")
    return f"{path}: {found} images are not supported (use {allowed} or AVIF)"


def orientation(im: Image.Image) -> int:
    """EXIF orientation 1-8; 1 when there is none or the EXIF block is damaged."""
    try:
        value = im.getexif().get(0x0112, 1)
    except BAD_INPUT:
        return 1
    return value if isinstance(value, int) and value in _TRANSPOSE else 1


def decode(im: ImageFile.ImageFile, target: tuple[int, int]) -> Image.Image:
    """Load the first frame; JPEGs at the smallest DCT scale that still covers `target` (file orientation)."""
    if im.format in ("JPEG", "MPO") and (target[0] < im.width or target[1] < im.height):
        im.draft(im.mode, target)
    im.load()
    return im


def render(source: Path, data: bytes, options: MediaOptions) -> tuple[str, tuple[int, int], Image.Image, Image.Image]:
    """Decode once; the thumbnail is resampled from the display image, never from the file."""
    with pillow_limits(options.max_pixels):
        try:
            with open_image(source, data, options.max_pixels) as im:
                fmt = "JPEG" if im.format == "MPO" else str(im.format)
                display, full = display_image(im, options.display_max, options.background)
        except Image.DecompressionBombWarning as exc:
            raise MediaError(bomb_message(source, exc, options.max_pixels)) from None
        except BAD_INPUT as exc:
            text = one_line(exc)
            what = "uses a variant that cannot be read" if text.startswith("Unsupported") else "is truncated or damaged"
            raise MediaError(f"{source}: image {what}: {text}") from None
    thumb_size = fit(display.size, options.thumb_max)
    thumb = display if thumb_size == display.size else display.resize(thumb_size, RESAMPLE, None, THUMB_REDUCING_GAP)
    return fmt, full, display, thumb


def jpeg_bytes(im: Image.Image, quality: int, comment: str = "") -> bytes:
    out = io.BytesIO()
    # optimize and progressive cost time on every import and save little at these sizes
    im.save(out, "JPEG", quality=quality, optimize=False, progressive=False, comment=comment)
    return out.getvalue()


def display_image(
    im: ImageFile.ImageFile, box: tuple[int, int], background: tuple[int, int, int]
) -> tuple[Image.Image, tuple[int, int]]:
    """The oriented RGB display image fitting `box`, resampled at most once, and the oriented source size."""
    header = im.size
    early = orientation(im) if im.format in ("JPEG", "MPO") else 1  # only JPEG drafts need it early
    decoded = decode(im, _raw(fit(_raw(header, early), box), early))
    pending = orientation(decoded)  # TIFF applies its own orientation while loading
    full = _raw(header, pending)
    flat = to_l_or_rgb(decoded, background)
    raw_target = _raw(display_size(_raw(flat.size, pending), full, box), pending)
    if flat.size != raw_target:
        flat = flat.resize(raw_target, RESAMPLE, reducing_gap=REDUCING_GAP)
    if pending in _TRANSPOSE:
        flat = flat.transpose(_TRANSPOSE[pending])
    if flat.mode == "RGB":
        flat = to_srgb(flat, decoded.info.get("icc_profile"))
    out = flat if flat.mode == "RGB" else flat.convert("RGB")
    return (out.copy() if out is im else out), full  # the source is closed after this


def _raw(size: tuple[int, int], turn: int) -> tuple[int, int]:
    """Swap width and height for orientations 5-8 (a quarter turn); the mapping is its own inverse."""
    return (size[1], size[0]) if turn >= 5 else size


def to_l_or_rgb(im: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """Greyscale sources stay "L" (cheaper to resample); everything else becomes "RGB"."""
    mode = im.mode
    if mode in ("L", "RGB") and "transparency" not in im.info:
        return im
    if mode.startswith("I") or mode == "F":
        return stretch_to_l(im)
    if mode in _ALPHA_MODES or "transparency" in im.info or _palette_has_alpha(im):
        return flatten(im, background)
    if mode == "1":
        return im.convert("L")
    if mode == "CMYK":
        return cmyk_to_rgb(im)
    return im.convert("RGB")  # P, LAB, HSV, YCbCr, RGBX


def _palette_has_alpha(im: Image.Image) -> bool:
    return im.mode == "P" and im.palette is not None and im.palette.mode == "RGBA"


def flatten(im: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """Composite onto the background colour."""
    if im.mode == "La":  # Pillow cannot convert La directly; as RGBa it can
        luma, alpha = im.split()
        im = Image.merge("RGBa", (luma, luma, luma, alpha))
    rgba = im.convert("RGBA")
    out = Image.new("RGB", im.size, background)
    out.paste(rgba, (0, 0), rgba)
    return out


def stretch_to_l(im: Image.Image) -> Image.Image:
    """16- and 32-bit greyscale to 8 bits over the range actually used (12-bit data would look black)."""
    wide = im if im.mode in ("I", "F") else im.convert("I")
    low, high = wide.getextrema()
    if not (math.isfinite(low) and math.isfinite(high)):
        return wide.convert("L")
    if high <= low:  # flat: keep the value where it falls in 8 bits
        return Image.new("L", im.size, int(min(max(low, 0), 255)))
    scale = 255 / (high - low)
    offset = -low * scale
    return wide.point(lambda v: v * scale + offset).convert("L")


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB in another colour space (Adobe RGB, Display P3) converted at display size; sRGB as is."""
    if not icc:
        return im
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if source.profile.xcolor_space.strip() != "RGB":  # a CMYK source's profile: already converted
            return im
        if "srgb" in ImageCms.getProfileDescription(source).lower().replace(" ", ""):
            return im
        return ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB") or im
    except (ImageCms.PyCMSError, *BAD_INPUT):
        return im  # an unusable profile: the pixels are still better than a refusal


def cmyk_to_rgb(im: Image.Image) -> Image.Image:
    """Through the embedded ICC profile when it works; plain conversion otherwise."""
    icc = im.info.get("icc_profile")
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, *BAD_INPUT):
            converted = None
        if converted is not None:
            return converted
    return im.convert("RGB")
