"""The pipeline state, derived from the decision log, and what each gate requires.

Idé --BP1--> Analyse --BP2--> Vurdering --BP3--> Gjennomføring --BP4--> Oppfølging

The phase is never stored: it is the decision log replayed (see docs/pipeline.md). A
decision at the wrong gate, out of date order or after a stop is an error; a `videre`
whose requirement is no longer met is a warning, since it was judged when recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import NamedTuple

from ho21score.core.vocabulary import STATUS_AFTER, Decision, Gate, Phase, Status
from ho21score.i18n import Message, message
from ho21score.problems import Level


class GateFacts(NamedTuple):
    """What the gates look at in a measure."""

    proposed_by: str | None
    areas: Sequence[str]
    missing_parts: Sequence[str]
    owner: str | None
    dissemination: str | None
    indicators: int
    described: bool = True  # the description is more than the template's placeholder


class LoggedDecision(NamedTuple):
    """One entry of a measure's decision log, as applied."""

    gate: Gate
    decision: Decision
    date: dt.date
    by: str | None
    reason: str | None
    phase: Phase  # the phase the measure was in when the decision was taken

    @property
    def phase_after(self) -> Phase:
        return self.phase.next if self.decision is Decision.GO_ON else self.phase


class State(NamedTuple):
    phase: Phase
    status: Status
    applied: tuple[LoggedDecision, ...]
    issues: tuple[tuple[int, Message, Level], ...]  # (index in the log, what is wrong, level)

    @property
    def gate(self) -> Gate | None:
        """The next decision point, or None if stopped or in the last phase."""
        return None if self.status is Status.STOPPED else self.phase.gate


def gate_missing(gate: Gate, facts: GateFacts) -> list[Message]:
    """What a measure still lacks to pass ``gate`` with ``videre``."""
    missing: list[Message] = []
    if gate is Gate.BP1:
        if not facts.described:
            missing.append(message("gate.need_description"))
        if not facts.proposed_by:
            missing.append(message("gate.need_proposer"))
        if not facts.areas:
            missing.append(message("gate.need_area"))
    elif gate is Gate.BP2:
        if facts.missing_parts:
            missing.append(message("gate.need_scores", parts=", ".join(facts.missing_parts)))
    elif gate is Gate.BP3:
        if not facts.owner:
            missing.append(message("gate.need_owner"))
        if not facts.dissemination:
            missing.append(message("gate.need_dissemination"))
    elif gate is Gate.BP4 and facts.indicators < 1:
        missing.append(message("gate.need_indicator"))
    return missing


def derive(
    decisions: Sequence[tuple[Gate, Decision, dt.date, str | None, str | None]], facts: GateFacts
) -> State:
    """Replay the decision log (gate, decision, date, by, reason), oldest first."""
    phase, status = Phase.IDEA, Status.ACTIVE
    applied: list[LoggedDecision] = []
    issues: list[tuple[int, Message, Level]] = []
    previous: dt.date | None = None
    for index, (gate, decision, date, by, reason) in enumerate(decisions):
        if status is Status.STOPPED:
            issues.append((index, message("decision.after_stop"), Level.ERROR))
            continue
        if previous is not None and date < previous:
            out_of_order = message("decision.out_of_order", date=date, previous=previous)
            issues.append((index, out_of_order, Level.ERROR))
        previous = date if previous is None or date > previous else previous
        expected = phase.gate
        if expected is None:
            issues.append((index, message("decision.last_phase", phase=phase), Level.ERROR))
            continue
        if gate is not expected:
            wrong = message("decision.wrong_gate", gate=gate, phase=phase, expected=expected)
            issues.append((index, wrong, Level.ERROR))
            continue
        if decision is Decision.GO_ON:
            # judged when it was recorded (`advance` refuses an unmet `videre`); a passed
            # gate whose requirement is no longer met (criteria changed, a score removed)
            # is worth a look, not a reason to drop the measure
            missing = gate_missing(gate, facts)
            if missing:
                unmet = "; ".join(m.text for m in missing)
                no_longer = message("decision.gate_no_longer_met", gate=gate, missing=unmet)
                issues.append((index, no_longer, Level.WARNING))
        applied.append(LoggedDecision(gate, decision, date, by, reason, phase))
        if decision is Decision.GO_ON:
            phase = phase.next
        status = STATUS_AFTER[decision]
    return State(phase, status, tuple(applied), tuple(issues))


class Refusal(NamedTuple):
    """Why a decision cannot be recorded now; ``missing`` lists what its gate still needs."""

    reason: Message
    missing: tuple[Message, ...] = ()


def refusal(
    ident: str,
    state: State,
    facts: GateFacts,
    decision: Decision,
    day: dt.date,
    unconfirmed: Collection[str] = (),
) -> Refusal | None:
    """None if ``decision`` may be recorded on ``day`` at the measure's current gate; a gate
    is judged when the decision is recorded. ``unconfirmed``: parts flagged for
    disagreement that nobody has confirmed going on with (a ``videre`` at BP2 waits)."""
    gate = state.gate
    if state.status is Status.STOPPED:
        return Refusal(message("advance.stopped", id=ident))
    if gate is None:
        return Refusal(message("advance.last_phase", id=ident))
    if state.applied and day < state.applied[-1].date:  # the log stays in date order
        last = state.applied[-1].date
        return Refusal(message("advance.before_last", date=day, previous=last))
    if decision is Decision.GO_ON:
        missing = gate_missing(gate, facts)
        if missing:
            return Refusal(message("advance.gate_unmet", gate=gate), tuple(missing))
        if gate is Gate.BP2 and unconfirmed:
            parts = ", ".join(sorted(unconfirmed))
            return Refusal(message("advance.disagreement", gate=gate, parts=parts))
    return None
