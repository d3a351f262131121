"""Scores and ratings as plain records: what one rater gave one measure in one round."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Score(NamedTuple):
    """A value on the scale, and how it was written ("4" or a level name like "kort")."""

    value: float
    label: str


class Rating(NamedTuple):
    rater: str  # who, told apart: the roster key, or the name as written without a roster
    round: int
    values: dict[str, Score]
    comment: str | None = None
    date: dt.date | None = None
    name: str = ""  # the rater's name for people (the roster's name); empty: ``rater``
    where: str = ""  # where it is written: "measures/x.yaml:23" or a rating file's path

    @property
    def shown(self) -> str:
        return self.name or self.rater
