"""ho21score new TITLE: a new measure file from a commented template."""

from __future__ import annotations

import os
from pathlib import Path
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
from ho21score.core.criteria import Criteria
from ho21score.i18n import message, tr
from ho21score.problems import InputError


def new(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="The measure's title.")],
    ident: Annotated[
        str | None,
        typer.Option("--id", help="The id (file name); default: made from the title."),
    ] = None,
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
    from ho21score.files.atomic import FileChangedError
    from ho21score.files.jsonschema import SCHEMA_PATH
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
            _refuse_same_title(folder, title)
            _prove_new(path, text, title, crit)
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


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _refuse_same_title(folder: Path, title: str) -> None:
    """Refuse a title that a measure in ``folder`` already has (ignoring case and spaces),
    naming that measure; files that cannot be read are passed over."""
    from ho21score.files.source import display_path, measure_id, measure_paths, read_yaml

    wanted = _title_key(title)
    for path in measure_paths(folder):
        source, _ = read_yaml(path)
        data = source.document.data if source.document is not None else None
        existing = data.get("tittel") if isinstance(data, dict) else None
        if isinstance(existing, str) and _title_key(existing) == wanted:
            raise InputError(
                message(
                    "new.duplicate_title",
                    id=measure_id(path),
                    path=display_path(path),
                    title=existing,
                )
            )


def _prove_new(path: Path, text: str, title: str, criteria: Criteria) -> None:
    """Refuse unless the new file reads back as a measure without errors, with ``title``."""
    from ho21score.files.measure_file import measure_from
    from ho21score.files.source import display_path, parse_yaml

    shown = display_path(path)
    source, problems = parse_yaml(path, shown, text.encode("utf-8"))
    measure, problems = measure_from(source, problems, criteria)
    errors = [p for p in problems if p.is_error]
    if measure is None or errors or measure.title != title:
        raise InputError(message("edit.would_break", path=shown), errors)
