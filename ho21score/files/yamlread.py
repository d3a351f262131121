"""Safe YAML 1.2 reading with a position for every key and value.

The C parser of ruamel.yaml (libyaml) produces the event stream; this module builds the
data from it, iteratively, so that the input cannot run the interpreter out of stack.
Everything that makes YAML unsafe or surprising is refused here, with its position:
directives (``%YAML 1.1`` turns ``NO`` into false), tags, anchors and aliases (billion
laughs), duplicate keys, null keys, deep nesting and huge integers, and so are
characters that could take over a terminal or hide what a text says (control characters
and bidirectional overrides, written raw or as escapes such as ``"\\e"``) in any key or
value, and a byte order mark anywhere but at the start. Plain scalars are resolved by the
YAML 1.2 core schema, so ``NO``, ``yes`` and ``on`` stay strings. Dates stay strings and
are parsed by the model, which can then say what is wrong with ``2026-02-30``.

Positions are 1-based lines and columns (counted in characters), both worked out from
character offsets in the text, so that they are right for every kind of problem whatever
comes before it on the line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

import _ruamel_yaml
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ho21score.files.yaml_syntax import syntax_message
from ho21score.files.yamlchars import (
    BOM_CHAR,
    LINE_BREAK,
    Locator,
    Pos,
    printable,
    refuse_characters,
    stray_boms,
    unsafe_character,
)
from ho21score.i18n import Message, message

Key = str | int
KeyPath = tuple[Key, ...]

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

    def renumbered(self, kept: dict[str, list[int]]) -> Document:
        """The positions of this document for its data with items taken out of top-level
        lists: ``kept`` maps a list's key to the original indexes of the items left, in
        order, and item ``n`` of the shortened list is found where item ``kept[key][n]``
        stands. (Without spans: for reporting, not editing.)"""
        moves: dict[Key, dict[Key, int]] = {
            key: {old: new for new, old in enumerate(items)} for key, items in kept.items()
        }

        def moved(positions: dict[KeyPath, Pos]) -> dict[KeyPath, Pos]:
            result: dict[KeyPath, Pos] = {}
            for path, pos in positions.items():
                move = moves.get(path[0]) if len(path) > 1 else None
                if move is None:
                    result[path] = pos
                elif path[1] in move:
                    result[(path[0], move[path[1]], *path[2:])] = pos
            return result

        return Document(self.data, moved(self.values), moved(self.keys), self.refusals)


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


def _first_directive(text: str) -> Pos | None:
    """A directive (``%YAML``, ``%TAG``) stands at the start of a line before the document's
    content; libyaml does not report %TAG positions well, so find it in the text. A ``%``
    after the content starts is not a directive (a quoted text may go on with one)."""
    start = 0
    number = 1
    for match in itertools.chain(LINE_BREAK.finditer(text), [None]):
        line = text[start : match.start() if match is not None else len(text)]
        if line.startswith("%"):
            return number, 1
        content = line.strip().lstrip(BOM_CHAR)
        if (content and not content.startswith("#")) or match is None:
            return None
        start = match.end()
        number += 1
    return None


def load(text: str, detail: bool = False) -> Document:
    """Read one YAML document. Raises YamlSyntaxError for what cannot be read at all.

    ``detail`` also records where each value starts and ends (for editing)."""
    directive = _first_directive(text)
    if directive is not None:
        raise YamlSyntaxError(*directive, message("yaml.directive"))
    at = Locator(text)
    boms = stray_boms(text, at)
    parser = _ruamel_yaml.CParser(text)
    try:
        doc = _build(parser, text, at, detail)
    except YamlSyntaxError:
        if boms:  # a stray mark confuses the parser; it is what to fix first
            raise YamlSyntaxError(*boms[0]) from None
        raise
    except MarkedYAMLError as exc:
        if boms:
            raise YamlSyntaxError(*boms[0]) from None
        mark = exc.problem_mark or exc.context_mark
        line, col = at(mark.index) if mark is not None else (1, 1)
        raise YamlSyntaxError(line, col, syntax_message(exc.problem, exc.context)) from None
    except ReaderError as exc:  # a character YAML does not allow, such as NUL
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "?"
        line, col = at.byte(exc.position)  # a byte offset, not a character offset
        raise YamlSyntaxError(line, col, message("yaml.bad_character", code=code)) from None
    except YAMLError:  # anything else the parser refuses, without a position
        raise YamlSyntaxError(1, 1, syntax_message(None, None)) from None
    finally:
        parser.dispose()
    if boms:
        refused = {(line, col) for line, col, _ in doc.refusals}
        doc.refusals[:0] = [b for b in boms if b[:2] not in refused]
    return doc


def _build(  # noqa: C901 - one state machine
    parser: Any, text: str, at: Locator, detail: bool
) -> Document:
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
                raise YamlSyntaxError(
                    *at(event.start_mark.index), message("yaml.multiple_documents")
                )
            if event.version is not None or event.tags:  # not found in the text
                raise YamlSyntaxError(*at(event.start_mark.index), message("yaml.directive"))
            continue
        if kind is ev.SequenceEndEvent or kind is ev.MappingEndEvent:
            frame = stack.pop()
            ended: KeyPath = frame[1]
            if detail and ended in spans:  # not the value of a refused key: it has no place
                end = event.end_mark.index if ended in doc.flow else frame[5]
                spans[ended] = (spans[ended][0], end)
                if stack:
                    stack[-1][5] = max(stack[-1][5], end)
            continue
        mark = event.start_mark  # libyaml's line and column are at(mark.index), and cheaper,
        if mark.index < at.size:  # but for an empty value at the end of a file
            pos = (mark.line + 1, mark.column + 1)
        else:
            pos = at(mark.index)
        written: str | None = None  # a plain scalar as written, if it is not a string
        if kind is ev.AliasEvent:
            refusals.append((*pos, message("yaml.alias", name=printable(event.anchor))))
            value: Any = None
        else:
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                refusals.append((*pos, message("yaml.anchor", name=printable(anchor))))
            tag = getattr(event, "tag", None)
            if tag is not None and not (kind is ev.ScalarEvent and tag == "!"):
                refusals.append((*pos, message("yaml.tag", tag=printable(tag))))
            if kind is ev.ScalarEvent:
                value = event.value
                if unsafe_character(value) is not None:
                    value = refuse_characters(event, text, at, refusals)
                if not (event.style or tag is not None):
                    try:
                        resolved = resolve_plain(value)
                    except ValueError:
                        refusals.append((*pos, message("yaml.huge_int", max=MAX_INT_DIGITS)))
                        resolved = None
                    else:
                        if type(resolved) is not str:
                            written = value
                    value = resolved
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
                if value is None:
                    if written is not None:  # ~, null or nothing
                        refusals.append((*pos, message("yaml.null_key")))
                    frame[2] = _SKIPPED  # else an alias or huge number, refused already
                    continue
                if type(value) is bool or type(value) is float:
                    value = written  # true: or 1.5: is a key as written, not a value
                if value in frame[4]:
                    first = frame[4][value]
                    refusals.append((*pos, message("yaml.duplicate_key", key=value, line=first[0])))
                    frame[2] = _SKIPPED
                else:
                    frame[4][value] = pos
                    frame[2] = value
                    frame[3] = pos
                continue
            else:
                key = frame[2]
                frame[2] = _NO_KEY
                if key is _SKIPPED:
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
_SKIPPED: Any = _Marker()  # a key refused (written twice, or null): its value is left out
