"""Pack sync against a real HTTP server on 127.0.0.1: conditional requests, new versions, offline, backoff.

Each test runs against nginx (when installed) and Python's http.server, counting what
the kiosk asked for in the server's own log.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.sync.client import SyncClient
from kiosk.core.sync.state import BACKOFF_CAP_SECONDS, JITTER, SyncState
from tests.helpers_http import (
    NginxServer,
    Publisher,
    PythonServer,
    free_port,
    make_content,
    publish,
    serve,
    server_kinds,
)

Server = NginxServer | PythonServer
PACK_FILES = {"/exhibits.db", "/media/display/goji.jpg", "/media/thumb/goji.jpg"}


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A publisher's key and versions 1 and 2 of a pack, built once for the module."""
    root = tmp_path_factory.mktemp("packs")
    publisher = Publisher.create(root / "keys")
    built = {
        version: publisher.build(make_content(root / f"content-{version}", f"中宁枸杞 第{version}版"), root, version)
        for version in (1, 2)
    }
    return {"publisher": publisher, **built}


@pytest.fixture(params=server_kinds())
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    with serve(request.param, tmp_path / "www", tmp_path / "server") as running:
        yield running


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "config")


def settings_for(url: str, publisher: Publisher, **more: object) -> Settings:
    return Settings({"sync.url": url, "packs.trusted_keys": [publisher.public], **more})


def paths_asked(server: Server, since: int = 0) -> list[tuple[str, int]]:
    return [(r.path, r.status) for r in server.requests()[since:]]


def test_a_new_pack_is_installed_and_then_the_server_answers_304(server: Server, paths: Paths, packs: dict) -> None:
    publish(packs[1], server.root)
    client = SyncClient(paths, settings_for(server.url, packs["publisher"]))

    report = client.poll()

    assert report.installed == ["ipweek-1"] and not report.failed and report.online
    assert paths.active_pack() == paths.packs / "ipweek-1"
    assert {path for path, status in paths_asked(server) if status == 200} == {
        "/manifest.json", "/manifest.sig", *PACK_FILES
    }  # fmt: skip
    asked = len(server.requests())
    report = client.poll(force=True)
    assert report.installed == [] and report.lines == [f"{server.url}: unchanged"]
    assert paths_asked(server, asked) == [("/manifest.json", 304)]
    assert not (paths.packs / ".download").exists()


def test_a_newer_version_is_downloaded_and_becomes_active(server: Server, paths: Paths, packs: dict) -> None:
    publish(packs[1], server.root)
    client = SyncClient(paths, settings_for(server.url, packs["publisher"]))
    client.poll()
    publish(packs[2], server.root)
    asked = len(server.requests())

    report = client.poll(force=True)

    assert report.installed == ["ipweek-2"]
    assert paths.active_pack() == paths.packs / "ipweek-2"
    assert {path for path, _ in paths_asked(server, asked)} == {"/manifest.json", "/manifest.sig", *PACK_FILES}
    assert (paths.packs / "ipweek-1").is_dir()  # the previous one is kept for a rollback


def test_a_version_no_newer_than_the_active_one_is_not_downloaded(server: Server, paths: Paths, packs: dict) -> None:
    publish(packs[2], server.root)
    client = SyncClient(paths, settings_for(server.url, packs["publisher"]))
    client.poll()
    publish(packs[1], server.root)  # a publisher's mistake: an older version
    asked = len(server.requests())

    report = client.poll(force=True)

    assert not report.failed and report.installed == []
    assert "not newer" in report.lines[0]
    assert paths_asked(server, asked) == [("/manifest.json", 200)]
    assert paths.active_pack() == paths.packs / "ipweek-2"


def test_forced_offline_makes_no_request_at_all(server: Server, paths: Paths, packs: dict) -> None:
    publish(packs[1], server.root)
    client = SyncClient(paths, settings_for(server.url, packs["publisher"], **{"sync.offline": True}))

    report = client.poll(force=True)

    assert server.requests() == []
    assert report.offline_forced and not report.online and report.installed == []
    assert paths.active_pack() is None


def test_a_manifest_from_an_untrusted_key_downloads_nothing(
    server: Server, paths: Paths, packs: dict, tmp_path: Path
) -> None:
    publish(packs[1], server.root)
    stranger = Publisher.create(tmp_path / "stranger")
    report = SyncClient(paths, settings_for(server.url, stranger)).poll()

    assert report.failed and "does not trust" in report.lines[0]
    assert {path for path, _ in paths_asked(server)} == {"/manifest.json", "/manifest.sig"}
    assert paths.active_pack() is None


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_server_that_is_down_means_offline_and_a_growing_backoff(paths: Paths, packs: dict) -> None:
    clock = Clock()
    settings = settings_for(f"http://127.0.0.1:{free_port()}", packs["publisher"], **{"sync.timeout_seconds": 2})
    client = SyncClient(paths, settings, clock=clock, rand=lambda: 0.5)  # 0.5: the jitter adds nothing
    interval = settings["sync.interval_seconds"]

    waits = []
    for _ in range(3):
        report = client.poll()  # never raises
        assert report.failed and not report.online and "cannot reach the server" in report.lines[0]
        waits.append(client.state.next_attempt - clock.now)
        assert client.poll().lines == []  # not due yet: no request
        clock.now = client.state.next_attempt
    assert waits == [interval * 2, interval * 4, interval * 8]
    assert SyncState.load(paths.packs).failures == 3  # remembered across restarts

    client.state.failures = 40
    client.state.save(paths.packs)
    client.poll(force=True)
    assert client.state.next_attempt - clock.now == BACKOFF_CAP_SECONDS


