"""A small line chart of one indicator as SVG, for the HTML report: the expected line
from the baseline through the targets (dashed), the observations (solid, with dots), the
first and last period and the lowest and highest value. The same indicator always gives
the same bytes; every text from a file is escaped."""

from __future__ import annotations

from html import escape as html_escape

from ho21score.core.followup import Followup
from ho21score.core.indicators import Light
from ho21score.render.followup import light_word, with_unit

_SVG_W = 240
_SVG_H = 96
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 8, 8, 20
_COLOURS = {
    Light.GREEN: "#1a7f37",
    Light.AMBER: "#9a6700",
    Light.RED: "#cf222e",
    Light.GREY: "#6e7781",
    Light.NONE: "#6e7781",
}


def _xy(x: float, y: float, xs: tuple[float, float], ys: tuple[float, float]) -> str:
    span_x = (xs[1] - xs[0]) or 1.0
    span_y = (ys[1] - ys[0]) or 1.0
    px = _LEFT + (x - xs[0]) / span_x * (_SVG_W - _LEFT - _RIGHT)
    py = _SVG_H - _BOTTOM - (y - ys[0]) / span_y * (_SVG_H - _TOP - _BOTTOM)
    return f"{px:.1f},{py:.1f}"


def indicator_chart(f: Followup) -> str:
    """The chart of one indicator as an ``<svg>`` element ("" for a qualitative indicator
    or one with nothing to draw)."""
    ind = f.indicator
    plan = [p for p in (ind.baseline, *ind.targets) if p is not None]
    seen = [
        (o.period.position, float(o.value), o.period.text)
        for o in ind.observations
        if not isinstance(o.value, str)
    ]
    points = [(p.period.position, p.value, p.period.text) for p in plan] + seen
    if not ind.numeric or not points:
        return ""
    xs = (min(p[0] for p in points), max(p[0] for p in points))
    low, high = min(p[1] for p in points), max(p[1] for p in points)
    pad = (high - low) * 0.1 or max(abs(high) * 0.1, 1.0)
    ys = (low - pad, high + pad)
    first = min(points)[2]
    last = max(points)[2]
    title = f"{ind.name}: {light_word(f.light)}"
    top_y = _xy(xs[0], high, xs, ys).split(",")[1]
    low_y = _xy(xs[0], low, xs, ys).split(",")[1]
    parts = [
        f'<svg width="{_SVG_W}" height="{_SVG_H}" '
        f'viewBox="0 0 {_SVG_W} {_SVG_H}" role="img" aria-label="{html_escape(title)}">',
        f"<title>{html_escape(title)}</title>",
        f'<line x1="{_LEFT}" y1="{_SVG_H - _BOTTOM}" x2="{_SVG_W - _RIGHT}" '
        f'y2="{_SVG_H - _BOTTOM}" stroke="#d0d7de"/>',
        f'<text x="{_LEFT - 4}" y="{top_y}" font-size="9" text-anchor="end" '
        f'dominant-baseline="middle">{html_escape(with_unit(high, ind.unit))}</text>',
        f'<text x="{_LEFT - 4}" y="{low_y}" font-size="9" text-anchor="end" '
        f'dominant-baseline="middle">{html_escape(with_unit(low, ind.unit))}</text>',
        f'<text x="{_LEFT}" y="{_SVG_H - 6}" font-size="9">{html_escape(first)}</text>',
        f'<text x="{_SVG_W - _RIGHT}" y="{_SVG_H - 6}" font-size="9" text-anchor="end">'
        f"{html_escape(last)}</text>",
    ]
    if len(plan) > 1:
        line = " ".join(_xy(p.period.position, p.value, xs, ys) for p in plan)
        parts.append(
            f'<polyline points="{line}" fill="none" stroke="#8c959f" stroke-dasharray="4 3"/>'
        )
    colour = _COLOURS[f.light]
    if len(seen) > 1:
        line = " ".join(_xy(x, y, xs, ys) for x, y, _ in seen)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for x, y, text in seen:
        cx, cy = _xy(x, y, xs, ys).split(",")
        label = html_escape(f"{text}: {with_unit(y, ind.unit)}")
        parts.append(
            f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"><title>{label}</title></circle>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
