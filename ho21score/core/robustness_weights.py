"""Weightings drawn under each weight model (docs/robustness.md, "Weight models").

``simplex`` is Dirichlet(1, ..., 1), the uniform distribution on the simplex. Independent
uniforms divided by their sum are not: they pile up near equal weights and favour balanced
measures (a test shows the difference would be caught).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from ho21score.core.robustness_data import Floats
from ho21score.core.robustness_setup import Order, Setup, WeightModel
from ho21score.i18n import message, number
from ho21score.problems import InputError

PROBE = 10_000  # the box model refuses when fewer than 1 in 1,000 of these land in the box
LEAST_ACCEPTANCE = 1e-3


def simplex(rng: np.random.Generator, count: int, n: int) -> Floats:
    return rng.dirichlet(np.ones(n), size=count)


def ordinal(rng: np.random.Generator, count: int, groups: list[list[int]], n: int) -> Floats:
    """Uniform over the weightings that keep the weak order ``groups`` (most important
    first; criteria in one group weigh the same): with group sizes s and their running sums
    S, Y ~ Dirichlet(1_g), t = Y / S, and group k weighs sum(t[k:]) per criterion."""
    sizes = np.array([len(g) for g in groups], dtype=float)
    y = rng.dirichlet(np.ones(len(groups)), size=count)
    t = y / np.cumsum(sizes)
    v = np.cumsum(t[:, ::-1], axis=1)[:, ::-1]
    weights = np.zeros((count, n))
    for k, group in enumerate(groups):
        weights[:, group] = v[:, k : k + 1]
    return weights


def box_batches(
    rng: np.random.Generator, stated: Floats, spread: float, batch: int
) -> Iterator[Floats]:
    """Batches of weightings within ±``spread`` (relative) of ``stated``: l + (1 - sum l) *
    Dirichlet(1), the draws over the upper bounds rejected. A criterion stated at 0 stays
    at 0. Refused (``InputError``) when fewer than 1 in 1,000 draws land in the box."""
    active = stated > 0
    lower = stated[active] * max(0.0, 1.0 - spread)
    upper = np.minimum(stated[active] * (1.0 + spread), 1.0)
    free = 1.0 - lower.sum()
    size = PROBE
    drawn = landed = 0
    while True:
        w = lower + free * rng.dirichlet(np.ones(int(active.sum())), size=size)
        inside = w[np.all(w <= upper + 1e-12, axis=1)]
        drawn += size
        landed += len(inside)
        if landed < LEAST_ACCEPTANCE * drawn:
            raise InputError(
                message(
                    "robustness.box_too_narrow",
                    box=number(100 * spread, 0),
                    share=number(100 * landed / drawn, 2),
                )
            )
        full = np.zeros((len(inside), len(stated)))
        full[:, active] = inside
        yield full
        size = batch


def weight_chunks(
    rng: np.random.Generator, setup: Setup, stated: Floats, keys: tuple[str, ...], chunk: int
) -> Iterator[Floats]:
    """Endless chunks of ``chunk`` weightings (rows summing to 1, columns as ``keys``)."""
    n = len(stated)
    if setup.model is WeightModel.box:
        pending = np.zeros((0, n))
        for batch in box_batches(rng, stated, setup.box or 0.0, chunk):
            pending = np.concatenate([pending, batch])
            while len(pending) >= chunk:
                yield pending[:chunk]
                pending = pending[chunk:]
    groups = _indices(setup.order or (keys,), keys)
    while True:
        if setup.model is WeightModel.simplex:
            yield simplex(rng, chunk, n)
        elif setup.model is WeightModel.ordinal:
            yield ordinal(rng, chunk, groups, n)
        else:
            yield np.tile(stated, (chunk, 1))


def _indices(order: Order, keys: tuple[str, ...]) -> list[list[int]]:
    return [[keys.index(key) for key in group] for group in order]
