"""Indicators followed up, for people: the follow-up table of ``show``, the marker of
``status``, the report's "Oppfølging" and its calibration of scores against what was
delivered (docs/file-formats.md §3 says how a status is worked out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

from ho21score.core.criteria import Criteria, Part
from ho21score.core.followup import Followup, follow_all
from ho21score.core.indicators import Light, Milestone, Unit
from ho21score.core.measure import Measure
from ho21score.core.vocabulary import Phase, Status
from ho21score.i18n import date_text, language, tr
from ho21score.render.markdown import escape, markdown_table
from ho21score.render.table import Table

# the criterion whose parts the calibration puts beside the indicators: what the council
# expected a measure to deliver; without it in the criteria, every criterion's score
CALIBRATION_CRITERION = "potensiale"
_MINUS = "\u2212"
_SAFE_URL = ":/?#@!$&'*+,;=%~-._"  # kept as they are in a link; anything else is quoted


def figure(value: float, decimals: int = 2) -> str:
    """A number as people read it, without needless decimals: ``12,5`` (nb), ``12.5``
    (en), thousands grouped (``250 000`` / ``250,000``), a minus sign for negatives."""
    text = f"{abs(value):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language() == "nb":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return (_MINUS if value < 0 and text.strip("0,.\u00a0") else "") + text


def signed(value: float) -> str:
    """A gap: ``+1,5``, ``−0,3``, ``0``."""
    text = figure(value)
    return text if text.startswith(_MINUS) or text == "0" else "+" + text


def with_unit(value: float, unit: Unit | None) -> str:
    suffix = {Unit.PERCENT: " %", Unit.KRONER: " kr"}.get(unit) if unit else None
    return figure(value) + (suffix or "")


def light_word(light: Light) -> str:
    words = {
        Light.GREEN: "followup.green",
        Light.AMBER: "followup.amber",
        Light.RED: "followup.red",
        Light.GREY: "followup.grey",
        Light.NONE: "followup.none",
    }
    return tr(words[light])


def _at_period(point: Milestone | None, unit: Unit | None) -> str:
    return f"{with_unit(point.value, unit)} ({point.period.text})" if point else "–"


def row(f: Followup, link: bool = False) -> list[str]:
    """One indicator: name, unit, baseline, expected now, latest observed (its date),
    gap, status, trend, source (a Markdown link when ``link``)."""
    ind, latest = f.indicator, f.latest
    unit = ind.unit
    expected = "–"
    if f.expected is not None and latest is not None:
        expected = f"{with_unit(f.expected, unit)} ({latest.period.text})"
    observed = "–"
    if latest is not None:
        shown = latest.value if isinstance(latest.value, str) else with_unit(latest.value, unit)
        day = f"; {latest.date.isoformat()}" if latest.date else ""
        observed = f"{shown} ({latest.period.text}{day})"
    source = (latest.source if latest and latest.source else None) or ind.source
    cells = [
        ind.name,
        unit.value if unit else "–",
        _at_period(ind.baseline, unit),
        expected,
        observed,
        signed(f.gap) if f.gap is not None else "–",
        light_word(f.light),
        " ".join(part for part in (f.sparkline, f.arrow) if part) or "–",
        (markdown_link(source) if link else source) if source else "–",
    ]
    if link:  # text from the files escaped; the figures hold none (and keep their spaces)
        cells[0] = escape(cells[0])
        if latest is not None and isinstance(latest.value, str):
            cells[4] = escape(cells[4])
    return cells


def _headers() -> list[str]:
    return [
        tr("followup.col_indicator"),
        tr("followup.col_unit"),
        tr("followup.col_baseline"),
        tr("followup.col_expected"),
        tr("followup.col_observed"),
        tr("followup.col_gap"),
        tr("followup.col_status"),
        tr("followup.col_trend"),
        tr("followup.col_source"),
    ]


def followup_table(measure: Measure, today: dt.date) -> Table | None:
    """``show``'s follow-up part: one row per indicator; None without indicators."""
    if not measure.tracked:
        return None
    rows = [row(f) for f in follow_all(measure.tracked, today)]
    return Table(_headers(), rows, align="lllllrll", wrap={0: 30, 4: 24, 8: 30})


