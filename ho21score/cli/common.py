"""What every command shares: the common options, loading, printing problems."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from typer._click.core import ParameterSource  # typer 0.28 vendors click

from ho21score.cli.dates import DayParam
from ho21score.cli.exitcode import ExitCode
from ho21score.core.criteria import Criteria
from ho21score.core.raters import Roster
from ho21score.core.vocabulary import PHASES, Phase
from ho21score.files.criteria_file import load_criteria
from ho21score.files.repository import Repository, default_roster, load_repository
from ho21score.i18n import (
    LANGUAGES,
    join_or,
    language,
    language_named,
    message,
    set_language,
    tr,
)
from ho21score.problems import InputError, Problem
from ho21score.render.problems import text_lines
from ho21score.render.table import Table, plain

if TYPE_CHECKING:
    from ho21score.core.changes import Changes


def _set_lang(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str:
    """--lang as given (``no``, ``nn``… read as bokmål). The run's language is settled
    before parsing, from the command line or the environment (cli/language.py): a value
    from the environment was checked there, where the command line may override it."""
    if value is None or ctx.get_parameter_source(param.name or "") is ParameterSource.ENVIRONMENT:
        return language()
    named = language_named(value)
    if named is None:
        raise typer.BadParameter(tr("lang.bad_value", value=value, allowed=", ".join(LANGUAGES)))
    set_language(named[0])
    return named[0]


MeasuresOpt = Annotated[
    Path, typer.Option("--measures", show_default=True)
]
CriteriaOpt = Annotated[Path, typer.Option("--criteria", show_default=True)]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang", envvar="HO21SCORE_LANG", is_eager=True, callback=_set_lang, metavar="<nb|en>"
    ),
]
RatersOpt = Annotated[
    Path | None,
    typer.Option("--raters"),
]
PhaseOpt = Annotated[
    list[str] | None, typer.Option("--phase")
]
DEFAULT_MEASURES = Path("measures")
DEFAULT_CRITERIA = Path("criteria.yaml")


def err(text: str) -> None:
    typer.echo(text, err=True)


def usage_error(message: str) -> NoReturn:
    err(tr("cli.error", message=message))
    raise typer.Exit(ExitCode.USAGE)


def chosen_phases(phase: list[str] | None) -> list[Phase]:
    """--phase, each checked (exit 2 naming the phases allowed)."""
    for p in phase or []:
        if p not in PHASES:
            usage_error(tr("cli.bad_phase", phase=p, allowed=", ".join(PHASES)))
    return [Phase(p) for p in phase or []]


def open_repository(measures: Path, criteria: Path, raters: Path | None = None) -> Repository:
    return load_repository(
        measures_folder(measures), criteria_file(criteria), roster_file(raters, criteria)
    )


def roster_file(raters: Path | None, criteria: Path) -> Path | None:
    """--raters, else vurderere.yaml beside the criteria file if there is one."""
    if raters is None:
        return default_roster(criteria)
    if not raters.is_file():
        usage_error(tr("cli.no_roster", path=raters))
    return raters


def criteria_file(criteria: Path) -> Path:
    if not criteria.is_file():
        usage_error(tr("cli.no_criteria", path=criteria))
    return criteria


def report_problems(problems: list[Problem]) -> None:
    """Problems to stderr, for the commands whose stdout is something else."""
    for line in text_lines(problems):
        err(line)


def finish(repo: Repository) -> None:
    """Exit 1 if any file had errors (they were printed), else return."""
    if any(p.is_error for p in repo.problems):
        raise typer.Exit(ExitCode.INPUT_ERRORS)


def usable(repo: Repository) -> Repository:
    """Stop with exit 1 when the criteria themselves are unusable."""
    if repo.criteria is None:
        report_problems(repo.problems)
        err(tr("cli.criteria_unusable"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return repo


def is_terminal() -> bool:
    """Whether tables are drawn for a terminal (with rich, fitted to its width): when
    stdout is one, or always with ``HO21SCORE_TERMINAL=1`` (never with ``=0``), so that a
    test or a pager gets the terminal's tables at the width ``COLUMNS`` gives."""
    import os

    forced = os.environ.get("HO21SCORE_TERMINAL", "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    return sys.stdout.isatty()


def print_table(data: Table, title: str | None = None) -> list[str]:
    """The table on stdout: fitted to a terminal, else as plain aligned text. Returns the
    headers of the columns a narrow terminal left out (``data.drop``), for a note."""
    if is_terminal():
        from rich.console import Console

        from ho21score.render.fit import fit_table
        from ho21score.render.terminal import rich_table

        console = Console()
        fitted = fit_table(data, console.width)
        console.print(rich_table(fitted, title))
        return fitted.left_out
    if title:
        typer.echo(title + "\n")
    typer.echo(plain(data), nl=False)
    return []


def input_error(exc: InputError) -> NoReturn:
    """Print a refusal and its problems; exit 1."""
    err(tr("cli.error", message=exc.message))
    report_problems(exc.problems)
    raise typer.Exit(ExitCode.INPUT_ERRORS)


def load_criteria_only(criteria: Path) -> Criteria:
    """The criteria, for commands that do not need every measure read."""
    loaded, problems = load_criteria(criteria_file(criteria))
    if loaded is None:
        report_problems(problems)
        err(tr("cli.criteria_unusable"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return loaded


def resolve_id(folder: Path, ident: str) -> str:
    """The id of the measure that ``ident`` names in ``folder``: the id itself, or the one
    id it is the start of. Refused (``InputError``) naming every id it could be, or every
    close one."""
    import difflib

    from ho21score.files.source import measure_id, measure_paths

    ids = sorted(measure_id(p) for p in measure_paths(folder) if p.suffix == ".yaml")
    wanted = ident.strip().lower()
    if wanted in ids:
        return wanted
    starting = [i for i in ids if i.startswith(wanted)] if wanted else []
    if len(starting) == 1:
        return starting[0]
    if starting:
        raise InputError(message("cli.ambiguous_id", id=ident, ids=_quoted_list(starting)))
    close = difflib.get_close_matches(wanted, ids, n=len(ids) or 1, cutoff=0.6)
    if len(wanted) >= 3:
        close += [i for i in ids if wanted in i and i not in close]
    if len(close) == 1:
        hint = tr("hint.did_you_mean", word=close[0])
    else:
        hint = tr("hint.did_you_mean_any", words=_quoted_list(close)) if close else ""
    raise InputError(message("cli.unknown_id", id=ident, hint=hint))


def _quoted_list(words: list[str]) -> str:
    return join_or([tr("word.quoted", word=w) for w in words])


def measures_folder(measures: Path) -> Path:
    if not measures.is_dir():
        usage_error(tr("cli.no_measures_dir", path=measures))
    return measures


DateOpt = Annotated[
    dt.datetime | None,
    typer.Option("--date", click_type=DayParam()),
]

SinceOpt = Annotated[
    str | None,
    typer.Option("--since"),
]


def compare_with(
    since: str, measures: Path, criteria: Path, now: Repository, raters: Path | None = None
) -> Changes:
    """What changed since the git ref ``since``; exit 2 if git cannot read it."""
    from ho21score.core.changes import compare
    from ho21score.core.ranking import build_ranking
    from ho21score.files.git import GitError, snapshot_at

    try:
        old = snapshot_at(since, measures, criteria, roster_file(raters, criteria))
    except (GitError, ValueError) as exc:
        usage_error(tr("git.failed", ref=since, reason=exc))
    return compare(
        since,
        old.measures,
        now.measures,
        build_ranking(old.measures),
        build_ranking(now.measures),
        now.broken_ids(),
        old.broken_ids(),
    )


def recorded_day(date: dt.datetime | None) -> dt.date:
    """--date, else today; a date more than a day ahead is refused (exit 1): recorded once,
    it would put every later decision out of date order."""
    from ho21score.files.measure_file import is_ahead

    day = date.date() if date else dt.date.today()
    if is_ahead(day):
        err(tr("cli.error", message=tr("edit.date_ahead", date=day.isoformat())))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return day


YES = ("j", "ja", "y", "yes")
NO = ("n", "nei", "no")


def ask_yes_no(question: str, default: bool) -> bool:
    """Ask until the answer is yes or no (in either language); Enter takes ``default``."""
    while True:
        word = typer.prompt(question, default="", show_default=False).strip().casefold()
        if not word:
            return default
        if word in YES or word in NO:
            return word in YES
        typer.echo(tr("score.confirm_again"))


def roster_or_exit(raters: Path | None, criteria: Path) -> Roster | None:
    """The roster for commands that edit (--raters, else vurderere.yaml beside the
    criteria); exit 1 with its problems if it cannot be used."""
    from ho21score.files.raters import load_roster

    path = roster_file(raters, criteria)
    if path is None:
        return None
    roster, problems = load_roster(path)
    if roster is None:
        report_problems(problems)
        err(tr("cli.roster_unusable"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return roster


def text_fault(text: str) -> str | None:
    """Why ``text`` cannot go into a file: a character refused in any value (a control or
    bidirectional character), or one that is not text at all; None if it can."""
    from ho21score.files.yamlchars import unsafe_character

    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return tr("cli.not_text")
    char = unsafe_character(text.replace("\n", " ").replace("\t", " "))
    return None if char is None else tr("cli.bad_character", code=f"U+{ord(char):04X}")


def checked_text(text: str | None, option: str) -> str | None:
    """``text`` from an option, or a usage error (exit 2) that says what is wrong."""
    if text is None:
        return None
    fault = text_fault(text)
    if fault is not None:
        usage_error(tr("cli.bad_option_text", option=option, reason=fault))
    return text
