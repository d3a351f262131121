"""Validate a YAML document against a file record; pydantic's errors become Problems.

Each error is placed at the key or value it is about and worded from the catalogue; an
unknown key gets the closest known key as a suggestion.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic_core import ErrorDetails, ValidationError

from ho21score.files.schema import aliases_of, key_by_alias, read_record
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import Message, join_or, message, suggest, tr
from ho21score.problems import Problem

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
        problems = {_problem(record, document, display, err) for err in errors}
        kept = sorted(p for p in problems if (p.line, p.col) not in refused)
        return None, kept, errors


def known_keys(record: type, path: KeyPath) -> list[str]:
    """The keys allowed in the mapping at ``path`` inside a file of ``record``."""
    current: type | None = record
    in_container = False  # the next step is an index or key of a list or mapping
    for step in path:
        if current is None:
            return []
        if in_container:
            in_container = False
            continue
        found = key_by_alias(current, step) if isinstance(step, str) else None
        if found is None:
            return []
        current, in_container = found.record, found.many
    return aliases_of(current) if current is not None and not in_container else []


def _problem(record: type, document: Document, display: str, err: ErrorDetails) -> Problem:
    loc: KeyPath = tuple(err["loc"])
    kind = err["type"]
    where = ".".join(str(step) for step in loc if step != "[key]") or tr("word.top")
    if loc and loc[-1] == "[key]":
        pos = document.key_pos(loc[:-1])
    elif kind == "extra_forbidden":
        pos = document.key_pos(loc)
    elif kind == "missing":
        pos = document.value_pos(loc[:-1])
    else:
        pos = document.value_pos(loc)
    return Problem.at(display, pos, _message(record, loc, kind, where, err))


def _message(record: type, loc: KeyPath, kind: str, where: str, err: ErrorDetails) -> Message:
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "missing":
        return message("field.missing", key=where)
    if kind == "extra_forbidden":
        known = known_keys(record, loc[:-1])
        return message(
            "field.unknown",
            key=loc[-1],
            hint=suggest(str(loc[-1]), known),
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
    if kind == "bad_date":
        return message("field.bad_date", key=where, value=err.get("input"))
    if kind in ("string_too_short", "too_short"):
        return message("field.empty", key=where)
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return message("field.too_small", key=where, value=err.get("input"), limit=limit)
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
