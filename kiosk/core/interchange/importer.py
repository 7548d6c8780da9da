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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin

from kiosk.core.base.errors import InvalidInput, KioskError, Problem
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import ImageRef
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.exhibits.textindex import number_key
from kiosk.core.interchange import messages, tabular, validate
from kiosk.core.interchange.lookalike import Lookalikes
from kiosk.core.interchange.validate import ParsedRow
from kiosk.core.media.batch import prepare_images
from kiosk.core.media.prepare import MediaOptions

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
    lang: str = "en"  # of the messages: the staff's, from the file's headers unless asked for
    warnings: list[Problem] = field(default_factory=list)  # new exhibits that look like stored ones


class ImportRefused(InvalidInput):
    """The file had problems and nothing was imported; the messages are in `lang`."""

    def __init__(self, problems: list[Problem], lang: str, warnings: list[Problem] | None = None):
        super().__init__(problems)
        self.lang = lang
        self.warnings = warnings or []


def import_file(
    path: Path,
    store: ExhibitStore,
    settings: Settings,
    *,
    images_dir: Path | None = None,
    skip_invalid: bool = False,
    report_path: Path | None = None,
    on_progress: ProgressCallback | None = None,
    lang: str | None = None,
) -> ImportResult:
    """Import (insert or update by id) the exhibits in `path`; see docs/import.md.

    Raises ImportRefused listing every problem when any row is invalid, unless
    skip_invalid, which imports the valid rows and writes a report of the rest.
    Messages are in `lang`, by default the language of the file's headers.
    """
    try:
        table = tabular.read_table(path, lang)
    except InvalidInput as exc:
        raise ImportRefused(exc.problems, lang or messages.detect_lang([path.stem])) from exc
    ctx = validate.Context(table.file, table.headers, images_dir or path.parent, table.lang)
    rows = [validate.parse_row(row, ctx) for row in table.rows]
    existed = _build_all(rows, store, ctx)
    media = _prepare_images(rows, store, settings, ctx, on_progress)
    problems = table.problems + [problem for row in rows for problem in row.problems]
    good = [row for row in rows if row.exhibit and not row.problems]
    warnings = _lookalikes(good, existed, store, ctx)
    if problems and (table.problems or not skip_invalid):  # an unknown column stops even skip_invalid
        raise ImportRefused(problems, ctx.lang, warnings)
    exhibits = [row.exhibit for row in good if row.exhibit]
    used = {image.sha256 for exhibit in exhibits for image in exhibit.images}
    store.save(exhibits, media=[record for sha, record in media.items() if sha in used])
    report = None
    if skip_invalid:
        report = report_path or path.with_name(f"{path.stem}.problems.csv")
        write_report(report, problems, ctx.lang)
    updated = sum(1 for exhibit in exhibits if exhibit.id in existed)
    skipped = len(rows) - len(good)
    return ImportResult(len(exhibits) - updated, updated, skipped, report, problems, ctx.lang, warnings)


def write_report(path: Path, problems: list[Problem], lang: str = "en") -> None:
    """The problems as CSV (UTF-8 with BOM, so Excel opens it): file, row, column, problem, in `lang`."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(messages.report_columns(lang))
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
                row.problems.append(ctx.problem(row.number, "kind", "kind_missing"))
            validate.check_row(row, None, ctx)  # the rules that do not need the kind
            continue
        if existing:
            existed.add(exhibit_id)
        validate.build(row, exhibit_id, kind, existing, ctx)
    return existed


def _lookalikes(good: list[ParsedRow], existed: set[str], store: ExhibitStore, ctx: validate.Context) -> list[Problem]:
    """A warning for each row without an id that adds an exhibit looking like a stored one."""
    new = [row for row in good if row.exhibit and not row.values.get("id") and row.exhibit.id not in existed]
    if not new:
        return []
    named = {row.exhibit.id for row in good if row.exhibit}
    stored = [summary for summary in store.summaries() if summary["id"] not in named]
    finder = Lookalikes(stored, expected_new=len(new))
    warnings = []
    for row in new:
        assert row.exhibit is not None
        if found := finder.match(row.exhibit):
            reason = messages.say(found.reason, ctx.lang, value=found.value)
            then = messages.say("lookalike_then", ctx.lang, new=row.exhibit.id)
            params = {"new": row.exhibit.id, "old": found.existing_id, "id_column": ctx.label("id")}
            warnings.append(
                ctx.problem(row.number, "id", "lookalike", row=row.number, reason=reason, then=then, **params)
            )
    return warnings


def _assign_ids(rows: list[ParsedRow], ctx: validate.Context) -> list[str]:
    """Each row's id: as given, or derived; "" when there is none (no kind to derive it from)."""
    taken: dict[str, int] = {}
    ids = [row.values.get("id", "") for row in rows]
    for row, given in zip(rows, ids, strict=True):
        if given in taken:
            row.problems.append(ctx.problem(row.number, "id", "id_repeated", id=given, row=taken[given]))
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
    """Prepare the usable images of every row, so that a damaged one is reported with the other problems.

    Renditions of rows that are not imported stay in media/ unreferenced, and are reused
    when the row is imported later. Returns the media records by SHA-256.
    """
    wanted = [row for row in rows if "images" in row.values]
    sources = {row.number: [_source(name, ctx) for name in row.values["images"]] for row in wanted}
    paths = sorted({path for paths in sources.values() for path in paths if path})
    records: dict[Path, dict] = {}
    reasons: dict[str, str] = {}
    if paths:
        options = MediaOptions.from_settings(settings)
        workers = settings["media.workers"]
        records, refused = prepare_images(paths, store.folder, options, workers=workers, on_progress=on_progress)
        reasons = {problem.file: problem.message for problem in refused}
    for row in wanted:
        images = []
        for name, path in zip(row.values["images"], sources[row.number], strict=True):
            if path in records:
                images.append(_image_ref(name, records[path]))
            elif path:  # a name that is not usable at all was reported by validate.check_row
                reason = reasons.get(str(path), "").removeprefix(f"{path}: ") or "?"
                row.problems.append(ctx.problem(row.number, "images", "image_unusable", name=name, reason=reason))
        if row.exhibit:
            row.exhibit.images = images
    return {record["sha256"]: record for record in records.values()}


def _source(name: str, ctx: validate.Context) -> Path | None:
    """The file of an image name, or None when the name is refused (outside the folder, or missing)."""
    return None if validate.image_problem(name, ctx.images_dir) else validate.image_source(name, ctx.images_dir)


def _image_ref(name: str, record: dict) -> ImageRef:
    return ImageRef(
        sha256=record["sha256"],
        name=name,
        width=record["width"],
        height=record["height"],
        display=record["display"],
        thumb=record["thumb"],
    )
