"""Safe YAML 1.2 reading with a position for every key and value.

The C parser of ruamel.yaml (libyaml) produces the event stream; this module builds the
data from it, iteratively, so that the input cannot run the interpreter out of stack.
Everything that makes YAML unsafe or surprising is refused here, with its position:
directives (``%YAML 1.1`` turns ``NO`` into false), tags, anchors and aliases (billion
laughs), duplicate keys, deep nesting and huge integers. Plain scalars are resolved by
the YAML 1.2 core schema, so ``NO``, ``yes`` and ``on`` stay strings. Dates stay strings
and are parsed by the model, which can then say what is wrong with ``2026-02-30``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import _ruamel_yaml
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ho21score.i18n import Message, message

Key = str | int
KeyPath = tuple[Key, ...]
Pos = tuple[int, int]

MAX_DEPTH = 32
MAX_INT_DIGITS = 15

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")


class YamlSyntaxError(Exception):
    """The text cannot be read as YAML at all; carries a 1-based position."""

    def __init__(self, line: int, col: int, what: Message) -> None:
        super().__init__(what.text)
        self.line = line
        self.col = col
        self.what = what


@dataclass
class Document:
    """Plain data (dict, list, str, int, float, bool, None) and where each part stands."""

    data: Any
    values: dict[KeyPath, Pos] = field(default_factory=dict)
    keys: dict[KeyPath, Pos] = field(default_factory=dict)
    # (line, col, message) of what was refused but did not stop the reading
    refusals: list[tuple[int, int, Message]] = field(default_factory=list)
    # only with detail=True, for editing: [start, end) character offsets of each value
    # (a block scalar's end takes in the blank lines after it), and which collections are
    # flow style
    spans: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    flow: set[KeyPath] = field(default_factory=set)

    def value_pos(self, path: KeyPath) -> Pos:
        """Where the value at ``path`` starts, else its nearest ancestor."""
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def key_pos(self, path: KeyPath) -> Pos:
        """Where the key of ``path`` stands, else where the value stands."""
        return self.keys.get(path) or self.value_pos(path)


def resolve_plain(text: str) -> Any:
    """A plain scalar by the YAML 1.2 core schema; raises ValueError for huge integers."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[0]
    if not (first.isdigit() or first in "+-."):
        return text
    if _INT.match(text):
        if len(text.lstrip("+-")) > MAX_INT_DIGITS:
            raise ValueError(text)
        return int(text)
    if _OCT.match(text) or _HEX.match(text):
        if len(text) - 2 > MAX_INT_DIGITS:
            raise ValueError(text)
        return int(text, 0)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.match(text):
        return float("nan")
    return text


def _pos(event: Any) -> Pos:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


def _first_directive(text: str) -> Pos | None:
    """Directives can only start a line before the document; libyaml does not report %TAG
    positions well, so find them in the text."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("%"):
            return number, 1
        if line.startswith("---"):
            return None
    return None


def load(text: str, detail: bool = False) -> Document:
    """Read one YAML document. Raises YamlSyntaxError for what cannot be read at all.

    ``detail`` also records where each value starts and ends (for editing)."""
    directive = _first_directive(text)
    if directive is not None:
        raise YamlSyntaxError(*directive, message("yaml.directive"))
    parser = _ruamel_yaml.CParser(text)
    try:
        return _build(parser, detail)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = exc.problem or exc.context or "?"
        raise YamlSyntaxError(line, col, message("yaml.syntax", detail=what)) from None
    except ReaderError as exc:  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "?"
        raise YamlSyntaxError(line, col, message("yaml.bad_character", code=code)) from None
    except YAMLError as exc:  # anything else the parser refuses, without a position
        raise YamlSyntaxError(1, 1, message("yaml.syntax", detail=exc)) from None
    finally:
        parser.dispose()


def _build(parser: Any, detail: bool) -> Document:  # noqa: C901 - one state machine
    doc = Document(data=None)
    spans = doc.spans
    refusals = doc.refusals
    values = doc.values
    keys = doc.keys
    # each frame: [container, path, pending_key, key_pos, seen_keys]
    stack: list[list[Any]] = []
    root_seen = False
    documents = 0
    path: KeyPath
    while True:
        event = parser.get_event()
        kind = type(event)
        if kind is ev.StreamStartEvent or kind is ev.DocumentEndEvent:
            continue
        if kind is ev.StreamEndEvent:
            return doc
        if kind is ev.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlSyntaxError(*_pos(event), message("yaml.multiple_documents"))
            continue
        if kind is ev.SequenceEndEvent or kind is ev.MappingEndEvent:
            frame = stack.pop()
            if detail:
                ended: KeyPath = frame[1]
                end = event.end_mark.index if ended in doc.flow else frame[5]
                spans[ended] = (spans[ended][0], end)
                if stack:
                    stack[-1][5] = max(stack[-1][5], end)
            continue
        pos = _pos(event)
        if kind is ev.AliasEvent:
            refusals.append((*pos, message("yaml.alias", name=event.anchor)))
            value: Any = None
        else:
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                refusals.append((*pos, message("yaml.anchor", name=anchor)))
            tag = getattr(event, "tag", None)
            if tag is not None and not (kind is ev.ScalarEvent and tag == "!"):
                refusals.append((*pos, message("yaml.tag", tag=tag)))
            if kind is ev.ScalarEvent:
                if event.style or tag is not None:
                    value = event.value
                else:
                    try:
                        value = resolve_plain(event.value)
                    except ValueError:
                        refusals.append((*pos, message("yaml.huge_int", max=MAX_INT_DIGITS)))
                        value = None
            elif kind is ev.MappingStartEvent:
                value = {}
            else:
                value = []
        # place the value
        if not stack:
            if root_seen:
                raise YamlSyntaxError(*pos, message("yaml.multiple_documents"))
            root_seen = True
            doc.data = value
            path = ()
        else:
            frame = stack[-1]
            container = frame[0]
            if type(container) is list:
                path = (*frame[1], len(container))
                container.append(value)
            elif frame[2] is _NO_KEY:
                # this value is a key
                if type(value) in (dict, list):
                    raise YamlSyntaxError(*pos, message("yaml.complex_key"))
                if value in frame[4]:
                    first = frame[4][value]
                    refusals.append((*pos, message("yaml.duplicate_key", key=value, line=first[0])))
                    frame[2] = _DUPLICATE
                else:
                    frame[4][value] = pos
                    frame[2] = value
                    frame[3] = pos
                continue
            else:
                key = frame[2]
                frame[2] = _NO_KEY
                if key is _DUPLICATE:
                    if type(value) in (dict, list):
                        stack.append([value, (*frame[1], "\0dup"), _NO_KEY, None, {}, 0])
                    continue
                path = (*frame[1], key)
                keys[path] = frame[3]
                container[key] = value
        values[path] = pos
        if detail:
            start = event.start_mark.index
            end = event.end_mark.index if kind is ev.ScalarEvent else start
            spans[path] = (start, end)
            if getattr(event, "flow_style", False):
                doc.flow.add(path)
            if stack:
                stack[-1][5] = max(stack[-1][5], end)
        if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise YamlSyntaxError(*pos, message("yaml.too_deep", max=MAX_DEPTH))
            stack.append([value, path, _NO_KEY, None, {}, 0])


class _Marker:
    __slots__ = ()


_NO_KEY: Any = _Marker()
_DUPLICATE: Any = _Marker()
