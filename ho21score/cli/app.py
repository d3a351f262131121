"""The ho21score command: one module per command, loaded only when it is the one asked for,
and the one place that turns what happened into an exit code (``ExitCode``)."""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Annotated

import typer
from typer._click.exceptions import ClickException  # typer 0.28 vendors click

from ho21score import __version__
from ho21score.cli.common import LangOpt
from ho21score.cli.exitcode import ExitCode
from ho21score.cli.group import LocalGroup
from ho21score.i18n import tr

# command name -> module in ho21score.cli that defines a function of the same name
COMMANDS = {
    "rank": "rank",
    "validate": "validate",
    "show": "show",
    "status": "status",
    "score": "score",
    "advance": "advance",
    "agree": "agree",
    "new": "new",
    "schema": "schema",
    "report": "report",
    "robustness": "robustness",
    "sheet": "sheet",  # a group: sheet export, sheet import
    "observe": "observe",
}


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"ho21score {__version__}")
        raise typer.Exit()


def build_app(only: str | None = None) -> typer.Typer:
    """The typer app with every command, or with just ``only`` (typer builds the options
    of every registered command on each start, which is time `rank` cannot spare)."""
    app = typer.Typer(
        name="ho21score",
        cls=LocalGroup,  # the language settled first; help and usage errors in it
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def _group(
        version: Annotated[
            bool,
            typer.Option("--version", is_eager=True, callback=_show_version),
        ] = False,
        lang: LangOpt = None,
    ) -> None:
        """Rank and follow the HelseOmsorg21 council's candidate measures."""

    for name, module in COMMANDS.items():
        if only is None or name == only:
            command = getattr(importlib.import_module(f"ho21score.cli.{module}"), module)
            if isinstance(command, typer.Typer):
                app.add_typer(command, name=name)
            else:
                app.command(name)(command)
    return app


def run(args: list[str]) -> int:
    """Run one command line and say how it ended; never raises."""
    only = args[0] if args and args[0] in COMMANDS else None
    try:
        code = build_app(only)(args, prog_name="ho21score", standalone_mode=False)
    except ClickException as exc:  # a bad option or argument
        exc.show()
        return ExitCode.USAGE
    except typer.Abort as exc:  # Ctrl-C or the end of input at a prompt
        if isinstance(exc.__context__, EOFError):
            print(f"\n{tr('cli.error', message=tr('cli.input_ended'))}", file=sys.stderr)
            return ExitCode.INPUT_ERRORS
        print(f"\n{tr('cli.interrupted')}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        print(f"\n{tr('cli.interrupted')}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except Exception as exc:  # a bug: say so briefly, keep the traceback for whoever debugs it
        if os.environ.get("HO21SCORE_DEBUG"):
            traceback.print_exc()
        kind = type(exc).__name__
        print(tr("cli.internal_error", kind=kind, version=__version__), file=sys.stderr)
        return ExitCode.INTERNAL
    return int(code or ExitCode.OK)


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))
