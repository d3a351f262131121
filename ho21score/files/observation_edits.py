"""Recording an observation as a file of its own (``observation_files``), under the edit
lock of the measures folder, never over an existing one unless asked, and only if the
measure reads back without errors with it: nothing is written otherwise."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.indicators import Indicator, Light, Period, Unit
from ho21score.core.raters import Roster
from ho21score.core.vocabulary import Status
from ho21score.files.atomic import FileChangedError, remove_stale_temporaries, write_atomic
from ho21score.files.measure_file import measure_from
from ho21score.files.observation_files import (
    observation_folder,
    observation_name,
    observation_text,
    read_observation_files,
)
from ho21score.files.recording import editing, open_measure
from ho21score.files.source import display_path, parse_yaml
from ho21score.i18n import join_or, message, tr
from ho21score.problems import InputError

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\Z")


class ObservationRequest(NamedTuple):
    """What ``observe`` was asked to record."""

    ident: str  # the measure's id, resolved
    indicator: str  # the indicator's key, or the start of one
    value: str  # as typed
    period: Period
    day: dt.date | None  # None: today, or with --replace the date already recorded
    source: str | None
    note: str | None
    status: Light | None
    replace: bool


class Recorded(NamedTuple):
    indicator: Indicator
    path: str  # for people
    value: float | str
    old: object  # the value it replaced (with --replace)
    replaced: bool


def find_indicator(indicators: tuple[Indicator, ...], word: str) -> Indicator:
    """The indicator ``word`` names: its key, or the start of exactly one key. Refused
    naming every key it could be, or the closest."""
    wanted = word.strip().lower()
    keys = [i.key for i in indicators]
    exact = [i for i in indicators if i.key == wanted]
    starting = [i for i in indicators if wanted and i.key.startswith(wanted)]
    if exact or len(starting) == 1:
        return (exact or starting)[0]
    quoted = [tr("word.quoted", word=k) for k in (i.key for i in starting)]
    if starting:
        raise InputError(message("observe.ambiguous", word=word, keys=join_or(quoted)))
    close = difflib.get_close_matches(wanted, keys, n=1, cutoff=0.6)
    hint = tr("hint.did_you_mean", word=close[0]) if close else ""
    allowed = ", ".join(keys) or "–"
    raise InputError(
        message("observation.unknown_indicator", key=word, hint=hint, allowed=allowed)
    )


def typed_value(indicator: Indicator, text: str) -> float | str:
    """A number for a numeric indicator (``12.5`` or ``12,5``), else the text as it is:
    a text where a number belongs is refused by the checks, at its place in the file."""
    if indicator.unit is Unit.TEXT:
        return text
    plain = text.strip().replace("\u2212", "-")
    if _NUMBER.match(plain):
        number = float(plain.replace(",", "."))
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    return text


def record_observation(
    measures_dir: Path, request: ObservationRequest, criteria: Criteria, roster: Roster | None
) -> Recorded:
    """Write the observation; ``InputError`` with the problems if it is refused."""
    with editing(measures_dir):
        target = open_measure(measures_dir, request.ident, criteria, roster)
        if target.measure.status is Status.STOPPED:
            raise InputError(message("observe.stopped", id=request.ident))
        indicator = find_indicator(target.measure.tracked, request.indicator)
        if indicator.unit is None:
            raise InputError(message("observation.no_unit", key=indicator.key))
        folder = observation_folder(measures_dir, request.ident)
        remove_stale_temporaries(folder)
        path = folder / observation_name(indicator.key, request.period)
        shown = display_path(path)
        others = read_observation_files(measures_dir, request.ident)
        existing = next((s for s, _ in others if s.path == path), None)
        old: object = None
        if existing is not None:
            data = existing.document.data if existing.document is not None else {}
            old = data.get("verdi") if isinstance(data, dict) else None
            if not request.replace:
                raise InputError(message("observe.exists", path=shown, value=old))
        value = typed_value(indicator, request.value)
        # --replace changes what it is given: the value, and the date, source, note and
        # status only when they are given; the rest of the file stays as it was
        kept = _kept(existing.document.data if existing and existing.document else None)
        text = observation_text(
            indicator.key,
            request.period,
            value,
            request.day or kept.date or dt.date.today(),
            request.source or kept.source,
            request.note or kept.note,
            request.status or kept.status,
        )
        raw = text.encode("utf-8")
        observations = [r for r in others if r[0].path != path]
        observations.append(parse_yaml(path, shown, raw))
        measure, problems = measure_from(
            target.source, [], criteria, roster, target.ratings, observations
        )
        errors = [p for p in problems if p.is_error]
        if measure is None or errors:
            raise InputError(message("edit.would_break", path=shown), errors)
        _write(path, raw, existing.raw if existing is not None else None, shown)
        return Recorded(indicator, shown, value, old, existing is not None)


class _Kept(NamedTuple):
    date: dt.date | None = None
    source: str | None = None
    note: str | None = None
    status: Light | None = None


def _kept(data: object) -> _Kept:
    """What an observation file already says besides its value (read, and so checked,
    before any replacement is allowed)."""
    if not isinstance(data, dict):
        return _Kept()
    day = data.get("dato")
    if isinstance(day, str):
        day = _day(day)
    text = {k: v if isinstance(v, str) else None for k, v in data.items()}
    status = text.get("status")
    return _Kept(
        day if isinstance(day, dt.date) else None,
        text.get("kilde"),
        text.get("merknad"),
        Light(status) if status in {light.value for light in Light} else None,
    )


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _write(path: Path, raw: bytes, expected: bytes | None, shown: str) -> None:
    made = [p for p in (path.parent.parent, path.parent) if not p.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, raw, expected=expected)
    except (FileChangedError, FileExistsError):
        _remove_empty(made)
        raise InputError(message("edit.changed_on_disk", path=shown)) from None
    except OSError as exc:
        _remove_empty(made)
        raise InputError(message("edit.write_failed", path=shown, reason=exc.strerror)) from None


def _remove_empty(folders: list[Path]) -> None:
    for folder in reversed(folders):
        with suppress(OSError):
            folder.rmdir()
