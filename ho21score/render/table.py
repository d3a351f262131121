"""A table as plain data, and its plain-text layout (for pipes, files and tests)."""

from __future__ import annotations

import textwrap
from typing import NamedTuple


class Table(NamedTuple):
    headers: list[str]
    rows: list[list[str]]
    align: str = ""  # one letter per column: "l" or "r"; missing letters mean "l"
    wrap: dict[int, int] = {}  # column -> max width in plain text; never changed
    # columns a narrow terminal may leave out, the first listed first (render/fit.py);
    # plain text, Markdown and the report always show every column
    drop: tuple[int, ...] = ()

    def alignment(self, column: int) -> str:
        return self.align[column] if column < len(self.align) else "l"


def plain(table: Table) -> str:
    """Columns padded with two spaces between them; long cells wrapped where asked."""
    cells = [[_wrap(cell, table.wrap.get(i)) for i, cell in enumerate(row)] for row in table.rows]
    heads = [_wrap(h, table.wrap.get(i)) for i, h in enumerate(table.headers)]
    widths = [
        max(len(line) for lines in [heads[i], *(row[i] for row in cells)] for line in lines)
        for i in range(len(table.headers))
    ]
    out = _lines(heads, widths, table)
    out.append("  ".join("-" * w for w in widths))
    for row in cells:
        out += _lines(row, widths, table)
    return "\n".join(line.rstrip() for line in out) + "\n"


def _wrap(text: str, width: int | None) -> list[str]:
    if width is None or len(text) <= width:
        return text.split("\n") if text else [""]
    return textwrap.wrap(text, width, break_long_words=True) or [""]


def _lines(row: list[list[str]], widths: list[int], table: Table) -> list[str]:
    height = max(len(cell) for cell in row)
    lines = []
    for n in range(height):
        parts = []
        for i, cell in enumerate(row):
            text = cell[n] if n < len(cell) else ""
            parts.append(
                text.rjust(widths[i]) if table.alignment(i) == "r" else text.ljust(widths[i])
            )
        lines.append("  ".join(parts))
    return lines
