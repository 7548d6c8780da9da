"""Installing on a booth: the atomic switch, what is kept, rollback, moving, start-up cleaning."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from kiosk.core.base.paths import DB_NAME, Paths
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.install import active_pack, clean_staging, install_pack, list_packs, new_staging, rollback
from kiosk.core.packs.state import install_lock
from tests.core.packs.test_packs_support import Kit, booth, copy_pack, flip_byte, snapshot


@pytest.fixture(scope="module")
def packs(kit: Kit, tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    out = tmp_path_factory.mktemp("packs")
    return {version: kit.build(out, version, title={"zh": f"第{version}版"}) for version in (1, 2, 3)}


def test_install_switches_the_content_folder_to_a_read_only_verified_copy(
    kit: Kit, packs: dict[int, Path], tmp_path: Path
) -> None:
    paths = booth(tmp_path)
    assert paths.content_folder() == paths.demo and active_pack(paths) is None
    progress: list[tuple[int, int]] = []
    result = install_pack(packs[1], paths, kit.settings(), on_progress=lambda *a: progress.append(a))
    assert result.folder == paths.packs / "ipweek-1" and result.previous is None and not result.moved
    assert paths.content_folder() == result.folder == active_pack(paths)
    assert progress[-1][0] == progress[-1][1] == result.manifest.total_bytes
    assert stat.S_IMODE((result.folder / DB_NAME).stat().st_mode) == 0o444
    assert (result.folder / "manifest.sig").read_bytes() == (packs[1] / "manifest.sig").read_bytes()
    active = json.loads((paths.packs / "active.json").read_text(encoding="utf-8"))
    assert active["pack"] == "ipweek-1" and active["source"] == str(packs[1]) and active["installed"].endswith("Z")
    with ExhibitStore.open(paths.content_folder(), readonly=True) as store:
        assert store.count() == 3


def test_active_pack_comes_before_the_library_and_the_demo(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    with ExhibitStore.open(paths.library):
        pass
    assert paths.content_folder() == paths.library
    install_pack(packs[1], paths, kit.settings())
    assert paths.content_folder() == paths.packs / "ipweek-1"
    (paths.packs / "active.json").write_text('{"pack": "ipweek-9"}', encoding="utf-8")  # names no folder
    assert paths.content_folder() == paths.library
    (paths.packs / "active.json").write_text('{"pack": "../library"}', encoding="utf-8")
    assert paths.content_folder() == paths.library
    (paths.packs / "active.json").write_text("{broken", encoding="utf-8")
    assert paths.content_folder() == paths.library


def test_the_previous_pack_is_kept_and_older_ones_removed(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    install_pack(packs[1], paths, kit.settings())
    second = install_pack(packs[2], paths, kit.settings())
    assert second.previous == "ipweek-1" and second.removed == ()
    third = install_pack(packs[3], paths, kit.settings())
    assert third.previous == "ipweek-2" and third.removed == ("ipweek-1",)
    listed = list_packs(paths)
    assert [(i["pack"], i["active"]) for i in listed] == [("ipweek-2", False), ("ipweek-3", True)]
    assert listed[1]["source"] == str(packs[3]) and listed[1]["title"] == {"zh": "第3版"}
    assert listed[1]["size"] == third.manifest.total_bytes and listed[1]["installed"]


def test_rollback_returns_to_the_previous_version_after_checking_it(
    kit: Kit, packs: dict[int, Path], tmp_path: Path
) -> None:
    paths = booth(tmp_path)
    with pytest.raises(PackError, match="no installed pack is active"):
        rollback(paths, kit.settings())
    for version in (1, 2):
        install_pack(packs[version], paths, kit.settings())
    item = rollback(paths, kit.settings())
    assert item["pack"] == "ipweek-1" and item["active"] and item["source"] == str(packs[1])
    assert paths.content_folder() == paths.packs / "ipweek-1"
    with pytest.raises(PackError, match="ipweek-1 is the oldest installed version of ipweek; nothing to roll back to"):
        rollback(paths, kit.settings())
    history = json.loads((paths.packs / "history.json").read_text(encoding="utf-8"))
    assert [(h["pack"], h["action"]) for h in history] == [
        ("ipweek-1", "install"), ("ipweek-2", "install"), ("ipweek-1", "rollback")
    ]  # fmt: skip
    assert install_pack(packs[2], paths, kit.settings()).previous == "ipweek-1"  # v2 again: newer than v1


def test_rollback_refuses_a_damaged_previous_pack(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    for version in (1, 2):
        install_pack(packs[version], paths, kit.settings())
    db = paths.packs / "ipweek-1" / DB_NAME
    db.chmod(0o644)
    flip_byte(db, 300)
    before = snapshot(paths)
    with pytest.raises(PackError, match=r"exhibits\.db does not match its SHA-256"):
        rollback(paths, kit.settings())
    assert snapshot(paths) == before and paths.content_folder() == paths.packs / "ipweek-2"


def test_a_pack_on_the_same_file_system_is_moved_not_copied(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    staged = copy_pack(packs[1], paths.data / "downloads" / "ipweek-1")
    inode = (staged / DB_NAME).stat().st_ino
    result = install_pack(staged, paths, kit.settings(), consume=True)
    assert result.moved and not staged.exists()
    assert (result.folder / DB_NAME).stat().st_ino == inode
    copied = install_pack(packs[2], paths, kit.settings())
    assert not copied.moved and packs[2].is_dir()
    assert (copied.folder / DB_NAME).stat().st_ino != (packs[2] / DB_NAME).stat().st_ino


def test_a_consumable_pack_on_another_file_system_is_copied(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system (/dev/shm) to copy from")
    source = copy_pack(packs[1], shm / f"kiosk-pack-test-{os.getpid()}")
    try:
        result = install_pack(source, booth(tmp_path), kit.settings(), consume=True)
        assert not result.moved and source.is_dir()
    finally:
        shutil.rmtree(source)


def test_start_up_cleaning_removes_what_killed_installs_left(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    install_pack(packs[1], paths, kit.settings())
    dead = paths.packs / ".staging-dead"
    (dead / "media").mkdir(parents=True)
    (dead / "exhibits.db").write_bytes(b"half")
    (paths.packs / ".staging-dead.lock").write_bytes(b"")
    (paths.packs / ".staging-nolock").mkdir()
    (paths.packs / ".trash-0123").mkdir()
    (paths.packs / ".active.json.tmp-beef").write_text("{")
    with new_staging(paths) as alive:  # an install running in another process keeps its staging
        (alive.path / "part.bin").write_bytes(b"x")
        removed = clean_staging(paths)
        assert alive.path.is_dir()
    assert removed == sorted(
        [".active.json.tmp-beef", ".staging-dead", ".staging-dead.lock", ".staging-nolock", ".trash-0123"]
    )
    assert sorted(p.name for p in paths.packs.iterdir()) == [".lock", "active.json", "history.json", "ipweek-1"]


def test_a_second_install_at_the_same_time_is_refused(kit: Kit, packs: dict[int, Path], tmp_path: Path) -> None:
    paths = booth(tmp_path)
    install_pack(packs[1], paths, kit.settings())
    before = snapshot(paths)
    with install_lock(paths), pytest.raises(PackError, match="another pack install or rollback is running"):
        install_pack(packs[2], paths, kit.settings())
    assert snapshot(paths) == before


def test_an_install_killed_after_its_rename_is_replaced_by_the_next(
    kit: Kit, packs: dict[int, Path], tmp_path: Path
) -> None:
    """packs/ipweek-2 exists but was never switched to (the installer died): installing v2 again works."""
    paths = booth(tmp_path)
    install_pack(packs[1], paths, kit.settings())
    copy_pack(packs[2], paths.packs / "ipweek-2")
    (paths.packs / "ipweek-2" / "stray.txt").write_text("left over")
    result = install_pack(packs[2], paths, kit.settings())
    assert result.folder == paths.packs / "ipweek-2" and not (result.folder / "stray.txt").exists()


def test_urls_belong_to_sync(kit: Kit, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="a URL is installed by sync"):
        install_pack("https://example.org/pack", booth(tmp_path), kit.settings())


def test_paths_default_uses_the_data_folder(kit: Kit, packs: dict[int, Path]) -> None:
    paths = Paths.default()
    install_pack(packs[1], paths, kit.settings())
    assert Paths.default().content_folder() == paths.packs / "ipweek-1"


def test_the_kiosk_starting_on_a_pack_leaves_it_exactly_as_installed(kit: Kit, packs: dict[int, Path]) -> None:
    from kiosk.core.interchange.demo import ensure_content
    from kiosk.core.packs.verify import verify_pack

    paths = Paths.default()
    install_pack(packs[1], paths, kit.settings())
    folder = ensure_content(paths, kit.settings())  # what `kiosk run` does first
    assert folder == paths.packs / "ipweek-1"
    with ExhibitStore.open(folder, readonly=True) as store:
        assert store.check() == []
    assert sorted(p.name for p in folder.iterdir()) == ["exhibits.db", "manifest.json", "manifest.sig", "media"]
    verify_pack(folder, kit.settings())
