"""The exit codes of every command (docs/command-line.md)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_ERRORS = 1  # the input has errors: problems printed, an edit or decision refused
    USAGE = 2  # a bad option or argument, a missing folder or file, an unreadable git ref
    INTERNAL = 3  # a bug; the message says how to report it
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
