"""Preparing many images at once: a process pool over media.prepare_image.

Each distinct file is prepared once; progress is reported in the calling
process; a worker killed by a crashing decoder costs only its own file; the
whole batch is flushed to disk once at the end.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kiosk.core.base.errors import MediaError, Problem
from kiosk.core.media.prepare import MediaOptions, prepare_image

Outcome = tuple[Path, dict | None, str | None]  # source, record, or why it was refused
_BATCH_DURABLE = not hasattr(os, "sync")  # where there is no os.sync, each file is flushed on its own


def prepare_one(source: Path, content_folder: Path, options: MediaOptions, durable: bool = True) -> Outcome:
    """prepare_image as a result instead of an exception: what worker processes run."""
    try:
        return source, prepare_image(source, content_folder, options, durable=durable), None
    except MediaError as exc:
        return source, None, str(exc)


def prepare_images(
    sources: Sequence[Path],
    content_folder: Path,
    options: MediaOptions,
    *,
    workers: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
) -> tuple[dict[Path, dict], list[Problem]]:
    """Prepare each distinct source once, in `workers` processes (0: one per processor).

    Every file is on disk when this returns: flushed once for the whole batch, which
    measured 10% faster than flushing each file in the workers.
    """
    distinct = list(dict.fromkeys(sources))
    total = len(distinct)
    count = min(workers or os.cpu_count() or 1, total)
    if count <= 1 or total <= 2:
        outcomes = (prepare_one(path, content_folder, options, _BATCH_DURABLE) for path in distinct)
    else:
        outcomes = _pooled(distinct, content_folder, options, count)
    records: dict[Path, dict] = {}
    messages: dict[Path, str] = {}
    if on_progress:
        on_progress(0, total)
    for done, (path, record, message) in enumerate(outcomes, 1):
        if record is not None:
            records[path] = record
        else:
            messages[path] = message or f"{path}: could not be prepared"
        if on_progress:
            on_progress(done, total)
    _flush_all()
    problems = [Problem(file=str(p), row=None, column=None, message=messages[p]) for p in distinct if p in messages]
    return records, problems


def _flush_all() -> None:
    if hasattr(os, "sync"):
        os.sync()


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes; forked when that is safe.

    Measured for two workers: fork starts in 10-30 ms, spawn in 230-390 ms, a forkserver
    with this module preloaded 280 ms the first time and 25-50 ms after that.
    """
    # Forking a process that runs threads (Qt's, for one) can deadlock the child.
    if sys.platform == "linux" and threading.active_count() == 1:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    if sys.platform == "win32":
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return ProcessPoolExecutor(workers, mp_context=context)


def _pooled(paths: list[Path], content_folder: Path, options: MediaOptions, workers: int) -> Iterator[Outcome]:
    """Outcomes as they finish; files whose worker died are retried one process each."""
    pool = process_pool(workers)
    lost: list[Path] = []
    try:
        futures: dict[Future[Outcome], Path] = {
            pool.submit(prepare_one, path, content_folder, options, _BATCH_DURABLE): path for path in paths
        }
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                lost.append(futures[future])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for path in lost:
        yield _alone(path, content_folder, options)


def _alone(path: Path, content_folder: Path, options: MediaOptions) -> Outcome:
    """One file in a process of its own, so a decoder that crashes takes down only that file."""
    with process_pool(1) as pool:
        try:
            return pool.submit(prepare_one, path, content_folder, options).result()
        except BrokenProcessPool:
            return path, None, f"{path}: the image decoder crashed on this file"
