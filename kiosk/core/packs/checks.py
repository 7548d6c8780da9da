"""What an installed pack must be besides its hashes: a sound current database, images that decode.

The hashes prove the files are the ones the publisher signed; these checks catch a
publisher's own damaged files before a booth switches to them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PIL import Image

from kiosk.core.base.paths import DB_NAME
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import FileEntry, Manifest

MEDIA_PREFIX = "media/"
DISPLAY_PREFIX = "media/display/"
_JPEG_END = b"\xff\xd9"
_MAX_PIXELS = 100_000_000  # renditions are at most a few megapixels


def check_staged(manifest: Manifest, where: str) -> None:
    """Checks that need the whole manifest: a database is there."""
    if not any(entry.path == DB_NAME for entry in manifest.files):
        raise PackError(f"{where}: the pack holds no {DB_NAME}")


def check_file(path: Path, entry: FileEntry, manifest: Manifest, where: str, *, full_decode: bool = False) -> None:
    """Check one staged file by what it is: the database, or an image under media/."""
    if entry.path == DB_NAME:
        check_database(path, manifest, where)
    elif entry.path.startswith(MEDIA_PREFIX):
        check_image(path, entry.path, where, full_decode=full_decode or not entry.path.startswith(DISPLAY_PREFIX))


def check_database(path: Path, manifest: Manifest, where: str) -> None:
    """PRAGMA integrity_check passes, the schema is this kiosk's, and every image it names is in the pack."""
    listed = {entry.path for entry in manifest.files}
    try:
        problems, version, images = ExhibitStore.inspect_file(path)
    except sqlite3.DatabaseError as exc:
        raise PackError(f"{where}: {DB_NAME} is not a usable exhibit database: {exc}") from None
    if problems:
        raise PackError(f"{where}: {DB_NAME} fails SQLite's integrity check: {problems[0]}")
    if not (SCHEMA.readable_from or SCHEMA.latest_version()) <= version <= SCHEMA.latest_version():
        raise PackError(
            f"{where}: {DB_NAME} has schema {version} but this kiosk reads schema {SCHEMA.latest_version()}; "
            "build the pack with the same kiosk version as the booths"
        )
    missing = sorted(rel for rel in images if rel not in listed)
    if missing:
        raise PackError(f"{where}: {DB_NAME} names {missing[0]}, which the pack does not hold")


def check_image(path: Path, rel: str, where: str, *, full_decode: bool = True) -> None:
    """The image opens, and decodes completely; a JPEG at 1/8 scale, which still reads every byte of it.

    Without full_decode (display renditions on a booth) the headers are parsed and a JPEG must end
    where JPEGs end: decoding megabytes of pictures a visitor may never open costs five times the
    copy (docs/packs.md), and their bytes are those the publisher's build decoded, by their SHA-256.
    """
    try:
        with Image.open(path) as image:
            if image.width * image.height > _MAX_PIXELS:
                raise PackError(f"{where}: {rel} has too many pixels ({image.width}x{image.height})")
            if full_decode:
                image.draft(image.mode, (1, 1))
                image.load()
            elif image.format == "JPEG" and not _ends_like_jpeg(path):
                raise PackError(f"{where}: {rel} is not an image that decodes: it is cut short (no end marker)")
            else:
                image.verify()
    except PackError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise PackError(f"{where}: {rel} is not an image that decodes: {exc}") from None


def _ends_like_jpeg(path: Path) -> bool:
    with path.open("rb") as data:
        data.seek(-2, 2)
        return data.read(2) == _JPEG_END
