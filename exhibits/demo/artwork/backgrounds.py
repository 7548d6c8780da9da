"""Quiet background decoration: large soft shapes and one small pattern, in the palette's tints."""

from __future__ import annotations

import math
from collections.abc import Callable
from random import Random

from .canvas import HEIGHT, WIDTH, Canvas, Pen, stadium_pts, star_pts
from .palette import Palette, mix

Decoration = Callable[[Pen, Palette, Random], None]


def orbs(p: Pen, pal: Palette, rng: Random) -> None:
    """Two large circles cut by the page edges."""
    p.circle(rng.uniform(-40, 120), rng.uniform(-60, 40), rng.uniform(260, 340), pal.tint)
    p.circle(WIDTH - rng.uniform(-60, 80), HEIGHT - rng.uniform(40, 140), rng.uniform(220, 300), pal.tint)


def rings(p: Pen, pal: Palette, rng: Random) -> None:
    """Concentric rings from the top-right corner."""
    cx, cy = WIDTH + 40, -60
    for k in range(5):
        p.circle(cx, cy, 200 + k * 90, None, outline=pal.tint, w=26)


def waves(p: Pen, pal: Palette, rng: Random) -> None:
    """Two gentle bands along the bottom, under where a caption goes."""
    phase = rng.uniform(0, math.tau)
    for base, amp, color in ((900, 26, pal.tint), (970, 20, mix(pal.tint, pal.tint2, 0.6))):
        top = [(x, base + amp * math.sin(x / 260 + phase + base)) for x in range(0, WIDTH + 41, 40)]
        p.poly([*top, (WIDTH, HEIGHT), (0, HEIGHT)], color)


def band(p: Pen, pal: Palette, rng: Random) -> None:
    """A wide diagonal band across the lower right."""
    x = rng.uniform(1100, 1400)
    p.poly([(x, HEIGHT), (x + 420, HEIGHT), (WIDTH + 200, 500), (WIDTH + 200, 80)], pal.tint)


def dots(p: Pen, pal: Palette, rng: Random) -> None:
    """A small grid of dots in the top-left or bottom-left margin."""
    x0, y0 = (70, 70) if rng.random() < 0.5 else (70, HEIGHT - 250)
    for row in range(5):
        for col in range(4):
            p.circle(x0 + col * 38, y0 + row * 38, 6, pal.tint2)


def sparkles(p: Pen, pal: Palette, rng: Random) -> None:
    """A few four-pointed stars in the margins."""
    for x, y in ((110, 170), (1810, 140), (170, 930), (1760, 900)):
        x, y = x + rng.uniform(-40, 40), y + rng.uniform(-40, 40)
        p.poly(star_pts(x, y, rng.uniform(18, 30), 4, 0.35), pal.tint2)


def confetti(p: Pen, pal: Palette, rng: Random) -> None:
    """Festive bits along the top and side edges (events)."""
    colors = (mix(pal.mid, pal.bg, 0.55), mix(pal.accent, pal.bg, 0.55), pal.tint2)
    for _ in range(22):
        side = rng.random()
        if side < 0.5:
            x, y = rng.uniform(40, WIDTH - 40), rng.uniform(24, 80)
        else:
            x, y = rng.choice((rng.uniform(24, 180), rng.uniform(WIDTH - 180, WIDTH - 24))), rng.uniform(80, 760)
        color = rng.choice(colors)
        if rng.random() < 0.5:
            p.circle(x, y, rng.uniform(6, 11), color)
        else:
            p.poly(stadium_pts(x, y, rng.uniform(26, 40), 6, rng.uniform(0, 180)), color)


LARGE: tuple[Decoration, ...] = (orbs, rings, waves, band)
SMALL: tuple[Decoration, ...] = (dots, sparkles)


def decorate(canvas: Canvas, pal: Palette, rng: Random, kind: str) -> None:
    """One large shape and one small pattern (events get confetti)."""
    p = canvas.page()
    rng.choice(LARGE)(p, pal, rng)
    (confetti if kind == "event" else rng.choice(SMALL))(p, pal, rng)
