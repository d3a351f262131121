"""A measure's observation files checked against its indicators: the file's name says
its indicator and period, the indicator exists and has a unit, the value fits the unit,
the period is not before the baseline, and no period of an indicator is observed twice
(docs/file-formats.md §3). Every problem is placed in the observation file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from functools import partial
from typing import Protocol

from ho21score.core.indicators import Indicator, Observation, Unit, value_fault
from ho21score.files.observation_files import SeparateObservation, observation_name
from ho21score.i18n import Message, message, suggest
from ho21score.problems import Level, Problem


class _AddAt(Protocol):
    def __call__(self, key: str, what: Message, level: Level = Level.ERROR) -> None: ...


def _add_at(
    problems: list[Problem],
    separate: SeparateObservation,
    key: str,
    what: Message,
    level: Level = Level.ERROR,
) -> None:
    pos = separate.document.value_pos((key,))
    problems.append(Problem.at(separate.display, pos, what, level))


def attach_observations(
    indicators: Sequence[Indicator],
    found: Sequence[SeparateObservation],
    elsewhere: Collection[str] = (),
    today: dt.date | None = None,
) -> tuple[list[Indicator], list[Problem]]:
    """Each indicator with its observations in period order, and the problems.
    ``elsewhere`` are keys of indicators the measure file names but could not be read (an
    indicator with a shape error): an observation of one of them is not reported as of
    an unknown indicator."""
    by_key = {i.key: i for i in indicators}
    kept: dict[str, list[Observation]] = {i.key: [] for i in indicators}
    problems: list[Problem] = []
    # in period order, a longer period before a shorter one starting with it: a period
    # that overlaps one before it is the one reported
    ordered = sorted(
        found, key=lambda s: (s.entry.period.start, -s.entry.period.end, s.display)
    )
    for separate in ordered:
        entry = separate.entry
        add: _AddAt = partial(_add_at, problems, separate)
        if entry.date is not None and today is not None and entry.date > today + dt.timedelta(1):
            add("dato", message("date.future", date=entry.date), Level.WARNING)
        indicator = by_key.get(entry.indicator)
        if indicator is None:
            if entry.indicator not in elsewhere:
                hint = suggest(entry.indicator, sorted(by_key))
                known = ", ".join(by_key) or "–"
                add(
                    "indikator",
                    message(
                        "observation.unknown_indicator",
                        key=entry.indicator,
                        hint=hint,
                        allowed=known,
                    ),
                )
            continue
        expected = observation_name(entry.indicator, entry.period)
        if separate.path.name not in (expected, expected.removesuffix(".yaml") + ".yml"):
            folder = separate.display[: -len(separate.path.name)]
            add("indikator", message("observation.file_name_mismatch", expected=folder + expected))
        observation = _observation(indicator, separate, add)
        if observation is None:
            continue
        twice = next((o for o in kept[indicator.key] if o.period.overlaps(entry.period)), None)
        if twice is not None:
            add(
                "periode",
                message(
                    "observation.duplicate",
                    key=indicator.key,
                    period=entry.period.text,
                    other=twice.period.text,
                    where=twice.where,
                ),
            )
            continue
        kept[indicator.key].append(observation)
    attached = [
        i._replace(observations=tuple(sorted(kept[i.key], key=lambda o: o.period.position)))
        for i in indicators
    ]
    return attached, problems


def _observation(
    indicator: Indicator, separate: SeparateObservation, add: _AddAt
) -> Observation | None:
    entry = separate.entry
    unit = indicator.unit
    if unit is None:
        add("indikator", message("observation.no_unit", key=indicator.key))
        return None
    value = entry.value
    ok = True
    if unit is Unit.TEXT:
        if not isinstance(value, str) or not value.strip():
            add("verdi", message("observation.not_text", key=indicator.key))
            ok = False
        if entry.status is None:
            add("indikator", message("observation.need_status", key=indicator.key))
            ok = False
    else:
        if entry.status is not None:
            add("status", message("observation.status_not_allowed", unit=unit.value))
            ok = False
        if isinstance(value, bool) or not isinstance(value, int | float):
            shown = value if isinstance(value, str) else type(value).__name__
            add("verdi", message("observation.not_number", value=shown, unit=unit.value))
            return None
        if value != value or value in (float("inf"), float("-inf")):
            add("verdi", message("field.not_finite", key="verdi"))
            return None
        fault = value_fault(unit, value)
        if fault is not None:
            add("verdi", fault)
            ok = False
        baseline = indicator.baseline
        if baseline is not None and entry.period.position < baseline.period.position:
            before = message(
                "observation.before_baseline",
                period=entry.period.text,
                baseline=baseline.period.text,
            )
            add("periode", before)
            ok = False
    if not ok:
        return None
    return Observation(
        indicator.key,
        entry.period,
        value if isinstance(value, str) else float(value),
        entry.date,
        entry.source,
        entry.note,
        entry.status,
        separate.display,
    )
