"""ho21score show ID: one measure in detail."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    err,
    input_error,
    is_terminal,
    open_repository,
    print_table,
    report_problems,
    resolve_id,
    usable,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.core.ranking import build_ranking
from ho21score.files.source import display_path
from ho21score.i18n import tr
from ho21score.problems import InputError
from ho21score.render import terminal
from ho21score.render.fit import fits_plain_width
from ho21score.render.followup import followup_table


def show(
    ident: Annotated[str, typer.Argument(metavar="ID")],
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show one measure: scores per part and criterion, raters, decisions, next gate."""
    from ho21score.render import measure as render

    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    try:
        ident = resolve_id(measures, ident)
    except InputError as exc:
        input_error(exc)
    measure = repo.find(ident)
    if measure is None:
        shown = display_path(measures / f"{ident}.yaml")
        folder = display_path(measures / ident) + "/"  # its rating files
        own = [p for p in repo.problems if p.path == shown or p.path.startswith(folder)]
        if ident in repo.broken_ids():
            report_problems(own)
            err(tr("show.broken", id=ident))
        else:
            err(tr("cli.error", message=tr("cli.unknown_id", id=ident, hint="")))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    ranking = build_ranking(repo.measures)
    place = next(((rank, len(ranking.ranked)) for rank, m in ranking.ranked if m.id == ident), None)
    typer.echo(render.heading(measure, repo.criteria, place))
    scores = render.scores_table(measure, repo.criteria)
    narrow = is_terminal() and not fits_plain_width(scores, terminal.width())
    if narrow and render.measure_raters(measure):
        # too narrow for a column per rater: the raters' values as rows of their own
        print_table(render.scores_table(measure, repo.criteria, False), tr("show.scores"))
        typer.echo()
        print_table(render.rater_values(measure, repo.criteria), tr("show.by_rater"))
    else:
        print_table(scores, tr("show.scores"))
    if measure.ratings:
        typer.echo()
        print_table(render.ratings_table(measure), tr("show.ratings"))
    comments = render.ratings_comments(measure)
    if comments:
        typer.echo("\n" + tr("show.comments") + "\n" + comments, nl=False)
    typer.echo("\n" + tr("show.decisions") + "\n" + render.decisions(measure), nl=False)
    follow_up = followup_table(measure, dt.date.today())
    if follow_up is not None:
        typer.echo()
        print_table(follow_up, tr("followup.heading"))
    typer.echo("\n" + render.next_gate(measure), nl=False)
