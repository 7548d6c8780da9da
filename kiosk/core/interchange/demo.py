"""Building the demo content that ships in exhibits/demo.

The demo is built into a staging folder and swapped into place only when it
is complete, so a build that is interrupted never leaves half a demo behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.base.durable import sync_folder
from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME, Paths, demo_sources
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.migrations import SCHEMA
from kiosk.core.exhibits.store import ExhibitStore

Progress = Callable[[int, int], None]


def build_demo(
    paths: Paths,
    settings: Settings,
    *,
    out: Path | None = None,
    sources: Path | None = None,
    on_progress: Progress | None = None,
) -> tuple[Path, int]:
    """Build the demo content folder from `sources` (default exhibits/demo); returns it and its exhibit count."""
    from kiosk.core.interchange.importer import import_file  # with openpyxl and pypinyin: only when the demo is built

    target = out or paths.demo
    sources = sources or demo_sources()
    if not (sources / "exhibits.json").is_file():
        raise KioskError(f"The demo exhibits are missing: {sources / 'exhibits.json'} not found.")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        with ExhibitStore.open(staging) as store:
            import_file(
                sources / "exhibits.json", store, settings, images_dir=sources / "images", on_progress=on_progress
            )
            store.set_meta("name", "demo")
            store.set_meta("built_at", datetime.now(UTC).isoformat(timespec="seconds"))
            count = store.count(published_only=False)
        _swap_into_place(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target, count


def _swap_into_place(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staging.rename(target)
    with contextlib.suppress(OSError):  # the demo can be built again: a folder that cannot be flushed is fine
        sync_folder(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def ensure_content(paths: Paths, settings: Settings, *, on_progress: Progress | None = None) -> Path:
    """The content folder to show, building the demo first when there is none."""
    folder = paths.content_folder()
    if folder == paths.demo and not (folder / DB_NAME).exists():
        build_demo(paths, settings, on_progress=on_progress)
    elif not folder.resolve().is_relative_to(paths.packs.resolve()):  # a pack is signed as it is: read, never migrated
        upgrade(folder)
    return folder


def upgrade(folder: Path) -> None:
    """Bring a content folder made by an older kiosk up to the current schema, where it can be written.

    Older schemas are read as they are (SCHEMA.readable_from), so this only spares the first write the work."""
    try:
        with ExhibitStore.open(folder, readonly=True) as store:
            if store.version == SCHEMA.latest_version():
                return  # current already: no need to open it for writing
    except KioskError:
        pass  # too old to read as it is
    with contextlib.suppress(KioskError), ExhibitStore.open(folder):
        pass  # opening for writing applies any pending migration
