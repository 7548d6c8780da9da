"""What a supervisor sees of a real `kiosk run` process: READY=1 after the first frame, a clean stop on SIGTERM."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.base.settings_file import save_setting
from kiosk.core.interchange.demo import build_demo
from kiosk.core.staff.pin import PIN_SETTING, hash_pin
from kiosk.service.notify import notify


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[socket.socket]:
    """A Unix datagram socket standing in for systemd's notify socket."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    yield sock
    sock.close()


def receive(sock: socket.socket, timeout: float = 60) -> str:
    ready, _, _ = select.select([sock], [], [], timeout)
    assert ready, "nothing was sent to the notify socket"
    return sock.recv(4096).decode()


def start_kiosk(listener: socket.socket, *args: str) -> subprocess.Popen:
    build_demo(Paths.default(), Settings())  # built before: the first frame is what is waited for
    env = {**os.environ, "NOTIFY_SOCKET": listener.getsockname()}
    return subprocess.Popen([sys.executable, "-m", "kiosk", "run", *args], env=env, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("mode", [("--windowed",), ()], ids=["windowed", "kiosk-mode"])
def test_ready_after_the_first_frame_and_a_clean_stop_on_sigterm(listener: socket.socket, mode: tuple) -> None:
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    save_setting(paths.settings_file, PIN_SETTING, hash_pin("13579"))
    process = start_kiosk(listener, *mode)
    try:
        message = receive(listener)
        assert message.splitlines()[0] == "READY=1" and "STATUS=showing" in message
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        stderr = process.communicate()[1]
    assert "Traceback" not in stderr
    logged = (paths.data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "SIGTERM received: the kiosk closes" in logged and "kiosk exits with code 0" in logged


def test_notify_sends_one_datagram_and_never_fails_the_kiosk(
    listener: socket.socket, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify("READY=1") is False  # no supervisor: nothing to do
    monkeypatch.setenv("NOTIFY_SOCKET", listener.getsockname())
    assert notify("STATUS=testing") is True
    assert receive(listener, timeout=5) == "STATUS=testing"
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    assert notify("WATCHDOG=1") is False
