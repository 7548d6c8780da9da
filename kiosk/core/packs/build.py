"""Building and signing packs on a staff machine.

A pack is built from a content folder (or from an exhibit source file imported into a
temporary one): the database is copied with VACUUM INTO (compact and consistent), the
display renditions and thumbnails it names are copied beside it (originals stay with
staff), the same checks a booth runs are run here, and the manifest is signed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.base.paths import DB_NAME
from kiosk.core.base.settings import Settings
from kiosk.core.packs import checks, keys, stream
from kiosk.core.packs.archive import write_archive
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, PACK_ID, SIGNATURE, FileEntry, Manifest, format_time
from kiosk.core.packs.source import FolderSource

__all__ = ["archive", "build_pack", "import_source", "sign_pack"]


def build_pack(
    content_folder: Path,
    out_dir: Path,
    *,
    pack_id: str,
    version: int,
    title: dict[str, str] | None = None,
    expires: datetime | None = None,
    key_path: Path,
) -> Path:
    """Build the signed pack folder out_dir/<pack_id>-<version> from a content folder; returns it."""
    target = _target(out_dir, pack_id, version)
    private = keys.load_private(key_path)
    work = out_dir / f".{target.name}.building-{secrets.token_hex(4)}"
    try:
        work.mkdir(parents=True)
        entries = _copy_content(content_folder, work, pack_id, version)
        manifest = Manifest(
            pack_id, version, format_time(datetime.now(UTC)), format_time(expires) if expires else None,
            dict(title or {}), keys.key_id(keys.public_raw(private)), tuple(entries),
        )  # fmt: skip
        _check_like_a_booth(work, manifest)
        _write_signed(work, manifest, private)
        work.rename(target)
    except OSError as exc:
        raise PackError(f"{out_dir}: cannot write the pack: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _target(out_dir: Path, pack_id: str, version: int) -> Path:
    if not PACK_ID.fullmatch(pack_id):
        raise PackError(f"pack id {pack_id!r} must be lower-case letters, digits, '.', '_' or '-' (at most 64)")
    if version < 1:
        raise PackError(f"version must be 1 or more, not {version}")
    target = out_dir / f"{pack_id}-{version}"
    if target.exists():
        raise PackError(f"{target} already exists; remove it or build another version")
    return target


def _copy_content(content_folder: Path, work: Path, pack_id: str, version: int) -> list[FileEntry]:
    images = _copy_database(content_folder, work / DB_NAME, pack_id, version)
    entries = [_entry(work / DB_NAME, DB_NAME)]
    for rel in sorted(images):
        source = content_folder / rel
        if not source.is_file():
            raise PackError(f"{content_folder}: {rel} is missing (the media table names it)")
        (work / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, work / rel)
        entries.append(_entry(work / rel, rel))
    return sorted(entries, key=lambda entry: entry.path)


def _copy_database(content_folder: Path, dest: Path, pack_id: str, version: int) -> set[str]:
    """The content's database copied into the pack, labelled with the pack; the image files it names."""
    from kiosk.core.exhibits.store import ExhibitStore

    with ExhibitStore.open(content_folder, readonly=True) as store:
        return store.copy_for_pack(dest, {"pack_id": pack_id, "pack_version": str(version)})


def _entry(path: Path, rel: str) -> FileEntry:
    digest = hashlib.sha256()
    with path.open("rb", buffering=0) as data:
        while chunk := data.read(stream.CHUNK):
            digest.update(chunk)
    return FileEntry(rel, path.stat().st_size, digest.hexdigest())


def _check_like_a_booth(work: Path, manifest: Manifest) -> None:
    """A pack every booth would refuse is refused here, before anyone signs or ships it.

    Every image is decoded completely here, display renditions too: the signature then vouches
    for bytes that decoded, and a booth need not decode megabytes of them again (checks.check_image).
    """
    where = f"cannot build {manifest.folder_name}"
    checks.check_staged(manifest, where)
    for entry in manifest.files:
        checks.check_file(work / entry.path, entry, manifest, where, full_decode=True)


def _write_signed(folder: Path, manifest: Manifest, private: keys.Ed25519PrivateKey) -> None:
    data = manifest.to_bytes()
    for name, payload in ((MANIFEST, data), (SIGNATURE, keys.sign(private, data))):
        temp = folder / f".{name}.tmp"
        temp.write_bytes(payload)
        stream.fsync_path(temp)
        os.replace(temp, folder / name)
    stream.fsync_path(folder, directory=True)


def sign_pack(pack_folder: Path, key_path: Path) -> str:
    """(Re)sign a pack folder with another key, after checking its files still match; the key_id."""
    private = keys.load_private(key_path)
    with FolderSource(pack_folder) as pack:
        try:
            manifest = Manifest.from_bytes(pack.read_manifest())
        except PackError as exc:
            raise PackError(f"{pack_folder}: {exc}") from None
        pack.check_listing(manifest)
        pack.each_file(manifest, None, lambda *_: None)
    kid = keys.key_id(keys.public_raw(private))
    signed = Manifest(
        manifest.pack_id, manifest.version, manifest.created, manifest.expires, manifest.title, kid, manifest.files
    )
    try:
        _write_signed(pack_folder, signed, private)
    except OSError as exc:
        raise PackError(f"{pack_folder}: cannot write the signature: {exc.strerror or exc}") from None
    return kid


def archive(pack_folder: Path, out_file: Path) -> Path:
    """The pack folder as one .kpack archive."""
    return write_archive(pack_folder, out_file)


def import_source(source_file: Path, images: Path | None, settings: Settings, work: Path) -> Path:
    """Import an exhibit source file (json, csv or xlsx) into the new content folder work; returns it."""
    from kiosk.core.exhibits.store import ExhibitStore
    from kiosk.core.interchange.importer import import_file

    with ExhibitStore.open(work) as store:
        import_file(source_file, store, settings, images_dir=images)
    return work
