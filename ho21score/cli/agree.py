"""ho21score agree ID KEY=VALUE...: record the value the council agreed on after a
discussion, in the measure's top-level ``poeng``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    RatersOpt,
    err,
    input_error,
    load_criteria_only,
    measures_folder,
    recorded_day,
    report_problems,
    resolve_id,
    roster_or_exit,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.ratings import Score
from ho21score.core.vocabulary import Status
from ho21score.files.scores import level_case, read_pairs
from ho21score.i18n import message, number, tr
from ho21score.problems import InputError


def agree(
    ident: Annotated[str, typer.Argument(metavar="ID")],
    pairs: Annotated[
        list[str],
        typer.Argument(metavar="KEY=VALUE..."),
    ],
    date: DateOpt = None,
    note: Annotated[
        str | None, typer.Option("--note")
    ] = None,
    replace: Annotated[
        bool,
        typer.Option("--replace"),
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record the council's agreed value of parts after a discussion; it replaces the
    median, and closes the part's flags."""
    from ho21score.files.agreement import note_fault
    from ho21score.files.recording import editing, open_measure, save_agreement

    crit = load_criteria_only(criteria)
    roster = roster_or_exit(raters, criteria)
    folder = measures_folder(measures)
    day = recorded_day(date)
    note = (note or "").strip() or None
    try:
        ident = resolve_id(folder, ident)
        fault = note_fault(note) if note else None
        if fault is not None:
            raise InputError(message("agree.note_one_line", code=f"U+{ord(fault):04X}"))
        values = _agreed_values(pairs, crit)
        with editing(folder):
            target = open_measure(folder, ident, crit, roster)
            before = target.measure
            if before.status is Status.STOPPED:
                raise InputError(message("agree.stopped", id=ident))
            parts = _named_parts(values, crit)
            taken = [key for key in parts if key in before.agreed]
            if taken and not replace:
                doc = target.source.document
                where = [_agreed_at(key, before, crit, doc) for key in taken]
                raise InputError(message("agree.already", parts=", ".join(where)))
            written = save_agreement(target, values, crit, day, note)
    except InputError as exc:
        input_error(exc)
    after = written.measure
    typer.echo(tr("agree.done", count=len(parts), path=target.source.display))
    for key in parts:
        new = tr("agree.agreed", value=_label(after.agreed[key]))
        typer.echo(tr("score.change", key=key, old=_was(key, before), new=new))
    closed = [key for key in before.evaluation.disagreement if key in parts]
    if closed:
        typer.echo(tr("agree.closes", parts=", ".join(closed)))
    few = [key for key in before.evaluation.few if key in parts]
    if few:
        typer.echo(tr("agree.closes_few", parts=", ".join(few)))
    if after.evaluation.disagreement:
        typer.echo(tr("agree.still_open", parts=", ".join(after.evaluation.disagreement)))
    report_problems(list(written.warnings))


def _agreed_values(pairs: list[str], criteria: Criteria) -> dict[str, Any]:
    """KEY=VALUE words read exactly as ``score`` reads them; exit 1 on any bad one."""
    values, problems = read_pairs([level_case(p, criteria) for p in pairs], criteria)
    if problems:
        for problem in problems:
            err(tr("cli.error", message=problem))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return values


def _named_parts(values: dict[str, Any], criteria: Criteria) -> list[str]:
    """The parts the values set, in the order of the criteria."""
    named = set()
    for key in values:
        criterion = criteria.criterion(key)
        named |= {p.key for p in criterion.parts} if criterion is not None else {key}
    return [p.key for p in criteria.parts if p.key in named]


def _agreed_at(key: str, measure: Measure, criteria: Criteria, doc: Any) -> str:
    """``key (4, line 7)``: a part's agreed value and where it stands."""
    part = criteria.part(key)
    path: tuple[str, ...] = ("poeng",) if part is None else ("poeng", part.criterion, part.short)
    line = doc.value_pos(path)[0] if doc is not None else 0
    return tr("agree.already_part", key=key, value=_label(measure.agreed[key]), line=line)


def _was(key: str, measure: Measure) -> str:
    """A part's value before: the agreed value, else the median, else none."""
    if key in measure.agreed:
        return tr("agree.agreed", value=_label(measure.agreed[key]))
    value = measure.evaluation.parts.get(key)
    return "–" if value is None else tr("agree.median", value=_plain(value))


def _label(score: Score) -> str:
    """``4``, or a level with what it counts as: ``kort (5)``."""
    value = _plain(score.value)
    try:
        float(score.label)
    except ValueError:
        return f"{score.label} ({value})"
    return value


def _plain(value: float) -> str:
    return number(value, 0) if value.is_integer() else number(value, 1)
