"""Recording a rating or a decision in a measure file: find the file, refuse what must be
refused, insert the entry (see ``edit``), prove the result, write it atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.files.atomic import FileChangedError, write_atomic
from ho21score.files.insertion import EditError, Entry, append, check, replace
from ho21score.files.measure_file import measure_from
from ho21score.files.source import BOM, SourceFile, measure_id, measure_paths, parse_yaml, read_yaml
from ho21score.i18n import message, suggest
from ho21score.problems import InputError, Problem


@dataclass(frozen=True)
class Target:
    """A measure file as read for editing."""

    source: SourceFile
    text: str
    measure: Measure


def open_measure(measures_dir: Path, ident: str, criteria: Criteria) -> Target:
    """The measure ``ident``, read with positions; refused if it has any problem."""
    path = measures_dir / f"{ident}.yaml"
    if not path.is_file():
        known = [measure_id(p) for p in measure_paths(measures_dir)]
        raise InputError(message("cli.unknown_id", id=ident, hint=suggest(ident, known)))
    source, problems = read_yaml(path, detail=True)
    measure, problems = measure_from(source, problems, criteria)
    errors = [p for p in problems if p.is_error]
    if measure is None or errors or source.text is None:
        raise InputError(message("edit.has_problems", path=source.display), errors)
    return Target(source, source.text, measure)


def save(
    target: Target, list_key: str, entry: Entry, criteria: Criteria, index: int | None = None
) -> Measure:
    """Add ``entry`` to ``list_key`` (or replace item ``index``) and write the file.

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
    raw = target.source.raw
    data = (BOM if raw.startswith(BOM) else b"") + new_text.encode("utf-8")
    source, problems = parse_yaml(target.source.path, target.source.display, data)
    measure, problems = measure_from(source, problems, criteria)
    errors: list[Problem] = [p for p in problems if p.is_error]
    if measure is None or errors:
        raise InputError(message("edit.would_break", path=target.source.display), errors)
    try:
        write_atomic(target.source.path, data, expected=raw)
    except FileChangedError:
        raise InputError(message("edit.changed_on_disk", path=target.source.display)) from None
    except OSError as exc:
        raise InputError(
            message("edit.write_failed", path=target.source.display, reason=exc.strerror)
        ) from None
    return measure
