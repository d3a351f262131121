"""Problems found in input files, as values; only the CLI prints them.

Every problem carries a stable code (the catalogue key of its message, such as
``field.unknown``), so that scripts and tests match codes, not translated sentences.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from ho21score.i18n import Message


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(NamedTuple):
    """One problem at a 1-based line and column of a file (a row and column of a sheet)."""

    path: str
    line: int
    col: int
    level: Level
    message: str
    code: str
    cell: str = ""  # in a workbook: the sheet and cell, "Vurdering!C7"

    @classmethod
    def at(
        cls, path: str, pos: tuple[int, int], what: Message, level: Level = Level.ERROR
    ) -> Problem:
        return cls(path, pos[0], pos[1], level, what.text, what.code)

    @classmethod
    def in_cell(
        cls, path: str, sheet: str, row: int, col: int, what: Message, level: Level = Level.ERROR
    ) -> Problem:
        return cls(path, row, col, level, what.text, what.code, f"{sheet}!{cell_name(row, col)}")

    @property
    def place(self) -> str:
        """``path:line:col``, or ``path:Sheet!C7`` for a cell of a workbook."""
        return f"{self.path}:{self.cell}" if self.cell else f"{self.path}:{self.line}:{self.col}"

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


def cell_name(row: int, col: int) -> str:
    """A spreadsheet cell's name: (7, 3) -> "C7", (1, 28) -> "AB1"."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)


class InputError(Exception):
    """Raised by the core when the input cannot be used; the CLI prints it and exits 1."""

    def __init__(self, what: Message, problems: list[Problem] | None = None) -> None:
        super().__init__(what.text)
        self.message = what.text
        self.code = what.code
        self.problems = problems or []
