"""Asking a rater part by part at a terminal: each question with its anchors, answers
read as ``KEY=VALUE`` reads them, a comment, a summary and whether to save."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from ho21score.cli.common import ask_yes_no, err, text_fault
from ho21score.cli.exitcode import ExitCode
from ho21score.core.criteria import Criteria, Part
from ho21score.files.scores import read_answer
from ho21score.i18n import join_or, tr


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
