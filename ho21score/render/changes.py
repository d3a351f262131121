"""The report's "Endringer siden <ref>": what changed since a git ref, as a list; and the
names of decisions and decision points for people (file words in bokmål, English words in
English: the file vocabulary stays in JSON and CSV only)."""

from __future__ import annotations

from ho21score.core.changes import Changes
from ho21score.core.criteria import Criteria
from ho21score.core.vocabulary import Decision
from ho21score.i18n import number, tr
from ho21score.render import rank as rank_view
from ho21score.render.markdown import escape

DECISION_KEYS = {
    Decision.GO_ON: "report.decision.videre",
    Decision.REVISE: "report.decision.revider",
    Decision.HOLD: "report.decision.vent",
    Decision.STOP: "report.decision.stopp",
}


def decision_name(decision: str) -> str:
    return tr(DECISION_KEYS[Decision(decision)])


def gate_name(gate: str) -> str:
    """BP2 in bokmål, DP2 (decision point) in English."""
    return tr("report.gate_name", n=gate.removeprefix("BP"))


def changes_heading(changes: Changes) -> str:
    return tr("report.changes", ref=escape(changes.ref))


def changes_body(changes: Changes, criteria: Criteria) -> str:
    if changes.empty:
        return tr("report.no_changes") + "\n"
    lines = []
    lines += [tr("report.added", title=escape(m.title), id=m.id) for m in changes.added]
    lines += [tr("report.removed", title=escape(m.title), id=m.id) for m in changes.removed]
    lines += [tr("report.has_errors", title=escape(m.title), id=m.id) for m in changes.broken]
    lines += [tr("report.fixed", title=escape(m.title), id=m.id) for m in changes.fixed]
    for was, now in changes.states:
        lines.append(
            tr(
                "report.moved_phase",
                title=escape(now.title),
                old=f"{rank_view.phase_name(was.phase)}, {rank_view.status_name(was.status)}",
                new=f"{rank_view.phase_name(now.phase)}, {rank_view.status_name(now.status)}",
            )
        )
    for m, d in changes.decisions:
        lines.append(
            tr(
                "report.decided",
                title=escape(m.title),
                gate=gate_name(d.gate),
                decision=decision_name(d.decision),
                date=d.date.isoformat(),
            )
        )
    for m, scores in changes.scores:
        moved = ", ".join(f"{s.part} {_score(s.old)} → {_score(s.new)}" for s in scores)
        lines.append(tr("report.scores_changed", title=escape(m.title), scores=moved))
    return "\n".join(f"- {line}" for line in lines) + "\n"


def _score(value: float | None) -> str:
    return number(value) if value is not None else "–"
