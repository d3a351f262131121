"""Expected against observed: for each indicator, the value expected at its latest
observation, the gap, a status and a trend (docs/file-formats.md §3). Pure: the date of
today is given.

- Expected: the straight line from the baseline through each target in turn, read at
  the latest observation's period; before the baseline the baseline, past the last
  target the last target; with no target, the baseline (hold what there is).
- Gap: observed − expected, signed so that positive is good: for a lower-is-better
  indicator, expected − observed.
- Status: green at or above the expected value (gap ≥ 0), amber behind by at most the
  tolerance (exactly on it is amber), red beyond; grey when no observation is current
  (its period ended ``stale_after`` months ago or more) or there is none; ``ingen`` when
  a current number has no baseline to be judged by. A qualitative indicator has the
  status set by hand on its latest observation, grey when that is not current.
- Trend: a sparkline of the numbers in period order, and an arrow from the last but one
  to the last judged by the direction: ↗ better, ↘ worse, → unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ho21score.core.indicators import Direction, Indicator, Light, Observation, Unit

SPARKS = "▁▂▃▄▅▆▇█"
BETTER, WORSE, SAME = "↗", "↘", "→"
_CLOSE = 1e-9  # relative: 15.3 - 14.8 is 0.5 as written, not 0.5000000000000018


class Followup(NamedTuple):
    indicator: Indicator
    expected: float | None  # at the latest observation's period
    latest: Observation | None
    gap: float | None  # positive is good
    light: Light
    current: bool  # the latest observation is newer than the staleness limit
    sparkline: str
    arrow: str  # BETTER, WORSE, SAME, or "" with fewer than two numbers


def expected_at(indicator: Indicator, at: float) -> float | None:
    """The value expected at ``at`` (in years), or None without a baseline."""
    if indicator.baseline is None:
        return None
    points = [indicator.baseline, *indicator.targets]
    if at <= points[0].period.position:
        return points[0].value
    for before, after in zip(points, points[1:], strict=False):
        end = after.period.position
        if at <= end:
            start = before.period.position
            share = (at - start) / (end - start)
            return before.value + share * (after.value - before.value)
    return points[-1].value


def signed_gap(direction: Direction, observed: float, expected: float) -> float:
    """observed − expected, positive when that is good."""
    gap = observed - expected
    return gap if direction is Direction.HIGHER else -gap


def judge(gap: float, tolerance: float, scale: float) -> Light:
    """Green, amber or red for a gap (positive good); ``scale`` is the size of the values
    compared, so that a rounding error of the decimal values never changes a colour."""
    slack = _CLOSE * max(1.0, abs(scale))
    if gap >= -slack:
        return Light.GREEN
    if gap >= -tolerance - slack:
        return Light.AMBER
    return Light.RED


def is_current(indicator: Indicator, observation: Observation, today: dt.date) -> bool:
    return today < observation.period.current_until(indicator.stale_after)


def follow(indicator: Indicator, today: dt.date) -> Followup:
    """The indicator judged on ``today``."""
    latest = indicator.observations[-1] if indicator.observations else None
    current = latest is not None and is_current(indicator, latest, today)
    numbers = [o.value for o in indicator.observations if isinstance(o.value, int | float)]
    line, arrow = trend(numbers, indicator.direction)
    if latest is None or not current:
        expected = gap = None
        if latest is not None and not isinstance(latest.value, str):
            expected = expected_at(indicator, latest.period.position)
            if expected is not None:
                gap = signed_gap(indicator.direction, latest.value, expected)
        return Followup(indicator, expected, latest, gap, Light.GREY, False, line, arrow)
    if indicator.unit is Unit.TEXT or not isinstance(latest.value, int | float):
        light = latest.status or Light.NONE
        return Followup(indicator, None, latest, None, light, True, line, arrow)
    expected = expected_at(indicator, latest.period.position)
    if expected is None:
        return Followup(indicator, None, latest, None, Light.NONE, True, line, arrow)
    gap = signed_gap(indicator.direction, latest.value, expected)
    scale = max(abs(latest.value), abs(expected))
    light = judge(gap, indicator.allowed_tolerance, scale)
    return Followup(indicator, expected, latest, gap, light, True, line, arrow)


def trend(numbers: list[float], direction: Direction) -> tuple[str, str]:
    """A sparkline of ``numbers`` (lowest ▁, highest █) and the arrow of the last step."""
    if not numbers:
        return "", ""
    low, high = min(numbers), max(numbers)
    slack = _CLOSE * max(1.0, abs(low), abs(high))
    if high - low <= slack:
        line = SPARKS[3] * len(numbers)
    else:
        top = len(SPARKS) - 1
        line = "".join(SPARKS[round((n - low) / (high - low) * top)] for n in numbers)
    if len(numbers) < 2:
        return line, ""
    step = numbers[-1] - numbers[-2]
    if abs(step) <= slack:
        return line, SAME
    better = step > 0 if direction is Direction.HIGHER else step < 0
    return line, BETTER if better else WORSE


def follow_all(indicators: tuple[Indicator, ...], today: dt.date) -> list[Followup]:
    return [follow(i, today) for i in indicators]


def needs_attention(followups: list[Followup]) -> bool:
    """Some indicator is red, or has no current observation."""
    return any(f.light in (Light.RED, Light.GREY) for f in followups)
