"""`kiosk bench pack`: verification and installation speed beside sha256sum and cp + sync.

A synthetic pack of about size_mb MB (a real exhibits.db and real noise JPEGs, each a
distinct file) is built in a temporary folder on the data folder's file system; then,
in the same run and over the same files, each step is timed beside the plain tool:
    sha256sum over every file            vs  verify_pack
    cp -r to the same file system, sync  vs  install_pack (copy)
    (none)                                   install_pack of a folder that may be moved
    (none)                                   install_pack decoding display renditions too
Each pair runs `rounds` times, alternately; the median of each is reported.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from kiosk.bench.core import machine
from kiosk.bench.synthetic import catalogue
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import ImageRef
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs import keys
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.install import install_pack
from kiosk.core.packs.verify import verify_pack

_DISTINCT = 6  # noise pictures; every file is one of them with its own comment bytes


def run_pack_bench(paths: Paths, *, size_mb: int = 1024, rounds: int = 5) -> dict:
    """Figures for a pack of about size_mb MB, as a dict ready for JSON."""
    paths.data.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-pack-", dir=paths.data) as temp:
        root = Path(temp)
        private, public, _ = keys.generate(root / "keys")
        settings = Settings({"packs.trusted_keys": [public.read_text().strip()]})
        start = time.perf_counter()
        pack = build_pack(make_content(root / "content", size_mb), root, pack_id="bench", version=1, key_path=private)
        shutil.rmtree(root / "content")
        built = time.perf_counter() - start
        files = sorted(str(p) for p in pack.rglob("*") if p.is_file())
        megabytes = sum(Path(f).stat().st_size for f in files) / 1e6
        timing = _Timing(root, megabytes, rounds)
        figures = {
            "verify": timing.pair("sha256sum", lambda: _run(["sha256sum", *files]), "verify_pack",
                                  lambda: verify_pack(pack, settings)),
            "install": timing.pair("cp_sync", lambda: _cp_sync(pack, timing.fresh()), "install_pack",
                                   lambda: install_pack(pack, Paths(timing.fresh(), root), settings)),
            "install_move": timing.moved(pack, settings),
            "install_full_decode": timing.alone(
                lambda: install_pack(pack, Paths(timing.fresh(), root), settings, full_decode=True)
            ),
        }  # fmt: skip
    return {"machine": machine(), "pack": {"files": len(files), "mb": round(megabytes, 1)},
            "build_seconds": round(built, 1), **figures}  # fmt: skip


class _Timing:
    """Runs steps in fresh folders on the same file system, flushed and cleaned between runs."""

    def __init__(self, root: Path, megabytes: float, rounds: int):
        self.root, self.megabytes, self.rounds, self.count = root, megabytes, rounds, 0

    def fresh(self) -> Path:
        self.count += 1
        return self.root / f"run-{self.count}"

    def _settle(self) -> None:
        for folder in self.root.glob("run-*"):
            _make_writable(folder)
            shutil.rmtree(folder)
        _run(["sync"])  # nothing left to write back when the next run starts

    def once(self, step: Callable[[], object]) -> float:
        self._settle()
        start = time.perf_counter()
        step()
        return time.perf_counter() - start

    def pair(self, tool: str, run_tool: Callable[[], object], ours: str, run_ours: Callable[[], object]) -> dict:
        tool_s, ours_s = [], []
        for _ in range(self.rounds):
            tool_s.append(self.once(run_tool))
            ours_s.append(self.once(run_ours))
        tool_rate, our_rate = self.megabytes / statistics.median(tool_s), self.megabytes / statistics.median(ours_s)
        return {f"{tool}_mb_s": round(tool_rate, 1), f"{ours}_mb_s": round(our_rate, 1),
                "ratio": round(our_rate / tool_rate, 2), f"{tool}_seconds": _rounded(tool_s),
                f"{ours}_seconds": _rounded(ours_s)}  # fmt: skip

    def alone(self, run: Callable[[], object]) -> dict:
        seconds = [self.once(run) for _ in range(self.rounds)]
        return {"install_pack_mb_s": round(self.megabytes / statistics.median(seconds), 1),
                "install_pack_seconds": _rounded(seconds)}  # fmt: skip

    def staged_copy(self, pack: Path) -> Paths:
        """A fresh data folder holding a copy of pack that install may consume, flushed (not timed)."""
        self._settle()
        data = self.fresh()
        (data / "packs").mkdir(parents=True)
        shutil.copytree(pack, data / "packs" / ".download")
        _run(["sync"])
        return Paths(data, self.root)

    def moved(self, pack: Path, settings: Settings) -> dict:
        seconds, moved = [], True
        for _ in range(self.rounds):
            paths = self.staged_copy(pack)
            start = time.perf_counter()
            moved &= install_pack(paths.packs / ".download", paths, settings, consume=True).moved
            seconds.append(time.perf_counter() - start)
        rate = self.megabytes / statistics.median(seconds)
        return {"install_pack_mb_s": round(rate, 1), "moved": moved, "install_pack_seconds": _rounded(seconds)}


def _rounded(values: list[float]) -> list[float]:
    return [round(v, 2) for v in values]


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _cp_sync(pack: Path, dest: Path) -> None:
    dest.mkdir(parents=True)
    _run(["cp", "-r", str(pack), str(dest / pack.name)])
    _run(["sync"])


def _make_writable(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o644)


def make_content(folder: Path, size_mb: int) -> Path:
    """A content folder whose display images add up to about size_mb MB (at least one), with 200 exhibits or more."""
    pictures = [_noise_jpegs(i) for i in range(_DISTINCT)]
    records, total, i = [], 0, 0
    while total < size_mb * 1e6:
        display, thumb = (_with_comment(picture, i) for picture in pictures[i % _DISTINCT])
        records.append(_write_image(folder, display, thumb))
        total += len(display) + len(thumb)
        i += 1
    with ExhibitStore.open(folder) as store:
        store.save([], media=records)
        refs = [ImageRef(r["sha256"], f"{n}.jpg", 2000, 1500, display=r["display"], thumb=r["thumb"])
                for n, r in enumerate(records)]  # fmt: skip
        store.save(catalogue(max(200, len(records)), images=refs))
    return folder


def _noise_jpegs(seed: int) -> tuple[bytes, bytes]:
    """A display picture of about 1.5 to 3 MB (noisier for each seed) and its thumbnail, as the kiosk makes them."""
    image = Image.effect_noise((2000, 1500), 40 + 10 * seed).convert("RGB")
    thumb = image.copy()
    thumb.thumbnail((480, 360))
    return _jpeg(image), _jpeg(thumb)


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _with_comment(jpeg: bytes, number: int) -> bytes:
    """The same picture with a COM segment after SOI: a different file that decodes the same."""
    text = f"kiosk bench {number}".encode()
    return jpeg[:2] + b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text + jpeg[2:]


def _write_image(folder: Path, display: bytes, thumb: bytes) -> dict:
    sha = hashlib.sha256(display).hexdigest()
    rels = {"display": f"media/display/{sha}.jpg", "thumb": f"media/thumb/{sha}.jpg"}
    for kind, data in (("display", display), ("thumb", thumb)):
        (folder / rels[kind]).parent.mkdir(parents=True, exist_ok=True)
        (folder / rels[kind]).write_bytes(data)
    return {"sha256": sha, "width": 2000, "height": 1500, "format": "JPEG", "size_bytes": len(display),
            "original": "", "display": rels["display"], "display_width": 2000, "display_height": 1500,
            "thumb": rels["thumb"], "thumb_width": 480, "thumb_height": 360}  # fmt: skip
