"""What a rater is shown in a Delphi round (round 2 and later): for each part, the
group's answers so far (median, spread and distribution of the current values of the
earlier rounds) and the rater's own earlier answer, with the parts flagged for
disagreement to ask first. Pure functions over a measure's ratings."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import NamedTuple

from ho21score.core.criteria import Criteria, Part
from ho21score.core.ratings import Rating, Score
from ho21score.core.scoring import current_values


class GroupView(NamedTuple):
    """The group's current values of one part before the round being scored, and the
    rater's own current answer (``current_answer``)."""

    median: float | None
    iqr: float | None
    distribution: tuple[tuple[str, int], ...]  # (answer, how many), in scale order
    own: Score | None  # the rater's own current value
    flagged: bool

    @property
    def answered(self) -> int:
        return sum(n for _, n in self.distribution)

    def distribution_text(self) -> str:
        """``1:0 2:1 3:5 4:9 5:4``, or with level names ``kort:3 medium:1 lang:0``."""
        return " ".join(f"{answer}:{n}" for answer, n in self.distribution)


def before_round(ratings: tuple[Rating, ...], round_: int) -> list[Rating]:
    return [r for r in ratings if r.round < round_]


def group_view(
    part: Part, ratings: tuple[Rating, ...], round_: int, rater: str, criteria: Criteria
) -> GroupView:
    """What the group answered for ``part`` in the rounds before ``round_``, and what
    ``rater`` (a roster key or a name, as in ``Rating.rater``) answered."""
    spread = current_values(part.key, before_round(ratings, round_))
    voices = spread.voices if spread is not None else ()
    if part.levels is not None:
        answers = list(part.levels)
        counts = Counter(v.score.label for v in voices)
    else:
        answers = [str(n) for n in range(criteria.minimum, criteria.maximum + 1)]
        counts = Counter(str(int(v.score.value)) for v in voices)
    values = [v.score.value for v in voices]
    own = current_answer(part, ratings, round_, rater)
    iqr = spread.iqr if spread is not None else None
    return GroupView(
        statistics.median(values) if values else None,
        iqr,
        tuple((answer, counts[answer]) for answer in answers),
        own,
        iqr is not None and iqr > criteria.iqr,
    )


def current_answer(
    part: Part, ratings: tuple[Rating, ...], round_: int, rater: str
) -> Score | None:
    """The rater's current value of ``part`` as of ``round_``: their answer in this round
    if they have given one, else their latest before it (what a Delphi round pre-fills)."""
    spread = current_values(part.key, [r for r in ratings if r.round <= round_])
    voices = spread.voices if spread is not None else ()
    return next((v.score for v in voices if v.rater == rater), None)


def flagged_parts(
    ratings: tuple[Rating, ...], round_: int, criteria: Criteria, agreed: frozenset[str]
) -> tuple[str, ...]:
    """The parts whose spread before ``round_`` is above the threshold and not agreed:
    the ones a Delphi round asks again."""
    earlier = before_round(ratings, round_)
    flagged = []
    for part in criteria.parts:
        spread = current_values(part.key, earlier)
        if part.key in agreed or spread is None or spread.iqr is None:
            continue
        if spread.iqr > criteria.iqr:
            flagged.append(part.key)
    return tuple(flagged)
