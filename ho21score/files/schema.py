"""The two file kinds, criteria.yaml and measures/<id>.yaml, as typed records.

Each record is a named tuple with English field names; the annotation of each field
carries its Norwegian key and its validation, built with pydantic-core's typed schema
builders (so mypy checks them). The records compile to pydantic's validation engine
directly: importing pydantic's model layer alone takes longer than the whole of
`ho21score rank` is allowed to (see bench/), while the engine gives the same strict
validation and the same error records. These records check shape and types only; what
depends on the criteria in use is checked in ``scores`` and ``measure_file``.
The formats are described in docs/file-formats.md.

To add a field:
1. add ``name: Annotated[type, key("norsk_nøkkel", schema, ...)]`` to its record here;
2. carry it into the core record in ``criteria_file`` or ``measure_file``;
3. describe it in ``jsonschema`` and docs/file-formats.md, then regenerate the schema file;
4. add a test with a file that uses it and one that gets it wrong.
"""

# No `from __future__ import annotations`: the key of each field is read from its
# annotation at run time.

import datetime as dt
import re
from collections.abc import Callable
from typing import Annotated, Any, NamedTuple, TypeVar, cast

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

from ho21score.core.indicators import (
    DIRECTIONS,
    HAND_SET,
    UNITS,
    Direction,
    Light,
    Period,
    Unit,
    parse_period,
)
from ho21score.core.vocabulary import DECISIONS, GATES, Decision, Gate

R = TypeVar("R")

YamlData = Any  # plain YAML data: dict, list, str, int, float, bool or None


# --- value schemas ---------------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _parse_date(value: object) -> object:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise PydanticCustomError("bad_date", "{reason}", {"reason": str(exc)}) from None
    raise PydanticCustomError("bad_date", "{reason}", {"reason": ""})


def _parse_period(value: object) -> Period:
    period = parse_period(value)
    if period is None:
        raise PydanticCustomError("bad_period", "{reason}", {"reason": ""})
    return period


TEXT = cs.str_schema(strict=True, min_length=1)
ANY_TEXT = cs.str_schema(strict=True)
INT = cs.int_schema(strict=True)
NUMBER = cs.float_schema(strict=True, ge=0, allow_inf_nan=False)  # .inf, .nan, 1e400: no
# weights are relative; a bound keeps every sum of weights far from overflowing to inf
MAX_WEIGHT = 1_000_000
WEIGHT = cs.float_schema(strict=True, ge=0, le=MAX_WEIGHT, allow_inf_nan=False)
DATE = cs.no_info_before_validator_function(_parse_date, cs.date_schema())
FINITE = cs.float_schema(strict=True, allow_inf_nan=False)  # any sign; checked by unit
PERIOD = cs.no_info_plain_validator_function(_parse_period)
ANY = cs.any_schema()


