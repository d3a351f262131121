"""ho21score validate: every problem of every file, with file, line and column."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    err,
    load,
)
from ho21score.files.source import measure_paths
from ho21score.i18n import tr
from ho21score.render import problems as render


class ProblemFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


def validate(
    format: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text (path:line:col), github (annotations) or json; "
            "github is the default under GITHUB_ACTIONS.",
        ),
    ] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    lang: LangOpt = None,
) -> None:
    """Check the criteria file and every measure file; exit 1 if there are errors."""
    if format is None:
        on_github = os.environ.get("GITHUB_ACTIONS") == "true"
        format = ProblemFormat.github if on_github else ProblemFormat.text
    repo = load(measures, criteria)
    problems = repo.problems
    files = 1 + (len(measure_paths(measures)) if repo.criteria is not None else 0)
    if format is ProblemFormat.json:
        typer.echo(render.to_json(problems, files), nl=False)
    else:
        lines = (
            render.github_lines(problems)
            if format is ProblemFormat.github
            else (render.text_lines(problems))
        )
        for line in lines:
            typer.echo(line)
        errors = sum(p.is_error for p in problems)
        if repo.criteria is None:
            err(tr("cli.criteria_unusable"))
        elif errors:
            bad = len({p.path for p in problems if p.is_error})
            err(tr("validate.summary_bad", errors=errors, bad=bad, files=files))
        else:
            err(tr("validate.summary_ok", files=files))
    if any(p.is_error for p in problems):
        raise typer.Exit(1)
