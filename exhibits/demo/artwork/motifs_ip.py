"""Symbols of IP work: certificates, the ® tag, shield, magnifier, gavel, coins, QR scan, key, steps, chat."""

from __future__ import annotations

from random import Random

from .canvas import Pen, Point, bezier, rotate, star_pts
from .palette import Obj, Palette, mix
from .registry import label, motif, rect_pts, shadow


def _seal(p: Pen, pal: Palette, cx: float, cy: float, r: float) -> None:
    for dx, color in ((-0.45, Obj.seal), (0.45, mix(Obj.seal, Obj.ink, 0.25))):
        tail = [
            (cx + dx * r * 0.4, cy),
            (cx + dx * r * 1.2, cy + r * 1.7),
            (cx + dx * r * 0.7, cy + r * 1.45),
            (cx + dx * r * 0.35, cy + r * 1.75),
            (cx, cy),
        ]
        p.poly(tail, color)
    p.circle(cx, cy, r, Obj.seal)
    p.circle(cx, cy, r * 0.78, None, outline=mix(Obj.seal, Obj.white, 0.55), w=r * 0.08)
    p.poly(star_pts(cx, cy, r * 0.5), mix(Obj.gold, Obj.white, 0.3))


def _certificate(p: Pen, pal: Palette, title: str) -> None:
    paper = rect_pts(0.14, 0.06, 0.8, 0.9)
    shadow(p, paper, pal.tint2, 0.03, 0.03)
    p.rect(0.14, 0.06, 0.8, 0.9, Obj.paper, r=0.02)
    p.rect(0.18, 0.1, 0.76, 0.86, None, r=0.01, outline=mix(pal.mid, Obj.white, 0.3), w=0.008)
    if title:
        label(p, 0.47, 0.2, title, 0.075, pal.deep)
    else:
        p.rect(0.3, 0.17, 0.64, 0.22, pal.deep, r=0.02)
    for i, (x1, color) in enumerate(((0.66, Obj.light), (0.58, Obj.light), (0.66, Obj.light), (0.44, Obj.light))):
        y = 0.34 + i * 0.09
        p.rect(0.26, y, x1, y + 0.035, color, r=0.017)
    _seal(p, pal, 0.7, 0.74, 0.11)


@motif("certificate")
def certificate(p: Pen, pal: Palette, rng: Random) -> None:
    _certificate(p, pal, "专利证书")


@motif("registration")
def registration(p: Pen, pal: Palette, rng: Random) -> None:
    _certificate(p, pal, "注册证")


@motif("document")
def document(p: Pen, pal: Palette, rng: Random) -> None:
    _certificate(p, pal, "")


@motif("registered")
def registered(p: Pen, pal: Palette, rng: Random) -> None:
    tag = [(0.06, 0.5), (0.26, 0.22), (0.9, 0.22), (0.9, 0.78), (0.26, 0.78)]
    tag = rotate(tag, -12, (0.5, 0.5))
    p.line(bezier((0.2, 0.5), (0.12, 0.3), (0.1, 0.16), (0.22, 0.06)), 0.012, pal.deep)
    shadow(p, tag, pal.tint2, 0.025, 0.03)
    p.poly(tag, pal.mid)
    hole = rotate([(0.22, 0.5)], -12, (0.5, 0.5))[0]
    p.circle(hole[0], hole[1], 0.035, pal.bg)
    p.circle(0.58, 0.5, 0.2, None, outline=Obj.white, w=0.04)
    label(p, 0.585, 0.49, "R", 0.24, Obj.white)
    for x, y, r in ((0.86, 0.12, 0.05), (0.94, 0.3, 0.03), (0.1, 0.86, 0.035)):
        p.poly(star_pts(x, y, r, 4, 0.35), pal.accent)


