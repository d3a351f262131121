"""The ho21score command: registers one module per command and guards against crashes."""

from __future__ import annotations

import os
import sys
import traceback

# Pydantic looks for plugins through every installed package's metadata the first time a
# model is built, which costs more than reading all the measure files; we use none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer  # noqa: E402

from ho21score.cli import rank, show, status, validate  # noqa: E402

app = typer.Typer(
    name="ho21score",
    help="Rank and follow the HelseOmsorg21 council's candidate measures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.command("rank")(rank.rank)
app.command("validate")(validate.validate)
app.command("show")(show.show)
app.command("status")(status.status)

INTERNAL_ERROR = 3


def main() -> None:
    try:
        app(prog_name="ho21score")
    except Exception:  # a bug: say so briefly, keep the traceback for whoever debugs it
        if os.environ.get("HO21SCORE_DEBUG"):
            traceback.print_exc()
        print(
            "ho21score: internal error; please report it (set HO21SCORE_DEBUG=1 for details)",
            file=sys.stderr,
        )
        sys.exit(INTERNAL_ERROR)
