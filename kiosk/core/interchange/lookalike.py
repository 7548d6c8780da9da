"""Rows that would add an exhibit looking like one already stored.

A row without an id gets one made from its number or its title, so editing the
title of such a row in a spreadsheet makes a new exhibit beside the old one.
Nothing here merges anything: it only finds the stored exhibit a new one most
likely repeats, so that the import can say so and how to keep the old id.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from kiosk.core.exhibits.model import LANGS, Exhibit
from kiosk.core.exhibits.textindex import number_key

SIMILAR = 0.8  # difflib ratio of two titles from which they count as "very similar"
COMPARISON_BUDGET = 200_000  # title pairs compared (about 1 s); beyond it only exact matches are looked for


@dataclass(frozen=True)
class Match:
    existing_id: str
    reason: str  # a message key: same_number, same_title or similar_title
    value: str  # the number or the title the two share


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


class Lookalikes:
    """The stored exhibits (summaries from ExhibitStore.summaries) that new exhibits are compared with."""

    def __init__(self, stored: list[dict], *, expected_new: int = 1):
        self._by_number: dict[str, dict] = {}
        self._by_title: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        self._by_kind: dict[str, list[dict]] = defaultdict(list)
        for row in stored:
            if row["number_key"]:
                self._by_number.setdefault(row["number_key"], row)
            for lang in LANGS:
                if title := _norm(row[f"title_{lang}"] or ""):
                    self._by_title[(row["kind"], lang, title)].append(row)
            self._by_kind[row["kind"]].append(row)
        self._fuzzy = expected_new * len(stored) <= COMPARISON_BUDGET

    def match(self, exhibit: Exhibit) -> Match | None:
        """The stored exhibit `exhibit` most likely repeats: same number, same title, or a very similar title."""
        key = number_key(exhibit.number)
        if key and key in self._by_number:
            return Match(self._by_number[key]["id"], "same_number", exhibit.number)
        titles = {lang: exhibit.text.get("title", {}).get(lang, "") for lang in LANGS}
        for lang, title in titles.items():
            rows = self._by_title.get((exhibit.kind, lang, _norm(title)), []) if title.strip() else []
            if row := next((row for row in rows if _same_time(row, exhibit)), None):
                return Match(row["id"], "same_title", title)
        return self._similar(exhibit, titles) if self._fuzzy else None

    def _similar(self, exhibit: Exhibit, titles: dict[str, str]) -> Match | None:
        best: tuple[float, Match] | None = None
        for lang, title in titles.items():
            matcher = difflib.SequenceMatcher(None, "", _norm(title))  # b is the side difflib indexes
            if not matcher.b:
                continue
            for row in self._by_kind.get(exhibit.kind, []):
                matcher.set_seq1(_norm(row[f"title_{lang}"] or ""))
                if not matcher.a or matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                    continue
                ratio = matcher.ratio()
                if ratio >= SIMILAR and _same_time(row, exhibit) and (best is None or ratio > best[0]):
                    best = (ratio, Match(row["id"], "similar_title", row[f"title_{lang}"]))
        return best[1] if best else None


def _same_time(row: dict, exhibit: Exhibit) -> bool:
    """Events of one title recur on other days: only one at the same start repeats another."""
    return exhibit.kind != "event" or (row["starts_at"] or "") == exhibit.starts_at
