"""An observation as a file of its own:
``measures/<id>/observasjoner/<indicator>-<period>.yaml`` (docs/file-formats.md §3).

The path is fixed by measure, indicator and period, so two people recording values of
different indicators or periods never touch the same file and git merges them cleanly;
the same indicator and period twice is one path, and git reports a real conflict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from ho21score.core.indicators import Light, Period, plain_number
from ho21score.files.insertion import scalar
from ho21score.files.schema import ObservationFile
from ho21score.files.source import SourceFile, read_yaml, shown_name
from ho21score.files.validation import check_shape
from ho21score.files.yamlread import Document
from ho21score.i18n import message
from ho21score.problems import Problem

OBSERVATIONS = "observasjoner"  # the folder in a measure's folder
OBSERVATION_SUFFIXES = (".yaml", ".yml")


def observation_name(indicator: str, period: Period) -> str:
    return f"{indicator}-{period.text}.yaml"


def observation_folder(measures_dir: Path, ident: str) -> Path:
    return measures_dir / ident / OBSERVATIONS


def observation_paths(folder: Path) -> list[Path]:
    """The observation files of one measure's folder of observations (none if absent)."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in OBSERVATION_SUFFIXES
    )


def observation_folders(measures_dir: Path) -> dict[str, list[Path]]:
    """The observation files of every measure folder, by the folder's id."""
    found: dict[str, list[Path]] = {}
    folders = (p for p in measures_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in sorted(folders):
        files = observation_paths(folder / OBSERVATIONS)
        if files:
            found[shown_name(folder.name)] = files
    return found


def read_observation_files(
    measures_dir: Path, ident: str
) -> list[tuple[SourceFile, list[Problem]]]:
    return [read_yaml(p) for p in observation_paths(observation_folder(measures_dir, ident))]


class SeparateObservation(NamedTuple):
    """An observation file as read: its record, document and where it is."""

    entry: ObservationFile
    document: Document
    display: str
    path: Path


def observation_from(
    source: SourceFile, problems: list[Problem]
) -> tuple[SeparateObservation | None, list[Problem]]:
    """The observation of a file as read (``problems`` are those of reading it)."""
    if source.path.suffix != ".yaml":
        bad = message("observation.bad_suffix", name=shown_name(source.path.name))
        problems = [Problem.at(source.display, (1, 1), bad), *problems]
    if source.document is None:
        return None, problems
    parsed, found, _ = check_shape(ObservationFile, source.document, source.display)
    problems = problems + found
    if parsed is None:
        return None, problems
    return SeparateObservation(parsed, source.document, source.display, source.path), problems


def observation_text(
    indicator: str,
    period: Period,
    value: float | str,
    day: dt.date | None,
    source: str | None,
    note: str | None,
    status: Light | None,
) -> str:
    """A new observation file, its keys in the order of the docs."""
    year_only = period.end - period.start == 12
    lines = [
        f"indikator: {scalar(indicator)}",
        f"periode: {period.text if year_only else scalar(period.text)}",
        f"verdi: {scalar(value) if isinstance(value, str) else plain_number(value)}",
    ]
    if status is not None:
        lines.append(f"status: {scalar(status.value)}")
    if day is not None:
        lines.append(f"dato: {day.isoformat()}")
    if source:
        lines.append(f"kilde: {scalar(source)}")
    if note:
        lines.append(f"merknad: {scalar(note)}")
    return "\n".join(lines) + "\n"
