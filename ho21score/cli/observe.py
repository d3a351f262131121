"""ho21score observe ID INDICATOR VALUE: record an observed value of an indicator as a file
of its own."""

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
    RatersOpt,
    checked_text,
    input_error,
    load_criteria_only,
    measures_folder,
    recorded_day,
    resolve_id,
    roster_or_exit,
)
from ho21score.core.indicators import HAND_SET, Light, parse_period
from ho21score.i18n import tr
from ho21score.problems import InputError


def observe(
    ident: Annotated[str, typer.Argument(metavar="ID")],
    indicator: Annotated[
        str, typer.Argument(metavar="INDICATOR")
    ],
    value: Annotated[
        str,
        typer.Argument(metavar="VALUE"),
    ],
    period: Annotated[
        str,
        typer.Option("--period"),
    ],
    date: DateOpt = None,
    source: Annotated[str | None, typer.Option("--source")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    status: Annotated[
        str | None,
        typer.Option("--status"),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record an observed value of a measure's indicator for a period."""
    from ho21score.files.observation_edits import ObservationRequest, record_observation
    from ho21score.render.followup import figure

    chosen = parse_period(period.strip())
    if chosen is None:
        raise typer.BadParameter(tr("observe.bad_period", period=period), param_hint="--period")
    light = None
    if status is not None:
        if status.strip().lower() not in HAND_SET:
            allowed = ", ".join(HAND_SET)
            raise typer.BadParameter(
                tr("observe.bad_status", status=status, allowed=allowed), param_hint="--status"
            )
        light = Light(status.strip().lower())
    value = checked_text(value, "VALUE") or ""
    source = checked_text(source, "--source")
    note = checked_text(note, "--note")
    crit = load_criteria_only(criteria)
    roster = roster_or_exit(raters, criteria)
    folder = measures_folder(measures)
    day = recorded_day(date) if date is not None else None
    try:
        ident = resolve_id(folder, ident)
        request = ObservationRequest(
            ident, indicator, value, chosen, day, source or None, note or None, light, replace
        )
        done = record_observation(folder, request, crit, roster)
    except InputError as exc:
        input_error(exc)
    new = figure(done.value) if not isinstance(done.value, str) else done.value
    key = done.indicator.key
    if not done.replaced:
        typer.echo(tr("observe.done", key=key, period=chosen.text, value=new, path=done.path))
        return
    old = figure(done.old) if isinstance(done.old, int | float) else str(done.old)
    typer.echo(tr("observe.changed", key=key, period=chosen.text, path=done.path))
    typer.echo(tr("observe.change", old=old, new=new))
