"""Add (or replace) one entry of a top-level list in a YAML file, as text.

A round-trip dump re-indents, re-quotes, re-wraps and drops comments; a council member who
sees that in a diff stops trusting the tool. So the new entry is written as new lines in
the file's own style (indentation, dash offset, flow or block, line endings) and inserted;
every character that was there stays. ``check`` then proves it on the result.

YAML has three line breaks: CR LF, LF and a lone CR. A file may use any of them, or a mix;
new lines are written with the file's most common one.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from ho21score.files import textlines
from ho21score.files.yamlread import Document, KeyPath, load, resolve_plain
from ho21score.i18n import tr

Entry = dict[str, Any]  # values: str, int, date, or a nested Entry; key order is kept

_PLAIN = re.compile(r"[^\W_][\w .()/'+-]*\Z")

class EditError(Exception):
    """The edit cannot be made safely; the file is left as it was."""


@dataclass(frozen=True)
class Style:
    newline: str
    unit: int  # indent of a nested block mapping
    dash: int  # column of "-" relative to the key of its list
    gap: int  # columns from "-" to the item's first key
    flow_from: int | None  # nested mappings this deep (item = 0) are written in flow style
    item_flow: bool  # items are written as flow mappings: "- {a: 1}"


def scalar(value: Any) -> str:
    """A scalar that reads back as the same value under YAML 1.2, quoted only if needed."""
    if isinstance(value, bool) or value is None:
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.match(text) and not text.endswith(" ") and _reads_as_itself(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _reads_as_itself(text: str) -> bool:
    try:
        return bool(resolve_plain(text) == text)
    except ValueError:  # a number too long to read (0000000000000000): quote it
        return False


def flow(entry: Entry) -> str:
    parts = [f"{key}: {flow(v) if isinstance(v, dict) else scalar(v)}" for key, v in entry.items()]
    return "{" + ", ".join(parts) + "}"


def block(entry: Entry, col: int, style: Style, depth: int) -> list[str]:
    """Lines of a block mapping whose keys stand at ``col``."""
    lines = []
    for key, value in entry.items():
        pad = " " * col
        if not isinstance(value, dict):
            lines.append(f"{pad}{key}: {scalar(value)}")
        elif style.flow_from is not None and depth + 1 >= style.flow_from:
            lines.append(f"{pad}{key}: {flow(value)}")
        else:
            lines.append(f"{pad}{key}:")
            lines += block(value, col + style.unit, style, depth + 1)
    return lines


def item_lines(entry: Entry, dash_col: int, style: Style) -> list[str]:
    if style.item_flow:
        return [" " * dash_col + "- " + flow(entry)]
    key_col = dash_col + style.gap
    lines = block(entry, key_col, style, 0)
    first = lines[0]
    lines[0] = " " * dash_col + "-" + " " * (style.gap - 1) + first[key_col:]
    return lines


# --- looking at the file ---------------------------------------------------------------


def _dash_col(text: str, item_start: int) -> int:
    line = text[textlines.line_start(text, item_start) : item_start]
    return line.rfind("-")


def detect_style(text: str, doc: Document, list_key: str, default_flow_from: int | None) -> Style:
    newline = textlines.newline(text)
    unit, dash, gap = 2, 2, 2
    # nested block mapping indent: a key below a key of a block mapping
    for path, (_, col) in doc.keys.items():
        parent = path[:-1]
        if len(path) >= 2 and isinstance(parent[-1], str) and parent in doc.keys:
            if parent not in doc.flow and not any(p in doc.flow for p in _prefixes(parent)):
                unit = col - doc.keys[parent][1]
                break
    # dash offset and gap: the first block sequence of mappings under a key
    for path in doc.keys:
        value = doc.data
        for step in path:
            value = value[step]
        if isinstance(value, list) and value and path not in doc.flow and (*path, 0) in doc.spans:
            start = doc.spans[(*path, 0)][0]
            dash_col = _dash_col(text, start)
            if dash_col >= 0:
                dash = dash_col - (doc.keys[path][1] - 1)
                gap = textlines.col(text, start) - dash_col
                break
    flow_from = default_flow_from
    item_flow = False
    items = doc.data.get(list_key)
    if isinstance(items, list) and items:
        last: KeyPath = (list_key, len(items) - 1)
        depths = [len(p) - len(last) for p in doc.flow if p[: len(last)] == last]
        if depths:
            flow_from = min(depths)
            item_flow = flow_from == 0
        elif _has_nested_mapping(items[-1]):
            flow_from = None
        if not item_flow and last in doc.spans:
            start = doc.spans[last][0]
            dash_col = _dash_col(text, start)
            if dash_col >= 0:
                gap = textlines.col(text, start) - dash_col
    return Style(newline, max(unit, 1), max(dash, 0), max(gap, 2), flow_from, item_flow)


def _prefixes(path: KeyPath) -> list[KeyPath]:
    return [path[:i] for i in range(1, len(path))]


def _has_nested_mapping(item: Any) -> bool:
    return isinstance(item, dict) and any(
        isinstance(v, dict) and any(isinstance(x, dict) for x in v.values()) for v in item.values()
    )


# --- making the edit -----------------------------------------------------------------------


def append(
    text: str, doc: Document, list_key: str, entry: Entry, default_flow_from: int | None = 2
) -> str:
    """``text`` with ``entry`` added at the end of the top-level list ``list_key``."""
    if (() in doc.flow) or not isinstance(doc.data, dict):
        raise EditError(tr("edit.flow_root"))
    style = detect_style(text, doc, list_key, default_flow_from)
    nl = style.newline
    current = doc.data.get(list_key, _ABSENT)
    if current is _ABSENT:
        lines = [f"{list_key}:", *item_lines(entry, style.dash, style)]
        return _append_lines(text, lines, nl)
    path: KeyPath = (list_key,)
    key_col = doc.keys[path][1] - 1
    if current is None:
        start, end = doc.spans[path]
        if text[start:end].strip():  # "~" or "null": there is no room to insert
            raise EditError(tr("edit.null_value", key=list_key))
        return _insert_after_line(
            text, _key_index(text, doc, path), item_lines(entry, key_col + style.dash, style), nl
        )
    if not isinstance(current, list):
        raise EditError(tr("edit.not_a_list", key=list_key))
    if path in doc.flow:
        start = doc.spans[path][0]
        if current:
            at = doc.spans[(list_key, len(current) - 1)][1]
            return text[:at] + ", " + flow(entry) + text[at:]
        at = text.index("[", start) + 1
        return text[:at] + flow(entry) + text[at:]
    # a block sequence starts at its first "-" (which need not be on its item's first line)
    start, end = doc.spans[path]
    dash_col = textlines.col(text, start)
    end = textlines.content_end(text, end)
    return _insert_after_line(text, end - 1, item_lines(entry, dash_col, style), nl)


def replace(
    text: str,
    doc: Document,
    list_key: str,
    index: int,
    entry: Entry,
    default_flow_from: int | None = 2,
) -> str:
    """``text`` with item ``index`` of the list ``list_key`` written anew; only its lines
    change."""
    style = detect_style(text, doc, list_key, default_flow_from)
    path: KeyPath = (list_key, index)
    start, end = doc.spans[path]
    end = textlines.content_end(text, end)
    if (list_key,) in doc.flow or path in doc.flow:
        return text[:start] + flow(entry) + text[end:]
    dash_col = _dash_col(text, start)
    line_start = textlines.line_start(text, start)
    line_end = textlines.line_end(text, end - 1)
    new = style.newline.join(item_lines(entry, dash_col, style))
    return text[:line_start] + new + text[line_end:]


def _key_index(text: str, doc: Document, path: KeyPath) -> int:
    line, col = doc.keys[path]
    return textlines.nth_line(text, line) + col - 1


def _insert_after_line(text: str, index: int, lines: list[str], nl: str) -> str:
    at = textlines.next_line(text, index)
    if at is None:  # the last line, without a final line break
        return text + nl + nl.join(lines)
    if nl == "\r" and text.startswith("\n", at):
        # a lone CR before the LF of the next (blank) line would make one CR LF of them
        # and take that line away: write these lines with CR LF instead
        nl = "\r\n"
    return text[:at] + nl.join(lines) + nl + text[at:]


def _append_lines(text: str, lines: list[str], nl: str) -> str:
    """``lines`` at the end, keeping whether the file ends with a line break."""
    body = nl.join(lines)
    if not text:
        return body + nl
    if text.endswith(tuple(textlines.BREAK_CHARS)):
        return text + body + nl
    return text + nl + body


_ABSENT: Any = object()


def as_data(entry: Entry) -> dict[str, Any]:
    """The entry as it reads back: dates are text to the reader (the model parses them)."""
    return {
        key: as_data(v) if isinstance(v, dict) else v.isoformat() if isinstance(v, dt.date) else v
        for key, v in entry.items()
    }


# --- proving it --------------------------------------------------------------------------


def changed_only_within(old: str, new: str, first: int, last: int) -> None:
    """Refuse unless ``new`` is ``old`` with only ``old[first:last]`` changed."""
    tail = len(old) - last
    kept = len(new) >= first + tail and new[:first] == old[:first]
    if not kept or new[len(new) - tail :] != old[last:]:
        raise EditError(tr("edit.not_insertion"))


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(common prefix length, end of the changed part in old, end of it in new).

    A CR LF is one line break and the span never cuts one in two: where the change starts
    right after the CR of a CR LF (in either text), that CR counts as changed; where it ends
    right before the LF of one, that LF does. A lone CR that becomes (or stops being) half
    of a CR LF takes a line away (or adds one), so it is a change to the text that was
    there."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    if prefix and (old.startswith("\r\n", prefix - 1) or new.startswith("\r\n", prefix - 1)):
        prefix -= 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    old_end, new_end = len(old) - suffix, len(new) - suffix
    if suffix and (
        (old_end and old.startswith("\r\n", old_end - 1))
        or (new_end and new.startswith("\r\n", new_end - 1))
    ):
        old_end, new_end = old_end + 1, new_end + 1
    return prefix, old_end, new_end


def check(
    old: str, new: str, old_doc: Document, list_key: str, entry: Entry, index: int | None = None
) -> Document:
    """Refuse unless ``new`` reads back as the old data plus exactly the new entry (or with
    item ``index`` replaced by it), and unless no character outside that entry changed.

    Only ``EditError`` comes out: a proof that fails in any other way (``new`` is not YAML
    at all, or is not shaped as expected) is a refusal as well, never a crash."""
    try:
        return _prove(old, new, old_doc, list_key, entry, index)
    except EditError:
        raise
    except Exception as exc:  # whatever went wrong, nothing is proven
        raise EditError(tr("edit.reads_back_wrong")) from exc


def _prove(
    old: str, new: str, old_doc: Document, list_key: str, entry: Entry, index: int | None
) -> Document:
    prefix, old_end, _ = changed_span(old, new)
    if index is None and old_end != prefix:
        raise EditError(tr("edit.not_insertion"))
    if index is not None:
        start = textlines.line_start(old, old_doc.spans[(list_key, index)][0])
        end = textlines.content_end(old, old_doc.spans[(list_key, index)][1])
        if prefix < start or old_end > end:
            raise EditError(tr("edit.not_insertion"))
    entry_data = as_data(entry)
    expected = copy.deepcopy(old_doc.data)
    items = expected.get(list_key)
    if index is not None:
        items[index] = entry_data
    elif isinstance(items, list):
        items.append(entry_data)
    else:
        expected[list_key] = [entry_data]
    new_doc = load(new, detail=True)
    if new_doc.data != expected or new_doc.refusals:
        raise EditError(tr("edit.reads_back_wrong"))
    return new_doc
