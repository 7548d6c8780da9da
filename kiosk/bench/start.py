"""`kiosk bench start`: the real commands as whole processes, beside a bare Qt Quick window.

Each round runs, in turn: `kiosk run --windowed` from launch until it reports READY=1 after its
first frame (the sd_notify datagram systemd waits for, received on a socket of our own), then
stopped with SIGTERM; the bare window (bare_window.py) timed the same way; `kiosk shot home`
from launch to exit, PNG written; and the bare window writing its screenshot. Alternating keeps
a slow moment of the machine from favouring one side. Both run offscreen with the software
renderer at 1920x1080, on a data folder with the demo already built (as after a booth's first
start), with the kiosk's bytecode compiled (as an installed wheel has it). Prints medians and the
kiosk/bare ratios.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TIMEOUT = 120.0


def kiosk_command() -> list[str]:
    """The installed `kiosk` command beside this interpreter, as a user runs it."""
    script = Path(sys.executable).parent / "kiosk"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kiosk"]


def bare_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kiosk.bench.bare_window", *args]


def until_ready(command: list[str], env: dict[str, str], work: Path) -> float:
    """Seconds from launching `command` to its READY=1; then stops it with SIGTERM."""
    path = work / "notify"
    path.unlink(missing_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind(str(path))
        started = time.perf_counter()
        process = subprocess.Popen(command, env={**env, "NOTIFY_SOCKET": str(path)}, stderr=subprocess.DEVNULL)
        try:
            ready, _, _ = select.select([listener], [], [], TIMEOUT)
            took = time.perf_counter() - started
            if not ready or not listener.recv(4096).startswith(b"READY=1"):
                raise RuntimeError(f"{command[0]} did not report READY=1 within {TIMEOUT:.0f} s")
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    return took


def until_exit(command: list[str], env: dict[str, str], out: Path) -> float:
    """Seconds from launching `command` to its exit, having written `out`."""
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, timeout=TIMEOUT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    took = time.perf_counter() - started
    if not out.is_file():
        raise RuntimeError(f"{command[0]} exited without writing {out}")
    return took


def with_bytecode() -> None:
    """Compile the kiosk's modules, as pip does when it installs the wheel: a checkout run with
    PYTHONDONTWRITEBYTECODE set would otherwise compile some hundred modules at every start."""
    import compileall

    import kiosk

    compileall.compile_dir(Path(kiosk.__file__).parent, quiet=1)


def run_start_bench(data: Path, demo: Path, rounds: int = 7) -> dict:
    """Medians over `rounds` of each of the four measurements, and the two ratios. `demo` is the built demo."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-start-") as scratch:
        work = Path(scratch)
        (work / "config").mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
               "KIOSK_DATA_DIR": str(data), "KIOSK_CONFIG_DIR": str(work / "config")}  # fmt: skip
        images = str(demo / "media" / "thumb")  # what the first screen shows: thumbnails
        steps: dict[str, Callable[[], float]] = {
            "kiosk run, to first frame": lambda: until_ready([*kiosk_command(), "run", "--windowed"], env, work),
            "bare window, to first frame": lambda: until_ready(bare_command("run", images), env, work),
            "kiosk shot home": lambda: until_exit(
                [*kiosk_command(), "shot", "home", str(work / "k.png")], env, work / "k.png"
            ),
            "bare window, screenshot": lambda: until_exit(
                bare_command("shot", images, str(work / "b.png")), env, work / "b.png"
            ),
        }
        samples: dict[str, list[float]] = {name: [] for name in steps}
        with_bytecode()
        for step in steps.values():
            step()  # one unmeasured round: the page cache warm, as on a booth after its first start
        for _ in range(rounds):
            for name, step in steps.items():
                samples[name].append(step())
    medians = {name: round(statistics.median(values) * 1000) for name, values in samples.items()}
    return {
        "rounds": rounds,
        "median_ms": medians,
        "ratio_run": round(medians["kiosk run, to first frame"] / medians["bare window, to first frame"], 2),
        "ratio_shot": round(medians["kiosk shot home"] / medians["bare window, screenshot"], 2),
        "target_ratio_shot": 1.6,
    }
