"""The report's "Hvor sikker er rangeringen?": the measures with a real chance of the top K,
each top measure in plain sentences, what is proven, the most sensitive weight, and the
model in a footnote. Titles from the files are escaped (``markdown.escape``)."""

from __future__ import annotations

from collections.abc import Callable

from ho21score.core.criteria import Criteria
from ho21score.core.robustness_result import MeasureOdds, Robustness
from ho21score.i18n import tr
from ho21score.render.markdown import escape, markdown_table
from ho21score.render.robustness import caveat_lines, criterion_names
from ho21score.render.robustness_words import (
    accuracy_text,
    band_sentence,
    band_text,
    by_top,
    dominance_sentence,
    model_text,
    nearest_dominators,
    scope_text,
    share_text,
    sweep_sentence,
    top_count,
    top_sentence,
    whole,
)
from ho21score.render.table import Table

CHALLENGER = 0.1  # a measure below the top K is shown when it is in the top K this often


def robustness_section(result: Robustness, criteria: Criteria, titles: dict[str, str]) -> str:
    """The section's body (the caller writes its heading)."""
    if not result.measures:
        return tr("report.none") + "\n"
    if len(result.measures) == 1:
        return tr("robustness.one_measure") + "\n"
    setup = result.setup
    k = top_count(setup, len(result.measures))
    shown = [m for m in result.measures if m.rank <= k or m.top >= CHALLENGER]

    def name(ident: str) -> str:
        return escape(titles.get(ident, ident))

    first, many = "robustness.report_intro_first", "robustness.report_intro"
    intro = by_top(first, many, k, draws=whole(setup.draws), scope=scope_text(setup))
    in_top = by_top("robustness.col_in_top_first", "robustness.col_in_top", k)
    table = Table(
        [tr("col.rank"), tr("col.title"), in_top, tr("robustness.col_band")],
        [[str(m.rank), name(m.id), share_text(m.top), band_text(m)] for m in shown],
        "rlrl",
    )
    lines = [
        f"{top_sentence(f'**{name(m.id)}**', m, setup, k)} "
        f"{band_sentence(tr('robustness.it'), m, setup)}"
        for m in shown
        if m.rank <= k
    ]
    lines += _proven(result.measures, shown, name, setup.raters)
    names = criterion_names(criteria, escape)
    lines.append(sweep_sentence(result.sweeps, setup, k, lambda key: names[key]))
    lines += caveat_lines(result, names, name)
    footnote = tr(
        "robustness.report_model",
        model=model_text(setup),
        seed=setup.seed,
        accuracy=accuracy_text(setup.draws),
    )
    return "\n".join(
        [
            intro + "\n",
            markdown_table(table),
            "".join(f"- {line}\n" for line in lines),
            f"_{footnote}_\n",
        ]
    )


def _proven(
    measures: tuple[MeasureOdds, ...],
    shown: list[MeasureOdds],
    name: Callable[[str], str],
    raters: bool,
) -> list[str]:
    """Dominance, for the measures shown (naming only their nearest dominators); with the
    raters drawn anew, said to hold for the medians as they are (a redrawn panel may
    change the scores)."""
    nearest = nearest_dominators(measures)
    sentences = [
        dominance_sentence(name(m.id), [name(k) for k in nearest[m.id]])
        for m in shown
        if nearest[m.id]
    ]
    if not raters:
        return sentences
    return [tr("robustness.as_they_are", sentence=s) for s in sentences]
