"""The ratings of a measure from both places they may be written: the entries of its
file's ``vurderinger:`` and its rating files (``rating_files``). Raters are identified,
a rater has one rating per round across both places, a rating file's name must say its
rater and round, and spellings that look like one person and rounds that skip a round
are warned about. Every problem is placed in the file where the rating is written."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.raters import Roster
from ho21score.core.ratings import Rating, Score
from ho21score.files.raters import Add, identify, similar_names
from ho21score.files.rating_files import SeparateRating, name_mismatch
from ho21score.files.schema import RatingFile, YamlData
from ho21score.files.scores import read_block
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import Message, message
from ho21score.problems import Level, Problem


class Place(NamedTuple):
    """Where one rating is written: an item of the measure file's list, or a file."""

    entry: RatingFile
    doc: Document
    display: str
    base: KeyPath  # ("vurderinger", i) in the measure file; () in a rating file
    separate: SeparateRating | None = None

    @property
    def where(self) -> str:
        if self.separate is not None:
            return self.display
        return f"{self.display}:{self.doc.value_pos(self.base)[0]}"


def places(
    entries: Sequence[RatingFile], doc: Document, display: str, separate: Sequence[SeparateRating]
) -> list[Place]:
    """The measure file's ratings in file order, then its rating files by name."""
    inline = [Place(e, doc, display, ("vurderinger", i)) for i, e in enumerate(entries)]
    return inline + [Place(s.entry, s.document, s.display, (), s) for s in separate]


def add_problem(
    problems: list[Problem],
    place: Place,
    path: KeyPath,
    at_key: bool,
    what: Message,
    level: Level = Level.ERROR,
) -> None:
    pos = place.doc.key_pos((*place.base, *path)) if at_key else place.doc.value_pos(
        (*place.base, *path)
    )
    problems.append(Problem.at(place.display, pos, what, level))


def read_ratings(
    rated: Sequence[Place], criteria: Criteria, roster: Roster | None
) -> tuple[list[Rating], list[Problem]]:
    problems: list[Problem] = []
    ratings: list[Rating] = []
    seen: dict[tuple[str, int], Place] = {}
    for place in rated:
        entry = place.entry
        add = partial(add_problem, problems, place)
        values = score_block(entry.scores, ("poeng",), criteria, add)
        rater = identify(entry.rater, roster, ("vurdert_av",), add)
        if place.separate is not None:
            wrong_name = name_mismatch(place.separate, rater, roster)
            if wrong_name is not None:
                add(("vurdert_av",), False, wrong_name)
        who = (rater.key, entry.round)
        if who in seen:
            twice = message(
                "rating.duplicate", rater=entry.rater, round=entry.round, where=seen[who].where
            )
            add(("vurdert_av",), False, twice)
        seen.setdefault(who, place)
        ratings.append(
            Rating(
                rater.key, entry.round, values, entry.comment, entry.date, rater.name, place.where
            )
        )
    if roster is None:
        similar_names(
            [(p.entry.rater, p) for p in rated],
            lambda p: p.where,
            lambda p, what: add_problem(problems, p, ("vurdert_av",), False, what, Level.WARNING),
        )
    rounds = {r.round for r in ratings}
    for place in rated:
        round_ = place.entry.round
        if round_ > 1 and round_ - 1 not in rounds:
            gap = message("rating.round_gap", round=round_, previous=round_ - 1)
            add_problem(problems, place, ("runde",), False, gap, Level.WARNING)
    return ratings, problems


def score_block(
    block: dict[str, YamlData], base: KeyPath, criteria: Criteria, add: Add
) -> dict[str, Score]:
    """The scores of a ``poeng`` block; each problem added at its place below ``base``."""
    scores, issues = read_block(block, criteria)
    for sub, at_key, what in issues:
        add((*base, *sub), at_key, what, Level.ERROR)
    return scores
