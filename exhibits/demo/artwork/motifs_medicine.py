"""Medicines and the lab: capsules and tablets, a syringe and vial, a flask, DNA, a medicine bottle, a heart."""

from __future__ import annotations

import math
from random import Random

from .canvas import Pen, Point, arc_pts, rotate, stadium_pts
from .palette import Obj, Palette, hexrgb, mix
from .registry import ground, motif, rect_pts, shadow


def _capsule(p: Pen, cx: float, cy: float, length: float, r: float, angle: float, a: tuple, b: tuple) -> None:
    shadow(p, stadium_pts(cx, cy, length, r, angle), mix(a, Obj.ink, 0.55), 0.012, 0.016)
    p.poly(stadium_pts(cx, cy, length, r, angle), a)
    half = length / 2 - r
    right = [*arc_pts(cx + half, cy, r, -90, 90, 24), (cx, cy + r), (cx, cy - r)]
    p.poly(rotate(right, angle, (cx, cy)), b)
    shine = rotate([(cx - half * 0.8, cy - r * 0.5), (cx - 0.02, cy - r * 0.5)], angle, (cx, cy))
    p.line(shine, r * 0.22, mix(a, Obj.white, 0.55))


def _tablet(p: Pen, cx: float, cy: float, r: float, color: tuple, angle: float) -> None:
    p.circle(cx + 0.008, cy + 0.012, r, mix(color, Obj.ink, 0.3))
    p.circle(cx, cy, r, color)
    p.line(rotate([(cx - r * 0.6, cy), (cx + r * 0.6, cy)], angle, (cx, cy)), r * 0.12, mix(color, Obj.ink, 0.2))


