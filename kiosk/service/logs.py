"""Logging and crash records for a kiosk that nobody watches.

start_logging() sends the kiosk's log to a rotating file in the data folder (logs/kiosk.log,
kept to a few megabytes) and to stderr, which systemd's journal keeps. A Python exception
that nothing handled (in the main thread, a Qt slot or another thread) is logged with its
traceback before the process goes on or ends; a hard crash (a segmentation fault in Qt, an
abort) is written by faulthandler to logs/crash.log, with every thread's stack.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

LOG_FILE = "kiosk.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 2 * 2**20
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kiosk")
_crash_file: IO[str] | None = None  # kept open: faulthandler writes to its descriptor when the process dies


def start_logging(data: Path, *, level: int = logging.INFO) -> Path:
    """Log to data/logs/kiosk.log and stderr, and record crashes; returns the logs folder."""
    folder = data / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in _handlers(folder):
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    _record_crashes(folder)
    return folder


def _handlers(folder: Path) -> list[logging.Handler]:
    rotating = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    return [rotating, logging.StreamHandler(sys.stderr)]


def _record_crashes(folder: Path) -> None:
    global _crash_file
    if _crash_file is None:
        _crash_file = (folder / CRASH_FILE).open("a", encoding="utf-8")
    faulthandler.enable(file=_crash_file, all_threads=True)
    sys.excepthook = _log_unhandled
    threading.excepthook = _log_thread_unhandled


def _log_unhandled(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("unhandled %s: %s", kind.__name__, error, exc_info=(kind, error, trace))


def _log_thread_unhandled(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread else "a thread"
    log.critical("unhandled %s in %s", args.exc_type.__name__, name,
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # fmt: skip
