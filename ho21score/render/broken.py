"""Measure files with errors, listed wherever the measures are (rank, status, report), so
that no measure disappears without a word."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ho21score.core.measure import Unreadable
from ho21score.i18n import tr

SHOWN = 3  # errors shown per file; validate shows them all


def _error_lines(broken: Sequence[Unreadable], escape: Callable[[str], str]) -> list[str]:
    out = []
    for file in broken:
        for error in file.errors[:SHOWN]:
            # an error may be in one of the measure's rating files (measures/<id>/…)
            out.append(f"{escape(error.path)}:{error.line}: {escape(error.message)}")
        if len(file.errors) > SHOWN:
            out.append(tr("broken.more", count=len(file.errors) - SHOWN))
    return out


def text(broken: Sequence[Unreadable]) -> str:
    """For the terminal: a heading and a line per error; empty without broken files."""
    if not broken:
        return ""
    lines = _error_lines(broken, str)
    return "\n" + tr("broken.heading", count=len(broken)) + "\n" + "".join(
        f"  {line}\n" for line in lines
    )


def markdown(
    broken: Sequence[Unreadable], escape: Callable[[str], str], intro: str = "broken.intro"
) -> str:
    """For Markdown: an intro (the report's, or ``broken.heading``) and a bullet per error."""
    lines = _error_lines(broken, escape)
    return tr(intro, count=len(broken)) + "\n\n" + "".join(f"- {x}\n" for x in lines)


def json_entries(broken: Sequence[Unreadable]) -> list[dict[str, Any]]:
    return [
        {
            "id": file.id,
            "path": file.display,
            "errors": [
                {"path": e.path, "line": e.line, "col": e.col, "code": e.code,
                 "message": e.message}
                for e in file.errors
            ],
        }
        for file in broken
    ]
