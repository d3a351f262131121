"""The one date rule of `status` and `report`: the day the board and the report are "pr".

``--date``, else ``SOURCE_DATE_EPOCH``, else the day of the last commit that changed the
measures or the criteria, else today (no git, or uncommitted changes to them, which no
commit dates). So the same commit gives the same date, and so the same report, whoever
runs it when; and an edit not yet committed is shown as of today.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from ho21score.cli.common import usage_error
from ho21score.cli.dates import DayParam
from ho21score.i18n import tr

# one option, one help text (``help.option.as_of``) for both commands
AsOfOpt = Annotated[
    dt.datetime | None,
    typer.Option("--date", click_type=DayParam()),
]


def as_of_day(date: dt.datetime | None, measures: Path, criteria: Path) -> dt.date:
    if date is not None:
        return date.date()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            usage_error(tr("report.bad_epoch", value=epoch))
    from ho21score.files.git import GitError, last_commit_date, relative, toplevel, uncommitted

    try:
        root = toplevel(measures)
        paths = [relative(measures, root), relative(criteria, root)]
        last = None if uncommitted(root, paths) else last_commit_date(root, paths)
    except (GitError, ValueError):
        last = None
    return last or dt.date.today()
