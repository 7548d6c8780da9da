#!/usr/bin/env python3
"""Kill `kiosk pack install` (and `kiosk pack rollback`) at random points, COUNT times.

Sets up a booth's data folder with pack v1 installed, then each run starts an install of
the next version (v2 as a folder, v3 as a .kpack archive; once v3 is active, a rollback)
in a child process and kills it, mostly with SIGKILL, sometimes SIGTERM: either at a named
step (the child runs the same `kiosk pack` command with an audit hook that holds it at the
install step it names: see STEP_EVENT in kiosk/core/packs/install.py) or after a random
delay drawn from the measured install time. After each kill it checks the booth as a fresh
start would: clean_staging, then the active pack exists, verifies completely (signature
and every file's SHA-256), and its database passes PRAGMA integrity_check.

    .venv/bin/python scripts/kill_install.py 200 [--size small|large] [--seed N]

The last line is "N passed, M failed"; the exit status is 1 if any run failed.
"""

from __future__ import annotations

import argparse
import os
import random
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.bench.packs import make_content
from kiosk.core.base.paths import DB_NAME, Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs import keys
from kiosk.core.packs.archive import SUFFIX
from kiosk.core.packs.build import archive, build_pack
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.install import STEP_EVENT, clean_staging, install_pack
from kiosk.core.packs.state import STAGING, parse_folder
from kiosk.core.packs.verify import verify_pack

POINTS = ("copying", "staged", "renamed", "switched", "cleaning")
# The `kiosk` command, held forever at the install step named by its first argument.
HELD_AT_STEP = f"""
import sys, threading
from kiosk.cli.main import main

point = sys.argv.pop(1)

def hold(event, args):
    if event == {STEP_EVENT!r} and args[0] == point:
        print("kill point: " + point, file=sys.stderr, flush=True)
        threading.Event().wait()  # until killed

sys.addaudithook(hold)
main()
"""
SIZES_MB = {"small": 3, "large": 64}


@dataclass
class Booth:
    """A data folder with its settings, and the packs v1..v3 to install on it."""

    root: Path
    paths: Paths
    settings: Settings
    sources: dict[int, list[Path]]  # version: its folder, and for v3 also its archive
    installs: int = 0  # install runs so far

    def env(self) -> dict[str, str]:
        return dict(os.environ, KIOSK_DATA_DIR=str(self.paths.data), KIOSK_CONFIG_DIR=str(self.paths.config))

    def active_version(self) -> int | None:
        folder = self.paths.active_pack()
        parsed = parse_folder(folder.name) if folder else None
        return parsed[1] if parsed else None


def set_up(root: Path, size_mb: int) -> Booth:
    paths = Paths(root / "data", root / "config")
    private, public, _ = keys.generate(root / "keys")
    trusted = public.read_text(encoding="ascii").strip()
    paths.config.mkdir(parents=True)
    paths.settings_file.write_text(f'[packs]\ntrusted_keys = ["{trusted}"]\n', encoding="utf-8")
    settings = Settings.load(paths.settings_file)
    content = make_content(root / "content", size_mb)
    folders = {v: build_pack(content, root / "out", pack_id="booth", version=v, key_path=private) for v in (1, 2, 3)}
    sources = {
        1: [folders[1]],
        2: [folders[2]],
        3: [folders[3], archive(folders[3], root / "out" / f"booth-3{SUFFIX}")],
    }
    install_pack(folders[1], paths, settings)
    return Booth(root, paths, settings, sources)


def command(booth: Booth, rng: random.Random) -> list[str]:
    active = booth.active_version() or 1
    if active >= 3:
        return ["rollback"]
    target = 3 if active == 1 and rng.random() < 0.3 else active + 1
    return ["install", str(rng.choice(booth.sources[target]))]


