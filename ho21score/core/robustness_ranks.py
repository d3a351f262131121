"""Ranks in every draw, counted (docs/robustness.md, "Outputs").

Values within 1e-9 of their group's highest tie, as in the scoring rule. A tie group over
positions p ... p+t-1 gives each member 1/t at each of those ranks, so every row and every
column of the rank-acceptability table sums to 1. Ranks are counted with ``np.bincount``
over a difference array: +1/t at rank p, -1/t at rank p+t, summed along the ranks at the
end.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ho21score.core.robustness_data import Floats
from ho21score.core.scoring import TIE_TOLERANCE


def weighted_values(weights: Floats, scores: Floats) -> Floats:
    """(D, M) values sum_c w_c N_ic, for weights (D, C) or (C,) and scores (M, C) or
    (M, D, C); summed criterion by criterion, so equal scores give bit-equal values."""
    w = np.atleast_2d(weights)
    s = scores[:, None, :] if scores.ndim == 2 else scores  # (M, D or 1, C)
    total = np.zeros((max(w.shape[0], s.shape[1]), s.shape[0]))
    for c in range(w.shape[1]):
        total = total + w[:, c, None] * s[:, :, c].T
    return total


class Placing:
    """Each draw's ranking: the measure at each position and, where values tie, where each
    tie group starts and how many it holds (``start`` is None when nothing ties, the
    common case, which takes the quick paths)."""

    def __init__(self, values: Floats) -> None:
        self.order = np.argsort(-values, axis=1)  # ties are shared out below, whatever order
        ordered = np.take_along_axis(values, self.order, axis=1)
        near = ordered[:, :-1] - ordered[:, 1:] <= TIE_TOLERANCE
        self.start: NDArray[np.intp] | None = None
        self.size: NDArray[np.intp] | None = None
        if near.any():
            self._groups(ordered, near)

    def _groups(self, ordered: Floats, near: NDArray[np.bool_]) -> None:
        """A value joins the group before it when within 1e-9 of that group's highest.
        Cut first where neighbours are further apart than that; only a chain of near
        values spanning more than 1e-9 (rare) needs the walk along the positions."""
        draws, m = ordered.shape
        position = np.arange(m)
        starts = np.ones((draws, m), dtype=bool)
        starts[:, 1:] = ~near
        first = np.maximum.accumulate(np.where(starts, position, 0), axis=1)
        leader = np.take_along_axis(ordered, first, axis=1)
        chained = np.flatnonzero(np.any(leader - ordered > TIE_TOLERANCE, axis=1))
        if chained.size:
            sub = ordered[chained]
            top = sub[:, 0].copy()
            for j in range(1, m):
                starts[chained, j] = top - sub[:, j] > TIE_TOLERANCE
                top = np.where(starts[chained, j], sub[:, j], top)
            first = np.maximum.accumulate(np.where(starts, position, 0), axis=1)
        self.start = first
        ends = np.ones((draws, m), dtype=bool)
        ends[:, :-1] = starts[:, 1:]
        last = np.where(ends, position, m - 1)
        end = np.minimum.accumulate(last[:, ::-1], axis=1)[:, ::-1]
        self.size = end - self.start + 1

    def acceptability(self) -> Floats:
        """(M, M) counts, fractional for ties: [i, r] = draws giving measure i rank r + 1.
        Each measure counts at its own position; a tied one's count is then spread over
        its group's positions."""
        m = self.order.shape[1]
        position = np.broadcast_to(np.arange(m), self.order.shape)
        counts = np.bincount((self.order * m + position).ravel(), minlength=m * m)
        table = np.asarray(counts.reshape(m, m), dtype=np.float64)
        if self.start is None or self.size is None:
            return table
        tied = self.size > 1
        who, size, start = self.order[tied], self.size[tied], self.start[tied]
        table -= np.bincount(who * m + position[tied], minlength=m * m).reshape(m, m)
        share = 1.0 / size
        cells = np.concatenate([who * (m + 1) + start, who * (m + 1) + start + size])
        spread = np.bincount(cells, weights=np.concatenate([share, -share]), minlength=m * (m + 1))
        spread_table: Floats = np.cumsum(spread.reshape(m, m + 1), axis=1)
        return table + spread_table[:, :m]

    def first(self, weights: Floats) -> tuple[Floats, Floats]:
        """Each measure's credit for rank 1 (1/t in a tie of t), summed over the draws, and
        the same credit times each draw's weights (M, C)."""
        draws, m = self.order.shape
        if self.start is None or self.size is None:
            rows = np.arange(draws)
            winners = self.order[:, 0]
            credit = np.ones(draws)
        else:
            rows, cols = np.nonzero(self.start == 0)
            winners = self.order[rows, cols]
            credit = 1.0 / self.size[rows, cols]
        w = np.broadcast_to(weights, (draws, weights.shape[-1]))[rows]
        total = np.bincount(winners, weights=credit, minlength=m)
        columns = [
            np.bincount(winners, weights=credit * w[:, c], minlength=m) for c in range(w.shape[1])
        ]
        return np.asarray(total, dtype=np.float64), np.stack(columns, axis=1)


def wins(values: Floats, above: NDArray[np.intp], below: NDArray[np.intp]) -> Floats:
    """For each pair, the draws in which ``above`` beats ``below``, a tie counting half."""
    gap = values[:, above] - values[:, below]
    ahead = (gap > TIE_TOLERANCE).sum(axis=0)
    level = (np.abs(gap) <= TIE_TOLERANCE).sum(axis=0)
    return np.asarray(ahead + 0.5 * level, dtype=np.float64)


class Tally:
    """Counts over every chunk of draws of one setting (weights only, raters only, both)."""

    def __init__(self, m: int, n: int, above: NDArray[np.intp], below: NDArray[np.intp]) -> None:
        self.counts = np.zeros((m, m))
        self.first_weights = np.zeros((m, n))
        self.first_credit = np.zeros(m)
        self.pair_wins = np.zeros(len(above))
        self.above, self.below = above, below
        self.draws = 0

    def add(self, values: Floats, weights: Floats) -> None:
        placing = Placing(values)
        self.counts += placing.acceptability()
        credit, weighted = placing.first(weights)
        self.first_credit += credit
        self.first_weights += weighted
        self.pair_wins += wins(values, self.above, self.below)
        self.draws += len(values)

    def shares(self) -> Floats:
        """(M, M) rank acceptabilities: rows and columns sum to 1."""
        return self.counts / self.draws

    def central_weights(self) -> list[Floats | None]:
        return [
            None if credit <= 0 else row / credit
            for row, credit in zip(self.first_weights, self.first_credit, strict=True)
        ]
