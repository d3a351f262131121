"""A measure file read into a ``Measure``: shape, scores against the criteria in use,
the decision log replayed; every problem with its position. A file with shape errors is
salvaged so that its other problems show up in the same run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic_core import ErrorDetails, ValidationError

from ho21score.core.criteria import Criteria
from ho21score.core.indicators import Indicator, indicator_key
from ho21score.core.measure import Measure
from ho21score.core.pipeline import GateFacts, derive
from ho21score.core.raters import Roster
from ho21score.core.scoring import evaluate
from ho21score.files.indicator_checks import INDICATORS, read_indicators
from ho21score.files.measure_ratings import places, read_ratings, score_block
from ho21score.files.observation_checks import attach_observations
from ho21score.files.observation_files import SeparateObservation, observation_from
from ho21score.files.rating_files import SeparateRating, rating_from
from ho21score.files.schema import MeasureFile, YamlData, read_record
from ho21score.files.source import (
    SourceFile,
    check_file_name,
    measure_id,
)
from ho21score.files.validation import check_shape
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import Message, message, suggest
from ho21score.problems import Level, Problem

# the description of a new file (files/template.py): a BP1 `videre` is refused while the
# description is still this text
DESCRIPTION_PLACEHOLDER = "Beskriv problemet og det foreslåtte tiltaket her."


def is_ahead(day: dt.date) -> bool:
    """More than a day ahead: most likely a typo (2062 for 2026); a warning in a file, a
    refusal when recorded (it would put every later decision out of date order)."""
    return day > dt.date.today() + dt.timedelta(days=1)

def measure_from(
    source: SourceFile,
    problems: list[Problem],
    criteria: Criteria,
    roster: Roster | None = None,
    rating_sources: Sequence[tuple[SourceFile, list[Problem]]] = (),
    observation_sources: Sequence[tuple[SourceFile, list[Problem]]] = (),
) -> tuple[Measure | None, list[Problem]]:
    """The measure of a file as read, with its rating files and observation files as read
    (``problems`` are those of reading them). A problem in a rating file is a problem of
    the measure: a rating left out would move the ranking silently; so is one in an
    observation file, which would change a status silently."""
    path = source.path
    problems = check_file_name(path, source.display) + problems
    separate: list[SeparateRating] = []
    for rating_source, found in rating_sources:
        rating, found = rating_from(rating_source, found)
        problems += found
        if rating is not None:
            separate.append(rating)
    observed: list[SeparateObservation] = []
    for observation_source, found in observation_sources:
        observation, found = observation_from(observation_source, found)
        problems += found
        if observation is not None:
            observed.append(observation)
    if source.document is None:
        return None, problems
    parsed, found, errors = check_shape(MeasureFile, source.document, source.display)
    problems += found
    document = source.document
    salvaged = (parsed, document) if parsed is not None else salvage(document, errors)
    if salvaged is not None:
        measure, found = build_measure(
            measure_id(path), salvaged[0], salvaged[1], source.display, criteria, roster, separate
        )
        tracked, found_in_observations = _followed(measure, document, observed)
        measure = measure._replace(tracked=tracked)
        found += found_in_observations
        problems += found
    if parsed is None or any(p.level is Level.ERROR for p in problems):
        return None, sorted(problems)
    return measure, problems


def salvage(
    document: Document, errors: list[ErrorDetails]
) -> tuple[MeasureFile, Document] | None:
    """What is left of a measure once the parts with shape errors are taken out, so that
    its other problems can be found in the same run. A broken decision log is taken out
    whole, so that the rest of the log does not produce made-up problems.

    A rating or indicator taken out shortens its list; the document returned numbers the
    items that are left as the shortened list does, so that each later problem is placed at
    its own item in the file."""
    data: dict[str, YamlData] = document.data
    kept = dict(data)
    dropped_items: dict[str, set[int]] = {}
    for err in errors:
        loc = err["loc"]
        if not loc:
            return None
        top = str(loc[0])
        if err["type"] == "missing" and len(loc) == 1:
            kept[top] = "?"
        elif top in ("vurderinger", "indikatorer") and len(loc) > 1 and isinstance(loc[1], int):
            dropped_items.setdefault(top, set()).add(loc[1])
        else:
            kept.pop(top, None)
    originals: dict[str, list[int]] = {}
    for key, indexes in dropped_items.items():
        items = kept.get(key)
        if isinstance(items, list):
            originals[key] = [i for i in range(len(items)) if i not in indexes]
            kept[key] = [items[i] for i in originals[key]]
    try:
        record = read_record(MeasureFile, kept)
    except ValidationError:
        return None
    return record, document.renumbered(originals) if originals else document


def build_measure(
    ident: str,
    parsed: MeasureFile,
    doc: Document,
    display: str,
    criteria: Criteria,
    roster: Roster | None = None,
    separate: Sequence[SeparateRating] = (),
) -> tuple[Measure, list[Problem]]:
    problems: list[Problem] = []

    def add(path: KeyPath, at_key: bool, what: Message, level: Level = Level.ERROR) -> None:
        pos = doc.key_pos(path) if at_key else doc.value_pos(path)
        problems.append(Problem.at(display, pos, what, level))

    def check_date(path: KeyPath, date: dt.date | None) -> None:
        if date is not None and is_ahead(date):
            add(path, False, message("date.future", date=date), Level.WARNING)

    for index, area in enumerate(parsed.areas):
        if area not in criteria.areas:
            hint = suggest(area, criteria.areas)
            allowed = ", ".join(criteria.areas)
            unknown = message("measure.unknown_area", key=area, hint=hint, allowed=allowed)
            add(("satsingsområder", index), False, unknown)
    agreed = score_block(parsed.scores, ("poeng",), criteria, add)
    rated = places(parsed.ratings, doc, display, separate)
    ratings, found = read_ratings(rated, criteria, roster)
    problems += found
    evaluation = evaluate(criteria, agreed, ratings)
    areas = tuple(parsed.areas)
    indicators = tuple((i.name, i.source) for i in parsed.indicators)
    tracked = read_indicators(
        parsed.indicators,
        lambda path, at_key, what, level: add(path, at_key, what, level),
        lambda path: doc.value_pos(path)[0],
    )
    facts = GateFacts(
        parsed.proposed_by,
        areas,
        evaluation.missing,
        parsed.owner,
        parsed.dissemination,
        len(indicators),
        described=parsed.description.strip() != DESCRIPTION_PLACEHOLDER,
    )
    for index, decision in enumerate(parsed.decisions):
        check_date(("beslutninger", index, "dato"), decision.date)
    log = [(d.gate, d.decision, d.date, d.by, d.reason) for d in parsed.decisions]
    state = derive(log, facts)
    for index, what, level in state.issues:
        add(("beslutninger", index), False, what, level)
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
        facts=facts,
        tracked=tuple(tracked),
    )
    return measure, problems


def _followed(
    measure: Measure, document: Document, observed: Sequence[SeparateObservation]
) -> tuple[tuple[Indicator, ...], list[Problem]]:
    """The measure's indicators with their observations. An observation of an indicator
    the file names but that could not be read is not called one of an unknown indicator."""
    named: set[str] = set()
    items = document.data.get(INDICATORS) if isinstance(document.data, dict) else None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("nøkkel"), str):
            named.add(item["nøkkel"])
        elif isinstance(item, dict) and isinstance(item.get("navn"), str):
            named.add(indicator_key(item["navn"]))
    tracked, problems = attach_observations(measure.tracked, observed, named, dt.date.today())
    return tuple(tracked), problems

