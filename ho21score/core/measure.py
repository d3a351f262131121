"""A measure as the rest of the program sees it: its text, ratings, pipeline state and
evaluation, as one plain record."""

from __future__ import annotations

from typing import NamedTuple

from ho21score.core.indicators import Indicator
from ho21score.core.pipeline import GateFacts, State, gate_missing
from ho21score.core.ratings import Rating, Score
from ho21score.core.scoring import Evaluation
from ho21score.core.vocabulary import Phase, Status
from ho21score.problems import Problem


class Unreadable(NamedTuple):
    """A measure file with errors: never ranked, never dropped silently, listed with its
    errors until it is fixed."""

    id: str
    display: str
    errors: tuple[Problem, ...]


class Measure(NamedTuple):
    id: str
    display: str
    title: str
    description: str
    proposed_by: str | None
    owner: str | None
    areas: tuple[str, ...]
    dissemination: str | None
    indicators: tuple[tuple[str, str | None], ...]
    agreed: dict[str, Score]
    ratings: tuple[Rating, ...]
    state: State
    evaluation: Evaluation
    facts: GateFacts  # what the decision points look at
    # the indicators with what is expected of them and what was observed (``followup``)
    tracked: tuple[Indicator, ...] = ()

    @property
    def phase(self) -> Phase:
        return self.state.phase

    @property
    def status(self) -> Status:
        return self.state.status

    def next_gate_missing(self) -> list[str]:
        gate = self.state.gate
        return [m.text for m in gate_missing(gate, self.facts)] if gate else []
