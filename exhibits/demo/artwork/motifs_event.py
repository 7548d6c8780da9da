"""Things that happen at the booth: a stage, a lectern, online screens, a school class, calendar, clock, globe."""

from __future__ import annotations

import math
from random import Random

from .canvas import Pen, arc_pts, bezier, ellipse_pts, star_pts
from .palette import Obj, Palette, hexrgb, mix
from .registry import Motif, ground, label, motif

CURTAIN = hexrgb("#B23A3A")
OCEAN = hexrgb("#4E9BD1")


def _microphone(p: Pen, x: float, y: float, s: float, pal: Palette) -> None:
    p.line(
        bezier((x, y), (x, y - 0.08 * s), (x + 0.05 * s, y - 0.12 * s), (x + 0.08 * s, y - 0.16 * s)),
        0.012 * s,
        Obj.steel,
    )
    p.ellipse(x + 0.09 * s, y - 0.18 * s, 0.03 * s, 0.045 * s, Obj.ink, angle=35)


def _lectern(p: Pen, pal: Palette, cx: float, top: float, emblem: str = "star") -> None:
    p.poly([(cx - 0.16, top), (cx + 0.16, top), (cx + 0.12, 0.9), (cx - 0.12, 0.9)], mix(Obj.wood, pal.deep, 0.15))
    p.rect(cx - 0.2, top - 0.04, cx + 0.2, top + 0.02, Obj.wood_dark, r=0.01)
    p.circle(cx, top + 0.14, 0.065, pal.accent)
    if emblem == "star":
        p.poly(star_pts(cx, top + 0.14, 0.045), Obj.white)
    _microphone(p, cx - 0.05, top - 0.04, 1.2, pal)


@motif("stage")
def stage(p: Pen, pal: Palette, rng: Random) -> None:
    p.rect(0.02, 0.06, 0.98, 0.74, pal.deep, r=0.02)
    p.rect(0.24, 0.15, 0.76, 0.3, mix(pal.deep, pal.mid, 0.5), r=0.02)
    for i in range(5):
        x = 0.3 + i * 0.1
        p.poly(star_pts(x, 0.225, 0.032 if i % 2 else 0.042), Obj.gold)
    for x in (0.2, 0.8):
        p.poly([(x - 0.03, 0.06), (x + 0.03, 0.06), (x + 0.16, 0.74), (x - 0.16, 0.74)], mix(pal.deep, Obj.white, 0.2))
    for side in (0, 1):
        for k in range(4):
            x0 = 0.02 + k * 0.04 if side == 0 else 0.98 - (k + 1) * 0.04
            shade = CURTAIN if k % 2 == 0 else mix(CURTAIN, Obj.ink, 0.25)
            p.rect(x0, 0.06, x0 + 0.04, 0.74 - k * 0.02, shade)
    scallops = [pt for i in range(12) for pt in arc_pts(0.06 + i * 0.08, 0.08, 0.04, 180, 0, 8)]
    p.poly([(0.02, 0.04), (0.98, 0.04), *reversed(scallops)], CURTAIN)
    p.poly([(0.0, 0.74), (1.0, 0.74), (0.96, 0.9), (0.04, 0.9)], Obj.wood)
    p.rect(0.0, 0.72, 1.0, 0.76, Obj.wood_dark)
    _lectern(p, pal, 0.5, 0.58)


@motif("podium")
def podium(p: Pen, pal: Palette, rng: Random) -> None:
    p.rect(0.08, 0.06, 0.92, 0.58, mix(pal.mid, Obj.white, 0.2), r=0.03)
    p.rect(0.16, 0.14, 0.84, 0.2, Obj.white, r=0.03)
    p.rect(0.16, 0.26, 0.62, 0.31, mix(pal.mid, Obj.white, 0.6), r=0.025)
    ground(p, pal, 0.5, 0.91, 0.36)
    _lectern(p, pal, 0.5, 0.46)
    for x in (0.16, 0.84):
        p.circle(x, 0.86, 0.06, pal.tint2)


