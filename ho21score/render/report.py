"""The council report: a list of sections built once (``report_sections``), written as
one GitHub-flavoured Markdown document (``render_report``) or as one HTML page
(``render.html_report``) from the same sections.

Every text from the files goes through ``markdown.escape`` (tables, HTML) or
``mermaid.label`` (the chart), so no title can break the document. The same input gives
the same bytes: the date is passed in and every list has a fixed order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ho21score.core.changes import Changes
from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure, Unreadable
from ho21score.core.ranking import Ranking
from ho21score.core.raters import Roster
from ho21score.core.vocabulary import PHASES, Gate, Status
from ho21score.i18n import date_text, number, tr
from ho21score.render import board, mermaid, participation
from ho21score.render import broken as broken_list
from ho21score.render import rank as rank_view
from ho21score.render.changes import changes_body, changes_heading, decision_name, gate_name
from ho21score.render.chart import default_axes
from ho21score.render.followup import calibration_section, followup_section
from ho21score.render.markdown import escape, markdown_table
from ho21score.render.measure import rounds_text
from ho21score.render.method import method
from ho21score.render.table import Table

if TYPE_CHECKING:
    from ho21score.core.robustness_result import Robustness


class ReportInput(NamedTuple):
    """What a report is made of; ``top`` limits the ranking table and the chart, not the
    rest; ``robustness`` adds "Hvor sikker er rangeringen?" after the ranking; ``axes`` is
    the chart's (x, y) criteria (default: the last against the first)."""

    measures: Sequence[Measure]
    ranking: Ranking
    criteria: Criteria
    day: dt.date
    changes: Changes | None = None
    top: int | None = None
    broken: Sequence[Unreadable] = ()
    roster: Roster | None = None
    robustness: Robustness | None = None
    axes: tuple[str, str] | None = None

    @property
    def shown(self) -> Ranking:
        """The ranking as far as the table and the chart show it (``top``)."""
        ranking = self.ranking
        return Ranking(
            tuple((r, m) for r, m in ranking.ranked if self.top is None or r <= self.top),
            ranking.unranked,
            ranking.stopped_left_out,
        )

    @property
    def chart_axes(self) -> tuple[str, str]:
        return self.axes or default_axes(self.criteria)


class Section(NamedTuple):
    """One section: its key (which the HTML page uses for charts and ids), its heading
    and its body, both Markdown (file text escaped once, by ``markdown.escape``)."""

    key: str
    heading: str
    body: str
    level: int = 2


def render_report(report: ReportInput) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    return "\n".join(
        part
        for section in report_sections(report)
        for part in (f"{'#' * section.level} {section.heading}\n", section.body)
    )


def report_sections(report: ReportInput) -> list[Section]:
    """Every section, in order, for both formats."""
    measures, ranking, criteria, changes = (
        report.measures,
        report.ranking,
        report.criteria,
        report.changes,
    )
    shown = report.shown
    out = [
        Section(
            "title",
            tr("report.title", date=date_text(report.day)),
            summary_paragraph(measures, ranking),
            level=1,
        )
    ]
    if report.broken:
        out.append(
            Section("broken", tr("report.broken"), broken_list.markdown(report.broken, escape))
        )
    if changes is not None:
        out.append(
            Section("changes", changes_heading(changes), changes_body(changes, criteria))
        )
    out += [
        Section(
            "board",
            tr("report.board"),
            markdown_table(board.board(measures, escape, day=report.day))
            + "\n"
            + board.legend()
            + "\n",
        ),
        Section("ranking", tr("report.ranking"), ranking_section(shown, criteria, changes)),
        *robustness_part(report.robustness, measures, criteria),
        Section(
            "chart",
            chart_heading(criteria, report.chart_axes),
            chart_section(shown, criteria, report.chart_axes),
        ),
        Section(
            "discussion",
            tr("report.discussion"),
            discussion([m for _, m in ranking.ranked] + list(ranking.unranked), criteria),
        ),
        *participation_section(measures, criteria, report.roster),
        Section("missing", tr("report.missing"), missing_section(measures, criteria)),
        Section(
            "followup",
            tr("followup.heading"),
            followup_section(measures, report.day)
            + "\n"
            + calibration_section(measures, criteria, report.day),
        ),
        Section("decisions", tr("report.decisions"), decision_log(measures, changes)),
        Section("coverage", tr("report.coverage"), coverage(measures, criteria)),
        Section("method", tr("report.method"), method(criteria)),
    ]
    return out


