"""`ho21score robustness` as tables, Markdown and JSON (the JSON is a contract:
docs/command-line.md). Pure text from the result records; no numpy."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.robustness_result import Robustness
from ho21score.i18n import number, tr
from ho21score.render.markdown import markdown_table
from ho21score.render.robustness_words import (
    accuracy_text,
    band_text,
    caveat_text,
    dominance_sentence,
    interval_text,
    model_text,
    nearest_dominators,
    share_text,
    top_count,
    weight_text,
    whole,
)
from ho21score.render.table import Table


class Block(NamedTuple):
    """One piece of the output: a heading, a table, lines after it (each may be absent)."""

    heading: str | None
    table: Table | None
    lines: tuple[str, ...] = ()


def blocks(
    result: Robustness, criteria: Criteria, escape: Callable[[str], str] = str
) -> list[Block]:
    """Everything `robustness` shows people, in order; ``escape`` makes the names from the
    criteria file safe for the target (Markdown, say)."""
    names = criterion_names(criteria, escape)
    setup = result.setup
    model = tr(
        "robustness.model_line",
        model=model_text(setup),
        draws=whole(setup.draws),
        seed=setup.seed,
        numpy=result.numpy,
    )
    out = [Block(tr("robustness.title"), None, (model,))]
    if not result.measures:
        return [*out, Block(None, None, (tr("robustness.none"),))]
    out.append(Block(None, odds_table(result)))
    if len(result.varied) == 2:
        k = top_count(setup, len(result.measures))
        out.append(Block(tr("robustness.split_heading", k=k), split_table(result)))
    if result.pairwise:
        out.append(Block(tr("robustness.pairs_heading"), pairs_table(result)))
    if "weights" in result.varied and any(m.central_weights for m in result.measures):
        out.append(Block(tr("robustness.central_heading"), central_table(result, names)))
    if result.sweeps:
        out.append(Block(tr("robustness.sweep_heading"), sweep_table(result, names)))
        out.append(Block(tr("robustness.ranks_heading"), rank_intervals_table(result, names)))
    proven = [
        dominance_sentence(ident, others)
        for ident, others in nearest_dominators(result.measures).items()
        if others
    ]
    if proven:
        out.append(Block(tr("robustness.proven_heading"), None, tuple(proven)))
    notes = caveat_lines(result, names)
    if notes:
        out.append(Block(tr("robustness.notes_heading"), None, tuple(notes)))
    return [*out, Block(None, None, (accuracy_text(setup.draws),))]


def caveat_lines(
    result: Robustness, names: dict[str, str], measure_name: Callable[[str], str] = str
) -> list[str]:
    """The warnings in words; ``measure_name`` names a measure for people (default: id)."""
    low = {s.key: number(s.low) for s in result.criteria}
    return [
        caveat_text(c, lambda key: names[key], measure_name, low.get(c.criterion or "", ""))
        for c in result.caveats
    ]


def criterion_names(criteria: Criteria, escape: Callable[[str], str] = str) -> dict[str, str]:
    return {c.key: escape(c.name) for c in criteria.criteria}


def odds_table(result: Robustness) -> Table:
    k = top_count(result.setup, len(result.measures))
    headers = [
        tr("col.rank"),
        tr("col.id"),
        tr("col.total"),
        tr("robustness.col_first"),
        tr("robustness.col_top", k=k),
        tr("robustness.col_band"),
    ]
    if result.setup.raters:
        headers.append(tr("robustness.col_raters"))
    rows = []
    for m in result.measures:
        row = [
            str(m.rank),
            m.id,
            number(m.total, 1),
            share_text(m.first),
            share_text(m.top),
            band_text(m),
        ]
        if result.setup.raters:
            row.append(str(m.raters))
        rows.append(row)
    # ids may wrap on a narrow terminal, so that it squeezes words, not figures
    return Table(headers, rows, "rlrrrlr", wrap={1: 40})


def split_table(result: Robustness) -> Table:
    """The top-K share with only the weights drawn, only the raters, and both."""
    rows = [
        [str(m.rank), m.id, *(share_text(m.split[key]) for key in ("weights", "raters", "both"))]
        for m in result.measures
    ]
    headers = [
        tr("col.rank"),
        tr("col.id"),
        tr("robustness.col_weights_only"),
        tr("robustness.col_raters_only"),
        tr("robustness.col_both"),
    ]
    return Table(headers, rows, "rlrrr", wrap={1: 40})


def pairs_table(result: Robustness) -> Table:
    ranks = {m.id: m.rank for m in result.measures}
    rows = [
        [str(ranks[p.a]), p.a, p.b, share_text(p.a_above_b)] for p in result.pairwise
    ]
    headers = [
        tr("col.rank"),
        tr("col.id"),
        tr("robustness.col_next"),
        tr("robustness.col_ahead"),
    ]
    return Table(headers, rows, "rllr", wrap={1: 40, 2: 40})


def central_table(result: Robustness, names: dict[str, str]) -> Table:
    keys = [s.key for s in result.criteria]
    rows = [
        [m.id, *(_whole_percent(m.central_weights[key]) for key in keys)]
        for m in result.measures
        if m.central_weights is not None
    ]
    headers = [tr("col.id"), *(names[key] for key in keys)]
    return Table(headers, rows, "l" + "r" * len(keys), wrap={0: 40})


def _whole_percent(weight: float) -> str:
    return tr("robustness.percent", value=number(100 * weight, 0))


def sweep_table(result: Robustness, names: dict[str, str]) -> Table:
    k = top_count(result.setup, len(result.measures))
    spans = {s.key: s for s in result.criteria}
    rows = []
    for sweep in result.sweeps:
        span = spans[sweep.criterion]
        rows.append(
            [
                names[sweep.criterion],
                weight_text(sweep.weight),
                f"{number(span.low)}–{number(span.high)}",
                interval_text(sweep.top),
            ]
        )
    headers = [
        tr("robustness.col_criterion"),
        tr("robustness.col_weight"),
        tr("robustness.col_range"),
        tr("robustness.col_top_holds", k=k),
    ]
    return Table(headers, rows, "lrrr")


def rank_intervals_table(result: Robustness, names: dict[str, str]) -> Table:
    rows = [
        [str(m.rank), m.id, *(interval_text(s.ranks[m.id]) for s in result.sweeps)]
        for m in result.measures
    ]
    headers = [
        tr("col.rank"),
        tr("col.id"),
        *(names[s.criterion] for s in result.sweeps),
    ]
    return Table(headers, rows, "rl" + "r" * len(result.sweeps), wrap={1: 40})


def robustness_markdown(result: Robustness, criteria: Criteria) -> str:
    """The same blocks as GitHub-flavoured Markdown."""
    from ho21score.render.markdown import escape

    out = []
    for i, block in enumerate(blocks(result, criteria, escape)):
        if block.heading:
            out.append(f"{'##' if i == 0 else '###'} {block.heading}\n")
        if block.table is not None:
            out.append(markdown_table(block.table))
        if block.lines:
            out.append("\n".join(block.lines) + "\n")
    return "\n".join(out)


def robustness_json(result: Robustness) -> str:
    setup = result.setup
    doc: dict[str, Any] = {
        "model": {
            "weights": setup.model.value,
            "order": setup.order_text,
            "box": setup.box,
            "raters": setup.raters,
            "draws": setup.draws,
            "seed": setup.seed,
            "top": setup.top,
            "numpy": result.numpy,
        },
        "criteria": [
            {"key": s.key, "weight": s.weight, "range": [s.low, s.high]} for s in result.criteria
        ],
        "measures": [
            {
                "id": m.id,
                "rank": m.rank,
                "total": m.total,
                "acceptability": list(m.acceptability),
                "first": m.first,
                "top": m.top,
                "band": list(m.band),
                "split": m.split,
                "central_weights": m.central_weights,
                "dominated_by": list(m.dominated_by),
                "raters": m.raters,
            }
            for m in result.measures
        ],
        "pairwise": [{"a": p.a, "b": p.b, "a_above_b": p.a_above_b} for p in result.pairwise],
        "sweeps": [
            {
                "criterion": s.criterion,
                "weight": s.weight,
                "top": None if s.top is None else list(s.top),
                "ranks": {ident: None if iv is None else list(iv) for ident, iv in s.ranks.items()},
            }
            for s in result.sweeps
        ],
        "warnings": [
            {key: value for key, value in c._asdict().items() if value is not None}
            for c in result.caveats
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
