"""The robustness method against exact answers (docs/robustness.md): the guide's
three-measure example, dominance, ties, the samplers, the rater bootstrap, the exact
sweeps. A sampled share is checked within 4 standard errors, sqrt(p(1-p)/N)."""

from __future__ import annotations

import itertools
import json
import math
import statistics
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from ho21score.core.ranking import build_ranking
from ho21score.core.robustness import analyse
from ho21score.core.robustness_data import decision_data
from ho21score.core.robustness_raters import resampled_scores
from ho21score.core.robustness_result import Robustness
from ho21score.core.robustness_setup import DEFAULT_SEED, Setup, WeightModel
from ho21score.core.robustness_weights import box_batches, ordinal, simplex
from ho21score.files.repository import load_repository

from conftest import Run, write

TWO_CRITERIA = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte: {navn: Nytte, deler: {a: {navn: A}, b: {navn: B}}}
  kostnad: {navn: Kostnad, deler: {a: {navn: A}, b: {navn: B}}}
satsingsområder: {data: Helsedata}
uenighet: {iqr: 1}
"""


def measure(folder: Path, ident: str, scores: str, ratings: str = "") -> None:
    text = f"tittel: {ident.upper()}\nbeskrivelse: Et tiltak.\n"
    if scores:
        text += f"poeng: {scores}\n"
    if ratings:
        text += "vurderinger:\n" + ratings
    write(folder / f"{ident}.yaml", text)


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The guide's example: A = (5, 1), B = (1, 5), C = (3.5, 3.5) on two criteria, scale
    1-5, equal weights. Normalised: A = (1, 0), B = (0, 1), C = (.625, .625)."""
    write(tmp_path / "criteria.yaml", TWO_CRITERIA)
    m = tmp_path / "measures"
    measure(m, "a", "{nytte: 5, kostnad: 1}")
    measure(m, "b", "{nytte: 1, kostnad: 5}")
    measure(m, "c", "{nytte: {a: 3, b: 4}, kostnad: {a: 3, b: 4}}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def within(share: float, expected: float, draws: int) -> bool:
    """Within 4 standard errors of a share of ``draws`` draws."""
    error = math.sqrt(expected * (1 - expected) / draws)
    return abs(share - expected) <= 4 * error


def run_analysis(folder: Path, **changes: object) -> Robustness:
    repo = load_repository(folder / "measures", folder / "criteria.yaml", None)
    assert repo.criteria is not None
    setup = Setup(WeightModel.simplex, None, None, True, 10_000, DEFAULT_SEED, 1)
    return analyse(build_ranking(repo.measures).ranked, repo.criteria, setup._replace(**changes))


def shares(result: Robustness) -> dict[str, float]:
    return {m.id: m.first for m in result.measures}


# --- the guide's three-measure example -----------------------------------------------------


def test_three_measures_under_simplex(example: Path) -> None:
    """w1 ~ U(0, 1): A first for w1 > .625, B for w1 < .375, C between."""
    result = run_analysis(example)
    first = shares(result)
    assert within(first["a"], 0.375, 10_000)
    assert within(first["b"], 0.375, 10_000)
    assert within(first["c"], 0.25, 10_000)
    assert result.varied == ("weights",)  # agreed scores only: nothing for the raters


def test_three_measures_under_ordinal(example: Path) -> None:
    """w1 >= w2: w1 ~ U(.5, 1); A first for w1 > .625 (.75), C below (.25), B never."""
    result = run_analysis(example, model=WeightModel.ordinal, order=(("nytte",), ("kostnad",)))
    first = shares(result)
    assert within(first["a"], 0.75, 10_000)
    assert within(first["c"], 0.25, 10_000)
    assert first["b"] == 0.0


def test_three_measures_cross_at_three_eighths_one_half_five_eighths(example: Path) -> None:
    result = run_analysis(example)
    nytte = next(s for s in result.sweeps if s.criterion == "nytte")
    assert nytte.crossings == pytest.approx((0.375, 0.5, 0.625), abs=1e-12)
    assert nytte.weight == 0.5
    # C stays first from .375 to .625; A and B tie at the stated weights
    assert nytte.top == pytest.approx((0.375, 0.625), abs=1e-12)
    assert nytte.ranks["c"] == pytest.approx((0.375, 0.625), abs=1e-12)
    assert nytte.ranks["a"] is None and nytte.ranks["b"] is None


# --- exact: dominance, identical measures, a criterion without effect ------------------------


def test_dominance_gives_exactly_none_and_all(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", TWO_CRITERIA)
    m = tmp_path / "measures"
    measure(m, "x", "{nytte: 4, kostnad: 3}")
    measure(m, "y", "{nytte: 4, kostnad: 2}")  # as good as x on nytte, worse on kostnad
    result = run_analysis(tmp_path)
    x, y = result.measures
    assert (x.id, x.acceptability, y.acceptability) == ("x", (1.0, 0.0), (0.0, 1.0))
    assert y.dominated_by == ("x",) and x.dominated_by == ()
    assert result.pairwise[0].a_above_b == 1.0
    assert x.band == (1, 1) and y.band == (2, 2)


def test_identical_measures_share_exactly_half(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", TWO_CRITERIA)
    m = tmp_path / "measures"
    measure(m, "p", "{nytte: 3, kostnad: 4}")
    measure(m, "q", "{nytte: 3, kostnad: 4}")
    measure(m, "r", "{nytte: 5, kostnad: 1}")
    result = run_analysis(tmp_path, top=2)
    odds = {o.id: o for o in result.measures}
    assert odds["p"].acceptability == odds["q"].acceptability
    assert odds["p"].acceptability[0] + odds["p"].acceptability[1] == pytest.approx(
        1 - odds["p"].acceptability[2]
    )
    pq = next(p for p in result.pairwise if {p.a, p.b} == {"p", "q"})
    assert pq.a_above_b == 0.5
    # identical scores never cross, and never dominate each other
    assert odds["p"].dominated_by == () and odds["q"].dominated_by == ()


def test_two_identical_alone_are_exactly_half_and_half(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", TWO_CRITERIA)
    m = tmp_path / "measures"
    measure(m, "p", "{nytte: 3, kostnad: 4}")
    measure(m, "q", "{nytte: 3, kostnad: 4}")
    result = run_analysis(tmp_path)
    assert [o.acceptability for o in result.measures] == [(0.5, 0.5), (0.5, 0.5)]


def test_a_criterion_everyone_scores_the_same_on_warns_and_never_crosses(
    tmp_path: Path,
) -> None:
    write(tmp_path / "criteria.yaml", TWO_CRITERIA)
    m = tmp_path / "measures"
    measure(m, "x", "{nytte: 5, kostnad: 3}")
    measure(m, "y", "{nytte: 2, kostnad: 3}")
    measure(m, "z", "{nytte: 4, kostnad: 3}")
    result = run_analysis(tmp_path)
    assert [c.code for c in result.caveats] == ["no-effect"]
    assert result.caveats[0].criterion == "kostnad"
    kostnad = next(s for s in result.sweeps if s.criterion == "kostnad")
    assert kostnad.crossings == ()
    assert kostnad.top == (0.0, 1.0)
    assert result.criteria[1].low == result.criteria[1].high == 3.0


# --- the samplers ---------------------------------------------------------------------------


def test_ordinal_sampler_mean_is_the_rank_order_centroid() -> None:
    draws = 40_000
    w = ordinal(np.random.default_rng(1), draws, [[0], [1], [2], [3]], 4)
    expected = np.array([25, 13, 7, 3]) / 48
    error = w.std(axis=0) / math.sqrt(draws)
    assert np.all(np.abs(w.mean(axis=0) - expected) <= 4 * error)
    assert np.allclose(w.sum(axis=1), 1.0)
    assert np.all(np.diff(w, axis=1) <= 0)  # the order is kept in every draw


def test_ordinal_ties_weigh_the_same() -> None:
    w = ordinal(np.random.default_rng(2), 1000, [[2], [0, 3], [1]], 4)
    assert np.array_equal(w[:, 0], w[:, 3])
    assert np.all(w[:, 2] >= w[:, 0]) and np.all(w[:, 0] >= w[:, 1])
    assert np.allclose(w.sum(axis=1), 1.0)


def normalised_uniforms(rng: np.random.Generator, count: int, n: int) -> np.ndarray:
    """The wrong sampler: independent uniforms divided by their sum."""
    u = rng.random((count, n))
    return u / u.sum(axis=1, keepdims=True)


def simplex_checks(sampler: object) -> list[bool]:
    """The simplex checks a sampler must pass: P(w1 > .5) = 1/8 for n = 4 (the corner
    beyond a half has volume (1/2)^3), and the three-measure example's w1 > .625 and
    w1 < .375 at 3/8 each for n = 2."""
    assert callable(sampler)
    draws = 40_000
    four = sampler(np.random.default_rng(3), draws, 4)
    two = sampler(np.random.default_rng(4), draws, 2)
    return [
        within(float(np.mean(four[:, 0] > 0.5)), 0.125, draws),
        within(float(np.mean(two[:, 0] > 0.625)), 0.375, draws),
        within(float(np.mean(two[:, 0] < 0.375)), 0.375, draws),
    ]


def test_simplex_sampler_passes_the_simplex_checks() -> None:
    assert simplex_checks(simplex) == [True, True, True]


def test_normalised_uniforms_would_fail_the_simplex_checks() -> None:
    """They pile up near equal weights: P(w1 > .5) is 1/24, not 1/8; for n = 2,
    P(w1 > .625) is .3, not .375."""
    assert simplex_checks(normalised_uniforms) == [False, False, False]


def test_swapping_in_the_wrong_sampler_is_caught_on_the_example(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ho21score.core import robustness_weights

    monkeypatch.setattr(robustness_weights, "simplex", normalised_uniforms)
    first = shares(run_analysis(example))
    assert not within(first["a"], 0.375, 10_000)
    assert not within(first["c"], 0.25, 10_000)


def test_box_draws_stay_in_the_box_and_on_the_simplex() -> None:
    stated = np.array([0.1, 0.2, 0.3, 0.4])
    w = next(box_batches(np.random.default_rng(5), stated, 0.25, 1000))
    assert len(w) > 1000  # of the first 10,000, about a third land in this box
    assert np.allclose(w.sum(axis=1), 1.0)
    assert np.all(w >= stated * 0.75 - 1e-12) and np.all(w <= stated * 1.25 + 1e-12)


# --- the rater bootstrap --------------------------------------------------------------------

ONE_PART = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte: {navn: Nytte}
  kostnad: {navn: Kostnad}
satsingsområder: {data: Helsedata}
uenighet: {iqr: 9}
"""


def rated(values: list[int]) -> str:
    return "".join(
        f"  - {{vurdert_av: R{i}, poeng: {{nytte: {v}, kostnad: 3}}}}\n"
        for i, v in enumerate(values)
    )


@pytest.mark.parametrize("values", [[1, 5], [1, 2, 5], [1, 2, 4, 5], [2, 2, 3, 5, 5]])
def test_bootstrap_medians_match_every_resample_counted_by_hand(
    tmp_path: Path, values: list[int]
) -> None:
    """The distribution of the median over all n^n equally likely resamples, against the
    bootstrap's (medians by counting): each value within 4 standard errors."""
    write(tmp_path / "criteria.yaml", ONE_PART)
    measure(tmp_path / "measures", "m", "", rated(values))
    repo = load_repository(tmp_path / "measures", tmp_path / "criteria.yaml", None)
    assert repo.criteria is not None
    data = decision_data(build_ranking(repo.measures).ranked, repo.criteria)
    draws = 20_000
    scores = resampled_scores(data, np.random.default_rng(6), draws)  # (1, draws, 2)
    medians = 1 + 4 * scores[0, :, 0]
    exact = Counter(statistics.median(c) for c in itertools.product(values, repeat=len(values)))
    total = len(values) ** len(values)
    assert set(np.unique(medians)) <= set(exact)
    for value, count in exact.items():
        assert within(float(np.mean(medians == value)), count / total, draws), value
    assert np.all(scores[0, :, 1] == 0.5)  # kostnad: every rater gave 3


def test_agreed_parts_keep_their_value(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", ONE_PART)
    measure(tmp_path / "measures", "m", "{nytte: 4}", rated([1, 5, 2]))
    repo = load_repository(tmp_path / "measures", tmp_path / "criteria.yaml", None)
    assert repo.criteria is not None
    data = decision_data(build_ranking(repo.measures).ranked, repo.criteria)
    scores = resampled_scores(data, np.random.default_rng(7), 500)
    assert np.all(scores[0, :, 0] == 0.75)


def test_one_rater_per_measure_changes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", ONE_PART)
    m = tmp_path / "measures"
    measure(m, "x", "", rated([4]))
    measure(m, "y", "", rated([3]))
    write(m / "z.yaml", "tittel: Z\nbeskrivelse: Et tiltak.\nvurderinger:\n"
          "  - {vurdert_av: R0, poeng: {nytte: 5, kostnad: 1}}\n")
    with_raters = run_analysis(tmp_path, top=2)
    without = run_analysis(tmp_path, top=2, raters=False)
    assert with_raters.setup.raters and not without.setup.raters
    assert [m.acceptability for m in with_raters.measures] == [
        m.acceptability for m in without.measures
    ]
    assert with_raters.pairwise == without.pairwise
    split = with_raters.measures[0].split
    assert split["raters"] == 1.0 and split["weights"] == split["both"]
    assert [(c.code, c.id, c.raters) for c in with_raters.caveats] == [
        ("few-raters", "x", 1), ("few-raters", "y", 1), ("few-raters", "z", 1)
    ]


def test_turning_the_bootstrap_off_leaves_the_weight_draws_as_they_were(tmp_path: Path) -> None:
    write(tmp_path / "criteria.yaml", ONE_PART)
    m = tmp_path / "measures"
    measure(m, "x", "", rated([4, 2, 5]))
    measure(m, "y", "", rated([3, 3, 4]))
    measure(m, "z", "{nytte: 2, kostnad: 5}")
    both = run_analysis(tmp_path, top=2)
    weights_only = run_analysis(tmp_path, top=2, raters=False)
    for a, b in zip(both.measures, weights_only.measures, strict=True):
        assert a.split["weights"] == b.top == b.split["weights"]
    assert set(both.measures[0].split) == {"weights", "raters", "both"}


# --- the table: rows and columns sum to 1 ---------------------------------------------------


def test_rank_acceptabilities_sum_to_one_both_ways(shipped: Path, run: Run) -> None:
    doc = json.loads(run("robustness", "--format", "json", "--draws", "2000").stdout)
    table = np.array([m["acceptability"] for m in doc["measures"]])
    assert table.shape == (10, 10)
    assert np.allclose(table.sum(axis=1), 1.0, atol=1e-12)
    assert np.allclose(table.sum(axis=0), 1.0, atol=1e-12)
    for m in doc["measures"]:
        assert m["first"] == m["acceptability"][0]
        assert m["top"] == pytest.approx(sum(m["acceptability"][:3]), abs=1e-12)


def test_ties_in_every_draw_follow_the_scoring_rule() -> None:
    """Each draw's places against competition_ranks, the rule `rank` uses: a value joins
    the group before it when within 1e-9 of that group's highest, so a chain of near
    values (0, 0.6e-9, 1.2e-9 apart) splits after the second."""
    from ho21score.core.robustness_ranks import Placing
    from ho21score.core.scoring import competition_ranks

    rng = np.random.default_rng(8)
    values = rng.integers(0, 4, size=(300, 6)) * 0.1
    values[:100, 1] = values[:100, 0] - 0.6e-9  # chains
    values[:100, 2] = values[:100, 0] - 1.2e-9
    values[100:150, 3] = values[100:150, 4]  # exact ties
    placing = Placing(values)
    starts = placing.starts()
    for d in range(len(values)):
        expected = {ident: rank for rank, ident, _ in
                    competition_ranks([(str(i), float(v)) for i, v in enumerate(values[d])])}
        got = {str(i): int(starts[d, j]) + 1 for j, i in enumerate(placing.order[d])}
        assert got == expected, d
    table = placing.acceptability()
    assert np.allclose(table.sum(axis=0), len(values)) and np.allclose(table.sum(axis=1), 300)