def start(booth: Booth, args: list[str], point: str | None) -> subprocess.Popen:
    """`kiosk pack ARGS` in a child process; held at `point` when one is named."""
    program = ["-c", HELD_AT_STEP, point] if point else ["-m", "kiosk"]
    return subprocess.Popen(
        [sys.executable, *program, "pack", *args],
        env=booth.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def wait_for_point(process: subprocess.Popen, point: str, timeout: float = 60) -> bool:
    """True once the child says it stopped at point; False if it ended first."""
    fd = process.stderr.fileno()  # read unbuffered: a buffered readline could hide a line from select
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    said, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline and selector.select(timeout=deadline - time.monotonic()):
        chunk = os.read(fd, 4096)
        if not chunk:
            return False
        said += chunk
        if f"kill point: {point}\n".encode() in said:
            return True
    return False


def measure(booth: Booth) -> tuple[float, float]:
    """Seconds until a child process can start work, and until a complete install of v2 ends (rolled back after)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kiosk", "pack", "--help"], env=booth.env(), check=True,
                   capture_output=True)  # fmt: skip
    startup = time.perf_counter() - started
    started = time.perf_counter()
    process = start(booth, ["install", str(booth.sources[2][0])], None)
    if process.wait() != 0:
        raise SystemExit(f"the measuring install failed: {process.stderr.read().decode(errors='replace')}")
    seconds = time.perf_counter() - started
    subprocess.run([sys.executable, "-m", "kiosk", "pack", "rollback"], env=booth.env(), check=True,
                   capture_output=True)  # fmt: skip
    return startup, seconds


def one_run(booth: Booth, rng: random.Random, window: tuple[float, float]) -> str:
    """Start, kill, then describe how: "install booth-3.kpack, SIGKILL at 'renamed'"."""
    args = command(booth, rng)
    sig = signal.SIGKILL if rng.random() < 0.8 else signal.SIGTERM
    point = None
    if args[0] == "install":
        booth.installs += 1
        point = rng.choice(POINTS) if booth.installs % 2 else None  # every other install: held at a named step
    process = start(booth, args, point)
    if point:
        when = f"at '{point}'" if wait_for_point(process, point) else f"after it ended before '{point}'"
    else:
        delay = rng.uniform(window[0] * 0.9, window[1] * 1.05)  # mostly while it works, not while Python starts
        when = f"after {delay:.2f} s"
        try:
            process.wait(timeout=delay)
            when += " (it had finished)"
        except subprocess.TimeoutExpired:
            pass
    if process.poll() is None:
        process.send_signal(sig)
    process.wait()
    process.stderr.close()
    what = args[0] if args[0] == "rollback" else f"install {Path(args[1]).name}"
    return f"{what}, {sig.name} {when}"


def check(booth: Booth) -> str:
    """What a fresh start finds: a complete, verified pack; raises AssertionError or PackError otherwise."""
    paths = booth.paths
    clean_staging(paths)
    left = [p.name for p in paths.packs.iterdir() if p.name.startswith((STAGING, ".trash-"))]
    assert not left, f"left behind after clean_staging: {left}"
    active = paths.active_pack()
    assert active is not None and active.is_dir(), "no active pack"
    assert paths.content_folder() == active, "content_folder() is not the active pack"
    verify_pack(active, booth.settings)
    conn = sqlite3.connect(f"{(active / DB_NAME).resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], "integrity_check failed"
        assert conn.execute("SELECT count(*) FROM exhibits").fetchone()[0] > 0, "no exhibits"
    finally:
        conn.close()
    return active.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many installs to kill")
    parser.add_argument("--size", choices=sorted(SIZES_MB), default="small", help="pack size (small: 3 MB)")
    parser.add_argument("--seed", type=int, default=None, help="random seed, to repeat a run")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="kill-install-"))
    passed = failed = 0
    try:
        booth = set_up(root, SIZES_MB[options.size])
        window = measure(booth)
        print(f"seed {seed}; a child starts in {window[0]:.2f} s and installs in {window[1]:.2f} s", flush=True)
        for number in range(1, options.count + 1):
            how = one_run(booth, rng, window)
            try:
                outcome = f"ok, {check(booth)} active"
                passed += 1
            except (AssertionError, PackError, OSError, sqlite3.Error) as exc:
                outcome = f"FAILED: {exc}"
                failed += 1
            print(f"run {number}: {how}: {outcome}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