def test_backoff_has_jitter_within_bounds(paths: Paths, packs: dict) -> None:
    settings = settings_for(f"http://127.0.0.1:{free_port()}", packs["publisher"])
    clock = Clock()
    waits = set()
    for rand in (0.0, 0.999):
        client = SyncClient(paths, settings, clock=clock, rand=lambda rand=rand: rand)
        client.state = SyncState()
        client.state.save(paths.packs)
        client.poll(force=True)
        waits.add(round(client.state.next_attempt - clock.now))
    nominal = settings["sync.interval_seconds"] * 2
    assert waits == {round(nominal * (1 - JITTER)), round(nominal * (1 + JITTER * 0.998))}


def test_kiosk_sync_once(server: Server, packs: dict, kiosk_dirs: Path) -> None:
    publish(packs[1], server.root)
    config = kiosk_dirs / "config"
    config.mkdir()
    (config / "kiosk.toml").write_text(
        f'[sync]\nurl = "{server.url}"\n\n[packs]\ntrusted_keys = ["{packs["publisher"].public}"]\n', encoding="utf-8"
    )
    runner = CliRunner()

    first = runner.invoke(cli, ["sync", "--once"])
    second = runner.invoke(cli, ["sync", "--once"])
    server.stop()
    third = runner.invoke(cli, ["sync", "--once"])

    assert first.exit_code == 0 and f"installed ipweek-1 from {server.url}" in first.output
    assert second.exit_code == 0 and "unchanged" in second.output
    assert third.exit_code == 1 and "cannot reach the server" in third.output
    assert Paths.default().active_pack().name == "ipweek-1"


def test_kiosk_sync_without_anything_to_sync_from_says_so() -> None:
    result = CliRunner().invoke(cli, ["sync", "--once"])
    assert result.exit_code == 1 and "set sync.url or sync.watch_folders" in result.output


def test_a_new_sync_url_forgets_what_was_learnt_about_the_old_one(server: Server, paths: Paths, packs: dict) -> None:
    publish(packs[1], server.root)
    SyncClient(paths, settings_for(server.url, packs["publisher"])).poll()
    shutil.rmtree(paths.packs / "ipweek-1")  # as if the booth lost it; the active record points nowhere
    (paths.packs / "active.json").unlink()
    asked = len(server.requests())

    report = SyncClient(paths, settings_for(server.url + "/", packs["publisher"])).poll()

    assert report.installed == ["ipweek-1"]
    assert paths_asked(server, asked)[0] == ("/manifest.json", 200)


def test_leftovers_of_interrupted_installs_go_but_a_resumable_download_stays(paths: Paths) -> None:
    (paths.packs / ".staging-0123456789ab" / "media").mkdir(parents=True)
    (paths.packs / ".download" / "media").mkdir(parents=True)
    (paths.packs / ".download" / "exhibits.db.part").write_bytes(b"half")

    removed = SyncClient(paths, Settings()).clean_leftovers()

    assert removed == [".staging-0123456789ab"]
    assert (paths.packs / ".download" / "exhibits.db.part").read_bytes() == b"half"


@pytest.mark.parametrize(
    "kpack",
    [b"", b"not a tar archive at all" * 40, b"\0" * 512 + b"garbage", "truncated"],
    ids=["empty", "garbage", "zero-block", "truncated"],
)
def test_a_damaged_kpack_on_a_stick_is_refused_in_one_line_and_the_url_still_syncs(
    server: Server, paths: Paths, packs: dict, tmp_path: Path, kpack: bytes | str
) -> None:
    from kiosk.core.packs.build import archive

    stick = tmp_path / "media" / "KIOSK" / "kiosk-packs"
    stick.mkdir(parents=True)
    if kpack == "truncated":
        whole = archive(packs[2], tmp_path / "whole.kpack").read_bytes()
        kpack = whole[: len(whole) // 3]
    (stick / "ipweek-9.kpack").write_bytes(kpack)
    publish(packs[1], server.root)
    settings = settings_for(server.url, packs["publisher"], **{"sync.watch_folders": [str(tmp_path / "media")]})

    report = SyncClient(paths, settings).poll()

    refused = [line for line in report.lines if "ipweek-9.kpack" in line]
    assert len(refused) == 1 and "not installed" in refused[0] and "\n" not in refused[0]
    assert report.installed == ["ipweek-1"]  # the URL's pack, in the same round

    config = tmp_path / "config-cli"
    config.mkdir()
    (config / "kiosk.toml").write_text(
        f'[sync]\nurl = "{server.url}"\nwatch_folders = ["{tmp_path / "media"}"]\n'
        f'[packs]\ntrusted_keys = ["{packs["publisher"].public}"]\n',
        encoding="utf-8",
    )
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data-cli"), "KIOSK_CONFIG_DIR": str(config)}
    result = CliRunner().invoke(cli, ["sync", "--once"], env=env)
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception | KeyboardInterrupt)
    assert "ipweek-9.kpack: not installed" in result.output and "installed ipweek-1" in result.output
