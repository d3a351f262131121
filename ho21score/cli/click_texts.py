"""click's own words in the language of the run: the help page's frame (``Usage:``, the
section headings, ``[default: …]``, the help option's help) and its usage errors.

typer 0.28 vendors click without gettext (its texts are English f-strings), so the help
frame is translated where it is written (``LocalFormatter``, given to every command by
``LocalContext``) and a usage error is worded anew from the exception's own fields, or
from the English sentence click made where it keeps no fields (``ERROR_PATTERNS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import IO, Any

from typer._click.core import Context, Parameter
from typer._click.exceptions import (
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter
from typer._click.utils import echo

from ho21score.i18n import join_or, tr

HELP_OPTION_HELP = "Show this message and exit."
# the last bracket of an option's help: "[default: measures; x>=1]", "[env var: X]"
EXTRA = re.compile(r"\s\s\[([^\[\]]*)\]\Z")

# click's sentences that carry their fields only as text, in click's English wording
ERROR_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?P<value>.*) is not one of (?P<choices>.*)\.\Z", re.S), "click.not_one_of"),
    (re.compile(r"(?P<value>.*) is not a valid int(eger)?( range)?\.\Z", re.S), "click.not_int"),
    (
        re.compile(r"(?P<value>.*) is not a valid float( range)?\.\Z", re.S),
        "click.not_number",
    ),
    (
        re.compile(r"(?P<value>.*) is not in the range (?P<range>.*)\.\Z", re.S),
        "click.not_in_range",
    ),
    (
        re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)\Z", re.S),
        "click.extra_args",
    ),
    (re.compile(r"No such command '(?P<name>.*)'\.\Z", re.S), "click.no_such_command"),
    (re.compile(r"Missing command\.\Z"), "click.missing_command"),
    (re.compile(r"Option '(?P<option>.*)' requires an argument\.\Z"), "click.needs_value"),
    (re.compile(r"Option '(?P<option>.*)' does not take a value\.\Z"), "click.takes_no_value"),
)


class LocalFormatter(HelpFormatter):
    """click's help formatter with its own words translated."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix or tr("click.usage") + " ")

    def write_heading(self, heading: str) -> None:
        super().write_heading(_local_heading(heading))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        super().write_dl([(term, _help_text(text)) for term, text in rows], col_max, col_spacing)


def _local_heading(heading: str) -> str:
    if heading == "Options":
        return tr("click.heading_options")
    if heading == "Arguments":
        return tr("click.heading_arguments")
    if heading == "Commands":
        return tr("click.heading_commands")
    return heading


def _help_text(text: str) -> str:
    if text == HELP_OPTION_HELP:
        return tr("click.help_option")
    found = EXTRA.search(text)
    if found is None:
        return text
    extras = [_extra(item) for item in found.group(1).split("; ")]
    return f"{text[: found.start()]}  [{'; '.join(extras)}]"


def _extra(item: str) -> str:
    if item.startswith("default: "):
        return tr("click.default", value=item.removeprefix("default: "))
    if item.startswith("env var: "):
        return tr("click.env_var", name=item.removeprefix("env var: "))
    if item == "required":
        return tr("click.required")
    return item


class LocalContext(Context):
    formatter_class = LocalFormatter


def param_hint(param: Parameter | None, ctx: Context | None) -> str:
    """«--format» / «-f», or «ID» for an argument."""
    if param is None:
        return ""
    names = param.opts if param.param_type_name == "option" else []
    names = names or [param.human_readable_name]
    return " / ".join(tr("word.quoted", word=name) for name in names)


def error_text(exc: ClickException) -> str:
    """What went wrong, in the language of the run (without "Error: ")."""
    if isinstance(exc, NoSuchOption):
        text = tr("click.no_such_option", option=exc.option_name)
        if exc.possibilities:
            text += tr("click.possible_options", options=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, MissingParameter):
        return _missing(exc)
    if isinstance(exc, BadParameter):
        reason = _reworded(exc.message)
        param = param_hint(exc.param, exc.ctx)
        return tr("click.bad_value", param=param, reason=reason) if param else reason
    return _reworded(exc.message)


def _missing(exc: MissingParameter) -> str:
    param = exc.param
    hint = param_hint(param, exc.ctx)
    if param is not None and param.param_type_name == "argument":
        text = tr("click.missing_argument", param=hint)
    else:
        text = tr("click.missing_option", param=hint)
    choices = getattr(param.type, "choices", None) if param is not None else None
    if choices:
        text += " " + tr("click.choose_from", choices=join_or([str(c) for c in choices]))
    return text


def _reworded(text: str) -> str:
    for pattern, key in ERROR_PATTERNS:
        found = pattern.match(text)
        if found:
            fields = {name: _requoted(value) for name, value in found.groupdict().items()}
            return tr(key, **fields)
    return text


def _requoted(text: str) -> str:
    """click's 'x' (a repr) or 'a', 'b', 'c' as the language quotes them: «x», or
    «a», «b» eller «c»."""
    words = re.findall(r"'([^']*)'", text)
    if not words:
        return text
    return join_or([tr("word.quoted", word=word) for word in words])


class LocalUsageError(UsageError):
    """A click exception, shown in the language of the run; same exit code."""

    def __init__(self, original: ClickException) -> None:
        ctx = getattr(original, "ctx", None)
        super().__init__(error_text(original), ctx)
        self.exit_code = original.exit_code

    def format_message(self) -> str:
        return self.message

    def show(self, file: IO[Any] | None = None) -> None:
        if self.ctx is not None:
            names = self.ctx.help_option_names
            if self.ctx.command.get_help_option(self.ctx) is not None and names:
                hint = tr("click.try_help", command=f"{self.ctx.command_path} {names[0]}")
                echo(f"{self.ctx.get_usage()}\n{hint}\n", err=True)
        echo(tr("cli.error", message=self.message), err=True)
