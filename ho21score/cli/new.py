"""ho21score new TITLE: a new measure file from a commented template."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    LangOpt,
    MeasuresOpt,
    err,
    load_criteria_only,
    measures_folder,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.i18n import tr


def new(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="The measure's title.")],
    proposed_by: Annotated[
        str | None, typer.Option("--proposed-by", help="Who proposed it.")
    ] = None,
    area: Annotated[
        list[str] | None, typer.Option("--area", help="A focus area key (repeatable).")
    ] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="The owner (tiltakseier).")] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    lang: LangOpt = None,
) -> None:
    """Write measures/<slug>.yaml from a commented template (never overwrites)."""
    from ho21score.files.atomic import FileChangedError, write_atomic
    from ho21score.files.jsonschema import SCHEMA_PATH
    from ho21score.files.source import display_path
    from ho21score.files.template import slug, template
    from ho21score.i18n import suggest

    crit = load_criteria_only(criteria)
    folder = measures_folder(measures)
    ident = slug(title)
    problems = []
    if not ident:
        problems.append(tr("new.no_slug", title=title))
    for key in area or []:
        if key not in crit.areas:
            problems.append(
                tr(
                    "measure.unknown_area",
                    key=key,
                    hint=suggest(key, crit.areas),
                    allowed=", ".join(crit.areas),
                )
            )
    if problems:
        for problem in problems:
            err(tr("cli.error", message=problem))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    path = folder / f"{ident}.yaml"
    schema_ref = os.path.relpath(criteria.parent / SCHEMA_PATH, folder)
    text = template(ident, title, crit, schema_ref, proposed_by, area, owner)
    try:
        write_atomic(path, text.encode("utf-8"), expected=None)
    except (FileExistsError, FileChangedError):
        err(tr("cli.error", message=tr("new.exists", path=display_path(path))))
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    typer.echo(display_path(path))
