"""The few things sync needs from the pack installer (kiosk.core.packs), in one place."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, Manifest

__all__ = ["PackError", "active_manifest", "install", "is_newer"]


def active_manifest(paths: Paths) -> Manifest | None:
    """The manifest of the pack in use; None when none is (the library or the demo is shown)."""
    folder = paths.active_pack()
    if folder is None:
        return None
    try:
        return Manifest.from_bytes((folder / MANIFEST).read_bytes())
    except (OSError, PackError):
        return None


def install(source: Path, paths: Paths, settings: Settings, *, consume: bool) -> str:
    """Verify and install the pack at `source` (moved into place when `consume`); the folder name now active."""
    from kiosk.core.packs.install import install_pack

    return install_pack(source, paths, settings, consume=consume).folder.name


def is_newer(manifest: Manifest, active: Manifest | None) -> bool:
    """Whether installing `manifest` would change what is shown: the installer's rule (a higher version of the
    active pack, or another pack altogether)."""
    return active is None or manifest.pack_id != active.pack_id or manifest.version > active.version
