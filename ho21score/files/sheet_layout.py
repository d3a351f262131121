"""The layout of a scoring sheet (``sheet export`` writes it, ``sheet import`` reads it):
which column holds what, where the data starts, and the hidden sheet that says whose
sheet it is. Kept apart from openpyxl, so that both sides agree on one description.

The scoring sheet comes first (a printed or converted workbook starts with the questions
and the cells to fill in). It has five header rows: the criterion, the part, its
question, what the column holds, and (hidden) the column's key, which the import reads
instead of trusting the order.
A row per measure follows: its id and title (locked), an input cell per part, in round 2
and later four locked columns per part with the group's answers before the round, and
a comment cell.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from ho21score.core.criteria import Criteria, Part

FORMAT = 1  # the layout's version, in the hidden sheet
META_SHEET = "ho21score"
HEADER_ROWS = 5  # criterion, part, question, what the column holds, key (hidden)
QUESTION_ROW = 3
KIND_ROW = 4
KEY_ROW = 5
FIRST_ROW = HEADER_ROWS + 1
DONT_KNOW = "vet ikke"  # an answer that is no value; a blank cell says the same

# what a column holds; the part's key, then ":" and the kind, is the column's key
ID, TITLE, INPUT, OWN, MEDIAN, SPREAD, DISTRIBUTION, COMMENT = (
    "id",
    "tittel",
    "svar",
    "forrige",
    "median",
    "iqr",
    "fordeling",
    "kommentar",
)
FEEDBACK = (OWN, MEDIAN, SPREAD, DISTRIBUTION)


class Column(NamedTuple):
    kind: str
    part: Part | None = None

    @property
    def key(self) -> str:
        return f"{self.part.key}:{self.kind}" if self.part is not None else self.kind


def columns(criteria: Criteria, round_: int) -> list[Column]:
    """The scoring sheet's columns, left to right (column A first)."""
    found = [Column(ID), Column(TITLE)]
    for part in criteria.parts:
        found.append(Column(INPUT, part))
        if round_ > 1:
            found += [Column(kind, part) for kind in FEEDBACK]
    found.append(Column(COMMENT))
    return found


def answers(part: Part, criteria: Criteria) -> list[str]:
    """What an input cell may hold, as offered in its drop-down list."""
    if part.levels is not None:
        return [*part.levels, DONT_KNOW]
    return [*(str(n) for n in range(criteria.minimum, criteria.maximum + 1)), DONT_KNOW]


def file_hash(path: Path) -> str:
    """What the hidden sheet keeps of a measure file, to see at import whether it changed
    since the sheet was made."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""
