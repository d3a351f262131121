"""Ranks in every draw, counted (docs/robustness.md, "Outputs").

Values within 1e-9 of their group's highest tie, as in the scoring rule. A tie group over
positions p ... p+t-1 gives each member 1/t at each of those ranks, so every row and every
column of the rank-acceptability table sums to 1. Ranks are counted with ``np.bincount``
over a difference array: +1/t at rank p, -1/t at rank p+t, summed along the ranks at the
end.
"""

from __future__ import annotations

from typing import NamedTuple

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


class Ties(NamedTuple):
    """Every measure in a tie group, one entry each: its draw, its position, where its
    group starts and how many it holds."""

    rows: NDArray[np.intp]
    positions: NDArray[np.intp]
    starts: NDArray[np.intp]
    sizes: NDArray[np.intp]


class Placing:
    """Each draw's ranking: the measure at each position, and the measures that tie
    (``ties`` is None when nothing does, the common case, which takes the quick paths)."""

    def __init__(self, values: Floats) -> None:
        self.order = np.argsort(-values, axis=1)  # ties are shared out below, whatever order
        ordered = np.take_along_axis(values, self.order, axis=1)
        near = ordered[:, :-1] - ordered[:, 1:] <= TIE_TOLERANCE
        self.ties = _ties(ordered, near) if near.any() else None

    def starts(self) -> NDArray[np.intp]:
        """(D, M) the position where the group of the measure at each position starts."""
        start = np.broadcast_to(np.arange(self.order.shape[1]), self.order.shape).copy()
        if self.ties is not None:
            start[self.ties.rows, self.ties.positions] = self.ties.starts
        return start

    def acceptability(self) -> Floats:
        """(M, M) counts, fractional for ties: [i, r] = draws giving measure i rank r + 1.
        Each measure counts at its own position; a tied one's count is then spread over
        its group's positions."""
        m = self.order.shape[1]
        position = np.broadcast_to(np.arange(m), self.order.shape)
        counts = np.bincount((self.order * m + position).ravel(), minlength=m * m)
        table = np.asarray(counts.reshape(m, m), dtype=np.float64)
        if self.ties is None:
            return table
        rows, positions, starts, sizes = self.ties
        who = self.order[rows, positions]
        table -= np.bincount(who * m + positions, minlength=m * m).reshape(m, m)
        share = 1.0 / sizes
        cells = np.concatenate([who * (m + 1) + starts, who * (m + 1) + starts + sizes])
        spread = np.bincount(cells, weights=np.concatenate([share, -share]), minlength=m * (m + 1))
        spread_table: Floats = np.cumsum(spread.reshape(m, m + 1), axis=1)
        return table + spread_table[:, :m]

    def first(self, weights: Floats) -> tuple[Floats, Floats]:
        """Each measure's credit for rank 1 (1/t in a tie of t), summed over the draws, and
        the same credit times each draw's weights (M, C)."""
        draws, m = self.order.shape
        rows = np.arange(draws)
        winners = self.order[:, 0]
        credit = np.ones(draws)
        if self.ties is not None:
            at_top = self.ties.starts == 0
            shared = np.zeros(draws, dtype=bool)
            shared[self.ties.rows[at_top]] = True
            rows = np.concatenate([rows[~shared], self.ties.rows[at_top]])
            winners = np.concatenate(
                [winners[~shared], self.order[self.ties.rows[at_top], self.ties.positions[at_top]]]
            )
            credit = np.concatenate([credit[~shared], 1.0 / self.ties.sizes[at_top]])
        w = np.broadcast_to(weights, (draws, weights.shape[-1]))[rows]
        total = np.bincount(winners, weights=credit, minlength=m)
        columns = [
            np.bincount(winners, weights=credit * w[:, c], minlength=m) for c in range(w.shape[1])
        ]
        return np.asarray(total, dtype=np.float64), np.stack(columns, axis=1)


def _ties(ordered: Floats, near: NDArray[np.bool_]) -> Ties:
    """A value joins the group before it when within 1e-9 of that group's highest. Runs of
    neighbours closer than that are the groups, unless a run spans more than 1e-9 (a chain,
    rare): those draws are walked position by position."""
    rows, first, last = _runs(near)
    chained = ordered[rows, first] - ordered[rows, last] > TIE_TOLERANCE
    if chained.any():
        walked = np.unique(rows[chained])
        keep = ~np.isin(rows, walked)
        sub = ordered[walked]
        joins = np.zeros(sub.shape, dtype=bool)
        top = sub[:, 0].copy()
        for j in range(1, sub.shape[1]):
            joins[:, j] = top - sub[:, j] <= TIE_TOLERANCE
            top = np.where(joins[:, j], top, sub[:, j])
        more, more_first, more_last = _runs(joins[:, 1:])
        rows = np.concatenate([rows[keep], walked[more]])
        first = np.concatenate([first[keep], more_first])
        last = np.concatenate([last[keep], more_last])
    sizes = last - first + 1
    offsets = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    starts = np.repeat(first, sizes)
    return Ties(np.repeat(rows, sizes), starts + offsets, starts, np.repeat(sizes, sizes))


def _runs(links: NDArray[np.bool_]) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """Where ``links[d, j]`` joins positions j and j + 1: each run of joined positions as its
    draw, first and last position."""
    padded = np.zeros((links.shape[0], links.shape[1] + 2), dtype=bool)
    padded[:, 1:-1] = links
    rows, first = np.nonzero(~padded[:, :-1] & padded[:, 1:])
    _, last = np.nonzero(padded[:, :-1] & ~padded[:, 1:])
    return rows, first, last


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
