"""ho21score robustness: how sure is the ranking, under every plausible weighting and with
the raters drawn anew (docs/robustness.md). numpy is loaded here, and only here and in the
report's section, so `rank` starts as fast as before."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    PhaseOpt,
    chosen_phases,
    finish,
    open_repository,
    print_table,
    report_problems,
    usable,
    usage_error,
)
from ho21score.core.ranking import build_ranking
from ho21score.core.robustness_setup import (
    DEFAULT_BOX,
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    DEFAULT_TOP,
    Setup,
    WeightModel,
    order_of_weights,
    parse_order,
)
from ho21score.i18n import tr
from ho21score.problems import InputError


class RobustnessFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"


def robustness(
    weights: Annotated[
        WeightModel,
        typer.Option("--weights"),
    ] = WeightModel.simplex,
    order: Annotated[
        str | None,
        typer.Option("--order"),
    ] = None,
    box: Annotated[
        float | None,
        typer.Option("--box", min=0.01),
    ] = None,
    raters: Annotated[
        bool,
        typer.Option("--raters/--no-raters"),
    ] = True,
    draws: Annotated[
        int, typer.Option("--draws", min=1, max=1_000_000)
    ] = DEFAULT_DRAWS,
    seed: Annotated[
        int, typer.Option("--seed", min=0)
    ] = DEFAULT_SEED,
    top: Annotated[
        int, typer.Option("--top", min=1)
    ] = DEFAULT_TOP,
    format: Annotated[
        RobustnessFormat, typer.Option("--format", "-f")
    ] = RobustnessFormat.table,
    phase: PhaseOpt = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    roster: Annotated[
        Path | None,
        typer.Option("--roster"),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """How sure is the ranking? Rank shares under every plausible weighting and rater."""
    if order is not None and weights is not WeightModel.ordinal:
        usage_error(tr("robustness.order_not_ordinal"))
    if box is not None and weights is not WeightModel.box:
        usage_error(tr("robustness.box_not_box"))
    if weights is WeightModel.fixed and not raters:
        usage_error(tr("robustness.nothing_varies"))
    phases = chosen_phases(phase)
    repo = usable(open_repository(measures, criteria, roster))
    assert repo.criteria is not None
    keys = tuple(c.key for c in repo.criteria.criteria)
    try:
        chosen_order = None
        if weights is WeightModel.ordinal:
            chosen_order = (
                parse_order(order, keys) if order else order_of_weights(repo.criteria.weights())
            )
        setup = Setup(
            weights,
            chosen_order,
            (box or DEFAULT_BOX) if weights is WeightModel.box else None,
            raters,
            draws,
            seed,
            top,
        )
        from ho21score.core.robustness import analyse

        result = analyse(build_ranking(repo.measures, phases).ranked, repo.criteria, setup)
    except InputError as exc:  # an option the data cannot take: a usage error
        usage_error(exc.message)
    report_problems(repo.problems)
    from ho21score.render import robustness as render

    if format is RobustnessFormat.json:
        typer.echo(render.robustness_json(result), nl=False)
    elif format is RobustnessFormat.markdown:
        typer.echo(render.robustness_markdown(result, repo.criteria), nl=False)
    else:
        for i, block in enumerate(render.blocks(result, repo.criteria)):
            if i:
                typer.echo("")
            if block.heading:
                typer.echo(block.heading + "\n")
            if block.table is not None:
                print_table(block.table)
            for line in block.lines:
                typer.echo(line)
    finish(repo)
