"""`kiosk bench ui`: start-up time, frame times while flicking, decoding thread, memory.

Runs offscreen with the software renderer, as the tests do. A frame's time is
the work it costs: moving the gallery (which creates and lays out delegates),
then synchronising, rendering and presenting the scene (afterAnimating to
frameSwapped). The render loop's pacing between frames is not counted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.bench import synthetic
from kiosk.core.base.settings import Settings
from kiosk.ui.app import Session, start

FRAME_TIMEOUT_MS = 5000


def first_frame_seconds(content: Path, route: str = "attract", runs: int = 5) -> dict:
    """Seconds from starting a kiosk process to its first frame; the median of `runs`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    samples = []
    for _ in range(runs):
        t0 = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-m", "kiosk.bench.firstframe", str(content), route, repr(t0)],
            capture_output=True, text=True, env=env, timeout=120, check=True,
        )  # fmt: skip
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return {"median_ms": round(statistics.median(samples) * 1000), "max_ms": round(max(samples) * 1000)}


class FrameClock(QObject):
    """Waits for the next frame of a window, without sleeping."""

    def __init__(self, window: QQuickWindow):
        super().__init__()
        self._window = window
        self._loop = QEventLoop()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._loop.quit)
        self._began = 0.0
        self.render_ms = 0.0  # the last frame's sync, render and swap
        window.afterAnimating.connect(self._on_after_animating)
        window.frameSwapped.connect(self._on_frame_swapped)

    def wait(self) -> bool:
        """Run the event loop until a frame is drawn; False if none came in time."""
        self._swapped = False
        self._window.update()
        self._timer.start(FRAME_TIMEOUT_MS)
        self._loop.exec()
        return self._swapped

    @Slot()
    def _on_after_animating(self) -> None:
        self._began = time.perf_counter()

    @Slot()
    def _on_frame_swapped(self) -> None:
        self.render_ms = (time.perf_counter() - self._began) * 1000
        self._swapped = True
        self._loop.quit()


def find_item(root: QQuickItem, name: str) -> QQuickItem | None:
    if root.objectName() == name:
        return root
    for child in root.childItems():
        found = find_item(child, name)
        if found is not None:
            return found
    return None


def open_gallery(content: Path, size: tuple[int, int]) -> tuple[Session, QQuickItem, FrameClock]:
    # No idle reset half way through a long run: it would take the visitor back to the attract loop.
    session = start(content, lang="zh", route="gallery/all", settings=Settings({"ui.idle_seconds": 3600}))
    session.window.resize(*size)
    session.window.show()
    clock = FrameClock(session.window)
    clock.wait()
    grid = find_item(session.window.contentItem(), "galleryGrid")
    if grid is None:
        session.close()
        raise RuntimeError("the gallery has no item named galleryGrid")
    return session, grid, clock


def scroll_frames(grid: QQuickItem, clock: FrameClock, step: float, frames: int) -> list[float]:
    """Move the grid by `step` pixels a frame (back to the top at the end); each frame's milliseconds."""
    times = []
    for _ in range(frames):
        limit = grid.property("contentHeight") - grid.height()
        y = grid.property("contentY") + step
        start_time = time.perf_counter()
        grid.setProperty("contentY", 0 if y > limit else y)
        moved_ms = (time.perf_counter() - start_time) * 1000
        clock.wait()
        times.append(moved_ms + clock.render_ms)
    return times


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "frames": len(ordered)}


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def flick(content: Path, size: tuple[int, int] = (1920, 1080), frames: int = 600, through_all: bool = False) -> dict:
    """Frame times while flicking the gallery at about 3,600 px/s; optionally then through every row."""
    session, grid, clock = open_gallery(content, size)
    try:
        figures = {"rows": grid.property("count"), **percentiles(scroll_frames(grid, clock, 60, frames))}
        if through_all:
            screen = grid.height()
            steps = int(grid.property("contentHeight") // screen) + 1
            scroll_frames(grid, clock, screen, steps)
            figures["resident_mb_after_all_rows"] = resident_mb()
        provider = session.provider
        figures["images_decoded"] = provider.decoded
        figures["images_decoded_on_gui_thread"] = provider.decoded_on_gui_thread
        return figures
    finally:
        session.close()


def _child(args: list[str]) -> dict:
    """Run one measurement in a fresh process, so memory and start-up are the kiosk's alone."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.bench.ui", *args], capture_output=True, text=True, env=env, timeout=1800
    )
    if out.returncode != 0:
        raise RuntimeError(f"benchmark step {args[0]} failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(content: Path, *, through_all: bool) -> dict:
    """Every UI figure for one content folder."""
    return {
        "first_frame_attract": first_frame_seconds(content, "attract"),
        "first_frame_gallery": first_frame_seconds(content, "gallery/all"),
        "flick_1920x1080": _child(["flick", str(content), *(["--all"] if through_all else [])]),
    }


def run_ui_bench(demo: Path, count: int = 100_000) -> dict:
    """The figures for the demo content and for a synthetic catalogue of `count` exhibits."""
    result = {"demo": measure(demo, through_all=True)}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-ui-") as tmp:
        folder = Path(tmp) / "content"
        synthetic.build(folder, count, thumbnails=60, index=False)
        result[f"catalogue_{count}"] = {"exhibits": count, **measure(folder, through_all=True)}
    return result


if __name__ == "__main__":
    mode, folder, *flags = sys.argv[1:]
    if mode != "flick":
        sys.exit(f"unknown benchmark step {mode!r}")
    print(json.dumps(flick(Path(folder), through_all="--all" in flags)))
