"""`kiosk export`: every exhibit (published or hidden) to CSV, XLSX or JSON.

The files use the canonical columns (title_zh, ...), or with a language the
headers staff write in it (标题（中文）, Title (English), ...; in Chinese also
the kinds and yes/no), and are read back exactly by kiosk.core.interchange.importer:
export, import into an empty content folder and export again gives the same
exhibits and the same file. With an images folder, each image's original file
is copied there under the name the exhibit gives it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell

from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.model import FIELDS, KINDS, LANGS, Exhibit, ImageRef, column_name, columns
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange import tabular
from kiosk.core.interchange.headers import header_label, join_list
from kiosk.core.interchange.validate import image_source, safe_image_name


def export(
    store: ExhibitStore,
    out_path: Path,
    fmt: str | None = None,
    images_dir: Path | None = None,
    *,
    lang: str | None = None,
) -> int:
    """Write every exhibit to `out_path` (format from `fmt` or the extension); the number written.

    With `lang` (zh or en) the headers are written in that language instead of as column names.
    """
    fmt = tabular.format_of(out_path, fmt)
    exhibits = store.exhibits(published_only=False)
    names = _copy_images(store, exhibits, images_dir) if images_dir else {}
    records = [exhibit_record(exhibit, names) for exhibit in exhibits]
    headers = {column: header_label(column, lang) if lang else column for column in columns()}
    if lang == "zh" and fmt != "json":  # a Chinese sheet reads 专利 and 是/否, as staff would write them
        records = [_in_chinese(record) for record in records]
    try:
        write_table(out_path, columns(), [_headed(record, headers) for record in records], fmt, headers)
    except OSError as exc:
        raise KioskError(f"Cannot write {out_path}: {exc.strerror or exc}") from exc
    return len(records)


def exhibit_record(exhibit: Exhibit, names: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    """An exhibit as canonical column -> value (str, int, bool or list), in export order."""
    record: dict[str, Any] = {}
    for spec in FIELDS:
        for lang in LANGS if spec.localized else (None,):
            column = column_name(spec.name, lang)
            if spec.type == "tags":
                record[column] = list(exhibit.tags.get(lang, []))
            elif spec.localized:
                record[column] = exhibit.text.get(spec.name, {}).get(lang, "")
            elif spec.type == "images":
                record[column] = [(names or {}).get((i.sha256, i.name), i.name) for i in exhibit.images]
            else:
                record[column] = getattr(exhibit, spec.name)
    return record


def _copy_images(store: ExhibitStore, exhibits: list[Exhibit], images_dir: Path) -> dict[tuple[str, str], str]:
    """Copy each image's original into images_dir; the name each (sha256, name) was written under.

    Two different images stored under one name (imported from different folders)
    cannot share a file: the later one gets the start of its SHA-256 added to its name.
    """
    written: dict[str, str] = {}  # file name -> sha256 of its content
    names: dict[tuple[str, str], str] = {}
    for exhibit in exhibits:
        for image in exhibit.images:
            if (image.sha256, image.name) in names:
                continue
            name = _free_name(image, written)
            if name not in written:
                _copy_original(store, exhibit, image, image_source(name, images_dir))
                written[name] = image.sha256
            names[(image.sha256, image.name)] = name
    return names


def _free_name(image: ImageRef, written: dict[str, str]) -> str:
    if not safe_image_name(image.name):
        raise KioskError(f"Image name {image.name!r} would be written outside the images folder.")
    name = image.name
    if written.get(name, image.sha256) != image.sha256:
        path = PurePosixPath(name.replace("\\", "/"))
        name = str(path.with_name(f"{path.stem}-{image.sha256[:8]}{path.suffix}"))
    return name


def _copy_original(store: ExhibitStore, exhibit: Exhibit, image: ImageRef, target: Path) -> None:
    record = store.media_for(image.sha256)
    source = store.folder / record["original"] if record and record.get("original") else None
    if source is None or not source.is_file():
        raise KioskError(f"Exhibit {exhibit.id!r}: the original file of image {image.name!r} is missing.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise KioskError(f"Cannot copy image {image.name!r} to {target}: {exc.strerror or exc}") from exc


# -- writing files ----------------------------------------------------------------------


def _in_chinese(record: dict[str, Any]) -> dict[str, Any]:
    cells = {
        column: ("是" if value else "否") if isinstance(value, bool) else value for column, value in record.items()
    }
    return {**cells, "kind": KINDS[record["kind"]].zh}


def _headed(record: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    return {headers[column]: value for column, value in record.items()}


def write_table(
    path: Path,
    columns: list[str],
    records: list[dict[str, Any]],
    fmt: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Write records (header -> str, int, bool or list) as CSV, XLSX or JSON, replacing the file whole.

    `headers` turns canonical columns into the headers the records are keyed by (default: the same).
    """
    fmt = tabular.format_of(path, fmt)
    columns = [headers[column] for column in columns] if headers else columns
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")  # a failed export leaves the old file as it was
    try:
        {"csv": _write_csv, "xlsx": _write_xlsx, "json": _write_json}[fmt](partial, columns, records)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def plain_cell(value: Any) -> str | int:
    """A value as a spreadsheet cell: lists joined, booleans as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return join_list([str(v) for v in value])
    return value


def _write_csv(path: Path, columns: list[str], records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:  # the BOM tells Excel it is UTF-8
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([plain_cell(record[c]) for c in columns] for record in records)


def _write_xlsx(path: Path, columns: list[str], records: list[dict[str, Any]]) -> None:
    # Every cell is checked before the workbook exists: a refused one must not leave a half-written file.
    rows = [[_xlsx_value(plain_cell(r[c]), r[columns[0]], c) for c in columns] for r in records]  # id comes first
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(tabular.SHEET_NAMES[0])
    sheet.freeze_panes = "A2"
    for row in [columns, *rows]:
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) else v for v in row])
    book.save(path)


def _xlsx_value(value: str | int, exhibit_id: str, column: str) -> str | int:
    if not isinstance(value, str):
        return value
    text = tabular.xlsx_escape(value)
    if len(text) > tabular.XLSX_MAX_CELL:
        raise KioskError(
            f"Exhibit {exhibit_id!r}, field {column}: {len(text)} characters do not fit an Excel cell "
            f"(at most {tabular.XLSX_MAX_CELL}); export to CSV or JSON instead."
        )
    return text


def _text_cell(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"  # text starting with "=" stays text, never a formula
    return cell


def _write_json(path: Path, columns: list[str], records: list[dict[str, Any]]) -> None:
    data = {
        "format": tabular.JSON_FORMAT,
        "version": tabular.JSON_VERSION,
        "exhibits": [{c: r[c] for c in columns} for r in records],
    }
    with path.open("w", encoding="utf-8", newline="\n") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
