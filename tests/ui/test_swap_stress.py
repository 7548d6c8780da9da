"""A kiosk in use while its content is swapped: no hang, no Qt warning (scripts/swap_stress.py, briefly)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "swap_stress.py"


def test_swapping_content_under_a_busy_visitor() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "3", "--windowed", "--seed", "7"],
        capture_output=True, text=True, env=os.environ, timeout=300,
    )  # fmt: skip
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert last.startswith("3 swaps, ") and last.endswith(", 0 Qt warnings"), result.stdout + result.stderr
    assert result.returncode == 0
