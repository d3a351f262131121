"""A measure's indicators with what the council expects of them, and the values observed,
as plain records (docs/file-formats.md §3). Judging them is ``followup``.

A period is a year (``2025``), a half (``2025-H1``), a quarter (``2025-Q3``) or a month
(``2025-06``). It stands on the time line at its middle, counted in years, so that one
year is one step whatever the granularity: ``2025`` at 2025.5, ``2025-H1`` at 2025.25.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import NamedTuple

from ho21score.i18n import Message, message

# months after the end of an observation's period before it no longer counts as current
DEFAULT_STALE_MONTHS = 24
# the default tolerance: this share of the whole planned change, baseline to last target
DEFAULT_TOLERANCE_SHARE = 0.1
KEY_LENGTH = 40  # characters of an indicator's key made from its name

_PERIOD = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])))?\Z"
)
_NOT_KEY = re.compile(r"[^a-z0-9]+")
INDICATOR_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


class Unit(StrEnum):
    COUNT = "antall"
    PERCENT = "prosent"
    KRONER = "kroner"
    TEXT = "tekst"


class Direction(StrEnum):
    HIGHER = "høyere"  # higher is better
    LOWER = "lavere"  # lower is better


class Light(StrEnum):
    """An indicator's status. The first three are also the hand-set statuses of a
    qualitative indicator, spelt as in the files."""

    GREEN = "grønn"  # on track: at or better than expected
    AMBER = "gul"  # behind by at most the tolerance
    RED = "rød"  # behind by more than the tolerance
    GREY = "grå"  # no current observation (none at all, or older than the limit)
    NONE = "ingen"  # a current observation, but no expectation to hold it against


UNITS: tuple[Unit, ...] = tuple(Unit)
DIRECTIONS: tuple[Direction, ...] = tuple(Direction)
HAND_SET: tuple[Light, ...] = (Light.GREEN, Light.AMBER, Light.RED)


class Period(NamedTuple):
    """A period as written, and its months: ``start`` and ``end`` (exclusive) counted
    from January of year 0."""

    text: str
    start: int
    end: int

    @property
    def position(self) -> float:
        """The middle of the period, in years."""
        return (self.start + self.end) / 24

    def overlaps(self, other: Period) -> bool:
        return self.start < other.end and other.start < self.end

    def current_until(self, months: int) -> dt.date:
        """The first day on which an observation of this period is ``months`` old (the
        last day there is, for a period or a limit so far ahead that no date reaches it)."""
        month = self.end + months
        if month // 12 > dt.MAXYEAR:
            return dt.date.max
        return dt.date(month // 12, month % 12 + 1, 1)


def parse_period(value: object) -> Period | None:
    """The period ``value`` names (a year as a number or text, ``2025-H1``, ``2025-Q3``,
    ``2025-06``), or None."""
    if isinstance(value, bool):
        return None
    text = str(value) if isinstance(value, int) else value
    if not isinstance(text, str):
        return None
    found = _PERIOD.match(text)
    if found is None or found["year"] == "0000":
        return None
    year = int(found["year"]) * 12
    if found["half"]:
        start, length = year + 6 * (int(found["half"]) - 1), 6
    elif found["quarter"]:
        start, length = year + 3 * (int(found["quarter"]) - 1), 3
    elif found["month"]:
        start, length = year + int(found["month"]) - 1, 1
    else:
        start, length = year, 12
    return Period(text, start, start + length)


def indicator_key(name: str) -> str:
    """An indicator's key made from its name: lowercase letters a–z, digits and hyphens,
    cut at a word boundary to ``KEY_LENGTH`` characters (``Andel prosjekter med
    brukermedvirkning`` -> ``andel-prosjekter-med-brukermedvirkning``)."""
    text = name.casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w for w in _NOT_KEY.split(text) if w]
    key = ""
    for word in words:
        longer = f"{key}-{word}" if key else word
        if len(longer) > KEY_LENGTH:
            break
        key = longer
    return key or (words[0][:KEY_LENGTH] if words else "indikator")


class Milestone(NamedTuple):
    """A value at a period: the baseline, or a target."""

    value: float
    period: Period


class Observation(NamedTuple):
    """One observed value of one indicator for one period, as recorded."""

    indicator: str  # the indicator's key
    period: Period
    value: float | str  # a number, or a text for a qualitative indicator
    date: dt.date | None  # when it was observed or published
    source: str | None
    note: str | None
    status: Light | None  # hand-set, qualitative indicators only
    where: str  # the file it is written in, for people


class Indicator(NamedTuple):
    key: str
    name: str
    source: str | None
    unit: Unit | None  # None: the old shape, a name and a link, followed by no numbers
    direction: Direction = Direction.HIGHER
    baseline: Milestone | None = None
    targets: tuple[Milestone, ...] = ()
    tolerance: float | None = None  # in the indicator's unit; None: the default share
    stale_after: int = DEFAULT_STALE_MONTHS  # months
    observations: tuple[Observation, ...] = ()  # in period order

    @property
    def numeric(self) -> bool:
        return self.unit is not None and self.unit is not Unit.TEXT

    @property
    def allowed_tolerance(self) -> float:
        """How far behind the expected value still counts as amber."""
        if self.tolerance is not None:
            return self.tolerance
        if self.baseline is None or not self.targets:
            return 0.0
        return abs(self.targets[-1].value - self.baseline.value) * DEFAULT_TOLERANCE_SHARE


def value_fault(unit: Unit, value: float) -> Message | None:
    """Why ``value`` cannot be a number of ``unit``, or None."""
    shown = plain_number(value)
    if unit is Unit.PERCENT and not 0 <= value <= 100:
        return message("indicator.percent_range", value=shown)
    if unit in (Unit.COUNT, Unit.KRONER) and value < 0:
        return message("indicator.negative", value=shown, unit=unit.value)
    return None


def plain_number(value: float) -> str:
    """A number as in a file: ``12``, ``12.5``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
