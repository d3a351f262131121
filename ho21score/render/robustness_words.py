"""The robustness results in words, for the terminal and the report (docs/robustness.md,
"Wording"): shares that say "0 %" and "100 %" only when exact, the model named in every
sentence, "andel vektinger" and never "sannsynligheten"."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ho21score.core.robustness_result import Caveat, Interval, MeasureOdds, WeightSweep
from ho21score.core.robustness_setup import Setup, WeightModel
from ho21score.i18n import join_or, language, number, tr

EXACT = 1e-12  # a share this close to 0 or 1 is exact (ties give fractions such as 1/3)


def share_text(share: float) -> str:
    """87 %; <1 % and >99 % for counts strictly between none and all; 0 % and 100 % only
    when exact."""
    if share <= EXACT:
        return tr("robustness.percent", value=0)
    if share >= 1 - EXACT:
        return tr("robustness.percent", value=100)
    rounded = math.floor(100 * share + 0.5)
    if rounded < 1:
        return tr("robustness.below_one")
    if rounded > 99:
        return tr("robustness.above_99")
    return tr("robustness.percent", value=rounded)


def weight_number(weight: float) -> str:
    """A normalised weight in percent: whole where it is, else one decimal."""
    percent = 100 * weight
    return number(percent, 0 if abs(percent - round(percent)) < 0.05 else 1)


def weight_text(weight: float) -> str:
    return tr("robustness.percent", value=weight_number(weight))


def interval_text(interval: Interval) -> str:
    """37,5–62,5 %; "står likt" where the stated weights sit on a tie."""
    if interval is None:
        return tr("robustness.tied_now")
    low, high = (weight_number(w) for w in interval)
    return tr("robustness.percent", value=f"{low}–{high}")


def whole(value: int) -> str:
    """10 000 in bokmål, 10,000 in English."""
    text = f"{value:,}"
    return text.replace(",", " ") if language() == "nb" else text


def count_word(n: int) -> str:
    """to, tre ... ti (two ... ten); digits from 11."""
    words = tr("robustness.small_numbers").split()
    return words[n - 1] if 1 <= n <= len(words) else str(n)


MODEL_KEYS = {
    WeightModel.simplex: ("robustness.model.simplex", "robustness.scope.simplex"),
    WeightModel.ordinal: ("robustness.model.ordinal", "robustness.scope.ordinal"),
    WeightModel.box: ("robustness.model.box", "robustness.scope.box"),
    WeightModel.fixed: ("robustness.model.fixed", "robustness.scope.fixed"),
}


def model_text(setup: Setup) -> str:
    """What was drawn, naming the model: for the model line."""
    weights = _model_words(setup, 0)
    return weights + (tr("robustness.model_raters") if setup.raters else "")


def scope_text(setup: Setup) -> str:
    """"alle vektinger", "vektingene som holder rekkefølgen ...": for "i 87 % av ..."."""
    raters = setup.raters and setup.model is not WeightModel.fixed
    return _model_words(setup, 1) + (tr("robustness.scope_raters") if raters else "")


def _model_words(setup: Setup, which: int) -> str:
    key = MODEL_KEYS[setup.model][which]
    return tr(key, order=setup.order_text or "", box=number(100 * (setup.box or 0.0), 0))


def by_top(first: str, many: str, k: int, **params: object) -> str:
    """The text ``first`` for the top 1, ``many`` for the top k (which names ``{n}``)."""
    return tr(first, **params) if k == 1 else tr(many, n=count_word(k), **params)


def top_count(setup: Setup, ranked: int) -> int:
    return max(1, min(setup.top, ranked))


def top_sentence(name: str, odds: MeasureOdds, setup: Setup, ranked: int) -> str:
    k = top_count(setup, ranked)
    share = share_text(odds.top)
    scope = scope_text(setup)
    first, many = "robustness.top_sentence_first", "robustness.top_sentence"
    return by_top(first, many, k, name=name, share=share, scope=scope)


def band_sentence(name: str, odds: MeasureOdds, setup: Setup) -> str:
    unit = tr("robustness.unit.draws" if setup.raters else "robustness.unit.weights")
    low, high = odds.band
    if low == high:
        return tr("robustness.band_one", unit=unit, name=name, place=low)
    return tr("robustness.band", unit=unit, name=name, low=low, high=high)


def band_text(odds: MeasureOdds) -> str:
    low, high = odds.band
    return str(low) if low == high else f"{low}–{high}"


def nearest_dominators(measures: Sequence[MeasureOdds]) -> dict[str, list[str]]:
    """For each measure, the measures that dominate it and dominate none of the others
    that do (the rest follow: dominance is transitive)."""
    beaten_by = {m.id: set(m.dominated_by) for m in measures}
    return {
        m.id: [k for k in m.dominated_by if not any(k in beaten_by[j] for j in m.dominated_by)]
        for m in measures
    }


def dominance_sentence(name: str, others: list[str]) -> str:
    if len(others) == 1:
        return tr("robustness.dominated", name=name, other=others[0])
    return tr("robustness.dominated_many", name=name, others=join_or(others))


def range_text(interval: tuple[float, float]) -> str:
    low, high = interval
    if low <= 0.0 and high >= 1.0:
        return tr("robustness.range_any")
    if low <= 0.0:
        return tr("robustness.range_below", high=weight_text(high))
    if high >= 1.0:
        return tr("robustness.range_above", low=weight_text(low))
    return tr("robustness.range_between", low=weight_text(low), high=weight_text(high))


def most_sensitive(sweeps: Sequence[WeightSweep]) -> WeightSweep | None:
    """The criterion whose weight changes the top set with the smallest move (a stated
    weight on a tie first); None when no single weight can change it."""
    def room(sweep: WeightSweep) -> float:
        if sweep.top is None:
            return 0.0
        low, high = sweep.top
        gaps = [sweep.weight - low if low > 0.0 else math.inf]
        gaps.append(high - sweep.weight if high < 1.0 else math.inf)
        return min(gaps)

    candidates = [s for s in sweeps if room(s) < math.inf]
    return min(candidates, key=room) if candidates else None


def sweep_sentence(
    sweeps: Sequence[WeightSweep], setup: Setup, ranked: int, criterion_name: Callable[[str], str]
) -> str:
    k = top_count(setup, ranked)
    sweep = most_sensitive(sweeps)
    if sweep is None:
        return by_top("robustness.sweep_none_first", "robustness.sweep_none", k)
    name = criterion_name(sweep.criterion)
    stated = weight_text(sweep.weight)
    if sweep.top is None:
        first, many = "robustness.sweep_tie_first", "robustness.sweep_tie"
        return by_top(first, many, k, criterion=name, stated=stated)
    where = range_text(sweep.top)
    first, many = "robustness.sweep_first", "robustness.sweep"
    return by_top(first, many, k, criterion=name, range=where, stated=stated)


def caveat_text(
    caveat: Caveat,
    criterion_name: Callable[[str], str],
    measure_name: Callable[[str], str],
    score: str = "",
) -> str:
    if caveat.code == "no-effect":
        return tr(
            "robustness.no_effect", criterion=criterion_name(caveat.criterion or ""), score=score
        )
    count = caveat.raters or 0
    name = measure_name(caveat.id or "")
    return by_top("robustness.few_raters_one", "robustness.few_raters", count, name=name)


def accuracy_text(draws: int) -> str:
    """The 95 % Monte Carlo margin of a share, at its widest (p = 1/2)."""
    points = 100 * 1.96 * math.sqrt(0.25 / draws)
    return tr("robustness.accuracy", draws=whole(draws), points=number(points, 1))
