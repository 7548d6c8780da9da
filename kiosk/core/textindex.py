"""Turning exhibits into search-index text, and queries into the same form.

SQLite's unicode61 tokenizer keeps a run of Chinese characters as one token,
so Chinese text is indexed one character per token and searched as a phrase.
Pinyin is indexed as "suffix tokens": for each character of a title, the
pinyin of the characters from there on, joined (zhishichanquan...). A prefix
query `zhishi*` then finds 知识 anywhere in the title without having to split
the visitor's letters into syllables; initials work the same way (zscq*).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pypinyin import Style, lazy_pinyin

from kiosk.core.model import KINDS, LANGS, Exhibit

# CJK ideographs (basic, extension A, compatibility) and the 〇 numeral.
_CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{_CJK}]")
CJK_RUN = re.compile(f"[{_CJK}]+")
_SUFFIX_CHARS = 8  # pinyin tokens cover at most this many characters
_SUFFIX_LETTERS = 48  # and at most this many letters
_NAME_FIELDS = ("applicant", "holder", "product", "place", "region")


def has_cjk(text: str) -> bool:
    return CJK_CHAR.search(text) is not None


def spaced(text: str) -> str:
    """Text with each Chinese character made a token of its own."""
    return CJK_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", text)


_BRACKETED = re.compile(r"\([^)]*\)")


def number_key(number: str) -> str:
    """A registration number without spaces, dots, dashes or remarks in brackets, lower case.

    "ZL 2019 1 0123456.7（示例 example）" becomes "zl2019101234567".
    """
    plain = _BRACKETED.sub("", unicodedata.normalize("NFKC", number))
    return "".join(ch for ch in plain.lower() if ch.isascii() and ch.isalnum())


def number_tokens(number: str) -> list[str]:
    """Forms a number is found by: whole, and without its letter prefix (ZL, CN, ...)."""
    key = number_key(number)
    if not key:
        return []
    tokens = [key]
    digits_on = key.lstrip("abcdefghijklmnopqrstuvwxyz")
    if digits_on and digits_on != key:
        tokens.append(digits_on)
    return tokens


@functools.lru_cache(maxsize=65536)
def _pinyin_syllables(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    full = tuple(lazy_pinyin(run, errors="ignore"))
    initials = tuple(s[0] for s in lazy_pinyin(run, style=Style.FIRST_LETTER, errors="ignore") if s)
    return full, initials


def pinyin_tokens(text: str) -> tuple[list[str], list[str]]:
    """Suffix tokens of full pinyin and of pinyin initials for the Chinese in `text`."""
    full_tokens: list[str] = []
    initial_tokens: list[str] = []
    for run in CJK_RUN.findall(text):
        full, initials = _pinyin_syllables(run)
        if len(full) != len(run) or len(initials) != len(run):
            continue  # a character pypinyin does not know: leave this run to character search
        for i in range(len(run)):
            full_tokens.append("".join(full[i : i + _SUFFIX_CHARS])[:_SUFFIX_LETTERS])
            initial_tokens.append("".join(initials[i : i + _SUFFIX_CHARS]))
    return full_tokens, initial_tokens


def index_row(exhibit: Exhibit) -> dict[str, str]:
    """The search-index columns for one exhibit (see migrations: search_index)."""
    titles = [exhibit.text.get("title", {}).get(lang, "") for lang in LANGS]
    names = [exhibit.text.get(f, {}).get(lang, "") for f in _NAME_FIELDS for lang in LANGS]
    names += [tag for lang in LANGS for tag in exhibit.tags.get(lang, [])]
    names += [KINDS[exhibit.kind].zh, KINDS[exhibit.kind].en]
    body = [exhibit.text.get(f, {}).get(lang, "") for f in ("summary", "body") for lang in LANGS]
    full, initials = pinyin_tokens(" ".join(titles + names))
    numbers = number_tokens(exhibit.number) + [number_key(exhibit.ipc)] + [str(c) for c in exhibit.nice_classes]
    return {
        "title": spaced(" ".join(titles)),
        "names": spaced(" ".join(names)),
        "body": spaced(" ".join(body)),
        "pinyin": " ".join(full),
        "initials": " ".join(initials),
        "numbers": " ".join(t for t in numbers if t),
    }
