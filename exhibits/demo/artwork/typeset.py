"""Fonts and line breaking for Chinese and English titles."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .canvas import SCALE
from .words import merge_words

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "assets" / "fonts"
SYSTEM = Path("/usr/share/fonts/opentype/noto")

# Never start a line with these, never end one with the opening ones.
NO_START = set("，。、：；！？）》」』】〉”’%·…—,.;:!?)]}")
NO_END = set("（《「『【〈“‘([{")
# A short quoted brand name stays whole, as does a Latin word or number.
TOKEN = re.compile(r"“[^”]{1,8}”|《[^》]{1,10}》|[A-Za-z0-9][A-Za-z0-9.'’\-/+&]*|\s+|.", re.S)


@lru_cache(maxsize=4)
def _font_source(weight: str) -> tuple[str, int]:
    """Path and face index of the Simplified-Chinese Noto Sans face of `weight` (Regular or Bold)."""
    bundled = BUNDLED / f"NotoSansSC-{weight}.otf"
    if bundled.is_file():
        return str(bundled), 0
    path = SYSTEM / f"NotoSansCJK-{weight}.ttc"
    for index in range(10):
        try:
            name = ImageFont.truetype(str(path), 20, index=index).getname()[0]
        except OSError:
            break
        if name == "Noto Sans CJK SC":
            return str(path), index
    raise FileNotFoundError(f"no Simplified-Chinese Noto Sans {weight} font in {BUNDLED} or {SYSTEM}")


@lru_cache(maxsize=256)
def font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A font of `size` final-image pixels, sized for the supersampled canvas."""
    path, index = _font_source("Bold" if bold else "Regular")
    return ImageFont.truetype(path, max(1, round(size * SCALE)), index=index)


def width(text: str, fnt: ImageFont.FreeTypeFont) -> float:
    """Advance width of `text` in final-image pixels."""
    return fnt.getlength(text) / SCALE


@lru_cache(maxsize=64)
def ink_left(char: str, fnt: ImageFont.FreeTypeFont) -> float:
    """Blank space before the ink of `char`, in final-image pixels."""
    size = fnt.size * 2
    mask = Image.new("L", (size, size))
    ImageDraw.Draw(mask).text((0, 0), char, font=fnt, fill=255)
    box = mask.getbbox()
    return box[0] / SCALE if box else 0.0


def tokens(text: str) -> list[str]:
    """Unbreakable pieces: a Latin word or number, a space, or one CJK character, with punctuation glued on."""
    raw = merge_words(TOKEN.findall(text))
    out: list[str] = []
    for tok in raw:
        if out and (tok[0] in NO_START or out[-1][-1] in NO_END) and not out[-1].isspace():
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _greedy(toks: list[str], fnt: ImageFont.FreeTypeFont, limit: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for tok in toks:
        trial = line + tok
        if line and width(trial.rstrip(), fnt) > limit and not tok.isspace():
            lines.append(line.rstrip())
            line = tok.lstrip()
        else:
            line = trial if line or not tok.isspace() else ""
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _split_wide(tok: str, fnt: ImageFont.FreeTypeFont, limit: float) -> list[str]:
    """A token wider than a whole line, cut into single characters so it can be broken anywhere."""
    return list(tok) if width(tok, fnt) > limit else [tok]


def wrap(text: str, fnt: ImageFont.FreeTypeFont, limit: float, split_wide: bool = False) -> list[str]:
    """Lines of at most `limit` pixels, balanced so the last is not a stub. A word wider than a line
    stays whole (and overflows) unless `split_wide` is set."""
    toks = tokens(" ".join(text.split()))
    if split_wide:
        toks = [piece for tok in toks for piece in _split_wide(tok, fnt, limit)]
    lines = _greedy(toks, fnt, limit)
    if len(lines) < 2:
        return lines
    low, high = limit * 0.5, limit
    for _ in range(12):
        trial = (low + high) / 2
        if len(_greedy(toks, fnt, trial)) > len(lines):
            low = trial
        else:
            high = trial
    return _greedy(toks, fnt, high)


def fits(lines: list[str], fnt: ImageFont.FreeTypeFont, limit: float) -> bool:
    return all(width(line, fnt) <= limit + 0.5 for line in lines)


def ellipsize(lines: list[str], fnt: ImageFont.FreeTypeFont, limit: float, max_lines: int) -> list[str]:
    """Cut to `max_lines`, ending the last kept line with an ellipsis that fits."""
    if len(lines) <= max_lines and fits(lines, fnt, limit):
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and width(last + "…", fnt) > limit:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept
