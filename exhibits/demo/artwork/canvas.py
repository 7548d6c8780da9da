"""A supersampled drawing surface and a pen that draws in a motif's unit square.

Everything is drawn at `SCALE` times the final size and reduced with LANCZOS at the end, which gives
smooth, anti-aliased edges from Pillow's plain polygon and ellipse primitives.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1920, 1080
SCALE = 2

Color = tuple[int, int, int] | tuple[int, int, int, int]
Point = tuple[float, float]


def rotate(points: Iterable[Point], angle: float, origin: Point) -> list[Point]:
    """Points rotated by `angle` degrees (clockwise on screen) around `origin`."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    ox, oy = origin
    return [(ox + (x - ox) * ca - (y - oy) * sa, oy + (x - ox) * sa + (y - oy) * ca) for x, y in points]


def ellipse_pts(cx: float, cy: float, rx: float, ry: float, angle: float = 0, n: int = 72) -> list[Point]:
    pts = [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n)) for i in range(n)]
    return rotate(pts, angle, (cx, cy)) if angle else pts


def arc_pts(cx: float, cy: float, r: float, start: float, end: float, n: int = 48) -> list[Point]:
    """Points along a circular arc; angles in degrees, 0 = right, clockwise."""
    return [
        (
            cx + r * math.cos(math.radians(start + (end - start) * i / n)),
            cy + r * math.sin(math.radians(start + (end - start) * i / n)),
        )
        for i in range(n + 1)
    ]


def stadium_pts(cx: float, cy: float, length: float, r: float, angle: float = 0) -> list[Point]:
    """A capsule shape: total `length` along its axis, end radius `r`."""
    half = max(length / 2 - r, 0)
    pts = arc_pts(cx + half, cy, r, -90, 90, 24) + arc_pts(cx - half, cy, r, 90, 270, 24)
    return rotate(pts, angle, (cx, cy))


def leaf_pts(x0: float, y0: float, x1: float, y1: float, width: float = 0.35, n: int = 24) -> list[Point]:
    """A pointed leaf from the stem point (x0, y0) to the tip (x1, y1)."""
    length = math.hypot(x1 - x0, y1 - y0)
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    side = [(length * i / n, length * width * math.sin(math.pi * i / n) ** 0.8) for i in range(n + 1)]
    outline = [(x, -y) for x, y in side] + [(x, y) for x, y in reversed(side)]
    return rotate([(x0 + x, y0 + y) for x, y in outline], angle, (x0, y0))


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, n: int = 32) -> list[Point]:
    out: list[Point] = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def star_pts(cx: float, cy: float, r: float, points: int = 5, inner: float = 0.45, angle: float = -90) -> list[Point]:
    out: list[Point] = []
    for i in range(points * 2):
        rad = r if i % 2 == 0 else r * inner
        a = math.radians(angle + 180 * i / points)
        out.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return out


class Canvas:
    """The full picture, in final-size pixel coordinates."""

    def __init__(self, background: Color) -> None:
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background[:3])
        self.draw = ImageDraw.Draw(self.image)

    def pen(self, x: float, y: float, size: float, flip: bool = False) -> Pen:
        """A pen whose unit square covers the box (x, y, size, size) of the picture."""
        return Pen(self, x, y, size, flip)

    def page(self) -> Pen:
        """A pen in plain picture pixels (unit = one final pixel)."""
        return Pen(self, 0, 0, 1, False)

    def text(self, xy: Point, text: str, font: ImageFont.FreeTypeFont, fill: Color, anchor: str = "ls") -> None:
        self.draw.text((xy[0] * SCALE, xy[1] * SCALE), text, font=font, fill=fill, anchor=anchor)

    def finish(self) -> Image.Image:
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


class Pen:
    """Draws shapes given in a unit square (0..1) mapped onto a box of the canvas."""

    def __init__(self, canvas: Canvas, x: float, y: float, size: float, flip: bool) -> None:
        self.canvas, self.x, self.y, self.size, self.flip = canvas, x, y, size, flip

    def sub(self, x: float, y: float, size: float) -> Pen:
        """A pen for a smaller square inside this one (unit coordinates of this pen)."""
        left = 1 - x - size if self.flip else x
        return Pen(self.canvas, self.x + left * self.size, self.y + y * self.size, size * self.size, self.flip)

    def _xy(self, p: Point) -> tuple[float, float]:
        u = 1 - p[0] if self.flip else p[0]
        return ((self.x + u * self.size) * SCALE, (self.y + p[1] * self.size) * SCALE)

    def _w(self, w: float) -> int:
        return max(1, round(w * self.size * SCALE))

    def poly(self, pts: Sequence[Point], fill: Color | None = None, outline: Color | None = None, w: float = 0) -> None:
        xy = [self._xy(p) for p in pts]
        self.canvas.draw.polygon(xy, fill=fill)
        if outline is not None:
            self.line([*pts, pts[0]], w, outline)

    def circle(
        self, cx: float, cy: float, r: float, fill: Color | None = None, outline: Color | None = None, w: float = 0
    ) -> None:
        x, y = self._xy((cx, cy))
        rad = r * self.size * SCALE
        width = self._w(w) if outline is not None else 0
        self.canvas.draw.ellipse((x - rad, y - rad, x + rad, y + rad), fill=fill, outline=outline, width=width)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Color, angle: float = 0) -> None:
        self.poly(ellipse_pts(cx, cy, rx, ry, angle), fill)

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: Color | None,
        r: float = 0,
        outline: Color | None = None,
        w: float = 0,
    ) -> None:
        (ax, ay), (bx, by) = self._xy((x0, y0)), self._xy((x1, y1))
        box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        width = self._w(w) if outline is not None else 0
        self.canvas.draw.rounded_rectangle(box, radius=r * self.size * SCALE, fill=fill, outline=outline, width=width)

    def line(self, pts: Sequence[Point], w: float, fill: Color, caps: bool = True) -> None:
        """A polyline of width `w` with rounded joints and (optionally) rounded ends."""
        xy = [self._xy(p) for p in pts]
        self.canvas.draw.line(xy, fill=fill, width=self._w(w), joint="curve")
        if caps:
            for p in (pts[0], pts[-1]):
                self.circle(p[0], p[1], w / 2 * 0.98, fill)

    def arc(self, cx: float, cy: float, r: float, start: float, end: float, w: float, fill: Color) -> None:
        self.line(arc_pts(cx, cy, r, start, end), w, fill)

    def text(self, cx: float, cy: float, text: str, font: ImageFont.FreeTypeFont, fill: Color) -> None:
        """Centred text; `font` must already be sized for the supersampled canvas."""
        self.canvas.draw.text(self._xy((cx, cy)), text, font=font, fill=fill, anchor="mm")

    def px(self, units: float) -> int:
        """A length in unit coordinates as supersampled pixels (for sizing fonts)."""
        return max(1, round(units * self.size * SCALE))
