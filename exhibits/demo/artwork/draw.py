"""Draw the demo exhibit images from exhibits.json.

Run from the repository root:

    .venv/bin/python -m exhibits.demo.artwork.draw            # every exhibit
    .venv/bin/python -m exhibits.demo.artwork.draw --only ID  # one or a few
    .venv/bin/python -m exhibits.demo.artwork.draw --sheet /tmp/sheet.png  # also a contact sheet
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from .canvas import HEIGHT, WIDTH
from .compose import render

DEMO = Path(__file__).resolve().parents[1]
COLORS = 256  # the posters are flat; a 256-colour palette keeps edges smooth and files small


def load_exhibits(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "kiosk-exhibits":
        raise ValueError(f"{path}: not a kiosk-exhibits file")
    return [e for e in data.get("exhibits", []) if e.get("id") and e.get("kind")]


def image_name(exhibit: dict[str, Any]) -> str:
    """The exhibit's first listed PNG, or <id>.png."""
    names = [n for n in exhibit.get("images", []) if isinstance(n, str) and n.lower().endswith(".png")]
    return Path(names[0]).name if names else f"{exhibit['id']}.png"


def indexed(exhibits: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Each exhibit with its position among exhibits of the same kind."""
    seen: dict[str, int] = {}
    out = []
    for exhibit in exhibits:
        index = seen.get(exhibit["kind"], 0)
        seen[exhibit["kind"]] = index + 1
        out.append((exhibit, index))
    return out


def save(image: Image.Image, path: Path) -> None:
    flat = image.quantize(colors=COLORS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    flat.save(path, format="PNG", optimize=True)


def contact_sheet(paths: Sequence[Path], out: Path, columns: int = 6, thumb: tuple[int, int] = (480, 270)) -> None:
    rows = (len(paths) + columns - 1) // columns
    gap = 12
    sheet = Image.new("RGB", (columns * (thumb[0] + gap) + gap, rows * (thumb[1] + gap) + gap), (40, 40, 40))
    for i, path in enumerate(paths):
        with Image.open(path) as img:
            small = img.convert("RGB").resize(thumb, Image.Resampling.LANCZOS)
        sheet.paste(small, (gap + (i % columns) * (thumb[0] + gap), gap + (i // columns) * (thumb[1] + gap)))
    sheet.save(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Draw {WIDTH}x{HEIGHT} demo exhibit images.")
    parser.add_argument("--exhibits", type=Path, default=DEMO / "exhibits.json")
    parser.add_argument("--out", type=Path, default=DEMO / "images")
    parser.add_argument("--only", nargs="+", metavar="ID", help="draw only these exhibit ids")
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of all images here")
    args = parser.parse_args(argv)

    exhibits = indexed(load_exhibits(args.exhibits))
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for exhibit, index in exhibits:
        path = args.out / image_name(exhibit)
        if not args.only or exhibit["id"] in args.only:
            save(render(exhibit, index), path)
            print(f"{path.name}  {path.stat().st_size // 1024} KB")
        written.append(path)
    known = {p.name for p in written}
    for stale in sorted(args.out.glob("*.png")):
        if stale.name not in known:
            print(f"note: {stale.name} belongs to no exhibit", file=sys.stderr)
    if args.sheet:
        contact_sheet([p for p in written if p.exists()], args.sheet)
    total = sum(p.stat().st_size for p in written if p.exists())
    print(f"{len(written)} images, {total / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
