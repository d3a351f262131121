"""GitHub-flavoured Markdown: tables and escaping of text from the measure files."""

from __future__ import annotations

import html
import re

from ho21score.render.table import Table

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def escape(text: str) -> str:
    """Text from a file, safe inside a paragraph or a table cell: no live HTML, no
    Markdown emphasis, links or code, no broken table rows."""
    text = html.escape(text, quote=False)
    text = _SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


def markdown_table(data: Table) -> str:
    head = "| " + " | ".join(data.headers) + " |"
    rule = (
        "|"
        + "|".join("---:" if data.alignment(i) == "r" else "---" for i in range(len(data.headers)))
        + "|"
    )
    rows = ["| " + " | ".join(row) + " |" for row in data.rows]
    return "\n".join([head, rule, *rows]) + "\n"
