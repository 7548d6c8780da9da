"""Archives are read member by member, checked by us: no path leaves staging, no link is followed."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from kiosk.core.base.paths import Paths
from kiosk.core.packs.build import archive
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.install import install_pack
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, Manifest
from kiosk.core.packs.verify import verify_pack
from tests.core.packs.test_packs_support import Kit, add_member, booth, snapshot


@pytest.fixture(scope="module")
def v2(kit: Kit, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kit.build(tmp_path_factory.mktemp("packs"), 2)


@pytest.fixture
def paths(kit: Kit, tmp_path: Path) -> Paths:
    paths = booth(tmp_path)
    install_pack(kit.build(tmp_path / "out", 1), paths, kit.settings())
    return paths


def write_tar(pack: Path, out: Path, *, extra: list[tuple[str, dict]] = (), first: list[str] = ()) -> Path:
    """The pack as a tar, with extra members (name, TarInfo fields) after the manifest and signature."""
    manifest = Manifest.from_bytes((pack / MANIFEST).read_bytes())
    names = [*(first or [MANIFEST, SIGNATURE]), *(e.path for e in manifest.files)]
    with tarfile.open(out, "w", format=tarfile.GNU_FORMAT) as tar:
        for name in names[:2]:
            add_member(tar, name, (pack / name).read_bytes())
        for name, fields in extra:
            add_member(tar, name, fields.pop("data", b""), **fields)
        for name in names[2:]:
            add_member(tar, name, (pack / name).read_bytes())
    return out


def refused(kpack: Path, paths: Paths, kit: Kit, message: str) -> None:
    before = snapshot(paths)
    with pytest.raises(PackError) as caught:
        install_pack(kpack, paths, kit.settings())
    assert message in str(caught.value), str(caught.value)
    assert snapshot(paths) == before
    with pytest.raises(PackError):
        verify_pack(kpack, kit.settings())


@pytest.mark.parametrize(
    ("name", "fields", "message"),
    [
        ("../escaped.txt", {"data": b"x"}, "archive member '../escaped.txt' has an unsafe path"),
        ("media/../../escaped.txt", {"data": b"x"}, "has an unsafe path"),
        ("/tmp/kiosk-pack-escaped.txt", {"data": b"x"}, "archive member '/tmp/kiosk-pack-escaped.txt' has an unsafe"),
        ("C:/escaped.txt", {"data": b"x"}, "archive member 'C:/escaped.txt' has an unsafe path"),
        ("media\\escaped.txt", {"data": b"x"}, "has an unsafe path"),
        ("media/link.jpg", {"type": tarfile.SYMTYPE, "linkname": "/etc/passwd"}, "media/link.jpg is a symbolic link"),
        ("media/hard.jpg", {"type": tarfile.LNKTYPE, "linkname": "exhibits.db"}, "media/hard.jpg is a hard link"),
        ("media/dev", {"type": tarfile.CHRTYPE, "devmajor": 1, "devminor": 3}, "media/dev is a device or pipe"),
        ("media/fifo", {"type": tarfile.FIFOTYPE}, "media/fifo is a device or pipe"),
        ("exhibits.db", {"data": b"second copy"}, "archive member exhibits.db appears twice"),
        ("media/sparse", {"type": tarfile.GNUTYPE_SPARSE}, "media/sparse is of tar type"),
        ("empty-folder", {"type": tarfile.DIRTYPE}, "folder empty-folder is not listed in the manifest"),
        ("media/extra.jpg", {"data": b"x"}, "media/extra.jpg is not listed in the manifest"),
    ],
)  # fmt: skip
def test_unsafe_members_are_refused(
    kit: Kit, v2: Path, paths: Paths, tmp_path: Path, name: str, fields: dict, message: str
) -> None:
    kpack = write_tar(v2, tmp_path / "evil.kpack", extra=[(name, dict(fields))])
    refused(kpack, paths, kit, message)
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/kiosk-pack-escaped.txt").exists()
    assert not (paths.data / "escaped.txt").exists() and not (paths.packs.parent.parent / "escaped.txt").exists()


def test_manifest_must_come_first(kit: Kit, v2: Path, paths: Paths, tmp_path: Path) -> None:
    kpack = write_tar(v2, tmp_path / "late.kpack", first=[SIGNATURE, MANIFEST])
    refused(kpack, paths, kit, "the archive must start with manifest.json and then manifest.sig")


def test_folder_members_and_a_dot_prefix_are_accepted(kit: Kit, v2: Path, paths: Paths, tmp_path: Path) -> None:
    """As `tar -C pack -cf x.kpack .` would write it, folders included."""
    manifest = Manifest.from_bytes((v2 / MANIFEST).read_bytes())
    out = tmp_path / "dotted.kpack"
    with tarfile.open(out, "w") as tar:
        for name in (MANIFEST, SIGNATURE):
            add_member(tar, f"./{name}", (v2 / name).read_bytes())
        for folder in ("media", "media/display", "media/thumb"):
            add_member(tar, f"./{folder}", type=tarfile.DIRTYPE)
        for item in manifest.files:
            add_member(tar, f"./{item.path}", (v2 / item.path).read_bytes())
    assert install_pack(out, paths, kit.settings()).folder == paths.packs / "ipweek-2"


def test_archive_of_a_built_pack_installs_as_a_copy(kit: Kit, v2: Path, paths: Paths, tmp_path: Path) -> None:
    result = install_pack(archive(v2, tmp_path / "v2.kpack"), paths, kit.settings())
    assert result.folder == paths.packs / "ipweek-2" and not result.moved
    verify_pack(result.folder, kit.settings())
