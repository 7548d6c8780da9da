"""One row of an import file into exhibit fields, with a Problem for each thing wrong.

parse_row turns raw cells (see kiosk.core.interchange.tabular) into typed values with
kiosk.core.interchange.cells; build
merges them into a new or existing Exhibit and checks the rules that involve
more than one field. Every fault of every cell is found in one pass; Problems
name the column as the file's header wrote it, in the staff's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk.core.base.errors import Problem
from kiosk.core.exhibits.model import FIELD_BY_NAME, KINDS, Exhibit
from kiosk.core.interchange import messages, rules
from kiosk.core.interchange.cells import SPECS, Fault, parse_value
from kiosk.core.interchange.headers import header_label, norm_key
from kiosk.core.interchange.tabular import Row

KIND_FIELDS = rules.KIND_FIELDS


@dataclass
class Context:
    """Where rows come from: for Problems (in the staff's language) and for finding images."""

    file: str
    headers: dict[str, str]  # canonical column -> header as written
    images_dir: Path
    lang: str = "en"

    def problem(self, row: int, column: str | None, key: str, /, **params: Any) -> Problem:
        message = messages.say(key, self.lang, **messages.filled(params, self.lang))
        return Problem(self.file, row, self.label(column) if column else None, message)

    def label(self, column: str) -> str:
        """A column as the file wrote it; one it lacks as the file would: 标题（中文）, Title (English) or title_en."""
        if column in self.headers:
            return self.headers[column]
        return column if self.lang == "en" and self._canonical_style() else header_label(column, self.lang)

    def _canonical_style(self) -> bool:
        """Whether the headers are mostly column names (title_en) rather than labels (Title)."""
        canonical = labels = 0
        for column, header in self.headers.items():
            key = norm_key(header)
            if key != norm_key(column):
                labels += 1
            elif key != norm_key(header_label(column, "en")):  # "kind" is both a name and a label
                canonical += 1
        return canonical > 0 and canonical >= labels


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]  # canonical column -> typed value, for the columns the row has and that parsed
    problems: list[Problem]
    bad: set[str] = field(default_factory=set)  # columns whose cell did not parse
    filled: list[str] = field(default_factory=list)  # columns whose cell is not blank, in the file's order
    exhibit: Exhibit | None = None


def parse_row(row: Row, ctx: Context) -> ParsedRow:
    parsed = ParsedRow(row.number, {}, list(row.problems))
    for column, raw in row.cells.items():
        if not _blank(raw):
            parsed.filled.append(column)
        try:
            parsed.values[column] = parse_value(column, raw)
        except Fault as fault:
            parsed.bad.add(column)
            parsed.problems += [ctx.problem(row.number, column, key, **params) for key, params in fault.items]
    return parsed


def _blank(raw: Any) -> bool:
    return raw is None or raw == [] or (isinstance(raw, str) and not raw.strip())


def image_source(name: str, images_dir: Path) -> Path:
    """The file an image name in a row stands for (Windows-style folders allowed)."""
    return images_dir / PurePosixPath(name.replace("\\", "/"))


def safe_image_name(name: str) -> bool:
    """Whether a name stays inside the images folder, so export can write it back there."""
    parts = PurePosixPath(name.replace("\\", "/"))
    return not (parts.is_absolute() or ".." in parts.parts or re.match(r"[A-Za-z]:", name))


def image_problem(name: str, images_dir: Path) -> tuple[str, dict[str, Any]] | None:
    """Why an image named in a row cannot be used (a message key and its values), or None."""
    if not safe_image_name(name):
        return "image_outside", {"name": name}
    if not image_source(name, images_dir).is_file():
        return "image_missing", {"name": name, "folder": images_dir}
    return None


# -- whole exhibits ----------------------------------------------------------------


def build(parsed: ParsedRow, exhibit_id: str, kind: str, existing: Exhibit | None, ctx: Context) -> None:
    """Merge a row into `existing` (a fresh copy from the store, changed in place) or a new exhibit.

    Columns the row lacks stay as they were.
    """
    exhibit = existing or Exhibit(id=exhibit_id, kind=kind)
    if exhibit.kind != kind:
        _clear_fields(exhibit, KIND_FIELDS - set(KINDS[kind].fields))
        exhibit.kind = kind
    for column, value in parsed.values.items():
        _assign(exhibit, column, value)
    parsed.exhibit = exhibit
    check_row(parsed, exhibit, ctx)


def _clear_fields(exhibit: Exhibit, names: set[str]) -> None:
    blank = Exhibit(id=exhibit.id, kind=exhibit.kind)
    for name in names:
        if FIELD_BY_NAME[name].localized:
            exhibit.text.pop(name, None)
        else:
            setattr(exhibit, name, getattr(blank, name))


def _assign(exhibit: Exhibit, column: str, value: Any) -> None:
    spec = SPECS[column]
    if spec.name in ("id", "kind", "images"):
        return  # set by the importer: ids may be derived, images need preparing
    if spec.localized:
        lang = column.rsplit("_", 1)[1]
        target = exhibit.tags if spec.type == "tags" else exhibit.text.setdefault(spec.name, {})
        target[lang] = value
    else:
        setattr(exhibit, spec.name, value)


def check_row(parsed: ParsedRow, exhibit: Exhibit | None, ctx: Context) -> None:
    """Every rule that involves more than one cell (kiosk.core.interchange.rules, as the staff editor
    checks them); those about the kind only when it is known."""
    values = parsed.values
    titles = exhibit.text.get("title", {}).values() if exhibit else [values.get("title_zh"), values.get("title_en")]
    found: list[rules.Found] = []
    if not parsed.bad & {"title_zh", "title_en"}:
        column = next((c for c in ("title_zh", "title_en") if c in ctx.headers), None)
        found += rules.title_rule(titles, ctx.label, column)
    if exhibit:  # the kind's fields: unreadable cells too, so that every fault shows at once
        found += rules.kind_rules(exhibit, ctx.label, set_columns=parsed.filled, unreadable=parsed.bad)
    found += rules.tags_rule(values.get("tags_zh"), values.get("tags_en"))
    for name in values.get("images", []):
        if wrong := image_problem(name, ctx.images_dir):
            found.append(("images", *wrong))
    parsed.problems += [ctx.problem(parsed.number, column, key, **params) for column, key, params in found]
