"""Measures as the rest of the program sees them: read, checked, scored, placed in the
pipeline. Also the repository: the criteria plus every measure file of a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic_core import ValidationError

from ho21score import shape
from ho21score.criteria import Criteria, criteria_from, load_criteria
from ho21score.i18n import tr
from ho21score.model import MeasureFile, validate
from ho21score.pipeline import GateFacts, State, derive, gate_missing
from ho21score.problems import Level, Problem
from ho21score.scoring import Evaluation, Rating, Score, evaluate
from ho21score.sheet import read_block
from ho21score.store import (
    SourceFile,
    check_file_name,
    measure_id,
    measure_paths,
    parse_yaml,
    read_yaml,
)
from ho21score.yamlsafe import Document, KeyPath


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

    @property
    def phase(self) -> str:
        return self.state.phase

    @property
    def status(self) -> str:
        return self.state.status

    def facts(self) -> GateFacts:
        return GateFacts(
            self.proposed_by,
            self.areas,
            self.evaluation.missing,
            self.owner,
            self.dissemination,
            len(self.indicators),
        )

    def next_gate_missing(self) -> list[str]:
        gate = self.state.gate
        return gate_missing(gate, self.facts()) if gate else []


@dataclass
class Repository:
    criteria: Criteria | None
    measures: list[Measure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # ids of measure files with errors

    def find(self, ident: str) -> Measure | None:
        return next((m for m in self.measures if m.id == ident), None)


def load_repository(measures_dir: Path, criteria_path: Path) -> Repository:
    criteria, problems = load_criteria(criteria_path)
    repo = Repository(criteria, problems=problems)
    if criteria is not None:
        for path in measure_paths(measures_dir):
            _add(repo, criteria, *read_yaml(path))
    repo.problems.sort()
    return repo


def load_snapshot(criteria_file: tuple[str, bytes], measure_files: dict[str, bytes]) -> Repository:
    """The repository from file contents (e.g. as they were at a git ref), keyed by the
    path to show in problems."""
    name, raw = criteria_file
    criteria, problems = criteria_from(*parse_yaml(Path(name), name, raw))
    repo = Repository(criteria, problems=problems)
    if criteria is not None:
        for shown, content in sorted(measure_files.items()):
            _add(repo, criteria, *parse_yaml(Path(shown.rpartition(":")[2]), shown, content))
    repo.problems.sort()
    return repo


def _add(repo: Repository, criteria: Criteria, source: SourceFile, found: list[Problem]) -> None:
    measure, problems = measure_from(source, found, criteria)
    repo.problems.extend(problems)
    if measure is None:
        repo.broken.append(measure_id(source.path))
    else:
        repo.measures.append(measure)


def measure_from(
    source: SourceFile, problems: list[Problem], criteria: Criteria
) -> tuple[Measure | None, list[Problem]]:
    """The measure of a file as read (``problems`` are those of reading it)."""
    path = source.path
    problems = check_file_name(path, source.display) + problems
    if source.document is None:
        return None, problems
    parsed, found, errors = shape.validate(MeasureFile, source.document, source.display)
    problems += found
    salvaged = parsed or salvage(source.document.data, errors)
    if salvaged is not None:
        measure, found = build_measure(
            measure_id(path), salvaged, source.document, source.display, criteria
        )
        problems += found
    if parsed is None or any(p.level is Level.ERROR for p in problems):
        return None, sorted(problems)
    return measure, problems


def salvage(data: dict[str, Any], errors: list[Any]) -> MeasureFile | None:
    """What is left of a measure once the parts with shape errors are taken out, so that
    its other problems can be found in the same run. A broken decision log is taken out
    whole, so that the rest of the log does not produce made-up problems."""
    kept = dict(data)
    dropped_items: dict[str, set[int]] = {}
    for err in errors:
        loc = err["loc"]
        if not loc:
            return None
        top = loc[0]
        if err["type"] == "missing" and len(loc) == 1:
            kept[top] = "?"
        elif top in ("vurderinger", "indikatorer") and len(loc) > 1 and isinstance(loc[1], int):
            dropped_items.setdefault(top, set()).add(loc[1])
        else:
            kept.pop(top, None)
    for key, indexes in dropped_items.items():
        items = kept.get(key)
        if isinstance(items, list):
            kept[key] = [item for i, item in enumerate(items) if i not in indexes]
    try:
        return validate(MeasureFile, kept)
    except ValidationError:
        return None


def build_measure(
    ident: str, parsed: MeasureFile, doc: Document, display: str, criteria: Criteria
) -> tuple[Measure, list[Problem]]:
    problems: list[Problem] = []

    def add(path: KeyPath, at_key: bool, message: str) -> None:
        line, col = doc.key_pos(path) if at_key else doc.value_pos(path)
        problems.append(Problem(display, line, col, Level.ERROR, message))

    for index, area in enumerate(parsed.areas):
        if area not in criteria.areas:
            hint = shape.suggest(area, criteria.areas)
            add(
                ("satsingsområder", index),
                False,
                tr("measure.unknown_area", key=area, hint=hint, allowed=", ".join(criteria.areas)),
            )
    agreed = _block(parsed.scores, ("poeng",), criteria, add)
    ratings: list[Rating] = []
    seen: dict[tuple[str, int], int] = {}
    for index, rating in enumerate(parsed.ratings):
        base: KeyPath = ("vurderinger", index)
        values = _block(rating.scores, (*base, "poeng"), criteria, add)
        who = (rating.rater, rating.round)
        if who in seen:
            add(
                (*base, "vurdert_av"),
                False,
                tr(
                    "rating.duplicate",
                    rater=rating.rater,
                    round=rating.round,
                    line=doc.value_pos(("vurderinger", seen[who]))[0],
                ),
            )
        seen.setdefault(who, index)
        ratings.append(Rating(rating.rater, rating.round, values, rating.comment, rating.date))
    evaluation = evaluate(criteria, agreed, ratings)
    areas = tuple(parsed.areas)
    indicators = tuple((i.name, i.source) for i in parsed.indicators)
    facts = GateFacts(
        parsed.proposed_by,
        areas,
        evaluation.missing,
        parsed.owner,
        parsed.dissemination,
        len(indicators),
    )
    log = [(d.gate, d.decision, d.date, d.by, d.reason) for d in parsed.decisions]
    state = derive(log, facts)
    for index, message in state.issues:
        add(("beslutninger", index), False, message)
    measure = Measure(
        id=ident,
        display=display,
        title=parsed.title,
        description=parsed.description,
        proposed_by=parsed.proposed_by,
        owner=parsed.owner,
        areas=areas,
        dissemination=parsed.dissemination,
        indicators=indicators,
        agreed=agreed,
        ratings=tuple(ratings),
        state=state,
        evaluation=evaluation,
    )
    return measure, problems


def _block(block: dict[str, Any], base: KeyPath, criteria: Criteria, add: Any) -> dict[str, Score]:
    scores, issues = read_block(block, criteria)
    for sub, at_key, message in issues:
        add((*base, *sub), at_key, message)
    return scores
