"""Search: a visitor's words become an FTS5 query over the search index.

Each word must match (AND). A word matches in one of several ways:
- Chinese characters: as a phrase of single-character tokens (知识 finds 知识产权);
- Latin letters: an English word prefix, a full-pinyin prefix (zhishi) or a
  pinyin-initials prefix (zscq) of the Chinese in titles and names;
- digits: a word prefix or a registration-number prefix.
The whole query may also be a registration number typed with spaces or dots.
Results are ranked with bm25, title matches first.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.core.exhibits.model import Exhibit, Filters
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.exhibits.textindex import MAX_INITIALS, could_be_pinyin, has_cjk, number_key, spaced

_TEXT_COLUMNS = "{title names body}"
_TITLE_COLUMNS = "{title}"
_MIN_PREFIX = 2  # a single letter is matched as a whole word: as a prefix it would match nearly everything
_WORD = re.compile(r"[^\s,，、;；:：]+")
_NUMBER_LIKE = re.compile(r"^[\w\s.\-/()（）]*\d[\w\s.\-/()（）]*$")
_LETTERS = re.compile(r"^[a-z]+$")


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word_query(word: str, text_columns: str) -> str | None:
    """FTS5 expression for one word of the query, or None if it has nothing searchable."""
    if not any(ch.isalnum() for ch in word):
        return None
    if has_cjk(word):
        prefix = "*" if word[-1].isascii() and word[-1].isalnum() else ""
        return f"{text_columns}: {_quote(spaced(word).strip())}{prefix}"
    star = "*" if len(word) >= _MIN_PREFIX else ""
    options = [f"{text_columns}: {_quote(word)}{star}"]
    if _LETTERS.match(word) and could_be_pinyin(word):
        options.append(f"pinyin: {_quote(word)}{star}")
    if _LETTERS.match(word) and len(word) <= MAX_INITIALS:
        options.append(f"initials: {_quote(word)}{star}")
    key = number_key(word)
    if key and any(ch.isdigit() for ch in key):
        options.append(f"numbers: {_quote(key)}*")
    return "(" + " OR ".join(options) + ")"


def build_query(text: str, *, titles_only: bool = False) -> str | None:
    """The FTS5 MATCH expression for what a visitor typed, or None for nothing searchable."""
    text = unicodedata.normalize("NFKC", text).lower().strip()
    columns = _TITLE_COLUMNS if titles_only else _TEXT_COLUMNS
    words = [q for q in (_word_query(w, columns) for w in _WORD.findall(text)) if q]
    if not words:
        return None
    expression = " AND ".join(words)
    key = number_key(text)
    if _NUMBER_LIKE.match(text) and len(words) > 1 and len(key) >= 4:
        expression = f"({expression}) OR numbers: {_quote(key)}*"
    return expression


def typed_query(committed: str, preedit: str, cursor: int) -> str:
    """What the visitor means while an input method composes: the committed text with the pre-edit at the cursor.

    The pinyin keyboard shows its pre-edit with spaces between syllables or letters ("zhi shi",
    "z s c q"); those spaces are the keyboard's, not word breaks, so they are dropped.
    """
    composing = "".join(preedit.split())
    if not composing:
        return committed
    cursor = max(0, min(cursor, len(committed)))
    parts = (committed[:cursor].rstrip(), composing, committed[cursor:].lstrip())
    return " ".join(part for part in parts if part)


def search(store: ExhibitStore, text: str, filters: Filters | None = None, *, limit: int = 50) -> list[Exhibit]:
    """Published exhibits matching `text` and the filters, best first.

    An empty query lists every exhibit that passes the filters, in display order;
    a query with nothing searchable in it (only punctuation) finds nothing.
    """
    filters = filters or Filters()
    expression = build_query(text)
    if expression is None and text.strip():
        return []
    if expression is None:
        nums = store.filtered_nums(filters, limit=limit)
    else:
        title_expression = build_query(text, titles_only=True) or expression
        nums = store.match_nums(expression, title_expression, filters, limit=limit)
    return store.by_nums(nums)
