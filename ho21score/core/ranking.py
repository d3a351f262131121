"""Which measures take part in a ranking, and in what order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ho21score.core.measure import Measure
from ho21score.core.scoring import competition_ranks
from ho21score.core.vocabulary import Phase, Status


class Ranking(NamedTuple):
    ranked: tuple[tuple[int, Measure], ...]
    unranked: tuple[Measure, ...]  # incomplete: listed with what is missing
    stopped_left_out: int


def build_ranking(
    measures: Iterable[Measure],
    phases: Sequence[Phase] = (),
    include_stopped: bool = False,
    top: int | None = None,
) -> Ranking:
    """Rank the measures in ``phases`` (all if empty) among themselves.

    ``top`` keeps the measures ranked ``top`` or better, so a tie at the cut is kept whole.
    """
    chosen = [m for m in measures if not phases or m.phase in phases]
    stopped = [m for m in chosen if m.status is Status.STOPPED]
    if not include_stopped:
        chosen = [m for m in chosen if m.status is not Status.STOPPED]
    by_id = {m.id: m for m in chosen}
    totals = [(m.id, m.evaluation.total) for m in chosen if m.evaluation.total is not None]
    ranked = tuple(
        (rank, by_id[ident])
        for rank, ident, _ in competition_ranks(totals)
        if top is None or rank <= top
    )
    unranked = tuple(sorted((m for m in chosen if m.evaluation.total is None), key=lambda m: m.id))
    return Ranking(ranked, unranked, 0 if include_stopped else len(stopped))
