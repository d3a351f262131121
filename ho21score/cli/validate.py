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
    RatersOpt,
    err,
    open_repository,
    roster_file,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.files.rating_files import rating_folders
from ho21score.files.source import measure_paths
from ho21score.i18n import tr
from ho21score.problems import Problem, has_errors
from ho21score.render import problems as render


class ProblemFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


def validate(
    format: Annotated[
        ProblemFormat | None,
        typer.Option("--format", "-f"),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Check the criteria file and every measure file; exit 1 if there are errors (or, with
    --strict, warnings)."""
    if format is None:
        on_github = os.environ.get("GITHUB_ACTIONS") == "true"
        format = ProblemFormat.github if on_github else ProblemFormat.text
    repo = open_repository(measures, criteria, raters)
    problems = repo.problems
    # the files checked: the criteria, the roster, every measure and rating file, the schema
    files = 1 + (roster_file(raters, criteria) is not None)
    if repo.criteria is not None:
        from ho21score.files.jsonschema import SCHEMA_PATH, stale_schema

        problems = sorted(problems + stale_schema(repo.criteria, criteria))
        files += len(measure_paths(measures)) + (criteria.parent / SCHEMA_PATH).is_file()
        files += sum(len(paths) for paths in rating_folders(measures).values())
    if format is ProblemFormat.json:
        typer.echo(render.problems_json(problems, files), nl=False)
    else:
        lines = (
            render.github_lines(problems)
            if format is ProblemFormat.github
            else (render.text_lines(problems))
        )
        for line in lines:
            typer.echo(line)
        err(summary_line(repo.criteria is not None, problems, files))
        if strict and not has_errors(problems) and problems:
            err(tr("validate.strict_warnings"))
    if has_errors(problems) or (strict and problems):
        raise typer.Exit(ExitCode.INPUT_ERRORS)


def summary_line(criteria_usable: bool, problems: list[Problem], files: int) -> str:
    """One line for people: how many errors and warnings in how many files."""
    if not criteria_usable:
        return tr("cli.criteria_unusable")
    errors = sum(p.is_error for p in problems)
    warnings = tr("count.warnings", count=len(problems) - errors)
    in_files = tr("count.files", count=files)
    if errors:
        bad = len({p.path for p in problems if p.is_error})
        counted = tr("count.errors", count=errors)
        line = tr("validate.summary_bad", errors=counted, bad=bad, files=in_files)
        if len(problems) > errors:
            line += " " + tr("validate.also_warnings", warnings=warnings)
        return line
    if problems:
        return tr("validate.summary_warnings", warnings=warnings, files=in_files)
    return tr("validate.summary_ok", files=in_files)
