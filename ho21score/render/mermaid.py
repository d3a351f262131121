"""A Mermaid quadrantChart of the ranked measures: one criterion against another.

Labels come from measure ids (letters, digits, hyphens) and axis texts from the criteria
file; both are reduced to characters the chart syntax cannot misread (checked against
Mermaid 11's own parser when this was written: a point at 1.000 or a name with a
parenthesis is a syntax error there)."""

from __future__ import annotations

import re

from ho21score.core.criteria import Criteria
from ho21score.core.ranking import Ranking
from ho21score.i18n import tr

_UNSAFE = re.compile(r"[^\w ]+")


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


def axes(criteria: Criteria) -> tuple[str, str]:
    """(y, x): the first criterion against the last (betydning against
    gjennomførbarhet in the council's file)."""
    return criteria.criteria[0].key, criteria.criteria[-1].key


def quadrant(ranking: Ranking, criteria: Criteria) -> str:
    y_key, x_key = axes(criteria)
    y = criteria.criterion(y_key)
    x = criteria.criterion(x_key)
    assert x is not None and y is not None
    span = criteria.maximum - criteria.minimum
    lines = [
        "```mermaid",
        "quadrantChart",
        f"    title {label(tr('chart.title', y=y.name, x=x.name), 8)}",
        f"    x-axis {label(x.name, 3)} {criteria.minimum} --> {criteria.maximum}",
        f"    y-axis {label(y.name, 3)} {criteria.minimum} --> {criteria.maximum}",
        f"    quadrant-1 {label(tr('chart.q1'), 5)}",
        f"    quadrant-2 {label(tr('chart.q2'), 5)}",
        f"    quadrant-3 {label(tr('chart.q3'), 5)}",
        f"    quadrant-4 {label(tr('chart.q4'), 5)}",
    ]
    for rank, m in ranking.ranked:
        ys, xs = m.evaluation.criteria[y_key], m.evaluation.criteria[x_key]
        if xs is None or ys is None:
            continue
        px = (xs - criteria.minimum) / span
        py = (ys - criteria.minimum) / span
        name = f"{label(m.id.replace('-', ' '))} {rank}"
        lines.append(f"    {name}: [{coordinate(px)}, {coordinate(py)}]")
    lines.append("```")
    return "\n".join(lines) + "\n"
