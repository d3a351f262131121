"""Expected against observed, worked by hand (issue 12): the straight line from the
baseline through the targets read at the latest observation's period, the gap signed so
that positive is good, the status at the boundaries (exactly on the tolerance, a
lower-is-better indicator, no target, a stale observation, a qualitative indicator), the
trend, and periods. Each expected figure below is worked out in its comment."""

from __future__ import annotations

import datetime as dt

import pytest

from ho21score.core.followup import BETTER, SAME, WORSE, expected_at, follow, trend
from ho21score.core.indicators import (
    Direction,
    Indicator,
    Light,
    Milestone,
    Observation,
    Unit,
    indicator_key,
    parse_period,
)

TODAY = dt.date(2026, 11, 22)


def period(text: str):  # type: ignore[no-untyped-def]
    found = parse_period(text)
    assert found is not None, text
    return found


def at(value: float, text: str) -> Milestone:
    return Milestone(value, period(text))


def seen(text: str, value: float | str, status: Light | None = None) -> Observation:
    return Observation("i", period(text), value, None, None, None, status, f"i-{text}.yaml")


def indicator(
    *observed: Observation,
    baseline: Milestone | None = None,
    targets: tuple[Milestone, ...] = (),
    tolerance: float | None = None,
    direction: Direction = Direction.HIGHER,
    unit: Unit = Unit.PERCENT,
    stale_after: int = 24,
) -> Indicator:
    return Indicator(
        "i", "I", None, unit, direction, baseline, targets, tolerance, stale_after, observed
    )


# --- expected now ------------------------------------------------------------------------


def test_expected_is_read_on_the_line_from_baseline_to_target() -> None:
    # 12.5 in 2023 (at 2023.5) to 20 in 2027 (at 2027.5): 7.5 over 4 years; 2025 is at
    # 2025.5, half-way: 12.5 + 3.75 = 16.25
    ind = indicator(baseline=at(12.5, "2023"), targets=(at(20, "2027"),))
    assert expected_at(ind, period("2025").position) == pytest.approx(16.25)
    # 2025-H1 stands at 2025.25: 12.5 + 7.5 * 1.75 / 4 = 15.78125
    assert expected_at(ind, period("2025-H1").position) == pytest.approx(15.78125)


def test_several_targets_the_line_through_consecutive_targets_and_the_last_after() -> None:
    # 0 (2020) -> 10 (2022) -> 40 (2024): 2023 is half-way from 10 to 40: 25
    ind = indicator(baseline=at(0, "2020"), targets=(at(10, "2022"), at(40, "2024")))
    assert expected_at(ind, period("2021").position) == pytest.approx(5)
    assert expected_at(ind, period("2023").position) == pytest.approx(25)
    assert expected_at(ind, period("2024").position) == pytest.approx(40)
    assert expected_at(ind, period("2026").position) == pytest.approx(40)  # past the last
    assert expected_at(ind, period("2020").position) == pytest.approx(0)


def test_no_target_expects_the_baseline_to_hold_and_no_baseline_expects_nothing() -> None:
    ind = indicator(seen("2025", 48), baseline=at(50, "2023"))
    result = follow(ind, TODAY)
    # expected 50, observed 48: 2 behind; the default tolerance without a target is 0
    assert (result.expected, result.gap, result.light) == (50, -2, Light.RED)
    assert follow(ind._replace(observations=(seen("2025", 50),)), TODAY).light is Light.GREEN
    bare = follow(indicator(seen("2025", 48)), TODAY)
    assert (bare.expected, bare.gap, bare.light) == (None, None, Light.NONE)


# --- gap and status at the boundaries ----------------------------------------------------


@pytest.mark.parametrize(
    ("observed", "gap", "light"),
    [
        (16.5, 0.25, Light.GREEN),  # ahead of 16.25
        (16.25, 0.0, Light.GREEN),  # exactly on the line
        (16.0, -0.25, Light.AMBER),  # exactly on the tolerance of 0.25: still amber
        (15.99, -0.26, Light.RED),  # just beyond it
    ],
)
def test_status_at_the_tolerance(observed: float, gap: float, light: Light) -> None:
    ind = indicator(
        seen("2025", observed), baseline=at(12.5, "2023"), targets=(at(20, "2027"),),
        tolerance=0.25,
    )
    result = follow(ind, TODAY)
    assert result.expected == pytest.approx(16.25)
    assert result.gap == pytest.approx(gap)
    assert result.light is light


def test_decimals_on_the_tolerance_are_not_undone_by_rounding() -> None:
    # 15.3 - 14.8 is 0.5000000000000018 in binary; as written it is 0.5, the tolerance
    ind = indicator(seen("2024", 14.8), baseline=at(15.3, "2023"), tolerance=0.5)
    assert follow(ind, TODAY).light is Light.AMBER


