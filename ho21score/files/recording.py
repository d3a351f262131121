"""Recording a rating or a decision in a measure file: lock the folder, find the file,
refuse what must be refused, insert the entry (see ``insertion``), prove the result,
write it atomically.

Every edit runs inside ``editing(folder)``: the folder's edit lock is held from reading
the file (``open_measure``) to the rename (``save``), so two edits at the same moment
run one after the other and neither is lost.

A rating is written and changed in ``rating_file_edits``, through ``write_checked``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.raters import Roster
from ho21score.files.atomic import (
    FileChangedError,
    LockTimeout,
    edit_lock,
    remove_stale_temporaries,
    write_atomic,
)
from ho21score.files.insertion import (
    EditError,
    Entry,
    append,
    check,
    replace,
)
from ho21score.files.measure_file import measure_from
from ho21score.files.rating_files import read_rating_files
from ho21score.files.source import (
    BOM,
    Read,
    SourceFile,
    display_path,
    measure_id,
    measure_paths,
    parse_yaml,
    read_yaml,
)
from ho21score.i18n import message, suggest
from ho21score.problems import InputError, Problem

_held: set[Path] = set()  # folders whose edit lock this process holds


@contextmanager
def editing(folder: Path) -> Iterator[None]:
    """Hold the edit lock of ``folder`` for a whole edit: open, refuse, insert, prove,
    write. Refused (``InputError``) when another edit keeps the lock too long."""
    stack = ExitStack()
    shown = display_path(folder)
    try:
        stack.enter_context(edit_lock(folder))
    except LockTimeout as exc:
        raise InputError(
            message("edit.locked", folder=shown, lock=display_path(exc.lock))
        ) from None
    except OSError as exc:
        raise InputError(
            message("edit.lock_failed", folder=shown, reason=exc.strerror or exc)
        ) from None
    key = folder.resolve()
    with stack:
        _remove_stale_in_rating_folders(folder)
        _held.add(key)
        try:
            yield
        finally:
            _held.discard(key)


def _remove_stale_in_rating_folders(folder: Path) -> None:
    """The lock of ``folder`` covers its measures' folders of ratings too (a rating file is
    written under it), so a temporary file of the tool in one of them is left from a write
    that was killed; ``edit_lock`` removes those of ``folder`` itself."""
    try:
        subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()]
    except OSError:
        return
    for subfolder in subfolders:
        remove_stale_temporaries(subfolder)


def _must_hold_lock(path: Path) -> None:
    if not _held.intersection(path.resolve().parents):
        raise AssertionError(f"{path} written without the edit lock of its folder")


@dataclass(frozen=True)
class Target:
    """A measure file as read for editing."""

    source: SourceFile
    text: str
    measure: Measure
    roster: Roster | None = None  # the raters, checked again when the edit is written
    warnings: tuple[Problem, ...] = ()  # of the file as read
    ratings: tuple[Read, ...] = ()  # the measure's rating files as read

    @property
    def folder(self) -> Path:
        """The measure's folder of rating files (``measures/<id>/``)."""
        path = self.source.path
        return path.parent / path.name.removesuffix(".yaml")


class Written(NamedTuple):
    """A measure as written, and the warnings the edit brought (a spelling like another
    rater's, a round that skips a round): said at once, not only at the next validate."""

    measure: Measure
    warnings: tuple[Problem, ...]


def open_measure(
    measures_dir: Path, ident: str, criteria: Criteria, roster: Roster | None = None
) -> Target:
    """The measure ``ident``, read with positions; refused if it has any problem."""
    path = measures_dir / f"{ident}.yaml"
    if not path.is_file():
        known = [measure_id(p) for p in measure_paths(measures_dir)]
        raise InputError(message("cli.unknown_id", id=ident, hint=suggest(ident, known)))
    source, problems = read_yaml(path, detail=True)
    ratings = read_rating_files(measures_dir / ident)
    measure, problems = measure_from(source, problems, criteria, roster, ratings)
    errors = [p for p in problems if p.is_error]
    if measure is None or errors or source.text is None:
        raise InputError(message("edit.has_problems", path=source.display), errors)
    return Target(source, source.text, measure, roster, tuple(problems), tuple(ratings))


