"""Build the kiosk's bundled Simplified-Chinese font from Noto Sans CJK.

A fresh Debian machine has no CJK font, so the kiosk ships its own: a subset of
the Simplified-Chinese face of Noto Sans CJK (SIL Open Font License 1.1),
renamed to the family "Noto Sans SC". This script makes
assets/fonts/NotoSansSC-Regular.otf and assets/fonts/NotoSansSC-Bold.otf.

The subset holds:
  * every character of GB2312 (found by decoding each of its double-byte codes:
    all 6,763 hanzi plus its punctuation, symbols, kana, Greek and Cyrillic);
  * every character used in the demo exhibits (exhibits/demo/exhibits.json) and
    in the interface sources (kiosk/ui/qml/**/*.qml, assets/translations/*.ts);
  * CJK symbols and punctuation, full-width forms, Basic Latin, Latin-1,
    Latin Extended-A, general punctuation, arrows, pinyin tone letters and a
    few symbols (see EXTRA_RANGES and PINYIN below).
Layout features for CJK text (kerning, proportional and vertical forms) and the
CFF hinting are kept; glyph alternates for other locales (locl, aalt) are not.

Run it again whenever the demo exhibits or the interface text change:

    pip install -e '.[fonts]'        # fontTools, a maintainer tool only
    python scripts/make_font.py      # needs Debian's fonts-noto-cjk (or --source-dir)

Characters that a booth's own content needs beyond these can be added with
--include 'path/to/texts/*.csv' (any UTF-8 text or JSON file).

The output is reproducible: the same sources and fontTools version give the same
bytes (the head table keeps the source font's timestamps).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC"
STYLES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
TEXT_SOURCES = ("exhibits/demo/exhibits.json", "kiosk/ui/qml/**/*.qml", "assets/translations/*.ts")

EXTRA_RANGES = (
    (0x0020, 0x007E),  # Basic Latin (digits included)
    (0x00A0, 0x00FF),  # Latin-1 Supplement (© ® ¥ · × ÷ ü ...)
    (0x0100, 0x017F),  # Latin Extended-A (ā ē ě ī ō ū ...)
    (0x2000, 0x206F),  # General Punctuation
    (0x20AC, 0x20AC),  # Euro sign
    (0x2100, 0x214F),  # Letterlike Symbols (™ ℃ № ...)
    (0x2190, 0x21FF),  # Arrows
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⑴ ...)
    (0x25A0, 0x25FF),  # Geometric Shapes (● ■ ▲ ...)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)
# Pinyin letters outside the ranges above: ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ (Latin Extended-B), ḿ ǹ, and ɑ ɡ.
PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿɑɡ"

# GPOS: kern, mark, palt/halt (proportional/half-width CJK), vertical metrics. GSUB: vertical forms,
# width variants, ligatures and composition. Not aalt/locl/hist/ruby/jamo: alternates for other locales.
FEATURES = (
    "kern", "mark", "mkmk", "palt", "halt", "vkrn", "vpal", "vhal",
    "vert", "vrt2", "fwid", "hwid", "pwid", "ccmp", "calt", "liga", "clig", "rlig",
)  # fmt: skip


def gb2312_chars() -> set[str]:
    """Every character of GB2312: decode each double-byte code (rows and cells 0xA1-0xFE)."""
    found = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                found.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def _strings(value: object) -> Iterator[str]:
    """Every string inside a parsed JSON document, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def text_chars(root: Path, patterns: Iterable[str]) -> tuple[set[str], list[Path]]:
    """Characters used in the demo exhibits and interface sources, and the files read."""
    chars: set[str] = set()
    files = sorted({path for pattern in patterns for path in root.glob(pattern) if path.is_file()})
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            text = "".join(_strings(json.loads(text)))
        chars.update(ch for ch in text if ord(ch) > 0x7E)
    return chars, files


def wanted_codepoints(root: Path, extra_patterns: Iterable[str] = ()) -> tuple[set[int], list[Path]]:
    chars, files = text_chars(root, (*TEXT_SOURCES, *extra_patterns))
    chars |= gb2312_chars() | set(PINYIN)
    codepoints = {ord(ch) for ch in chars}
    for first, last in EXTRA_RANGES:
        codepoints.update(range(first, last + 1))
    return codepoints, files


def open_face(path: Path, family: str) -> TTFont:
    """The face of a font collection whose family name (name ID 1) is `family`."""
    collection = TTCollection(str(path))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    names = [font["name"].getDebugName(1) for font in collection.fonts]
    raise SystemExit(f"{path} has no face named {family!r}; it has {names}")


def subset_options() -> subset.Options:
    options = subset.Options()
    options.layout_features = list(FEATURES)
    options.name_IDs = ["*"]  # keep copyright, licence, designer and URL records
    options.name_languages = [0x0409, 0x0804]  # English and Simplified Chinese names
    options.hinting = True
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    return options


def rename(font: TTFont, style: str) -> None:
    """Give the subset its own family name everywhere the name is stored."""
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    version = font["name"].getDebugName(5).split(";")[0].removeprefix("Version ")
    unique = f"{version};{postscript};subset"
    records = {1: FAMILY, 2: style, 3: unique, 4: full, 6: postscript}
    table = font["name"]
    for record in table.names:
        if record.nameID in records:
            record.string = records[record.nameID]
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FamilyName, top.FullName = FAMILY, full


def build(style: str, source: Path, codepoints: set[int], out: Path) -> TTFont:
    font = open_face(source, SOURCE_FAMILY)
    available = set(font.getBestCmap())
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=codepoints & available)
    subsetter.subset(font)
    rename(font, style)
    font.recalcTimestamp = False
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return TTFont(str(out))


def report(out: Path, font: TTFont, codepoints: set[int]) -> list[int]:
    """Print what was written; return wanted code points the font lacks (outside the filler ranges)."""
    cmap = font.getBestCmap()
    must_have = {cp for cp in codepoints if not any(a <= cp <= b for a, b in EXTRA_RANGES)}
    missing = sorted(must_have - set(cmap))
    hanzi = sum(1 for cp in cmap if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or cp >= 0x20000)
    size = out.stat().st_size
    print(f"{out.relative_to(ROOT)}: {size / 1e6:.2f} MB, {len(cmap)} characters ({hanzi} hanzi), "
          f"{font['maxp'].numGlyphs} glyphs, family {font['name'].getDebugName(1)!r}")  # fmt: skip
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR, help="folder with NotoSansCJK-*.ttc")
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "fonts", help="output folder")
    parser.add_argument(
        "--include", action="append", default=[], metavar="GLOB",
        help="more text files (relative to the project, glob allowed) whose characters must be covered",
    )  # fmt: skip
    args = parser.parse_args(argv)
    codepoints, files = wanted_codepoints(ROOT, args.include)
    print(f"characters wanted: {len(codepoints)}, from GB2312, fixed ranges and {len(files)} text files:")
    for path in files:
        print(f"  {path.relative_to(ROOT)}")
    if not any(path.name == "exhibits.json" for path in files):
        print("warning: exhibits/demo/exhibits.json not found; its characters are not included", file=sys.stderr)
    status = 0
    for style, filename in STYLES.items():
        out = args.out / f"{FAMILY.replace(' ', '')}-{style}.otf"
        font = build(style, args.source_dir / filename, codepoints, out)
        missing = report(out, font, codepoints)
        if missing:
            status = 1
            shown = " ".join(f"U+{cp:04X} {chr(cp)}" for cp in missing[:40])
            print(f"  not in the source font ({len(missing)}): {shown}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
