"""Farm and regional products: goji, Tan sheep, long jujubes, grapes and wine, grain, licorice."""

from __future__ import annotations

import math
from random import Random

from .canvas import Pen, Point, arc_pts, bezier, ellipse_pts, leaf_pts, rotate
from .palette import Obj, Palette, hexrgb, mix
from .registry import ground, motif


def _along(path: list[Point], t: float) -> tuple[Point, float]:
    """Point at fraction `t` of a sampled path and the path's direction there (degrees)."""
    i = min(len(path) - 2, max(0, round(t * (len(path) - 1))))
    (x0, y0), (x1, y1) = path[i], path[i + 1]
    return path[i], math.degrees(math.atan2(y1 - y0, x1 - x0))


def _toward(p: Point, angle: float, dist: float) -> Point:
    return p[0] + dist * math.cos(math.radians(angle)), p[1] + dist * math.sin(math.radians(angle))


def _berry(p: Pen, x: float, y: float, r: float, angle: float, body: tuple, dark: tuple) -> None:
    p.ellipse(x + r * 0.12, y + r * 0.12, r * 0.72, r, dark, angle)
    p.ellipse(x, y, r * 0.72, r, body, angle)
    p.ellipse(x - r * 0.28, y - r * 0.35, r * 0.16, r * 0.3, mix(body, Obj.white, 0.55), angle + 20)


@motif("goji")
def goji(p: Pen, pal: Palette, rng: Random) -> None:
    branch = bezier((0.04, 0.72), (0.3, 0.5), (0.62, 0.26), (0.97, 0.2))
    for t in (0.2, 0.38, 0.56, 0.74, 0.9):
        base, ang = _along(branch, t)
        for side, length in ((-1, 0.2), (1, 0.15)):
            tip = _toward(base, ang - side * (55 + rng.uniform(-8, 8)), length * rng.uniform(0.85, 1.1))
            color = Obj.leaf if side < 0 else Obj.leaf_dark
            p.poly(leaf_pts(base[0], base[1], tip[0], tip[1], 0.2), color)
    p.line(branch, 0.028, Obj.wood_dark)
    for t in (0.15, 0.32, 0.5, 0.66, 0.82):
        base, _ = _along(branch, t)
        for dx in (-0.05, 0.04):
            drop = rng.uniform(0.1, 0.17)
            end = (base[0] + dx, base[1] + drop)
            p.line([base, (base[0] + dx * 0.4, base[1] + drop * 0.5), end], 0.008, Obj.leaf_dark)
            _berry(p, end[0], end[1] + 0.05, 0.055, -dx * 300, Obj.berry, Obj.berry_dark)
    for x, y in ((0.62, 0.86), (0.72, 0.88), (0.82, 0.85), (0.67, 0.8), (0.77, 0.81)):
        _berry(p, x, y, 0.04, rng.uniform(-70, 70), Obj.berry, Obj.berry_dark)


@motif("sheep")
def sheep(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.52, 0.9, 0.4)
    for x in (0.34, 0.44, 0.62, 0.72):
        p.rect(x - 0.028, 0.6, x + 0.028, 0.89, Obj.face, r=0.022)
    ring = ellipse_pts(0.55, 0.5, 0.3, 0.17, n=14)
    for x, y in ring:
        p.circle(x + 0.012, y + 0.016, 0.1, Obj.wool_shade)
    p.ellipse(0.55, 0.5, 0.31, 0.18, Obj.wool_shade)
    for x, y in ring:
        p.circle(x, y, 0.1, Obj.wool)
    p.ellipse(0.55, 0.5, 0.3, 0.17, Obj.wool)
    for _ in range(9):
        x, y = 0.55 + rng.uniform(-0.24, 0.24), 0.5 + rng.uniform(-0.12, 0.12)
        start = rng.uniform(0, 360)
        p.arc(x, y, 0.03, start, start + 230, 0.012, Obj.wool_shade)
    p.circle(0.86, 0.44, 0.05, Obj.wool)
    p.ellipse(0.2, 0.42, 0.085, 0.12, Obj.face, angle=-28)
    p.poly(leaf_pts(0.24, 0.34, 0.33, 0.3, 0.5), Obj.face)
    p.arc(0.27, 0.3, 0.075, 150, 430, 0.034, Obj.root)
    p.arc(0.27, 0.3, 0.038, 150, 360, 0.028, Obj.root)
    for x, y in ((0.19, 0.3), (0.24, 0.28), (0.15, 0.33)):
        p.circle(x, y, 0.04, Obj.wool)
    p.circle(0.18, 0.42, 0.018, Obj.white)
    p.circle(0.175, 0.423, 0.009, Obj.face)


