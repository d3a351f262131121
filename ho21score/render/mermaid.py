"""A Mermaid quadrantChart of the ranked measures: one criterion against another.

Labels come from measure ids (letters, digits, hyphens) and axis texts from the criteria
file; both are reduced to characters the chart syntax cannot misread."""

from __future__ import annotations

import re
import unicodedata

from ho21score.criteria import Criteria
from ho21score.i18n import tr
from ho21score.ranking import Ranking

_UNSAFE = re.compile(r"[^A-Za-z0-9 ]+")
_NORDIC = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def label(text: str, words: int = 3) -> str:
    """Text safe as a quadrantChart name or label. The chart's grammar takes letters,
    digits and spaces; so that no title can break it, anything else goes, and letters
    outside ASCII are written in ASCII (ø -> o)."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_NORDIC))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    clean = _UNSAFE.sub(" ", ascii_text).split()
    return " ".join(clean[:words]) or "x"


def coordinate(value: float) -> str:
    """The grammar reads a coordinate as 1 or 0.ddd, nothing else."""
    return "1" if value >= 1 else f"{max(value, 0.0):.3f}"


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
