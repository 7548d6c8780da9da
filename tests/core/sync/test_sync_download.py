"""Downloads that go wrong: broken off mid-file, damaged on the server, larger than the manifest says.

nginx is stopped mid-file (it sends the file slowly after its first 64 KB and is killed
once the kiosk has those): the next poll resumes with Range and If-Range. http.server
breaks the connection itself and ignores Range, so the kiosk starts that file again.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.sync.client import DOWNLOAD_FOLDER, SyncClient
from kiosk.core.sync.http import Download, SyncFailure, download
from tests.helpers_http import (
    THROTTLE_AFTER,
    NginxServer,
    Publisher,
    PythonServer,
    make_content,
    publish,
    serve,
    server_kinds,
)

Server = NginxServer | PythonServer
DISPLAY = "media/display/goji.jpg"
THUMB = "media/thumb/goji.jpg"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Publisher, Path]:
    root = tmp_path_factory.mktemp("pack")
    publisher = Publisher.create(root / "keys")
    return publisher, publisher.build(make_content(root / "content", "中宁枸杞"), root, 1)


@pytest.fixture(params=server_kinds())
def server(request: pytest.FixtureRequest, tmp_path: Path, pack: tuple[Publisher, Path]) -> Iterator[Server]:
    with serve(request.param, tmp_path / "www", tmp_path / "server") as running:
        publish(pack[1], running.root)
        yield running


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "config")


def client_for(server: Server, paths: Paths, publisher: Publisher, **kwargs: object) -> SyncClient:
    settings = Settings({"sync.url": server.url, "packs.trusted_keys": [publisher.public], "sync.timeout_seconds": 5})
    return SyncClient(paths, settings, **kwargs)


def asked_for(server: Server, path: str) -> list:
    return [r for r in server.requests() if r.path == "/" + path]


def test_a_download_broken_off_mid_file_continues_next_time(
    server: Server, paths: Paths, pack: tuple[Publisher, Path]
) -> None:
    server.throttle(DISPLAY)
    interrupted = []

    def on_progress(path: str, held: int, total: int) -> None:
        if path == DISPLAY and held >= THROTTLE_AFTER and not interrupted:
            interrupted.append(held)
            server.interrupt()  # nginx dies with the rest of the file unsent

    client = client_for(server, paths, pack[0], on_progress=on_progress)
    first = client.poll()

    part = paths.packs / DOWNLOAD_FOLDER / (DISPLAY + ".part")
    size = (pack[1] / DISPLAY).stat().st_size
    assert first.failed and "broke off" in first.lines[0] and paths.active_pack() is None
    held = part.stat().st_size
    assert THROTTLE_AFTER <= held < size

    server.restore()
    second = client.poll(force=True)

    assert second.installed == ["ipweek-1"] and not second.failed
    assert (paths.active_pack() / DISPLAY).read_bytes() == (pack[1] / DISPLAY).read_bytes()
    last = asked_for(server, DISPLAY)[-1]
    assert last.range == f"bytes={held}-"
    if server.kind == "nginx":
        assert (last.status, last.sent) == (206, size - held)  # only the rest came
    else:
        assert last.status == 200  # http.server ignores Range: the file came again, whole
    assert len(asked_for(server, "exhibits.db")) == 1  # complete files are not fetched again


def test_a_damaged_file_on_the_server_is_refused_then_fetched_once_fixed(
    server: Server, paths: Paths, pack: tuple[Publisher, Path]
) -> None:
    damaged = bytearray((pack[1] / THUMB).read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF  # the same size, one byte wrong
    (server.root / THUMB).write_bytes(bytes(damaged))
    client = client_for(server, paths, pack[0])

    first = client.poll()

    assert first.failed and "does not match the SHA-256" in first.lines[0]
    assert paths.active_pack() is None
    assert not (paths.packs / DOWNLOAD_FOLDER / (THUMB + ".part")).exists()
    (paths.packs / DOWNLOAD_FOLDER / ".manifest.json.crash.tmp").write_bytes(b"left by a power cut")
    publish(pack[1], server.root)  # the publisher puts the right file back
    asked = len(server.requests())

    second = client.poll(force=True)

    assert second.installed == ["ipweek-1"]
    fetched = {r.path for r in server.requests()[asked:]}
    assert fetched == {"/manifest.json", "/manifest.sig", "/" + THUMB}  # the rest was already there


def test_a_file_larger_than_declared_is_refused(server: Server, paths: Paths, pack: tuple[Publisher, Path]) -> None:
    (server.root / DISPLAY).write_bytes((pack[1] / DISPLAY).read_bytes() + b"\0" * 100_000)

    report = client_for(server, paths, pack[0]).poll()

    assert report.failed and "the manifest says" in report.lines[0]
    assert not (paths.packs / DOWNLOAD_FOLDER / (DISPLAY + ".part")).exists()
    assert paths.active_pack() is None


class _Endless(BaseHTTPRequestHandler):
    """Sends bytes without a Content-Length until the client hangs up."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"x" * 65536)
        except OSError:
            self.server.hung_up.set()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_stream_without_length_is_cut_off_at_the_declared_size(tmp_path: Path) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Endless)
    httpd.hung_up = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    part = tmp_path / "file.part"
    job = Download(f"http://127.0.0.1:{httpd.server_address[1]}/file", part, 200_000, hashlib.sha256().hexdigest(), 5)
    try:
        with pytest.raises(SyncFailure, match="more bytes than the 200000"):
            download(job)
        assert httpd.hung_up.wait(10)  # the kiosk stopped reading and closed the connection
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert not part.exists()
