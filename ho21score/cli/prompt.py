"""Asking a rater part by part at a terminal: each question with its anchors, answers
read as ``KEY=VALUE`` reads them, a comment, a summary and whether to save."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from ho21score.cli.common import ask_yes_no, err, text_fault
from ho21score.cli.exitcode import ExitCode
from ho21score.core.criteria import Criteria, Part
from ho21score.core.delphi import GroupView
from ho21score.files.scores import read_answer
from ho21score.i18n import join_or, number, suggest, tr


def ask(
    title: str,
    rater: str,
    criteria: Criteria,
    round_: int,
    day: dt.date,
    comment: str | None = None,
    views: dict[str, GroupView] | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Ask part by part, showing each question and its anchors; Enter skips a part. An
    answer is read as ``KEY=VALUE`` reads it (``4``, ``4.0``, ``kort``, ``Kort``); a bad
    one is asked again. Then a comment (unless given), a summary, and whether to save.
    Returns the values and the comment; no values if the rater did not save.

    In round 2 and later (``views``: the group's answers before the round, by part) the
    rater first chooses the parts to answer (by default those flagged for disagreement),
    and each shows the group's distribution and the rater's own answer, which Enter keeps."""
    intro = "score.prompt_intro" if views is None else "score.prompt_intro_later"
    typer.echo(tr(intro, title=title, rater=rater, round=round_))
    parts = list(criteria.parts) if views is None else choose_parts(criteria, views)
    values: dict[str, Any] = {}
    for part in parts:
        typer.echo("\n" + _heading(part, criteria))
        view = views.get(part.key) if views is not None else None
        own = view.own.label if view is not None and view.own is not None else ""
        if view is not None:
            typer.echo(_group_line(view, round_))
            if own:
                typer.echo(tr("score.prompt_own", answer=own))
        while True:
            answer = typer.prompt(
                tr("score.prompt", allowed=_allowed(part, criteria)),
                default=own,
                show_default=bool(own),
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
        while comment is not None and text_fault(comment) is not None:
            typer.echo(tr("score.prompt_invalid", reason=text_fault(comment)))
            answer = typer.prompt(tr("score.prompt_comment"), default="", show_default=False)
            comment = answer.strip() or None
    typer.echo("\n" + tr("score.summary", rater=rater, round=round_, date=day.isoformat()))
    for key, value in values.items():
        typer.echo(f"  {key}: {value}")
    if comment:
        typer.echo(tr("score.summary_comment", comment=short_line(comment)))
    if not ask_yes_no(tr("score.confirm"), default=True):
        err(tr("score.declined"))
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    return values, comment


def choose_parts(criteria: Criteria, views: dict[str, GroupView]) -> list[Part]:
    """The parts the rater chooses to answer in a later round: Enter takes the flagged
    ones (all, if none is flagged), ``alle`` takes all, else keys separated by commas."""
    flagged = [p for p in criteria.parts if views[p.key].flagged]
    if flagged:
        typer.echo(tr("score.prompt_flagged", parts=", ".join(p.key for p in flagged)))
    else:
        typer.echo(tr("score.prompt_none_flagged"))
    while True:
        answer = typer.prompt(tr("score.prompt_choose"), default="", show_default=False).strip()
        if not answer:
            return flagged or list(criteria.parts)
        if answer.casefold() in (tr("score.prompt_all_word"), "alle", "all"):
            return list(criteria.parts)
        keys = [k.strip() for k in answer.split(",") if k.strip()]
        unknown = [k for k in keys if criteria.part(k) is None]
        if not unknown:
            return [p for p in criteria.parts if p.key in keys]
        hint = suggest(unknown[0], [p.key for p in criteria.parts])
        typer.echo(tr("score.prompt_unknown_part", part=unknown[0], hint=hint))


def _group_line(view: GroupView, round_: int) -> str:
    if not view.answered:
        return tr("score.prompt_no_group")
    median = number(view.median) if view.median is not None else "–"
    iqr = number(view.iqr) if view.iqr is not None else "–"
    line = tr("score.prompt_group", round=round_, median=median, iqr=iqr,
              distribution=view.distribution_text())
    if view.flagged:
        line += " " + tr("score.prompt_flag")
    return line


def short_line(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


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
