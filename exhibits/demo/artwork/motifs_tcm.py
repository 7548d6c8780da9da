"""Traditional Chinese medicine and home care: a herb root with leaves, a mortar and pestle, a smart pill box."""

from __future__ import annotations

import math
from random import Random

from .canvas import Pen, bezier, ellipse_pts, leaf_pts
from .palette import Obj, Palette, hexrgb, mix
from .registry import ground, motif

BRONZE = hexrgb("#B8813E")
BRONZE_DARK = hexrgb("#86562A")
BRONZE_LIGHT = hexrgb("#DDAA63")


@motif("herb")
def herb(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.93, 0.34)
    p.line([(0.5, 0.52), (0.5, 0.3)], 0.02, Obj.leaf_dark)
    for branch_angle in (-155, -90, -25):
        base = _polar((0.5, 0.3), branch_angle, 0.1)
        p.line([(0.5, 0.3), base], 0.014, Obj.leaf_dark)
        for k, spread in enumerate((-56, -28, 0, 28, 56)):
            length = (0.09, 0.14, 0.18, 0.14, 0.09)[k]
            end = _polar(base, branch_angle + spread, length)
            p.poly(leaf_pts(base[0], base[1], end[0], end[1], 0.36), Obj.leaf if k % 2 else Obj.leaf_light)
    for x, y in ((0.5, 0.26), (0.475, 0.285), (0.525, 0.285), (0.5, 0.31), (0.47, 0.245), (0.53, 0.245)):
        p.circle(x, y, 0.022, Obj.berry)
    p.poly([(0.44, 0.7), (0.56, 0.7), (0.55, 0.82), (0.6, 0.95), (0.5, 0.84)], Obj.root)
    p.line([(0.45, 0.7), (0.36, 0.8), (0.3, 0.82)], 0.03, Obj.root)
    p.line([(0.55, 0.68), (0.66, 0.76)], 0.024, Obj.root)
    p.ellipse(0.5, 0.64, 0.085, 0.12, Obj.root, angle=6)
    for y in (0.58, 0.63, 0.68, 0.74, 0.8):
        p.line([(0.45, y), (0.55, y + 0.01)], 0.007, Obj.root_dark)
    for start, end in (((0.3, 0.82), (0.22, 0.86)), ((0.66, 0.76), (0.74, 0.82)), ((0.52, 0.88), (0.44, 0.94))):
        p.line([start, end], 0.008, Obj.root_dark)
    p.rect(0.47, 0.5, 0.53, 0.54, Obj.root_dark, r=0.01)


def _polar(origin: tuple[float, float], angle: float, dist: float) -> tuple[float, float]:
    return origin[0] + dist * math.cos(math.radians(angle)), origin[1] + dist * math.sin(math.radians(angle))


@motif("mortar")
def mortar(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.92, 0.4)
    p.line([(0.5, 0.52), (0.8, 0.1)], 0.07, Obj.wood)
    p.circle(0.8, 0.1, 0.05, Obj.wood_dark)
    p.ellipse(0.5, 0.5, 0.34, 0.08, BRONZE_LIGHT)
    p.ellipse(0.5, 0.5, 0.29, 0.06, BRONZE_DARK)
    for base, tip, color in (
        ((0.38, 0.5), (0.3, 0.3), Obj.leaf),
        ((0.42, 0.5), (0.46, 0.28), Obj.leaf_light),
        ((0.6, 0.5), (0.68, 0.34), Obj.leaf_dark),
    ):
        p.poly(leaf_pts(base[0], base[1], tip[0], tip[1], 0.38), color)
    for x, y in ((0.5, 0.49), (0.56, 0.5), (0.33, 0.52)):
        p.ellipse(x, y, 0.025, 0.035, Obj.berry, angle=40)
    front = ellipse_pts(0.5, 0.5, 0.34, 0.08, n=72)[:37]
    body = [
        *front,
        *bezier((0.16, 0.5), (0.18, 0.7), (0.28, 0.82), (0.36, 0.84)),
        *bezier((0.64, 0.84), (0.72, 0.82), (0.82, 0.7), (0.84, 0.5)),
    ]
    p.poly(body, BRONZE)
    p.line(bezier((0.2, 0.64), (0.35, 0.7), (0.65, 0.7), (0.8, 0.64)), 0.016, BRONZE_DARK)
    p.rect(0.32, 0.83, 0.68, 0.9, BRONZE_DARK, r=0.02)
    p.line(front[4:30], 0.014, BRONZE_LIGHT)


@motif("pill_box")
def pill_box(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.9, 0.42)
    p.rect(0.08, 0.4, 0.92, 0.86, pal.deep, r=0.05)
    lids = (pal.accent, pal.mid, Obj.leaf_light, Obj.sky, pal.accent, pal.mid, Obj.leaf_light, Obj.sky)
    for i, color in enumerate(lids):
        x, y = 0.12 + (i % 4) * 0.2, 0.44 + (i // 4) * 0.2
        p.rect(x, y, x + 0.18, y + 0.18, mix(color, Obj.white, 0.25), r=0.03)
        if i in (1, 2, 5):
            p.circle(x + 0.07, y + 0.1, 0.03, Obj.white)
            p.circle(x + 0.12, y + 0.07, 0.022, Obj.white)
    p.circle(0.5, 0.22, 0.13, Obj.white)
    p.circle(0.5, 0.22, 0.13, None, outline=pal.mid, w=0.02)
    p.line([(0.5, 0.22), (0.5, 0.14)], 0.018, pal.deep)
    p.line([(0.5, 0.22), (0.56, 0.25)], 0.018, pal.deep)
    for r in (0.2, 0.26):
        p.arc(0.5, 0.22, r, -60, -30, 0.016, pal.accent)
        p.arc(0.5, 0.22, r, 210, 240, 0.016, pal.accent)
