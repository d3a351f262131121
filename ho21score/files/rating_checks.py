"""What a new rating must respect before it is written: a measure that is not stopped,
one rating per rater and round, a rater on the roster (if there is one), and one person
written one way (without a roster)."""

from __future__ import annotations

from ho21score.core.raters import Rater, Roster, same_person_maybe
from ho21score.core.vocabulary import Status
from ho21score.files.raters import not_on_roster
from ho21score.files.recording import Target
from ho21score.i18n import message
from ho21score.problems import InputError


def rating_slot(
    target: Target, rater: str, round_: int | None, replace: bool
) -> tuple[int, int | None]:
    """The round to record in and the index of this rater's rating in it, if any; refused
    for a stopped measure, and for a second rating in a round without --replace."""
    measure = target.measure
    if measure.status is Status.STOPPED:
        raise InputError(message("score.stopped", id=measure.id))
    ratings = measure.ratings
    chosen = round_ or max((r.round for r in ratings), default=1)
    who = rater_identity(rater, target.roster)
    index = next((i for i, r in enumerate(ratings) if r.rater == who and r.round == chosen), None)
    if target.roster is None and all(r.rater != who for r in ratings):
        # "ola nordmann" when Ola Nordmann has rated, in this round or an earlier one: one
        # person, who would count twice (current values span the rounds)
        twin = next((r for r in ratings if same_person_maybe(who, r.rater)), None)
        if twin is not None:
            raise InputError(
                message(
                    "score.same_person",
                    rater=rater,
                    other=twin.rater,
                    round=twin.round,
                    where=twin.where,
                )
            )
    if index is not None and not replace:
        where = ratings[index].where
        raise InputError(message("score.already", rater=rater, round=chosen, where=where))
    return chosen, index


def rater_identity(rater: str, roster: Roster | None) -> str:
    """Who ``--rater`` names: the roster's key (refused if not on it), else the name."""
    return rater_of(rater, roster).key


def rater_of(rater: str, roster: Roster | None) -> Rater:
    """The rater ``--rater`` names: from the roster (refused if not on it), else the name."""
    if roster is None:
        return Rater(rater, rater)
    found = roster.find(rater)
    if found is None:
        raise InputError(not_on_roster(rater, roster))
    return found