@motif("shield")
def shield(p: Pen, pal: Palette, rng: Random) -> None:
    def outline(s: float) -> list[Point]:
        pts = [
            (0.5, 0.06),
            (0.84, 0.17),
            (0.84, 0.46),
            *bezier((0.84, 0.46), (0.84, 0.72), (0.66, 0.86), (0.5, 0.94)),
            *bezier((0.5, 0.94), (0.34, 0.86), (0.16, 0.72), (0.16, 0.46)),
            (0.16, 0.17),
        ]
        return [(0.5 + (x - 0.5) * s, 0.5 + (y - 0.5) * s) for x, y in pts]

    shadow(p, outline(1), pal.tint2, 0.03, 0.03)
    p.poly(outline(1), pal.mid)
    p.poly([pt for pt in outline(1) if pt[0] >= 0.5] + [(0.5, 0.94), (0.5, 0.06)], mix(pal.mid, pal.deep, 0.35))
    p.poly(outline(0.78), mix(pal.mid, Obj.white, 0.2))
    p.line([(0.34, 0.5), (0.46, 0.62), (0.68, 0.38)], 0.07, Obj.white)


@motif("magnifier")
def magnifier(p: Pen, pal: Palette, rng: Random) -> None:
    p.line([(0.62, 0.62), (0.9, 0.9)], 0.1, pal.deep)
    p.line([(0.72, 0.72), (0.88, 0.88)], 0.11, pal.accent)
    p.circle(0.42, 0.42, 0.3, mix(Obj.sky, Obj.white, 0.55), outline=pal.deep, w=0.06)
    p.arc(0.42, 0.42, 0.22, 200, 250, 0.03, Obj.white)
    tri = [(0.42, 0.26), (0.58, 0.54), (0.26, 0.54)]
    p.poly(tri, Obj.seal)
    p.line([(0.42, 0.35), (0.42, 0.44)], 0.03, Obj.white)
    p.circle(0.42, 0.5, 0.018, Obj.white)


@motif("gavel")
def gavel(p: Pen, pal: Palette, rng: Random) -> None:
    p.ellipse(0.62, 0.84, 0.28, 0.06, Obj.wood_dark)
    p.rect(0.34, 0.76, 0.9, 0.84, Obj.wood, r=0.02)
    p.ellipse(0.62, 0.76, 0.28, 0.05, mix(Obj.wood, Obj.white, 0.25))
    angle, c = -35, (0.38, 0.36)
    p.line(rotate([(0.38, 0.36), (0.38, 0.86)], angle, c), 0.05, Obj.wood_dark)
    head = rotate(rect_pts(0.18, 0.26, 0.58, 0.46), angle, c)
    p.poly(head, Obj.wood)
    for x0, x1 in ((0.18, 0.24), (0.52, 0.58)):
        p.poly(rotate(rect_pts(x0, 0.24, x1, 0.48), angle, c), pal.accent)


def _coin_stack(p: Pen, cx: float, base: float, n: int) -> None:
    for i in range(n):
        y = base - i * 0.06
        p.ellipse(cx, y + 0.02, 0.12, 0.045, mix(Obj.gold, Obj.wood_dark, 0.45))
        p.rect(cx - 0.12, y - 0.0, cx + 0.12, y + 0.02, mix(Obj.gold, Obj.wood_dark, 0.45))
        p.ellipse(cx, y, 0.12, 0.045, Obj.gold)


@motif("coins")
def coins(p: Pen, pal: Palette, rng: Random) -> None:
    p.ellipse(0.5, 0.88, 0.42, 0.05, pal.tint2)
    for cx, n in ((0.22, 3), (0.48, 5), (0.74, 7)):
        _coin_stack(p, cx, 0.84, n)
    p.line([(0.14, 0.46), (0.36, 0.32), (0.52, 0.38), (0.8, 0.12)], 0.035, pal.mid)
    p.poly([(0.84, 0.06), (0.86, 0.2), (0.72, 0.12)], pal.mid)
    p.circle(0.22, 0.22, 0.13, mix(Obj.gold, Obj.wood_dark, 0.3))
    p.circle(0.22, 0.2, 0.13, Obj.gold)
    label(p, 0.22, 0.2, "¥", 0.15, mix(Obj.gold, Obj.wood_dark, 0.6))


