"""Fixtures for the Qt interface: a small real content folder with a real JPEG thumbnail."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.core.exhibits.model import Exhibit, ImageRef
from kiosk.core.exhibits.store import ExhibitStore

THUMB_SIZE = (480, 360)
THUMB_PATH = "media/thumb/goji.jpg"


def exhibit(exhibit_id: str, kind: str, zh: str, en: str, **fields: object) -> Exhibit:
    return Exhibit(id=exhibit_id, kind=kind, text={"title": {"zh": zh, "en": en}}, **fields)  # type: ignore[arg-type]


def write_thumb(folder: Path) -> tuple[Path, str]:
    """A colourful 480x360 JPEG in media/thumb/; returns its path and SHA-256."""
    path = folder / THUMB_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", THUMB_SIZE, (250, 240, 225))
    draw = ImageDraw.Draw(image)
    for i in range(12):
        draw.ellipse((30 + i * 34, 120 + (i % 3) * 40, 90 + i * 34, 180 + (i % 3) * 40), fill=(200 + i * 4, 30, 40))
    draw.rectangle((0, 300, 480, 360), fill=(40, 120, 60))
    image.save(path, "JPEG", quality=90)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def make_content(folder: Path) -> Path:
    """A content folder with four exhibits, one of them with a thumbnail."""
    with ExhibitStore.open(folder) as store:
        thumb, sha = write_thumb(folder)
        store.save_media(
            {"sha256": sha, "width": 480, "height": 360, "format": "JPEG", "size_bytes": thumb.stat().st_size,
             "original": "", "display": "", "display_width": 0, "display_height": 0,
             "thumb": THUMB_PATH, "thumb_width": 480, "thumb_height": 360}
        )  # fmt: skip
        thumb_ref = ImageRef(sha, "goji.jpg", 480, 360, thumb=THUMB_PATH)
        patent_number = "ZL 2020 1 0000001.2"
        store.save(
            [
                exhibit(
                    "gi-goji", "gi", "中宁枸杞", "Zhongning goji", number="AGI00001", featured=True, images=[thumb_ref]
                ),
                exhibit("patent-ip", "patent", "知识产权保护装置", "IP protection device", number=patent_number),
                exhibit("story-only-zh", "story", "健康中国故事", "", sort_order=1),
                exhibit("guide-only-en", "guide", "", "How to apply for a trademark", sort_order=2),
            ]
        )
    return folder


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return make_content(tmp_path / "content")


@pytest.fixture(scope="session")
def demo_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as the kiosk ships it, built once for the screens that only read it."""
    from kiosk.core.base.paths import Paths
    from kiosk.core.base.settings import Settings
    from kiosk.core.interchange.demo import build_demo

    root = tmp_path_factory.mktemp("demo")
    folder, _ = build_demo(Paths(root / "data", root / "config"), Settings(), out=root / "content")
    return folder
