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
    input_error,
    load_criteria_only,
    measures_folder,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.i18n import message, tr
from ho21score.problems import InputError


def new(
    title: Annotated[str, typer.Argument(metavar="TITLE")],
    ident: Annotated[
        str | None,
        typer.Option("--id"),
    ] = None,
    proposed_by: Annotated[
        str | None, typer.Option("--proposed-by")
    ] = None,
    area: Annotated[
        list[str] | None, typer.Option("--area")
    ] = None,
    owner: Annotated[str | None, typer.Option("--owner")] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    lang: LangOpt = None,
) -> None:
    """Write measures/<slug>.yaml from a commented template (never overwrites)."""
    from ho21score.files.atomic import FileChangedError
    from ho21score.files.jsonschema import SCHEMA_PATH
    from ho21score.files.new_measure import prove_new, refuse_same_title
    from ho21score.files.recording import create, editing
    from ho21score.files.source import ID_PATTERN, display_path
    from ho21score.files.template import MAX_ID, slug, template
    from ho21score.i18n import suggest

    crit = load_criteria_only(criteria)
    folder = measures_folder(measures)
    title = title.strip()
    problems = [
        tr("new.not_text", text=text.encode("utf-8", "backslashreplace").decode("utf-8"))
        for text in (title, proposed_by, owner, ident, *(area or []))
        if text is not None and not _is_text(text)
    ]
    if problems:  # bytes that are not UTF-8 in the command line
        for problem in problems:
            err(tr("cli.error", message=problem))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    if ident is not None:
        ident = ident.strip()
        if not ID_PATTERN.match(ident) or len(ident) > MAX_ID:
            problems.append(tr("new.bad_id", id=ident, max=MAX_ID))
    else:
        ident = slug(title)
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
        with editing(folder):
            refuse_same_title(folder, title)
            prove_new(path, text, title, crit)
            create(path, text)
    except InputError as exc:
        input_error(exc)
    except (FileExistsError, FileChangedError):
        err(tr("cli.error", message=tr("new.exists", path=display_path(path))))
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    except OSError as exc:
        shown = display_path(path)
        input_error(InputError(message("edit.write_failed", path=shown, reason=exc.strerror)))
    typer.echo(display_path(path))


def _is_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
