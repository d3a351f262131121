"""The rater bootstrap (docs/robustness.md, "Rater uncertainty").

Per draw and measure, its n raters are drawn from its n raters with replacement; a drawn
rater brings all of their current values for the measure, so its parts stay correlated.
Each part's median is then taken by the scoring rule (an even count: the mean of the two
middle values). Medians of small whole numbers come from counting, for every draw and
part at once: how many drawn values are at most v, for each value v a rater gave; the k-th
smallest value is the first v whose count exceeds k. Agreed parts keep their value, and so
does a part that none of the drawn raters scored.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ho21score.core.robustness_data import DecisionData, Floats


def resampled_scores(data: DecisionData, rng: np.random.Generator, count: int) -> Floats:
    """(M, count, C): the normalised criterion scores of ``count`` bootstrap draws."""
    m, most, n_parts = data.voices.shape
    stated = np.broadcast_to(data.parts[:, None, :], (m, count, n_parts))
    if most == 0 or not data.levels.size:
        return data.normalised(np.array(stated))
    counts = _draw_counts(data.raters, most, rng, count)  # (M, count, R)
    known = ~np.isnan(data.voices)  # (M, R, P)
    at_most = data.voices[..., None] <= data.levels  # (M, R, P, L); NaN is never <=
    levels = len(data.levels)
    table = np.concatenate(
        [at_most.reshape(m, most, n_parts * levels), known], axis=2
    ).astype(np.float32)
    tallies = np.matmul(counts, table)  # (M, count, P*L + P), whole numbers
    below = tallies[..., : n_parts * levels].reshape(m, count, n_parts, levels)
    drawn = tallies[..., n_parts * levels :]  # (M, count, P) values drawn per part
    low = np.floor((drawn - 1) / 2)  # the middle one or two, counted from 0
    high = np.floor(drawn / 2)
    steps = np.diff(data.levels)
    medians = np.full(drawn.shape, 2 * data.levels[0])
    for step, at_most in zip(steps, np.moveaxis(below, -1, 0), strict=False):
        # past each level whose count does not reach the k-th value, add the step up
        medians += step * ((at_most <= low).astype(np.float64) + (at_most <= high))
    medians /= 2
    voiced = np.any(known, axis=1)[:, None, :] & (drawn > 0)  # agreed parts have no voices
    return data.normalised(np.where(voiced, medians, stated))


def _draw_counts(
    raters: NDArray[np.intp], most: int, rng: np.random.Generator, count: int
) -> NDArray[np.float32]:
    """(M, count, R): how often each rater of each measure was drawn, n from n."""
    m = len(raters)
    u = rng.random((count, m, most))
    last = np.maximum(raters - 1, 0)[None, :, None]
    picks = np.minimum((u * raters[None, :, None]).astype(np.intp), last)
    cells = count * m * most  # slots beyond a measure's raters go to one extra cell
    used = np.arange(most)[None, None, :] < raters[None, :, None]
    base = (np.arange(count)[:, None, None] * m + np.arange(m)[None, :, None]) * most
    flat = np.where(used, base + picks, cells)
    tally = np.bincount(flat.ravel(), minlength=cells + 1)[:cells].reshape(count, m, most)
    return np.ascontiguousarray(tally.transpose(1, 0, 2), dtype=np.float32)
