"""ho21score status: the status board, a column per phase."""

from __future__ import annotations

import datetime as dt

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    finish,
    open_repository,
    print_table,
    report_problems,
    usable,
)


def status(
    date: DateOpt = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show the status board: every measure in the column of its phase."""
    from ho21score.render import board, broken

    repo = usable(open_repository(measures, criteria, raters))
    report_problems(repo.problems)
    day = date.date() if date else dt.date.today()
    print_table(board.board(repo.measures), board.title(day))
    typer.echo("\n" + board.legend())
    listed = broken.text(repo.broken)
    if listed:
        typer.echo(listed, nl=False)
    finish(repo)
