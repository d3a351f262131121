"""Problems as text: compiler-style lines, GitHub workflow commands, JSON; each with its
stable code, which scripts match instead of the translated sentence."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ho21score.problems import Problem


def text_lines(problems: Iterable[Problem]) -> list[str]:
    return [f"{p.path}:{p.line}:{p.col}: {p.level.value}: {p.message} [{p.code}]" for p in problems]


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(problems: Iterable[Problem]) -> list[str]:
    """Workflow commands, so that GitHub annotates the lines in a pull request."""
    return [
        f"::{p.level.value} file={_escape_property(p.path)},line={p.line},col={p.col}"
        f"::{_escape_data(p.message)} [{p.code}]"
        for p in problems
    ]


def problems_json(problems: list[Problem], files: int) -> str:
    doc = {
        "files": files,
        "errors": sum(p.is_error for p in problems),
        "warnings": sum(not p.is_error for p in problems),
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "col": p.col,
                "level": p.level.value,
                "code": p.code,
                "message": p.message,
            }
            for p in problems
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
