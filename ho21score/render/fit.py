"""A table laid out for a terminal of a given width: which columns are shown, how wide each
is, and every cell wrapped at word and hyphen boundaries (pure text; rich only draws it).

A narrow terminal first leaves out the table's ``drop`` columns, the empty ones first
(they say nothing, and are not named among those left out), then the first listed first,
until the others fit with each column at least as wide as its longest word; then it
narrows the wrapping columns, never the numbers. A word is broken only when it is longer
than its column."""

from __future__ import annotations

import re
from typing import NamedTuple

from ho21score.render.table import Table

PADDING = 3
"""What rich's SIMPLE_HEAVY box adds to each column: a space either side and a rule."""
EDGE = 1
"""The rule at the table's left edge (rich's ``show_edge``)."""
LONG_WORD = 20
"""A wrapping column may be narrower than a word longer than this, which is then broken:
one very long word should not push the table's other columns off the terminal."""
NARROWEST = 3


class FittedTable(NamedTuple):
    table: Table  # the columns shown, cells wrapped to their width (``wrap``, ``drop`` gone)
    widths: list[int]  # each shown column's width, without padding
    left_out: list[str]  # headers of the columns left out, in table order


def table_width(widths: list[int]) -> int:
    """The width rich draws a table with columns of these widths in."""
    return sum(widths) + PADDING * len(widths) + EDGE


def fits_plain_width(table: Table, width: int) -> bool:
    """Whether every column of ``table`` fits ``width`` as wide as its plain-text layout
    (each wrapping column at most its ``wrap`` width), so that nothing is squeezed."""
    return table_width([_plain_width(table, i) for i in range(len(table.headers))]) <= width


def fit_table(table: Table, width: int) -> FittedTable:
    shown = list(range(len(table.headers)))
    least = {i: _least(table, i) for i in shown}
    empty = [i for i in table.drop if not any(row[i] for row in table.rows)]
    for column in [*empty, *(i for i in table.drop if i not in empty)]:
        if table_width([least[i] for i in shown]) <= width:
            break
        shown.remove(column)
    widths = _widths(table, shown, least, width)
    align = "".join(table.alignment(i) for i in shown)
    fitted = Table(
        [_cell(table.headers[i], w) for i, w in zip(shown, widths, strict=True)],
        [[_cell(row[i], w) for i, w in zip(shown, widths, strict=True)] for row in table.rows],
        align,
    )
    left_out = [h for i, h in enumerate(table.headers) if i not in shown and i not in empty]
    return FittedTable(fitted, widths, left_out)


def wrap_cell(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width``, broken at spaces and after hyphens between
    letters; a word longer than ``width`` starts a line of its own and is broken there.
    Indentation is kept on every line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if len(paragraph) <= width:
            lines.append(paragraph)
            continue
        indent = " " * (len(paragraph) - len(paragraph.lstrip(" ")))
        if 2 * len(indent) >= width:
            indent = ""
        line = ""
        for piece, joined in _pieces(paragraph):
            glue = "" if joined or not line else " "
            if len(indent) + len(line) + len(glue) + len(piece) <= width:
                line += glue + piece
                continue
            if line:
                lines.append(indent + line)
            room = width - len(indent)
            while len(piece) > room:
                lines.append(indent + piece[:room])
                piece = piece[room:]
            line = piece
        lines.append(indent + line)
    return lines


_HYPHEN = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")
"""After a hyphen between letters: where ``textwrap``'s ``break_on_hyphens`` breaks."""


def _pieces(paragraph: str) -> list[tuple[str, bool]]:
    """The pieces a line may break between, each with whether it is joined to the one
    before without a space (the rest of a hyphenated word)."""
    return [
        (piece, n > 0)
        for word in paragraph.split()
        for n, piece in enumerate(_HYPHEN.split(word))
    ]


def _cell(text: str, width: int) -> str:
    return "\n".join(wrap_cell(text, width))


def _texts(table: Table, column: int) -> list[str]:
    return [table.headers[column], *(row[column] for row in table.rows)]


def _natural(table: Table, column: int) -> int:
    return max(len(line) for text in _texts(table, column) for line in text.split("\n"))


def _plain_width(table: Table, column: int) -> int:
    natural = _natural(table, column)
    limit = table.wrap.get(column)
    return natural if limit is None else min(natural, max(limit, _longest_word(table, column)))


def _longest_word(table: Table, column: int) -> int:
    """The widest piece ``wrap_cell`` would not break: a word, or the part of one up to a
    hyphen (with the indentation it keeps)."""
    longest = 0
    for text in _texts(table, column):
        for paragraph in text.split("\n"):
            indent = len(paragraph) - len(paragraph.lstrip(" "))
            pieces = [len(piece) for piece, _ in _pieces(paragraph)]
            longest = max(longest, indent + max(pieces, default=0))
    return longest


def _least(table: Table, column: int) -> int:
    """The narrowest a column should be: its longest word (a wrapping column's longest
    word up to ``LONG_WORD``)."""
    word = _longest_word(table, column)
    return min(word, LONG_WORD) if column in table.wrap else word


def _widths(table: Table, shown: list[int], least: dict[int, int], width: int) -> list[int]:
    widths = {i: least[i] for i in shown}
    spare = width - table_width(list(widths.values()))
    wrapping = [i for i in shown if i in table.wrap]
    if spare < 0:
        _narrow(widths, wrapping or shown, -spare)
        if table_width(list(widths.values())) > width:
            _narrow(widths, shown, table_width(list(widths.values())) - width)
        return [widths[i] for i in shown]
    natural = {i: _natural(table, i) for i in shown}
    for i in wrapping:  # first no word broken where the width allows
        grow = min(spare, _longest_word(table, i) - widths[i], natural[i] - widths[i])
        if grow > 0:
            widths[i] += grow
            spare -= grow
    for i in shown:  # then the short columns whole: a status on one line
        if i not in table.wrap:
            grow = min(spare, natural[i] - widths[i])
            widths[i] += grow
            spare -= grow
    # then whole the texts that plain text does not wrap either (an id on one line), the
    # shortest first; the longer texts share what is left
    for i in sorted(wrapping, key=lambda i: natural[i] - widths[i]):
        if natural[i] <= table.wrap[i] and natural[i] - widths[i] <= spare:
            spare -= natural[i] - widths[i]
            widths[i] = natural[i]
    _widen(widths, [i for i in wrapping if widths[i] < natural[i]], natural, spare)
    return [widths[i] for i in shown]


def _widen(widths: dict[int, int], columns: list[int], natural: dict[int, int], by: int) -> None:
    """Give ``by`` characters to ``columns``, always to the narrowest (the leftmost of
    equals) until it is as wide as its longest line: a short column gets all it needs,
    and the widest ones share what is left."""
    wanting = list(columns)
    for _ in range(by):
        if not wanting:
            return
        narrowest = min(wanting, key=lambda i: (widths[i], i))
        widths[narrowest] += 1
        if widths[narrowest] >= natural[narrowest]:
            wanting.remove(narrowest)


def _narrow(widths: dict[int, int], columns: list[int], by: int) -> None:
    """Take ``by`` characters from ``columns``, always from the widest (the leftmost of
    equals), none narrower than ``NARROWEST``."""
    for _ in range(by):
        widest = max(columns, key=lambda i: (widths[i], -i))
        if widths[widest] <= NARROWEST:
            return
        widths[widest] -= 1
