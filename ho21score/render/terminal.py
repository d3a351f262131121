"""Tables for a terminal, with rich (imported only when output is a terminal)."""

from __future__ import annotations

from ho21score.render.table import Table


def rich_table(data: Table, title: str | None = None) -> object:
    from rich import box
    from rich.markup import escape
    from rich.table import Table as RichTable

    table = RichTable(title=title, box=box.SIMPLE_HEAVY, header_style="bold")
    for i, header in enumerate(data.headers):
        # columns that may wrap in plain text may wrap here; the others (numbers, ids) keep
        # their width, so that a narrow terminal squeezes the text, not the figures
        wraps = i in data.wrap
        table.add_column(
            escape(header),
            justify="right" if data.alignment(i) == "r" else "left",
            no_wrap=not wraps,
            overflow="fold" if wraps else "ellipsis",
            ratio=data.wrap[i] if wraps else None,
            min_width=min(data.wrap[i], 14) if wraps else None,
        )
    for row in data.rows:
        table.add_row(*(escape(cell) for cell in row))
    return table
