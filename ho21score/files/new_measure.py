"""A new measure file, checked before it is written: a title the folder does not have
yet (case and spacing aside), and a text that reads back as that measure."""

from __future__ import annotations

from pathlib import Path

from ho21score.core.criteria import Criteria
from ho21score.files.measure_file import measure_from
from ho21score.files.source import display_path, measure_id, measure_paths, parse_yaml, read_yaml
from ho21score.i18n import message
from ho21score.problems import InputError


def title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def refuse_same_title(folder: Path, title: str) -> None:
    """Refuse a title that a measure in ``folder`` already has (ignoring case and spaces),
    naming that measure; files that cannot be read are passed over."""
    wanted = title_key(title)
    for path in measure_paths(folder):
        source, _ = read_yaml(path)
        data = source.document.data if source.document is not None else None
        existing = data.get("tittel") if isinstance(data, dict) else None
        if isinstance(existing, str) and title_key(existing) == wanted:
            raise InputError(
                message(
                    "new.duplicate_title",
                    id=measure_id(path),
                    path=display_path(path),
                    title=existing,
                )
            )


def prove_new(path: Path, text: str, title: str, criteria: Criteria) -> None:
    """Refuse unless the new file reads back as a measure without errors, with ``title``."""
    shown = display_path(path)
    source, problems = parse_yaml(path, shown, text.encode("utf-8"))
    measure, problems = measure_from(source, problems, criteria)
    errors = [p for p in problems if p.is_error]
    if measure is None or errors or measure.title != title:
        raise InputError(message("edit.would_break", path=shown), errors)
