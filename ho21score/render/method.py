"""The report's "Metode": the scoring rule in plain words, for a reader who is no
statistician, built from the criteria in use (scale, levels, weights, thresholds), so that
another criteria file gets its own true description."""

from __future__ import annotations

from ho21score.core.criteria import Criteria
from ho21score.i18n import number, tr
from ho21score.render.markdown import escape


def method(criteria: Criteria) -> str:
    """Markdown: a list of short paragraphs, each one idea of the rule."""
    items = [
        tr("method.scale", low=criteria.minimum, high=criteria.maximum),
        *_levels(criteria),
        _weights(criteria),
        tr("method.value"),
        tr("method.total", low=criteria.minimum, high=criteria.maximum),
        tr("method.missing"),
        _spread(criteria),
    ]
    if criteria.min_raters > 1:
        items.append(tr("method.few", count=criteria.min_raters))
    return "\n".join(f"- {item}" for item in items) + "\n"


def _levels(criteria: Criteria) -> list[str]:
    """One sentence per part scored in words (tidshorisont: kort, medium, lang)."""
    out = []
    for part in criteria.parts:
        if not part.levels:
            continue
        ordered = sorted(part.levels.items(), key=lambda item: (-item[1], item[0]))
        counts = ", ".join(f"{escape(word)} = {value}" for word, value in ordered)
        out.append(tr("method.levels", part=escape(part.name), counts=counts))
    return out


def _weights(criteria: Criteria) -> str:
    shares = criteria.weights()
    listing = ", ".join(
        f"{escape(c.name)} {_percent(shares[c.key])}" for c in criteria.criteria
    )
    equal = len({c.weight for c in criteria.criteria}) == 1 and all(
        len({p.weight for p in c.parts}) == 1 for c in criteria.criteria
    )
    section = tr("robustness.title")
    if equal:
        return tr("method.weights_equal", weights=listing, section=section)
    return tr("method.weights_set", weights=listing, section=section)


def _spread(criteria: Criteria) -> str:
    threshold = criteria.iqr
    return tr(
        "method.spread",
        iqr=number(threshold, 1 if threshold != int(threshold) else 0),
    )


def _percent(share: float) -> str:
    """A share as people write it: "25 %" in bokmål, "25%" in English."""
    return tr("method.percent", value=number(100 * share, 0))
