"""The data folder's lock: held by one process at a time, and gone when its holder is killed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from kiosk.core.base.durable import exclusive_lock

HOLDER = """
import sys
from pathlib import Path
from kiosk.core.base.durable import exclusive_lock
with exclusive_lock(Path(sys.argv[1])) as ours:
    print("held" if ours else "refused", flush=True)
    sys.stdin.read()  # until the test lets go or kills it
"""


def test_one_process_holds_the_lock_and_a_killed_one_leaves_none(tmp_path: Path) -> None:
    lock = tmp_path / "packs" / ".lock"
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as holder:  # fmt: skip
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            with exclusive_lock(lock) as ours:
                assert not ours  # another process has it: refused at once, never waited for
        finally:
            holder.send_signal(signal.SIGKILL)
    with exclusive_lock(lock) as ours:
        assert ours  # the killed holder left no lock behind
        with exclusive_lock(lock) as again:
            assert not again  # a second open of the same file, even in this process, is refused while it is held
