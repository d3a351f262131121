"""The language of a run, settled from the command line before anything is built or
parsed, so that help, usage errors and the command's own output speak one language.

``--lang X`` or ``--lang=X`` anywhere before ``--``, else ``HO21SCORE_LANG``, else bokmål.
``nb`` and ``en`` are the languages; ``no``, ``nb-NO``, ``nn``… are read as bokmål with a
note on stderr; anything else is a usage error (from the command line or the environment).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from ho21score.i18n import LANGUAGES, language_named, set_language, tr

ENVIRONMENT = "HO21SCORE_LANG"
OPTION = "--lang"


class LanguageError(Exception):
    """A ``--lang`` or ``HO21SCORE_LANG`` value that names no language (text in bokmål)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def given_language(args: Sequence[str]) -> tuple[str, str] | None:
    """(where, value) of the language asked for: the last ``--lang`` on the command line,
    else the environment; None if neither asks for one."""
    found: str | None = None
    for n, arg in enumerate(args):
        if arg == "--":
            break
        if arg == OPTION and n + 1 < len(args):
            found = args[n + 1]
        elif arg.startswith(OPTION + "="):
            found = arg.partition("=")[2]
    if found is not None:
        return OPTION, found
    env = os.environ.get(ENVIRONMENT)
    return (ENVIRONMENT, env) if env is not None and env.strip() else None


def settle_language(args: Sequence[str]) -> str | None:
    """Set the language of this run; the note to show when a value was read as another
    language, else None. Raises LanguageError for a value that names no language."""
    given = given_language(args)
    if given is None:
        set_language("nb")
        return None
    where, value = given
    named = language_named(value)
    if named is None:
        set_language("nb")
        allowed = ", ".join(LANGUAGES)
        if where == ENVIRONMENT:
            raise LanguageError(tr("lang.bad_environment", value=value, allowed=allowed))
        raise LanguageError(tr("lang.bad_option", value=value, allowed=allowed))
    set_language(named[0])
    return tr("lang.read_as", value=value, lang=named[0]) if named[1] else None
