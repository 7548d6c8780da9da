"""What the kiosk's content badge says: which content is shown, its version and date, online or not.

Computed here, without Qt, so it is tested without a screen; kiosk/ui/content.py only
presents it. "Online" means sync is on (sync.url set, not forced offline) and the last
request reached the server; with no URL the kiosk works offline, which is the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.core.base.paths import DB_NAME, Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, Manifest, parse_time
from kiosk.core.sync.state import SyncState


@dataclass(frozen=True)
class ContentInfo:
    source: str  # "pack" (an installed pack), "library" (staff's import), "demo", or "folder" (any other)
    version: int = 0  # the pack's version; 0 for anything else
    date: str = ""  # YYYY-MM-DD, local time: when the pack was made, else when the database last changed
    pack_id: str = ""
    title: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """ "v7 · 2026-11-20" for a pack, the date alone for other content (the badge names its source)."""
        if self.version:
            return f"v{self.version} · {self.date}" if self.date else f"v{self.version}"
        return self.date


def describe_content(folder: Path, paths: Paths) -> ContentInfo:
    """The badge's facts about the content folder being shown."""
    manifest = _manifest(folder)
    if manifest is not None:
        created = parse_time(manifest.created, "created").astimezone()  # the booth's own calendar day
        return ContentInfo("pack", manifest.version, created.date().isoformat(), manifest.pack_id, manifest.title)
    if folder == paths.library:
        source = "library"
    elif folder == paths.demo:
        source = "demo"
    else:
        source = "folder"
    return ContentInfo(source, date=_modified(folder / DB_NAME))


def _manifest(folder: Path) -> Manifest | None:
    try:
        return Manifest.from_bytes((folder / MANIFEST).read_bytes())
    except (OSError, PackError):
        return None


def _modified(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()
    except OSError:
        return ""


def network_sync(settings: Settings) -> bool:
    """Whether the kiosk asks a server at all: a URL is set and staff did not force offline."""
    return bool(settings["sync.url"].strip()) and not settings["sync.offline"]


def background_sync(settings: Settings) -> bool:
    """Whether the running kiosk needs its sync thread: a server to ask, or removable media to watch."""
    return network_sync(settings) or bool(settings["sync.watch_folders"])


def last_known_online(paths: Paths, settings: Settings) -> bool:
    """Online as last recorded (the badge's state before the first request of this run)."""
    return network_sync(settings) and SyncState.load(paths.packs).online
