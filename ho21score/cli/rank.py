"""ho21score rank: the measures ranked by the council's criteria."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    PhaseOpt,
    RatersOpt,
    SinceOpt,
    chosen_phases,
    compare_with,
    finish,
    open_repository,
    print_table,
    report_problems,
    usable,
)
from ho21score.core.ranking import build_ranking
from ho21score.i18n import tr
from ho21score.render import broken, terminal
from ho21score.render import rank as render
from ho21score.render.fit import wrap_cell


class RankFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"


def rank(
    format: Annotated[RankFormat, typer.Option("--format", "-f")] = (
        RankFormat.table
    ),
    phase: PhaseOpt = None,
    all_: Annotated[bool, typer.Option("--all")] = False,
    since: SinceOpt = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1)
    ] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Rank the measures by the criteria (stopped and incomplete ones are not ranked)."""
    phases = chosen_phases(phase)
    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    report_problems(repo.problems)
    ranking = build_ranking(repo.measures, phases, all_, top)
    moves = None
    if since:
        changes = compare_with(since, measures, criteria, repo, raters)
        moves = changes.moves
    if format is RankFormat.json:
        typer.echo(render.ranking_json(ranking, repo.criteria, moves, repo.broken), nl=False)
    elif format is RankFormat.csv:
        typer.echo(render.ranking_csv(ranking, repo.criteria), nl=False)
    elif format is RankFormat.markdown:
        from ho21score.render import markdown

        data = render.rank_table(ranking, repo.criteria, markdown.escape, moves)
        footer = render.footer(ranking, markdown.escape)
        listed = ""
        if repo.broken:
            listed = "\n" + broken.markdown(repo.broken, markdown.escape, "broken.heading")
        typer.echo(markdown.markdown_table(data) + footer + listed, nl=False)
    else:
        table = render.rank_table(ranking, repo.criteria, moves=moves)
        left_out = print_table(table, tr("rank.title"))
        if left_out:
            note = tr("terminal.left_out", columns=", ".join(left_out))
            typer.echo("\n".join(wrap_cell(note, terminal.width())))
        footer = render.footer(ranking) + broken.text(repo.broken)
        if footer:
            typer.echo(footer, nl=False)
    finish(repo)
