"""`kiosk keygen` and `kiosk pack ...` as staff and booths use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.core.base.paths import Paths
from tests.core.helpers import make_image, write_json
from tests.core.packs.test_packs_support import EXHIBITS


def kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=os.environ, timeout=120
    )


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def trust(public: Path) -> None:
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(f'[packs]\ntrusted_keys = ["{public.read_text().strip()}"]\n', encoding="utf-8")


def test_staff_build_sign_and_a_booth_installs_lists_and_rolls_back(tmp_path: Path) -> None:
    output = invoke("keygen", "--out", str(tmp_path / "keys"))
    key, public = tmp_path / "keys" / "kiosk-signing.key", tmp_path / "keys" / "kiosk-signing.pub"
    assert public.read_text().strip() in output and "key_id" in output
    make_image(tmp_path / "images" / "goji.jpg", (300, 200))
    make_image(tmp_path / "images" / "mask.png", (300, 200))
    source = write_json(tmp_path / "exhibits.json", EXHIBITS)
    common = ["--out", str(tmp_path / "out"), "--id", "ipweek", "--key", str(key), "--images", str(tmp_path / "images")]
    invoke("pack", "build", str(source), *common, "--version", "1", "--title-zh", "宣传周", "--expires", "2099-12-31")
    output = invoke("pack", "build", str(source), *common, "--version", "2", "--archive")
    assert "ipweek-2.kpack" in output
    trust(public)
    assert "OK: ipweek version 2" in invoke("pack", "verify", str(tmp_path / "out" / "ipweek-2.kpack"))
    invoke("pack", "install", str(tmp_path / "out" / "ipweek-1"))
    assert "previous pack ipweek-1 is kept" in invoke("pack", "install", str(tmp_path / "out" / "ipweek-2.kpack"))
    listed = json.loads(invoke("pack", "list", "--json"))
    assert [(i["pack"], i["active"]) for i in listed] == [("ipweek-1", False), ("ipweek-2", True)]
    assert listed[0]["expires"] == "2100-01-01T00:00:00Z" and listed[0]["title"] == {"zh": "宣传周"}
    assert "ipweek-1 is active again" in invoke("pack", "rollback")
    assert "* ipweek-1" in invoke("pack", "list")


def test_verify_with_a_given_public_key(tmp_path: Path) -> None:
    invoke("keygen", "--out", str(tmp_path / "keys"))
    make_image(tmp_path / "images" / "goji.jpg", (300, 200))
    make_image(tmp_path / "images" / "mask.png", (300, 200))
    source = write_json(tmp_path / "exhibits.json", EXHIBITS)
    key = tmp_path / "keys" / "kiosk-signing.key"
    build = ["pack", "build", str(source), "--out", str(tmp_path), "--id", "x", "--version", "1", "--key", str(key)]
    invoke(*build, "--images", str(tmp_path / "images"))
    trusted = tmp_path / "keys" / "kiosk-signing.pub"
    assert "OK: x version 1" in invoke("pack", "verify", str(tmp_path / "x-1"), "--trust", str(trusted))


def test_a_refused_pack_is_one_line_and_status_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = kiosk("pack", "install", str(tmp_path / "empty"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'empty'}: manifest.json is missing (nothing was installed; the active pack is unchanged)"
    ]
    result = kiosk("keygen", "--out", str(tmp_path / "k"))
    assert result.returncode == 0
    again = kiosk("keygen", "--out", str(tmp_path / "k"))
    assert again.returncode == 1 and "already exists" in again.stderr and len(again.stderr.splitlines()) == 1


def test_expiry_must_be_a_date_or_a_zoned_time(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["pack", "build", str(tmp_path), "--out", str(tmp_path), "--id", "x", "--version", "1",
              "--key", str(tmp_path), "--expires", "next week"],
    )  # fmt: skip
    assert result.exit_code == 2 and "is not a date such as 2027-04-30" in result.output
