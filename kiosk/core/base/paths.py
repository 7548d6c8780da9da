"""Where the kiosk keeps its files.

The data folder holds content and visitors' data; it defaults to the user's
data directory and can be moved with KIOSK_DATA_DIR (one folder per booth, or
per test). Configuration lives in KIOSK_CONFIG_DIR, else the user's config dir.
"""

from __future__ import annotations

import importlib.resources
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kiosk"
DB_NAME = "exhibits.db"
MANIFEST = "manifest.json"  # a content pack's manifest and its signature (kiosk.core.packs)
SIGNATURE = "manifest.sig"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path

    @classmethod
    def default(cls) -> Paths:
        data = os.environ.get("KIOSK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
        config = os.environ.get("KIOSK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME)
        return cls(Path(data), Path(config))

    @property
    def settings_file(self) -> Path:
        return self.config / "kiosk.toml"

    @property
    def library(self) -> Path:
        """Content folder that `kiosk import` writes to: staff's own exhibits."""
        return self.data / "library"

    @property
    def demo(self) -> Path:
        """Content folder built from the demo exhibits that ship with the kiosk."""
        return self.data / "demo"

    @property
    def staff_db(self) -> Path:
        """Staff accounts and the PIN pad's lockout (kiosk.core.staff.accounts); never inside a pack."""
        return self.data / "staff.db"

    @property
    def curation(self) -> Path:
        """Staff's draft of the exhibits (kiosk.core.curation): curation.db, and the draft as a content folder."""
        return self.data / "curation"

    @property
    def packs(self) -> Path:
        """Installed content packs, and packs/active.json naming the one in use (see kiosk.core.packs)."""
        return self.data / "packs"

    def active_pack(self) -> Path | None:
        """The installed pack that packs/active.json names, when that folder exists."""
        try:
            name = json.loads((self.packs / "active.json").read_text(encoding="utf-8"))["pack"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(name, str) or name.startswith(".") or "/" in name or "\\" in name:
            return None
        folder = self.packs / name
        return folder if (folder / DB_NAME).is_file() else None

    def content_folder(self) -> Path:
        """The content the kiosk shows: the active installed pack, else staff's library if it has any, else the demo."""
        active = self.active_pack()
        if active is not None:
            return active
        if (self.library / DB_NAME).exists():
            return self.library
        return self.demo


def demo_sources() -> Path:
    """The demo exhibits that ship with the kiosk (package data: exhibits/ in the repository)."""
    return _package_folder("kiosk.exhibits") / "demo"


def assets() -> Path:
    """The fonts and translations that ship with the kiosk (package data: assets/ in the repository)."""
    return _package_folder("kiosk.assets")


def _package_folder(package: str) -> Path:
    # Installed as files (a wheel or an editable checkout), never zipped: Qt and Pillow open them by path.
    return Path(str(importlib.resources.files(package)))
