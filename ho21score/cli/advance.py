"""ho21score advance ID DECISION: record the council's decision at the current gate."""

from __future__ import annotations

from typing import Annotated

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    err,
    input_error,
    load_criteria_only,
    measures_folder,
    resolve_id,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.core.vocabulary import DECISIONS, Decision, Status
from ho21score.i18n import message, tr
from ho21score.problems import InputError


def advance(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The measure's id.")],
    decision: Annotated[
        Decision, typer.Argument(metavar="DECISION", help=", ".join(DECISIONS) + ".")
    ],
    date: DateOpt = None,
    by: Annotated[str | None, typer.Option("--by", help="Who decided.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="The reason.")] = None,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    lang: LangOpt = None,
) -> None:
    """Record a decision at the measure's current decision point (BP1 in idé ... BP4)."""
    import datetime as dt

    from ho21score.files.insertion import Entry
    from ho21score.files.recording import editing, open_measure, save
    from ho21score.render.rank import phase_name, status_name

    crit = load_criteria_only(criteria)
    folder = measures_folder(measures)
    try:
        ident = resolve_id(folder, ident)
        with editing(folder):
            target = open_measure(folder, ident, crit)
            measure = target.measure
            gate = measure.state.gate
            if measure.status is Status.STOPPED:
                raise InputError(message("advance.stopped", id=ident))
            if gate is None:
                raise InputError(message("advance.last_phase", id=ident))
            day = date.date() if date else dt.date.today()
            applied = measure.state.applied
            if applied and day < applied[-1].date:
                raise InputError(
                    message("advance.before_last", date=day, previous=applied[-1].date)
                )
            if decision is Decision.GO_ON:
                missing = measure.next_gate_missing()
                if missing:
                    err(tr("cli.error", message=tr("advance.gate_unmet", gate=gate)))
                    for item in missing:
                        err(f"  - {item}")
                    raise typer.Exit(ExitCode.INPUT_ERRORS)
            entry: Entry = {"bp": gate, "beslutning": decision.value, "dato": day}
            if by:
                entry["av"] = by
            if note:
                entry["begrunnelse"] = note
            after = save(target, "beslutninger", entry, crit)
    except InputError as exc:
        input_error(exc)
    typer.echo(
        tr(
            "advance.done",
            id=ident,
            gate=gate,
            decision=decision.value,
            phase=phase_name(after.phase),
            status=status_name(after.status),
        )
    )
