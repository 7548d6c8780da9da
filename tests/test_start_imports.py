"""The start path imports nothing the first screen does not need: no spreadsheets, importer or pinyin dictionaries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.interchange.demo import build_demo

# Modules the first screen does not need: imports and exports (with openpyxl), pinyin for searching,
# QR codes, and the pack sync (HTTP, tar, signatures), which starts in the background later.
NOT_AT_START = (
    "openpyxl",
    "kiosk.core.interchange.importer",
    "kiosk.core.interchange.tabular",
    "pypinyin.phrases_dict",
    "segno",
    "kiosk.core.sync.client",
    "cryptography",
    "http.client",
    "sqlite_utils",  # reading the exhibits needs sqlite3 alone; sqlite-utils (0.15 s with its plugins) writes
)


def imported(stderr: str) -> set[str]:
    """Module names from `python -X importtime` output."""
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_kiosk_shot_home_starts_without_the_importer(tmp_path: Path) -> None:
    build_demo(Paths.default(), Settings())  # as after the first start
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kiosk", "shot", "home", str(tmp_path / "home.png")],
        capture_output=True, text=True, env=os.environ, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    modules = imported(done.stderr)
    assert "kiosk.ui.app" in modules and "PySide6.QtQuick" in modules  # the check sees the start's imports
    assert [name for name in NOT_AT_START if name in modules] == []


def test_kiosk_run_imports_without_the_importer() -> None:
    """What `kiosk run` loads before its window: the command, the content check and the interface."""
    code = "import kiosk.cli.main, kiosk.core.interchange.demo, kiosk.ui.app, kiosk.core.packs.state"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)  # fmt: skip
    assert [name for name in NOT_AT_START if name in imported(done.stderr)] == []
