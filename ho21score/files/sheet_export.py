"""A scoring sheet for one rater and round as an Excel workbook (openpyxl): a sheet that
explains how to score, with every question and its anchors; the scoring sheet (layout in
``sheet_layout``), with a drop-down on every input cell and everything else locked; and
a hidden sheet that says whose sheet it is, for which round, made from which commit, and
a hash of each measure's files. Imported only by ``sheet export``."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ho21score.core.criteria import Criteria, Part
from ho21score.core.delphi import GroupView, flagged_parts, group_view
from ho21score.core.measure import Measure
from ho21score.core.raters import Rater
from ho21score.files import sheet_layout as layout
from ho21score.i18n import tr

_GREY = PatternFill("solid", fgColor="E7E6E6")
_INPUT = PatternFill("solid", fgColor="FFF2CC")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_PART_WIDTH = 17  # the width of a part's columns, in characters
_QUESTION_LINES = 8  # the lines of the question row (15 points each)
_KIND_LABELS = {
    layout.ID: "sheet.kind_id",
    layout.TITLE: "sheet.kind_title",
    layout.INPUT: "sheet.kind_input",
    layout.OWN: "sheet.kind_own",
    layout.MEDIAN: "sheet.kind_median",
    layout.SPREAD: "sheet.kind_spread",
    layout.DISTRIBUTION: "sheet.kind_distribution",
    layout.COMMENT: "sheet.kind_comment",
}


class SheetSpec(NamedTuple):
    criteria: Criteria
    rater: Rater  # key: as the ratings name the rater (``Rating.rater``)
    round: int
    measures: list[Measure]
    only_disagreement: bool
    commit: str  # the git commit the sheet was made from, or ""
    hashes: dict[str, str]  # measure id -> hash of its files
    made: dt.date


def write_workbook(path: Path, spec: SheetSpec) -> int:
    """Write the workbook; returns how many measures it holds."""
    book = Workbook()
    scoring = book.active
    assert scoring is not None
    scoring.title = tr("sheet.scoring_title")
    rows = _scoring(scoring, spec)
    _guide(book.create_sheet(tr("sheet.guide_title")), spec)
    _meta(book.create_sheet(layout.META_SHEET), spec, scoring.title, rows)
    book.active = 0
    book.save(path)
    return len(rows)


def _guide(ws: Worksheet, spec: SheetSpec) -> None:
    ws.append([tr("sheet.heading", round=spec.round)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([tr("sheet.for_rater", name=spec.rater.name)])
    ws.append([])
    steps = ["sheet.how_1", "sheet.how_2", "sheet.how_3"]
    if spec.round > 1:
        steps.insert(2, "sheet.how_round")
    if spec.only_disagreement:
        steps.insert(2, "sheet.how_only")
    for step in steps:
        ws.append([tr(step)])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        ws.cell(ws.max_row, 1).alignment = _WRAP
        ws.row_dimensions[ws.max_row].height = 15 * (len(tr(step)) // 150 + 1)
    ws.append([])
    ws.append([tr("sheet.col_criterion"), tr("sheet.col_part"), tr("sheet.col_question"),
               tr("sheet.col_anchors")])
    for cell in ws[ws.max_row]:
        cell.font = _BOLD
    for criterion in spec.criteria.criteria:
        for part in criterion.parts:
            ws.append([criterion.name, part.name, question_of(spec.criteria, part),
                       _anchors(part)])
            for cell in ws[ws.max_row]:
                cell.alignment = _WRAP
    for letter, width in zip("ABCD", (20, 24, 50, 60), strict=True):
        ws.column_dimensions[letter].width = width
    _landscape(ws, fit_width=True)


def _landscape(ws: Worksheet, fit_width: bool) -> None:
    """Printed (or converted to PDF) in landscape; as wide as a page where it fits."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def question_of(criteria: Criteria, part: Part) -> str:
    """The part's question, else its criterion's (a criterion scored whole asks its own)."""
    criterion = criteria.criterion(part.criterion)
    return part.question or (criterion.question if criterion is not None else None) or ""


def _anchors(part: Part) -> str:
    if part.levels is not None:
        return "\n".join(f"{name} ({value})" for name, value in part.levels.items())
    return "\n".join(f"{score}: {text}" for score, text in sorted(part.anchors.items()))


