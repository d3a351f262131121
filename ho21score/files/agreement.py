"""The council's agreed values in a measure's top-level ``poeng``, as text.

``agree`` never rewrites a file. When the measure has no ``poeng`` yet, the block is
inserted in the file's own style before ``vurderinger:`` (or ``beslutninger:``), above
any comment lines that head that key, else at the end. When it has one, each value is
set where it stands and a missing criterion or part is added beside its neighbours
(``replacement.edit_in_place``). Every line that holds a value agreed now gets a
trailing comment, ``# enighet 2026-11-23: note``: the date and the note of the
agreement, which the file format has no field for yet. ``prove_agreement`` then checks
that the result reads back as the old data with exactly the new ``poeng``, that nothing
outside the block changed, and that every comment is still there.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from ho21score.core.criteria import Criteria
from ho21score.files import textlines as lines
from ho21score.files.insertion import (
    EditError,
    Style,
    as_data,
    block,
    changed_only_within,
    changed_span,
    detect_style,
    flow,
)
from ho21score.files.replacement import edit_in_place, merged_rating, prove_rating
from ho21score.files.yamlchars import unsafe_character
from ho21score.files.yamlread import Document, KeyPath, YamlSyntaxError, load
from ho21score.i18n import tr

AGREED = "poeng"
# the top-level keys that come after the agreed block, in the order of the file format
AFTER_AGREED = ("vurderinger", "beslutninger")
_COMMENT = re.compile(r"(?:^|[ \t])(#.*)")


def agreement_comment(day: dt.date, note: str | None) -> str:
    """The comment written after each agreed value: ``# enighet 2026-11-23: note``."""
    text = f"# enighet {day.isoformat()}"
    return f"{text}: {note}" if note else text


def note_fault(note: str) -> str | None:
    """The first character that keeps ``note`` from being one line of a comment: a line
    break, a control character, a bidirectional mark or a byte order mark."""
    breaking = next((char for char in note if char in lines.BREAK_CHARS), None)
    return breaking if breaking is not None else unsafe_character(note)


def agreed_block(
    old: dict[str, Any] | None, values: dict[str, Any], criteria: Criteria
) -> dict[str, Any]:
    """The agreed ``poeng`` (``old``, or none) with ``values`` set (keyed by
    ``criterion.part``, or by a criterion, as ``read_pairs`` gives them); a criterion new
    to it stands where the criteria file puts it. Refused unless it reads as the old
    scores with exactly the named ones set."""
    before = {AGREED: {} if old is None else old}
    after: dict[str, Any] = merged_rating(before, values, criteria, None, None)
    prove_rating(before, after, values, criteria)
    merged: dict[str, Any] = after[AGREED]
    return merged


def agreed_paths(
    values: dict[str, Any], merged: dict[str, Any], criteria: Criteria
) -> list[KeyPath]:
    """Where each value set now stands in the file's data."""
    paths: list[KeyPath] = []
    for key in values:
        part = criteria.part(key)
        ckey = part.criterion if part is not None else key
        current = merged.get(ckey)
        if not isinstance(current, dict):
            paths.append((AGREED, ckey))
        elif part is not None and part.key != ckey:
            paths.append((AGREED, ckey, part.short))
        else:  # a whole criterion over parts written one by one
            paths += [(AGREED, ckey, short) for short in current]
    return paths


def agreement_text(
    text: str, doc: Document, merged: dict[str, Any], paths: list[KeyPath], comment: str
) -> tuple[str, int]:
    """``text`` with the agreed block ``merged`` and ``comment`` after each value at
    ``paths``; and how many lines got the comment."""
    if () in doc.flow or not isinstance(doc.data, dict):
        raise EditError(tr("edit.flow_root"))
    style = detect_style(text, doc, AFTER_AGREED[0], 2)
    return _annotated(_with_block(text, doc, merged, style), paths, comment)


def _with_block(text: str, doc: Document, merged: dict[str, Any], style: Style) -> str:
    nl = style.newline
    path: KeyPath = (AGREED,)
    if AGREED not in doc.data:
        return _insert_block(text, doc, block({AGREED: merged}, 0, style, 0), nl)
    current = doc.data[AGREED]
    if current is None:  # "poeng:" with nothing after it
        start, end = doc.spans[path]
        if text[start:end].strip():  # "~" or "null": there is no room to insert
            raise EditError(tr("edit.null_value", key=AGREED))
        line, col = doc.keys[path]
        new = block(merged, col - 1 + style.unit, style, 1)
        return _after_line(text, lines.nth_line(text, line), new, nl)
    if not isinstance(current, dict):
        raise EditError(tr("edit.reads_back_wrong"))
    if not current:  # "poeng: {}"
        at = text.index("{", doc.spans[path][0]) + 1
        return text[:at] + flow(merged)[1:-1] + text[at:]
    try:
        return edit_in_place(text, path, current, merged)
    except EditError:  # an empty value, say: the block's lines written anew
        return _rewritten(text, doc, merged, style)


