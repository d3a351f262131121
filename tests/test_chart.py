"""The chart's layout: every ranked measure once in the legend (ties told apart), points
with the same scores merged, every point and label inside the plot, quadrant captions that
never cover a point, labels that cover no other point; the Mermaid chart's margin; the
stacked bars of rank shares."""

from __future__ import annotations

import functools
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ho21score.core.criteria import Criteria
from ho21score.core.ranking import Ranking, build_ranking
from ho21score.core.robustness import analyse
from ho21score.core.robustness_setup import report_setup
from ho21score.files.repository import default_roster, load_repository
from ho21score.render import chart, mermaid
from ho21score.render.chart_shares import share_rows, share_swatches

from conftest import ROOT


@pytest.fixture(scope="module")
def shipped() -> tuple[Ranking, Criteria]:
    criteria = ROOT / "criteria.yaml"
    repo = load_repository(ROOT / "measures", criteria, default_roster(criteria))
    assert repo.criteria is not None
    return build_ranking(repo.measures), repo.criteria


CAPTIONS = ("Viktig og gjennomførbart", "Viktig men krevende", "Mindre viktig og krevende",
            "Lett men mindre viktig")


def test_the_legend_has_every_ranked_measure_once_and_tells_ties_apart(
    shipped: tuple[Ranking, Criteria],
) -> None:
    ranking, _ = shipped
    entries = chart.legend_entries(ranking)
    assert [e.label for e in entries] == ["1", "2", "3", "4", "5a", "5b", "7", "8", "9", "10"]
    assert [e.measure.id for e in entries] == [m.id for _, m in ranking.ranked]


def test_measures_with_the_same_scores_are_one_point(shipped: tuple[Ranking, Criteria]) -> None:
    ranking, criteria = shipped
    x, y = chart.default_axes(criteria)
    assert (x, y) == ("gjennomførbarhet", "betydning")
    points = chart.merge(chart.legend_entries(ranking), x, y)
    assert [p.text for p in points] == ["1", "2", "3, 4", "5a", "5b", "7", "8, 10", "9"]
    labels = [label for p in points for label in p.labels]
    assert sorted(labels) == sorted(e.label for e in chart.legend_entries(ranking))


def test_shipped_chart_labels_cover_no_other_point_or_label(
    shipped: tuple[Ranking, Criteria],
) -> None:
    ranking, criteria = shipped
    points = chart.merge(chart.legend_entries(ranking), *chart.default_axes(criteria))
    layout = chart.layout(points, criteria, CAPTIONS)
    assert len(layout.points) == 8
    for a, b in itertools.permutations(layout.points, 2):
        assert not a.label.overlaps(b.dot), (a.text, b.text)
        assert not a.label.overlaps(b.label), (a.text, b.text)
    # the rank-1 measure scores 5 (the scale's top) and still has room for its label
    first = next(p for p in layout.points if p.text == "1")
    assert first.cx == layout.data.right and first.label.within(layout.plot)


scores = st.sampled_from([1, 4 / 3, 1.5, 5 / 3, 2, 2.5, 3, 3.25, 3.5, 4, 4.5, 14 / 3, 5])


@given(
    st.lists(st.tuples(scores, scores), min_size=1, max_size=30),
    st.lists(st.text(min_size=1, max_size=30), min_size=4, max_size=4),
)
def test_everything_stays_inside_and_captions_never_cover_a_point(
    values: list[tuple[float, float]], captions: list[str]
) -> None:
    criteria = _scale()
    points = _points(values)
    layout = chart.layout(points, criteria, captions)
    canvas = chart.Box(0, 0, chart.QUADRANT_WIDTH, chart.QUADRANT_HEIGHT)
    assert len(layout.points) == len(points)
    for point in layout.points:
        assert point.dot.within(chart.Box(*_grow(layout.data, chart.DOT)))
        assert point.dot.within(layout.plot) and point.label.within(layout.plot)
    for caption in layout.captions:
        assert not caption.box.overlaps(layout.plot)
        for point in layout.points:
            assert not caption.box.overlaps(point.dot)
            assert not caption.box.overlaps(point.label)
        if len(caption.text) <= 30:
            assert caption.box.y >= 0 and caption.box.bottom <= canvas.bottom
    for a, b in itertools.combinations(layout.captions, 2):
        if len(a.text) + len(b.text) <= 60:
            assert not a.box.overlaps(b.box)


@functools.cache
def _scale() -> Criteria:
    from ho21score.files.criteria_file import load_criteria

    criteria, _ = load_criteria(ROOT / "criteria.yaml")
    assert criteria is not None and criteria.minimum == 1 and criteria.maximum == 5
    return criteria


def _points(values: list[tuple[float, float]]) -> list[chart.Merged]:
    merged: dict[tuple[float, float], list[str]] = {}
    for n, value in enumerate(values, start=1):
        merged.setdefault(value, []).append(str(n))
    return [chart.Merged(x, y, tuple(labels)) for (x, y), labels in merged.items()]


def _grow(box: chart.Box, by: float) -> tuple[float, float, float, float]:
    return box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by


def test_mermaid_points_keep_a_margin_from_the_frame(shipped: tuple[Ranking, Criteria]) -> None:
    ranking, criteria = shipped
    chart_text = mermaid.quadrant(ranking, criteria, *chart.default_axes(criteria))
    points = [line.strip() for line in chart_text.splitlines() if line.endswith("]")]
    assert points[0] == "1: [0.950, 0.500]"  # the scale's top, inside the margin
    assert "3, 4: [0.500, 0.725]" in points and "8, 10: [0.275, 0.575]" in points
    legend = chart_text.split("```\n", 1)[1]
    assert legend.startswith("\n| Rang | Tittel |\n|---:|---|\n| 1 | Rapportere ")
    assert legend.count("\n| ") == 1 + 10  # the header and a row per ranked measure


def test_rank_share_bars_fill_each_row(shipped: tuple[Ranking, Criteria]) -> None:
    ranking, criteria = shipped
    result = analyse(ranking.ranked, criteria, report_setup(len(ranking.ranked)))
    rows = share_rows(result, {m.id: m.title for _, m in ranking.ranked})
    assert [r.rank for r in rows] == [r for r, _ in ranking.ranked]
    for row in rows:
        assert sum(s.width for s in row.segments) == pytest.approx(100, abs=0.05)
        ends = [s.start + s.width for s in row.segments]
        assert all(b.start == pytest.approx(a, abs=0.02) for a, b in zip(ends, row.segments[1:],
                                                                          strict=False))
    assert [s.text for s in share_swatches(result)] == ["1. plass", "2. plass", "3. plass",
                                                        "lavere"]
    assert rows[-1].segments[-1].tip.startswith("lavere: ")
