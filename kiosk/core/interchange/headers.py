"""Column headers and list cells as staff write them: the part of reading a file that needs no file.

match_header and header_label turn a header into a canonical column and back; split_list and
join_list read and write a list cell. The cell parser (cells.py) and the staff editor's checks
(fieldcheck.py) use them without loading the spreadsheet readers (tabular.py, openpyxl), which the
kiosk's start never needs.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata

from kiosk.core.exhibits.model import FIELD_BY_NAME, FIELDS, LANGS, column_name
from kiosk.core.exhibits.textindex import has_cjk

_LANG_SUFFIXES = {"zh": ("zh", "cn", "中文", "chinese"), "en": ("en", "英文", "english")}
_LANG_PREFIXES = {"zh": ("中文", "chinese"), "en": ("英文", "english")}
_LANG_WORDS = {"zh": {"zh": "（中文）", "en": "（英文）"}, "en": {"zh": " (Chinese)", "en": " (English)"}}
_IGNORED_IN_KEYS = re.compile(r"[\s_\-()\[\]（）【】]+")
_LIST_SEPARATORS = re.compile(r"[;；、,，\r\n]")


# -- headers -------------------------------------------------------------------


def norm_key(text: str) -> str:
    """A header or keyword compared loosely: case, width, spaces, _ - and brackets ignored."""
    return _IGNORED_IN_KEYS.sub("", unicodedata.normalize("NFKC", text).casefold())


@functools.cache
def _header_keys() -> dict[str, str]:
    keys: dict[str, str] = {}

    def add(key: str, column: str) -> None:
        if keys.setdefault(key, column) != column:
            raise RuntimeError(f"header {key!r} is declared for both {keys[key]} and {column}")

    for spec in FIELDS:
        for name in (spec.name, spec.zh, spec.en, *spec.aliases):
            if not spec.localized:
                add(norm_key(name), spec.name)
                continue
            # A bare label means the language it is written in.
            add(norm_key(name), column_name(spec.name, "zh" if has_cjk(name) else "en"))
            for lang in LANGS:
                for word in _LANG_SUFFIXES[lang]:
                    add(norm_key(name + word), column_name(spec.name, lang))
                for word in _LANG_PREFIXES[lang]:
                    add(norm_key(word + name), column_name(spec.name, lang))
    return keys


def match_header(header: str) -> str | None:
    """The canonical column a header names, or None."""
    return _header_keys().get(norm_key(header))


def header_label(column: str, lang: str) -> str:
    """A canonical column as a header in a language, which match_header reads back: 标题（中文）, Title (English)."""
    name, _, field_lang = column.rpartition("_") if column not in FIELD_BY_NAME else (column, "", "")
    spec = FIELD_BY_NAME[name]
    label = spec.zh if lang == "zh" else spec.en
    return label + _LANG_WORDS["zh" if lang == "zh" else "en"][field_lang] if field_lang else label


# -- cells ---------------------------------------------------------------------


def split_list(text: str) -> list[str]:
    """Items of a list cell: a JSON array of strings, or items separated by ; ； 、 , ， or line breaks."""
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except ValueError:
            items = None
        if isinstance(items, list) and all(isinstance(i, str) or type(i) is int for i in items):
            return [str(i) for i in items]
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def join_list(items: list[str]) -> str:
    """A list cell that split_list reads back exactly: "a; b", or a JSON array when an item holds a separator."""
    joined = "; ".join(items)
    return joined if split_list(joined) == items else json.dumps(items, ensure_ascii=False)