@motif("jujube")
def jujube(p: Pen, pal: Palette, rng: Random) -> None:
    pts = [(0.04, 0.18), (0.26, 0.26), (0.44, 0.18), (0.64, 0.28), (0.82, 0.2), (0.97, 0.27)]
    for i, (x, y) in enumerate(pts[:-1]):
        up = -1 if i % 2 else 1
        p.poly(leaf_pts(x, y, x + 0.1, y - up * 0.15, 0.32), Obj.leaf if i % 2 else Obj.leaf_dark)
        p.poly(leaf_pts(x + 0.05, y, x - 0.06, y + up * 0.14, 0.32), Obj.leaf_light)
    p.line(pts, 0.026, Obj.wood_dark)
    for i, (x, y) in enumerate(pts[1:5]):
        fx, fy, tilt = x + rng.uniform(-0.02, 0.02), y + 0.27, rng.uniform(-14, 14)
        p.line([(x, y), (fx, fy - 0.14)], 0.01, Obj.leaf_dark)
        p.ellipse(fx + 0.012, fy + 0.012, 0.07, 0.15, Obj.jujube_dark, tilt)
        p.ellipse(fx, fy, 0.07, 0.15, Obj.jujube if i % 2 else mix(Obj.jujube, Obj.berry, 0.5), tilt)
        p.ellipse(fx - 0.025, fy - 0.05, 0.014, 0.05, mix(Obj.jujube, Obj.white, 0.5), tilt)
    for x, tilt in ((0.26, 75), (0.44, 105), (0.62, 80)):
        p.ellipse(x + 0.008, 0.89, 0.042, 0.085, Obj.jujube_dark, tilt)
        p.ellipse(x, 0.88, 0.042, 0.085, Obj.jujube, tilt)


def _mountains(p: Pen, pal: Palette, y: float) -> None:
    ridge = [
        (0.0, y + 0.06),
        (0.12, y - 0.16),
        (0.22, y - 0.08),
        (0.36, y - 0.26),
        (0.5, y - 0.1),
        (0.64, y - 0.2),
        (0.8, y - 0.06),
        (0.9, y - 0.12),
        (1.0, y + 0.06),
    ]
    p.poly(ridge, pal.tint2)


def _bunch(p: Pen) -> None:
    """A grape bunch with a vine leaf, filling the pen's square."""
    rows = ((0.2, 0.34, 4), (0.26, 0.46, 3), (0.2, 0.58, 3), (0.3, 0.7, 2), (0.38, 0.82, 1))
    for x0, y, n in rows:
        for i in range(n):
            cx = x0 + i * 0.12 + (0.02 if n == 1 else 0)
            p.circle(cx + 0.01, y + 0.012, 0.068, Obj.grape)
            p.circle(cx, y, 0.068, Obj.grape_light if (i + n) % 2 else mix(Obj.grape, Obj.grape_light, 0.5))
            p.circle(cx - 0.022, y - 0.025, 0.016, mix(Obj.grape_light, Obj.white, 0.6))
    p.line([(0.4, 0.26), (0.42, 0.1)], 0.025, Obj.wood_dark)
    for tip in ((0.2, 0.04), (0.62, 0.06), (0.42, -0.04)):
        p.poly(leaf_pts(0.42, 0.16, tip[0], tip[1], 0.6), Obj.leaf)
    p.arc(0.6, 0.18, 0.05, 180, 470, 0.012, Obj.leaf_dark)


