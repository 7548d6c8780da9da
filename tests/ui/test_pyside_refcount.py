"""Regression test: Qt calls that return nothing must not drop references to None.

PySide6 6.12.0 on CPython 3.11 decrements the reference count of `None` once on
every call of a Qt method that returns nothing (void in C++). CPython 3.11 still
counts references to None, so after a few thousand such calls the count reaches
zero and the interpreter aborts the whole process with
"Fatal Python error: none_dealloc: deallocating None". Python 3.12 and later make
None immortal, which hides the bug; PySide6 6.9.3 to 6.11.3 are clean. This is why
pyproject.toml pins a clean release.

The first test makes 100,000 such calls in batches and stops at the first batch
after which `sys.getrefcount(None)` fell, so a bad build fails here with a clear
message instead of killing the test run. The second makes the same calls in a
child process, to show that the process survives them.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, QTimer

CALLS = 100_000
BATCH = 100  # small enough that a leaking build is caught long before None is freed
NOISE = 50  # the garbage collector and caches may briefly hold or release a few references

_CHILD = f"""
import sys
from PySide6.QtCore import QObject, QTimer
obj, timer = QObject(), QTimer()
before = sys.getrefcount(None)
for i in range({CALLS // 2}):
    obj.setObjectName("probe")
    timer.setInterval(i % 1000)
print(before - sys.getrefcount(None))
"""


def _void_calls(obj: QObject, timer: QTimer, count: int) -> None:
    for i in range(count // 2):
        obj.setObjectName("probe")  # void QObject::setObjectName(const QString &)
        timer.setInterval(i % 1000)  # void QTimer::setInterval(int)


def test_void_qt_calls_keep_none_alive() -> None:
    obj, timer = QObject(), QTimer()
    start = sys.getrefcount(None)
    for done in range(0, CALLS, BATCH):
        _void_calls(obj, timer, BATCH)
        lost = start - sys.getrefcount(None)
        assert lost <= NOISE, f"{lost} references to None lost after {done + BATCH} void Qt calls (PySide6 bug)"


def test_process_survives_void_qt_calls() -> None:
    result = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"the process died (code {result.returncode}):\n{result.stderr[-2000:]}"
    assert int(result.stdout.strip()) <= NOISE, f"references to None lost: {result.stdout.strip()}"
