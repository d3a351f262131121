"""What a robustness analysis found, as plain records (no numpy: render reads these).

Shares are plain floats in 0-1, weights are normalised (0-1); a stability interval is
``(low, high)`` on one criterion's normalised weight, ``None`` where the stated weights
themselves sit on a tie. Measures are listed in the stated ranking's order.
"""

from __future__ import annotations

from typing import NamedTuple

from ho21score.core.robustness_setup import Setup

Interval = tuple[float, float] | None


class MeasureOdds(NamedTuple):
    """How one measure fares over every draw."""

    id: str
    rank: int  # at the stated weights and medians
    total: float
    acceptability: tuple[float, ...]  # [r - 1]: share of draws with rank r (sums to 1)
    top: float  # share of draws with rank <= setup.top
    band: tuple[int, int]  # 5th and 95th percentile rank
    split: dict[str, float]  # top share under "weights" only, "raters" only, "both"
    central_weights: dict[str, float] | None  # mean weighting where first; None: never
    dominated_by: tuple[str, ...]  # better or equal on every criterion, better on one
    raters: int  # raters whose current values the bootstrap draws from

    @property
    def first(self) -> float:
        return self.acceptability[0]


class CriterionSpan(NamedTuple):
    key: str
    weight: float  # stated, normalised
    low: float  # lowest and highest score of a ranked measure, on the scale
    high: float


class PairOdds(NamedTuple):
    """Neighbours in the stated ranking: the share of draws in which ``a`` is above ``b``
    (a tie counts half)."""

    a: str
    b: str
    a_above_b: float


class WeightSweep(NamedTuple):
    """One criterion's weight varied alone from 0 to 1, the others rescaled in proportion:
    where the top set and each measure's rank stay as they are (exact, from the crossings)."""

    criterion: str
    weight: float
    top: Interval
    ranks: dict[str, Interval]
    crossings: tuple[float, ...]  # every weight at which two measures swap, merged, sorted


class Caveat(NamedTuple):
    """``no-effect``: every ranked measure scores the same on ``criterion``; ``few-raters``:
    measure ``id`` has fewer than three raters."""

    code: str
    criterion: str | None = None
    id: str | None = None
    raters: int | None = None


class Robustness(NamedTuple):
    setup: Setup
    numpy: str
    criteria: tuple[CriterionSpan, ...]
    measures: tuple[MeasureOdds, ...]
    pairwise: tuple[PairOdds, ...]
    sweeps: tuple[WeightSweep, ...]
    caveats: tuple[Caveat, ...]
    varied: tuple[str, ...]  # what was drawn: "weights", "raters" (empty: nothing varies)
