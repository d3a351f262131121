"""The criteria in use as plain records: the scale, the criteria and their parts, the
focus areas and the disagreement threshold. Nothing here knows the four HO21 criteria,
nor where the criteria came from (see ``ho21score.files.criteria_file``). Names, questions
and anchors may come in English too (``navn_en``…), shown when the run is in English."""

from __future__ import annotations

from typing import NamedTuple

from ho21score.i18n import language


class _PartTexts(NamedTuple):
    key: str  # "criterion.part", or "criterion" for a criterion scored directly
    criterion: str
    name_nb: str
    weight: float
    question_nb: str | None = None
    anchors_nb: dict[int, str] = {}  # shared, never changed
    levels: dict[str, int] | None = None
    name_en: str | None = None
    question_en: str | None = None
    anchors_en: dict[int, str] = {}  # shared, never changed


class Part(_PartTexts):
    """One thing that gets a score: a part of a criterion, or a criterion without parts.

    ``name``, ``question`` and ``anchors`` are in the language of the run: the English
    text where the criteria file gives one and the language is English, else bokmål."""

    __slots__ = ()

    @property
    def name(self) -> str:
        return _english(self.name_en) or self.name_nb

    @property
    def question(self) -> str | None:
        return _english(self.question_en) or self.question_nb

    @property
    def anchors(self) -> dict[int, str]:
        return self.anchors_en if language() == "en" and self.anchors_en else self.anchors_nb

    @property
    def short(self) -> str:
        return self.key.rpartition(".")[2]


class _CriterionTexts(NamedTuple):
    key: str
    name_nb: str
    weight: float
    question_nb: str | None
    parts: tuple[Part, ...]
    has_parts: bool
    name_en: str | None = None
    question_en: str | None = None


class Criterion(_CriterionTexts):
    """A criterion; ``name`` and ``question`` in the language of the run, as for ``Part``."""

    __slots__ = ()

    @property
    def name(self) -> str:
        return _english(self.name_en) or self.name_nb

    @property
    def question(self) -> str | None:
        return _english(self.question_en) or self.question_nb


def _english(text: str | None) -> str | None:
    return text if text is not None and language() == "en" else None


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
