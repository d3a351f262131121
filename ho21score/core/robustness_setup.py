"""What a robustness analysis is asked to do: the weight model, the order of importance,
the box, whether the raters are drawn anew, the draws, the seed and the K of "top K".

No numpy here: the command checks its options with this module before anything heavy is
loaded, and the result records name the setup they came from (docs/robustness.md).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from ho21score.i18n import message, suggest, tr
from ho21score.problems import InputError

DEFAULT_SEED = 20261123
DEFAULT_DRAWS = 10_000
DEFAULT_TOP = 3
DEFAULT_BOX = 0.2


class WeightModel(StrEnum):
    """Which weightings count as plausible."""

    simplex = "simplex"  # every weighting equally plausible
    ordinal = "ordinal"  # every weighting that keeps an order of importance
    box = "box"  # every weighting within ±X (relative) of the stated weights
    fixed = "fixed"  # the stated weights only


Order = tuple[tuple[str, ...], ...]  # groups of criterion keys, most important first


class Setup(NamedTuple):
    model: WeightModel
    order: Order | None  # ordinal only: the order used (given or from the stated weights)
    box: float | None  # box only
    raters: bool  # the raters are drawn anew (only where some measure has ratings)
    draws: int
    seed: int
    top: int

    @property
    def order_text(self) -> str | None:
        return None if self.order is None else order_text(self.order)


def report_setup(ranked: int) -> Setup:
    """The report's analysis: every weighting, the raters drawn anew where there are
    ratings, the default draws and the fixed default seed (the same report every time).
    The top three, or fewer when there are no more than three to rank (with three, "among
    the top three" would say nothing)."""
    top = max(1, min(DEFAULT_TOP, ranked - 1))
    return Setup(WeightModel.simplex, None, None, True, DEFAULT_DRAWS, DEFAULT_SEED, top)


def order_text(order: Order) -> str:
    """The order as ``--order`` takes it: "a>b=c>d"."""
    return ">".join("=".join(group) for group in order)


def parse_order(text: str, keys: tuple[str, ...]) -> Order:
    """``--order "a>b=c>d"`` into groups of criterion keys; every criterion exactly once.
    Refused (``InputError``) with the keys allowed."""
    allowed = ", ".join(keys)
    groups = [[word.strip() for word in group.split("=")] for group in text.split(">")]
    seen: list[str] = []
    for group in groups:
        for word in group:
            if not word:
                raise InputError(message("robustness.order_syntax", order=text, keys=allowed))
            if word not in keys:
                raise InputError(
                    message(
                        "robustness.order_unknown",
                        key=word,
                        hint=suggest(word, keys),
                        keys=allowed,
                    )
                )
            if word in seen:
                raise InputError(message("robustness.order_twice", key=word))
            seen.append(word)
    missing = [key for key in keys if key not in seen]
    if missing:
        quoted = ", ".join(tr("word.quoted", word=key) for key in missing)
        raise InputError(message("robustness.order_missing", keys=quoted))
    return tuple(tuple(group) for group in groups)


def order_of_weights(weights: dict[str, float]) -> Order:
    """The order of the stated weights, heaviest first; equal weights tie."""
    groups: list[list[str]] = []
    for key in sorted(weights, key=lambda k: -weights[k]):
        if groups and abs(weights[groups[-1][0]] - weights[key]) <= 1e-12:
            groups[-1].append(key)
        else:
            groups.append([key])
    return tuple(tuple(group) for group in groups)
