"""Lines in YAML text, found as libyaml finds them: where a line starts and ends, its
column, and the file's own line break. YAML has three line breaks (CR LF, LF, a lone CR);
a file may use any of them, or a mix."""

from __future__ import annotations

import itertools
import re

# Where a line ends: CR LF, LF or a lone CR. libyaml, whose marks give the lines and
# columns used here, also ends a line at NEL, LS and PS (as YAML 1.1 did), so lines are
# found here as it finds them, or a column here would not be its column. New lines are
# only ever written with one of YAML's three.
BREAK_CHARS = "\r\n\x85\u2028\u2029"
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# what may follow the end of a value: YAML's white space and line breaks, not every space
# Unicode knows (a no-break space is part of a plain scalar)
WHITE = " \t" + BREAK_CHARS


def line_start(text: str, index: int) -> int:
    """Index of the first character of the line holding ``index``."""
    return max(text.rfind(char, 0, index) for char in BREAK_CHARS) + 1


def line_end(text: str, index: int) -> int:
    """Index of the line break (or end of text) of the line holding ``index``."""
    if index > 0 and text.startswith("\r\n", index - 1):  # on the LF of a CR LF
        return index - 1
    found = BREAK.search(text, index)
    return len(text) if found is None else found.start()


def next_line(text: str, index: int) -> int | None:
    """Index of the line after the one holding ``index``; None if that line is the last
    and has no line break."""
    if index > 0 and text.startswith("\r\n", index - 1):  # on the LF of a CR LF
        return index + 1
    found = BREAK.search(text, index)
    return None if found is None else found.end()


def nth_line(text: str, line: int) -> int:
    """Index of the first character of the 1-based ``line``."""
    index = 0
    for found in itertools.islice(BREAK.finditer(text), line - 1):
        index = found.end()
    return index


def col(text: str, index: int) -> int:
    return index - line_start(text, index)


def content_end(text: str, end: int) -> int:
    return len(text[:end].rstrip(WHITE))


def newline(text: str) -> str:
    """The file's most common line break; LF if it has none."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda nl: counts[nl])  # a tie goes to the first
