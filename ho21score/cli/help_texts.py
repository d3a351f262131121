"""The help of every command and option in the language of the run, from the catalogue.

The commands and options carry no ``help=`` text of their own: after typer builds them,
``localise`` sets each command's help from ``help.<command path>`` and each parameter's from
``help.<command path>.<parameter>``, else ``help.option.<parameter>`` (the options every
command shares). The root command's path is ``app``. A parameter's placeholder follows
too (``<tekst>``, ``BESLUTNING``). tests/test_language.py checks that every command and
option of the built app has its text.
"""

from __future__ import annotations

from typer._click.core import Command, Parameter
from typer.core import TyperGroup

from ho21score.cli.click_texts import LocalContext
from ho21score.i18n import tr
from ho21score.messages import MESSAGES

# every help key, written out so that the catalogue's check sees each one used
HELP_KEYS = (
    "help.app",
    "help.app.version",
    "help.option.measures",
    "help.option.criteria",
    "help.option.raters",
    "help.option.lang",
    "help.option.date",
    "help.option.as_of",
    "help.option.since",
    "help.option.phase",
    "help.option.format",
    "help.option.ident",
    "help.rank",
    "help.rank.all_",
    "help.rank.top",
    "help.validate",
    "help.validate.format",
    "help.validate.strict",
    "help.show",
    "help.status",
    "help.status.participation",
    "help.status.round",
    "help.score",
    "help.score.pairs",
    "help.score.rater",
    "help.score.round_",
    "help.score.comment",
    "help.score.replace",
    "help.score.interactive",
    "help.advance",
    "help.advance.decision",
    "help.advance.by",
    "help.advance.note",
    "help.advance.yes",
    "help.agree",
    "help.agree.pairs",
    "help.agree.note",
    "help.agree.replace",
    "help.new",
    "help.new.title",
    "help.new.ident",
    "help.new.proposed_by",
    "help.new.area",
    "help.new.owner",
    "help.schema",
    "help.report",
    "help.report.output",
    "help.report.top",
    "help.report.robustness",
    "help.report.chart_x",
    "help.report.chart_y",
    "help.robustness",
    "help.robustness.weights",
    "help.robustness.order",
    "help.robustness.box",
    "help.robustness.raters",
    "help.robustness.draws",
    "help.robustness.seed",
    "help.robustness.top",
    "help.robustness.roster",
    "help.observe",
    "help.observe.indicator",
    "help.observe.value",
    "help.observe.period",
    "help.observe.source",
    "help.observe.note",
    "help.observe.status",
    "help.observe.replace",
    "help.sheet",
    "help.sheet.export",
    "help.sheet.export.round_",
    "help.sheet.export.output",
    "help.sheet.export.rater",
    "help.sheet.export.only_disagreement",
    "help.sheet.export.phase",
    "help.sheet.export.force",
    "help.sheet.import",
    "help.sheet.import.files",
    "help.sheet.import.replace",
    "help.sheet.import.dry_run",
    "help.sheet.import.mapping",
    "help.sheet.import.round_",
)

# an option's placeholder by the name of its type
TYPE_WORDS = {
    "str": "metavar.text",
    "text": "metavar.text",
    "path": "metavar.path",
    "int range": "metavar.integer",
    "integer": "metavar.integer",
    "float range": "metavar.number",
    "float": "metavar.number",
    "date": "metavar.date",
}
# words in an argument's placeholder
ARGUMENT_WORDS = {
    "DECISION": "metavar.decision",
    "TITLE": "metavar.title",
    "KEY=VALUE": "metavar.pairs",
    "FILE": "metavar.file",
}


def help_key(path: tuple[str, ...], param: str | None = None) -> str | None:
    """The catalogue key of a command's help (``param`` None) or of one parameter's."""
    where = ".".join(path) or "app"
    if param is None:
        return f"help.{where}" if f"help.{where}" in MESSAGES else None
    for key in (f"help.{where}.{param}", f"help.option.{param}"):
        if key in MESSAGES:
            return key
    return None


def localise(command: Command, path: tuple[str, ...]) -> None:
    """Give ``command`` and every command under it the help of the language of the run."""
    command.context_class = LocalContext
    key = help_key(path)
    if key is not None:
        command.help = tr(key)
    command.options_metavar = tr("metavar.options")
    for param in command.params:
        _localise_param(param, path)
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = tr("metavar.command")
        for name, sub in command.commands.items():
            localise(sub, (*path, name))


def _localise_param(param: Parameter, path: tuple[str, ...]) -> None:
    key = help_key(path, param.name)
    if key is not None:
        param.help = tr(key)  # type: ignore[attr-defined]  # typer's options and arguments
    if param.param_type_name == "option" and param.metavar is None:
        word = TYPE_WORDS.get(param.type.name)
        if word is not None:
            param.metavar = f"<{tr(word)}>"
    elif param.param_type_name == "argument" and param.metavar is not None:
        for english, word in ARGUMENT_WORDS.items():
            param.metavar = param.metavar.replace(english, tr(word))
