"""ho21score score ID: record one rater's ratings for a round."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from ho21score.cli.common import (
    DEFAULT_CRITERIA,
    DEFAULT_MEASURES,
    CriteriaOpt,
    DateOpt,
    LangOpt,
    MeasuresOpt,
    err,
    input_error,
    load_criteria_only,
    measures_folder,
)
from ho21score.cli.exitcode import ExitCode
from ho21score.core.criteria import Criteria, Part
from ho21score.files.scores import ScoreError, parse_score, poeng_block, read_pairs, word_value
from ho21score.i18n import join_or, message, tr
from ho21score.problems import InputError


def score(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The measure's id.")],
    pairs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[KEY=VALUE]...",
            help="Scores: criterion.part=4, criterion=4 (a whole criterion) or a level name "
            "(potensiale.tidshorisont=kort).",
        ),
    ] = None,
    rater: Annotated[str, typer.Option("--rater", help="Who rates.")] = "",
    round_: Annotated[
        int | None, typer.Option("--round", min=1, help="Round (default: the latest in the file).")
    ] = None,
    date: DateOpt = None,
    comment: Annotated[str | None, typer.Option("--comment", help="A comment.")] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace this rater's rating in this round.")
    ] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="Ask part by part.")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    lang: LangOpt = None,
) -> None:
    """Record one rater's scores for a round (asks part by part in a terminal)."""
    import datetime as dt

    from ho21score.files.insertion import Entry
    from ho21score.files.recording import open_measure, save

    rater = rater.strip()
    if not rater:
        raise typer.BadParameter(tr("score.need_rater"), param_hint="--rater")
    crit = load_criteria_only(criteria)
    folder = measures_folder(measures)
    try:
        target = open_measure(folder, ident, crit)
    except InputError as exc:
        input_error(exc)
    ratings = target.measure.ratings
    chosen_round = round_ or max((r.round for r in ratings), default=1)
    index = next(
        (i for i, r in enumerate(ratings) if r.rater == rater and r.round == chosen_round), None
    )
    if index is not None and not replace:
        doc = target.source.document
        line = doc.value_pos(("vurderinger", index))[0] if doc else 0
        already = message("score.already", rater=rater, round=chosen_round, line=line)
        input_error(InputError(already))
    if pairs:
        values, problems = read_pairs(pairs, crit)
        if problems:
            for problem in problems:
                err(tr("cli.error", message=problem))
            raise typer.Exit(ExitCode.INPUT_ERRORS)
    elif interactive or sys.stdin.isatty():
        values = ask(target.measure.title, rater, crit, chosen_round)
    else:
        input_error(InputError(message("score.need_pairs")))
    if not values:
        input_error(InputError(message("score.nothing")))
    entry: Entry = {
        "vurdert_av": rater,
        "runde": chosen_round,
        "dato": (date.date() if date else dt.date.today()),
        "poeng": poeng_block(values, crit),
    }
    if comment:
        entry["kommentar"] = comment
    try:
        save(target, "vurderinger", entry, crit, index if replace else None)
    except InputError as exc:
        input_error(exc)
    done = "score.replaced" if index is not None else "score.done"
    typer.echo(tr(done, rater=rater, round=chosen_round, path=target.source.display))


def ask(title: str, rater: str, criteria: Criteria, round_: int) -> dict[str, Any]:
    """Ask part by part, showing each question and its anchors; Enter skips a part."""
    typer.echo(tr("score.prompt_intro", title=title, rater=rater, round=round_))
    values: dict[str, Any] = {}
    for part in criteria.parts:
        typer.echo("\n" + _heading(part, criteria))
        while True:
            answer = typer.prompt(
                tr("score.prompt", allowed=_allowed(part, criteria)), default="", show_default=False
            )
            if not answer.strip():
                break
            value = word_value(answer)
            try:
                parse_score(part, value, criteria)
            except ScoreError as exc:
                typer.echo(tr("score.prompt_invalid", reason=exc))
                continue
            values[part.key] = value
            break
    return values


def _heading(part: Part, criteria: Criteria) -> str:
    criterion = criteria.criterion(part.criterion)
    assert criterion is not None
    name = f"{criterion.name} › {part.name}" if criterion.has_parts else part.name
    lines = [f"{name} ({part.key})"]
    if part.question:
        lines.append(f"  {part.question}")
    for level, text in sorted(part.anchors.items()):
        lines.append(f"  {level}: {text}")
    return "\n".join(lines)


def _allowed(part: Part, criteria: Criteria) -> str:
    if part.levels:
        return join_or(list(part.levels))
    return criteria.scale_text
