"""Files for import tests: spreadsheets, JSON and images written for real."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
from PIL import Image

from kiosk.core.exhibits.model import ImageRef


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], *, title: str = "Sheet1", before: list[str] = ()) -> Path:
    """A workbook whose sheet `title` holds rows; sheets named in `before` come first, holding junk.

    Strings are written as text cells (never formulas), escaped the way Excel escapes them.
    """
    book = openpyxl.Workbook()
    book.active.title = title
    for name in reversed(before):
        book.create_sheet(name, 0).append(["junk"])
    for row in rows:
        book[title].append([_ooxml_escape(v) if isinstance(v, str) else v for v in row])
    for row in book[title].iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    book.save(path)
    return path


def _ooxml_escape(text: str) -> str:
    unsafe = r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]"
    return re.sub(unsafe, lambda m: f"_x{ord(m.group()):04X}_", text)


def write_json(path: Path, exhibits: list[dict[str, Any]], *, wrapped: bool = True) -> Path:
    data = {"format": "kiosk-exhibits", "version": 1, "exhibits": exhibits} if wrapped else exhibits
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def make_image(path: Path, size: tuple[int, int] = (64, 48), colour: str = "#3a7") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as src:
        return list(csv.reader(src))


def read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def image_names(images: list[ImageRef]) -> list[str]:
    return [image.name for image in images]
