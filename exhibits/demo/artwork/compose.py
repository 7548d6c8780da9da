"""Put one poster together: background, motif with its backdrop and emblem, and the text block."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from random import Random
from typing import Any

from PIL import Image

from . import motifs_agri, motifs_care, motifs_event, motifs_ip, motifs_medicine, motifs_symbols, motifs_tcm  # noqa: F401
from .backgrounds import decorate
from .canvas import HEIGHT, Canvas, Pen
from .choose import Scene, scene_for
from .facts import badge_label, event_date, fact_for
from .motifs_event import calendar_for
from .palette import Obj, Palette, palette_for
from .registry import MOTIFS, Motif
from .textblock import Box, TextSpec, draw_text

NO_FLIP = {
    "steps",
    "certificate",
    "registration",
    "registered",
    "calendar",
    "coins",
    "qr_phone",
    "lecture",
    "gallery",
    "chat",
    "megaphone",
    "map",
    "globe",
    "clock",
    "school",
}


@dataclass(frozen=True)
class Layout:
    name: str
    text: Box
    motif: tuple[float, float, float]  # x, y, size of the motif's square
    align: str = "left"
    card: tuple[float, float, float, float] | None = None  # a white panel behind the text
    emblem_left: bool = False  # emblem on the motif's left side (away from the text)


LAYOUTS: tuple[Layout, ...] = (
    Layout("text-left", Box(240, 100, 740, 700), (1040, 130, 640)),
    Layout("text-right", Box(960, 100, 720, 700), (240, 130, 640), emblem_left=True),
    Layout("card-left", Box(270, 120, 680, 670), (1050, 140, 630), card=(200, 80, 1010, 820)),
    Layout("card-right", Box(1000, 120, 680, 670), (240, 140, 630), card=(930, 80, 1740, 820), emblem_left=True),
)


def seed_for(exhibit_id: str) -> int:
    return int.from_bytes(hashlib.sha256(exhibit_id.encode("utf-8")).digest()[:8], "big")


def _backdrop(canvas: Canvas, layout: Layout, pal: Palette, rng: Random) -> None:
    x, y, s = layout.motif
    cx, cy = x + s / 2, y + s / 2
    p = canvas.page()
    style = rng.choice(("disk", "arch", "blob", "ring"))
    if style == "disk":
        p.circle(cx, cy, s * 0.56, pal.tint)
    elif style == "arch":
        p.rect(cx - s * 0.55, cy - s * 0.5, cx + s * 0.55, HEIGHT + s, pal.tint, r=s * 0.55)
    elif style == "blob":
        for dx, dy, r in ((-0.14, -0.08, 0.4), (0.16, 0.02, 0.38), (-0.02, 0.16, 0.38)):
            p.circle(cx + dx * s, cy + dy * s, r * s, pal.tint)
    else:
        p.circle(cx, cy, s * 0.6, None, outline=pal.tint2, w=10)
        p.circle(cx, cy, s * 0.5, pal.tint)


def _emblem(pen: Pen, name: str, pal: Palette, rng: Random, left: bool) -> None:
    """A white roundel with a small motif, at the motif's outer top corner."""
    cx, cy, r = (0.14 if left else 0.86), 0.1, 0.14
    pen.circle(cx + 0.012, cy + 0.018, r, pal.tint2)
    pen.circle(cx, cy, r, Obj.white, outline=pal.mid, w=0.012)
    inner = r * 1.3
    MOTIFS[name](pen.sub(cx - inner / 2, cy - inner / 2, inner), pal, rng)


def _main_motif(scene: Scene, exhibit: dict[str, Any]) -> Motif:
    """The drawing function of the main motif; an event's calendar shows the event's date."""
    date = event_date(exhibit)
    if scene.main == "calendar" and date:
        return calendar_for(*date)
    return MOTIFS[scene.main]


def _motif(canvas: Canvas, layout: Layout, scene: Scene, exhibit: dict[str, Any], pal: Palette, rng: Random) -> None:
    x, y, s = layout.motif
    flip = scene.main not in NO_FLIP and rng.random() < 0.5
    pen = canvas.pen(x, y, s, flip=flip)
    main = pen.sub(0.0, 0.16, 0.84) if scene.emblem else pen
    if scene.emblem and layout.emblem_left != flip:
        main = pen.sub(0.16, 0.16, 0.84)
    _main_motif(scene, exhibit)(main, pal, rng)
    if scene.emblem:
        _emblem(canvas.pen(x, y, s), scene.emblem, pal, rng, layout.emblem_left)


def choose_layout(kind: str, index: int) -> Layout:
    """Alternate layouts within a kind so neighbours in the grid differ; kinds start at different ones."""
    offset = {"patent": 0, "trademark": 1, "gi": 2, "story": 3, "guide": 1, "event": 2}.get(kind, 0)
    return LAYOUTS[(index + offset) % len(LAYOUTS)]


def render(exhibit: dict[str, Any], index: int) -> Image.Image:
    """The poster for one exhibit; `index` is its position among exhibits of its kind."""
    kind = exhibit.get("kind", "story")
    pal = palette_for(kind)
    rng = Random(seed_for(exhibit["id"]))
    layout = choose_layout(kind, index)
    canvas = Canvas(pal.bg)
    decorate(canvas, pal, rng, kind)
    if layout.card:
        x0, y0, x1, y1 = layout.card
        canvas.page().rect(x0 + 12, y0 + 16, x1 + 12, y1 + 16, pal.tint2, r=36)
        canvas.page().rect(x0, y0, x1, y1, Obj.white, r=36)
    _backdrop(canvas, layout, pal, rng)
    _motif(canvas, layout, scene_for(exhibit), exhibit, pal, rng)
    zh, en = exhibit.get("title_zh", "").strip(), exhibit.get("title_en", "").strip()
    spec = TextSpec(badge_label(kind), zh or en, en if zh else "", fact_for(exhibit))
    draw_text(canvas, layout.text, spec, pal, layout.align)
    return canvas.finish()
