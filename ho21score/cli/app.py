"""The ho21score command: one module per command, loaded only when it is the one asked for,
and a guard that turns a crash into a short message."""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from collections.abc import Sequence

import typer

# command name -> module in ho21score.cli that defines a function of the same name
COMMANDS = {
    "rank": "rank",
    "validate": "validate",
    "show": "show",
    "status": "status",
    "score": "score",
    "advance": "advance",
    "new": "new",
    "schema": "schema",
    "report": "report",
}
INTERNAL_ERROR = 3


def build_app(only: str | None = None) -> typer.Typer:
    """The typer app with every command, or with just ``only`` (typer builds the options
    of every registered command on each start, which is time `rank` cannot spare)."""
    app = typer.Typer(
        name="ho21score",
        help="Rank and follow the HelseOmsorg21 council's candidate measures.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def _group() -> None:
        """Rank and follow the HelseOmsorg21 council's candidate measures."""

    for name, module in COMMANDS.items():
        if only is None or name == only:
            command = getattr(importlib.import_module(f"ho21score.cli.{module}"), module)
            app.command(name)(command)
    return app


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    only = args[0] if args and args[0] in COMMANDS else None
    try:
        build_app(only)(args, prog_name="ho21score")
    except Exception:  # a bug: say so briefly, keep the traceback for whoever debugs it
        if os.environ.get("HO21SCORE_DEBUG"):
            traceback.print_exc()
        print(
            "ho21score: internal error; please report it (set HO21SCORE_DEBUG=1 for details)",
            file=sys.stderr,
        )
        sys.exit(INTERNAL_ERROR)