@motif("qr_phone")
def qr_phone(p: Pen, pal: Palette, rng: Random) -> None:
    p.rect(0.24, 0.04, 0.76, 0.96, pal.deep, r=0.07)
    p.rect(0.28, 0.12, 0.72, 0.86, Obj.white, r=0.02)
    cell, x0, y0 = 0.04, 0.32, 0.3
    for row in range(9):
        for col in range(9):
            finder = (row < 3 and col < 3) or (row < 3 and col > 5) or (row > 5 and col < 3)
            if finder or rng.random() < 0.45:
                p.rect(x0 + col * cell, y0 + row * cell, x0 + (col + 1) * cell, y0 + (row + 1) * cell, pal.deep)
    for fx, fy in ((0, 0), (6, 0), (0, 6)):
        p.rect(
            x0 + (fx + 0.5) * cell, y0 + (fy + 0.5) * cell, x0 + (fx + 2.5) * cell, y0 + (fy + 2.5) * cell, Obj.white
        )
        p.rect(x0 + (fx + 1) * cell, y0 + (fy + 1) * cell, x0 + (fx + 2) * cell, y0 + (fy + 2) * cell, pal.deep)
    p.line([(0.26, 0.48), (0.74, 0.48)], 0.014, pal.accent)
    p.circle(0.76, 0.78, 0.12, Obj.leaf)
    p.line([(0.7, 0.78), (0.75, 0.83), (0.83, 0.73)], 0.03, Obj.white)


@motif("key")
def key(p: Pen, pal: Palette, rng: Random) -> None:
    angle, c = -40, (0.5, 0.5)
    p.line(rotate([(0.36, 0.5), (0.9, 0.5)], angle, c), 0.07, Obj.gold)
    for x, depth in ((0.7, 0.19), (0.81, 0.14)):
        p.poly(rotate(rect_pts(x, 0.5, x + 0.07, 0.5 + depth), angle, c), Obj.gold)
    ring = rotate([(0.26, 0.5)], angle, c)[0]
    p.circle(ring[0], ring[1], 0.2, Obj.gold)
    p.circle(ring[0], ring[1], 0.08, pal.bg)


@motif("steps")
def steps(p: Pen, pal: Palette, rng: Random) -> None:
    ys = (0.14, 0.38, 0.62, 0.86)
    p.line([(0.18, ys[0]), (0.18, ys[-1])], 0.02, pal.tint2)
    for i, y in enumerate(ys):
        last = i == len(ys) - 1
        p.circle(0.18, y, 0.1, pal.accent if last else pal.mid)
        if last:
            p.line([(0.13, y), (0.17, y + 0.04), (0.235, y - 0.035)], 0.03, Obj.white)
        else:
            label(p, 0.18, y - 0.005, str(i + 1), 0.11, Obj.white)
        p.rect(0.34, y - 0.05, 0.34 + (0.5 if i % 2 else 0.58), y - 0.005, pal.deep, r=0.022)
        p.rect(0.34, y + 0.025, 0.34 + (0.36 if i % 2 else 0.3), y + 0.06, pal.tint2, r=0.017)


@motif("chat")
def chat(p: Pen, pal: Palette, rng: Random) -> None:
    p.rect(0.06, 0.1, 0.72, 0.58, pal.mid, r=0.08)
    p.poly([(0.18, 0.5), (0.34, 0.56), (0.14, 0.72)], pal.mid)
    for x in (0.25, 0.39, 0.53):
        p.circle(x, 0.34, 0.04, Obj.white)
    p.rect(0.42, 0.46, 0.94, 0.82, pal.accent, r=0.07)
    p.poly([(0.8, 0.76), (0.9, 0.94), (0.7, 0.8)], pal.accent)
    label(p, 0.68, 0.635, "?", 0.2, Obj.white)
