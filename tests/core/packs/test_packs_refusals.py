"""Every refusal names what is wrong and where, and leaves the active pack exactly as it was."""

from __future__ import annotations

import io
import re
import shutil
import tarfile
from collections import namedtuple
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.base.paths import Paths
from kiosk.core.packs import install as install_module
from kiosk.core.packs import stream
from kiosk.core.packs.build import archive, build_pack
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.install import install_pack
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, FileEntry, Manifest
from kiosk.core.packs.verify import verify_pack
from tests.core.packs.test_packs_support import Kit, booth, copy_pack, flip_byte, resign, snapshot, utc

UNCHANGED = "(nothing was installed; the active pack is unchanged)"


@pytest.fixture(scope="module")
def packs(kit: Kit, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packs")
    return {"v1": kit.build(out, 1), "v2": kit.build(out, 2)}


@pytest.fixture
def paths(kit: Kit, packs: dict[str, Path], tmp_path: Path) -> Paths:
    """A booth with v1 installed and active."""
    paths = booth(tmp_path)
    install_pack(packs["v1"], paths, kit.settings())
    return paths


@pytest.fixture
def v2(packs: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of pack v2 that a test may damage."""
    return copy_pack(packs["v2"], tmp_path / "v2")


def refused(source: Path, paths: Paths, kit: Kit, message: str, **settings: object) -> None:
    before = snapshot(paths)
    with pytest.raises(PackError) as caught:
        install_pack(source, paths, kit.settings(**settings))
    text = str(caught.value)
    assert message in text and text.endswith(UNCHANGED) and "\n" not in text, text
    assert snapshot(paths) == before
    assert paths.content_folder() == paths.packs / "ipweek-1"


def entry(pack: Path, prefix: str) -> FileEntry:
    manifest = Manifest.from_bytes((pack / MANIFEST).read_bytes())
    return next(e for e in manifest.files if e.path.startswith(prefix))


def test_bad_signature(kit: Kit, paths: Paths, v2: Path) -> None:
    flip_byte(v2 / SIGNATURE, 5)
    refused(v2, paths, kit, f"{v2}: the signature does not match manifest.json (changed after signing, or damaged)")


def test_manifest_changed_after_signing(kit: Kit, paths: Paths, v2: Path) -> None:
    text = (v2 / MANIFEST).read_text(encoding="utf-8")
    (v2 / MANIFEST).write_text(text.replace('"version": 2', '"version": 9'), encoding="utf-8")
    refused(v2, paths, kit, "the signature does not match manifest.json")


def test_unknown_key(kit: Kit, paths: Paths, tmp_path: Path) -> None:
    pack = kit.build(tmp_path / "out", 2, key_path=kit.stranger)
    key_id = Manifest.from_bytes((pack / MANIFEST).read_bytes()).key_id
    refused(pack, paths, kit, f"signed with key {key_id}, which this booth does not trust (packs.trusted_keys)")


def test_no_trusted_key_at_all(kit: Kit, paths: Paths, v2: Path) -> None:
    refused(v2, paths, kit, "this booth trusts no signing key yet", **{"packs.trusted_keys": []})


def test_one_byte_changed(kit: Kit, paths: Paths, v2: Path) -> None:
    display = entry(v2, "media/display/")
    flip_byte(v2 / display.path, 700)
    refused(v2, paths, kit, f"{v2}: {display.path} does not match its SHA-256 in the manifest (changed or damaged)")


def test_truncated_file(kit: Kit, paths: Paths, v2: Path) -> None:
    size = (v2 / "exhibits.db").stat().st_size
    with (v2 / "exhibits.db").open("r+b") as db:
        db.truncate(size - 4096)
    refused(v2, paths, kit, f"{v2}: exhibits.db is truncated: {size - 4096} of {size} bytes")


def test_missing_file(kit: Kit, paths: Paths, v2: Path) -> None:
    thumb = entry(v2, "media/thumb/")
    (v2 / thumb.path).unlink()
    refused(v2, paths, kit, f"{v2}: {thumb.path} is missing")


def test_extra_file(kit: Kit, paths: Paths, v2: Path) -> None:
    (v2 / "media" / "display" / "extra.jpg").write_bytes(b"not listed")
    refused(v2, paths, kit, f"{v2}: media/display/extra.jpg is not listed in the manifest")


def test_same_or_older_version(kit: Kit, paths: Paths, packs: dict[str, Path]) -> None:
    refused(packs["v1"], paths, kit, "version 1 of pack ipweek is not newer than the installed version 1")


def test_expired_manifest(kit: Kit, paths: Paths, tmp_path: Path) -> None:
    pack = kit.build(tmp_path / "out", 2, expires=utc("2020-01-01T00:00:00+00:00"))
    refused(pack, paths, kit, "pack ipweek version 2 expired on 2020-01-01T00:00:00Z")
    assert verify_pack(pack, kit.settings(), now=datetime(2019, 12, 31, tzinfo=UTC)).version == 2


def test_file_larger_than_declared_in_a_folder(kit: Kit, paths: Paths, v2: Path) -> None:
    with (v2 / "exhibits.db").open("ab") as db:
        db.write(b"more")
    refused(v2, paths, kit, f"{v2}: exhibits.db is larger than the manifest says")


def test_archive_member_larger_than_declared_is_refused_before_reading(kit: Kit, paths: Paths, v2: Path) -> None:
    with (v2 / "exhibits.db").open("ab") as db:
        db.write(b"x" * 5000)
    kpack = archive(v2, v2.with_suffix(".kpack"))
    refused(kpack, paths, kit, f"{kpack}: exhibits.db is larger than the manifest says")


def test_a_stream_past_its_size_is_cut_off_at_once(tmp_path: Path) -> None:
    """As a download is: the first byte past the declared size stops it, and the partial file goes."""

    class Endless:
        read = 0

        def readinto(self, buffer: memoryview) -> int:
            buffer[:] = b"z" * len(buffer)
            self.read += len(buffer)
            return len(buffer)

    source = Endless()
    with pytest.raises(PackError, match=re.escape("big.bin is larger than the manifest says (1000 bytes)")):
        stream.copy_stream(source, tmp_path / "big.bin", FileEntry("big.bin", 1000, "0" * 64), "download")
    assert source.read == 1001 and not (tmp_path / "big.bin").exists()


def test_truncated_archive(kit: Kit, paths: Paths, v2: Path) -> None:
    kpack = archive(v2, v2.with_suffix(".kpack"))
    data = kpack.read_bytes()
    kpack.write_bytes(data[: len(data) // 2])
    before = snapshot(paths)
    with pytest.raises(PackError, match=r"(damaged or truncated|is truncated)"):
        install_pack(kpack, paths, kit.settings())
    assert snapshot(paths) == before


def test_full_disk(kit: Kit, paths: Paths, v2: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one simulation in these tests: the file system reports 10 MB free."""
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(install_module.shutil, "disk_usage", lambda _path: usage(10 << 30, 10 << 30, 10 << 20))
    needed = (Manifest.from_bytes((v2 / MANIFEST).read_bytes()).total_bytes + install_module.MARGIN_BYTES) / 2**20
    refused(v2, paths, kit, f"not enough disk space: needs {needed:.0f} MB, 10 MB free")


def test_file_over_the_size_setting(kit: Kit, paths: Paths, tmp_path: Path) -> None:
    pack = copy_pack(kit.build(tmp_path / "out", 2), tmp_path / "big")
    with (pack / "media" / "big.bin").open("wb") as big:
        big.truncate(2 * 2**20)
    resign(pack, kit.private)
    refused(pack, paths, kit, "media/big.bin is 2 MB, more than packs.max_file_mb (1 MB)", **{"packs.max_file_mb": 1})


def test_damaged_database_signed_anyway(kit: Kit, paths: Paths, v2: Path) -> None:
    db = v2 / "exhibits.db"
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 12] = b"\xee" * 12  # every b-tree page header but the first
    db.write_bytes(bytes(data))
    resign(v2, kit.private)
    before = snapshot(paths)
    with pytest.raises(PackError, match=r"exhibits\.db (fails SQLite's integrity check|is not a usable)"):
        install_pack(v2, paths, kit.settings())
    assert snapshot(paths) == before


@pytest.mark.parametrize("kind", ["thumb", "display"])
def test_image_that_does_not_decode_signed_anyway(kit: Kit, paths: Paths, v2: Path, kind: str) -> None:
    image = v2 / entry(v2, f"media/{kind}/").path
    data = image.read_bytes()
    image.write_bytes(data[: len(data) // 2])  # cut short: no end marker, entropy data missing
    resign(v2, kit.private)
    refused(v2, paths, kit, f"{entry(v2, f'media/{kind}/').path} is not an image that decodes")


def _scramble_middle(image: Path) -> None:
    """Noise over the middle of a JPEG's picture data; its headers and end marker are left whole."""
    data = bytearray(image.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 400] = bytes((i * 97 + 13) % 256 for i in range(400))
    image.write_bytes(bytes(data))


def test_display_image_damaged_inside_refused_when_booth_decodes_everything(kit: Kit, paths: Paths, v2: Path) -> None:
    display = entry(v2, "media/display/").path
    _scramble_middle(v2 / display)
    resign(v2, kit.private)
    refused(v2, paths, kit, f"{display} is not an image that decodes", **{"packs.decode_all_images": True})


def test_build_decodes_every_image_before_signing(kit: Kit, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(kit.content, content)
    display = sorted((content / "media" / "display").iterdir())[0]
    _scramble_middle(display)
    with pytest.raises(PackError, match=rf"cannot build ipweek-5: media/display/{display.name} is not an image"):
        build_pack(content, tmp_path / "out", pack_id="ipweek", version=5, key_path=kit.private)
    assert not list((tmp_path / "out").glob("ipweek-5*"))


def test_pack_without_database(kit: Kit, paths: Paths, v2: Path) -> None:
    (v2 / "exhibits.db").unlink()
    resign(v2, kit.private)
    refused(v2, paths, kit, "the pack holds no exhibits.db")


def test_database_naming_an_image_the_pack_lacks(kit: Kit, paths: Paths, v2: Path) -> None:
    thumb = entry(v2, "media/thumb/")
    (v2 / thumb.path).unlink()
    resign(v2, kit.private)
    refused(v2, paths, kit, f"exhibits.db names {thumb.path}, which the pack does not hold")


def test_symlink_in_a_folder_pack(kit: Kit, paths: Paths, v2: Path) -> None:
    thumb = entry(v2, "media/thumb/")
    target = v2.parent / "elsewhere.jpg"
    shutil.move(v2 / thumb.path, target)
    (v2 / thumb.path).symlink_to(target)
    refused(v2, paths, kit, f"{thumb.path} is a symbolic link; packs hold regular files only")


def test_hard_link_in_a_folder_pack(kit: Kit, paths: Paths, v2: Path) -> None:
    thumb = entry(v2, "media/thumb/")
    (v2.parent / "other-name.jpg").hardlink_to(v2 / thumb.path)
    refused(v2, paths, kit, f"{thumb.path} has other hard links; packs hold regular files only")


def test_not_a_pack_at_all(kit: Kit, paths: Paths, tmp_path: Path) -> None:
    refused(tmp_path / "nothing-here", paths, kit, "no such pack")
    junk = tmp_path / "junk.kpack"
    junk.write_bytes(io.BytesIO(b"x" * 3000).getvalue())
    refused(junk, paths, kit, "not a readable pack archive")


def test_verify_refuses_like_install(kit: Kit, v2: Path) -> None:
    flip_byte(v2 / "exhibits.db", 100)
    with pytest.raises(PackError, match=re.escape("exhibits.db does not match its SHA-256")):
        verify_pack(v2, kit.settings())
    with pytest.raises(PackError, match="is not newer than the installed version 2"):
        verify_pack(v2, kit.settings(), installed_version=2)


def test_tar_variants_of_damage(kit: Kit, paths: Paths, v2: Path, tmp_path: Path) -> None:
    kpack = archive(v2, tmp_path / "v2.kpack")
    with tarfile.open(kpack) as tar:
        offset = next(m for m in tar.getmembers() if m.name.startswith("media/display/")).offset_data
    data = bytearray(kpack.read_bytes())
    data[offset + 900] ^= 0xFF
    kpack.write_bytes(bytes(data))
    refused(kpack, paths, kit, "does not match its SHA-256 in the manifest")
