"""The text side of a poster: kind badge, Chinese title, accent rule, English title, one optional fact."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageFont

from .canvas import Canvas
from .palette import Obj, Palette
from .typeset import ellipsize, fits, font, ink_left, width, wrap

BADGE_H, BADGE_FONT = 60, 30
RULE_W, RULE_H = 96, 9
FACT_H, FACT_FONT = 58, 32
ZH_SIZES = tuple(range(104, 55, -4))
TWO_LINE_MIN = 84  # prefer two Chinese lines down to this size before allowing three
HANG = set("“‘《「『（")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Titles:
    zh: list[str]
    zh_size: int
    en: list[str]
    en_size: int

    @property
    def zh_lead(self) -> float:
        return self.zh_size * 1.24

    @property
    def en_lead(self) -> float:
        return self.en_size * 1.3


@dataclass(frozen=True)
class TextSpec:
    badge: str
    zh: str
    en: str
    fact: str = ""


def _gaps(titles: Titles, spec: TextSpec, badge: bool) -> float:
    extra = BADGE_H + 44 if badge else 0
    if spec.fact:
        extra += 44 + FACT_H
    return extra + (34 + RULE_H + 34 if titles.en else 0)


def block_height(titles: Titles, spec: TextSpec, badge: bool = True) -> float:
    return _gaps(titles, spec, badge) + len(titles.zh) * titles.zh_lead + len(titles.en) * titles.en_lead


def _titles_at(spec: TextSpec, box: Box, zh_size: int, split: bool = False) -> Titles:
    en_size = max(32, min(50, round(zh_size * 0.5)))
    zh = wrap(spec.zh, font(zh_size, bold=True), box.w, split)
    return Titles(zh, zh_size, wrap(spec.en, font(en_size), box.w, split), en_size)


def _ok(titles: Titles, spec: TextSpec, box: Box, badge: bool, zh_lines: int) -> bool:
    zh_font, en_font = font(titles.zh_size, bold=True), font(titles.en_size)
    return (
        len(titles.zh) <= zh_lines
        and len(titles.en) <= 4
        and fits(titles.zh, zh_font, box.w)
        and fits(titles.en, en_font, box.w)
        and block_height(titles, spec, badge) <= box.h
    )


def fit_titles(spec: TextSpec, box: Box, badge: bool = True) -> Titles:
    """The largest sizes whose wrapped lines fit the box: two Chinese lines if that keeps the title large,
    else three, shrinking as needed, and cutting with an ellipsis only as a last resort."""
    for zh_lines, sizes in ((2, [s for s in ZH_SIZES if s >= TWO_LINE_MIN]), (3, ZH_SIZES)):
        for zh_size in sizes:
            titles = _titles_at(spec, box, zh_size)
            if _ok(titles, spec, box, badge, zh_lines):
                return titles
    titles = _titles_at(spec, box, ZH_SIZES[-1], split=True)
    zh_font, en_font = font(titles.zh_size, bold=True), font(titles.en_size)
    zh, en = ellipsize(titles.zh, zh_font, box.w, 3), ellipsize(titles.en, en_font, box.w, 3)
    return Titles(zh, titles.zh_size, en, titles.en_size)


def _x(box: Box, line_w: float, align: str) -> float:
    return box.x + (box.w - line_w) / 2 if align == "center" else box.x


def draw_badge(canvas: Canvas, x: float, y: float, label: str, pal: Palette) -> float:
    """A pill with the kind's name; returns its width."""
    fnt = font(BADGE_FONT, bold=True)
    w = width(label, fnt) + 96
    pen = canvas.page()
    pen.rect(x, y, x + w, y + BADGE_H, pal.deep, r=BADGE_H / 2)
    pen.circle(x + 34, y + BADGE_H / 2, 9, pal.accent)
    canvas.text((x + 60, y + BADGE_H / 2), label, fnt, Obj.white, anchor="lm")
    return w


def _draw_fact(canvas: Canvas, x: float, y: float, text: str, pal: Palette) -> None:
    fnt = font(FACT_FONT, bold=True)
    w = width(text, fnt) + 64
    canvas.page().rect(x, y, x + w, y + FACT_H, None, r=FACT_H / 2, outline=pal.mid, w=3)
    canvas.text((x + 32, y + FACT_H / 2), text, fnt, pal.mid, anchor="lm")


def _lines(
    canvas: Canvas,
    box: Box,
    y: float,
    lines: list[str],
    fnt: ImageFont.FreeTypeFont,
    lead: float,
    color: tuple[int, int, int],
    align: str,
) -> float:
    for line in lines:
        x = _x(box, width(line, fnt), align)
        if align == "left" and line[:1] in HANG:
            x -= ink_left(line[0], fnt) - ink_left("口", fnt)  # hang an opening quote into the margin
        canvas.text((x, y + lead * 0.5), line, fnt, color, anchor="lm")
        y += lead
    return y


def draw_text(canvas: Canvas, box: Box, spec: TextSpec, pal: Palette, align: str = "left", badge: bool = True) -> None:
    """Fit and draw the block, centred vertically in `box`."""
    titles = fit_titles(spec, box, badge)
    y = box.y + max(0.0, (box.h - block_height(titles, spec, badge)) / 2)
    if badge:
        label_w = width(spec.badge, font(BADGE_FONT, bold=True)) + 96
        draw_badge(canvas, _x(box, label_w, align), y, spec.badge, pal)
        y += BADGE_H + 44
    y = _lines(canvas, box, y, titles.zh, font(titles.zh_size, bold=True), titles.zh_lead, pal.deep, align)
    if titles.en:
        y += 34
        rule_x = _x(box, RULE_W, align)
        canvas.page().rect(rule_x, y, rule_x + RULE_W, y + RULE_H, pal.accent, r=RULE_H / 2)
        y += RULE_H + 34
    y = _lines(canvas, box, y, titles.en, font(titles.en_size), titles.en_lead, pal.subtitle, align)
    if spec.fact:
        fact_w = width(spec.fact, font(FACT_FONT, bold=True)) + 64
        _draw_fact(canvas, _x(box, fact_w, align), y + 44, spec.fact, pal)
