"""Kiosk mode never starts with no way out: doctor fails without a staff PIN, and the installer sets one."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings_file import save_setting
from kiosk.core.ops.doctor import check_staff_pin
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.core.staff.pin import PIN_SETTING, hash_pin
from tests.test_cli import kiosk

PIN = "246810"


def set_pin(stored: str) -> None:
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    save_setting(paths.settings_file, PIN_SETTING, stored)


def test_doctor_fails_without_a_staff_pin() -> None:
    check = check_staff_pin(Paths.default())
    assert check.status == "fail" and "kiosk mode will not start" in check.detail
    assert "kiosk pin set" in check.fix
    result = kiosk("doctor")
    assert result.returncode == 1
    assert "Staff PIN: not set" in result.stdout


def test_doctor_fails_on_a_pin_hash_nothing_can_match() -> None:
    set_pin("scrypt$16384$8$1$zz$not-hex")
    check = check_staff_pin(Paths.default())
    assert check.status == "fail" and "not a valid PIN hash" in check.detail


def test_doctor_is_content_with_a_pin() -> None:
    set_pin(hash_pin(PIN))
    assert check_staff_pin(Paths.default()).status == "ok"


def test_kiosk_mode_without_a_pin_refuses_to_start_unattended(tmp_path: Path) -> None:
    result = kiosk("run", "--content", str(tmp_path / "nothing-here"))  # stdin is not a terminal
    assert result.returncode == 1
    assert "No staff PIN is set" in result.stderr and "kiosk pin set" in result.stderr
    assert "Traceback" not in result.stderr
    assert not Paths.default().settings_file.exists()


def test_the_installer_at_a_terminal_sets_the_pin_before_kiosk_mode_starts(tmp_path: Path) -> None:
    """On a real terminal (a pty), `kiosk run` asks for a PIN first, then goes on to start."""
    main, child = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--content", str(tmp_path / "nothing-here")],
        stdin=child, stdout=child, stderr=child, env=os.environ, close_fds=True,
    )  # fmt: skip
    os.close(child)
    try:
        screen = answer(main, {"New staff PIN": PIN, "Repeat the PIN": PIN}, until="There is no exhibit database")
        assert process.wait(timeout=60) == 1  # it went on to start, and found no content there
    finally:
        process.kill()
        os.close(main)
    assert "No staff PIN is set" in screen and PIN not in screen
    with StaffAccounts.open(Paths.default(), clock=lambda: 0.0) as accounts:
        assert accounts.check("staff", PIN).ok


def answer(fd: int, replies: dict[str, str], until: str, timeout: float = 60) -> str:
    """Read what the terminal shows, typing each reply after its prompt, until `until` shows; return the text."""
    text, pending = "", dict(replies)
    while until not in text:
        ready, _, _ = select.select([fd], [], [], timeout)
        assert ready, f"the terminal went quiet; it showed: {text!r}"
        try:
            text += os.read(fd, 4096).decode(errors="replace")
        except OSError:  # the child closed the terminal
            break
        for prompt in [p for p in pending if p in text]:
            os.write(fd, (pending.pop(prompt) + "\n").encode())
    assert until in text, text
    return text
