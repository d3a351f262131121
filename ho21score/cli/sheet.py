"""ho21score sheet export / import: scoring sheets (Excel workbooks) out to the raters and
back in as rating files, for council members who never run a command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    chosen_phases,
    err,
    input_error,
    measures_folder,
    open_repository,
    recorded_day,
    report_problems,
    usable,
    usage_error,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.cli.prompt import short_line
from ho21score.core.measure import Measure
from ho21score.core.raters import Rater, Roster
from ho21score.core.vocabulary import Phase, Status
from ho21score.i18n import message, tr
from ho21score.problems import InputError, Problem

if TYPE_CHECKING:
    from ho21score.core.criteria import Criteria
    from ho21score.files.incoming import Incoming
    from ho21score.files.schema import FormMappingFile

sheet = typer.Typer(
    no_args_is_help=True,
)

_DONE = {"new": "sheet.import_new", "same": "sheet.import_same", "changed": "sheet.import_changed"}
# measures scored by default: those not past the assessment (BP3) and not stopped
SCORED = (Phase.IDEA, Phase.ANALYSIS, Phase.ASSESSMENT)


@sheet.command("export")
def export(
    round_: Annotated[int, typer.Option("--round", min=1)],
    output: Annotated[Path, typer.Option("--output", "-o")],
    rater: Annotated[
        list[str] | None,
        typer.Option("--rater"),
    ] = None,
    only_disagreement: Annotated[
        bool,
        typer.Option("--only-disagreement"),
    ] = False,
    phase: Annotated[
        list[str] | None,
        typer.Option("--phase"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write one scoring workbook (.xlsx) per rater for a round."""
    from ho21score.files.git import head_commit
    from ho21score.files.rating_files import file_name
    from ho21score.files.sheet_export import SheetSpec, write_workbook
    from ho21score.files.sheet_layout import file_hash

    phases = chosen_phases(phase) or list(SCORED)
    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    report_problems(repo.problems)
    if repo.broken:  # a sheet without them would drop them from the round without a word
        from ho21score.render import broken

        err(broken.text(repo.broken).strip("\n"))
        err(tr("cli.error", message=tr("sheet.broken_first", count=len(repo.broken))))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    chosen = sorted(
        (m for m in repo.measures if m.phase in phases and m.status is not Status.STOPPED),
        key=lambda m: m.id,
    )
    who = _raters(rater or [], repo.roster, chosen)
    folder = measures_folder(measures)
    hashes = {m.id: file_hash(folder / f"{m.id}.yaml") for m in chosen}
    commit = head_commit(folder)
    paths: dict[Path, Rater] = {}
    for person in who:
        path = output / file_name(person, repo.roster, round_).replace(".yaml", ".xlsx")
        if path in paths:  # "Kari Nordmann" and "kari nordmann": one file, one of them lost
            other = paths[path].name
            input_error(InputError(message("sheet.same_file", rater=person.name, other=other,
                                           path=path)))
        if path.exists() and not force:
            input_error(InputError(message("sheet.exists", path=path)))
        paths[path] = person
    try:
        output.mkdir(parents=True, exist_ok=True)
        for path, person in paths.items():
            spec = SheetSpec(repo.criteria, person, round_, chosen, only_disagreement, commit,
                             hashes, recorded_day(None))
            count = write_workbook(path, spec)
            typer.echo(tr("sheet.wrote", path=path, rater=person.name, round=round_,
                          count=count))
    except OSError as exc:  # a file open in Excel, a folder that is a file
        shown = exc.filename or output
        input_error(InputError(message("sheet.write_failed", path=shown,
                                       reason=exc.strerror or exc)))
    typer.echo(tr("sheet.written_count", count=len(who), folder=output))


def _raters(named: list[str], roster: Roster | None, measures: list[Measure]) -> list[Rater]:
    """The raters to make sheets for: those named, else the roster, else everyone who has
    rated a measure (by name)."""
    from ho21score.files.rating_checks import rater_of

    if named:
        try:
            return [rater_of(name.strip(), roster) for name in named]
        except InputError as exc:
            input_error(exc)
    if roster is not None:
        return list(roster.raters)
    seen: dict[str, Rater] = {}
    for measure in measures:
        for rating in measure.ratings:
            seen.setdefault(rating.rater, Rater(rating.rater, rating.shown))
    if not seen:
        usage_error(tr("sheet.no_raters"))
    return sorted(seen.values(), key=lambda r: r.name)


