"""Errors that are shown to a person rather than treated as bugs."""

from __future__ import annotations

from dataclasses import dataclass


class KioskError(Exception):
    """A fault in the environment or the input, explained in one line.

    Anything else that escapes is a bug in the kiosk itself.
    """


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in an input file."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class InvalidInput(KioskError):
    """An input file had problems; each one says where."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        first = str(problems[0]) if problems else "no details"
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(f"{first}{more}")


class MediaError(KioskError):
    """An image could not be used; the message names the file."""