@motif("grapes")
def grapes(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.92, 0.34)
    _bunch(p.sub(0.02, 0.08, 0.9))


@motif("wine")
def wine(p: Pen, pal: Palette, rng: Random) -> None:
    _mountains(p, pal, 0.82)
    bowl = [
        *bezier((0.56, 0.12), (0.54, 0.36), (0.6, 0.5), (0.72, 0.52)),
        *bezier((0.72, 0.52), (0.84, 0.5), (0.9, 0.36), (0.88, 0.12)),
    ]
    p.poly(bowl, mix(Obj.white, pal.tint, 0.3))
    p.poly([pt for pt in bowl if pt[1] > 0.3], Obj.wine)
    glass = mix(pal.deep, Obj.white, 0.35)
    p.line([(0.72, 0.52), (0.72, 0.84)], 0.022, glass)
    p.ellipse(0.72, 0.86, 0.11, 0.028, glass)
    p.line(bowl, 0.01, pal.deep)
    p.line([(0.6, 0.16), (0.6, 0.3)], 0.014, Obj.white)
    _bunch(p.sub(-0.02, 0.0, 0.62))


@motif("grain")
def grain(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.9, 0.3)
    for base_x, lean in ((0.38, -12), (0.5, 0), (0.62, 12)):
        top = _toward((base_x, 0.9), -90 + lean, 0.78)
        stalk = bezier((base_x, 0.9), (base_x, 0.6), top, top)
        p.line(stalk, 0.014, Obj.wheat_dark)
        for i in range(7):
            pt, ang = _along(stalk, 0.62 + i * 0.055)
            for side in (-1, 1):
                c = _toward(pt, ang + side * 35, 0.035)
                p.ellipse(c[0], c[1], 0.022, 0.042, Obj.wheat if side > 0 else Obj.wheat_dark, ang + 90 + side * 35)
        p.poly(leaf_pts(base_x, 0.72, base_x - 0.16 * (1 if lean <= 0 else -1), 0.52, 0.18), Obj.leaf)


@motif("licorice")
def licorice(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.88, 0.38)
    for i, (y, x0, x1) in enumerate(((0.7, 0.14, 0.84), (0.76, 0.1, 0.8), (0.64, 0.2, 0.9))):
        p.line([(x0, y), (x1, y - 0.06)], 0.055, Obj.root_dark if i == 1 else Obj.root)
        for k in range(1, 5):
            x = x0 + (x1 - x0) * k / 5
            p.line([(x, y - 0.06 * k / 5 - 0.02), (x, y - 0.06 * k / 5 + 0.02)], 0.008, Obj.root_dark)
    for cx, cy in ((0.78, 0.84), (0.9, 0.8)):
        p.circle(cx, cy, 0.05, Obj.root_dark)
        p.circle(cx, cy, 0.04, hexrgb("#F0D58A"))
        p.circle(cx, cy, 0.015, Obj.root)
    stem = bezier((0.3, 0.6), (0.34, 0.4), (0.46, 0.26), (0.6, 0.08))
    p.line(stem, 0.012, Obj.leaf_dark)
    for t in (0.2, 0.35, 0.5, 0.65, 0.8, 0.95):
        pt, ang = _along(stem, t)
        for side in (-1, 1):
            tip = _toward(pt, ang + side * 70, 0.09)
            p.poly(leaf_pts(pt[0], pt[1], tip[0], tip[1], 0.55), Obj.leaf if side > 0 else Obj.leaf_light)


