"""How fast photos are imported: `kiosk bench core` reports these figures.

The photos are synthetic but decode like real ones: smooth gradients, soft blotches,
hard-edged shapes and fine grain, about 4-5 MB each at JPEG quality 90. Flat colour
would decode several times faster than any camera picture and flatter the result.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import Settings
from kiosk.core.media.batch import prepare_images, process_pool
from kiosk.core.media.prepare import MediaOptions
from kiosk.core.media.render import fit

PHOTO_SIZE = (4000, 3000)
_MARGIN = (400, 300)  # how far each photo's crop of the shared scene can shift


def measure_photos(count: int = 40, workers: int = 0) -> dict:
    """Photos per second through prepare_images, and a half-scale draft decode alone for comparison."""
    workers = workers or os.cpu_count() or 1
    options = MediaOptions.from_settings(Settings())
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temp:
        photos = make_photos(Path(temp) / "photos", count)
        os.sync()  # or the first fsync of the import pays for writing out the new photos
        start = time.perf_counter()
        records, problems = prepare_images(photos, Path(temp) / "content", options, workers=workers)
        seconds = time.perf_counter() - start
        if problems:
            raise KioskError(f"benchmark photos were refused: {problems[0]}")
        decode_rate = _decode_only(photos, workers, options.display_max)
    return {
        "photos": len(records),
        "seconds": round(seconds, 3),
        "photos_per_second": round(len(records) / seconds, 1),
        "workers": workers,
        "decode_only_per_second": round(decode_rate, 1),
    }


def make_photos(folder: Path, count: int) -> list[Path]:
    """`count` different 4000x3000 photographic JPEGs: crops of one scene, each with its own shapes."""
    folder.mkdir(parents=True, exist_ok=True)
    scene = _scene(random.Random(0))
    paths = []
    for i in range(count):
        rnd = random.Random(i + 1)
        left, top = rnd.randrange(_MARGIN[0]), rnd.randrange(_MARGIN[1])
        photo = scene.crop((left, top, left + PHOTO_SIZE[0], top + PHOTO_SIZE[1]))
        _shapes(photo, rnd, 12)
        path = folder / f"photo-{i:03d}.jpg"
        photo.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def _scene(rnd: random.Random) -> Image.Image:
    width, height = PHOTO_SIZE[0] + _MARGIN[0], PHOTO_SIZE[1] + _MARGIN[1]
    channels = []
    for _ in range(3):
        gradient = Image.linear_gradient("L").rotate(rnd.uniform(0, 360)).resize((width, height))
        blotches = Image.effect_noise((width // 16, height // 16), 40).resize((width, height), Image.Resampling.BICUBIC)
        channels.append(Image.blend(gradient, blotches, 0.5))
    scene = Image.merge("RGB", channels)
    _shapes(scene, rnd, 60)
    grain = Image.effect_noise((width, height), 12)
    return ImageChops.add(scene, Image.merge("RGB", (grain, grain, grain)), 1.0, -128)


def _shapes(im: Image.Image, rnd: random.Random, count: int) -> None:
    draw = ImageDraw.Draw(im)
    for _ in range(count):
        x, y, r = rnd.randrange(im.width), rnd.randrange(im.height), rnd.randrange(20, 600)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        if rnd.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            end = (rnd.randrange(im.width), rnd.randrange(im.height))
            draw.line((x, y, *end), fill=colour, width=rnd.randrange(1, 30))


def _decode_only(photos: list[Path], workers: int, box: tuple[int, int]) -> float:
    """Photos per second for the draft decode alone, pool start-up included as for prepare_images."""
    start = time.perf_counter()
    if workers <= 1:
        for path in photos:
            draft_decode(path, box)
    else:
        with process_pool(workers) as pool:
            list(pool.map(draft_decode, photos, [box] * len(photos)))
    return len(photos) / (time.perf_counter() - start)


def draft_decode(path: Path, box: tuple[int, int]) -> tuple[int, int]:
    with Image.open(path) as im:
        im.draft("RGB", fit(im.size, box))  # the scale prepare_images decodes at
        im.load()
        return im.size
