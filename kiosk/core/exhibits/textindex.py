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

from kiosk.core.exhibits.model import KINDS, LANGS, Exhibit

# CJK ideographs (basic, extension A, compatibility) and the 〇 numeral.
_CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{_CJK}]")
CJK_RUN = re.compile(f"[{_CJK}]+")
_SUFFIX_CHARS = 8  # pinyin tokens cover at most this many characters
MAX_INITIALS = _SUFFIX_CHARS
_SUFFIX_LETTERS = 48  # and at most this many letters
_NAME_FIELDS = ("applicant", "holder", "product", "place", "region")


def has_cjk(text: str) -> bool:
    return CJK_CHAR.search(text) is not None


def spaced(text: str) -> str:
    """Text in NFKC form (as queries are) with each Chinese character made a token of its own."""
    return CJK_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", unicodedata.normalize("NFKC", text))


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


_UMLAUTS = str.maketrans({ch: "v" for ch in "üǖǘǚǜ"})
_LONGEST_PHRASE = 4  # longer dictionary phrases add little for titles and names


@functools.cache
def _dictionaries() -> tuple[dict, dict]:
    """pypinyin's phrase and character dictionaries, loaded on first use: they take 0.2 s to
    import, which the kiosk's start-up should not pay before anyone searches."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    return PHRASES_DICT, PINYIN_DICT


@functools.lru_cache(maxsize=8192)
def _toneless(syllable: str) -> str:
    """zhī -> zhi, lǜ -> lv (pypinyin's plain style)."""
    plain = unicodedata.normalize("NFKD", syllable.translate(_UMLAUTS))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _run_syllables(run: str) -> list[str]:
    """Pinyin of a run of Chinese characters, using pypinyin's phrase and character
    dictionaries (longest phrase first, so 银行 reads yin hang). Direct dictionary
    lookups are about 50 times faster than lazy_pinyin, which matters at 100,000 exhibits.
    An empty string marks a character with no known reading."""
    phrases, characters = _dictionaries()
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(_LONGEST_PHRASE, len(run) - i), 1, -1):
            phrase = phrases.get(run[i : i + size])
            if phrase:
                out.extend(_toneless(readings[0]) for readings in phrase)
                i += size
                break
        else:
            readings = characters.get(ord(run[i]), "")
            out.append(_toneless(readings.split(",")[0]) if readings else "")
            i += 1
    return out


@functools.cache
def _syllables() -> frozenset[str]:
    return frozenset(_toneless(r) for readings in _dictionaries()[1].values() for r in readings.split(","))


@functools.cache
def _syllable_prefixes() -> frozenset[str]:
    return frozenset(s[:i] for s in _syllables() for i in range(1, len(s) + 1))


@functools.lru_cache(maxsize=4096)
def could_be_pinyin(word: str) -> bool:
    """Whether `word` splits into pinyin syllables, the last one possibly unfinished (zhishic)."""
    if not word:
        return True
    syllables = _syllables()
    if word in _syllable_prefixes():
        return True
    return any(word[:n] in syllables and could_be_pinyin(word[n:]) for n in range(min(6, len(word)), 0, -1))


def pinyin_tokens(text: str) -> tuple[list[str], list[str]]:
    """Suffix tokens of full pinyin and of pinyin initials for the Chinese in `text`."""
    full_tokens: list[str] = []
    initial_tokens: list[str] = []
    for run in CJK_RUN.findall(text):
        full = _run_syllables(run)
        initials = [syllable[:1] for syllable in full]
        for i in range(len(run)):
            if full[i]:  # a character without a known reading is left to character search
                full_tokens.append("".join(full[i : i + _SUFFIX_CHARS])[:_SUFFIX_LETTERS])
                initial_tokens.append("".join(initials[i : i + _SUFFIX_CHARS]))
    return full_tokens, initial_tokens


def index_row(exhibit: Exhibit) -> dict[str, str]:
    """The search-index columns for one exhibit (see migrations: search_index).

    pinyin and initials hold the titles' pinyin only, so that a title match can be
    told apart cheaply; the pinyin of names, tags and places goes into `names`.
    """
    titles = " ".join(exhibit.text.get("title", {}).get(lang, "") for lang in LANGS)
    names = [exhibit.text.get(f, {}).get(lang, "") for f in _NAME_FIELDS for lang in LANGS]
    names += [tag for lang in LANGS for tag in exhibit.tags.get(lang, [])]
    names += [KINDS[exhibit.kind].zh, KINDS[exhibit.kind].en]
    names_text = " ".join(names)
    body = [exhibit.text.get(f, {}).get(lang, "") for f in ("summary", "body") for lang in LANGS]
    title_full, title_initials = pinyin_tokens(titles)
    names_full, names_initials = pinyin_tokens(names_text)
    numbers = number_tokens(exhibit.number) + [number_key(exhibit.ipc)] + [str(c) for c in exhibit.nice_classes]
    return {
        "title": spaced(titles),
        "names": " ".join([spaced(names_text), *names_full, *names_initials]),
        "body": spaced(" ".join(body)),
        "pinyin": " ".join(title_full),
        "initials": " ".join(title_initials),
        "numbers": " ".join(t for t in numbers if t),
    }
