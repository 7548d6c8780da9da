"""Small symbols, mostly used as the round emblem beside a main motif: snowflake, moon, rocket, megaphone."""

from __future__ import annotations

import math
from random import Random

from .canvas import Pen, ellipse_pts, leaf_pts, star_pts
from .palette import Obj, Palette, mix
from .registry import motif


@motif("snowflake")
def snowflake(p: Pen, pal: Palette, rng: Random) -> None:
    color = mix(Obj.sky, pal.deep, 0.35)
    for i in range(6):
        a = math.radians(i * 60 - 90)
        tip = (0.5 + 0.4 * math.cos(a), 0.5 + 0.4 * math.sin(a))
        p.line([(0.5, 0.5), tip], 0.05, color)
        for dist in (0.2, 0.3):
            base = (0.5 + dist * math.cos(a), 0.5 + dist * math.sin(a))
            for turn in (-45, 45):
                b = a + math.radians(turn)
                p.line([base, (base[0] + 0.1 * math.cos(b), base[1] + 0.1 * math.sin(b))], 0.04, color)
    p.circle(0.5, 0.5, 0.07, color)


def _crescent(cx: float, cy: float, r: float, ox: float, oy: float, r2: float) -> list[tuple[float, float]]:
    """Circle (cx, cy, r) minus circle (ox, oy, r2), for a cut that reaches across the edge once."""
    outer = ellipse_pts(cx, cy, r, r, n=180)
    outside = [not (math.hypot(x - ox, y - oy) < r2) for x, y in outer]
    start = next(i for i in range(len(outer)) if outside[i] and not outside[i - 1])
    run = [outer[(start + k) % len(outer)] for k in range(len(outer)) if outside[(start + k) % len(outer)]]
    a0 = math.atan2(run[-1][1] - oy, run[-1][0] - ox)
    a1 = math.atan2(run[0][1] - oy, run[0][0] - ox)
    if a1 > a0:
        a1 -= 2 * math.pi
    angles = [a0 + (a1 - a0) * k / 60 for k in range(61)]
    inner = [(ox + r2 * math.cos(a), oy + r2 * math.sin(a)) for a in angles]
    return run + inner


@motif("moon")
def moon(p: Pen, pal: Palette, rng: Random) -> None:
    p.poly(_crescent(0.46, 0.54, 0.34, 0.64, 0.4, 0.3), Obj.gold)
    for x, y, r in ((0.72, 0.2, 0.08), (0.86, 0.44, 0.05), (0.84, 0.7, 0.04)):
        p.poly(star_pts(x, y, r), Obj.gold)


@motif("rocket")
def rocket(p: Pen, pal: Palette, rng: Random) -> None:
    body = ellipse_pts(0.5, 0.46, 0.15, 0.38)
    for side in (-1, 1):
        p.poly([(0.5 + side * 0.12, 0.54), (0.5 + side * 0.26, 0.76), (0.5 + side * 0.12, 0.72)], pal.accent)
    p.poly(leaf_pts(0.5, 0.84, 0.5, 0.98, 0.6), Obj.gold)
    p.poly(body, pal.mid)
    p.poly([pt for pt in body if pt[1] < 0.26], mix(pal.mid, pal.deep, 0.4))
    p.circle(0.5, 0.42, 0.07, Obj.white)
    p.circle(0.5, 0.42, 0.045, mix(Obj.sky, pal.mid, 0.3))
    p.rect(0.4, 0.78, 0.6, 0.84, pal.deep, r=0.02)


@motif("megaphone")
def megaphone(p: Pen, pal: Palette, rng: Random) -> None:
    p.poly([(0.16, 0.42), (0.62, 0.2), (0.62, 0.8), (0.16, 0.58)], pal.mid)
    p.rect(0.08, 0.4, 0.2, 0.6, pal.deep, r=0.03)
    p.ellipse(0.62, 0.5, 0.06, 0.3, mix(pal.mid, pal.deep, 0.4))
    p.line([(0.3, 0.6), (0.34, 0.8)], 0.05, pal.deep)
    for r in (0.14, 0.24):
        p.arc(0.66, 0.5, r, -40, 40, 0.03, pal.accent)


@motif("lightbulb")
def lightbulb(p: Pen, pal: Palette, rng: Random) -> None:
    for i in range(7):
        a = math.radians(-180 + i * 30)
        ray = [(0.5 + r * math.cos(a), 0.4 + r * math.sin(a)) for r in (0.36, 0.46)]
        p.line(ray, 0.04, pal.accent)
    p.circle(0.5, 0.4, 0.26, Obj.gold)
    p.poly([(0.36, 0.56), (0.64, 0.56), (0.6, 0.72), (0.4, 0.72)], Obj.gold)
    p.arc(0.42, 0.34, 0.12, 190, 260, 0.04, mix(Obj.gold, Obj.white, 0.6))
    for k in range(3):
        y = 0.74 + k * 0.06
        color = Obj.steel if k % 2 else mix(Obj.steel, Obj.white, 0.3)
        p.rect(0.39 + k * 0.01, y, 0.61 - k * 0.01, y + 0.045, color, r=0.02)


@motif("check")
def check(p: Pen, pal: Palette, rng: Random) -> None:
    p.circle(0.5, 0.5, 0.4, Obj.leaf)
    p.line([(0.3, 0.5), (0.44, 0.64), (0.7, 0.36)], 0.09, Obj.white)


def _pin(p: Pen, cx: float, top: float, r: float, color: tuple[int, int, int]) -> None:
    tip = (cx, top + r * 2.9)
    p.poly([(cx - r * 0.86, top + r * 1.5), tip, (cx + r * 0.86, top + r * 1.5)], color)
    p.circle(cx, top + r, r, color)
    p.circle(cx, top + r, r * 0.62, Obj.white)
    p.poly(leaf_pts(cx - r * 0.42, top + r * 1.42, cx + r * 0.42, top + r * 0.58, 0.34), Obj.leaf)
    p.line([(cx - r * 0.3, top + r * 1.3), (cx + r * 0.2, top + r * 0.8)], r * 0.06, Obj.white)


@motif("gi_pin")
def gi_pin(p: Pen, pal: Palette, rng: Random) -> None:
    _pin(p, 0.5, 0.06, 0.3, pal.accent)


@motif("map")
def map_(p: Pen, pal: Palette, rng: Random) -> None:
    panels = [(0.06, 0.3, 0.22), (0.36, 0.22, 0.3), (0.66, 0.3, 0.22)]
    for i, (x, y, w) in enumerate(panels):
        color = mix(pal.tint2, Obj.white, 0.5) if i % 2 else mix(pal.tint2, Obj.white, 0.15)
        p.poly(
            [
                (x, y),
                (x + w + 0.08, panels[(i + 1) % 3][1] if i < 2 else 0.22),
                (x + w + 0.08, 0.9 - (y - 0.22)),
                (x, 0.9 - (0.3 - y)),
            ],
            color,
        )
    p.line([(0.12, 0.7), (0.3, 0.56), (0.5, 0.66), (0.74, 0.48), (0.9, 0.54)], 0.018, pal.mid)
    p.ellipse(0.28, 0.44, 0.08, 0.05, Obj.leaf_light)
    _pin(p, 0.56, 0.04, 0.16, pal.accent)
