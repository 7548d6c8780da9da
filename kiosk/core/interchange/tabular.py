"""Exhibit tables in files: CSV, XLSX and JSON, and the syntax of their cells.

Reading gives a Table: each header matched to a canonical column of
kiosk.core.exhibits.model, and the rows as raw cell values keyed by canonical column,
in the type the file gave them (str, int, float, bool, datetime, list, None).
kiosk.core.interchange.validate turns cells into exhibit fields; kiosk.core.interchange.exporter
writes files with join_list and xlsx_escape, which reading undoes exactly.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from kiosk.core.base.errors import InvalidInput, KioskError, Problem
from kiosk.core.interchange import messages
from kiosk.core.interchange.headers import header_label, match_header

FORMATS = ("csv", "xlsx", "json")
JSON_FORMAT = "kiosk-exhibits"
JSON_VERSION = 1
SHEET_NAMES = ("exhibits", "展品")
XLSX_MAX_CELL = 32767  # characters an Excel cell holds
# OOXML writes characters XML cannot hold as _xHHHH_; a literal "_xHHHH_" gets its "_" escaped as _x005F_.
_XLSX_UNSAFE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")
_XLSX_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass
class Row:
    number: int  # as the person sees it: spreadsheet row (header = 1), or 1-based object index in JSON
    cells: dict[str, Any]  # canonical column -> raw value; only columns the file has
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Table:
    file: str
    headers: dict[str, str]  # canonical column -> header as written in the file
    rows: list[Row]
    lang: str = "en"  # of the staff who wrote it: the messages about it are in this language
    problems: list[Problem] = field(default_factory=list)  # unknown or repeated headers: the file is refused


def xlsx_escape(text: str) -> str:
    return _XLSX_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def xlsx_unescape(text: str) -> str:
    return _XLSX_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- reading -------------------------------------------------------------------


def format_of(path: Path, fmt: str | None = None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise KioskError(f"{path.name}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def read_table(path: Path, lang: str | None = None) -> Table:
    """The table in a CSV, XLSX or JSON file; InvalidInput when the file as a whole is unusable.

    Messages are in `lang`, else in the language of the headers (of the file's name when
    it has none to go by); unknown or repeated headers are the Table's problems.
    """
    fmt = format_of(path)
    reader = _Reader(path.name, lang, lang or messages.detect_lang([path.stem]))
    if fmt == "json":
        return reader.json(_read_bytes(path))
    records = _xlsx_records(path, reader) if fmt == "xlsx" else _csv_records(path, reader)
    return reader.records(records)


def decode(data: bytes, file: str, lang: str = "en") -> str:
    """Text of a file saved as UTF-8 (with or without BOM), GB18030/GBK, or UTF-16 with BOM."""
    encodings = ("utf-16",) if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else ()
    for encoding in (*encodings, "utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput([Problem(file, None, None, messages.say("not_text", lang))])


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KioskError(f"Cannot read {path}: {exc.strerror or exc}") from exc


def _csv_records(path: Path, reader: _Reader) -> Iterator[list[Any]]:
    text = decode(_read_bytes(path), path.name, reader.lang or reader.fallback)
    return csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))


def _delimiter(text: str) -> str:
    """Comma, unless the header line is clearly separated by tabs or semicolons."""
    first = text.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(first, delimiters=",\t;").delimiter
    except csv.Error:
        return ","
    return found if first.count(found) > first.count(",") else ","


def _xlsx_records(path: Path, reader: _Reader) -> list[list[Any]]:
    try:
        with warnings.catch_warnings():  # workbooks from other programs warn about unsupported extras
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = next((s for s in book.worksheets if s.title.strip().casefold() in SHEET_NAMES), None)
                sheet = sheet or book.worksheets[0]
                sheet.reset_dimensions()  # the stored size may be wrong; read every row there is
                return [[_xlsx_value(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, IndexError, ParseError, InvalidFileException) as exc:
        raise reader.fault("not_workbook", detail=exc) from exc


def _xlsx_value(value: Any) -> Any:
    return xlsx_unescape(value) if isinstance(value, str) else value


@dataclass
class _Reader:
    """Records into a Table, with each problem in the staff's language."""

    file: str
    lang: str | None  # asked for; None: the language of the headers
    fallback: str  # for faults found before there are headers to go by

    def fault(self, key: str, **params: Any) -> InvalidInput:
        message = messages.say(key, self.lang or self.fallback, **params)
        return InvalidInput([Problem(self.file, None, None, message)])

    def records(self, records: Iterable[list[Any]]) -> Table:
        numbered = enumerate(records, start=1)
        first = next(((n, values) for n, values in numbered if not all(_is_blank(v) for v in values)), None)
        if first is None:
            raise self.fault("no_header")
        number, header = first
        texts = [_cell_str(h).strip() for h in header]
        lang = self.lang or messages.detect_lang(texts)
        positions, problems = _match_headers(self.file, number, texts, lang)
        headers = {column: texts[i] for i, column in positions.items()}
        rows = [
            _row(self.file, n, values, positions, texts, lang)
            for n, values in numbered
            if not all(map(_is_blank, values))
        ]
        return Table(self.file, headers, rows, lang, problems)

    def json(self, data: bytes) -> Table:
        try:
            loaded = json.loads(decode(data, self.file, self.lang or self.fallback))
        except json.JSONDecodeError as exc:
            raise self.fault("not_json", detail=exc.msg, line=exc.lineno, col=exc.colno) from exc
        objects = self._objects(loaded)
        keys = dict.fromkeys(key for obj in objects if isinstance(obj, dict) for key in obj)
        lang = self.lang or messages.detect_lang(keys, self.fallback)
        table = Table(self.file, {}, [], lang)
        for number, obj in enumerate(objects, start=1):
            if not isinstance(obj, dict):
                table.problems.append(Problem(self.file, number, None, messages.say("not_object", lang)))
                continue
            names = list(obj)
            found, key_problems = _match_headers(self.file, number, names, lang, sheet=False)
            table.problems += key_problems
            table.rows.append(Row(number, {column: obj[names[i]] for i, column in found.items()}))
            for i, column in found.items():
                table.headers.setdefault(column, names[i])
        return table

    def _objects(self, data: Any) -> list[Any]:
        if isinstance(data, list):
            return data
        wrapped = isinstance(data, dict) and data.get("format") == JSON_FORMAT
        if not wrapped or not isinstance(data.get("exhibits"), list):
            raise self.fault("json_shape", format=JSON_FORMAT)
        if data.get("version", JSON_VERSION) != JSON_VERSION:
            raise self.fault("json_version", version=data.get("version"), supported=JSON_VERSION)
        return data["exhibits"]


