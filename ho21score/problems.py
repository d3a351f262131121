"""Problems found in input files, as values; only the CLI prints them."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(NamedTuple):
    """One problem at a 1-based line and column of a file."""

    path: str
    line: int
    col: int
    level: Level
    message: str

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)


class InputError(Exception):
    """Raised by the core when the input cannot be used; the CLI prints it and exits 1."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []
