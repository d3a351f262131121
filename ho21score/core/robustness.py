"""How sure is the ranking? One Monte Carlo run over the plausible weightings and, where
measures have ratings, a bootstrap of their raters; plus what needs no sampling
(docs/robustness.md; the method: Lahdelma & Salminen's SMAA-2, as in JSMAA and R's smaa).

Deterministic: ``SeedSequence(seed)`` spawns one stream for the weights and one for the
raters, so turning the bootstrap on or off leaves the weight draws as they were; draws come
in chunks of a fixed size; measures are taken in id order. Same inputs, seed and draws:
the same result, bit for bit, with the same numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.robustness_data import DecisionData, decision_data
from ho21score.core.robustness_exact import Sweep, dominators, no_effect
from ho21score.core.robustness_ranks import Tally, weighted_values
from ho21score.core.robustness_raters import resampled_scores
from ho21score.core.robustness_result import (
    Caveat,
    CriterionSpan,
    MeasureOdds,
    PairOdds,
    Robustness,
    WeightSweep,
)
from ho21score.core.robustness_setup import Setup, WeightModel
from ho21score.core.robustness_weights import weight_chunks

CHUNK = 1_000  # draws per step: bounds memory (the bootstrap holds M x CHUNK x parts x levels)
FEW_RATERS = 3
BAND = (0.05, 0.95)


def analyse(ranked: Sequence[tuple[int, Measure]], criteria: Criteria, setup: Setup) -> Robustness:
    """The analysis of the ranked measures (``Ranking.ranked``). A box too narrow to
    sample is refused (``InputError``)."""
    data = decision_data(ranked, criteria)
    setup = setup._replace(raters=setup.raters and bool(data.raters.any()))
    drawn = {"weights": setup.model is not WeightModel.fixed, "raters": setup.raters}
    varied = tuple(name for name, on in drawn.items() if on)
    stated_order = sorted(range(len(data.ids)), key=lambda i: (data.ranks[i], data.ids[i]))
    tallies = _run(data, setup, varied, stated_order) if data.ids else {}
    return Robustness(
        setup=setup,
        numpy=np.__version__,
        criteria=_spans(data),
        measures=tuple(_all_odds(data, setup, tallies, varied, stated_order)),
        pairwise=tuple(_pairs(data, tallies, stated_order)),
        sweeps=tuple(_sweeps(data, setup.top, stated_order)),
        caveats=tuple(_caveats(data, setup, stated_order)),
        varied=varied,
    )


def _run(
    data: DecisionData, setup: Setup, varied: tuple[str, ...], stated_order: list[int]
) -> dict[str, Tally]:
    """One tally per setting: "main" (everything that varies) and, when both weights and
    raters vary, "weights" and "raters" alone for the split."""
    weight_stream, rater_stream = np.random.SeedSequence(setup.seed).spawn(2)
    weight_rng = np.random.default_rng(weight_stream)
    rater_rng = np.random.default_rng(rater_stream)
    m, n = data.scores.shape
    above = np.array(stated_order[:-1], dtype=np.intp)
    below = np.array(stated_order[1:], dtype=np.intp)
    names = ("main", "weights", "raters") if len(varied) == 2 else ("main",)
    tallies = {name: Tally(m, n, above, below) for name in names}
    chunks = weight_chunks(weight_rng, setup, data.weights, data.keys, CHUNK)
    done = 0
    while done < setup.draws:
        count = min(CHUNK, setup.draws - done)
        weights = next(chunks)[:count]
        scores = resampled_scores(data, rater_rng, count) if setup.raters else data.scores
        tallies["main"].add(weighted_values(weights, scores), weights)
        if len(varied) == 2:
            tallies["weights"].add(weighted_values(weights, data.scores), weights)
            tallies["raters"].add(weighted_values(data.weights, scores), data.weights)
        done += count
    return tallies


def _all_odds(
    data: DecisionData, setup: Setup, tallies: dict[str, Tally], varied: tuple[str, ...],
    stated_order: list[int],
) -> list[MeasureOdds]:
    if not tallies:
        return []
    shares = {name: t.shares() for name, t in tallies.items()}
    top = min(setup.top, len(data.ids))
    central = tallies["main"].central_weights()
    beaten_by = dominators(data.scores)
    out = []
    for i in stated_order:
        row = shares["main"][i]
        cumulative = np.cumsum(row)
        low, high = (int(np.argmax(cumulative >= q - 1e-12)) + 1 for q in BAND)
        tops = {name: float(s[i][:top].sum()) for name, s in shares.items()}
        split = (
            {"weights": tops["weights"], "raters": tops["raters"], "both": tops["main"]}
            if len(varied) == 2
            else dict.fromkeys(varied, tops["main"])
        )
        weights = central[i]
        out.append(
            MeasureOdds(
                id=data.ids[i],
                rank=data.ranks[i],
                total=data.totals[i],
                acceptability=tuple(float(x) for x in row),
                top=tops["main"],
                band=(low, high),
                split=split,
                central_weights=None
                if weights is None
                else {key: float(w) for key, w in zip(data.keys, weights, strict=True)},
                dominated_by=tuple(
                    data.ids[k] for k in sorted(beaten_by[i], key=lambda k: stated_order.index(k))
                ),
                raters=int(data.raters[i]),
            )
        )
    return out


def _pairs(
    data: DecisionData, tallies: dict[str, Tally], stated_order: list[int]
) -> list[PairOdds]:
    if "main" not in tallies:
        return []
    main = tallies["main"]
    return [
        PairOdds(data.ids[a], data.ids[b], float(won / main.draws))
        for a, b, won in zip(stated_order, stated_order[1:], main.pair_wins, strict=False)
    ]


def _spans(data: DecisionData) -> tuple[CriterionSpan, ...]:
    on_scale = data.minimum + data.scores * data.span
    return tuple(
        CriterionSpan(
            key,
            float(data.weights[c]),
            float(on_scale[:, c].min()) if len(on_scale) else data.minimum,
            float(on_scale[:, c].max()) if len(on_scale) else data.minimum,
        )
        for c, key in enumerate(data.keys)
    )


def _sweeps(data: DecisionData, top: int, stated_order: list[int]) -> list[WeightSweep]:
    out = []
    for c, key in enumerate(data.keys):
        if not data.ids or data.weights[c] >= 1.0 - 1e-12:
            continue  # nothing else to rescale
        sweep = Sweep(data.scores, data.weights, c)
        out.append(
            WeightSweep(
                criterion=key,
                weight=float(data.weights[c]),
                top=sweep.top_interval(top),
                ranks={data.ids[i]: sweep.rank_interval(i) for i in stated_order},
                crossings=sweep.crossings(),
            )
        )
    return out


def _caveats(data: DecisionData, setup: Setup, stated_order: list[int]) -> list[Caveat]:
    out = [Caveat("no-effect", criterion=data.keys[c]) for c in no_effect(data.scores)]
    if setup.raters:
        out += [
            Caveat("few-raters", id=data.ids[i], raters=int(data.raters[i]))
            for i in stated_order
            if 0 < data.raters[i] < FEW_RATERS
        ]
    return out
