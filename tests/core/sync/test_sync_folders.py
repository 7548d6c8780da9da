"""Packs on removable media, and what the content badge says about the content shown."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.build import archive
from kiosk.core.packs.manifest import parse_time
from kiosk.core.sync.client import SyncClient
from kiosk.core.sync.local import local_packs
from kiosk.core.sync.status import background_sync, describe_content, last_known_online, network_sync
from tests.helpers_http import Publisher, make_content


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("packs")
    publisher = Publisher.create(root / "keys")
    built = {v: publisher.build(make_content(root / f"content-{v}", f"枸杞 {v}"), root / "built", v) for v in (1, 2)}
    return {"publisher": publisher, "root": root, **built}


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "config")


def stick(tmp_path: Path) -> Path:
    """Where a USB stick labelled KIOSK shows up: /media/<user>/<label>/kiosk-packs."""
    folder = tmp_path / "media" / "staff" / "KIOSK" / "kiosk-packs"
    folder.mkdir(parents=True)
    return folder


def client_for(tmp_path: Path, paths: Paths, publisher: Publisher, **more: object) -> SyncClient:
    settings = {"sync.watch_folders": [str(tmp_path / "media")], "packs.trusted_keys": [publisher.public], **more}
    return SyncClient(paths, Settings(settings))


def test_a_kpack_on_a_usb_stick_is_installed_once(tmp_path: Path, paths: Paths, packs: dict) -> None:
    archive(packs[1], stick(tmp_path) / "ipweek-1.kpack")
    client = client_for(tmp_path, paths, packs["publisher"])

    first = client.poll()
    second = client.poll()

    assert first.installed == ["ipweek-1"] and not first.failed
    assert paths.active_pack() == paths.packs / "ipweek-1"
    assert second.installed == [] and second.lines == []  # looked at, and left alone, until the stick changes


def test_the_newest_pack_on_the_stick_wins(tmp_path: Path, paths: Paths, packs: dict) -> None:
    folder = stick(tmp_path)
    archive(packs[1], folder / "ipweek-1.kpack")
    shutil.copytree(packs[2], folder / "ipweek-2")

    report = client_for(tmp_path, paths, packs["publisher"]).poll()

    assert report.installed == ["ipweek-2"]
    assert (folder / "ipweek-2" / "exhibits.db").is_file()  # a pack on the stick is copied, never moved


def test_a_tampered_pack_is_refused_and_reported_once(tmp_path: Path, paths: Paths, packs: dict) -> None:
    tampered = stick(tmp_path) / "ipweek-2"
    shutil.copytree(packs[2], tampered)
    (tampered / "exhibits.db").chmod(0o644)
    with (tampered / "exhibits.db").open("r+b") as db:
        db.seek(200)
        db.write(b"\xff")
    client = client_for(tmp_path, paths, packs["publisher"])

    first = client.poll()
    second = client.poll()

    assert first.failed and "does not match its SHA-256" in first.lines[0]
    assert second.lines == [] and not second.failed
    assert paths.active_pack() is None


def test_watched_folders_still_work_when_offline_is_forced(tmp_path: Path, paths: Paths, packs: dict) -> None:
    archive(packs[1], stick(tmp_path) / "ipweek-1.kpack")
    client = client_for(tmp_path, paths, packs["publisher"], **{"sync.offline": True})

    assert client.poll().installed == ["ipweek-1"]


def test_packs_are_found_down_to_two_levels_below_a_watched_folder(tmp_path: Path) -> None:
    media = tmp_path / "media"
    for folder in ("kiosk-packs", "a/kiosk-packs", "a/b/kiosk-packs", "a/b/c/kiosk-packs"):
        (media / folder).mkdir(parents=True)
        (media / folder / "p.kpack").write_bytes(b"")
    (media / "a/kiosk-packs/folder-pack").mkdir()
    (media / "a/kiosk-packs/folder-pack/manifest.json").write_text("{}")
    (media / "a/kiosk-packs/not-a-pack").mkdir()

    found = local_packs([str(media), str(tmp_path / "absent")])

    assert [p.relative_to(media).as_posix() for p in found] == [
        "a/b/kiosk-packs/p.kpack", "a/kiosk-packs/folder-pack", "a/kiosk-packs/p.kpack", "kiosk-packs/p.kpack"
    ]  # fmt: skip


def test_the_badge_describes_an_installed_pack_by_version_and_local_date(
    tmp_path: Path, paths: Paths, packs: dict
) -> None:
    archive(packs[2], stick(tmp_path) / "ipweek-2.kpack")
    client_for(tmp_path, paths, packs["publisher"]).poll()

    info = describe_content(paths.active_pack(), paths)

    created = (packs[2] / "manifest.json").read_text(encoding="utf-8").split('"created": "')[1].split('"')[0]
    day = parse_time(created, "created").astimezone().date().isoformat()
    assert (info.source, info.version, info.pack_id, info.date) == ("pack", 2, "ipweek", day)
    assert info.label == f"v2 · {day}"
    assert info.title["en"] == "IP week, version 2"


def test_the_badge_describes_other_content_by_where_it_comes_from(paths: Paths, packs: dict) -> None:
    shutil.copytree(packs["root"] / "content-1", paths.demo)
    demo = describe_content(paths.demo, paths)
    other = describe_content(packs["root"] / "content-1", paths)

    today = datetime.now().date().isoformat()
    assert (demo.source, demo.version, demo.label) == ("demo", 0, today)
    assert other.source == "folder"
    assert describe_content(paths.library, paths).label == ""  # nothing there


def test_online_needs_a_url_and_no_forced_offline(paths: Paths) -> None:
    assert not network_sync(Settings())
    assert not background_sync(Settings())
    assert network_sync(Settings({"sync.url": "http://example.invalid/pack"}))
    assert not network_sync(Settings({"sync.url": "http://example.invalid/pack", "sync.offline": True}))
    assert background_sync(Settings({"sync.offline": True, "sync.watch_folders": ["/media"]}))
    assert not last_known_online(paths, Settings({"sync.url": "http://example.invalid/pack"}))
