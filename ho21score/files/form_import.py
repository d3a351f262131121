"""A web form's CSV export read as ratings: one row per rater, a column per measure and
part, described by a small mapping file (docs/file-formats.md §7)::

    vurderer: Navn                     # the column with the rater's name
    runde: 2                           # or --round on the command line
    kolonner:                          # column header: measure id/part key
      "DRUP – folkehelse": drup-studie/betydning.folkehelse
      "DRUP – gjennomførbarhet": drup-studie/gjennomførbarhet
    kommentarer:                       # optional: column header: measure id
      "DRUP – kommentar": drup-studie

Every answer is checked as a sheet's cell is (``sheet_import.cell_answer``); every
problem names ``file.csv:row:col``."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ho21score.core.criteria import Criteria
from ho21score.files.incoming import Incoming
from ho21score.files.schema import FormMappingFile
from ho21score.files.sheet_import import cell_answer, comment_text
from ho21score.files.source import SourceFile, decode, read_yaml
from ho21score.files.validation import check_shape
from ho21score.i18n import message, suggest
from ho21score.problems import Problem


def read_mapping(path: Path) -> tuple[FormMappingFile | None, SourceFile, list[Problem]]:
    source, problems = read_yaml(path)
    if source.document is None:
        return None, source, problems
    parsed, found, _ = check_shape(FormMappingFile, source.document, source.display)
    return parsed, source, problems + found


def check_mapping(
    mapping: FormMappingFile, source: SourceFile, criteria: Criteria, known: set[str]
) -> list[Problem]:
    """Each target names a measure that exists and one of its parts."""
    doc = source.document
    assert doc is not None
    problems = []
    parts = [p.key for p in criteria.parts]
    for header, target in mapping.columns.items():
        ident, _, part = target.partition("/")
        if ident not in known:
            what = message("form.unknown_measure", id=ident, hint=suggest(ident, sorted(known)))
        elif criteria.part(part) is None:
            what = message("form.unknown_part", part=part, hint=suggest(part, parts))
        else:
            continue
        problems.append(Problem.at(source.display, doc.value_pos(("kolonner", header)), what))
    for header, ident in mapping.comments.items():
        if ident not in known:
            what = message("form.unknown_measure", id=ident, hint=suggest(ident, sorted(known)))
            problems.append(Problem.at(source.display, doc.value_pos(("kommentarer", header)),
                                       what))
    return problems


def read_form(
    path: Path, shown: str, mapping: FormMappingFile, round_: int, criteria: Criteria
) -> tuple[list[Incoming], list[Problem]]:
    """The ratings of a CSV export; nothing if any answer is bad (the problems say which)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [Problem.at(shown, (1, 1), message("file.unreadable", reason=exc.strerror))]
    text, problems = decode(raw, shown)
    if text is None:
        return [], problems
    rows = _rows(text)
    if not rows:
        return [], [Problem.at(shown, (1, 1), message("form.empty"))]
    header = [h.strip() for h in rows[0][1]]
    wanted = [mapping.rater, *mapping.columns, *mapping.comments]
    for name in wanted:
        if name not in header:
            what = message("form.missing_column", column=name, hint=suggest(name, header))
            problems.append(Problem.at(shown, (1, 1), what))
        elif header.count(name) > 1:  # which of the two holds the answer? never a guess
            what = message("form.column_twice", column=name)
            problems.append(Problem.at(shown, (1, header.index(name) + 1), what))
    for number, row in rows[1:]:
        if len(row) != len(header) and any(cell.strip() for cell in row):
            what = message("form.row_length", found=len(row), expected=len(header))
            problems.append(Problem.at(shown, (number, 1), what))
    if problems:
        return [], problems
    at = {name: header.index(name) for name in wanted}
    ratings: list[Incoming] = []
    for number, row in rows[1:]:
        cells = row + [""] * (len(header) - len(row))
        rater = cells[at[mapping.rater]].strip()
        if not rater:
            if any(c.strip() for c in cells):
                what = message("form.no_rater", column=mapping.rater)
                problems.append(Problem.at(shown, (number, at[mapping.rater] + 1), what))
            continue
        by_measure: dict[str, dict[str, Any]] = {}
        for column, target in mapping.columns.items():
            ident, _, key = target.partition("/")
            part = criteria.part(key)
            assert part is not None  # checked by check_mapping
            answer, wrong = cell_answer(part, cells[at[column]], criteria)
            if wrong is not None:
                problems.append(Problem.at(shown, (number, at[column] + 1), wrong))
            elif answer is not None:
                by_measure.setdefault(ident, {})[key] = answer
        comments: dict[str, str] = {}
        for column, ident in mapping.comments.items():
            comment, wrong = comment_text(cells[at[column]])
            if wrong is not None:
                problems.append(Problem.at(shown, (number, at[column] + 1), wrong))
            elif comment:
                comments[ident] = comment
        for ident, values in by_measure.items():
            place = (shown, "", number)
            ratings.append(Incoming(ident, rater, round_, values, comments.get(ident), place))
    return ratings, problems


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Each row with the line it starts on. The delimiter is the one of ``;``, ``,`` and
    tab that splits the header into the most fields (a quoted header may hold the
    others); quoting is Excel's, with ``""`` for a quote."""
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=lambda d: len(next(csv.reader([first], delimiter=d), [])))
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    rows = []
    line = 1
    for row in reader:
        rows.append((line, row))
        line = reader.line_num + 1
    return rows
