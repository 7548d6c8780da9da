"""Publishing the draft: a new signed version of the pack, installed here, and written out for other booths.

In order, each step stopping the publish with one line when it fails:
  1. nothing blocks it: no exhibit has a problem in a field or a missing translation (review.py);
  2. the signing key (publish.key) loads, and this booth trusts it (packs.trusted_keys): a pack
     the booth would refuse is never built;
  3. the pack is built from the draft's folder and signed (packs.build: the booth's own checks run
     first); images are not encoded again: the draft already holds their renditions, by hash;
  4. it is installed through the atomic install (moved into place, never half there);
  5. optionally it is written to the publish target (a folder a web server serves as sync.url),
     manifest last, and as one .kpack file to removable media;
  6. the draft's base becomes what was published, and the history records it.
A failure at any step leaves the draft as it was, and the active pack too until step 4 has
switched; the built folder is removed.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import Settings
from kiosk.core.curation import review
from kiosk.core.curation.draft import Draft
from kiosk.core.packs import keys
from kiosk.core.packs.build import archive, build_pack
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.install import install_pack
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, Manifest
from kiosk.core.packs.state import parse_folder

OUT = "out"  # paths.curation/out: packs being built
Step = Callable[[str], None]


class PublishRefused(KioskError):
    """The draft cannot be published as it is; `blocking` says which exhibits and why."""

    def __init__(self, message: str, blocking: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.blocking = blocking or {}


@dataclass
class Published:
    pack: str  # <id>-<version>
    version: int
    seconds: float
    written: list[str] = field(default_factory=list)  # where else it was written


def next_version(draft: Draft, settings: Settings) -> tuple[str, int]:
    """The pack id the draft is published as, and the version after every one this booth has or started from."""
    origin = draft.origin()
    pack_id = origin.pack_id or settings["publish.pack_id"]
    versions = [origin.version if origin.pack_id == pack_id else 0]
    if draft.paths.packs.is_dir():
        for entry in draft.paths.packs.iterdir():
            parsed = parse_folder(entry.name)
            if parsed and parsed[0] == pack_id:
                versions.append(parsed[1])
    return pack_id, max(versions) + 1


def signing_key(settings: Settings) -> Path:
    """The configured key file, once it is known to load and to be trusted here."""
    configured = settings["publish.key"]
    if not configured:
        raise PublishRefused("No signing key is set: set publish.key to the key file from `kiosk keygen`.")
    path = Path(configured).expanduser()
    private = keys.load_private(path)
    key_id = keys.key_id(keys.public_raw(private))
    if key_id not in keys.trusted(settings):
        raise PublishRefused(
            f"{path}: this booth does not trust the key {key_id} (packs.trusted_keys), so it would refuse the "
            "pack; add its public key there first."
        )
    return path


def publish(
    draft: Draft, settings: Settings, *, removable: Path | None = None, on_step: Step | None = None
) -> Published:
    """Publish the draft (see the module's steps); raises PublishRefused, PackError or KioskError."""
    started = time.perf_counter()
    say = on_step or (lambda _step: None)
    exhibits = draft.all()
    blocked = review.blocking(exhibits)
    if blocked:
        raise PublishRefused(f"{len(blocked)} exhibit(s) cannot be published yet; see each one.", blocked)
    key_path = signing_key(settings)
    pack_id, version = next_version(draft, settings)
    out = draft.paths.curation / OUT
    shutil.rmtree(out, ignore_errors=True)  # what a killed publish left
    say("build")
    draft.work.prune_media_rows()
    built = build_pack(draft.folder, out, pack_id=pack_id, version=version, title=_title(settings),
                       key_path=key_path)  # fmt: skip
    try:
        say("install")
        result = install_pack(built, draft.paths, settings, consume=True)
        written = _write_out(result.folder, settings, removable, say)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    draft.mark_published(result.folder.name, pack_id, version)
    return Published(result.folder.name, version, time.perf_counter() - started, written)


def _title(settings: Settings) -> dict[str, str]:
    return {"zh": settings["booth.title_zh"], "en": settings["booth.title_en"]}


def _write_out(pack: Path, settings: Settings, removable: Path | None, say: Step) -> list[str]:
    written = []
    target = settings["publish.target"]
    if target:
        say("target")
        written.append(str(write_for_sync(pack, Path(target).expanduser())))
    if removable is not None:
        say("removable")
        folder = removable / "kiosk-packs"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            written.append(str(archive(pack, folder / f"{pack.name}.kpack")))
        except OSError as exc:
            raise KioskError(f"{folder}: cannot write the pack: {exc.strerror or exc}") from None
    return written


def write_for_sync(pack: Path, target: Path) -> Path:
    """The pack's files into `target` as booths fetch them from sync.url: every file first, the manifest last.

    A booth that fetches while this runs sees the old manifest (and refuses any file that does not match
    it, to fetch again later) or the new one with all its files in place."""
    manifest = Manifest.from_bytes((pack / MANIFEST).read_bytes())
    try:
        for rel in [entry.path for entry in manifest.files] + [SIGNATURE, MANIFEST]:
            dest = target / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            temp = dest.with_name(f".{dest.name}.part")
            shutil.copyfile(pack / rel, temp)
            os.replace(temp, dest)
    except OSError as exc:
        raise PackError(f"{target}: cannot write the pack for other booths: {exc.strerror or exc}") from None
    return target