def _laptop(p: Pen, pal: Palette) -> None:
    ground(p, pal, 0.5, 0.79, 0.48)
    p.rect(0.12, 0.1, 0.88, 0.66, pal.deep, r=0.035)
    p.rect(0.15, 0.13, 0.85, 0.63, Obj.white, r=0.012)
    p.poly([(0.1, 0.66), (0.9, 0.66), (0.98, 0.76), (0.02, 0.76)], Obj.metal)
    p.rect(0.42, 0.68, 0.58, 0.71, Obj.steel, r=0.01)


@motif("gallery")
def gallery(p: Pen, pal: Palette, rng: Random) -> None:
    _laptop(p, pal)
    colors = (pal.mid, pal.accent, Obj.leaf_light, Obj.berry, mix(pal.mid, Obj.white, 0.5), Obj.gold)
    for i, color in enumerate(colors):
        x, y = 0.19 + (i % 3) * 0.22, 0.17 + (i // 3) * 0.23
        p.rect(x, y, x + 0.19, y + 0.19, mix(color, Obj.white, 0.7), r=0.015)
        if i % 2:
            p.poly([(x + 0.03, y + 0.16), (x + 0.09, y + 0.07), (x + 0.16, y + 0.16)], color)
        else:
            p.circle(x + 0.095, y + 0.095, 0.05, color)
    p.poly([(0.7, 0.5), (0.7, 0.62), (0.73, 0.59), (0.76, 0.64), (0.78, 0.63), (0.75, 0.58), (0.79, 0.58)], Obj.ink)


@motif("lecture")
def lecture(p: Pen, pal: Palette, rng: Random) -> None:
    _laptop(p, pal)
    p.rect(0.15, 0.13, 0.85, 0.63, mix(pal.mid, Obj.white, 0.8), r=0.012)
    p.circle(0.5, 0.36, 0.12, pal.mid)
    p.poly([(0.46, 0.29), (0.46, 0.43), (0.57, 0.36)], Obj.white)
    p.rect(0.2, 0.55, 0.8, 0.57, Obj.light, r=0.01)
    p.rect(0.2, 0.55, 0.46, 0.57, pal.accent, r=0.01)
    p.circle(0.46, 0.56, 0.018, pal.accent)
    p.circle(0.25, 0.22, 0.04, pal.deep)
    p.poly([*ellipse_pts(0.25, 0.32, 0.07, 0.05)[36:], (0.18, 0.32), (0.32, 0.32)], pal.deep)


@motif("school")
def school(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.88, 0.44)
    for side in (-1, 1):
        outer = [
            (0.5, 0.58),
            *bezier((0.5, 0.58), (0.5 + side * 0.15, 0.52), (0.5 + side * 0.3, 0.52), (0.5 + side * 0.44, 0.56)),
            (0.5 + side * 0.44, 0.84),
            (0.5, 0.86),
        ]
        p.poly([(x, y + 0.02) for x, y in outer], pal.mid)
        p.poly(outer, Obj.white)
        for k in range(3):
            y = 0.64 + k * 0.06
            p.line([(0.5 + side * 0.08, y), (0.5 + side * 0.36, y - 0.01)], 0.012, Obj.light)
    p.line([(0.5, 0.58), (0.5, 0.86)], 0.012, pal.tint2)
    p.poly([(0.32, 0.34), (0.68, 0.34), (0.64, 0.46), (0.36, 0.46)], pal.deep)
    p.poly([(0.5, 0.12), (0.9, 0.26), (0.5, 0.4), (0.1, 0.26)], mix(pal.deep, Obj.ink, 0.2))
    p.line([(0.5, 0.26), (0.78, 0.32), (0.8, 0.46)], 0.014, pal.accent)
    p.rect(0.775, 0.45, 0.825, 0.52, pal.accent, r=0.01)
    p.circle(0.5, 0.26, 0.025, pal.accent)


def calendar_for(month: int | None, day: int | None) -> Motif:
    """A calendar page for a given date (or a plain one)."""

    def draw(p: Pen, pal: Palette, rng: Random) -> None:
        p.rect(0.1, 0.14, 0.9, 0.9, pal.tint2, r=0.05)
        p.rect(0.08, 0.12, 0.88, 0.88, Obj.white, r=0.05)
        p.rect(0.08, 0.12, 0.88, 0.34, pal.mid, r=0.05)
        p.rect(0.08, 0.28, 0.88, 0.34, pal.mid)
        for x in (0.28, 0.68):
            p.rect(x - 0.025, 0.06, x + 0.025, 0.18, pal.deep, r=0.02)
        if month:
            label(p, 0.48, 0.23, f"{month}月", 0.1, Obj.white)
        for i in range(12):
            x, y = 0.14 + (i % 4) * 0.18, 0.4 + (i // 4) * 0.16
            hit = i == 6
            p.rect(x, y, x + 0.14, y + 0.12, pal.accent if hit else Obj.light, r=0.02)
            if hit and day:
                label(p, x + 0.07, y + 0.055, str(day), 0.085, Obj.white)

    return draw


MOTIF_CALENDAR = motif("calendar")(calendar_for(None, None))


@motif("clock")
def clock(p: Pen, pal: Palette, rng: Random) -> None:
    for side in (-1, 1):
        p.line([(0.5 + side * 0.2, 0.76), (0.5 + side * 0.3, 0.92)], 0.03, pal.deep)
        p.circle(0.5 + side * 0.24, 0.14, 0.09, pal.accent)
    p.circle(0.5, 0.5, 0.38, pal.mid)
    p.circle(0.5, 0.5, 0.31, Obj.white)
    for i in range(12):
        a = math.radians(i * 30)
        r0 = 0.25 if i % 3 else 0.22
        p.line(
            [(0.5 + r0 * math.cos(a), 0.5 + r0 * math.sin(a)), (0.5 + 0.28 * math.cos(a), 0.5 + 0.28 * math.sin(a))],
            0.014 if i % 3 else 0.022,
            pal.deep,
        )
    p.line([(0.5, 0.5), (0.5, 0.3)], 0.026, pal.deep)
    p.line([(0.5, 0.5), (0.64, 0.58)], 0.032, pal.deep)
    p.circle(0.5, 0.5, 0.03, pal.accent)


@motif("globe")
def globe(p: Pen, pal: Palette, rng: Random) -> None:
    p.arc(0.5, 0.46, 0.42, 20, 160, 0.028, pal.deep)
    p.line([(0.5, 0.88), (0.5, 0.94)], 0.04, pal.deep)
    p.ellipse(0.5, 0.95, 0.18, 0.035, pal.deep)
    p.circle(0.5, 0.46, 0.34, OCEAN)
    for blob in ((0.38, 0.34, 0.12, 0.08, -20), (0.62, 0.56, 0.1, 0.14, 15), (0.36, 0.62, 0.06, 0.05, 0)):
        p.ellipse(blob[0], blob[1], blob[2], blob[3], Obj.leaf_light, angle=blob[4])
    for rx in (0.12, 0.26):
        p.poly(ellipse_pts(0.5, 0.46, rx, 0.34), None, outline=mix(Obj.white, OCEAN, 0.25), w=0.008)
    for y, rx in ((0.3, 0.3), (0.46, 0.34), (0.62, 0.3)):
        p.line([(0.5 - rx, y), (0.5 + rx, y)], 0.008, mix(Obj.white, OCEAN, 0.25), caps=False)
    ring = ellipse_pts(0.5, 0.46, 0.48, 0.12, angle=-18)
    p.line(ring[:37], 0.016, pal.accent, caps=False)
    p.poly(star_pts(0.88, 0.28, 0.06), Obj.gold)
