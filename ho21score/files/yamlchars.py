"""Characters in YAML text: where each one stands (as libyaml counts lines and as people
count columns), and the characters refused in any key or value however they are written:
controls that can take over a terminal, bidirectional marks that can make a text read
otherwise than it is, and stray byte order marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ho21score.i18n import Message, message

Pos = tuple[int, int]

# where a line ends, as libyaml counts lines (YAML 1.1 also ended lines at NEL, LS and PS)
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

# Characters refused in any key or value: C0 controls but tab and line feed, DEL, C1
# controls (they can move the cursor, retitle or clear a terminal), the bidirectional
# marks, embeddings, overrides and isolates (they can make a text read otherwise than it
# is), and U+FEFF (an invisible byte order mark).
_FORMAT = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_REFUSED = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_FORMAT}]")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BOM_CHAR = "\ufeff"
# a refused character as written in the text: CR and NEL there are line breaks, which
# libyaml turns into LF (a CR in a value can only come from an escape)
_RAW_REFUSED = f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f{_FORMAT}]"
_RAW = re.compile(_RAW_REFUSED)
# an escape of a double-quoted scalar (a line break after "\\" continues the line), or a
# raw character that is refused
_ESCAPE_OR_RAW = re.compile(
    "\\\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\r\n|[\\s\\S])|" + _RAW_REFUSED
)
_BREAKS = frozenset({"\r\n", "\r", "\n", "\x85", "\u2028", "\u2029"})
_ESCAPES = {
    "0": "\x00", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
    "f": "\x0c", "r": "\r", "e": "\x1b", "N": "\x85", "_": "\xa0", "L": "\u2028",
    "P": "\u2029",
}  # fmt: skip


class Locator:
    """Line and column of a character offset in a text: lines end where libyaml ends them
    (CR LF, LF, a lone CR, NEL, LS, PS), columns are counted in characters. (libyaml's own
    line for the end of a file without a final line break is one past the last line; the
    offset is right: just after the last character.)"""

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.text = text
        self.starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]

    def __call__(self, index: int) -> Pos:
        index = min(index, self.size)
        line = bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1

    def byte(self, offset: int) -> Pos:
        """The position of a UTF-8 byte offset (as libyaml's reader reports one)."""
        encoded = self.text.encode("utf-8", "surrogatepass")
        return self(len(encoded[:offset].decode("utf-8", "ignore")))


def unsafe_character(text: str) -> str | None:
    """The first character of ``text`` that is refused in a key or value, if any."""
    found = _REFUSED.search(text)
    return found.group() if found is not None else None


def refused_character(char: str) -> Message:
    """The refusal of a character that is not allowed in a key or value."""
    code = f"U+{ord(char):04X}"
    if char == BOM_CHAR:
        return message("yaml.stray_bom", code=code)
    if char in _BIDI:
        return message("yaml.bidi_character", code=code)
    return message("yaml.control_character", code=code)


def printable(text: object) -> str:
    """``text`` with every refused character replaced, for a message that quotes it."""
    return _REFUSED.sub("\ufffd", str(text))


def unsafe_in_source(source: str, double_quoted: bool) -> tuple[int, str] | None:
    """Offset in ``source`` (a scalar as written) and character of the first refused
    character, raw or (in a double-quoted scalar) written as an escape."""
    if not double_quoted:
        found = _RAW.search(source)
        return (found.start(), found.group()) if found is not None else None
    for match in _ESCAPE_OR_RAW.finditer(source):
        written = match.group()
        if written[0] != "\\":
            return match.start(), written
        code = written[1:]
        if code in _BREAKS:  # a line continued
            continue
        char = chr(int(code[1:], 16)) if len(code) > 1 else _ESCAPES.get(code, code)
        if _REFUSED.match(char):
            return match.start(), char
    return None


def stray_boms(text: str, at: Locator) -> list[tuple[int, int, Message]]:
    """A byte order mark is only allowed as the first character of a file (and is taken
    off before the text gets here); libyaml skips one at the start of any line."""
    if BOM_CHAR not in text:
        return []
    return [(*at(m.start()), refused_character(BOM_CHAR)) for m in re.finditer(BOM_CHAR, text)]


def refuse_characters(event: Any, text: str, at: Locator, refusals: list[Any]) -> str:
    """Refuse the first character of a scalar that is not allowed in a key or value, at
    the character itself (or the backslash of its escape); the value with every such
    character replaced, so that nothing later can print it."""
    start = event.start_mark.index
    source = text[start : event.end_mark.index]
    found = unsafe_in_source(source, event.style == '"')
    if found is None:  # not where it was expected: at the start of the scalar
        found = 0, unsafe_character(event.value) or "?"
    offset, char = found
    refusals.append((*at(start + offset), refused_character(char)))
    return printable(event.value)
