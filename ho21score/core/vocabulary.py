"""The process vocabulary: phases, decision points, decisions and statuses.

Each member's value is its spelling in the files and in JSON (Norwegian, as the council
writes it); English names are for the code. Every other module takes these from here.
See docs/pipeline.md.
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    IDEA = "idé"
    ANALYSIS = "analyse"
    ASSESSMENT = "vurdering"
    IMPLEMENTATION = "gjennomføring"
    FOLLOW_UP = "oppfølging"

    @property
    def gate(self) -> Gate | None:
        """The decision point that ends this phase (none after the last)."""
        return GATE_OF.get(self)

    @property
    def next(self) -> Phase:
        """The phase a `videre` at this phase's gate leads to."""
        return PHASES[PHASES.index(self) + 1]


class Gate(StrEnum):
    BP1 = "BP1"
    BP2 = "BP2"
    BP3 = "BP3"
    BP4 = "BP4"


class Decision(StrEnum):
    GO_ON = "videre"
    REVISE = "revider"
    HOLD = "vent"
    STOP = "stopp"


class Status(StrEnum):
    ACTIVE = "aktiv"
    REVISION = "til revisjon"
    ON_HOLD = "på vent"
    STOPPED = "stoppet"


PHASES: tuple[Phase, ...] = tuple(Phase)
GATES: tuple[Gate, ...] = tuple(Gate)
DECISIONS: tuple[Decision, ...] = tuple(Decision)
STATUSES: tuple[Status, ...] = tuple(Status)

GATE_OF: dict[Phase, Gate] = dict(zip(PHASES, GATES, strict=False))
"""Each phase but the last ends at a decision point: BP1 in idé ... BP4 in gjennomføring."""

STATUS_AFTER: dict[Decision, Status] = {
    Decision.GO_ON: Status.ACTIVE,
    Decision.REVISE: Status.REVISION,
    Decision.HOLD: Status.ON_HOLD,
    Decision.STOP: Status.STOPPED,
}
"""The status a decision leaves; `videre` also moves the measure to the next phase."""