def nullable(schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.nullable_schema(schema)


def one_of(values: tuple[str, ...], into: Callable[[str], object]) -> cs.CoreSchema:
    """One of ``values`` as written in the file, turned into ``into`` (an enum)."""
    return cs.no_info_after_validator_function(into, cs.literal_schema([str(v) for v in values]))


def mapping(keys: cs.CoreSchema, values: cs.CoreSchema, min_length: int = 0) -> cs.CoreSchema:
    return cs.dict_schema(keys, values, strict=True, min_length=min_length)


def blank_is(empty: Callable[[], object], schema: cs.CoreSchema) -> cs.CoreSchema:
    """A key written with nothing after it means an empty list or mapping."""
    return cs.no_info_before_validator_function(
        lambda value: empty() if value is None else value, schema
    )


# --- keys ------------------------------------------------------------------------------


class FileKey(NamedTuple):
    """One key of a file mapping: its Norwegian spelling and the validation of its value.

    ``record`` names the record inside the value (directly, or as the items of a list or
    the values of a mapping, then ``many``), so that an unknown key deep down gets the
    right suggestion.
    """

    alias: str
    schema: cs.CoreSchema
    required: bool = False
    default: object = None
    factory: Callable[[], object] | None = None
    record: type | None = None
    many: bool = False


def key(
    alias: str, schema: cs.CoreSchema, *, required: bool = False, default: object = None
) -> FileKey:
    return FileKey(alias, schema, required, default)


def record_key(
    alias: str, record: type, *, required: bool = False, default: object = None
) -> FileKey:
    """A mapping that is one ``record``."""
    return FileKey(alias, record_schema(record), required, default, record=record)


def records_by_name(alias: str, record: type, *, required: bool = False) -> FileKey:
    """A mapping of names to ``record``s, at least one (blank only where optional)."""
    schema = mapping(ANY_TEXT, record_schema(record), 1)
    if required:
        return FileKey(alias, schema, True, record=record, many=True)
    return FileKey(alias, nullable(schema), record=record, many=True)


def record_list(alias: str, record: type) -> FileKey:
    """An optional list of ``record``s; blank or absent is an empty list."""
    schema = blank_is(list, cs.list_schema(record_schema(record), strict=True))
    return FileKey(alias, schema, factory=list, record=record, many=True)


_KEYS: dict[type, dict[str, FileKey]] = {}
_VALIDATORS: dict[type, SchemaValidator] = {}


def keys_of(record: type) -> dict[str, FileKey]:
    """Field name -> key, in the order of the record, read from its annotations."""
    found = _KEYS.get(record)
    if found is None:
        found = {name: hint.__metadata__[0] for name, hint in record.__annotations__.items()}
        _KEYS[record] = found
    return found


def aliases_of(record: type) -> list[str]:
    return [k.alias for k in keys_of(record).values()]


def key_by_alias(record: type, alias: str) -> FileKey | None:
    return next((k for k in keys_of(record).values() if k.alias == alias), None)


def record_schema(record: type) -> cs.CoreSchema:
    fields: dict[str, cs.TypedDictField] = {}
    for name, k in keys_of(record).items():
        schema = k.schema
        if k.factory is not None:
            schema = cs.with_default_schema(schema, default_factory=k.factory)
        elif not k.required:
            schema = cs.with_default_schema(schema, default=k.default)
        fields[name] = cs.typed_dict_field(schema, required=k.required, validation_alias=k.alias)
    typed = cs.typed_dict_schema(fields, extra_behavior="forbid", strict=True)
    return cs.no_info_after_validator_function(lambda d: record(**d), typed)


def read_record(record: type[R], data: YamlData) -> R:
    """A ``record`` from plain YAML data; raises pydantic_core.ValidationError with every
    problem found."""
    validator = _VALIDATORS.get(record)
    if validator is None:
        validator = _VALIDATORS[record] = SchemaValidator(record_schema(record))
    return cast(R, validator.validate_python(data))


# --- criteria.yaml -----------------------------------------------------------------------

_NAME = key("navn", nullable(TEXT))
_WEIGHT = key("vekt", WEIGHT, default=1.0)
_QUESTION = key("spørsmål", nullable(TEXT))
_ANCHORS = FileKey("ankere", blank_is(dict, mapping(INT, TEXT)), factory=dict)
_LEVELS = key("nivåer", nullable(mapping(TEXT, INT, 1)))
# the same in English, shown with --lang en (optional; bokmål where missing)
_NAME_EN = key("navn_en", nullable(TEXT))
_QUESTION_EN = key("spørsmål_en", nullable(TEXT))
_ANCHORS_EN = FileKey("ankere_en", blank_is(dict, mapping(INT, TEXT)), factory=dict)


class ScaleFile(NamedTuple):
    min: Annotated[int, key("min", INT, required=True)]
    max: Annotated[int, key("maks", INT, required=True)]


class PartFile(NamedTuple):
    name: Annotated[str | None, _NAME]
    weight: Annotated[float, _WEIGHT]
    question: Annotated[str | None, _QUESTION]
    anchors: Annotated[dict[int, str], _ANCHORS]
    levels: Annotated[dict[str, int] | None, _LEVELS]
    name_en: Annotated[str | None, _NAME_EN]
    question_en: Annotated[str | None, _QUESTION_EN]
    anchors_en: Annotated[dict[int, str], _ANCHORS_EN]


class CriterionFile(NamedTuple):
    name: Annotated[str | None, _NAME]
    weight: Annotated[float, _WEIGHT]
    question: Annotated[str | None, _QUESTION]
    anchors: Annotated[dict[int, str], _ANCHORS]
    levels: Annotated[dict[str, int] | None, _LEVELS]
    name_en: Annotated[str | None, _NAME_EN]
    question_en: Annotated[str | None, _QUESTION_EN]
    anchors_en: Annotated[dict[int, str], _ANCHORS_EN]
    parts: Annotated[dict[str, PartFile] | None, records_by_name("deler", PartFile)]


class DisagreementFile(NamedTuple):
    iqr: Annotated[float, key("iqr", NUMBER, default=1.0)]


class CriteriaFile(NamedTuple):
    scale: Annotated[ScaleFile, record_key("skala", ScaleFile, required=True)]
    criteria: Annotated[
        dict[str, CriterionFile], records_by_name("kriterier", CriterionFile, required=True)
    ]
    areas: Annotated[
        dict[str, str],
        FileKey("satsingsområder", blank_is(dict, mapping(ANY_TEXT, TEXT)), factory=dict),
    ]
    disagreement: Annotated[
        DisagreementFile,
        record_key("uenighet", DisagreementFile, default=DisagreementFile(iqr=1.0)),
    ]
    min_raters: Annotated[int, key("min_vurderere", cs.int_schema(strict=True, ge=1), default=1)]


# --- measures/<id>.yaml ------------------------------------------------------------------


class PointFile(NamedTuple):
    """A baseline or a target: a value at a period."""

    value: Annotated[float, key("verdi", FINITE, required=True)]
    period: Annotated[Period, key("periode", PERIOD, required=True)]


class IndicatorFile(NamedTuple):
    """An indicator. Only ``navn`` is required (the old shape is a name and a link); the
    rest says what is expected of it (docs/file-formats.md §3): ``nøkkel`` names it in
    observation files (default: made from the name), ``enhet`` is what it counts (needed
    before anything is observed), ``retning`` which way is better (default høyere),
    ``utgangspunkt`` the baseline, ``mål`` the dated targets in period order, ``toleranse``
    how far behind still counts as amber (in the unit; default a tenth of the planned
    change), ``foreldet_etter`` the months after an observation's period before it is no
    longer current (default 24)."""

    name: Annotated[str, key("navn", TEXT, required=True)]
    source: Annotated[str | None, key("kilde", nullable(TEXT))]
    ident: Annotated[str | None, key("nøkkel", nullable(TEXT))]
    unit: Annotated[Unit | None, key("enhet", nullable(one_of(UNITS, Unit)))]
    direction: Annotated[Direction | None, key("retning", nullable(one_of(DIRECTIONS, Direction)))]
    baseline: Annotated[
        PointFile | None,
        FileKey("utgangspunkt", nullable(record_schema(PointFile)), record=PointFile),
    ]
    targets: Annotated[list[PointFile], record_list("mål", PointFile)]
    tolerance: Annotated[float | None, key("toleranse", nullable(NUMBER))]
    stale_after: Annotated[
        int | None, key("foreldet_etter", nullable(cs.int_schema(strict=True, ge=1)))
    ]


class ObservationFile(NamedTuple):
    """One observed value, a file of its own:
    ``measures/<id>/observasjoner/<indicator>-<period>.yaml`` (docs/file-formats.md §3).
    ``verdi`` is a number, or a text for a qualitative indicator, which also takes the
    ``status`` set by hand (grønn, gul, rød)."""

    indicator: Annotated[str, key("indikator", TEXT, required=True)]
    period: Annotated[Period, key("periode", PERIOD, required=True)]
    value: Annotated[YamlData, key("verdi", ANY, required=True)]
    date: Annotated[dt.date | None, key("dato", nullable(DATE))]
    source: Annotated[str | None, key("kilde", nullable(TEXT))]
    note: Annotated[str | None, key("merknad", nullable(ANY_TEXT))]
    status: Annotated[Light | None, key("status", nullable(one_of(HAND_SET, Light)))]


class RatingFile(NamedTuple):
    rater: Annotated[str, key("vurdert_av", TEXT, required=True)]
    round: Annotated[int, key("runde", cs.int_schema(strict=True, ge=1), default=1)]
    date: Annotated[dt.date | None, key("dato", nullable(DATE))]
    scores: Annotated[dict[str, YamlData], key("poeng", mapping(ANY_TEXT, ANY), required=True)]
    comment: Annotated[str | None, key("kommentar", nullable(ANY_TEXT))]


class DecisionFile(NamedTuple):
    gate: Annotated[Gate, key("bp", one_of(GATES, Gate), required=True)]
    decision: Annotated[Decision, key("beslutning", one_of(DECISIONS, Decision), required=True)]
    date: Annotated[dt.date, key("dato", DATE, required=True)]
    by: Annotated[str | None, key("av", nullable(TEXT))]
    reason: Annotated[str | None, key("begrunnelse", nullable(ANY_TEXT))]


class MeasureFile(NamedTuple):
    title: Annotated[str, key("tittel", TEXT, required=True)]
    description: Annotated[str, key("beskrivelse", TEXT, required=True)]
    proposed_by: Annotated[str | None, key("foreslått_av", nullable(TEXT))]
    owner: Annotated[str | None, key("tiltakseier", nullable(TEXT))]
    areas: Annotated[
        list[str],
        FileKey("satsingsområder", blank_is(list, cs.list_schema(TEXT, strict=True)), factory=list),
    ]
    dissemination: Annotated[str | None, key("formidling", nullable(TEXT))]
    indicators: Annotated[list[IndicatorFile], record_list("indikatorer", IndicatorFile)]
    scores: Annotated[
        dict[str, YamlData], FileKey("poeng", blank_is(dict, mapping(ANY_TEXT, ANY)), factory=dict)
    ]
    ratings: Annotated[list[RatingFile], record_list("vurderinger", RatingFile)]
    decisions: Annotated[list[DecisionFile], record_list("beslutninger", DecisionFile)]


# --- vurderere.yaml ----------------------------------------------------------------------


class RaterFile(NamedTuple):
    name: Annotated[str, key("navn", TEXT, required=True)]
    group: Annotated[str | None, key("gruppe", nullable(TEXT))]


class RosterFile(NamedTuple):
    raters: Annotated[dict[str, RaterFile], records_by_name("vurderere", RaterFile, required=True)]


# --- the mapping of a web form's CSV export (sheet import --mapping) ---------------------


class FormMappingFile(NamedTuple):
    rater: Annotated[str, key("vurderer", TEXT, required=True)]
    round: Annotated[int | None, key("runde", nullable(cs.int_schema(strict=True, ge=1)))]
    columns: Annotated[dict[str, str], key("kolonner", mapping(TEXT, TEXT, 1), required=True)]
    comments: Annotated[
        dict[str, str], FileKey("kommentarer", blank_is(dict, mapping(TEXT, TEXT)), factory=dict)
    ]