@motif("capsules")
def capsules(p: Pen, pal: Palette, rng: Random) -> None:
    p.rect(0.1, 0.08, 0.62, 0.66, mix(Obj.light, pal.tint, 0.4), r=0.05)
    for i in range(6):
        x, y = 0.23 + (i % 2) * 0.26, 0.2 + (i // 2) * 0.17
        p.poly(stadium_pts(x, y, 0.2, 0.05), mix(Obj.metal, Obj.white, 0.35))
        if i not in (1, 4):
            p.poly(stadium_pts(x, y, 0.16, 0.036), pal.mid)
    _capsule(p, 0.62, 0.62, 0.5, 0.085, -32, Obj.white, pal.mid)
    _capsule(p, 0.46, 0.82, 0.4, 0.07, 12, pal.accent, mix(pal.accent, Obj.white, 0.65))
    _tablet(p, 0.84, 0.84, 0.07, Obj.white, 20)
    _tablet(p, 0.2, 0.8, 0.06, mix(pal.tint2, Obj.white, 0.3), -30)


def _syringe_parts(pal: Palette) -> list[tuple[list[Point], tuple]]:
    barrel = mix(Obj.white, pal.tint, 0.2)
    return [
        (rect_pts(0.06, 0.38, 0.1, 0.62), pal.deep),
        (rect_pts(0.1, 0.47, 0.33, 0.53), Obj.steel),
        (rect_pts(0.29, 0.33, 0.32, 0.67), pal.deep),
        (rect_pts(0.32, 0.39, 0.74, 0.61), barrel),
        (rect_pts(0.47, 0.405, 0.74, 0.595), mix(pal.mid, Obj.white, 0.35)),
        (rect_pts(0.44, 0.4, 0.47, 0.6), pal.deep),
        ([(0.74, 0.43), (0.8, 0.47), (0.8, 0.53), (0.74, 0.57)], Obj.steel),
    ]


@motif("syringe")
def syringe(p: Pen, pal: Palette, rng: Random) -> None:
    angle, origin = -38, (0.46, 0.48)
    for pts, color in _syringe_parts(pal):
        p.poly(rotate(pts, angle, origin), color)
    for i in range(8):
        x = 0.36 + i * 0.045
        tick = 0.45 if i % 2 else 0.47
        p.line(rotate([(x, 0.39), (x, tick)], angle, origin), 0.008, pal.deep, caps=False)
    p.line(rotate([(0.8, 0.5), (0.97, 0.5)], angle, origin), 0.01, Obj.steel)
    _vial(p, pal, 0.76, 0.7)


def _vial(p: Pen, pal: Palette, cx: float, top: float) -> None:
    p.rect(cx - 0.1, top + 0.06, cx + 0.1, top + 0.26, mix(Obj.white, pal.tint, 0.3), r=0.025)
    p.rect(cx - 0.1, top + 0.14, cx + 0.1, top + 0.26, mix(pal.mid, Obj.white, 0.45), r=0.025)
    p.rect(cx - 0.1, top + 0.12, cx + 0.1, top + 0.18, Obj.white)
    p.rect(cx - 0.055, top + 0.02, cx + 0.055, top + 0.07, Obj.steel, r=0.01)
    p.rect(cx - 0.07, top - 0.02, cx + 0.07, top + 0.03, pal.accent, r=0.012)


@motif("flask")
def flask(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.88, 0.42)
    glass = mix(Obj.white, pal.tint, 0.3)
    body = [(0.35, 0.14), (0.35, 0.4), (0.1, 0.8), (0.13, 0.86), (0.71, 0.86), (0.74, 0.8), (0.49, 0.4), (0.49, 0.14)]
    p.poly(body, glass)
    p.poly([(0.225, 0.6), (0.1, 0.8), (0.13, 0.86), (0.71, 0.86), (0.74, 0.8), (0.615, 0.6)], pal.mid)
    for x, y, r in ((0.26, 0.76, 0.025), (0.38, 0.7, 0.018), (0.5, 0.78, 0.03), (0.44, 0.52, 0.015)):
        p.circle(x, y, r, mix(pal.mid, Obj.white, 0.5))
    p.line([*body, body[0]], 0.014, pal.deep)
    p.rect(0.32, 0.1, 0.52, 0.15, pal.deep, r=0.02)
    tube = [(0.79, 0.22), (0.89, 0.22), *arc_pts(0.84, 0.65, 0.05, 0, 180, 16)]
    liquid = [(0.79, 0.46), (0.89, 0.46), *arc_pts(0.84, 0.65, 0.05, 0, 180, 16)]
    p.poly(rotate(tube, 14, (0.84, 0.5)), glass)
    p.poly(rotate(liquid, 14, (0.84, 0.5)), pal.accent)
    outline = rotate(tube, 14, (0.84, 0.5))
    p.line([*outline[1:], outline[0]], 0.012, pal.deep)


@motif("dna")
def dna(p: Pen, pal: Palette, rng: Random) -> None:
    n = 60
    strand_a = [(0.5 + 0.2 * math.sin(i / n * 3 * math.pi), 0.06 + 0.86 * i / n) for i in range(n + 1)]
    strand_b = [(0.5 - 0.2 * math.sin(i / n * 3 * math.pi), 0.06 + 0.86 * i / n) for i in range(n + 1)]
    strand_a, strand_b = (rotate(s, 24, (0.5, 0.5)) for s in (strand_a, strand_b))
    for i in range(2, n - 1, 4):
        color = pal.accent if (i // 4) % 2 else mix(pal.mid, Obj.white, 0.4)
        p.line([strand_a[i], strand_b[i]], 0.022, color)
    p.line(strand_b, 0.04, pal.deep)
    p.line(strand_a, 0.04, pal.mid)


@motif("bottle")
def bottle(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.88, 0.4)
    amber = hexrgb("#C7772E")
    p.rect(0.22, 0.26, 0.62, 0.87, amber, r=0.06)
    p.rect(0.3, 0.16, 0.54, 0.27, mix(amber, Obj.ink, 0.25))
    p.rect(0.26, 0.06, 0.58, 0.18, Obj.white, r=0.025)
    p.rect(0.22, 0.42, 0.62, 0.72, Obj.white)
    p.rect(0.385, 0.47, 0.455, 0.67, pal.accent)
    p.rect(0.32, 0.535, 0.52, 0.605, pal.accent)
    p.line([(0.27, 0.32), (0.27, 0.38)], 0.02, mix(amber, Obj.white, 0.4))
    _tablet(p, 0.74, 0.82, 0.07, Obj.white, 30)
    _capsule(p, 0.78, 0.62, 0.28, 0.05, -60, pal.mid, Obj.white)


def _heart_pts(cx: float, cy: float, s: float) -> list[Point]:
    pts = []
    for i in range(96):
        t = 2 * math.pi * i / 96
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((cx + x * s / 16, cy - y * s / 16))
    return pts


@motif("heart")
def heart(p: Pen, pal: Palette, rng: Random) -> None:
    shadow(p, _heart_pts(0.5, 0.5, 0.4), pal.tint2, 0.025, 0.03)
    p.poly(_heart_pts(0.5, 0.5, 0.4), pal.accent)
    p.ellipse(0.3, 0.33, 0.045, 0.08, mix(pal.accent, Obj.white, 0.4), angle=40)
    pulse = [
        (0.04, 0.52),
        (0.3, 0.52),
        (0.36, 0.42),
        (0.43, 0.66),
        (0.51, 0.3),
        (0.58, 0.6),
        (0.63, 0.52),
        (0.96, 0.52),
    ]
    p.line(pulse, 0.03, Obj.white)
    p.circle(0.8, 0.2, 0.1, Obj.white)
    p.rect(0.785, 0.14, 0.815, 0.26, pal.mid)
    p.rect(0.74, 0.185, 0.86, 0.215, pal.mid)
