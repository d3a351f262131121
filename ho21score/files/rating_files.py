"""A rating as a file of its own: ``measures/<id>/<rater>-runde-<n>.yaml``, holding one
rating in the keys of an entry of ``vurderinger:`` (docs/file-formats.md).

The path is fixed by measure, rater and round: two raters never write the same file, and
the same rater and round twice is one path, so git reports a real conflict where two
appends to one list would have made a false one. ``<rater>`` is the roster's key, or,
without a roster, the name as written in lowercase letters a–z, digits and hyphens
(``Åse Berg`` -> ``ase-berg``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from ho21score.core.raters import Rater, Roster, normalized
from ho21score.files.insertion import Entry, Style, block
from ho21score.files.schema import RatingFile
from ho21score.files.source import SourceFile, read_yaml, shown_name
from ho21score.files.validation import check_shape
from ho21score.files.yamlread import Document
from ho21score.i18n import Message, message, suggest
from ho21score.problems import Problem

SUFFIXES = (".yaml", ".yml")
_FILE_NAME = re.compile(r"(?P<rater>[^/]+?)-runde-(?P<round>[1-9][0-9]*)\.yaml\Z")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_STYLE = Style(newline="\n", unit=2, dash=0, gap=2, flow_from=2, item_flow=False)


def rater_part(rater: Rater, roster: Roster | None) -> str:
    """The rater's part of a rating file's name: the roster key, else the name as a slug."""
    if roster is not None:
        return rater.key
    return _NOT_SLUG.sub("-", normalized(rater.name)).strip("-") or "vurderer"


def file_name(rater: Rater, roster: Roster | None, round_: int) -> str:
    return f"{rater_part(rater, roster)}-runde-{round_}.yaml"


def rating_path(measures_dir: Path, ident: str, rater: Rater, roster: Roster | None,
                round_: int) -> Path:
    return measures_dir / ident / file_name(rater, roster, round_)


def named(path: Path) -> tuple[str, int] | None:
    """The rater part and round a rating file's name says, or None for another name."""
    found = _FILE_NAME.match(path.name)
    return (found["rater"], int(found["round"])) if found else None


def rating_folders(measures_dir: Path) -> dict[str, list[Path]]:
    """The rating files of each measure folder (``measures/<id>/``), by the folder's id.
    Other files in a folder (a README, .gitkeep) are not ratings and are left alone."""
    found: dict[str, list[Path]] = {}
    folders = (p for p in measures_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in sorted(folders):
        files = rating_paths(folder)
        if files:
            found[shown_name(folder.name)] = files
    return found


def rating_paths(folder: Path) -> list[Path]:
    """The rating files of one measure's folder (none if there is no folder)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_rating_files(folder: Path) -> list[tuple[SourceFile, list[Problem]]]:
    return [read_yaml(path) for path in rating_paths(folder)]


class SeparateRating(NamedTuple):
    """A rating file as read: its record, document and where it is."""

    entry: RatingFile
    document: Document
    display: str
    path: Path
    raw: bytes


def rating_from(
    source: SourceFile, problems: list[Problem]
) -> tuple[SeparateRating | None, list[Problem]]:
    """The rating of a file as read (``problems`` are those of reading it): the shape of
    one entry of ``vurderinger:``, in a file whose name has the form of a rating file."""
    problems = _check_name(source.path, source.display) + problems
    if source.document is None:
        return None, problems
    parsed, found, _ = check_shape(RatingFile, source.document, source.display)
    problems += found
    if parsed is None:
        return None, problems
    return SeparateRating(parsed, source.document, source.display, source.path, source.raw), (
        problems
    )


def _check_name(path: Path, display: str) -> list[Problem]:
    if path.suffix != ".yaml" or named(path) is None:
        bad = message("rating.bad_file_name", name=shown_name(path.name))
        return [Problem.at(display, (1, 1), bad)]
    return []


def name_mismatch(
    separate: SeparateRating, rater: Rater, roster: Roster | None
) -> Message | None:
    """What is wrong when a rating file's name does not say its rater and round."""
    said = named(separate.path)
    expected = file_name(rater, roster, separate.entry.round)
    # with a roster, a file named from the rater's name (written before there was a
    # roster) is the rater's too; two files for one rater and round are a duplicate
    by_name = file_name(Rater(rater.name, rater.name), None, separate.entry.round)
    if said is None or separate.path.name in (expected, by_name):
        return None
    folder = separate.display[: -len(separate.path.name)]
    return message(
        "rating.file_name_mismatch",
        rater=separate.entry.rater,
        round=separate.entry.round,
        expected=folder + expected,
    )


def orphans(
    folders: dict[str, list[SourceFile]], known: set[str], code: str = "rating.no_measure"
) -> list[Problem]:
    """A problem ``code`` at each file in a measure's folder (a rating, an observation)
    whose measure file does not exist: what it holds would count nowhere."""
    problems = []
    for ident, files in folders.items():
        if ident in known:
            continue
        hint = suggest(ident, sorted(known))
        for source in files:
            what = message(code, id=ident, hint=hint)
            problems.append(Problem.at(source.display, (1, 1), what))
    return problems


def rating_text(entry: Entry) -> str:
    """A new rating file: the entry's keys as block lines, each criterion's parts on one
    line as in the shipped measures (``betydning: {folkehelse: 3, ...}``)."""
    return "\n".join(block(entry, 0, _STYLE, 0)) + "\n"