def _lumpy(cx: float, cy: float, rx: float, ry: float, angle: float, rng: Random) -> list[Point]:
    wobble = [rng.uniform(0.94, 1.04) for _ in range(6)]
    pts = []
    for i, (x, y) in enumerate(ellipse_pts(0, 0, rx, ry, n=72)):
        k = wobble[(i * 6) // 72] * 0.5 + wobble[((i * 6) // 72 + 1) % 6] * 0.5
        pts.append((cx + x * k, cy + y * k))
    return rotate(pts, angle, (cx, cy))


@motif("potato")
def potato(p: Pen, pal: Palette, rng: Random) -> None:
    skin, skin_dark, flesh = hexrgb("#D8A95E"), hexrgb("#A87A3A"), hexrgb("#F4E0A0")
    ground(p, pal, 0.5, 0.86, 0.44)
    for cx, cy, rx, ry, ang in ((0.34, 0.6, 0.24, 0.17, -15), (0.66, 0.66, 0.2, 0.15, 20)):
        shape = _lumpy(cx, cy, rx, ry, ang, rng)
        p.poly([(x + 0.012, y + 0.018) for x, y in shape], skin_dark)
        p.poly(shape, skin)
        for _ in range(4):
            ex, ey = cx + rng.uniform(-rx, rx) * 0.6, cy + rng.uniform(-ry, ry) * 0.6
            p.ellipse(ex, ey, 0.012, 0.008, skin_dark)
    p.ellipse(0.5, 0.8, 0.15, 0.08, skin_dark)
    p.ellipse(0.5, 0.79, 0.14, 0.07, flesh)
    p.ellipse(0.5, 0.79, 0.09, 0.04, mix(flesh, Obj.white, 0.4))
    stem = [(0.62, 0.44), (0.66, 0.3), (0.72, 0.16)]
    p.line(stem, 0.014, Obj.leaf_dark)
    for base, tip in (((0.64, 0.38), (0.52, 0.3)), ((0.66, 0.3), (0.8, 0.26)), ((0.7, 0.2), (0.6, 0.12))):
        p.poly(leaf_pts(base[0], base[1], tip[0], tip[1], 0.45), Obj.leaf)
    for x, y in ((0.74, 0.12), (0.8, 0.16)):
        p.poly([pt for pt in ellipse_pts(x, y, 0.035, 0.035)], Obj.white)
        p.circle(x, y, 0.012, Obj.gold)


@motif("melon")
def melon(p: Pen, pal: Palette, rng: Random) -> None:
    rind, stripe = hexrgb("#2F6B3A"), hexrgb("#6FA65A")
    for _ in range(26):
        x, y = rng.uniform(0.06, 0.94), rng.uniform(0.8, 0.92)
        p.ellipse(x, y, rng.uniform(0.02, 0.04), 0.018, mix(Obj.grey, pal.tint2, rng.uniform(0.2, 0.7)))
    p.ellipse(0.42, 0.48, 0.37, 0.31, rind)
    for k in range(-3, 4):
        x = 0.42 + k * 0.1
        pts = [(x + 0.022 * math.sin(j), 0.2 + j * 0.05) for j in range(13)]
        p.line([pt for pt in pts if (pt[0] - 0.42) ** 2 / 0.34**2 + (pt[1] - 0.48) ** 2 / 0.28**2 < 1], 0.034, stripe)
    cx, cy, tilt = 0.72, 0.68, -8
    for r, color in ((0.24, rind), (0.215, hexrgb("#D7E9A6")), (0.19, hexrgb("#E8473F"))):
        p.poly(rotate(arc_pts(cx, cy, r, 0, 180, 36), tilt, (cx, cy)), color)
    for x, y in ((0.64, 0.74), (0.72, 0.78), (0.8, 0.74), (0.68, 0.71), (0.76, 0.71)):
        sx, sy = rotate([(x, y + 0.01)], tilt, (cx, cy))[0]
        p.ellipse(sx, sy, 0.009, 0.016, Obj.ink, angle=tilt)
