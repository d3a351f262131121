"""The ranked measures as arrays: each part's value, each rater's current values, and the
normalised criterion scores the analysis weighs (docs/robustness.md).

Measures are in id order, so that a seed gives the same draws to the same measures
whatever the ranking says. Criterion scores are summed part by part in a fixed order
(never by a matrix product, whose summation order may differ between rows), so a measure
whose values do not change gets bit for bit the same score in every draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure

Floats = NDArray[np.float64]


class DecisionData(NamedTuple):
    ids: tuple[str, ...]
    ranks: tuple[int, ...]  # stated competition ranks, as `rank` gives them
    totals: tuple[float, ...]
    keys: tuple[str, ...]  # criterion keys
    weights: Floats  # (C,) stated, normalised
    parts: Floats  # (M, P) each part's value
    part_weights: tuple[tuple[tuple[int, float], ...], ...]  # per criterion: (part, share)
    minimum: float
    span: float
    voices: Floats  # (M, R, P) raters' current values; NaN where none, and on agreed parts
    raters: NDArray[np.intp]  # (M,) raters with a current value on a part not agreed
    levels: Floats  # (L,) every value a rater gave, sorted
    scores: Floats  # (M, C) normalised criterion scores, 0-1

    def normalised(self, parts: Floats) -> Floats:
        """Part values (..., P) -> normalised criterion scores (..., C)."""
        columns = []
        for members in self.part_weights:
            score = np.zeros(parts.shape[:-1])
            for index, share in members:
                score = score + share * parts[..., index]
            columns.append((score - self.minimum) / self.span)
        return np.stack(columns, axis=-1)


def decision_data(ranked: Sequence[tuple[int, Measure]], criteria: Criteria) -> DecisionData:
    """The ranked measures (complete, so every part has a value) as arrays."""
    chosen = sorted(ranked, key=lambda item: item[1].id)
    part_keys = [p.key for p in criteria.parts]
    index = {key: i for i, key in enumerate(part_keys)}
    part_weights = tuple(
        tuple((index[p.key], p.weight / sum(q.weight for q in c.parts)) for p in c.parts)
        for c in criteria.criteria
    )
    parts = np.array(
        [[m.evaluation.parts[key] or 0.0 for key in part_keys] for _, m in chosen], dtype=float
    ).reshape(len(chosen), len(part_keys))
    voices, raters = _voices([m for _, m in chosen], part_keys)
    finite = voices[~np.isnan(voices)]
    stated = criteria.weights()
    data = DecisionData(
        ids=tuple(m.id for _, m in chosen),
        ranks=tuple(rank for rank, _ in chosen),
        totals=tuple(m.evaluation.total or 0.0 for _, m in chosen),
        keys=tuple(c.key for c in criteria.criteria),
        weights=np.array([stated[c.key] for c in criteria.criteria], dtype=float),
        parts=parts,
        part_weights=part_weights,
        minimum=float(criteria.minimum),
        span=float(criteria.maximum - criteria.minimum),
        voices=voices,
        raters=raters,
        levels=np.unique(finite) if finite.size else np.zeros(0),
        scores=np.zeros((0, 0)),
    )
    return data._replace(scores=data.normalised(parts))


def _voices(measures: Sequence[Measure], part_keys: list[str]) -> tuple[Floats, NDArray[np.intp]]:
    """Each measure's raters (in order of first appearance) by parts; agreed parts have no
    voices, since the medians never decide them."""
    tables: list[dict[str, dict[int, float]]] = []
    for m in measures:
        table: dict[str, dict[int, float]] = {}
        for p, key in enumerate(part_keys):
            spread = m.evaluation.spreads.get(key)
            if spread is None or key in m.evaluation.agreed:
                continue
            for voice in spread.voices:
                table.setdefault(voice.rater, {})[p] = voice.score.value
        tables.append(table)
    most = max((len(t) for t in tables), default=0)
    voices = np.full((len(measures), most, len(part_keys)), np.nan)
    for i, table in enumerate(tables):
        for r, values in enumerate(table.values()):
            for p, value in values.items():
                voices[i, r, p] = value
    return voices, np.array([len(t) for t in tables], dtype=np.intp)
