"""The scoring rule: part values, criterion scores, totals, ranks, disagreement.

Pure functions over plain values (docs/scoring-rule.md):
1. a rater's current value for a part is their rating of it in the highest round in which
   they rated it; a part's value is the agreed value, else the median of the current values;
2. criterion score = weighted mean of its parts;
3. total = 100 * sum_c w_c (s_c - min) / (max - min) / sum_c w_c;
4. any part missing: incomplete, never ranked, never imputed;
5. competition ranking (1, 2, 2, 4), ties within 1e-9, listed by id;
6. a part whose current values have an IQR above the threshold is flagged, unless agreed;
   one with fewer current values than the criteria's minimum is flagged as few.
A late or partial round changes only the voices of those who rated in it: a panellist who
does not answer again keeps their answer (the Delphi convention).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.ratings import Rating, Score

TIE_TOLERANCE = 1e-9


class Voice(NamedTuple):
    """One rater's current value for a part, and how they got there."""

    rater: str
    score: Score
    round: int  # the round of the current value
    comment: str | None
    earlier: tuple[tuple[int, Score], ...]  # (round, score) of earlier rounds, oldest first
    name: str  # the rater's name for people

    @property
    def moved(self) -> bool:
        """The rater changed their value for this part between rounds."""
        return any(s.value != self.score.value for _, s in self.earlier)


class Spread(NamedTuple):
    """The raters' current values of one part."""

    voices: tuple[Voice, ...]
    iqr: float | None

    @property
    def rounds(self) -> tuple[int, ...]:
        return tuple(sorted({v.round for v in self.voices}))


class Evaluation(NamedTuple):
    parts: dict[str, float | None]
    criteria: dict[str, float | None]
    total: float | None
    missing: tuple[str, ...]
    disagreement: tuple[str, ...]
    spreads: dict[str, Spread]
    agreed: frozenset[str]
    few: tuple[str, ...] = ()  # parts with fewer raters than the criteria ask for

    @property
    def complete(self) -> bool:
        return not self.missing


def iqr(values: Sequence[float]) -> float | None:
    """Interquartile range, quartiles by linear interpolation (numpy's default)."""
    if len(values) < 2:
        return None
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q3 - q1


def current_values(part: str, ratings: Sequence[Rating]) -> Spread | None:
    """Each rater's rating of ``part`` in the highest round in which they rated it, raters
    in the order they first appear; None if nobody rated the part."""
    history: dict[str, list[Rating]] = {}
    for rating in ratings:
        if part in rating.values:
            history.setdefault(rating.rater, []).append(rating)
    if not history:
        return None
    voices = []
    for rater, rated in history.items():
        rated.sort(key=lambda r: r.round)
        last = rated[-1]
        earlier = tuple((r.round, r.values[part]) for r in rated[:-1])
        voices.append(
            Voice(rater, last.values[part], last.round, last.comment, earlier, last.shown)
        )
    return Spread(tuple(voices), iqr([v.score.value for v in voices]))


def evaluate(criteria: Criteria, agreed: dict[str, Score], ratings: Sequence[Rating]) -> Evaluation:
    parts: dict[str, float | None] = {}
    spreads: dict[str, Spread] = {}
    flagged: list[str] = []
    few: list[str] = []
    for part in criteria.parts:
        spread = current_values(part.key, ratings)
        if part.key in agreed:
            parts[part.key] = agreed[part.key].value
        elif spread is not None:
            parts[part.key] = statistics.median(v.score.value for v in spread.voices)
        else:
            parts[part.key] = None
        if spread is not None:
            spreads[part.key] = spread
        if part.key in agreed:
            continue
        if spread is not None and spread.iqr is not None and spread.iqr > criteria.iqr:
            flagged.append(part.key)
        if spread is not None and len(spread.voices) < criteria.min_raters:
            few.append(part.key)
    missing = tuple(key for key, value in parts.items() if value is None)
    scores: dict[str, float | None] = {}
    for criterion in criteria.criteria:
        values = [parts[p.key] for p in criterion.parts]
        weights = [p.weight for p in criterion.parts]
        if any(v is None for v in values):
            scores[criterion.key] = None
        else:
            weighted = sum(w * v for w, v in zip(weights, values, strict=True) if v is not None)
            scores[criterion.key] = weighted / sum(weights)
    total = None if missing else total_of(criteria, scores)
    return Evaluation(
        parts, scores, total, missing, tuple(flagged), spreads, frozenset(agreed), tuple(few)
    )


def total_of(criteria: Criteria, scores: dict[str, float | None]) -> float:
    span = criteria.maximum - criteria.minimum
    weighted = 0.0
    weight_sum = 0.0
    for criterion in criteria.criteria:
        score = scores[criterion.key]
        assert score is not None
        weighted += criterion.weight * (score - criteria.minimum) / span
        weight_sum += criterion.weight
    return 100.0 * weighted / weight_sum


def competition_ranks(totals: Sequence[tuple[str, float]]) -> list[tuple[int, str, float]]:
    """Rank (1, 2, 2, 4) by total, highest first; totals within 1e-9 tie, listed by id."""
    ordered = sorted(totals, key=lambda item: -item[1])
    groups: list[list[tuple[str, float]]] = []
    for item in ordered:
        if groups and abs(groups[-1][0][1] - item[1]) <= TIE_TOLERANCE:
            groups[-1].append(item)
        else:
            groups.append([item])
    ranked: list[tuple[int, str, float]] = []
    for group in groups:
        rank = len(ranked) + 1
        ranked.extend((rank, ident, total) for ident, total in sorted(group))
    return ranked
