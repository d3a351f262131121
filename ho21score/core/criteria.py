"""The criteria in use as plain records: the scale, the criteria and their parts, the
focus areas and the disagreement threshold. Nothing here knows the four HO21 criteria,
nor where the criteria came from (see ``ho21score.files.criteria_file``)."""

from __future__ import annotations

from typing import NamedTuple


class Part(NamedTuple):
    """One thing that gets a score: a part of a criterion, or a criterion without parts."""

    key: str  # "criterion.part", or "criterion" for a criterion scored directly
    criterion: str
    name: str
    weight: float
    question: str | None = None
    anchors: dict[int, str] = {}  # shared, never changed
    levels: dict[str, int] | None = None

    @property
    def short(self) -> str:
        return self.key.rpartition(".")[2]


class Criterion(NamedTuple):
    key: str
    name: str
    weight: float
    question: str | None
    parts: tuple[Part, ...]
    has_parts: bool


class Criteria(NamedTuple):
    minimum: int
    maximum: int
    criteria: tuple[Criterion, ...]
    areas: dict[str, str]
    iqr: float
    parts: tuple[Part, ...]  # every part of every criterion, in order
    min_raters: int = 1  # fewer current values than this flags a part as "few" (1: off)

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria if c.key == key), None)

    def part(self, key: str) -> Part | None:
        return next((p for p in self.parts if p.key == key), None)

    def weights(self) -> dict[str, float]:
        """Criterion weights normalised to sum to 1."""
        total = sum(c.weight for c in self.criteria)
        return {c.key: c.weight / total for c in self.criteria}

    @property
    def scale_text(self) -> str:
        return f"{self.minimum}–{self.maximum}"
