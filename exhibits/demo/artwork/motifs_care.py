"""Medical devices and protective supplies: stethoscope, monitor, mask, nebulizer, walker, test kit."""

from __future__ import annotations

from random import Random

from .canvas import Pen, arc_pts, bezier, rotate
from .palette import Obj, Palette, hexrgb, mix
from .registry import ground, motif, rect_pts


@motif("stethoscope")
def stethoscope(p: Pen, pal: Palette, rng: Random) -> None:
    left = bezier((0.2, 0.08), (0.12, 0.4), (0.26, 0.54), (0.4, 0.56))
    right = bezier((0.6, 0.08), (0.68, 0.4), (0.54, 0.54), (0.4, 0.56))
    p.line(left, 0.036, Obj.steel)
    p.line(right, 0.036, Obj.steel)
    for x in (0.2, 0.6):
        p.ellipse(x, 0.065, 0.045, 0.03, pal.deep)
    tube = bezier((0.4, 0.56), (0.4, 1.0), (0.76, 1.0), (0.76, 0.7))
    p.line(tube, 0.05, pal.mid)
    p.circle(0.4, 0.56, 0.04, Obj.steel)
    p.circle(0.76, 0.6, 0.16, Obj.steel)
    p.circle(0.76, 0.6, 0.13, Obj.metal)
    p.circle(0.76, 0.6, 0.09, mix(Obj.metal, Obj.white, 0.6))
    p.arc(0.76, 0.6, 0.11, 200, 250, 0.014, Obj.white)


@motif("monitor")
def monitor(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.9, 0.36)
    p.poly([(0.42, 0.7), (0.58, 0.7), (0.64, 0.88), (0.36, 0.88)], Obj.steel)
    p.rect(0.06, 0.12, 0.94, 0.74, Obj.white, r=0.05)
    p.rect(0.06, 0.12, 0.94, 0.74, None, r=0.05, outline=mix(pal.deep, Obj.white, 0.4), w=0.012)
    screen = hexrgb("#163244")
    p.rect(0.12, 0.19, 0.72, 0.67, screen, r=0.025)
    for y in (0.31, 0.43, 0.55):
        p.line([(0.15, y), (0.69, y)], 0.003, mix(screen, Obj.white, 0.12), caps=False)
    pulse = [
        (0.14, 0.45),
        (0.28, 0.45),
        (0.32, 0.38),
        (0.36, 0.45),
        (0.4, 0.45),
        (0.44, 0.26),
        (0.48, 0.58),
        (0.52, 0.45),
        (0.58, 0.45),
        (0.61, 0.4),
        (0.64, 0.45),
        (0.7, 0.45),
    ]
    p.line(pulse, 0.014, hexrgb("#5DE3A0"))
    for i, color in enumerate((pal.accent, pal.mid, Obj.light)):
        p.circle(0.83, 0.3 + i * 0.13, 0.045, color)
    p.circle(0.2, 0.6, 0.02, pal.accent)


@motif("mask")
def mask(p: Pen, pal: Palette, rng: Random) -> None:
    blue = mix(Obj.sky, pal.tint, 0.2)
    p.arc(0.17, 0.5, 0.13, 100, 260, 0.025, mix(blue, Obj.ink, 0.25))
    p.arc(0.83, 0.5, 0.13, -80, 80, 0.025, mix(blue, Obj.ink, 0.25))
    top = bezier((0.18, 0.34), (0.36, 0.24), (0.64, 0.24), (0.82, 0.34))
    bottom = bezier((0.82, 0.66), (0.64, 0.8), (0.36, 0.8), (0.18, 0.66))
    body = top + bottom
    p.poly([(x + 0.015, y + 0.02) for x, y in body], mix(blue, Obj.ink, 0.35))
    p.poly(body, blue)
    for k in (0.42, 0.5, 0.58):
        p.line(bezier((0.2, k), (0.4, k - 0.04), (0.6, k - 0.04), (0.8, k)), 0.012, mix(blue, Obj.white, 0.45))
    p.line(bezier((0.38, 0.3), (0.45, 0.27), (0.55, 0.27), (0.62, 0.3)), 0.014, Obj.white)


