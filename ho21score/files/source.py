"""Finding and reading the YAML files (through ``yamlread``, the one place that touches
ruamel.yaml): bytes, UTF-8 text, the document, and the measure ids of file names."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from ho21score.files.yamlchars import LINE_BREAK
from ho21score.files.yamlread import Document, YamlSyntaxError, load
from ho21score.i18n import message, tr
from ho21score.problems import Problem

MAX_BYTES = 1024 * 1024
BOM = b"\xef\xbb\xbf"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


class SourceFile(NamedTuple):
    """A file as read: its display path, bytes, text and (if readable) YAML document."""

    path: Path
    display: str
    raw: bytes
    text: str | None
    document: Document | None


Read = tuple[SourceFile, list[Problem]]  # a file as read, and the problems of reading it


def display_path(path: Path) -> str:
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return shown_name(shown)


def shown_name(name: str) -> str:
    """A file name as it can be printed anywhere: bytes that are not UTF-8 (a zip made on
    Windows) as ``\\xe9``, and characters that are not printable (control characters,
    bidirectional overrides, line breaks) as ``\\x1b`` or ``\\u202e``; a name that needs
    neither is returned as it is."""
    if name.isprintable():
        return name
    try:
        text = os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a surrogate that does not stand for a byte
        text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


def decode(raw: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text without BOM, or a problem that points at the first bad byte."""
    body = raw[len(BOM) :] if raw.startswith(BOM) else raw
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        offset = len(raw) - len(body) + exc.start
        line = raw.count(b"\n", 0, offset) + 1
        line_start = max(raw.rfind(b"\n", 0, offset) + 1, len(raw) - len(body))
        col = len(raw[line_start:offset].decode("utf-8")) + 1  # characters, not bytes
        byte = f"0x{raw[offset]:02X}"
        return None, [Problem.at(display, (line, col), message("file.not_utf8", byte=byte))]


def read_yaml(
    path: Path, display: str | None = None, detail: bool = False
) -> tuple[SourceFile, list[Problem]]:
    """Read a YAML file whose top level must be a mapping. Never raises for bad content."""
    shown = display or display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        source = SourceFile(path, shown, b"", None, None)
        unreadable = message("file.unreadable", reason=exc.strerror)
        return source, [Problem.at(shown, (1, 1), unreadable)]
    return parse_yaml(path, shown, raw, detail)


def parse_yaml(
    path: Path, shown: str, raw: bytes, detail: bool = False
) -> tuple[SourceFile, list[Problem]]:
    """``raw`` read as a YAML file whose top level must be a mapping."""
    if len(raw) > MAX_BYTES:
        size = f"{len(raw) / 1024 / 1024:.1f}"
        source = SourceFile(path, shown, raw, None, None)
        return source, [Problem.at(shown, (1, 1), message("file.too_big", size=size, max=1))]
    text, problems = decode(raw, shown)
    if text is None:
        return SourceFile(path, shown, raw, None, None), problems
    try:
        document = load(text, detail)
    except YamlSyntaxError as exc:
        source = SourceFile(path, shown, raw, text, None)
        conflicts = merge_conflicts(text)
        if conflicts:  # what the markers are, not the YAML errors they make
            return source, [
                Problem.at(shown, (first, 1), message("file.git_conflict", first=first, last=last))
                if last > first
                else Problem.at(shown, (first, 1), message("file.git_conflict_left"))
                for first, last in conflicts
            ]
        return source, [Problem.at(shown, (exc.line, exc.col), exc.what)]
    problems = [Problem.at(shown, (line, col), what) for line, col, what in document.refusals]
    if document.data is None:
        problems.append(Problem.at(shown, (1, 1), message("file.empty")))
        return SourceFile(path, shown, raw, text, None), problems
    if not isinstance(document.data, dict):
        found = tr("type.list") if isinstance(document.data, list) else tr("type.scalar")
        not_mapping = message("file.not_mapping", found=found)
        problems.append(Problem.at(shown, document.value_pos(()), not_mapping))
        return SourceFile(path, shown, raw, text, None), problems
    return SourceFile(path, shown, raw, text, document), problems


_MARKER = re.compile(r"(<{7}|={7}|\|{7}|>{7})(?: |$)")


def merge_conflicts(text: str) -> list[tuple[int, int]]:
    """The lines of git's conflict markers (``<<<<<<<``, ``|||||||``, ``=======``,
    ``>>>>>>>`` at a line start), as (first, last) of each conflict: a whole one from
    ``<<<<<<<`` to ``>>>>>>>``, or a marker left behind by a careless resolution alone.
    Asked only of a file that cannot be read as YAML: in a readable file such a line is
    text (a quoted title may go on with one)."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        marker = _MARKER.match(line)
        if marker is None:
            continue
        kind = marker.group(1)[0]
        if kind == "<":
            if start is not None:  # a conflict that never ended
                found.append((start, start))
            start = number
        elif kind == ">":
            found.append((start if start is not None else number, number))
            start = None
        elif start is None:  # ======= or ||||||| left behind
            found.append((number, number))
    if start is not None:
        found.append((start, start))
    return found


def measure_paths(directory: Path) -> list[Path]:
    """Every file in the measures folder that looks like it is meant as a measure."""
    return sorted(
        p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in (".yaml", ".yml")
    )


def measure_id(path: Path) -> str:
    """The id of a measure file; a name that cannot be printed as it is comes escaped (it is
    never a valid id)."""
    return shown_name(path.name[: -len(path.suffix)] if path.suffix else path.name)


def check_file_name(path: Path, display: str) -> list[Problem]:
    name = shown_name(path.name)
    if path.suffix != ".yaml":
        return [Problem.at(display, (1, 1), message("file.bad_suffix", name=name))]
    if not ID_PATTERN.match(measure_id(path)):
        return [Problem.at(display, (1, 1), message("file.bad_name", name=name))]
    return []
