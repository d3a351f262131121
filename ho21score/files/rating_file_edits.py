"""Writing a rating as a file of its own (``rating_files``), and changing one, under the
edit lock and with the same proof as an edit of a measure file: nothing is written unless
the measure reads back without errors with it (``recording.write_checked``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ho21score.core.criteria import Criteria
from ho21score.core.raters import Rater
from ho21score.core.ratings import Rating
from ho21score.files.insertion import EditError, Entry, as_data
from ho21score.files.rating_files import file_name, rating_text
from ho21score.files.recording import Target, Written, write_checked
from ho21score.files.replacement import Change, edit_in_place, merged_rating, prove_rating
from ho21score.files.source import BOM, display_path
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
    data = (BOM if source.raw.startswith(BOM) else b"") + new_text.encode("utf-8")
    written = write_checked(target, criteria, path, source.display, data, source.raw)
    return written, changes, source.display


def _data(text: str) -> Any:
    try:
        return load(text).data
    except YamlSyntaxError:
        return None