def _match_headers(
    file: str, number: int, header: list[str], lang: str, *, sheet: bool = True
) -> tuple[dict[int, str], list[Problem]]:
    positions: dict[int, str] = {}
    seen: dict[str, int] = {}
    problems: list[Problem] = []

    def where(i: int) -> str:
        return messages.say("column_letter", lang, letter=get_column_letter(i + 1)) if sheet else ""

    for i, text in enumerate(header):
        if not text:
            continue  # a column without a header must stay empty (see _row)
        column = match_header(text)
        if column is None:
            message = messages.say("unknown_column", lang, header=text, where=where(i))
            problems.append(Problem(file, number, text, message))
        elif column in seen:
            first, label = header[seen[column]], header_label(column, lang)
            params = {"header": text, "where": where(i), "first": first, "first_where": where(seen[column])}
            problems.append(Problem(file, number, text, messages.say("repeated_column", lang, label=label, **params)))
        else:
            seen[column] = i
            positions[i] = column
    return positions, problems


def _row(file: str, number: int, values: list[Any], positions: dict[int, str], header: list[str], lang: str) -> Row:
    cells = {column: values[i] if i < len(values) else None for i, column in positions.items()}
    row = Row(number, cells)
    for i, value in enumerate(values):
        if (i >= len(header) or not header[i]) and not _is_blank(value):  # unknown headers are reported once
            letter = get_column_letter(i + 1)
            message = messages.say("value_without_header", lang, letter=letter)
            row.problems.append(Problem(file, number, letter, message))
    return row


def _cell_str(value: Any) -> str:
    return "" if value is None else str(value)
