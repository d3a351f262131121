"""The robustness result as stacked bars: for each ranked measure, the share of draws in
which it lands 1st, 2nd, … Kth, and lower (K as in "Blant de tre beste"), left to right.
Geometry only, in percent of the bar's width; the template draws it."""

from __future__ import annotations

from typing import NamedTuple

from ho21score.core.robustness_result import Robustness
from ho21score.i18n import tr
from ho21score.render.robustness_words import share_text, top_count

SHADES = ("#08306b", "#2171b5", "#6baed6", "#c6dbef", "#deebf7", "#f7fbff")
"""Dark to light, so that the order reads in grey on paper too; the last is "lower"."""
REST = "#d9d9d9"


class Segment(NamedTuple):
    start: float  # percent of the bar
    width: float
    colour: str
    tip: str  # "1. plass: 34 %"


class ShareRow(NamedTuple):
    rank: int
    title: str  # as in the file; the template escapes it
    segments: tuple[Segment, ...]


class Swatch(NamedTuple):
    colour: str
    text: str


def coloured_places(result: Robustness) -> int:
    """How many places get a colour of their own: the top K, at most as many as shades."""
    return min(top_count(result.setup, len(result.measures)), len(SHADES))


def _place_name(n: int) -> str:
    return tr("chart.shares_place", n=n)


def share_swatches(result: Robustness) -> list[Swatch]:
    k = coloured_places(result)
    return [Swatch(SHADES[i], _place_name(i + 1)) for i in range(k)] + [
        Swatch(REST, tr("chart.shares_rest"))
    ]


def share_rows(result: Robustness, titles: dict[str, str]) -> list[ShareRow]:
    k = coloured_places(result)
    rows = []
    for m in result.measures:
        shares = list(m.acceptability[:k])
        shares += [0.0] * (k - len(shares))
        shares.append(max(0.0, 1.0 - sum(shares)))
        names = [_place_name(i + 1) for i in range(k)] + [tr("chart.shares_rest")]
        colours = [*SHADES[:k], REST]
        segments = []
        start = 0.0
        for share, name, colour in zip(shares, names, colours, strict=True):
            width = round(100 * share, 2)
            if width > 0:
                tip = tr("chart.shares_tip", place=name, share=share_text(share))
                segments.append(Segment(round(start, 2), width, colour, tip))
            start += 100 * share
        rows.append(ShareRow(m.rank, titles.get(m.id, m.id), tuple(segments)))
    return rows
