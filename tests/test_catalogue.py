"""The message catalogue: every key used exists, none is orphaned, and both languages
take the same placeholders (plural pairs take ``count``)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from ho21score.core.vocabulary import PHASES, STATUSES
from ho21score.i18n import set_language, tr
from ho21score.messages import MESSAGES

PACKAGE = Path(__file__).resolve().parent.parent / "ho21score"
CALLS = {"tr", "message"}
# keys built at run time from the vocabulary: f"phase.{phase}", f"status.{status}"
DYNAMIC = {f"phase.{p}" for p in PHASES} | {f"status.{s}" for s in STATUSES}


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "messages.py"
    ]


def _calls() -> list[tuple[str, ast.Call, str]]:
    """(where, call, key) of every tr("key") and message("key") with a literal key."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((f"{path.name}:{node.lineno}", node, node.args[0].value))
    return found


def _called_keys() -> list[tuple[str, str]]:
    return [(where, key) for where, _, key in _calls()]


def _literals() -> set[str]:
    return {
        node.value
        for _, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def _forms(text: str | tuple[str, str]) -> tuple[str, ...]:
    return text if isinstance(text, tuple) else (text,)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_used_exists() -> None:
    missing = [(where, key) for where, key in _called_keys() if key not in MESSAGES]
    assert missing == []


def test_no_key_is_orphaned() -> None:
    used = _literals() | DYNAMIC
    assert sorted(set(MESSAGES) - used) == []


def test_dynamic_keys_cover_the_vocabulary() -> None:
    assert sorted(DYNAMIC - set(MESSAGES)) == []


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_placeholders_match_between_languages(key: str) -> None:
    nb, en = MESSAGES[key]
    sets = [_placeholders(form) for form in (*_forms(nb), *_forms(en))]
    assert all(s == sets[0] for s in sets), f"{key}: {sets}"


def test_plural_messages_are_always_given_a_count() -> None:
    plural = {key for key, texts in MESSAGES.items() if any(isinstance(t, tuple) for t in texts)}
    missing = [
        where
        for where, call, key in _calls()
        if key in plural and not any(kw.arg == "count" for kw in call.keywords)
    ]
    assert missing == []

def test_plural_forms_are_chosen_by_count() -> None:
    set_language("nb")
    assert tr("rank.stopped_left_out", count=1).startswith("1 stoppet tiltak er utelatt")
    assert tr("rank.stopped_left_out", count=2).startswith("2 stoppede tiltak er utelatt")
    assert tr("count.files", count=1) == "1 fil"
    assert tr("count.files", count=0) == "0 filer"
    set_language("en")
    assert tr("count.errors", count=1) == "1 error"
    assert tr("count.errors", count=2) == "2 errors"
    assert tr("count.measures", count=1) == "1 measure"


def test_problem_codes_are_keys() -> None:
    """Codes are what scripts match: the catalogue keys, in a stable shape."""
    assert all(re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+", key) or key in DYNAMIC for key in MESSAGES)
