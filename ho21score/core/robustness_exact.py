"""What needs no sampling (docs/robustness.md, "Exact checks"): one-way weight sweeps from
the exact crossings, dominance, and criteria that cannot change the order.

Sweeping criterion c's weight to t, the others rescaled in proportion, gives
V_i(t) = t N_ic + (1 - t) R_ic with R_ic = (V_i - w_c N_ic) / (1 - w_c): straight lines, so
two measures cross once at most, at t* = (dV - w_c dN) / (dV - dN). No grid: a grid misses
breakpoints. From the stated weight the walk goes out, crossing by crossing, to the first
one that changes what is watched (the top set, or one measure's rank).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import numpy as np
from numpy.typing import NDArray

from ho21score.core.robustness_data import Floats
from ho21score.core.robustness_result import Interval
from ho21score.core.scoring import TIE_TOLERANCE


def dominators(scores: Floats) -> list[list[int]]:
    """For each measure, the measures at least as good on every criterion and better on
    one: no weighting puts it above them."""
    s = scores
    at_least = np.all(s[:, None, :] >= s[None, :, :] - TIE_TOLERANCE, axis=2)  # [k, i]
    better = np.any(s[:, None, :] > s[None, :, :] + TIE_TOLERANCE, axis=2)
    beats = at_least & better
    return [list(np.flatnonzero(beats[:, i])) for i in range(len(s))]


def no_effect(scores: Floats) -> list[int]:
    """The criteria on which every measure scores the same (with two measures or more)."""
    if len(scores) < 2:
        return []
    spread = scores.max(axis=0) - scores.min(axis=0)
    return [int(c) for c in np.flatnonzero(spread <= TIE_TOLERANCE)]


class Sweep:
    """Criterion ``c``'s weight swept from 0 to 1."""

    def __init__(self, scores: Floats, weights: Floats, c: int) -> None:
        self.weight = float(weights[c])
        self.own = scores[:, c]
        values = scores @ weights
        self.rest = (values - self.weight * self.own) / (1.0 - self.weight)
        d_value = values[:, None] - values[None, :]
        d_own = self.own[:, None] - self.own[None, :]
        denominator = d_value - d_own
        usable = np.abs(denominator) > TIE_TOLERANCE
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (d_value - self.weight * d_own) / np.where(usable, denominator, 1.0)
        self.at = np.where(usable & (t > 0) & (t < 1), t, np.nan)  # [i, k]: where i and k cross

    def values(self, t: float) -> Floats:
        return t * self.own + (1.0 - t) * self.rest

    def ranks(self, t: float) -> NDArray[np.intp]:
        v = self.values(t)
        above = (v[None, :] - v[:, None] > TIE_TOLERANCE).sum(axis=1)
        return np.asarray(1 + above, dtype=np.intp)

    def crossings(self) -> tuple[float, ...]:
        upper = self.at[np.triu_indices(len(self.own), 1)]
        return tuple(_merged(upper[~np.isnan(upper)]))

    def rank_of(self, i: int, t: float) -> int:
        v = self.values(t)
        return 1 + int((v - v[i] > TIE_TOLERANCE).sum())

    def rank_interval(self, i: int) -> Interval:
        return self._stable(lambda t: self.rank_of(i, t), self.at[i])

    def top_interval(self, top: int) -> Interval:
        ranks = self.ranks(self.weight)
        inside = ranks <= top
        pairs = self.at[np.ix_(inside, ~inside)]
        if inside.sum() > top:  # a tie at the cut: crossings inside the set matter too
            pairs = np.concatenate([pairs.ravel(), self.at[np.ix_(inside, inside)].ravel()])
        return self._stable(
            lambda t: frozenset(np.flatnonzero(self.ranks(t) <= top).tolist()), pairs.ravel()
        )

    def _stable(self, watch: Callable[[float], Hashable], candidates: Floats) -> Interval:
        """The widest interval around the stated weight where ``watch`` stays the same;
        None when it changes right beside the stated weight (they sit on a tie)."""
        points = _merged(candidates[~np.isnan(candidates)])
        w = self.weight
        base = watch(w)
        high = _walk(watch, base, w, [p for p in points if p > w + TIE_TOLERANCE], 1.0)
        low = _walk(watch, base, w, [p for p in points[::-1] if p < w - TIE_TOLERANCE], 0.0)
        if (low == w and w > 0.0) or (high == w and w < 1.0):
            return None
        return (low, high)


def _walk(
    watch: Callable[[float], Hashable], base: Hashable, start: float, points: list[float],
    end: float,
) -> float:
    """From ``start`` past each crossing in ``points`` (in walking order) until ``watch``
    changes: on the segment before a crossing (then the interval ends where it began) or
    at the crossing itself."""
    here = start
    for point in points:
        if watch((here + point) / 2) != base:
            return here
        if watch(point) != base:
            return point
        here = point
    return end if watch((here + end) / 2) == base else here


def _merged(points: Floats) -> list[float]:
    """Sorted, with points within 1e-9 of the one before merged into it (coincident
    crossings would otherwise make segments of no width)."""
    out: list[float] = []
    for point in np.sort(points).tolist():
        if not out or point - out[-1] > TIE_TOLERANCE:
            out.append(point)
    return out
