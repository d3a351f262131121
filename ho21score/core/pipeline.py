"""The pipeline state, derived from the decision log, and what each gate requires.

Idé --BP1--> Analyse --BP2--> Vurdering --BP3--> Gjennomføring --BP4--> Oppfølging
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from ho21score.i18n import tr

PHASES = ("idé", "analyse", "vurdering", "gjennomføring", "oppfølging")
GATE_OF = {"idé": "BP1", "analyse": "BP2", "vurdering": "BP3", "gjennomføring": "BP4"}
STATUSES = ("aktiv", "til revisjon", "på vent", "stoppet")
STATUS_AFTER = {"videre": "aktiv", "revider": "til revisjon", "vent": "på vent", "stopp": "stoppet"}


class GateFacts(NamedTuple):
    """What the gates look at in a measure."""

    proposed_by: str | None
    areas: Sequence[str]
    missing_parts: Sequence[str]
    owner: str | None
    dissemination: str | None
    indicators: int


class Decision(NamedTuple):
    gate: str
    decision: str
    date: dt.date
    by: str | None
    reason: str | None
    phase: str  # the phase the measure was in when the decision was taken


class State(NamedTuple):
    phase: str
    status: str
    applied: tuple[Decision, ...]
    issues: tuple[tuple[int, str], ...]  # (index in the log, message)

    @property
    def gate(self) -> str | None:
        """The next decision point, or None if stopped or in the last phase."""
        return None if self.status == "stoppet" else GATE_OF.get(self.phase)


def gate_missing(gate: str, facts: GateFacts) -> list[str]:
    """What a measure still lacks to pass ``gate`` with ``videre``."""
    missing: list[str] = []
    if gate == "BP1":
        if not facts.proposed_by:
            missing.append(tr("gate.need_proposer"))
        if not facts.areas:
            missing.append(tr("gate.need_area"))
    elif gate == "BP2":
        if facts.missing_parts:
            missing.append(tr("gate.need_scores", parts=", ".join(facts.missing_parts)))
    elif gate == "BP3":
        if not facts.owner:
            missing.append(tr("gate.need_owner"))
        if not facts.dissemination:
            missing.append(tr("gate.need_dissemination"))
    elif gate == "BP4" and facts.indicators < 1:
        missing.append(tr("gate.need_indicator"))
    return missing


def derive(
    decisions: Sequence[tuple[str, str, dt.date, str | None, str | None]], facts: GateFacts
) -> State:
    """Replay the decision log (gate, decision, date, by, reason), oldest first."""
    phase, status = PHASES[0], "aktiv"
    applied: list[Decision] = []
    issues: list[tuple[int, str]] = []
    previous: dt.date | None = None
    for index, (gate, decision, date, by, reason) in enumerate(decisions):
        if status == "stoppet":
            issues.append((index, tr("decision.after_stop")))
            continue
        if previous is not None and date < previous:
            issues.append((index, tr("decision.out_of_order", date=date, previous=previous)))
        previous = date if previous is None or date > previous else previous
        expected = GATE_OF.get(phase)
        if expected is None:
            issues.append((index, tr("decision.last_phase", phase=phase)))
            continue
        if gate != expected:
            issues.append(
                (index, tr("decision.wrong_gate", gate=gate, phase=phase, expected=expected))
            )
            continue
        if decision == "videre":
            missing = gate_missing(gate, facts)
            if missing:
                issues.append(
                    (index, tr("decision.gate_unmet", gate=gate, missing="; ".join(missing)))
                )
        applied.append(Decision(gate, decision, date, by, reason, phase))
        if decision == "videre":
            phase = PHASES[PHASES.index(phase) + 1]
        status = STATUS_AFTER[decision]
    return State(phase, status, tuple(applied), tuple(issues))
