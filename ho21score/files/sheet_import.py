"""A filled-in scoring sheet read back (openpyxl): whose it is and for which round (the
hidden sheet), and each measure's answers, every cell checked by the tool itself; Excel's
drop-downs are advice, and a pasted value bypasses them. Every bad cell is a problem at
``file:Sheet!C7``. Imported only by ``sheet import``."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria, Part
from ho21score.files import sheet_layout as layout
from ho21score.files.incoming import Incoming
from ho21score.files.scores import ScoreError, parse_score, word_value
from ho21score.i18n import Message, join_or, message
from ho21score.problems import Level, Problem


class Sheet(NamedTuple):
    rater: str
    round: int
    ratings: list[Incoming]
    hashes: dict[str, str]  # measure id -> hash of its files when the sheet was made


def read_sheet(
    path: Path,
    shown: str,
    criteria: Criteria,
    known: set[str],
    broken: frozenset[str] = frozenset(),
) -> tuple[Sheet | None, list[Problem]]:
    """The answers of a workbook made by ``sheet export``; None if it cannot be read."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or message("sheet.not_workbook").text
        return None, [Problem.at(shown, (1, 1), message("sheet.unreadable", reason=reason))]
    if layout.META_SHEET not in book.sheetnames:
        return None, [Problem.at(shown, (1, 1), message("sheet.not_ours"))]
    meta_ws = book[layout.META_SHEET]
    meta = {str(row[0]): row[1] for row in meta_ws.iter_rows(values_only=True) if row[0]}
    problems: list[Problem] = []

    def at_meta(key: str, what: Message) -> None:
        row = next((i for i, k in enumerate(meta, start=1) if k == key), 1)
        problems.append(Problem.in_cell(shown, layout.META_SHEET, row, 2, what))

    round_, rater, name = meta.get("runde"), meta.get("vurderer"), str(meta.get("ark", ""))
    if meta.get("format") != layout.FORMAT:
        at_meta("format", message("sheet.bad_format", found=meta.get("format")))
    if not isinstance(round_, int) or isinstance(round_, bool) or round_ < 1:
        at_meta("runde", message("sheet.bad_meta", key="runde"))
    if not isinstance(rater, str) or not rater.strip():
        at_meta("vurderer", message("sheet.bad_meta", key="vurderer"))
    if name not in book.sheetnames:
        at_meta("ark", message("sheet.bad_meta", key="ark"))
    if problems or not isinstance(round_, int) or not isinstance(rater, str):
        return None, problems
    ws = book[name]
    keys = {c.key: c for c in layout.columns(criteria, round_)}
    header = [ws.cell(layout.KEY_ROW, col).value for col in range(1, ws.max_column + 1)]
    columns: dict[int, layout.Column] = {}
    for col, key in enumerate(header, start=1):
        if key is None:
            continue
        if str(key) not in keys:
            what = message("sheet.unknown_column", key=key)
            problems.append(Problem.in_cell(shown, name, layout.KEY_ROW, col, what))
        else:
            columns[col] = keys[str(key)]
    id_col = next((c for c, column in columns.items() if column.kind == layout.ID), None)
    if id_col is None:
        what = message("sheet.unknown_column", key=layout.ID)
        return None, [*problems, Problem.in_cell(shown, name, layout.KEY_ROW, 1, what)]
    ratings: list[Incoming] = []
    seen: dict[str, int] = {}
    for row in range(layout.FIRST_ROW, ws.max_row + 1):
        ident = ws.cell(row, id_col).value
        if ident is None or str(ident).strip() == "":
            continue
        ident = str(ident).strip()
        if ident not in known:
            key = "sheet.measure_broken" if ident in broken else "sheet.unknown_measure"
            what = message(key, id=ident)
            problems.append(Problem.in_cell(shown, name, row, id_col, what))
            continue
        if ident in seen:
            what = message("sheet.measure_twice", id=ident, row=seen[ident])
            problems.append(Problem.in_cell(shown, name, row, id_col, what))
            continue
        seen[ident] = row
        values: dict[str, Any] = {}
        comment: str | None = None
        for col, column in columns.items():
            value = ws.cell(row, col).value
            if column.kind == layout.COMMENT and value is not None:
                comment, bad = comment_text(str(value))
                if bad is not None:
                    problems.append(Problem.in_cell(shown, name, row, col, bad))
            if column.kind != layout.INPUT or column.part is None:
                continue
            answer, wrong = cell_answer(column.part, value, criteria)
            if wrong is not None:
                problems.append(Problem.in_cell(shown, name, row, col, wrong))
            elif answer is not None:
                values[column.part.key] = answer
        if values:
            place = (shown, name, row)
            ratings.append(Incoming(ident, rater.strip(), round_, values, comment, place))
    hashes = {k.removeprefix("tiltak:"): str(v) for k, v in meta.items() if k.startswith("tiltak:")}
    return Sheet(rater.strip(), round_, ratings, hashes), problems


def cell_answer(part: Part, value: object, criteria: Criteria) -> tuple[Any, Message | None]:
    """A cell's answer for ``part`` (None: not rated), or what is wrong with it: a number
    typed as text ("4") is a number, a level name in any case is the level, "vet ikke" or
    a blank cell is no answer; anything else is refused with what is allowed."""
    if value is None:
        return None, None
    if isinstance(value, str):
        value = value.strip()
        if value == "" or value.casefold() == layout.DONT_KNOW:
            return None, None
        if part.levels is not None:
            level = next((lv for lv in part.levels if lv.casefold() == value.casefold()), value)
            return _checked(part, level, criteria)
        value = word_value(value)  # "4" and "4.0" are 4, as on the command line
    if isinstance(value, float) and value.is_integer() and part.levels is None:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | str | float):
        allowed = join_or(layout.answers(part, criteria))
        return None, message("sheet.bad_value", value=value, allowed=allowed)
    return _checked(part, value, criteria)


def comment_text(value: str) -> tuple[str | None, Message | None]:
    """A comment as it can be written into a rating file: Windows line breaks made plain,
    spaces trimmed; or what is wrong (a control or bidirectional character)."""
    from ho21score.files.yamlchars import unsafe_character

    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    char = unsafe_character(text.replace("\n", " ").replace("\t", " "))
    if char is not None:
        return None, message("sheet.bad_comment", code=f"U+{ord(char):04X}")
    return text or None, None


def _checked(part: Part, value: Any, criteria: Criteria) -> tuple[Any, Message | None]:
    try:
        parse_score(part, value, criteria)
    except ScoreError as exc:
        return None, exc.what
    return value, None


def hash_warnings(
    sheet: Sheet, shown: str, current: dict[str, str]
) -> list[Problem]:
    """A warning for each measure whose files changed since the sheet was made: the rater
    may have scored a description that has since been revised."""
    problems = []
    for ident, made in sheet.hashes.items():
        if made and ident in current and current[ident] != made:
            what = message("sheet.changed_since", id=ident)
            problems.append(Problem.at(shown, (1, 1), what, Level.WARNING))
    return problems
