"""The one message catalogue (``messages``): Norwegian bokmål (default) and English.

The language is chosen once per run by the CLI (``--lang`` or ``HO21SCORE_LANG``).
Identifiers from the files (phase, status, criterion keys) are never translated; names
of criteria and parts come from the criteria file.

A catalogue text is one string, or a pair (singular, plural) chosen by the ``count``
parameter: both languages use the singular for exactly 1 and the plural otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from contextvars import ContextVar
from typing import NamedTuple

from ho21score.messages import MESSAGES

LANGUAGES = ("nb", "en")
# read as bokmål, with a note: Norwegian in general and nynorsk, for which there is no text
READ_AS_BOKMAAL = ("no", "nb-no", "nb_no", "nn", "nn-no", "nn_no")
_lang: ContextVar[str] = ContextVar("lang", default="nb")


class Message(NamedTuple):
    """A text for people and the catalogue key it came from, which scripts can match."""

    code: str
    text: str

    def __str__(self) -> str:
        return self.text


def language_named(value: str) -> tuple[str, bool] | None:
    """The language a ``--lang`` value names, and whether it was read as another one
    (``nn`` as bokmål); None when it names none of them."""
    word = value.strip().lower()
    if word in LANGUAGES:
        return word, False
    if word in READ_AS_BOKMAAL:
        return "nb", True
    return None


def default_language() -> str:
    named = language_named(os.environ.get("HO21SCORE_LANG", ""))
    return named[0] if named else "nb"


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
    if isinstance(text, tuple):
        count = params["count"]
        text = text[0] if count == 1 else text[1]
    return text.format(**params) if params else text


def message(key: str, /, **params: object) -> Message:
    """The message ``key`` with its code, for problems and refusals."""
    return Message(key, tr(key, **params))


def number(value: float, decimals: int = 2) -> str:
    """A number as people read it: decimal comma in bokmål, point in English."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if _lang.get() == "nb" else text


def date_text(day: dt.date) -> str:
    """A day as people write it: 22.11.2026 in bokmål, 2026-11-22 in English."""
    return day.strftime("%d.%m.%Y") if _lang.get() == "nb" else day.isoformat()


def join_or(items: list[str]) -> str:
    """'a, b or c' / 'a, b eller c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {tr('word.or')} {items[-1]}"


def suggest(word: str, known: Iterable[str]) -> str:
    """' (did you mean «x»?)' or ''."""
    import difflib

    candidates = list(known)
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not close and len(word) >= 3:
        close = sorted(c for c in candidates if c.startswith(word))[:1]
    return tr("hint.did_you_mean", word=close[0]) if close else ""