@motif("nebulizer")
def nebulizer(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.4, 0.92, 0.32)
    p.poly([(0.5, 0.24), (0.74, 0.27), (0.74, 0.37), (0.5, 0.4)], mix(pal.mid, Obj.white, 0.55))
    for x, y, r in ((0.8, 0.3, 0.07), (0.88, 0.22, 0.08), (0.9, 0.36, 0.06), (0.8, 0.17, 0.05), (0.95, 0.29, 0.05)):
        p.circle(x, y, r, mix(Obj.sky, Obj.white, 0.45))
    p.rect(0.18, 0.22, 0.54, 0.44, mix(Obj.white, pal.tint, 0.3), r=0.04)
    p.rect(0.18, 0.32, 0.54, 0.44, mix(Obj.sky, pal.mid, 0.35), r=0.04)
    p.rect(0.18, 0.32, 0.54, 0.36, mix(Obj.sky, pal.mid, 0.35))
    p.rect(0.18, 0.22, 0.54, 0.44, None, r=0.04, outline=mix(pal.deep, Obj.white, 0.5), w=0.01)
    p.rect(0.14, 0.42, 0.58, 0.9, Obj.white, r=0.07)
    p.rect(0.14, 0.42, 0.58, 0.9, None, r=0.07, outline=mix(pal.deep, Obj.white, 0.5), w=0.01)
    p.rect(0.22, 0.5, 0.5, 0.64, pal.deep, r=0.025)
    for i, h in enumerate((0.05, 0.08, 0.11)):
        p.rect(0.27 + i * 0.07, 0.61 - h, 0.31 + i * 0.07, 0.61, hexrgb("#5DE3A0"), r=0.01)
    p.circle(0.36, 0.76, 0.065, pal.mid)
    p.circle(0.36, 0.76, 0.03, Obj.white)


@motif("walker")
def walker(p: Pen, pal: Palette, rng: Random) -> None:
    ground(p, pal, 0.5, 0.9, 0.38)
    frame = Obj.steel
    p.line([(0.28, 0.22), (0.2, 0.86)], 0.035, frame)
    p.line([(0.72, 0.22), (0.8, 0.8)], 0.035, frame)
    p.line([(0.44, 0.22), (0.38, 0.86)], 0.03, mix(frame, Obj.white, 0.35))
    p.line([(0.24, 0.52), (0.76, 0.52)], 0.03, frame)
    p.line([(0.18, 0.2), (0.82, 0.2)], 0.05, pal.deep)
    for x in (0.3, 0.7):
        p.rect(x - 0.07, 0.17, x + 0.07, 0.23, pal.accent, r=0.03)
    for cx in (0.8,):
        p.circle(cx, 0.83, 0.06, Obj.ink)
        p.circle(cx, 0.83, 0.025, Obj.metal)
    for x in (0.2, 0.38):
        p.rect(x - 0.025, 0.83, x + 0.025, 0.88, Obj.ink, r=0.01)
    p.rect(0.3, 0.44, 0.7, 0.5, pal.mid, r=0.02)


@motif("test_kit")
def test_kit(p: Pen, pal: Palette, rng: Random) -> None:
    angle, c = -12, (0.46, 0.46)
    outline = mix(pal.deep, Obj.white, 0.55)
    card = rotate(rect_pts(0.08, 0.34, 0.84, 0.58), angle, c)
    p.poly([(x + 0.015, y + 0.02) for x, y in card], pal.tint2)
    p.poly(card, Obj.white)
    p.line([*card, card[0]], 0.01, outline)
    p.poly(rotate(rect_pts(0.42, 0.405, 0.74, 0.515), angle, c), mix(Obj.light, Obj.white, 0.4))
    for x in (0.54, 0.64):
        p.line(rotate([(x, 0.42), (x, 0.5)], angle, c), 0.016, Obj.berry, caps=False)
    well = rotate([(0.22, 0.46)], angle, c)[0]
    p.circle(well[0], well[1], 0.055, outline)
    p.circle(well[0], well[1], 0.04, Obj.light)
    p.line([(0.14, 0.9), (0.56, 0.7)], 0.016, mix(Obj.root, Obj.white, 0.3))
    p.ellipse(0.6, 0.68, 0.05, 0.028, Obj.white, angle=-25)
    tube = [(0.76, 0.6), (0.86, 0.6), *arc_pts(0.81, 0.86, 0.05, 0, 180, 12)]
    p.poly(tube, mix(Obj.white, pal.tint, 0.3))
    p.poly([(0.76, 0.74), (0.86, 0.74), *arc_pts(0.81, 0.86, 0.05, 0, 180, 12)], mix(Obj.sky, pal.mid, 0.3))
    p.rect(0.745, 0.55, 0.875, 0.62, pal.accent, r=0.015)
