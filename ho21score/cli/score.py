"""ho21score score ID: record one rater's ratings for a round."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from typing import TYPE_CHECKING, Annotated, Any

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
    err,
    input_error,
    load_criteria_only,
    measures_folder,
    recorded_day,
    report_problems,
    resolve_id,
    roster_or_exit,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.cli.prompt import ask, short_line
from ho21score.core.criteria import Criteria
from ho21score.files.scores import level_case, read_pairs
from ho21score.i18n import message, tr
from ho21score.problems import InputError

if TYPE_CHECKING:
    from ho21score.core.delphi import GroupView
    from ho21score.files.recording import Target



def score(
    ident: Annotated[str, typer.Argument(metavar="ID")],
    pairs: Annotated[
        list[str] | None,
        typer.Argument(metavar="[KEY=VALUE]..."),
    ] = None,
    rater: Annotated[str, typer.Option("--rater")] = "",
    round_: Annotated[
        int | None, typer.Option("--round", min=1)
    ] = None,
    date: DateOpt = None,
    comment: Annotated[str | None, typer.Option("--comment")] = None,
    replace: Annotated[
        bool,
        typer.Option("--replace"),
    ] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record one rater's scores for a round (asks part by part in a terminal)."""
    from ho21score.files.rating_checks import rating_slot
    from ho21score.files.recording import editing, open_measure

    rater = checked_text(rater, "--rater") or ""
    comment = checked_text(comment, "--comment")
    rater = rater.strip()
    if not rater:
        raise typer.BadParameter(tr("score.need_rater"), param_hint="--rater")
    crit = load_criteria_only(criteria)
    roster = roster_or_exit(raters, criteria)
    folder = measures_folder(measures)
    day = recorded_day(date)
    try:
        ident = resolve_id(folder, ident)
    except InputError as exc:
        input_error(exc)
    values: dict[str, Any] | None = None
    if not pairs and (interactive or sys.stdin.isatty()):
        # ask before taking the lock (answers take minutes), after every refusal that
        # could be made now, so that no answer is given in vain
        try:
            preview = open_measure(folder, ident, crit, roster)
            round_, _ = rating_slot(preview, rater, round_, replace)
        except InputError as exc:
            input_error(exc)
        views = _views(preview, rater, round_, crit) if round_ > 1 else None
        values, comment = ask(preview.measure.title, rater, crit, round_, day, comment, views)
    try:
        with editing(folder):
            target = open_measure(folder, ident, crit, roster)
            chosen_round, index = rating_slot(target, rater, round_, replace)
            if values is None:
                values = _from_pairs(pairs, crit)
            if not values:
                raise InputError(message("score.nothing"))
            if index is not None:
                _replace(target, index, values, crit, date, comment, rater, chosen_round)
                return
            _record(target, values, crit, day, comment, rater, chosen_round)
    except InputError as exc:
        if values and not pairs:  # answers given at the prompt: keep them for another try
            err(tr("score.answers", command=_as_command(ident, rater, round_, values, comment)))
        input_error(exc)


def _from_pairs(pairs: list[str] | None, criteria: Criteria) -> dict[str, Any]:
    if not pairs:
        raise InputError(message("score.need_pairs"))
    values, problems = read_pairs([level_case(p, criteria) for p in pairs], criteria)
    if problems:
        for problem in problems:
            err(tr("cli.error", message=problem))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return values


def _record(
    target: Target,
    values: dict[str, Any],
    crit: Criteria,
    day: dt.date,
    comment: str | None,
    rater: str,
    round_: int,
) -> None:
    from ho21score.files.rating_file_edits import record_rating

    written, shown = record_rating(target, rater, round_, values, crit, day, comment)
    typer.echo(tr("score.done", rater=rater, round=round_, path=shown))
    report_problems(list(written.warnings))


def _replace(
    target: Target,
    index: int,
    values: dict[str, Any],
    crit: Criteria,
    date: dt.datetime | None,
    comment: str | None,
    rater: str,
    round_: int,
) -> None:
    from ho21score.files.rating_file_edits import replace_rating

    day = date.date() if date else None
    written, changes, shown = replace_rating(target, index, values, crit, day, comment or None)
    typer.echo(tr("score.changed", rater=rater, round=round_, path=shown))
    for change in changes:
        old = "–" if change.old is None else short_line(change.old)
        typer.echo(tr("score.change", key=change.key, old=old, new=short_line(change.new)))
    report_problems(list(written.warnings))


def _as_command(
    ident: str, rater: str, round_: int | None, values: dict[str, Any], comment: str | None
) -> str:
    words = ["ho21score", "score", ident, "--rater", rater]
    if round_ is not None:
        words += ["--round", str(round_)]
    if comment:
        words += ["--comment", comment]
    words += [f"{key}={value}" for key, value in values.items()]
    return shlex.join(words)


def _views(target: Target, rater: str, round_: int, crit: Criteria) -> dict[str, GroupView]:
    """What the prompt shows of each part in a later round: the group's answers before the
    round, and the rater's own."""
    from ho21score.core.delphi import group_view
    from ho21score.files.rating_checks import rater_identity

    who = rater_identity(rater, target.roster)
    ratings = target.measure.ratings
    views = {p.key: group_view(p, ratings, round_, who, crit) for p in crit.parts}
    agreed = target.measure.evaluation.agreed
    return {k: v._replace(flagged=v.flagged and k not in agreed) for k, v in views.items()}
