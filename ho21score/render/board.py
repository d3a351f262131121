"""The status board: "Status tiltak i HO21 pr <dato>", one column per phase."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from ho21score.core.measure import Measure
from ho21score.core.vocabulary import PHASES, Phase, Status
from ho21score.i18n import date_text, tr
from ho21score.render.followup import followup_marker
from ho21score.render.table import Table

MARKS = {Status.ACTIVE: "•", Status.REVISION: "↻", Status.ON_HOLD: "⏸", Status.STOPPED: "✖"}


def title(day: dt.date) -> str:
    return tr("board.title", date=date_text(day))


def entry(
    measure: Measure, escape: Callable[[str], str] = str, day: dt.date | None = None
) -> str:
    """The measure's status mark and title; given the day, a measure in Oppfølging whose
    indicators are red or stale gets its warning (``⚠ 1 rød``)."""
    text = f"{MARKS[measure.status]} {escape(measure.title)}"
    warning = followup_marker(measure, day) if day is not None else ""
    return f"{text} {warning}" if warning else text


def board(
    measures: Iterable[Measure],
    escape: Callable[[str], str] = str,
    width: int = 24,
    day: dt.date | None = None,
) -> Table:
    columns: dict[Phase, list[Measure]] = {phase: [] for phase in PHASES}
    for m in sorted(measures, key=lambda m: (m.title.casefold(), m.id)):
        columns[m.phase].append(m)
    headers = [f"{tr(f'phase.{p}')} ({len(columns[p])})" for p in PHASES]
    height = max((len(c) for c in columns.values()), default=0)
    rows = [
        [entry(columns[p][i], escape, day) if i < len(columns[p]) else "" for p in PHASES]
        for i in range(height)
    ]
    return Table(headers, rows, wrap=dict.fromkeys(range(len(PHASES)), width))


def legend() -> str:
    revise, hold, stop = (MARKS[s] for s in (Status.REVISION, Status.ON_HOLD, Status.STOPPED))
    return tr("board.legend", revise=revise, hold=hold, stop=stop)