def _scoring(ws: Worksheet, spec: SheetSpec) -> list[str]:
    criteria = spec.criteria
    cols = layout.columns(criteria, spec.round)
    names = {c.key: c.name for c in criteria.criteria}
    for index, col in enumerate(cols, start=1):
        part = col.part
        ws.cell(1, index, names[part.criterion] if part and col.kind == layout.INPUT else None)
        ws.cell(2, index, part.name if part and col.kind == layout.INPUT else None)
        width = {layout.ID: 22, layout.TITLE: 34, layout.COMMENT: 30}.get(col.kind, _PART_WIDTH)
        if part is not None and col.kind == layout.INPUT:
            question = question_of(criteria, part)
            ws.cell(layout.QUESTION_ROW, index, question)
            width = _question_width(question)
        ws.cell(layout.KIND_ROW, index, tr(_KIND_LABELS[col.kind]))
        ws.cell(layout.KEY_ROW, index, col.key)
        for row in range(1, layout.HEADER_ROWS):
            ws.cell(row, index).font = _BOLD
            ws.cell(row, index).alignment = _WRAP
        if part is not None and col.kind == layout.INPUT and _anchors(part):
            ws.cell(2, index).comment = Comment(_anchors(part), "ho21score", width=300)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.cell(1, 1, tr("sheet.heading", round=spec.round)).font = _BOLD
    ws.cell(2, 1, tr("sheet.for_rater", name=spec.rater.name))
    ws.cell(layout.QUESTION_ROW, 1, tr("sheet.see_guide", guide=tr("sheet.guide_title")))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=2)
    ws.merge_cells(start_row=layout.QUESTION_ROW, start_column=1, end_row=layout.QUESTION_ROW,
                   end_column=2)
    ws.row_dimensions[layout.KEY_ROW].hidden = True
    ws.row_dimensions[2].height = 28
    ws.row_dimensions[layout.QUESTION_ROW].height = 15 * _QUESTION_LINES
    ws.print_title_rows = f"1:{layout.KIND_ROW}"
    ws.print_title_cols = "A:B"
    _landscape(ws, fit_width=spec.round == 1)
    validations = {
        part.key: DataValidation(
            type="list",
            formula1='"' + ",".join(layout.answers(part, criteria)) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=tr("sheet.invalid_title"),
            error=tr("sheet.invalid", allowed=", ".join(layout.answers(part, criteria))),
        )
        for part in criteria.parts
    }
    for validation in validations.values():
        ws.add_data_validation(validation)
    ids = []
    for measure in spec.measures:
        flagged = flagged_parts(measure.ratings, spec.round, criteria, measure.evaluation.agreed)
        if spec.only_disagreement and not flagged:
            continue
        ids.append(measure.id)
        row = layout.FIRST_ROW + len(ids) - 1
        for index, col in enumerate(cols, start=1):
            cell = ws.cell(row, index)
            assert isinstance(cell, Cell)
            cell.alignment = _WRAP
            if col.kind == layout.ID:
                cell.value = measure.id
            elif col.kind == layout.TITLE:
                cell.value = measure.title
                cell.alignment = _WRAP
                ws.row_dimensions[row].height = 13 * (len(measure.title) // 32 + 1)
            elif col.kind == layout.COMMENT:
                cell.protection = Protection(locked=False)
                cell.fill = _INPUT
            elif col.part is not None:
                view = group_view(col.part, measure.ratings, spec.round, spec.rater.key, criteria)
                open_ = not spec.only_disagreement or col.part.key in flagged
                _fill(cell, col.kind, view, open_)
                if col.kind == layout.INPUT and open_:
                    validations[col.part.key].add(cell.coordinate)
    ws.freeze_panes = f"C{layout.FIRST_ROW}"
    ws.protection.sheet = True  # advice, not a lock: the import checks every cell itself
    return ids


def _question_width(question: str) -> int:
    """A part's input column: as wide as the other part columns, wider where its question
    would not fit in the question row (a row too low cuts the question's end off, and a
    higher one leaves no room for the measures below the frozen header on a screen)."""
    width = _PART_WIDTH
    while width < 60 and len(textwrap.wrap(question, width - 3)) > _QUESTION_LINES:
        width += 1  # an estimate on the safe side: bold text, wrapped at spaces
    return width


def _fill(cell: Cell, kind: str, view: GroupView, open_: bool) -> None:
    if kind == layout.INPUT:
        if open_:
            cell.protection = Protection(locked=False)
            cell.fill = _INPUT
            if view.own is not None:  # the Delphi convention: your answer stands unless changed
                cell.value = _answer(view.own.label)
        else:
            cell.fill = _GREY
        return
    cell.fill = _GREY
    if kind == layout.OWN:
        cell.value = _answer(view.own.label) if view.own is not None else None
    elif kind == layout.MEDIAN:
        cell.value = view.median
    elif kind == layout.SPREAD:
        cell.value = view.iqr
    elif kind == layout.DISTRIBUTION:
        cell.value = view.distribution_text() if view.answered else None


def _answer(label: str) -> int | str:
    return int(label) if label.isdigit() else label


def _meta(ws: Worksheet, spec: SheetSpec, scoring: str, ids: list[str]) -> None:
    rows: list[tuple[str, object]] = [
        ("format", layout.FORMAT),
        ("ark", scoring),
        ("runde", spec.round),
        ("vurderer", spec.rater.key),
        ("vurderer_navn", spec.rater.name),
        ("commit", spec.commit),
        ("laget", spec.made.isoformat()),
    ]
    rows += [(f"tiltak:{ident}", spec.hashes.get(ident, "")) for ident in ids]
    for key, value in rows:
        ws.append([key, value])
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
