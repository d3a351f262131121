"""Reading scores against the criteria in use: a ``poeng`` block of a file (agreed scores
or one rating) and ``KEY=VALUE`` words from the command line."""

from __future__ import annotations

import math
from typing import Any

from ho21score.core.criteria import Criteria, Part
from ho21score.core.ratings import Score
from ho21score.i18n import Message, join_or, message, suggest


class ScoreError(ValueError):
    """A value that is not a valid score for a part; the message says what is allowed."""

    def __init__(self, what: Message) -> None:
        super().__init__(what.text)
        self.what = what


def parse_score(part: Part, value: Any, criteria: Criteria) -> Score:
    """A score for ``part`` from a YAML value or a command-line word."""
    if part.levels is not None:
        if isinstance(value, str) and value in part.levels:
            return Score(float(part.levels[value]), value)
        allowed = join_or(list(part.levels))
        raise ScoreError(message("score.not_level", part=part.key, value=value, allowed=allowed))
    return Score(float(scale_value(part.key, value, criteria)), str(value))


def scale_value(key: str, value: Any, criteria: Criteria) -> int:
    scale = criteria.scale_text
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ScoreError(message("score.not_number", part=key, value=value, scale=scale))
    if isinstance(value, float) and not math.isfinite(value):
        raise ScoreError(message("score.not_finite", part=key, scale=scale))
    if isinstance(value, float) and not value.is_integer():
        raise ScoreError(message("score.not_whole", part=key, value=value, scale=scale))
    whole = int(value)
    if not criteria.minimum <= whole <= criteria.maximum:
        raise ScoreError(message("score.off_scale", part=key, value=whole, scale=scale))
    return whole


def whole_criterion_score(parts: tuple[Part, ...], value: Any, criteria: Criteria) -> Score:
    """A criterion with parts scored as a whole: a number on the scale for every part.

    Refused when a part takes level names: a number is not a level, and the levels need
    not mean the same as the numbers (kort counts as 5)."""
    levelled = next((p for p in parts if p.levels is not None), None)
    if levelled is not None and levelled.levels is not None:
        raise ScoreError(
            message(
                "score.whole_with_levels",
                criterion=levelled.criterion,
                part=levelled.key,
                levels=join_or(list(levelled.levels)),
            )
        )
    return Score(float(scale_value(parts[0].criterion, value, criteria)), str(value))


def read_block(
    block: dict[str, Any], criteria: Criteria
) -> tuple[dict[str, Score], list[tuple[tuple[str, ...], bool, Message]]]:
    """Scores by part key, and problems as (path inside the block, at_key, message).

    A blank value (``folkehelse:`` with nothing after it) means "not scored yet".
    """
    scores: dict[str, Score] = {}
    issues: list[tuple[tuple[str, ...], bool, Message]] = []
    for ckey, value in block.items():
        criterion = criteria.criterion(str(ckey))
        if criterion is None:
            known = [c.key for c in criteria.criteria]
            hint = suggest(str(ckey), known)
            issues.append(
                (
                    (ckey,),
                    True,
                    message(
                        "score.unknown_criterion", key=ckey, hint=hint, allowed=", ".join(known)
                    ),
                )
            )
            continue
        if value is None:
            continue
        if isinstance(value, dict):
            if not criterion.has_parts:
                issues.append(
                    ((ckey,), False, message("score.no_parts", key=ckey, scale=criteria.scale_text))
                )
                continue
            by_short = {p.short: p for p in criterion.parts}
            for pkey, pvalue in value.items():
                part = by_short.get(str(pkey))
                if part is None:
                    hint = suggest(str(pkey), by_short)
                    issues.append(
                        (
                            (ckey, pkey),
                            True,
                            message(
                                "score.unknown_part",
                                criterion=ckey,
                                key=pkey,
                                hint=hint,
                                allowed=", ".join(by_short),
                            ),
                        )
                    )
                    continue
                if pvalue is None:
                    continue
                try:
                    scores[part.key] = parse_score(part, pvalue, criteria)
                except ScoreError as exc:
                    issues.append(((ckey, pkey), False, exc.what))
            continue
        try:
            if criterion.has_parts:
                whole = whole_criterion_score(criterion.parts, value, criteria)
                for part in criterion.parts:
                    scores[part.key] = whole
            else:
                scores[criterion.key] = parse_score(criterion.parts[0], value, criteria)
        except ScoreError as exc:
            issues.append(((ckey,), False, exc.what))
    return scores, issues


def word_value(text: str) -> Any:
    """A value typed on the command line: a number if it looks like one."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def read_pairs(pairs: list[str], criteria: Criteria) -> tuple[dict[str, Any], list[Message]]:
    """KEY=VALUE words as {criterion or criterion.part: value as written}, and problems.

    KEY is ``criterion.part``, or ``criterion`` for a criterion without parts or for
    a whole criterion (each of its parts gets the value)."""
    values: dict[str, Any] = {}
    problems: list[Message] = []
    known = [p.key for p in criteria.parts] + [c.key for c in criteria.criteria if c.has_parts]
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key or not raw.strip():
            problems.append(message("score.bad_pair", pair=pair))
            continue
        if key in values:
            problems.append(message("score.twice", key=key))
            continue
        value = word_value(raw)
        part = criteria.part(key)
        criterion = criteria.criterion(key)
        try:
            if part is not None:
                score = parse_score(part, value, criteria)
                values[key] = _written(score, value)
            elif criterion is not None and criterion.has_parts:
                values[key] = int(whole_criterion_score(criterion.parts, value, criteria).value)
            else:
                problems.append(
                    message(
                        "score.unknown_key",
                        key=key,
                        hint=suggest(key, known),
                        allowed=", ".join(known),
                    )
                )
        except ScoreError as exc:
            problems.append(exc.what)
    return values, problems


def _written(score: Score, value: Any) -> Any:
    """How a valid score is written in the file: a level name, or a whole number."""
    return value if isinstance(value, str) else int(score.value)


def poeng_block(values: dict[str, Any], criteria: Criteria) -> dict[str, Any]:
    """The ``poeng`` mapping for values keyed by criterion or criterion.part, in the order
    of the criteria file."""
    block: dict[str, Any] = {}
    for criterion in criteria.criteria:
        if criterion.key in values:
            block[criterion.key] = values[criterion.key]
            continue
        parts = {p.short: values[p.key] for p in criterion.parts if p.key in values}
        if parts and criterion.has_parts:
            block[criterion.key] = parts
    return block


def level_case(pair: str, criteria: Criteria) -> str:
    """``KEY=VALUE`` with a level name in any case written as the criteria write it."""
    key, sep, raw = pair.partition("=")
    part = criteria.part(key.strip())
    if sep and part is not None and part.levels:
        wanted = raw.strip().casefold()
        for level in part.levels:
            if level.casefold() == wanted:
                return f"{key}={level}"
    return pair


def read_answer(
    part: Part, answer: str, criteria: Criteria
) -> tuple[dict[str, Any], list[Message]]:
    """One answer at the prompt, read exactly as ``part.key=answer`` on the command line."""
    return read_pairs([level_case(f"{part.key}={answer.strip()}", criteria)], criteria)
