"""The two file kinds, criteria.yaml and measures/<id>.yaml, as typed records.

Each record is a named tuple with English field names (cheaper to define than frozen
dataclasses, which counts at start-up); its ``Spec`` lists the
Norwegian keys of the file and the validation of each value. The specs compile to
pydantic's validation engine (pydantic-core) directly: importing pydantic's model layer
alone takes longer than the whole of `ho21score rank` is allowed to (see bench/), while
the engine gives the same strict validation and the same error records.

These records check shape and types only; what depends on the criteria in use (which
criteria and parts exist, the scale, level names) is checked in ``sheet`` and
``measures``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple, TypeVar, cast

from pydantic_core import PydanticCustomError, SchemaValidator

GATES = ("BP1", "BP2", "BP3", "BP4")
DECISIONS = ("videre", "revider", "vent", "stopp")

R = TypeVar("R")


# --- the value schemas -----------------------------------------------------------------

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


def _before(function: Any, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function-before",
        "function": {"type": "no-info", "function": function},
        "schema": schema,
    }


def _empty_if_none(empty: Any, schema: dict[str, Any]) -> dict[str, Any]:
    return _before(lambda value: empty() if value is None else value, schema)


TEXT: dict[str, Any] = {"type": "str", "strict": True, "min_length": 1}
ANY_TEXT: dict[str, Any] = {"type": "str", "strict": True}
INT: dict[str, Any] = {"type": "int", "strict": True}
NUMBER: dict[str, Any] = {"type": "float", "strict": True, "ge": 0}
DATE: dict[str, Any] = _before(_parse_date, {"type": "date"})
ANY: dict[str, Any] = {"type": "any"}


def literal(*choices: str) -> dict[str, Any]:
    return {"type": "literal", "expected": list(choices)}


def mapping(keys: dict[str, Any], values: dict[str, Any], min_length: int = 0) -> dict[str, Any]:
    return {
        "type": "dict",
        "keys_schema": keys,
        "values_schema": values,
        "strict": True,
        "min_length": min_length,
    }


def listing(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "list", "items_schema": items, "strict": True}


# --- records -----------------------------------------------------------------------------


class Key(NamedTuple):
    """One key of a file mapping: its field name, Norwegian key and value schema.

    ``record`` names the record inside the value (directly, or as the items of a list or
    the values of a mapping), so that an unknown key deep down gets the right suggestion.
    """

    name: str
    alias: str
    schema: dict[str, Any]
    required: bool = False
    default: Any = None  # an immutable value, or list/dict for a fresh empty one
    record: Spec | None = None
    many: bool = False  # the value is a list or mapping of ``record``


class Spec:
    """A record type and the keys of its file mapping; validates plain YAML data."""

    __slots__ = ("cls", "keys", "_validator")

    def __init__(self, cls: type, keys: tuple[Key, ...]) -> None:
        self.cls = cls
        self.keys = keys
        self._validator: SchemaValidator | None = None

    @property
    def aliases(self) -> list[str]:
        return [k.alias for k in self.keys]

    def key(self, alias: str) -> Key | None:
        return next((k for k in self.keys if k.alias == alias), None)

    def schema(self) -> dict[str, Any]:
        fields = {}
        for k in self.keys:
            schema = k.schema
            if k.default in (list, dict):
                schema = {"type": "default", "schema": schema, "default_factory": k.default}
            elif not k.required:
                schema = {"type": "default", "schema": schema, "default": k.default}
            fields[k.name] = {
                "type": "typed-dict-field",
                "schema": schema,
                "required": k.required,
                "validation_alias": k.alias,
            }
        typed = {"type": "typed-dict", "fields": fields, "extra_behavior": "forbid", "strict": True}
        cls = self.cls
        return {
            "type": "function-after",
            "function": {"type": "no-info", "function": lambda d: cls(**d)},
            "schema": typed,
        }

    def validate(self, data: Any) -> Any:
        """Raises pydantic_core.ValidationError with every problem found."""
        if self._validator is None:
            self._validator = SchemaValidator(self.schema())
        return self._validator.validate_python(data)


SPECS: dict[type, Spec] = {}


def spec_of(cls: type) -> Spec:
    return SPECS[cls]


def validate(cls: type[R], data: Any) -> R:
    """A record of type ``cls`` from plain YAML data; raises pydantic_core.ValidationError."""
    return cast(R, SPECS[cls].validate(data))


def _spec(cls: type, *keys: Key) -> dict[str, Any]:
    SPECS[cls] = Spec(cls, keys)
    return SPECS[cls].schema()


# criteria.yaml


class ScaleFile(NamedTuple):
    min: int
    max: int


class PartFile(NamedTuple):
    name: str | None
    weight: float
    question: str | None
    anchors: dict[int, str]
    levels: dict[str, int] | None


class CriterionFile(NamedTuple):
    name: str | None
    weight: float
    question: str | None
    anchors: dict[int, str]
    levels: dict[str, int] | None
    parts: dict[str, PartFile] | None


class DisagreementFile(NamedTuple):
    iqr: float


class CriteriaFile(NamedTuple):
    scale: ScaleFile
    criteria: dict[str, CriterionFile]
    areas: dict[str, str]
    disagreement: DisagreementFile


# measures/<id>.yaml


class IndicatorFile(NamedTuple):
    name: str
    source: str | None


class RatingFile(NamedTuple):
    rater: str
    round: int
    date: dt.date | None
    scores: dict[str, Any]
    comment: str | None


class DecisionFile(NamedTuple):
    gate: str
    decision: str
    date: dt.date
    by: str | None
    reason: str | None


class MeasureFile(NamedTuple):
    title: str
    description: str
    proposed_by: str | None
    owner: str | None
    areas: list[str]
    dissemination: str | None
    indicators: list[IndicatorFile]
    scores: dict[str, Any]
    ratings: list[RatingFile]
    decisions: list[DecisionFile]


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "nullable", "schema": schema}


def _scorable_keys() -> tuple[Key, ...]:
    return (
        Key("name", "navn", _nullable(TEXT)),
        Key("weight", "vekt", NUMBER, default=1.0),
        Key("question", "spørsmål", _nullable(TEXT)),
        Key("anchors", "ankere", _empty_if_none(dict, mapping(INT, TEXT)), default=dict),
        Key("levels", "nivåer", _nullable(mapping(TEXT, INT, 1))),
    )


_SCALE = _spec(ScaleFile, Key("min", "min", INT, True), Key("max", "maks", INT, True))
_DISAGREEMENT = _spec(DisagreementFile, Key("iqr", "iqr", NUMBER, default=1.0))
_PART = _spec(PartFile, *_scorable_keys())
_CRITERION = _spec(
    CriterionFile,
    *_scorable_keys(),
    Key(
        "parts", "deler", _nullable(mapping(ANY_TEXT, _PART, 1)), record=SPECS[PartFile], many=True
    ),
)
_spec(
    CriteriaFile,
    Key("scale", "skala", _SCALE, True, record=SPECS[ScaleFile]),
    Key(
        "criteria",
        "kriterier",
        mapping(ANY_TEXT, _CRITERION, 1),
        True,
        record=SPECS[CriterionFile],
        many=True,
    ),
    Key("areas", "satsingsområder", _empty_if_none(dict, mapping(ANY_TEXT, TEXT)), default=dict),
    Key(
        "disagreement",
        "uenighet",
        _DISAGREEMENT,
        default=DisagreementFile(iqr=1.0),
        record=SPECS[DisagreementFile],
    ),
)

_INDICATOR = _spec(
    IndicatorFile, Key("name", "navn", TEXT, True), Key("source", "kilde", _nullable(TEXT))
)
_RATING = _spec(
    RatingFile,
    Key("rater", "vurdert_av", TEXT, True),
    Key("round", "runde", {**INT, "ge": 1}, default=1),
    Key("date", "dato", _nullable(DATE)),
    Key("scores", "poeng", mapping(ANY_TEXT, ANY), True),
    Key("comment", "kommentar", _nullable(ANY_TEXT)),
)
_DECISION = _spec(
    DecisionFile,
    Key("gate", "bp", literal(*GATES), True),
    Key("decision", "beslutning", literal(*DECISIONS), True),
    Key("date", "dato", DATE, True),
    Key("by", "av", _nullable(TEXT)),
    Key("reason", "begrunnelse", _nullable(ANY_TEXT)),
)
_spec(
    MeasureFile,
    Key("title", "tittel", TEXT, True),
    Key("description", "beskrivelse", TEXT, True),
    Key("proposed_by", "foreslått_av", _nullable(TEXT)),
    Key("owner", "tiltakseier", _nullable(TEXT)),
    Key("areas", "satsingsområder", _empty_if_none(list, listing(TEXT)), default=list),
    Key("dissemination", "formidling", _nullable(TEXT)),
    Key(
        "indicators",
        "indikatorer",
        _empty_if_none(list, listing(_INDICATOR)),
        default=list,
        record=SPECS[IndicatorFile],
        many=True,
    ),
    Key("scores", "poeng", _empty_if_none(dict, mapping(ANY_TEXT, ANY)), default=dict),
    Key(
        "ratings",
        "vurderinger",
        _empty_if_none(list, listing(_RATING)),
        default=list,
        record=SPECS[RatingFile],
        many=True,
    ),
    Key(
        "decisions",
        "beslutninger",
        _empty_if_none(list, listing(_DECISION)),
        default=list,
        record=SPECS[DecisionFile],
        many=True,
    ),
)
