"""Problems as text: compiler-style lines, GitHub workflow commands, JSON; each with its
stable code, which scripts match instead of the translated sentence.

A file shows at most ``SHOWN_PER_FILE`` problems, then one more that counts the rest
(``file.more_problems``, at the first one left out): a file of 70,000 unknown keys is one
mistake made many times, and its first problems are what to fix first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from ho21score.i18n import message
from ho21score.problems import Level, Problem

SHOWN_PER_FILE = 50


def capped(problems: Iterable[Problem]) -> list[Problem]:
    """The problems in their order, at most ``SHOWN_PER_FILE`` of each file, each file's
    last one shown followed by one that counts the rest (an error if any of them is)."""
    listed = list(problems)
    totals = Counter(p.path for p in listed)
    if all(count <= SHOWN_PER_FILE for count in totals.values()):
        return listed
    seen: Counter[str] = Counter()
    rest: dict[str, list[Problem]] = {}
    for problem in listed:
        seen[problem.path] += 1
        if seen[problem.path] > SHOWN_PER_FILE:
            rest.setdefault(problem.path, []).append(problem)
    shown: list[Problem] = []
    seen.clear()
    for problem in listed:
        path = problem.path
        seen[path] += 1
        if seen[path] > SHOWN_PER_FILE:
            continue
        shown.append(problem)
        if seen[path] == SHOWN_PER_FILE and path in rest:
            left = rest[path]
            level = Level.ERROR if any(p.is_error for p in left) else Level.WARNING
            more = message("file.more_problems", count=len(left))
            shown.append(Problem.at(path, (left[0].line, left[0].col), more, level))
    return shown


def text_lines(problems: Iterable[Problem]) -> list[str]:
    return [
        f"{p.place}: {p.level.value}: {p.message} [{p.code}]"
        for p in capped(problems)
    ]


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(problems: Iterable[Problem]) -> list[str]:
    """Workflow commands, so that GitHub annotates the lines in a pull request."""
    return [
        f"::{p.level.value} file={_escape_property(p.path)},line={p.line},col={p.col}"
        f"::{_escape_data(p.message)} [{p.code}]"
        for p in capped(problems)
    ]


def problems_json(problems: list[Problem], files: int) -> str:
    """Every file's problems (capped as in text; ``errors`` and ``warnings`` count them all).
    Strict JSON: a value that is not a finite number is a bug, never ``NaN`` in the output."""
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
            for p in capped(problems)
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
