"""Participation: who has scored which measure in a round (``status --participation`` and
the report's "Hvem har vurdert (runde N)").

A matrix of raters (rows) × measures (numbered columns, with a key below giving each
number's id, phase, status and how many raters scored it in full), so that it stays
narrow however long the ids are. A cell is ✓ (every part of the criteria rated by that
rater in that round), ½ (some parts) or – (none yet).

Raters: with a roster, everyone on it, in its order; without one, everyone who has rated
any measure in any round, by name. Measures: those that take ratings now, the ones not
stopped in idé or analyse (scores are what BP2 needs; after it they no longer move the
measure on), ordered as on the status board.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from ho21score.core.measure import Measure
from ho21score.core.raters import Rater, Roster
from ho21score.core.vocabulary import PHASES, Phase, Status
from ho21score.i18n import join_or, tr
from ho21score.render.markdown import escape as md_escape
from ho21score.render.markdown import markdown_table
from ho21score.render.table import Table

RATED_PHASES: tuple[Phase, ...] = (Phase.IDEA, Phase.ANALYSIS)
"""The phases whose measures take ratings: up to and including BP2, which needs them."""

NAME_WIDTH = 24  # a longer name wraps; on a narrow terminal the names give way, not the marks
ID_WIDTH = 60  # as long as `new` makes an id: ids are wrapped only on a narrow terminal


class Cell(StrEnum):
    SCORED = "✓"
    PARTLY = "½"
    NONE = "–"


class Participation(NamedTuple):
    round: int | None  # None: each measure's own latest round
    raters: tuple[Rater, ...]  # key: identity as in Rating.rater; name: for people
    measures: tuple[Measure, ...]  # in column order
    cells: dict[tuple[str, str], Cell]  # (rater key, measure id) -> cell

    @property
    def empty(self) -> bool:
        return not self.raters or not self.measures

    def cell(self, rater: Rater, measure: Measure) -> Cell:
        return self.cells.get((rater.key, measure.id), Cell.NONE)

    def scored_by(self, rater: Rater) -> int:
        return sum(self.cell(rater, m) is Cell.SCORED for m in self.measures)

    def scored_of(self, measure: Measure) -> int:
        return sum(self.cell(r, measure) is Cell.SCORED for r in self.raters)


def latest_round(measures: Iterable[Measure]) -> int | None:
    """The highest round any measure has a rating in; None if there are no ratings."""
    return max((r.round for m in measures for r in m.ratings), default=None)


def taking_ratings(measures: Iterable[Measure]) -> list[Measure]:
    """The measures that take ratings now, ordered as on the board (phase, then title)."""
    chosen = [m for m in measures if m.phase in RATED_PHASES and m.status is not Status.STOPPED]
    return sorted(chosen, key=lambda m: (PHASES.index(m.phase), m.title.casefold(), m.id))


def raters_of(measures: Iterable[Measure], roster: Roster | None) -> list[Rater]:
    """The roster's raters in its order; without one, everyone who has rated anything, by
    name."""
    if roster is not None:
        return list(roster.raters)
    found = {r.rater: r.shown for m in measures for r in m.ratings}
    return sorted(
        (Rater(key, name) for key, name in found.items()),
        key=lambda r: (r.name.casefold(), r.name, r.key),
    )


def participation(
    measures: Sequence[Measure],
    parts: Sequence[str],
    roster: Roster | None = None,
    in_round: int | None = None,
) -> Participation:
    """Who has rated which measure in ``in_round`` (default: each measure's own latest
    round, since rounds go per measure: a new one starts where the council asks again);
    ``parts`` are the part keys a full rating covers."""
    columns = taking_ratings(measures)
    wanted = set(parts)
    cells: dict[tuple[str, str], Cell] = {}
    for m in columns:
        chosen = in_round if in_round is not None else latest_round([m]) or 1
        for rating in m.ratings:
            if rating.round != chosen:
                continue
            rated = wanted & rating.values.keys()
            if rated:
                cells[rating.rater, m.id] = Cell.SCORED if rated == wanted else Cell.PARTLY
    return Participation(in_round, tuple(raters_of(measures, roster)), tuple(columns), cells)


def matrix_title(data: Participation) -> str:
    if data.round is None:
        return tr("participation.title_latest")
    return tr("participation.title", round=data.round)


def matrix(data: Participation, escape: Callable[[str], str] = str) -> Table:
    """A row per rater: a mark per measure (numbered columns) and how many they scored."""
    of = len(data.measures)
    headers = [
        tr("participation.col_rater"),
        *(str(n) for n in range(1, of + 1)),
        tr("participation.col_scored"),
    ]
    rows = [
        [
            escape(r.name),
            *(data.cell(r, m).value for m in data.measures),
            tr("participation.done", done=data.scored_by(r), of=of),
        ]
        for r in data.raters
    ]
    return Table(headers, rows, "l" * (of + 1) + "r", wrap={0: NAME_WIDTH})


def column_key(data: Participation, ident: Callable[[str], str] = str) -> Table:
    """What each column number stands for, and how many raters scored that measure."""
    headers = [
        tr("participation.col_number"),
        tr("col.id"),
        tr("col.phase"),
        tr("col.status"),
        tr("participation.col_scored_by"),
    ]
    of = len(data.raters)
    rows = [
        [
            str(n),
            ident(m.id),
            tr(f"phase.{m.phase}"),
            tr(f"status.{m.status}"),
            tr("participation.done", done=data.scored_of(m), of=of),
        ]
        for n, m in enumerate(data.measures, start=1)
    ]
    return Table(headers, rows, "rlllr", wrap={1: ID_WIDTH})


def fits(table: Table, width: int) -> bool:
    """Whether ``table`` fits ``width`` columns as rich draws it on a terminal without
    squeezing a column (one space of padding either side and a separator per column);
    when it does not, the matrix is better printed as plain text, which the terminal
    wraps, than squeezed until the marks become "…"."""
    natural = [
        max(len(text) for text in (head, *(row[i] for row in table.rows)))
        for i, head in enumerate(table.headers)
    ]
    return sum(natural) + 3 * len(natural) <= width


def marks_legend() -> str:
    return tr("participation.legend", scored=Cell.SCORED, partly=Cell.PARTLY, none=Cell.NONE)


def empty_text(data: Participation) -> str:
    """Why there is no matrix: nobody to ask, or nothing to score."""
    if not data.raters:
        return tr("participation.no_raters")
    phases = join_or([tr(f"phase.{p}").lower() for p in RATED_PHASES])
    return tr("participation.no_measures", phases=phases)


def section_body(data: Participation) -> str:
    """The report's section body: the matrix, the legend and the key."""
    if data.empty:
        return empty_text(data) + "\n"
    return "\n".join(
        [
            markdown_table(matrix(data, md_escape)),
            marks_legend() + "\n",
            markdown_table(column_key(data, lambda i: f"`{i}`")),
        ]
    )
