"""Ratings that arrive in bulk (from scoring sheets or a web form's CSV), recorded as
rating files under one edit lock: every refusal is found before anything is written, a
rating already recorded with the same answers is left alone (importing a file twice
changes nothing), and a different answer already recorded needs ``replace``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.delphi import current_answer
from ho21score.core.raters import Roster
from ho21score.core.ratings import Rating
from ho21score.files.rating_checks import rater_of, rating_slot
from ho21score.files.rating_file_edits import record_rating, replace_rating
from ho21score.files.rating_files import rating_path
from ho21score.files.recording import editing, open_measure
from ho21score.files.replacement import Change
from ho21score.files.scores import parse_score
from ho21score.files.source import display_path
from ho21score.i18n import Message, message
from ho21score.problems import InputError, Problem


class Incoming(NamedTuple):
    """One rating as it arrived: for a measure, by a rater, in a round."""

    ident: str
    rater: str
    round: int
    values: dict[str, Any]  # keyed criterion.part, as ``read_pairs`` takes them
    comment: str | None
    place: tuple[str, str, int]  # file, sheet ("" for a CSV file), row

    def problem(self, what: Message) -> Problem:
        path, sheet, row = self.place
        if sheet:
            return Problem.in_cell(path, sheet, row, 1, what)
        return Problem.at(path, (row, 1), what)


class Outcome(NamedTuple):
    incoming: Incoming
    kind: str  # "new", "same" or "changed"
    path: str  # where the rating is (or would be) written
    changes: tuple[Change, ...] = ()


def record_all(
    folder: Path,
    criteria: Criteria,
    roster: Roster | None,
    items: list[Incoming],
    replace: bool,
    day: dt.date,
    dry_run: bool = False,
) -> list[Outcome]:
    """Record ``items`` (or, with ``dry_run``, only say what would be recorded). Raises
    InputError with a problem for every item refused; nothing is written then."""
    with editing(folder):
        refusals: list[Problem] = []
        planned: list[Outcome] = []
        seen: dict[tuple[str, str, int], Incoming] = {}
        for item in items:
            try:
                target = open_measure(folder, item.ident, criteria, roster)
                round_, index = rating_slot(target, item.rater, item.round, replace=True)
            except InputError as exc:
                refusals.append(item.problem(message("sheet.refused", reason=exc.message)))
                continue
            who = rater_of(item.rater, roster)
            twice = seen.get((item.ident, who.key, round_))
            if twice is not None:
                what = message("sheet.twice", rater=item.rater, id=item.ident,
                               place=":".join(str(p) for p in twice.place if p))
                refusals.append(item.problem(what))
                continue
            seen[(item.ident, who.key, round_)] = item
            if index is None:
                path = rating_path(folder, item.ident, who, roster, round_)
                planned.append(Outcome(item, "new", _shown(path)))
                continue
            existing = target.measure.ratings[index]
            if _unchanged(target.measure.ratings, who.key, round_, item, criteria):
                planned.append(Outcome(item, "same", existing.where))
            elif not replace:
                what = message("sheet.differs", rater=item.rater, round=round_,
                               where=existing.where)
                refusals.append(item.problem(what))
            else:
                planned.append(Outcome(item, "changed", existing.where))
        if refusals:
            raise InputError(message("sheet.nothing_written"), refusals)
        if dry_run:
            return planned
        done: list[Outcome] = []
        for outcome in planned:
            try:
                done.append(_carry_out(folder, criteria, roster, outcome, day))
            except InputError as exc:  # a refusal only the write could find: say what stays
                written = [o.path for o in done if o.kind != "same"]
                if not written:
                    raise
                what = message("sheet.partly_written", paths=", ".join(written),
                               reason=exc.message)
                raise InputError(what, exc.problems) from None
        return done


def _carry_out(
    folder: Path, criteria: Criteria, roster: Roster | None, planned: Outcome, day: dt.date
) -> Outcome:
    item = planned.incoming
    if planned.kind == "same":
        return planned
    target = open_measure(folder, item.ident, criteria, roster)
    round_, index = rating_slot(target, item.rater, item.round, replace=True)
    if index is None:
        _, shown = record_rating(target, item.rater, round_, item.values, criteria, day,
                                 item.comment)
        return planned._replace(path=shown)
    _, changes, _ = replace_rating(target, index, item.values, criteria, day, item.comment)
    return planned._replace(changes=tuple(changes))


def _unchanged(
    ratings: tuple[Rating, ...], rater: str, round_: int, item: Incoming, criteria: Criteria
) -> bool:
    """Every answer of ``item`` is already the rater's current answer as of the round (a
    pre-filled answer left as it was is no change), and its comment, if any, is the
    comment of their rating in the round."""
    for key, value in item.values.items():
        part = criteria.part(key)
        if part is None:
            return False
        old = current_answer(part, ratings, round_, rater)
        if old is None or parse_score(part, value, criteria).value != old.value:
            return False
    mine = next((r for r in ratings if r.rater == rater and r.round == round_), None)
    return item.comment is None or (mine is not None and item.comment == mine.comment)


def _shown(path: Path) -> str:
    return display_path(path)