def save(
    target: Target, list_key: str, entry: Entry, criteria: Criteria, index: int | None = None
) -> Written:
    """Add ``entry`` to ``list_key`` (or replace item ``index`` whole) and write the file.

    Nothing is written unless the new text reads back as the old data plus exactly the
    entry, changes nothing else, and validates; the file is left byte for byte otherwise.
    """
    doc = target.source.document
    assert doc is not None
    try:
        if index is None:
            new_text = append(target.text, doc, list_key, entry)
        else:
            new_text = replace(target.text, doc, list_key, index, entry)
        check(target.text, new_text, doc, list_key, entry, index)
    except EditError as exc:
        raise InputError(message("edit.refused", path=target.source.display, reason=exc)) from None
    return write_text(target, criteria, new_text)


def create(path: Path, text: str) -> None:
    """Write a new file (never over an existing one), under the edit lock."""
    _must_hold_lock(path)
    write_atomic(path, text.encode("utf-8"), expected=None)


def write_text(
    target: Target, criteria: Criteria, new_text: str, source: SourceFile | None = None
) -> Written:
    """Write ``new_text`` in place of ``source`` as read (the measure file, or one of its
    rating files), keeping its BOM, if the measure still reads without errors."""
    file = source or target.source
    data = (BOM if file.raw.startswith(BOM) else b"") + new_text.encode("utf-8")
    return write_checked(target, criteria, file.path, file.display, data, file.raw)


def write_checked(
    target: Target, criteria: Criteria, path: Path, shown: str, data: bytes, raw: bytes | None
) -> Written:
    """Write ``data`` to ``path`` (the measure file, or one of its rating files; ``raw`` is
    what it held, None for a new file) if the measure still reads without errors with it.
    Nothing is written otherwise."""
    _must_hold_lock(path)
    read = parse_yaml(path, shown, data)
    measure_read: Read = (target.source, [])
    ratings = list(target.ratings)
    if path == target.source.path:
        measure_read = read
    else:
        ratings = [r for r in ratings if r[0].path != path] + [read]
    measure, problems = measure_from(*measure_read, criteria, target.roster, ratings)
    errors: list[Problem] = [p for p in problems if p.is_error]
    if measure is None or errors:
        raise InputError(message("edit.would_break", path=shown), errors)
    made_folder = not path.parent.exists()
    try:
        path.parent.mkdir(exist_ok=True)
        write_atomic(path, data, expected=raw)
    except (FileChangedError, FileExistsError):
        _drop_empty(path.parent, made_folder)
        raise InputError(message("edit.changed_on_disk", path=shown)) from None
    except OSError as exc:
        _drop_empty(path.parent, made_folder)
        raise InputError(message("edit.write_failed", path=shown, reason=exc.strerror)) from None
    # the same warning as before the edit, though a line it names may have moved
    before = Counter(_unplaced(p) for p in target.warnings)
    new = []
    for problem in problems:
        if before[_unplaced(problem)] > 0:
            before[_unplaced(problem)] -= 1
        else:
            new.append(problem)
    return Written(measure, tuple(new))


def _drop_empty(folder: Path, made: bool) -> None:
    if made:
        with suppress(OSError):
            folder.rmdir()


def _unplaced(problem: Problem) -> tuple[str, str]:
    return problem.code, re.sub(r"\d+", "#", problem.message)


# --- the council's agreed values (see ``agreement``) ---------------------------------


def save_agreement(
    target: Target, values: dict[str, Any], criteria: Criteria, day: dt.date, note: str | None
) -> Written:
    """Set ``values`` (keyed by ``criterion.part``, or by a criterion, as ``read_pairs``
    gives them) in the measure's agreed ``poeng``, each with the comment
    ``# enighet <day>: <note>``, and write the file. Nothing else changes; the file is left
    byte for byte unless the result is proven (``agreement.prove_agreement``)."""
    from ho21score.files.agreement import (
        AGREED,
        agreed_block,
        agreed_paths,
        agreement_comment,
        agreement_text,
        prove_agreement,
    )

    doc = target.source.document
    assert doc is not None
    old = doc.data.get(AGREED) if isinstance(doc.data, dict) else None
    try:
        merged = agreed_block(old if isinstance(old, dict) else None, values, criteria)
        comment = agreement_comment(day, note)
        paths = agreed_paths(values, merged, criteria)
        new_text, notes = agreement_text(target.text, doc, merged, paths, comment)
        prove_agreement(target.text, new_text, doc, merged, comment, notes)
    except EditError as exc:
        raise InputError(
            message("edit.refused", path=target.source.display, reason=exc)
        ) from None
    return write_text(target, criteria, new_text)
