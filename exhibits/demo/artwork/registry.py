"""The table of motifs: each is a function that draws one subject into a pen's unit square."""

from __future__ import annotations

from collections.abc import Callable
from random import Random

from .canvas import Pen, Point
from .palette import Palette
from .typeset import font

Motif = Callable[[Pen, Palette, Random], None]
MOTIFS: dict[str, Motif] = {}


def motif(name: str) -> Callable[[Motif], Motif]:
    """Register a drawing function under `name`."""

    def register(fn: Motif) -> Motif:
        MOTIFS[name] = fn
        return fn

    return register


def rect_pts(x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def shadow(p: Pen, pts: list[Point], color: tuple[int, int, int], dx: float = 0.018, dy: float = 0.022) -> None:
    """A flat offset shadow under a shape."""
    p.poly([(x + dx, y + dy) for x, y in pts], color)


def ground(p: Pen, pal: Palette, cx: float = 0.5, cy: float = 0.9, rx: float = 0.36) -> None:
    """A soft oval on which a motif stands."""
    p.ellipse(cx, cy, rx, rx * 0.12, pal.tint2)


def label(p: Pen, cx: float, cy: float, text: str, size: float, color: tuple[int, int, int], bold: bool = True) -> None:
    """Centred text `size` units high (a unit is the pen's square)."""
    p.text(cx, cy, text, font(size * p.size, bold), color)
