"""Verifying a pack: signature by a trusted key, dates, version, then every file.

The signature is checked before the manifest is trusted for anything but its key_id;
each refusal is one PackError line saying what is wrong and where.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.base.settings import Settings
from kiosk.core.packs import keys
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, Manifest, format_time
from kiosk.core.packs.source import open_source


def verify_pack(
    source: Path, settings: Settings, *, installed_version: int | None = None, now: datetime | None = None
) -> Manifest:
    """Check the pack at source completely (signature, expiry, version, every file); its manifest."""
    with open_source(source) as pack:
        manifest = check_manifest(
            *pack.read_meta(), settings, where=pack.name, installed_version=installed_version, now=now
        )
        pack.check_listing(manifest)
        pack.each_file(manifest, None, _nothing)
    return manifest


def _nothing(*_: object) -> None:
    pass


def check_manifest(
    data: bytes,
    signature: bytes,
    settings: Settings,
    *,
    where: str,
    installed_version: int | None = None,
    now: datetime | None = None,
) -> Manifest:
    """The manifest, once its signature, dates, version and declared sizes are acceptable."""
    check_signature(data, signature, settings, where)
    try:
        manifest = Manifest.from_bytes(data)
    except PackError as exc:
        raise PackError(f"{where}: {exc}") from None
    expires = manifest.expires_at()
    if expires is not None and (now or datetime.now(UTC)) >= expires:
        raise PackError(
            f"{where}: pack {manifest.pack_id} version {manifest.version} expired on {format_time(expires)}"
        )
    check_version(manifest, installed_version, where)
    check_sizes(manifest, settings, where)
    return manifest


def check_version(manifest: Manifest, installed_version: int | None, where: str) -> None:
    if installed_version is not None and manifest.version <= installed_version:
        raise PackError(
            f"{where}: version {manifest.version} of pack {manifest.pack_id} is not newer than "
            f"the installed version {installed_version}"
        )


def check_signature(data: bytes, signature: bytes, settings: Settings, where: str) -> None:
    trusted = keys.trusted(settings)
    if not trusted:
        raise PackError(f"{where}: this booth trusts no signing key yet: add the publisher's key to packs.trusted_keys")
    kid = _key_id(data, where)
    if kid not in trusted:
        raise PackError(f"{where}: signed with key {kid}, which this booth does not trust (packs.trusted_keys)")
    if len(signature) != 64 or not keys.signature_ok(trusted[kid], signature, data):
        raise PackError(f"{where}: the signature does not match {MANIFEST} (changed after signing, or damaged)")


def _key_id(data: bytes, where: str) -> str:
    """Only the key_id is read before the signature is checked."""
    try:
        kid = json.loads(data.decode("utf-8")).get("key_id")
    except (UnicodeDecodeError, ValueError, AttributeError):
        kid = None
    if not isinstance(kid, str) or not kid:
        raise PackError(f"{where}: {MANIFEST} is damaged: it names no signing key (key_id)")
    return kid[:40]  # only ever shown, or looked up among the trusted keys


def check_sizes(manifest: Manifest, settings: Settings, where: str) -> None:
    limit_mb = settings["packs.max_file_mb"]
    for entry in manifest.files:
        if entry.size > limit_mb * 2**20:
            raise PackError(
                f"{where}: {entry.path} is {entry.size / 2**20:.0f} MB, more than packs.max_file_mb ({limit_mb} MB)"
            )
