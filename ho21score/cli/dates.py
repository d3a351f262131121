"""Dates on the command line, read as people write them: ``2026-12-01`` or ``1.12.2026``
(``01.12.2026``), the form the tool itself prints."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from typer._click.core import Context, Parameter
from typer._click.types import ParamType

from ho21score.i18n import tr

ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\Z")
NORWEGIAN = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\Z")


def read_day(text: str) -> dt.date | None:
    """The day ``text`` names in either form, or None."""
    found = ISO.match(text.strip()) or NORWEGIAN.match(text.strip())
    if found is None:
        return None
    try:
        return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:  # 31.02.2026
        return None


class DayParam(ParamType):
    """``--date``: a day at midnight (a datetime, as the commands take it); a usage error
    that names both forms otherwise."""

    name = "date"

    def convert(self, value: Any, param: Parameter | None, ctx: Context | None) -> Any:
        if isinstance(value, dt.datetime):
            return value
        day = read_day(str(value))
        if day is None:
            self.fail(tr("cli.bad_date", value=value), param, ctx)
        return dt.datetime(day.year, day.month, day.day)
