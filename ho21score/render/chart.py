"""The importance × feasibility chart as geometry, shared by the SVG and the Mermaid chart.

Which criteria are the axes, each ranked measure's label (its rank, with a letter where
measures share a rank, so that "5a" and "5b" can be told apart), measures with the same
two scores merged into one point labelled with all their ranks ("2, 5"), and for the SVG
where everything goes: points inside a padded data area so that none sits on the edge,
each rank label beside its point where it covers no other point or label, and the four
quadrant captions in bands above and below the plot, outside the data area, so that they
can never cover a point. Pure arithmetic: no text measuring, so label widths are
estimated generously (``CHAR_WIDTH``).
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from typing import NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.ranking import Ranking

QUADRANT_WIDTH = 680.0  # the SVG's own units; the page scales it to its width
QUADRANT_HEIGHT = 500.0
FONT = 12.0  # font size of labels and captions
CHAR_WIDTH = 0.62 * FONT  # wider than any digit or comma of a sans-serif font at FONT
LINE = 16.0  # height of a label box
DOT = 5.0  # radius of a point
GAP = 3.0  # between a point and its label
PAD = 26.0  # data area inside the plot, so no point or label touches the frame
LEFT, RIGHT, TOP, BOTTOM = 58.0, 14.0, 30.0, 76.0  # room for ticks, names and captions


class Box(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def within(self, other: Box) -> bool:
        return (
            other.x <= self.x
            and other.y <= self.y
            and self.right <= other.right
            and self.bottom <= other.bottom
        )


class Legend(NamedTuple):
    label: str  # "5a"
    measure: Measure


class Merged(NamedTuple):
    """One point: the measures with these two scores (in ranking order)."""

    x: float  # the scores, on the criteria's scale
    y: float
    labels: tuple[str, ...]

    @property
    def text(self) -> str:
        return ", ".join(self.labels)


class Point(NamedTuple):
    merged: Merged
    cx: float
    cy: float
    dot: Box
    label: Box  # the text's box; its baseline is label.bottom - 4

    @property
    def text(self) -> str:
        return self.merged.text


class Tick(NamedTuple):
    text: str
    at: float  # x for the x axis, y for the y axis


class Caption(NamedTuple):
    text: str
    box: Box
    anchor: str  # "start" or "end": the SVG text-anchor
    at: float  # x of the anchor


class Layout(NamedTuple):
    plot: Box  # the frame
    data: Box  # where the scale's ends fall
    points: tuple[Point, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    mid_x: float
    mid_y: float
    captions: tuple[Caption, ...]  # q1 (top right), q2 (top left), q3, q4 (bottom)


def default_axes(criteria: Criteria) -> tuple[str, str]:
    """(x, y): the last criterion against the first (gjennomførbarhet against betydning
    in the council's file)."""
    return criteria.criteria[-1].key, criteria.criteria[0].key


def legend_entries(ranking: Ranking) -> list[Legend]:
    """Each ranked measure once, in ranking order, labelled with its rank; measures that
    share a rank get a letter each (5a, 5b) so that the chart can tell them apart."""
    sharing: dict[int, int] = {}
    for rank, _ in ranking.ranked:
        sharing[rank] = sharing.get(rank, 0) + 1
    seen: dict[int, int] = {}
    out = []
    for rank, m in ranking.ranked:
        n = seen.get(rank, 0)
        seen[rank] = n + 1
        suffix = _letters(n) if sharing[rank] > 1 else ""
        out.append(Legend(f"{rank}{suffix}", m))
    return out


def _letters(n: int) -> str:
    """a, b, ... z, aa, ab, ...: a tie of any size gets distinct letters."""
    letters = string.ascii_lowercase
    return letters[n] if n < len(letters) else _letters(n // len(letters) - 1) + letters[
        n % len(letters)
    ]


def merge(entries: Sequence[Legend], x_key: str, y_key: str) -> list[Merged]:
    """Measures with the same two scores (to 1e-9) as one point, in ranking order of their
    best-ranked measure."""
    groups: dict[tuple[float, float], list[str]] = {}
    values: dict[tuple[float, float], tuple[float, float]] = {}
    for entry in entries:
        xs = entry.measure.evaluation.criteria.get(x_key)
        ys = entry.measure.evaluation.criteria.get(y_key)
        if xs is None or ys is None:
            continue
        key = (round(xs, 9), round(ys, 9))
        groups.setdefault(key, []).append(entry.label)
        values.setdefault(key, (xs, ys))
    return [Merged(*values[key], tuple(labels)) for key, labels in groups.items()]


def text_width(text: str) -> float:
    return CHAR_WIDTH * len(text) + 2.0


def layout(points: Sequence[Merged], criteria: Criteria, captions: Sequence[str]) -> Layout:
    """Where everything goes; ``captions`` are the quadrants' (q1 top right, q2 top left,
    q3 bottom left, q4 bottom right)."""
    plot = Box(LEFT, TOP, QUADRANT_WIDTH - LEFT - RIGHT, QUADRANT_HEIGHT - TOP - BOTTOM)
    data = Box(plot.x + PAD, plot.y + PAD, plot.w - 2 * PAD, plot.h - 2 * PAD)
    low, high = criteria.minimum, criteria.maximum
    span = (high - low) or 1

    def sx(value: float) -> float:
        return round(data.x + data.w * (value - low) / span, 1)

    def sy(value: float) -> float:
        return round(data.bottom - data.h * (value - low) / span, 1)

    centres = [(p, sx(p.x), sy(p.y)) for p in points]
    dots = [Box(cx - DOT, cy - DOT, 2 * DOT, 2 * DOT) for _, cx, cy in centres]
    placed: list[Point] = []
    for (merged, cx, cy), dot in zip(centres, dots, strict=True):
        label = _place(merged.text, cx, cy, plot, dots, [p.label for p in placed])
        placed.append(Point(merged, cx, cy, dot, label))
    step = 1 if span <= 10 else max(1, span // 5)
    values = range(low, high + 1, step)
    return Layout(
        plot,
        data,
        tuple(placed),
        tuple(Tick(str(v), sx(v)) for v in values),
        tuple(Tick(str(v), sy(v)) for v in values),
        sx((low + high) / 2),
        sy((low + high) / 2),
        _captions(captions, plot),
    )


def _candidates(text: str, cx: float, cy: float) -> list[Box]:
    """Places for a label, best first: right, left, above, below, then the diagonals."""
    w, h = text_width(text), LINE
    near = DOT + GAP
    return [
        Box(cx + near, cy - h / 2, w, h),
        Box(cx - near - w, cy - h / 2, w, h),
        Box(cx - w / 2, cy - near - h, w, h),
        Box(cx - w / 2, cy + near, w, h),
        Box(cx + near, cy - near - h, w, h),
        Box(cx + near, cy + near, w, h),
        Box(cx - near - w, cy - near - h, w, h),
        Box(cx - near - w, cy + near, w, h),
    ]


def _place(
    text: str, cx: float, cy: float, plot: Box, dots: Sequence[Box], labels: Sequence[Box]
) -> Box:
    """The first place inside the plot that covers no point and no label placed before;
    failing that, the one inside the plot that covers the fewest."""
    candidates = _candidates(text, cx, cy)
    inside = [box for box in candidates if box.within(plot)] or candidates

    def covered(box: Box) -> int:
        return sum(box.overlaps(other) for other in (*dots, *labels))

    return min(inside, key=covered)


def _captions(texts: Sequence[str], plot: Box) -> tuple[Caption, ...]:
    """q1 above the plot on the right, q2 above it on the left, q3 and q4 in the band
    below the axis name: beside their quadrants, outside the data area."""
    top = plot.y - LINE - 6
    bottom = plot.bottom + BOTTOM - LINE - 2
    q1, q2, q3, q4 = texts
    return (
        Caption(q1, Box(plot.right - text_width(q1), top, text_width(q1), LINE), "end", plot.right),
        Caption(q2, Box(plot.x, top, text_width(q2), LINE), "start", plot.x),
        Caption(q3, Box(plot.x, bottom, text_width(q3), LINE), "start", plot.x),
        Caption(
            q4, Box(plot.right - text_width(q4), bottom, text_width(q4), LINE), "end", plot.right
        ),
    )
