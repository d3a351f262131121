"""Writing a rating as a file of its own (``rating_files``), and changing a rating where
it is written (its file, or an entry of the measure file's list), under the edit lock and
with the same proof as any edit: nothing is written unless the measure reads back without
errors with it (``recording.write_checked``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ho21score.core.criteria import Criteria
from ho21score.core.raters import Rater
from ho21score.core.ratings import Rating
from ho21score.files import textlines as lines
from ho21score.files.insertion import EditError, Entry, as_data, replace
from ho21score.files.rating_checks import rater_of
from ho21score.files.rating_files import file_name, rating_text
from ho21score.files.recording import Target, Written, write_checked, write_text
from ho21score.files.replacement import (
    RATINGS,
    Change,
    edit_in_place,
    merged_rating,
    prove_rating,
    prove_replaced,
)
from ho21score.files.scores import poeng_block
from ho21score.files.source import display_path
from ho21score.files.yamlread import YamlSyntaxError, load
from ho21score.i18n import message, tr
from ho21score.problems import InputError


def file_of(target: Target, rating: Rating) -> Path | None:
    """The rating file ``rating`` was read from; None for an entry of the measure file."""
    return next((s.path for s, _ in target.ratings if s.display == rating.where), None)


def save_rating_file(
    target: Target, rater: Rater, round_: int, entry: Entry, criteria: Criteria
) -> tuple[Written, str]:
    """Write ``entry`` as the new file ``measures/<id>/<rater>-runde-<n>.yaml`` (never over
    an existing one); returns the measure as written and the file's path for people.

    Without a roster two spellings may make one file name (``Jo Bo`` and ``Jo-Bo``): the
    rating already in that file is another voice's, so this one is refused as a spelling
    like it, never taken for a file changed meanwhile."""
    path = target.folder / file_name(rater, target.roster, round_)
    twin = next((r for r in target.measure.ratings if file_of(target, r) == path), None)
    if twin is not None:
        raise InputError(
            message(
                "score.same_person",
                rater=entry["vurdert_av"],
                other=twin.rater,
                round=round_,
                where=twin.where,
            )
        )
    shown = display_path(path)
    data = rating_text(entry).encode("utf-8")
    return write_checked(target, criteria, path, shown, data, None), shown


def replace_in_file(
    target: Target,
    path: Path,
    values: dict[str, Any],
    criteria: Criteria,
    date: dt.date | None = None,
    comment: str | None = None,
) -> tuple[Written, list[Change], str]:
    """Change the rating of the file ``path``: the named parts (keyed as ``read_pairs``
    gives them), and the date and the comment if given. Each value is set where it stands;
    a file the in-place edit cannot change is written anew, unless that would lose a
    comment written in it."""
    source = next(s for s, _ in target.ratings if s.path == path)
    doc, text = source.document, source.text
    assert doc is not None and text is not None
    try:
        new_item = merged_rating(doc.data, values, criteria, date, comment)
        changes = prove_rating(doc.data, new_item, values, criteria)
        try:
            new_text = edit_in_place(text, (), doc.data, new_item)
            if _data(new_text) != as_data(new_item):
                raise EditError(tr("edit.reads_back_wrong"))
        except EditError:
            if "#" in text:
                raise EditError(tr("edit.would_lose_comments")) from None
            new_text = rating_text(new_item)
            if _data(new_text) != as_data(new_item):
                raise EditError(tr("edit.reads_back_wrong")) from None
    except EditError as exc:
        raise InputError(message("edit.refused", path=source.display, reason=exc)) from None
    written = write_text(target, criteria, new_text, source)
    return written, changes, source.display


def _data(text: str) -> Any:
    try:
        return load(text).data
    except YamlSyntaxError:
        return None


def replace_in_list(
    target: Target,
    index: int,
    values: dict[str, Any],
    criteria: Criteria,
    date: dt.date | None = None,
    comment: str | None = None,
) -> tuple[Written, list[Change]]:
    """Change rating ``index`` of the measure file's list: the parts in ``values`` (keyed
    by ``criterion.part``, or by a criterion for all its parts, as ``read_pairs`` gives
    them), and the date and the comment if given. Every other part, key and character
    stays: each named value is set where it stands, a part or key not in the rating yet is
    added beside its neighbours. The result must read back as the old data with exactly
    that rating changed. Returns the measure as written and each value replaced."""
    doc = target.source.document
    assert doc is not None
    shown = target.source.display
    old_item = doc.data[RATINGS][index]
    try:
        new_item = merged_rating(old_item, values, criteria, date, comment)
        changes = prove_rating(old_item, new_item, values, criteria)
        try:
            new_text = edit_in_place(target.text, (RATINGS, index), old_item, new_item)
            prove_replaced(target.text, new_text, doc, (RATINGS, index), new_item)
        except EditError:
            # a layout the in-place edit does not know: the rating's lines written anew,
            # unless that would lose a comment written in them
            start, end = doc.spans[(RATINGS, index)]
            first = lines.line_start(target.text, start)
            last = lines.line_end(target.text, max(lines.content_end(target.text, end) - 1, start))
            if "#" in target.text[first:last]:
                raise EditError(tr("edit.would_lose_comments")) from None
            new_text = replace(target.text, doc, RATINGS, index, new_item)
            prove_replaced(target.text, new_text, doc, (RATINGS, index), new_item)
    except EditError as exc:
        raise InputError(message("edit.refused", path=shown, reason=exc)) from None
    return write_text(target, criteria, new_text), changes


def record_rating(
    target: Target,
    rater: str,
    round_: int,
    values: dict[str, Any],
    criteria: Criteria,
    day: dt.date,
    comment: str | None,
) -> tuple[Written, str]:
    """A new rating (``values`` keyed as ``read_pairs`` gives them) as a rating file."""
    entry: Entry = {
        "vurdert_av": rater,
        "runde": round_,
        "dato": day,
        "poeng": poeng_block(values, criteria),
    }
    if comment:
        entry["kommentar"] = comment
    return save_rating_file(target, rater_of(rater, target.roster), round_, entry, criteria)


def replace_rating(
    target: Target,
    index: int,
    values: dict[str, Any],
    criteria: Criteria,
    day: dt.date | None,
    comment: str | None,
) -> tuple[Written, list[Change], str]:
    """Change rating ``index`` of the measure where it is written: its rating file, or its
    entry in the measure file's list (those come first, in file order)."""
    path = file_of(target, target.measure.ratings[index])
    if path is None:
        written, changes = replace_in_list(target, index, values, criteria, day, comment)
        return written, changes, target.source.display
    return replace_in_file(target, path, values, criteria, day, comment)
