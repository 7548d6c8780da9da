"""`kiosk import`: exhibits from a CSV, XLSX or JSON file into the store, all or nothing.

Every row is checked first and every problem collected. Images of the rows
that passed are prepared next, outside the database. Only then are exhibits
and their media records written, in one transaction, so a file with problems
(or a failure while writing) leaves the database as it was.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin

from kiosk.core import tabular, validate
from kiosk.core.errors import InvalidInput, KioskError, Problem
from kiosk.core.media import MediaOptions
from kiosk.core.media_batch import prepare_images
from kiosk.core.model import ImageRef
from kiosk.core.settings import Settings
from kiosk.core.store import ExhibitStore
from kiosk.core.textindex import number_key
from kiosk.core.validate import ParsedRow

ProgressCallback = Callable[[int, int], None]  # images prepared so far, images in all
_SLUG_MAX = 60
_IDENTITY = ("kind", "number", "title_zh", "title_en", "starts_at", "place_zh", "place_en", "region_zh", "region_en")


@dataclass
class ImportResult:
    imported: int  # new exhibits
    updated: int  # exhibits that were there already, matched by id
    skipped: int  # rows left out because of problems (only with skip_invalid)
    report: Path | None  # problems report written with skip_invalid
    problems: list[Problem]


def import_file(
    path: Path,
    store: ExhibitStore,
    settings: Settings,
    *,
    images_dir: Path | None = None,
    skip_invalid: bool = False,
    report_path: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> ImportResult:
    """Import (insert or update by id) the exhibits in `path`; see docs/import.md.

    Raises InvalidInput listing every problem when any row is invalid, unless
    skip_invalid, which imports the valid rows and writes a report of the rest.
    """
    table = tabular.read_table(path)
    ctx = validate.Context(table.file, table.headers, images_dir or path.parent)
    rows = [validate.parse_row(row, ctx) for row in table.rows]
    existed = _build_all(rows, store, ctx)
    media = _prepare_images(rows, store, settings, ctx, on_progress)
    problems = [problem for row in rows for problem in row.problems]
    if problems and not skip_invalid:
        raise InvalidInput(problems)
    good = [row.exhibit for row in rows if row.exhibit and not row.problems]
    used = {image.sha256 for exhibit in good for image in exhibit.images}
    store.save(good, media=[record for sha, record in media.items() if sha in used])
    report = None
    if skip_invalid:
        report = report_path or path.with_name(f"{path.stem}.problems.csv")
        write_report(report, problems)
    updated = sum(1 for exhibit in good if exhibit.id in existed)
    skipped = sum(1 for row in rows if row.problems)
    return ImportResult(len(good) - updated, updated, skipped, report, problems)


def write_report(path: Path, problems: list[Problem]) -> None:
    """The problems as CSV (UTF-8 with BOM, so Excel opens it): file, row, column, problem."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["file", "row", "column", "problem"])
            writer.writerows([p.file, p.row or "", p.column or "", p.message] for p in problems)
    except OSError as exc:
        raise KioskError(f"Cannot write the problems report {path}: {exc.strerror or exc}") from exc


# -- ids and merging -------------------------------------------------------------


def _build_all(rows: list[ParsedRow], store: ExhibitStore, ctx: validate.Context) -> set[str]:
    """Give each row its exhibit (merged into the stored one); the ids that existed already."""
    existed: set[str] = set()
    for row, exhibit_id in zip(rows, _assign_ids(rows, ctx), strict=True):
        existing = store.get(exhibit_id) if exhibit_id else None
        kind = row.values.get("kind") or (existing.kind if existing else "")
        if not kind:
            if "kind" not in row.bad:
                message = "the kind is missing (patent, trademark, gi, story, guide or event)"
                row.problems.append(ctx.problem(row.number, "kind", message))
            continue
        if existing:
            existed.add(exhibit_id)
        validate.build(row, exhibit_id, kind, existing, ctx)
    return existed


def _assign_ids(rows: list[ParsedRow], ctx: validate.Context) -> list[str]:
    """Each row's id: as given, or derived; "" when there is none (no kind to derive it from)."""
    taken: dict[str, int] = {}
    ids = [row.values.get("id", "") for row in rows]
    for row, given in zip(rows, ids, strict=True):
        if given in taken:
            row.problems.append(ctx.problem(row.number, "id", f"id {given!r} is used by row {taken[given]} too"))
        elif given:
            taken[given] = row.number
    for i, row in enumerate(rows):
        base = "" if ids[i] or "id" in row.bad else derive_id(row.values)
        if not base:
            continue
        candidate, n = base, 1
        while candidate in taken:  # rows that look alike: tell them apart by what identifies them
            n += 1
            suffix = _identity_hash(row.values) + (f"-{n}" if n > 2 else "")
            candidate = f"{base[: 79 - len(suffix)]}-{suffix}"
        taken[candidate] = row.number
        ids[i] = candidate
    return ids


def derive_id(values: dict[str, Any]) -> str:
    """A stable id for a row without one: kind and number, else kind and a slug of the title."""
    kind = values.get("kind")
    if not kind:
        return ""
    stem = (
        number_key(values.get("number", ""))[:_SLUG_MAX]
        or slug(values.get("title_en", ""))
        or slug(" ".join(lazy_pinyin(values.get("title_zh", ""))))
        or _identity_hash(values)
    )
    return f"{kind}-{stem}"


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by "-": "Goji Berry (Ningxia)" -> "goji-berry-ningxia"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:_SLUG_MAX].rstrip("-")


def _identity_hash(values: dict[str, Any]) -> str:
    identity = json.dumps([values.get(column, "") for column in _IDENTITY], ensure_ascii=False)
    return hashlib.sha256(identity.encode()).hexdigest()[:8]


# -- images -------------------------------------------------------------------------


def _prepare_images(
    rows: list[ParsedRow],
    store: ExhibitStore,
    settings: Settings,
    ctx: validate.Context,
    on_progress: ProgressCallback | None,
) -> dict[str, dict]:
    """Prepare the images of the rows without problems; their media records by SHA-256."""
    wanted = [row for row in rows if row.exhibit and not row.problems and "images" in row.values]
    sources = {row.number: [validate.image_source(n, ctx.images_dir) for n in row.values["images"]] for row in wanted}
    paths = sorted({path for paths in sources.values() for path in paths})
    records: dict[Path, dict] = {}
    reasons: dict[str, str] = {}
    if paths:
        options = MediaOptions.from_settings(settings)
        workers = settings["media.workers"]
        records, refused = prepare_images(paths, store.folder, options, workers=workers, on_progress=on_progress)
        reasons = {problem.file: problem.message for problem in refused}
    for row in wanted:
        assert row.exhibit is not None
        row.exhibit.images = []
        for name, path in zip(row.values["images"], sources[row.number], strict=True):
            if path in records:
                row.exhibit.images.append(_image_ref(name, records[path]))
            else:
                reason = reasons.get(str(path), "it could not be prepared").removeprefix(f"{path}: ")
                row.problems.append(ctx.problem(row.number, "images", f"image {name!r} cannot be used: {reason}"))
    return {record["sha256"]: record for record in records.values()}


def _image_ref(name: str, record: dict) -> ImageRef:
    return ImageRef(
        sha256=record["sha256"],
        name=name,
        width=record["width"],
        height=record["height"],
        display=record["display"],
        thumb=record["thumb"],
    )
