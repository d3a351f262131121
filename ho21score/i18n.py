"""The one message catalogue: Norwegian bokmål (default) and English.

The language is chosen once per run by the CLI (``--lang`` or ``HO21SCORE_LANG``).
Identifiers from the files (phase, status, criterion keys) are never translated; names
of criteria and parts come from the criteria file.
"""

from __future__ import annotations

import os
from contextvars import ContextVar

from ho21score.messages import MESSAGES

LANGUAGES = ("nb", "en")
_lang: ContextVar[str] = ContextVar("lang", default="nb")


def default_language() -> str:
    env = os.environ.get("HO21SCORE_LANG", "").strip().lower()
    return env if env in LANGUAGES else "nb"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _lang.set(lang)


def language() -> str:
    return _lang.get()


def tr(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, with ``params`` filled in."""
    nb, en = MESSAGES[key]
    text = en if _lang.get() == "en" else nb
    return text.format(**params) if params else text


def number(value: float, decimals: int = 2) -> str:
    """A number as people read it: decimal comma in bokmål, point in English."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if _lang.get() == "nb" else text


def join_or(items: list[str]) -> str:
    """'a, b or c' / 'a, b eller c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {tr('word.or')} {items[-1]}"
