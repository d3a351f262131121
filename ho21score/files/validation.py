"""Validate a YAML document against a file record; pydantic's errors become Problems.

Each error is placed at the key or value it is about and worded from the catalogue; an
unknown key gets the closest known key as a suggestion (for the first ``SUGGESTED`` errors
of a file by position: no more are shown, and each costs a difflib scan).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, TypeVar

from pydantic_core import ErrorDetails, ValidationError

from ho21score.files.schema import aliases_of, key_by_alias, read_record
from ho21score.files.yamlchars import Pos
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import Message, join_or, message, suggest, tr
from ho21score.problems import Problem

M = TypeVar("M")

# more than the problems shown of one file (see render.problems), so that every unknown
# key shown gets its suggestion, and a file of 70,000 unknown keys is read in moments
SUGGESTED = 100

_TYPE_WORDS = {
    "string_type": "type.text",
    "int_type": "type.int",
    "int_from_float": "type.int",
    "float_type": "type.number",
    "bool_type": "type.bool",
    "list_type": "type.list",
    "dict_type": "type.mapping",
}


def check_shape(
    record: type[M], document: Document, display: str
) -> tuple[M | None, list[Problem], list[ErrorDetails]]:
    """The record, or None with the problems and the raw errors (for salvaging).

    An error where the reader already refused a value (a huge number, an alias) is not
    reported twice.
    """
    try:
        return read_record(record, document.data), [], []
    except ValidationError as exc:
        errors = exc.errors()
        refused = {(line, col) for line, col, _ in document.refusals}
        located = sorted(
            ((_position(document, err), n) for n, err in enumerate(errors)),
        )
        problems = {
            _problem(record, pos, display, errors[n], rank < SUGGESTED)
            for rank, (pos, n) in enumerate(located)
            if pos not in refused
        }
        return None, sorted(problems), errors


@lru_cache(maxsize=256)  # a file of 70,000 unknown keys asks 70,000 times
def known_keys(record: type, path: KeyPath) -> tuple[str, ...]:
    """The keys allowed in the mapping at ``path`` inside a file of ``record``."""
    current: type | None = record
    in_container = False  # the next step is an index or key of a list or mapping
    for step in path:
        if current is None:
            return ()
        if in_container:
            in_container = False
            continue
        found = key_by_alias(current, step) if isinstance(step, str) else None
        if found is None:
            return ()
        current, in_container = found.record, found.many
    return tuple(aliases_of(current)) if current is not None and not in_container else ()


def _position(document: Document, err: ErrorDetails) -> Pos:
    loc: KeyPath = tuple(err["loc"])
    kind = err["type"]
    if loc and loc[-1] == "[key]":
        return document.key_pos(loc[:-1])
    if kind in ("extra_forbidden", "invalid_key"):
        return document.key_pos(loc)
    if kind == "missing":
        return document.value_pos(loc[:-1])
    return document.value_pos(loc)


def _problem(record: type, pos: Pos, display: str, err: ErrorDetails, hint: bool) -> Problem:
    loc: KeyPath = tuple(err["loc"])
    where = ".".join(str(step) for step in loc if step != "[key]") or tr("word.top")
    return Problem.at(display, pos, _message(record, loc, err["type"], where, err, hint))


def _message(
    record: type, loc: KeyPath, kind: str, where: str, err: ErrorDetails, hint: bool = True
) -> Message:
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "missing":
        return message("field.missing", key=where)
    if kind == "invalid_key":  # 1: or true: where the file's own keys are expected
        known = known_keys(record, loc[:-1])
        return message("field.unknown", key=loc[-1], hint="", allowed=", ".join(known))
    if kind == "extra_forbidden":
        known = known_keys(record, loc[:-1])
        return message(
            "field.unknown",
            key=loc[-1],
            hint=suggest(str(loc[-1]), known) if hint else "",
            allowed=", ".join(known),
        )
    if kind in _TYPE_WORDS:
        found = _describe(err.get("input"))
        return message("field.wrong_type", key=where, expected=tr(_TYPE_WORDS[kind]), found=found)
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return message(
            "field.not_allowed", key=where, value=err.get("input"), allowed=join_or(allowed)
        )
    if kind == "finite_number":
        return message("field.not_finite", key=where)
    if kind == "bad_date":
        return message("field.bad_date", key=where, value=err.get("input"))
    if kind == "bad_period":
        return message("field.bad_period", key=where, value=err.get("input"))
    if kind in ("string_too_short", "too_short"):
        return message("field.empty", key=where)
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return message("field.too_small", key=where, value=err.get("input"), limit=limit)
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return message("field.too_large", key=where, value=err.get("input"), limit=limit)
    return message("field.invalid", key=where, detail=err.get("msg", kind))


def _describe(value: object) -> str:
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
