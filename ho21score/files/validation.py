"""Validate a YAML document against a file model; pydantic's errors become Problems.

Each error is placed at the key or value it is about and worded from the catalogue; an
unknown key gets the closest known key as a suggestion.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any, TypeVar, cast

from pydantic_core import ValidationError

from ho21score.files.schema import Spec, spec_of
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import join_or, tr
from ho21score.problems import Level, Problem

M = TypeVar("M")

_TYPE_WORDS = {
    "string_type": "type.text",
    "int_type": "type.int",
    "int_from_float": "type.int",
    "float_type": "type.number",
    "bool_type": "type.bool",
    "list_type": "type.list",
    "dict_type": "type.mapping",
}


def validate(
    model: type[M], document: Document, display: str
) -> tuple[M | None, list[Problem], list[Any]]:
    """The record, or None with the problems and the raw errors (for salvaging).

    An error where the reader already refused a value (a huge number, an alias) is not
    reported twice.
    """
    try:
        return cast(M, spec_of(model).validate(document.data)), [], []
    except ValidationError as exc:
        refused = {(line, col) for line, col, _ in document.refusals}
        problems = {_problem(spec_of(model), document, display, err) for err in exc.errors()}
        kept = sorted(p for p in problems if (p.line, p.col) not in refused)
        return None, kept, list(exc.errors())


def suggest(word: str, known: Iterable[str]) -> str:
    """' (did you mean «x»?)' or ''."""
    candidates = list(known)
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not close and len(word) >= 3:
        close = sorted(c for c in candidates if c.startswith(word))[:1]
    return tr("hint.did_you_mean", word=close[0]) if close else ""


def known_keys(spec: Spec, path: KeyPath) -> list[str]:
    """The keys allowed in the mapping at ``path`` inside a file of ``spec``."""
    current: Spec | None = spec
    in_container = False  # the next step is an index or key of a list or mapping
    for step in path:
        if current is None:
            return []
        if in_container:
            in_container = False
            continue
        key = current.key(step) if isinstance(step, str) else None
        if key is None:
            return []
        current, in_container = key.record, key.many
    return current.aliases if current is not None and not in_container else []


def _problem(spec: Spec, document: Document, display: str, err: Any) -> Problem:
    loc: KeyPath = tuple(err["loc"])
    kind: str = err["type"]
    ctx: dict[str, Any] = err.get("ctx") or {}
    where = ".".join(str(step) for step in loc if step != "[key]") or tr("word.top")
    if loc and loc[-1] == "[key]":
        pos = document.key_pos(loc[:-1])
    elif kind == "extra_forbidden":
        pos = document.key_pos(loc)
    elif kind == "missing":
        pos = document.value_pos(loc[:-1])
    else:
        pos = document.value_pos(loc)
    message = _message(spec, loc, kind, ctx, where, err)
    return Problem(display, pos[0], pos[1], Level.ERROR, message)


def _message(spec: Spec, loc: KeyPath, kind: str, ctx: dict[str, Any], where: str, err: Any) -> str:
    if kind == "missing":
        return tr("field.missing", key=where)
    if kind == "extra_forbidden":
        known = known_keys(spec, loc[:-1])
        return tr(
            "field.unknown",
            key=loc[-1],
            hint=suggest(str(loc[-1]), known),
            allowed=", ".join(known),
        )
    if kind in _TYPE_WORDS:
        found = _describe(err.get("input"))
        return tr("field.wrong_type", key=where, expected=tr(_TYPE_WORDS[kind]), found=found)
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return tr("field.not_allowed", key=where, value=err.get("input"), allowed=join_or(allowed))
    if kind == "bad_date":
        return tr("field.bad_date", key=where, value=err.get("input"))
    if kind in ("string_too_short", "too_short"):
        return tr("field.empty", key=where)
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return tr("field.too_small", key=where, value=err.get("input"), limit=limit)
    return tr("field.invalid", key=where, detail=err.get("msg", kind))


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return tr("found.bool", value=str(value).lower())
    if isinstance(value, dict):
        return tr("type.mapping")
    if isinstance(value, list):
        return tr("type.list")
    if value is None:
        return tr("found.nothing")
    if isinstance(value, str):
        return tr("found.text", value=value)
    return tr("found.value", value=value)
