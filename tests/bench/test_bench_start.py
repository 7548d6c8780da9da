"""`kiosk bench start` times the real commands and the bare window, and both of them really ran."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from kiosk.core.base.paths import Paths


def test_bench_start_prints_both_sides_and_their_ratios() -> None:
    done = subprocess.run([sys.executable, "-m", "kiosk", "bench", "start", "--rounds", "1"], capture_output=True,
                          text=True, env=os.environ, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    medians = figures["median_ms"]
    assert set(medians) == {"kiosk run, to first frame", "bare window, to first frame", "kiosk shot home",
                            "bare window, screenshot"}  # fmt: skip
    assert all(value > 0 for value in medians.values())
    assert figures["ratio_shot"] == round(medians["kiosk shot home"] / medians["bare window, screenshot"], 2)
    assert figures["machine"]["cores"] >= 1
    assert (Paths.default().data / "bench-start" / "demo" / "exhibits.db").is_file()


def test_the_bare_window_shows_its_images_before_its_screenshot(tmp_path: Path) -> None:
    thumbs = tmp_path / "thumbs"
    thumbs.mkdir()
    Image.new("RGB", (480, 360), (200, 30, 40)).save(thumbs / "red.jpg")
    out = tmp_path / "bare.png"
    subprocess.run([sys.executable, "-m", "kiosk.bench.bare_window", "shot", str(thumbs), str(out)], check=True,
                   env=os.environ, timeout=120)  # fmt: skip
    image = Image.open(out).convert("RGB")
    assert image.size == (1920, 1080)
    red, green, blue = image.getpixel((200, 150))  # inside the first tile
    assert red > 160 and green < 80 and blue < 80
