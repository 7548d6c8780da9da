"""Colours: one palette per exhibit kind, plus fixed colours for real-world objects."""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]


def hexrgb(value: str) -> RGB:
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """The colour `t` of the way from `a` to `b`."""
    return round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t)


@dataclass(frozen=True)
class Palette:
    bg: RGB  # page background
    tint: RGB  # large soft shapes behind everything
    tint2: RGB  # a step darker than tint
    deep: RGB  # titles, badges, dark parts of motifs
    mid: RGB  # the kind's main colour
    accent: RGB  # small highlights, rules

    @property
    def subtitle(self) -> RGB:
        return mix(self.deep, self.mid, 0.35)


def _palette(*values: str) -> Palette:
    return Palette(*(hexrgb(v) for v in values))


PALETTES: dict[str, Palette] = {
    "patent": _palette("#EEF4FB", "#DDE8F6", "#C5D8EF", "#16355C", "#2E6CB3", "#F2A93B"),
    "trademark": _palette("#FCF2EC", "#F8E0D4", "#F1C8B6", "#6E1D2A", "#C5413E", "#E6A23A"),
    "gi": _palette("#F4F5E6", "#E4EACB", "#CFDCAA", "#2C5230", "#5B9146", "#D6442D"),
    "story": _palette("#EAF6F4", "#D3EDE8", "#B6E0D8", "#0F4B47", "#1D8A7E", "#F08A5D"),
    "guide": _palette("#F1F0FA", "#E1DEF5", "#CBC5EE", "#2D2869", "#5A4FC2", "#F2B33F"),
    "event": _palette("#FDF4E8", "#FBE4C8", "#F5CD9E", "#44235A", "#DF6530", "#2A8A98"),
}


class Obj:
    """Colours of things that look the same whatever the kind (berries are red, leaves green)."""

    white = hexrgb("#FFFFFF")
    paper = hexrgb("#FFFDF8")
    ink = hexrgb("#34404E")
    grey = hexrgb("#9AA6B3")
    light = hexrgb("#DCE3EA")
    metal = hexrgb("#BAC4CE")
    steel = hexrgb("#5D6A78")
    berry = hexrgb("#D7362B")
    berry_dark = hexrgb("#A4241D")
    leaf = hexrgb("#4F9B46")
    leaf_dark = hexrgb("#2F6C37")
    leaf_light = hexrgb("#8CC26A")
    wine = hexrgb("#7C2149")
    grape = hexrgb("#6A3A8B")
    grape_light = hexrgb("#9364B5")
    wood = hexrgb("#A06C3F")
    wood_dark = hexrgb("#6D4426")
    jujube = hexrgb("#B5372A")
    jujube_dark = hexrgb("#80231B")
    wool = hexrgb("#FBF6EA")
    wool_shade = hexrgb("#E9DFCB")
    face = hexrgb("#3B302B")
    gold = hexrgb("#E8B23A")
    seal = hexrgb("#CC2F2F")
    sky = hexrgb("#8DC6EA")
    wheat = hexrgb("#E2B650")
    wheat_dark = hexrgb("#B9862C")
    root = hexrgb("#C99A5B")
    root_dark = hexrgb("#8E6331")


def palette_for(kind: str) -> Palette:
    return PALETTES.get(kind, PALETTES["story"])
