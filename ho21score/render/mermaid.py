"""A Mermaid quadrantChart of the ranked measures: one criterion against another, each
point labelled with its rank (``chart.legend``), measures with the same two scores as one
point ("2, 5"), and the legend (rank → title) as a Markdown table under the chart.

Axis texts come from the criteria file and are reduced to characters the chart syntax
cannot misread (checked against Mermaid 11's own parser when this was written: a point at
1.000 or a name with a parenthesis is a syntax error there). A point's label is ranks,
letters, commas and spaces only, which the grammar reads as a name (its ``alphaNumToken``
includes COMMA). Coordinates keep a margin from the frame, so no point sits on the edge
where Mermaid cuts its label off."""

from __future__ import annotations

import re
from collections.abc import Callable

from ho21score.core.criteria import Criteria
from ho21score.core.ranking import Ranking
from ho21score.i18n import tr
from ho21score.render import chart
from ho21score.render.markdown import escape, markdown_table
from ho21score.render.table import Table

_UNSAFE = re.compile(r"[^\w ]+")
MARGIN = 0.05  # the scale's ends fall this far inside the chart's frame


def label(text: str, words: int = 3) -> str:
    """Text safe as a quadrantChart name or label: the chart's grammar reads letters (any
    script), digits, underscores and spaces; anything else (a colon, a bracket, a
    parenthesis, a quote) could end the label early, so it goes."""
    clean = _UNSAFE.sub(" ", text).split()
    return " ".join(clean[:words]) or "x"


def coordinate(value: float) -> str:
    """The grammar reads a coordinate as 1 or 0.ddd, nothing else (not 1.000)."""
    text = f"{min(max(value, 0.0), 1.0):.3f}"
    return "1" if text == "1.000" else text


def position(value: float, criteria: Criteria) -> float:
    """A score as a coordinate inside the margin: the scale's minimum at MARGIN, its
    maximum at 1 - MARGIN, its middle on the quadrant line at 0.5."""
    span = (criteria.maximum - criteria.minimum) or 1
    return MARGIN + (1 - 2 * MARGIN) * (value - criteria.minimum) / span


def quadrant(ranking: Ranking, criteria: Criteria, x_key: str, y_key: str) -> str:
    """The chart and its legend."""
    x = criteria.criterion(x_key)
    y = criteria.criterion(y_key)
    assert x is not None and y is not None
    q1, q2, q3, q4 = chart_captions(criteria, x_key, y_key)
    lines = [
        "```mermaid",
        "quadrantChart",
        f"    title {label(tr('chart.title', y=y.name, x=x.name), 8)}",
        f"    x-axis {label(x.name, 3)} {criteria.minimum} --> {criteria.maximum}",
        f"    y-axis {label(y.name, 3)} {criteria.minimum} --> {criteria.maximum}",
        f"    quadrant-1 {label(q1, 6)}",
        f"    quadrant-2 {label(q2, 6)}",
        f"    quadrant-3 {label(q3, 6)}",
        f"    quadrant-4 {label(q4, 6)}",
    ]
    entries = chart.legend_entries(ranking)
    for point in chart.merge(entries, x_key, y_key):
        px = coordinate(position(point.x, criteria))
        py = coordinate(position(point.y, criteria))
        lines.append(f"    {point.text}: [{px}, {py}]")
    lines.append("```")
    return "\n".join(lines) + "\n\n" + markdown_table(legend_table(entries, escape))


def legend_table(
    entries: list[chart.Legend], escape_text: Callable[[str], str] = escape
) -> Table:
    """Rank (as on the chart) → title, every ranked measure once."""
    rows = [[entry.label, escape_text(entry.measure.title)] for entry in entries]
    return Table([tr("col.rank"), tr("col.title")], rows, "rl")


def chart_captions(criteria: Criteria, x_key: str, y_key: str) -> tuple[str, str, str, str]:
    """The quadrants' captions (q1 top right, q2 top left, q3 bottom left, q4 bottom
    right): the council's words for its own axes, plain high/low words for others."""
    if (x_key, y_key) == chart.default_axes(criteria):
        return tr("chart.q1"), tr("chart.q2"), tr("chart.q3"), tr("chart.q4")
    x, y = criteria.criterion(x_key), criteria.criterion(y_key)
    assert x is not None and y is not None
    return (
        tr("chart.high_high", x=x.name, y=y.name),
        tr("chart.low_high", x=x.name, y=y.name),
        tr("chart.low_low", x=x.name, y=y.name),
        tr("chart.high_low", x=x.name, y=y.name),
    )
