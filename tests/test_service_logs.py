"""A kiosk nobody watches keeps a log and a record of every crash in its data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = """
import sys, threading
from pathlib import Path
from kiosk.service.logs import start_logging
start_logging(Path(sys.argv[1]))
what = sys.argv[2]
if what == "exception":
    raise ValueError("the exhibit database went away")
if what == "thread":
    worker = threading.Thread(target=lambda: 1 / 0, name="kiosk-sync")
    worker.start()
    worker.join()
if what == "segfault":
    import ctypes
    ctypes.string_at(0)
"""


def crash(data: Path, what: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM, str(data), what], capture_output=True, text=True, timeout=60)


def test_an_unhandled_exception_is_logged_with_its_traceback(tmp_path: Path) -> None:
    done = crash(tmp_path, "exception")
    assert done.returncode == 1
    logged = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "CRITICAL kiosk: unhandled ValueError: the exhibit database went away" in logged
    assert "Traceback (most recent call last)" in logged
    assert "the exhibit database went away" in done.stderr  # and in the journal, through stderr


def test_an_exception_in_another_thread_is_logged(tmp_path: Path) -> None:
    assert crash(tmp_path, "thread").returncode == 0
    logged = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "unhandled ZeroDivisionError in kiosk-sync" in logged


@pytest.mark.skipif(sys.platform != "linux", reason="the crash is a Linux segmentation fault")
def test_a_hard_crash_leaves_every_threads_stack_in_crash_log(tmp_path: Path) -> None:
    done = crash(tmp_path, "segfault")
    assert done.returncode != 0
    record = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in record
    assert "string_at" in record or "File " in record
