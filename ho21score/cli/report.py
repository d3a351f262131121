"""ho21score report: the Markdown report for a council meeting or for CI."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    SinceOpt,
    compare_with,
    err,
    finish,
    open_repository,
    report_problems,
    usable,
    usage_error,
)
from ho21score.i18n import tr


def report(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    since: SinceOpt = None,
    date: DateOpt = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1, help="Rank and chart only the top N.")
    ] = None,
    robustness: Annotated[
        bool,
        typer.Option(
            "--robustness/--no-robustness",
            help="Include 'Hvor sikker er rangeringen?' (every weighting and rater drawn "
            "anew; a fixed seed, so the report stays the same).",
        ),
    ] = True,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write the council report: status, ranking, chart, disagreements, gaps, decisions."""
    from ho21score.core.ranking import build_ranking
    from ho21score.render.report import render_report

    if output is not None and not output.parent.is_dir():
        usage_error(tr("cli.no_output_dir", path=output))
    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    report_problems(repo.problems)
    day = report_date(date, measures, criteria)
    ranking = build_ranking(repo.measures)
    changes = compare_with(since, measures, criteria, repo, raters) if since else None
    odds = None
    if robustness:
        from ho21score.core.robustness import analyse
        from ho21score.core.robustness_setup import report_setup

        odds = analyse(ranking.ranked, repo.criteria, report_setup(len(ranking.ranked)))
    text = render_report(
        sorted(repo.measures, key=lambda m: m.id),
        ranking,
        repo.criteria,
        day,
        changes,
        top,
        repo.broken,
        repo.roster,
        odds,
    )
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            usage_error(tr("report.cannot_write", path=output, reason=exc.strerror))
        err(tr("report.written", path=output))
    finish(repo)


def report_date(date: dt.datetime | None, measures: Path, criteria: Path) -> dt.date:
    """--date, else SOURCE_DATE_EPOCH, else the last commit touching the measures, else
    today: the same repository gives the same report."""
    if date is not None:
        return date.date()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            usage_error(tr("report.bad_epoch", value=epoch))
    from ho21score.files.git import GitError, last_commit_date, relative, toplevel

    try:
        root = toplevel(measures)
        last = last_commit_date(root, [relative(measures, root), relative(criteria, root)])
    except (GitError, ValueError):
        last = None
    return last or dt.date.today()
