"""Pillow's own test images, broken ones included, through the whole import pipeline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from kiosk.core.base.errors import Problem
from kiosk.core.base.settings import Settings
from kiosk.core.media.batch import prepare_images
from kiosk.core.media.prepare import MediaOptions

# Files that must import (orientation, 16-bit, ICC, palettes) and files that must be refused.
MUST_IMPORT = (
    "hopper.png", "hopper.webp", "12in16bit.tif", "16bit.MM.deflate.tif", "hopper_bad_exif.jpg",
    "icc_profile_big.jpg", "exif_imagemagick_orientation.png", "no_palette_with_transparency.gif",
)  # fmt: skip
MUST_REFUSE = ("broken.png", "decompression_bomb.gif", "bmp_b_badwidth.bmp", "broken_data_stream.png")


@pytest.fixture
def imported(corpora: Path, tmp_path: Path) -> tuple[Path, list[Path], dict[Path, dict], list[Problem]]:
    folder = corpora / "pillow-test-images"
    sources = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("LICENSE"))
    content = tmp_path / "content"
    records, problems = prepare_images(sources, content, MediaOptions.from_settings(Settings()), workers=2)
    return content, sources, records, problems


def test_every_file_is_imported_or_refused_by_name(imported) -> None:
    _, sources, records, problems = imported
    refused = {Path(p.file) for p in problems}
    assert set(records) | refused == set(sources)
    assert not set(records) & refused
    for problem in problems:
        assert problem.message.startswith(f"{problem.file}: ") and "\n" not in problem.message
    assert {Path(p).name for p in refused} >= set(MUST_REFUSE)
    assert {p.name for p in records} >= set(MUST_IMPORT)


def test_renditions_are_rgb_jpegs_within_the_limits(imported) -> None:
    content, _, records, _ = imported
    for source, record in records.items():
        for kind, box in (("display", (1920, 1080)), ("thumb", (480, 360))):
            with Image.open(content / record[kind]) as im:
                assert (im.format, im.mode) == ("JPEG", "RGB"), source
                assert im.size == (record[f"{kind}_width"], record[f"{kind}_height"]), source
                assert im.width <= box[0] and im.height <= box[1], source
        assert (content / record["original"]).read_bytes() == source.read_bytes()


def test_refused_files_leave_nothing_behind(imported) -> None:
    content, _, records, problems = imported
    kept = {r["sha256"] for r in records.values()}
    for problem in problems:
        sha = hashlib.sha256(Path(problem.file).read_bytes()).hexdigest()
        if sha not in kept:  # the same bytes may also sit in a good file
            assert not list((content / "media").rglob(f"{sha}*")), problem.file
    assert not list((content / "media").rglob("*.part"))


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def test_orientation_is_applied(imported) -> None:
    content, _, records, _ = imported
    by_name = {source.name: record for source, record in records.items()}

    def shown(name: str) -> Image.Image:
        with Image.open(content / by_name[name]["display"]) as im:
            return im.convert("RGB")

    upright = shown("hopper.png")
    for n in range(2, 9):
        for ext in ("jpg", "webp"):
            assert mean_difference(shown(f"hopper_orientation_{n}.{ext}"), upright) < 12, (n, ext)
    base = shown("g4_orientation_1.tif")
    for n in range(2, 9):
        assert mean_difference(shown(f"g4_orientation_{n}.tif"), base) < 2, n