@sheet.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...")],
    replace: Annotated[
        bool, typer.Option("--replace")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run")
    ] = False,
    mapping: Annotated[
        Path | None,
        typer.Option("--mapping"),
    ] = None,
    round_: Annotated[
        int | None,
        typer.Option("--round", min=1),
    ] = None,
    date: DateOpt = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Read filled-in scoring workbooks (or a web form's CSV export, with --mapping) back as
    rating files. A file with any bad cell writes nothing; importing the same file twice
    changes nothing."""
    from ho21score.files.incoming import record_all
    from ho21score.files.source import display_path

    repo = usable(open_repository(measures, criteria, raters))
    assert repo.criteria is not None
    folder = measures_folder(measures)
    day = recorded_day(date)
    known = {m.id for m in repo.measures}
    form = _form(mapping, round_, repo.criteria, known) if mapping is not None else None
    failed = False
    for path in files:
        shown = display_path(path)
        if path.suffix.lower() == ".csv":
            if form is None:
                usage_error(tr("form.need_mapping", path=shown))
            ratings, problems = _read_form(path, shown, form, repo.criteria)
        else:
            ratings, problems = _read_sheet(
                path, shown, folder, repo.criteria, known, repo.broken_ids()
            )
        errors = [p for p in problems if p.is_error]
        report_problems(sorted(problems))
        if ratings is None or errors:
            err(tr("cli.error", message=tr("sheet.nothing_written")) + f" ({shown})")
            failed = True
            continue
        try:
            outcomes = record_all(folder, repo.criteria, repo.roster, ratings, replace,
                                  day, dry_run)
        except InputError as exc:
            report_problems(sorted(exc.problems))
            err(tr("cli.error", message=exc.message) + f" ({shown})")
            failed = True
            continue
        for outcome in outcomes:
            typer.echo(tr(_DONE[outcome.kind], path=outcome.path))
            for change in (c for c in outcome.changes if c.old != c.new):  # as score says them
                old = "–" if change.old is None else short_line(change.old)
                typer.echo(tr("score.change", key=change.key, old=old, new=short_line(change.new)))
    if dry_run:
        typer.echo(tr("sheet.dry_run"))
    if failed:
        raise typer.Exit(ExitCode.INPUT_ERRORS)


def _read_sheet(
    path: Path, shown: str, folder: Path, criteria: Criteria, known: set[str], broken: set[str]
) -> tuple[list[Incoming] | None, list[Problem]]:
    from ho21score.files.sheet_import import hash_warnings, read_sheet
    from ho21score.files.sheet_layout import file_hash

    read, problems = read_sheet(path, shown, criteria, known, frozenset(broken))
    if read is None:
        return None, problems
    current = {i: file_hash(folder / f"{i}.yaml") for i in read.hashes}
    return read.ratings, problems + hash_warnings(read, shown, current)


def _form(
    mapping: Path, round_: int | None, criteria: Criteria, known: set[str]
) -> tuple[FormMappingFile, int]:
    """The mapping of a CSV export and the round; exit 1 with its problems if unusable."""
    from ho21score.files.form_import import check_mapping, read_mapping

    parsed, source, problems = read_mapping(mapping)
    if parsed is not None:
        problems += check_mapping(parsed, source, criteria, known)
    if parsed is None or any(p.is_error for p in problems):
        report_problems(problems)
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    chosen = round_ or parsed.round
    if chosen is None:
        usage_error(tr("form.need_round", path=source.display))
    return parsed, chosen


def _read_form(
    path: Path, shown: str, form: tuple[FormMappingFile, int], criteria: Criteria
) -> tuple[list[Incoming] | None, list[Problem]]:
    from ho21score.files.form_import import read_form

    return read_form(path, shown, form[0], form[1], criteria)
