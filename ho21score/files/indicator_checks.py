"""A measure file's indicators checked into ``Indicator`` records: each key once, numbers
only with a unit and in its range, a target only after a baseline and after the target
before it (docs/file-formats.md §3). Every problem at its place in the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ho21score.core.indicators import (
    DEFAULT_STALE_MONTHS,
    INDICATOR_KEY,
    Direction,
    Indicator,
    Milestone,
    Unit,
    indicator_key,
    value_fault,
)
from ho21score.files.schema import IndicatorFile, PointFile
from ho21score.files.yamlread import KeyPath
from ho21score.i18n import Message, message
from ho21score.problems import Level

AddProblem = Callable[[KeyPath, bool, Message, Level], None]
INDICATORS = "indikatorer"


def read_indicators(
    entries: Sequence[IndicatorFile], add: AddProblem, lines: Callable[[KeyPath], int]
) -> list[Indicator]:
    """The indicators of a measure file; ``lines`` gives the line of a path, so that a
    key used twice names where it was first."""
    found: list[Indicator] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(entries):
        base: KeyPath = (INDICATORS, index)
        ident = _ident(entry, base, add)
        if ident in first:
            twice = message("indicator.duplicate_key", key=ident, line=first[ident])
            add((*base, "nøkkel" if entry.ident else "navn"), False, twice, Level.ERROR)
        first.setdefault(ident, lines(base))
        baseline, targets = _expectations(entry, base, add)
        found.append(
            Indicator(
                key=ident,
                name=entry.name,
                source=entry.source,
                unit=entry.unit,
                direction=entry.direction or Direction.HIGHER,
                baseline=baseline,
                targets=targets,
                tolerance=entry.tolerance,
                stale_after=entry.stale_after or DEFAULT_STALE_MONTHS,
            )
        )
    return found


def _ident(entry: IndicatorFile, base: KeyPath, add: AddProblem) -> str:
    if entry.ident is None:
        return indicator_key(entry.name)
    if not INDICATOR_KEY.match(entry.ident):
        add((*base, "nøkkel"), False, message("indicator.bad_key", key=entry.ident), Level.ERROR)
    return entry.ident


def _expectations(
    entry: IndicatorFile, base: KeyPath, add: AddProblem
) -> tuple[Milestone | None, tuple[Milestone, ...]]:
    numbers = {
        "utgangspunkt": entry.baseline is not None,
        "mål": bool(entry.targets),
        "toleranse": entry.tolerance is not None,
        "retning": entry.direction is not None,
    }
    if entry.unit is None or entry.unit is Unit.TEXT:
        for name, given in numbers.items():
            if given:
                what = (
                    message("indicator.needs_unit", key=name)
                    if entry.unit is None
                    else message("indicator.text_numbers", key=name)
                )
                add((*base, name), True, what, Level.ERROR)
        return None, ()
    unit = entry.unit
    baseline = _checked_point(entry.baseline, (*base, "utgangspunkt"), unit, add)
    targets: list[Milestone] = []
    if entry.targets and entry.baseline is None:
        add((*base, "mål"), True, message("indicator.target_without_baseline"), Level.ERROR)
    for number, target in enumerate(entry.targets):
        path = (*base, "mål", number)
        point = _checked_point(target, path, unit, add)
        if point is None:
            continue
        if baseline is not None and point.period.position <= baseline.period.position:
            before = message(
                "indicator.target_before_baseline",
                period=point.period.text,
                baseline=baseline.period.text,
            )
            add((*path, "periode"), False, before, Level.ERROR)
            continue
        if targets and point.period.position <= targets[-1].period.position:
            order = message(
                "indicator.target_order", period=point.period.text, previous=targets[-1].period.text
            )
            add((*path, "periode"), False, order, Level.ERROR)
            continue
        targets.append(point)
    return baseline, tuple(targets)


def _checked_point(
    found: PointFile | None, path: KeyPath, unit: Unit, add: AddProblem
) -> Milestone | None:
    if found is None:
        return None
    fault = value_fault(unit, found.value)
    if fault is not None:
        add((*path, "verdi"), False, fault, Level.ERROR)
        return None
    return Milestone(found.value, found.period)
