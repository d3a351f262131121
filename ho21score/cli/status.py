"""ho21score status: the status board, a column per phase; or, with --participation, who
has scored which measure in a round."""

from __future__ import annotations

from typing import Annotated

import typer

from ho21score.cli.as_of import AsOfOpt, as_of_day
from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    finish,
    is_terminal,
    open_repository,
    print_table,
    report_problems,
    usable,
    usage_error,
)
from ho21score.files.repository import Repository
from ho21score.i18n import tr
from ho21score.render import terminal
from ho21score.render.table import plain


def status(
    as_of: AsOfOpt = None,
    participation: Annotated[
        bool,
        typer.Option("--participation"),
    ] = False,
    round: Annotated[
        int | None,
        typer.Option("--round", min=1),
    ] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show the status board: every measure in the column of its phase; or, with
    --participation, who has scored which measure in a round."""
    from ho21score.render import board, broken

    if round is not None and not participation:
        usage_error(tr("participation.round_alone"))
    repo = usable(open_repository(measures, criteria, raters))
    report_problems(repo.problems)
    if participation:
        _participation(repo, round)
    else:
        day = as_of_day(as_of, measures, criteria)
        print_table(board.board(repo.measures, day=day), board.title(day))
        typer.echo("\n" + board.legend())
    listed = broken.text(repo.broken)
    if listed:
        typer.echo(listed, nl=False)
    finish(repo)


def _participation(repo: Repository, in_round: int | None) -> None:
    from ho21score.render import participation as view

    assert repo.criteria is not None
    parts = [p.key for p in repo.criteria.parts]
    data = view.participation(repo.measures, parts, repo.roster, in_round)
    if data.empty:
        typer.echo(view.matrix_title(data) + "\n\n" + view.empty_text(data))
        return
    table = view.matrix(data)
    if is_terminal() and not view.fits(table, terminal.width()):
        typer.echo(view.matrix_title(data) + "\n\n" + plain(table), nl=False)
    else:
        print_table(table, view.matrix_title(data))
    typer.echo("\n" + view.marks_legend() + "\n")
    print_table(view.column_key(data))