def _insert_block(text: str, doc: Document, new: list[str], nl: str) -> str:
    """``new`` lines before the first key of ``AFTER_AGREED`` (above the comment lines
    that head it, followed by a blank line if one comes before them), else at the end."""
    heads = [doc.keys[(key,)][0] for key in AFTER_AGREED if (key,) in doc.keys]
    body = nl.join(new)
    if not heads:  # at the end, keeping whether the file ends with a line break
        ends = not text or text.endswith(tuple(lines.BREAK_CHARS))
        return text + body + nl if ends else text + nl + body
    starts = [0, *(m.end() for m in lines.BREAK.finditer(text))]
    index = min(heads) - 1  # 0-based line of the key
    while index > 0 and _line(text, starts, index - 1).startswith("#"):
        index -= 1
    blank = index > 0 and not _line(text, starts, index - 1).strip()
    at = starts[index]
    return text[:at] + body + nl + (nl if blank else "") + text[at:]


def _line(text: str, starts: list[int], index: int) -> str:
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return text[starts[index] : end].rstrip(lines.BREAK_CHARS)


def _after_line(text: str, index: int, new: list[str], nl: str) -> str:
    at = lines.next_line(text, index)
    if at is None:  # the last line, without a final line break
        return text + nl + nl.join(new)
    if nl == "\r" and text.startswith("\n", at):
        nl = "\r\n"  # a lone CR before the LF of a blank line would join the two
    return text[:at] + nl.join(new) + nl + text[at:]


def _rewritten(text: str, doc: Document, merged: dict[str, Any], style: Style) -> str:
    """The agreed block written anew where it stands, unless that would lose a comment."""
    path: KeyPath = (AGREED,)
    start, end = doc.spans[path]
    if path in doc.flow:
        end = lines.content_end(text, end)
        if "#" in text[start:end]:
            raise EditError(tr("agree.would_lose_comments"))
        return text[:start] + flow(merged) + text[end:]
    first = lines.line_start(text, start)
    last = lines.line_end(text, max(lines.content_end(text, end) - 1, start))
    if "#" in text[first:last]:
        raise EditError(tr("agree.would_lose_comments"))
    new = style.newline.join(block(merged, lines.col(text, start), style, 1))
    return text[:first] + new + text[last:]


def _annotated(text: str, paths: list[KeyPath], comment: str) -> tuple[str, int]:
    """``comment`` at the end of each line that holds a value at ``paths``."""
    try:
        doc = load(text, detail=True)
    except YamlSyntaxError:
        raise EditError(tr("edit.reads_back_wrong")) from None
    ends = set()
    for path in paths:
        if path not in doc.spans:
            raise EditError(tr("edit.reads_back_wrong"))
        start, end = doc.spans[path]
        ends.add(lines.line_end(text, max(lines.content_end(text, end) - 1, start)))
    for at in sorted(ends, reverse=True):
        text = text[:at] + "  " + comment + text[at:]
    return text, len(ends)


# --- proving it --------------------------------------------------------------------------


def prove_agreement(
    old: str, new: str, old_doc: Document, merged: dict[str, Any], comment: str, notes: int
) -> None:
    """Refuse unless ``new`` reads back as the old data with the agreed block ``merged``;
    changes nothing outside that block (only inserts, if there was none); keeps every
    comment; and adds ``comment`` to exactly ``notes`` lines."""
    try:
        _prove_agreed(old, new, old_doc, merged, comment, notes)
    except EditError:
        raise
    except Exception as exc:  # whatever went wrong, nothing is proven
        raise EditError(tr("edit.reads_back_wrong")) from exc


def _prove_agreed(
    old: str, new: str, old_doc: Document, merged: dict[str, Any], comment: str, notes: int
) -> None:
    if old_doc.data.get(AGREED) is not None:  # a block: changed within its lines only
        first = lines.nth_line(old, old_doc.keys[(AGREED,)][0])
        start, end = old_doc.spans[(AGREED,)]
        last = lines.line_end(old, max(lines.content_end(old, end) - 1, start))
        changed_only_within(old, new, first, last)
    else:  # none, or "poeng:" with nothing after it: only inserted
        prefix, old_end, _ = changed_span(old, new)
        if old_end != prefix:
            raise EditError(tr("edit.not_insertion"))
    expected = copy.deepcopy(old_doc.data)
    expected[AGREED] = as_data(merged)
    new_doc = load(new, detail=True)
    if new_doc.data != expected or new_doc.refusals:
        raise EditError(tr("edit.reads_back_wrong"))
    kept, before = _comments(old, comment)
    now, after = _comments(new, comment)
    if kept != now or after - before != notes:
        raise EditError(tr("edit.reads_back_wrong"))


def _comments(text: str, comment: str) -> tuple[list[str], int]:
    """The comments of ``text``, line by line, without ``comment`` at their ends; and how
    many times it was there."""
    found: list[str] = []
    count = 0
    for line in lines.BREAK.split(text):
        match = _COMMENT.search(line)
        if match is None:
            continue
        rest = match.group(1)
        while rest:
            if rest == comment:
                rest = ""
            elif rest.endswith("  " + comment):
                rest = rest[: -len(comment) - 2]
            else:
                break
            count += 1
        if rest:
            found.append(rest)
    return found, count