def summary_paragraph(measures: Sequence[Measure], ranking: Ranking) -> str:
    counts = [
        f"{sum(m.phase == p for m in measures)} "
        f"{tr('report.in_phase', phase=rank_view.phase_name(p).lower())}"
        for p in PHASES
    ]
    stopped = sum(m.status is Status.STOPPED for m in measures)
    incomplete = sum(m.evaluation.total is None for m in measures)
    return (
        tr(
            "report.summary",
            total=tr("count.measures", count=len(measures)),
            phases=", ".join(counts),
            ranked=len(ranking.ranked),
            incomplete=tr("count.incomplete", count=incomplete),
            stopped=stopped,
        )
        + "\n"
    )


def ranking_section(ranking: Ranking, criteria: Criteria, changes: Changes | None) -> str:
    data = rank_view.rank_table(ranking, criteria, escape, changes.moves if changes else None)
    if not data.rows:
        return tr("report.none") + "\n"
    return markdown_table(data)


def robustness_part(
    robustness: Robustness | None, measures: Sequence[Measure], criteria: Criteria
) -> list[Section]:
    if robustness is None:
        return []
    from ho21score.render.robustness_report import robustness_section

    titles = {m.id: m.title for m in measures}
    body = robustness_section(robustness, criteria, titles)
    return [Section("robustness", tr("robustness.title"), body)]


def chart_heading(criteria: Criteria, axes: tuple[str, str]) -> str:
    """The council's "Viktig og gjennomførbart" for its own axes, "Y mot X" for others."""
    x, y = axes
    if axes == default_axes(criteria):
        return tr("report.chart")
    return tr("chart.title", y=_name(criteria, y), x=_name(criteria, x))


def chart_intro(criteria: Criteria, axes: tuple[str, str]) -> str:
    x, y = axes
    return tr("report.chart_intro", y=_name(criteria, y), x=_name(criteria, x))


def chart_section(ranking: Ranking, criteria: Criteria, axes: tuple[str, str]) -> str:
    intro = chart_intro(criteria, axes)
    if not ranking.ranked:
        return intro + "\n\n" + tr("report.none") + "\n"
    return intro + "\n\n" + mermaid.quadrant(ranking, criteria, *axes)


def _name(criteria: Criteria, key: str) -> str:
    criterion = criteria.criterion(key)
    return escape(criterion.name if criterion else key)


def discussion(measures: Sequence[Measure], criteria: Criteria) -> str:
    """Every flagged part, grouped per measure, with each rater's value and comment."""
    out = []
    for m in measures:
        if not m.evaluation.disagreement:
            continue
        out.append(f"### {escape(m.title)} (`{m.id}`)\n")
        for part_key in m.evaluation.disagreement:
            spread = m.evaluation.spreads[part_key]
            part = criteria.part(part_key)
            iqr = number(spread.iqr) if spread.iqr is not None else "–"
            name = escape(part.name if part else part_key)
            rounds = rounds_text(spread.rounds)
            out.append(
                tr("report.spread", part=name, key=part_key, rounds=rounds, iqr=iqr) + "\n"
            )
            rows = [
                [escape(v.name), escape(v.score.label), escape(v.comment or "")]
                for v in spread.voices
            ]
            out.append(
                markdown_table(
                    Table(
                        [tr("report.col_rater"), tr("show.col_value"), tr("report.col_comment")],
                        rows,
                        "lrl",
                    )
                )
            )
    return "\n".join(out) if out else tr("report.no_disagreement") + "\n"


