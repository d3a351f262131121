"""Rater identity in the files: the roster (vurderere.yaml) read and checked, each rating's
rater resolved against it, and, without a roster, spellings of one name that look like
one person (docs/file-formats.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from ho21score.core.raters import Rater, Roster, normalized, same_person_maybe
from ho21score.files.criteria_file import KEY_PATTERN
from ho21score.files.schema import RosterFile
from ho21score.files.source import SourceFile, read_yaml
from ho21score.files.validation import check_shape
from ho21score.files.yamlread import KeyPath
from ho21score.i18n import Message, message, suggest
from ho21score.problems import Level, Problem

ROSTER_NAME = "vurderere.yaml"

Add = Callable[[KeyPath, bool, Message, Level], object]
W = TypeVar("W")


def load_roster(path: Path) -> tuple[Roster | None, list[Problem]]:
    """The roster of ``path``; None (with problems) if it cannot be used."""
    return roster_from(*read_yaml(path))


def roster_from(source: SourceFile, problems: list[Problem]) -> tuple[Roster | None, list[Problem]]:
    """The roster of a file as read (``problems`` are those of reading it)."""
    if source.document is None:
        return None, problems
    parsed, found, _ = check_shape(RosterFile, source.document, source.display)
    problems += found
    if parsed is None:
        return None, problems
    doc = source.document
    names: dict[str, str] = {}
    for key, rater in parsed.raters.items():
        if not KEY_PATTERN.match(key):  # the same keys as criteria and parts
            at = doc.key_pos(("vurderere", key))
            problems.append(Problem.at(source.display, at, message("roster.bad_key", key=key)))
        seen = names.get(normalized(rater.name))
        if seen is not None:
            at = doc.value_pos(("vurderere", key, "navn"))
            twice = message("roster.same_name", name=rater.name, other=seen)
            problems.append(Problem.at(source.display, at, twice))
        names.setdefault(normalized(rater.name), key)
    keys = {normalized(k): k for k in parsed.raters}
    for key, rater in parsed.raters.items():
        other = keys.get(normalized(rater.name))
        if other is not None and other != key:  # "Kari" would name two raters
            at = doc.value_pos(("vurderere", key, "navn"))
            both = message("roster.name_is_key", name=rater.name, other=other)
            problems.append(Problem.at(source.display, at, both))
    if any(p.is_error for p in problems):
        return None, problems
    raters = tuple(Rater(k, r.name, r.group) for k, r in parsed.raters.items())
    return Roster(raters, source.display), problems


def identify(written: str, roster: Roster | None, where: KeyPath, add: Add) -> Rater:
    """The rater a rating names: from the roster if there is one (an unknown name is an
    error with the closest keys and names), else the name as written."""
    if roster is None:
        return Rater(written, written)
    found = roster.find(written)
    if found is not None:
        return found
    add(where, False, not_on_roster(written, roster), Level.ERROR)
    return Rater(written, written)


def not_on_roster(written: str, roster: Roster) -> Message:
    """The refusal of a rater the roster does not know, with the closest keys and names."""
    known = [r.key for r in roster.raters] + [r.name for r in roster.raters]
    hint = suggest(written, known)
    return message("rater.unknown", rater=written, hint=hint, roster=roster.display)


def similar_names(
    written: Sequence[tuple[str, W]],
    where_of: Callable[[W], str],
    warn: Callable[[W, Message], object],
) -> None:
    """Without a roster: a warning at each rating whose rater is spelled like another rater
    of the same measure; the rarer spelling (or, as often, the later in the alphabet) is
    the one warned about, naming the other and where it is. ``written`` pairs each name
    with its rating's place; ``where_of`` says a place for people."""
    counts = Counter(name for name, _ in written)
    first: dict[str, W] = {}
    for name, place in written:
        first.setdefault(name, place)
    for name, place in written:
        for other in counts:
            if other == name or not same_person_maybe(name, other):
                continue
            rarer = counts[name] < counts[other] or (
                counts[name] == counts[other] and name > other
            )
            if rarer:
                where = where_of(first[other])
                warn(place, message("rater.similar", rater=name, other=other, where=where))
                break