@pytest.mark.parametrize(
    ("observed", "gap", "light"),
    [(24, 1, Light.GREEN), (25, 0, Light.GREEN), (26, -1, Light.AMBER), (26.5, -1.5, Light.RED)],
)
def test_lower_is_better(observed: float, gap: float, light: Light) -> None:
    # 30 (2022) down to 20 (2026): 2024 is half-way, 25 expected; below that is good
    ind = indicator(
        seen("2024", observed), baseline=at(30, "2022"), targets=(at(20, "2026"),),
        tolerance=1, direction=Direction.LOWER, unit=Unit.COUNT,
    )
    result = follow(ind, TODAY)
    assert (result.expected, result.gap, result.light) == (25, gap, light)


def test_default_tolerance_is_a_tenth_of_the_planned_change() -> None:
    # 40 (2022) to 70 (2027): a change of 30, so 3; 2025 expects 58
    base = {"baseline": at(40, "2022"), "targets": (at(70, "2027"),), "unit": Unit.COUNT}
    assert indicator(**base).allowed_tolerance == pytest.approx(3)  # type: ignore[arg-type]
    assert follow(indicator(seen("2025", 55), **base), TODAY).light is Light.AMBER  # type: ignore[arg-type]
    assert follow(indicator(seen("2025", 54.9), **base), TODAY).light is Light.RED  # type: ignore[arg-type]


def test_a_stale_observation_is_grey_but_keeps_its_figures() -> None:
    # 2022 ends with December 2022; 24 months later, on 2025-01-01, it is no longer current
    ind = indicator(seen("2022", 20), baseline=at(10, "2021"), targets=(at(30, "2023"),))
    assert follow(ind, dt.date(2024, 12, 31)).light is Light.GREEN
    stale = follow(ind, dt.date(2025, 1, 1))
    assert (stale.light, stale.current, stale.expected, stale.gap) == (Light.GREY, False, 20, 0)
    assert follow(ind._replace(stale_after=36), dt.date(2025, 1, 1)).light is Light.GREEN
    assert follow(indicator(baseline=at(10, "2021")), TODAY).light is Light.GREY  # none at all


def test_a_qualitative_indicator_has_its_status_by_hand_grey_when_stale() -> None:
    ind = indicator(
        seen("2024", "Startet", Light.GREEN), seen("2025", "Forsinket", Light.AMBER),
        unit=Unit.TEXT,
    )
    result = follow(ind, TODAY)
    assert (result.light, result.expected, result.gap, result.sparkline) == (
        Light.AMBER, None, None, ""
    )
    assert follow(ind, dt.date(2028, 1, 1)).light is Light.GREY


# --- trend -------------------------------------------------------------------------------


def test_trend_sparkline_and_arrow_judged_by_the_direction() -> None:
    # eight steps from lowest (▁) to highest (█); the middle, 3.5 steps up, rounds to ▅
    assert trend([1, 2, 3], Direction.HIGHER) == ("▁▅█", BETTER)
    assert trend([3, 2, 1], Direction.HIGHER) == ("█▅▁", WORSE)
    assert trend([3, 2, 1], Direction.LOWER) == ("█▅▁", BETTER)  # falling is good here
    assert trend([5, 5], Direction.LOWER) == ("▄▄", SAME)
    assert trend([7], Direction.HIGHER) == ("▄", "")
    assert trend([], Direction.HIGHER) == ("", "")
    assert trend([0, 7, 1, 6], Direction.HIGHER) == ("▁█▂▇", BETTER)


# --- periods and keys --------------------------------------------------------------------


def test_periods_stand_at_their_middle_and_overlap_as_spans_of_months() -> None:
    assert period("2025").position == 2025.5
    assert period("2025-H1").position == 2025.25
    assert period("2025-Q3").position == 2025.625
    assert period("2025-06").position == pytest.approx(2025 + 5.5 / 12)
    assert parse_period(2025) == period("2025")
    assert period("2025").overlaps(period("2025-H2"))
    assert period("2025-Q2").overlaps(period("2025-H1"))
    assert not period("2025-H1").overlaps(period("2025-07"))
    assert period("2025-H2").current_until(24) == dt.date(2028, 1, 1)
    for bad in ("2025-13", "2025-Q5", "2025-H3", "25", "2025-6", "0000", True, 2025.0, None):
        assert parse_period(bad) is None, bad


def test_an_indicator_key_is_made_from_its_name() -> None:
    assert indicator_key("Antall doktorgrader i kommunene") == "antall-doktorgrader-i-kommunene"
    assert indicator_key("Andel pasienter – «Åpen» tilgang (%)") == "andel-pasienter-apen-tilgang"
    assert indicator_key("Midler til forskning i de kommunale helse- og omsorgstjenestene") == (
        "midler-til-forskning-i-de-kommunale"
    )
