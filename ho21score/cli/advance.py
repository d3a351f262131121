"""ho21score advance ID DECISION: record the council's decision at the current gate."""

from __future__ import annotations

import sys
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
    ask_yes_no,
    checked_text,
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
from ho21score.core.pipeline import refusal
from ho21score.core.raters import Roster
from ho21score.core.vocabulary import Decision, Gate
from ho21score.i18n import message, tr
from ho21score.problems import InputError


def advance(
    ident: Annotated[str, typer.Argument(metavar="ID")],
    decision: Annotated[
        Decision, typer.Argument(metavar="DECISION")
    ],
    date: DateOpt = None,
    by: Annotated[str | None, typer.Option("--by")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    yes: Annotated[
        bool,
        typer.Option("--yes", "-y"),
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record a decision at the measure's current decision point (BP1 in idé ... BP4)."""

    from ho21score.files.insertion import Entry
    from ho21score.files.recording import editing, open_measure, save
    from ho21score.render.rank import phase_name, status_name

    crit = load_criteria_only(criteria)
    roster = roster_or_exit(raters, criteria)
    folder = measures_folder(measures)
    by, note = checked_text(by, "--by"), checked_text(note, "--note")
    day = recorded_day(date)
    try:
        ident = resolve_id(folder, ident)
        # asked before the lock is taken (an answer may take a while), checked again under it
        agreed_to = set() if yes else confirm_disagreement(folder, ident, crit, decision, roster)
        with editing(folder):
            target = open_measure(folder, ident, crit, roster)
            measure = target.measure
            gate = measure.state.gate
            unconfirmed = set() if yes else set(measure.evaluation.disagreement) - agreed_to
            refused = refusal(ident, measure.state, measure.facts, decision, day, unconfirmed)
            if refused is not None and refused.missing:
                err(tr("cli.error", message=refused.reason.text))
                for item in refused.missing:
                    err(f"  - {item}")
                raise typer.Exit(ExitCode.INPUT_ERRORS)
            if refused is not None:
                raise InputError(refused.reason)
            assert gate is not None  # else refused
            entry: Entry = {"bp": gate, "beslutning": decision.value, "dato": day}
            if by:
                entry["av"] = by
            if note:
                entry["begrunnelse"] = note
            written = save(target, "beslutninger", entry, crit)
            after = written.measure
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
    report_problems(list(written.warnings))


def _flagged(measure: Measure) -> set[str]:
    """Parts flagged for disagreement, where that matters: a `videre` at BP2."""
    return set(measure.evaluation.disagreement) if measure.state.gate is Gate.BP2 else set()


def confirm_disagreement(
    folder: Path, ident: str, crit: Criteria, decision: Decision, roster: Roster | None
) -> set[str]:
    """The flagged parts the user agreed to go on with; exit 1 if they did not, or if
    nobody can be asked (then --yes is the way)."""
    from ho21score.files.recording import open_measure

    if decision is not Decision.GO_ON:
        return set()
    flagged = _flagged(open_measure(folder, ident, crit, roster).measure)
    if not flagged:
        return set()
    parts = ", ".join(sorted(flagged))
    if not sys.stdin.isatty():
        raise InputError(message("advance.disagreement", gate=Gate.BP2, parts=parts))
    if not ask_yes_no(tr("advance.confirm_disagreement", parts=parts), default=False):
        err(tr("score.declined"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return flagged
