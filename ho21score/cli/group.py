"""The root command group: it settles the language before anything is parsed, gives every
command its help in that language, and shows click's usage errors, Ctrl-C and the end of
input in it, whether the app runs from ``app.run`` or from typer's own ``main``."""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer._click.core import Context
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup

from ho21score.cli.click_texts import LocalContext, LocalUsageError
from ho21score.cli.exitcode import ExitCode
from ho21score.cli.help_texts import localise
from ho21score.cli.language import LanguageError, settle_language
from ho21score.i18n import tr


class LocalGroup(TyperGroup):
    context_class = LocalContext

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Context | None = None,
        **extra: Any,
    ) -> Context:
        try:
            note = settle_language(args)
        except LanguageError as exc:
            print(tr("cli.error", message=exc.text), file=sys.stderr)
            raise typer.Exit(ExitCode.USAGE) from None
        if note:
            print(note, file=sys.stderr)
        localise(self, ())
        try:
            return super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise
        except ClickException as exc:
            raise LocalUsageError(exc) from exc

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except LocalUsageError:
            raise
        except ClickException as exc:
            raise LocalUsageError(exc) from exc
        except typer.Abort as exc:  # Ctrl-C or the end of input at a prompt
            if isinstance(exc.__context__, EOFError):
                print(f"\n{tr('cli.error', message=tr('cli.input_ended'))}", file=sys.stderr)
                raise typer.Exit(ExitCode.INPUT_ERRORS) from None
            print(f"\n{tr('cli.interrupted')}", file=sys.stderr)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except KeyboardInterrupt:
            print(f"\n{tr('cli.interrupted')}", file=sys.stderr)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
