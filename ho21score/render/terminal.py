"""Tables for a terminal, with rich (imported only when output is a terminal).

The layout is decided beforehand (render/fit.py): rich gets columns of fixed widths and
cells already wrapped at word and hyphen boundaries, so it never squeezes a column to "…"
and never breaks an id in the middle of a word."""

from __future__ import annotations

from ho21score.render.fit import FittedTable


def rich_table(layout: FittedTable, title: str | None = None) -> object:
    from rich import box
    from rich.markup import escape
    from rich.table import Table as RichTable

    data = layout.table
    table = RichTable(title=title, box=box.SIMPLE_HEAVY, header_style="bold")
    for i, header in enumerate(data.headers):
        table.add_column(
            escape(header),
            justify="right" if data.alignment(i) == "r" else "left",
            width=layout.widths[i],
            overflow="fold",  # only a line rich measures wider than len() does (wide characters)
        )
    for row in data.rows:
        table.add_row(*(escape(cell) for cell in row))
    return table


def width() -> int:
    """The terminal's width as rich sees it (``COLUMNS`` if set)."""
    from rich.console import Console

    return Console().width
