"""Pack format: manifests parsed strictly, keys, building, signing and verifying real packs."""

from __future__ import annotations

import base64
import json
import re
import stat
import tarfile
from pathlib import Path

import pytest

from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs import keys
from kiosk.core.packs.build import archive, sign_pack
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, Manifest, safe_relative
from kiosk.core.packs.verify import verify_pack
from tests.core.packs.test_packs_support import Kit, utc


@pytest.mark.parametrize(
    ("path", "safe"),
    [
        ("exhibits.db", True), ("media/display/ab.jpg", True), ("/etc/passwd", False), ("../x", False),
        ("media/../../x", False), ("C:/x", False), ("c:x", False), ("media\\x.jpg", False), ("media//x", False),
        ("./x", False), ("x/", False), ("", False), ("a\0b", False), ("media/.hidden", True),
    ],
)  # fmt: skip
def test_safe_relative(path: str, safe: bool) -> None:
    assert safe_relative(path) is safe


def test_built_pack_holds_database_renditions_and_a_signed_manifest(kit: Kit, tmp_path: Path) -> None:
    pack = kit.build(tmp_path, 1, title={"zh": "宣传周", "en": "IP week"}, expires=utc("2027-05-01T00:00:00+00:00"))
    assert pack == tmp_path / "ipweek-1"
    manifest = Manifest.from_bytes((pack / MANIFEST).read_bytes())
    paths = [entry.path for entry in manifest.files]
    assert paths == sorted(paths) and paths[0] == "exhibits.db"
    assert {p.split("/")[1] for p in paths[1:]} == {"display", "thumb"}  # no originals
    assert len(paths) == 5  # the database, and two images with a display rendition and a thumbnail each
    assert (manifest.pack_id, manifest.version, manifest.expires) == ("ipweek", 1, "2027-05-01T00:00:00Z")
    assert manifest.title == {"zh": "宣传周", "en": "IP week"}
    assert manifest.key_id == keys.key_id(base64.b64decode(kit.public))
    assert len((pack / SIGNATURE).read_bytes()) == 64
    with ExhibitStore.open(pack, readonly=True) as store:
        assert store.count() == 3 and store.meta("pack_id") == "ipweek" and store.meta("pack_version") == "1"
    assert verify_pack(pack, kit.settings()) == manifest


def test_manifest_round_trips_and_refuses_malformed_input(kit: Kit, tmp_path: Path) -> None:
    data = (kit.build(tmp_path, 1) / MANIFEST).read_bytes()
    assert Manifest.from_bytes(data).to_bytes() == data
    raw = json.loads(data)
    cases = {
        "unknown field 'extra'": {**raw, "extra": 1},
        "pack_id 'IP Week'": {**raw, "pack_id": "IP Week"},
        "version must be a int": {**raw, "version": "2"},
        "not an ISO 8601 time": {**raw, "created": "yesterday"},
        "has no time zone": {**raw, "expires": "2027-01-01T00:00:00"},
        "must be sorted by path": {**raw, "files": list(reversed(raw["files"]))},
        "listed twice": {**raw, "files": [raw["files"][0], raw["files"][0]]},
        "unsafe or reserved path '../evil'": {**raw, "files": [{**raw["files"][0], "path": "../evil"}]},
        "unsafe or reserved path 'manifest.sig'": {**raw, "files": [{**raw["files"][0], "path": "manifest.sig"}]},
        "sha256 must be 64": {**raw, "files": [{**raw["files"][0], "sha256": "AB"}]},
        "not a kiosk pack": {**raw, "format_version": 2},
    }
    for message, bad in cases.items():
        with pytest.raises(PackError, match=re.escape(message)):
            Manifest.from_bytes(json.dumps(bad).encode())
    with pytest.raises(PackError, match="not valid UTF-8 JSON"):
        Manifest.from_bytes(b"\xff{")


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path: Path) -> None:
    private, public, key_id = keys.generate(tmp_path / "k")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    line = public.read_text().strip()
    assert len(base64.b64decode(line)) == 32 and keys.key_id(base64.b64decode(line)) == key_id
    assert keys.public_b64(keys.load_private(private)) == line
    with pytest.raises(PackError, match="already exists"):
        keys.generate(tmp_path / "k")


def test_trusted_keys_come_from_settings_and_bad_ones_are_named(kit: Kit) -> None:
    trusted = keys.trusted(kit.settings())
    assert list(trusted) == [keys.key_id(base64.b64decode(kit.public))]
    with pytest.raises(
        PackError, match=re.escape("packs.trusted_keys: 'not a key' is not a base64 Ed25519 public key")
    ):
        keys.trusted(kit.settings(**{"packs.trusted_keys": ["not a key"]}))


def test_a_damaged_private_key_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.key"
    bad.write_text("hello")
    with pytest.raises(PackError, match="is not an unencrypted PEM private key"):
        keys.load_private(bad)


def test_sign_rewrites_key_id_and_signature(kit: Kit, tmp_path: Path) -> None:
    pack = kit.build(tmp_path, 1, key_path=kit.stranger)
    with pytest.raises(PackError, match="which this booth does not trust"):
        verify_pack(pack, kit.settings())
    key_id = sign_pack(pack, kit.private)
    assert verify_pack(pack, kit.settings()).key_id == key_id


def test_sign_refuses_a_folder_whose_files_changed(kit: Kit, tmp_path: Path) -> None:
    pack = kit.build(tmp_path, 1)
    (pack / "exhibits.db").write_bytes((pack / "exhibits.db").read_bytes() + b"x")
    with pytest.raises(PackError, match=re.escape("exhibits.db is larger than the manifest says")):
        sign_pack(pack, kit.private)


def test_archive_is_a_plain_tar_with_the_manifest_first_and_verifies(kit: Kit, tmp_path: Path) -> None:
    pack = kit.build(tmp_path, 1)
    kpack = archive(pack, tmp_path / "ipweek-1.kpack")
    with tarfile.open(kpack) as tar:
        members = tar.getmembers()
    assert [m.name for m in members[:2]] == [MANIFEST, SIGNATURE]
    assert all(m.isreg() and not m.name.startswith(("/", "ipweek")) for m in members)
    assert verify_pack(kpack, kit.settings()) == verify_pack(pack, kit.settings())


def test_build_refuses_a_bad_pack_id_and_an_existing_folder(kit: Kit, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="pack id 'IP week'"):
        kit.build(tmp_path, 1, pack_id="IP week")
    kit.build(tmp_path, 1)
    with pytest.raises(PackError, match="ipweek-1 already exists"):
        kit.build(tmp_path, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ipweek-1"]  # nothing half-built left behind