def participation_section(
    measures: Sequence[Measure], criteria: Criteria, roster: Roster | None
) -> list[Section]:
    """Who has scored what in the latest round; nothing when there are no ratings or no
    measure takes ratings."""
    if participation.latest_round(measures) is None:
        return []
    data = participation.participation(measures, [p.key for p in criteria.parts], roster)
    if data.empty:
        return []
    title = participation.matrix_title(data)
    return [Section("participation", title, participation.section_body(data))]


def missing_section(measures: Sequence[Measure], criteria: Criteria) -> str:
    out = [f"### {tr('report.incomplete')}\n"]
    incomplete = [m for m in measures if m.evaluation.missing and m.status is not Status.STOPPED]
    if incomplete:
        out += [
            tr(
                "report.incomplete_item",
                title=escape(m.title),
                id=m.id,
                missing=", ".join(m.evaluation.missing),
            )
            for m in incomplete
        ]
        out.append("")
    else:
        out.append(tr("report.none") + "\n")
    out.append(f"### {tr('report.next_gates')}\n")
    rows = []
    for m in sorted(measures, key=lambda m: (PHASES.index(m.phase), m.title.casefold(), m.id)):
        gate = m.state.gate
        if gate is None:
            continue
        need = m.next_gate_missing()
        if need:
            needs = escape("; ".join(need))
        elif gate is Gate.BP2 and m.evaluation.disagreement:
            parts = ", ".join(m.evaluation.disagreement)
            needs = tr("report.ready_but_disagreement", parts=parts)
        else:
            needs = tr("report.ready")
        rows.append(
            [
                escape(m.title),
                rank_view.phase_name(m.phase),
                rank_view.status_name(m.status),
                gate_name(gate),
                needs,
            ]
        )
    headers = [
        tr("col.title"),
        tr("col.phase"),
        tr("col.status"),
        tr("report.col_gate"),
        tr("report.col_needs"),
    ]
    out.append(markdown_table(Table(headers, rows)) if rows else tr("report.none") + "\n")
    return "\n".join(out)


def decision_log(measures: Sequence[Measure], changes: Changes | None) -> str:
    if changes is not None:
        items = [(m, d) for m, d in changes.decisions]
        intro = tr("report.decisions_since", ref=escape(changes.ref))
    else:
        items = [(m, d) for m in measures for d in m.state.applied]
        intro = tr("report.decisions_all")
    items.sort(key=lambda item: (item[1].date, item[0].id), reverse=True)
    if not items:
        return intro + "\n\n" + tr("report.none") + "\n"
    rows = [
        [
            d.date.isoformat(),
            escape(m.title),
            gate_name(d.gate),
            decision_name(d.decision),
            escape(d.by or ""),
            escape(d.reason or ""),
        ]
        for m, d in items
    ]
    headers = [
        tr("report.col_date"),
        tr("col.title"),
        tr("report.col_gate"),
        tr("report.col_decision"),
        tr("report.col_by"),
        tr("report.col_reason"),
    ]
    return intro + "\n\n" + markdown_table(Table(headers, rows))


def coverage(measures: Sequence[Measure], criteria: Criteria) -> str:
    active = [m for m in measures if m.status is not Status.STOPPED]
    headers = [
        tr("report.col_area"),
        *(rank_view.phase_name(p) for p in PHASES),
        tr("report.col_sum"),
    ]
    rows = []
    for key, name in criteria.areas.items():
        counts = [sum(m.phase == p and key in m.areas for m in active) for p in PHASES]
        rows.append([escape(name), *(str(c) if c else "" for c in counts), str(sum(counts))])
    coverage = markdown_table(Table(headers, rows, "l" + "r" * 6))
    return tr("report.coverage_intro") + "\n\n" + coverage
