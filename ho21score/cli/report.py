"""ho21score report: the report for a council meeting or for CI, as Markdown or as one
self-contained HTML page."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
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
    SinceOpt,
    compare_with,
    err,
    finish,
    open_repository,
    report_problems,
    usable,
    usage_error,
)
from ho21score.core.criteria import Criteria
from ho21score.i18n import suggest, tr


class ReportFormat(StrEnum):
    markdown = "markdown"
    html = "html"


def report(
    output: Annotated[
        Path | None, typer.Option("--output", "-o")
    ] = None,
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f"),
    ] = ReportFormat.markdown,
    chart_x: Annotated[
        str | None,
        typer.Option("--chart-x"),
    ] = None,
    chart_y: Annotated[
        str | None,
        typer.Option("--chart-y"),
    ] = None,
    since: SinceOpt = None,
    as_of: AsOfOpt = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1)
    ] = None,
    robustness: Annotated[
        bool,
        typer.Option("--robustness/--no-robustness"),
    ] = True,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write the council report: status, ranking, chart, disagreements, gaps, decisions."""
    from ho21score.core.ranking import build_ranking
    from ho21score.render.chart import default_axes
    from ho21score.render.report import ReportInput, render_report

    if output is not None and not output.parent.is_dir():
        usage_error(tr("cli.no_output_dir", path=output))
    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    x_default, y_default = default_axes(repo.criteria)
    axes = (
        chart_axis(chart_x, "--chart-x", repo.criteria) or x_default,
        chart_axis(chart_y, "--chart-y", repo.criteria) or y_default,
    )
    report_problems(repo.problems)
    day = as_of_day(as_of, measures, criteria)
    ranking = build_ranking(repo.measures)
    changes = compare_with(since, measures, criteria, repo, raters) if since else None
    odds = None
    if robustness:
        from ho21score.core.robustness import analyse
        from ho21score.core.robustness_setup import report_setup

        odds = analyse(ranking.ranked, repo.criteria, report_setup(len(ranking.ranked)))
    inputs = ReportInput(
        sorted(repo.measures, key=lambda m: m.id),
        ranking,
        repo.criteria,
        day,
        changes,
        top,
        repo.broken,
        repo.roster,
        odds,
        axes,
    )
    if format is ReportFormat.html:
        from ho21score.render.html_report import render_html

        text = render_html(inputs)
    else:
        text = render_report(inputs)
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            usage_error(tr("report.cannot_write", path=output, reason=exc.strerror))
        err(tr("report.written", path=output))
    finish(repo)


def chart_axis(key: str | None, option: str, criteria: Criteria) -> str | None:
    """A criterion key for an axis, checked (exit 2 naming the keys allowed)."""
    if key is None or criteria.criterion(key) is not None:
        return key
    known = [c.key for c in criteria.criteria]
    usage_error(
        tr(
            "report.bad_axis",
            key=key,
            option=option,
            hint=suggest(key, known),
            allowed=", ".join(known),
        )
    )
