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
    ask_yes_no,
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
from ho21score.core.criteria import Criteria, Part
from ho21score.core.raters import Roster, same_person_maybe
from ho21score.core.vocabulary import Status
from ho21score.files.scores import poeng_block, read_pairs
from ho21score.i18n import Message, join_or, message, suggest, tr
from ho21score.problems import InputError

if TYPE_CHECKING:
    from ho21score.files.recording import Target



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
        bool,
        typer.Option(
            "--replace",
            help="Change this rater's rating in this round: only the parts given (and the "
            "date and comment, if given) change.",
        ),
    ] = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="Ask part by part.")
    ] = False,
    measures: MeasuresOpt = DEFAULT_MEASURES,
    criteria: CriteriaOpt = DEFAULT_CRITERIA,
    raters: RatersOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record one rater's scores for a round (asks part by part in a terminal)."""
    from ho21score.files.recording import editing, open_measure

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
            round_, _ = _refusals(preview, rater, round_, replace)
        except InputError as exc:
            input_error(exc)
        values, comment = ask(preview.measure.title, rater, crit, round_, day, comment)
    try:
        with editing(folder):
            target = open_measure(folder, ident, crit, roster)
            chosen_round, index = _refusals(target, rater, round_, replace)
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


def _refusals(
    target: Target, rater: str, round_: int | None, replace: bool
) -> tuple[int, int | None]:
    """The round to record in and the index of this rater's rating in it, if any; refused
    for a stopped measure, and for a second rating in a round without --replace."""
    measure = target.measure
    if measure.status is Status.STOPPED:
        raise InputError(message("score.stopped", id=measure.id))
    ratings = measure.ratings
    chosen = round_ or max((r.round for r in ratings), default=1)
    who = _identity(rater, target.roster)
    index = next((i for i, r in enumerate(ratings) if r.rater == who and r.round == chosen), None)
    if index is None and target.roster is None:
        # "ola nordmann" when Ola Nordmann has rated: one person, who would count twice
        same_round = [i for i, r in enumerate(ratings) if r.round == chosen]
        twin = next((i for i in same_round if same_person_maybe(who, ratings[i].rater)), None)
        if twin is not None:
            doc = target.source.document
            line = doc.value_pos(("vurderinger", twin))[0] if doc else 0
            other = ratings[twin].rater
            raise InputError(
                message("score.same_person", rater=rater, other=other, round=chosen, line=line)
            )
    if index is not None and not replace:
        doc = target.source.document
        line = doc.value_pos(("vurderinger", index))[0] if doc else 0
        raise InputError(message("score.already", rater=rater, round=chosen, line=line))
    return chosen, index


def _identity(rater: str, roster: Roster | None) -> str:
    """Who ``--rater`` names: the roster's key (refused if not on it), else the name."""
    if roster is None:
        return rater
    found = roster.find(rater)
    if found is None:
        known = [r.key for r in roster.raters] + [r.name for r in roster.raters]
        hint = suggest(rater, known)
        raise InputError(message("rater.unknown", rater=rater, hint=hint, roster=roster.display))
    return found.key


def _from_pairs(pairs: list[str] | None, criteria: Criteria) -> dict[str, Any]:
    if not pairs:
        raise InputError(message("score.need_pairs"))
    values, problems = read_pairs([level_case(p, criteria) for p in pairs], criteria)
    if problems:
        for problem in problems:
            err(tr("cli.error", message=problem))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return values


def level_case(pair: str, criteria: Criteria) -> str:
    """``KEY=VALUE`` with a level name in any case written as the criteria write it."""
    key, sep, raw = pair.partition("=")
    part = criteria.part(key.strip())
    if sep and part is not None and part.levels:
        wanted = raw.strip().casefold()
        for level in part.levels:
            if level.casefold() == wanted:
                return f"{key}={level}"
    return pair


def _record(
    target: Target,
    values: dict[str, Any],
    crit: Criteria,
    day: dt.date,
    comment: str | None,
    rater: str,
    round_: int,
) -> None:
    from ho21score.files.insertion import Entry
    from ho21score.files.recording import save

    entry: Entry = {
        "vurdert_av": rater,
        "runde": round_,
        "dato": day,
        "poeng": poeng_block(values, crit),
    }
    if comment:
        entry["kommentar"] = comment
    written = save(target, "vurderinger", entry, crit)
    typer.echo(tr("score.done", rater=rater, round=round_, path=target.source.display))
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
    from ho21score.files.recording import save_replacement

    written, changes = save_replacement(
        target, index, values, crit, date.date() if date else None, comment or None
    )
    typer.echo(tr("score.changed", rater=rater, round=round_, path=target.source.display))
    for change in changes:
        old = "–" if change.old is None else _short(change.old)
        typer.echo(tr("score.change", key=change.key, old=old, new=_short(change.new)))
    report_problems(list(written.warnings))


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


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


def ask(
    title: str,
    rater: str,
    criteria: Criteria,
    round_: int,
    day: dt.date,
    comment: str | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Ask part by part, showing each question and its anchors; Enter skips a part. An
    answer is read as ``KEY=VALUE`` reads it (``4``, ``4.0``, ``kort``, ``Kort``); a bad
    one is asked again. Then a comment (unless given), a summary, and whether to save.
    Returns the values and the comment; no values if the rater did not save."""
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
            read, problems = read_answer(part, answer, criteria)
            if problems:
                typer.echo(tr("score.prompt_invalid", reason=problems[0]))
                continue
            values.update(read)
            break
    if not values:
        return values, comment
    if comment is None:
        typer.echo("")
        answer = typer.prompt(tr("score.prompt_comment"), default="", show_default=False)
        comment = answer.strip() or None
    typer.echo("\n" + tr("score.summary", rater=rater, round=round_, date=day.isoformat()))
    for key, value in values.items():
        typer.echo(f"  {key}: {value}")
    if comment:
        typer.echo(tr("score.summary_comment", comment=_short(comment)))
    if not ask_yes_no(tr("score.confirm"), default=True):
        err(tr("score.declined"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return values, comment


def read_answer(
    part: Part, answer: str, criteria: Criteria
) -> tuple[dict[str, Any], list[Message]]:
    """One answer at the prompt, read exactly as ``part.key=answer`` on the command line."""
    return read_pairs([level_case(f"{part.key}={answer.strip()}", criteria)], criteria)


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