def followup_marker(measure: Measure, today: dt.date) -> str:
    """``status``'s marker for a measure in Oppfølging whose indicators are red or have no
    current observation (``⚠ 1 rød, 2 grå``); "" otherwise."""
    if measure.phase is not Phase.FOLLOW_UP or measure.status is Status.STOPPED:
        return ""
    lights = [f.light for f in follow_all(measure.tracked, today)]
    red, grey = lights.count(Light.RED), lights.count(Light.GREY)
    if not red and not grey:
        return ""
    parts = []
    if red:
        parts.append(f"{red} {light_word(Light.RED)}")
    if grey:
        parts.append(f"{grey} {light_word(Light.GREY)}")
    return "⚠ " + ", ".join(parts)


def markdown_link(url: str) -> str:
    """A source as a Markdown link (http and https only; anything else as escaped text)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return escape(url)
    label = escape(parts.netloc + parts.path.rstrip("/"))
    return f"[{label}]({quote(url.strip(), safe=_SAFE_URL)})"


def in_followup(measures: Sequence[Measure]) -> list[Measure]:
    return [
        m for m in measures if m.phase is Phase.FOLLOW_UP and m.status is not Status.STOPPED
    ]


def followup_section(measures: Sequence[Measure], today: dt.date) -> str:
    """The body of the report's "Oppfølging": under each measure in Oppfølging a row per
    indicator (the heading is the report's)."""
    chosen = in_followup(measures)
    lines = [tr("followup.how", date=date_text(today)), ""]
    if not chosen:
        return "\n".join([*lines, tr("followup.none_in_phase"), ""])
    for m in chosen:
        lines += [f"### {escape(m.title)} (`{m.id}`)", ""]
        if not m.tracked:
            lines += [tr("followup.no_indicators"), ""]
            continue
        rows = [row(f, link=True) for f in follow_all(m.tracked, today)]
        lines.append(markdown_table(Table(_headers(), rows, align="lllllrll")))
    return "\n".join(lines)


def _calibration_parts(criteria: Criteria) -> list[Part]:
    chosen = criteria.criterion(CALIBRATION_CRITERION)
    if chosen is not None:
        return list(chosen.parts)
    return [Part(c.key, c.key, c.name, c.weight) for c in criteria.criteria]


def _calibration_score(measure: Measure, part: Part) -> str:
    value = measure.evaluation.parts.get(part.key)
    if value is None:
        value = measure.evaluation.criteria.get(part.key)
    if value is None:
        return "–"
    level = next((name for name, n in (part.levels or {}).items() if n == value), None)
    return f"{figure(value)} ({level})" if level else figure(value)


def calibration_section(measures: Sequence[Measure], criteria: Criteria, today: dt.date) -> str:
    """The council's scores beside the indicators' status for each measure in Oppfølging,
    highest total first; said plainly to be a look, not a statistical test."""
    chosen = sorted(
        in_followup(measures), key=lambda m: (-(m.evaluation.total or 0.0), m.id)
    )
    lines = [f"### {tr('followup.calibration_heading')}", ""]
    if not chosen:
        return "\n".join([*lines, tr("followup.none_in_phase"), ""])
    lines += [tr("followup.calibration_caveat", count=len(chosen)), ""]
    parts = _calibration_parts(criteria)
    order = (Light.GREEN, Light.AMBER, Light.RED, Light.GREY)
    headers = [
        tr("followup.col_measure"),
        tr("followup.col_total"),
        *[escape(p.name) for p in parts],
        *[light_word(light) for light in order],
    ]
    rows = []
    for m in chosen:
        lights = [f.light for f in follow_all(m.tracked, today)]
        total = figure(m.evaluation.total, 1) if m.evaluation.total is not None else "–"
        rows.append(
            [
                f"{escape(m.title)} (`{m.id}`)",
                total,
                *[_calibration_score(m, p) for p in parts],
                *[str(lights.count(light)) for light in order],
            ]
        )
    align = "lr" + "r" * (len(parts) + len(order))
    lines.append(markdown_table(Table(headers, rows, align=align)))
    return "\n".join(lines)
