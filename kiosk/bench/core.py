"""`kiosk bench core`: catalogue load, index build, search latency and photo throughput.

Everything happens in a temporary folder; the figures are returned as a dict
that the command prints as JSON.
"""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.bench import synthetic
from kiosk.core.exhibits.search import search
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.exhibits.textindex import pinyin_tokens


def machine() -> dict:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}


def _percentiles(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "runs": len(ordered)}


def _time_queries(store: ExhibitStore, make_query: Callable[[random.Random], str], runs: int) -> dict:
    rng = random.Random(7)
    search(store, make_query(rng))  # warm the page cache once
    samples, examples = [], []
    for _ in range(runs):
        query = make_query(rng)
        start = time.perf_counter()
        found = search(store, query, limit=50)
        samples.append((time.perf_counter() - start) * 1000)
        if len(examples) < 3:
            examples.append({"query": query, "results": len(found)})
    return {**_percentiles(samples), "examples": examples}


def _chinese_word(rng: random.Random) -> str:
    return rng.choice(synthetic.WORDS)[0]


def _initials(rng: random.Random) -> str:
    return pinyin_tokens(rng.choice(synthetic.WORDS)[0])[1][0]


def _english_prefix(rng: random.Random) -> str:
    word = rng.choice(synthetic.WORDS)[1].split()[0]
    return word[: rng.randint(3, max(3, len(word)))]


def _number_query(count: int) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        i = rng.randrange(0, count, len(synthetic.KINDS_ORDER))  # a patent: every sixth exhibit
        number = synthetic.make_exhibit(i).number
        return rng.choice([number, number.replace(" ", ""), number.replace(" ", "").replace(".", "")[2:]])

    return make


def bench_search(folder: Path, count: int, runs: int) -> dict:
    figures: dict = {"exhibits": count, **synthetic.build(folder, count)}
    figures["database_mb"] = round((folder / "exhibits.db").stat().st_size / 2**20, 1)
    with ExhibitStore.open(folder, readonly=True) as store:
        figures["search"] = {
            "chinese_word": _time_queries(store, _chinese_word, runs),
            "pinyin_initials": _time_queries(store, _initials, runs),
            "english_prefix": _time_queries(store, _english_prefix, runs),
            "registration_number": _time_queries(store, _number_query(count), runs),
        }
    return figures


def run_core_bench(count: int = 100_000, queries: int = 200, photos: int = 60) -> dict:
    result: dict = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        result["catalogue"] = bench_search(Path(tmp) / "content", count, queries)
    if photos:
        from kiosk.bench.media import measure_photos

        result["photos"] = measure_photos(count=photos)
    return result
