"""What changed between two states of the measures: for "Endringer siden <ref>"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from ho21score.core.measure import Measure
from ho21score.core.pipeline import LoggedDecision
from ho21score.core.ranking import Ranking


@dataclass(frozen=True)
class ScoreChange:
    part: str
    old: float | None
    new: float | None


@dataclass(frozen=True)
class Changes:
    ref: str
    added: tuple[Measure, ...]
    removed: tuple[Measure, ...]
    broken: tuple[Measure, ...]  # read at the ref, has errors now: not removed, to be fixed
    fixed: tuple[Measure, ...]  # had errors at the ref, read now: not new
    moves: dict[str, int | None]  # id -> places moved up (negative: down); None: newly ranked
    states: tuple[tuple[Measure, Measure], ...]  # (old, new) where phase or status changed
    decisions: tuple[tuple[Measure, LoggedDecision], ...]  # recorded since, oldest first
    scores: tuple[tuple[Measure, tuple[ScoreChange, ...]], ...]

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.broken
            or self.fixed
            or any(v != 0 for v in self.moves.values())
            or self.states
            or self.decisions
            or self.scores
        )


def movement(old: Ranking, new: Ranking) -> dict[str, int | None]:
    """Places moved up for each measure ranked now (None: not ranked before)."""
    before = {m.id: rank for rank, m in old.ranked}
    return {m.id: (before[m.id] - rank if m.id in before else None) for rank, m in new.ranked}


def compare(
    ref: str,
    old: list[Measure],
    new: list[Measure],
    old_ranking: Ranking,
    new_ranking: Ranking,
    broken_now: Collection[str] = (),
    broken_before: Collection[str] = (),
) -> Changes:
    """``broken_now`` / ``broken_before``: ids whose files have errors now / had errors at
    the ref; they are neither "removed" nor "new" (and a fixed file's old decisions are not
    news)."""
    before = {m.id: m for m in old}
    after = {m.id: m for m in new}
    appeared = sorted(set(after) - set(before))
    added = tuple(after[i] for i in appeared if i not in broken_before)
    fixed = tuple(after[i] for i in appeared if i in broken_before)
    gone = sorted(set(before) - set(after))
    removed = tuple(before[i] for i in gone if i not in broken_now)
    broken = tuple(before[i] for i in gone if i in broken_now)
    states = []
    decisions: list[tuple[Measure, LoggedDecision]] = []
    scores = []
    for ident in sorted(set(before) & set(after)):
        was, now = before[ident], after[ident]
        if (was.phase, was.status) != (now.phase, now.status):
            states.append((was, now))
        seen = Counter(was.state.applied)
        for decision in now.state.applied:
            if seen[decision]:
                seen[decision] -= 1
            else:
                decisions.append((now, decision))
        changed = tuple(
            ScoreChange(part, was.evaluation.parts.get(part), value)
            for part, value in now.evaluation.parts.items()
            if not _same(was.evaluation.parts.get(part), value)
        )
        if changed:
            scores.append((now, changed))
    for measure in added:
        decisions += [(measure, d) for d in measure.state.applied]
    decisions.sort(key=lambda item: (item[1].date, item[0].id))
    return Changes(
        ref,
        added,
        removed,
        broken,
        fixed,
        movement(old_ranking, new_ranking),
        tuple(states),
        tuple(decisions),
        tuple(scores),
    )


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9
