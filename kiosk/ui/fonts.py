"""The bundled Chinese font: loaded at start-up and made the default.

A booth's operating system may have no CJK font at all, in which case Chinese
shows as empty boxes. The kiosk therefore ships "Noto Sans SC" in assets/fonts
(see assets/fonts/README.md) and never relies on the system's fonts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.core.base import paths
from kiosk.core.base.errors import KioskError

FAMILY = "Noto Sans SC"
FONT_SUFFIXES = (".otf", ".ttf", ".ttc")

log = logging.getLogger(__name__)
_loaded: dict[Path, list[str]] = {}  # font file -> its families, once per process


def fonts_folder() -> Path:
    return paths.assets() / "fonts"


def load_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register every font file in `folder` with Qt; return the families found.

    Raises KioskError when no font loads or none has the family FAMILY.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("load_bundled_fonts() needs a QGuiApplication")
    folder = folder or fonts_folder()
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES) if folder.is_dir() else []
    families: list[str] = []
    for path in files:
        families.extend(_load_one(path))
    if not families:
        raise KioskError(f"No font could be loaded from {folder}; Chinese text cannot be shown. Reinstall the kiosk.")
    if FAMILY not in families:
        raise KioskError(f"The fonts in {folder} do not include {FAMILY!r}; Chinese text cannot be shown.")
    return sorted(set(families))


def _load_one(path: Path) -> list[str]:
    key = path.resolve()
    if key not in _loaded:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font file %s could not be loaded", path)
            return []
        _loaded[key] = QFontDatabase.applicationFontFamilies(font_id)
    return _loaded[key]


def default_font() -> QFont:
    """The application font: the bundled family at the platform's default size."""
    font = QFont(QGuiApplication.font())
    font.setFamilies([FAMILY])
    return font


def install(app: QGuiApplication, folder: Path | None = None) -> list[str]:
    """Load the bundled fonts and make FAMILY the application's default font."""
    families = load_bundled_fonts(folder)
    app.setFont(default_font())
    return families
