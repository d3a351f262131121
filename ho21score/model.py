"""The two file kinds, criteria.yaml and measures/<id>.yaml, as typed records.

Each record is a frozen dataclass with English field names; its ``Spec`` lists the
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
from dataclasses import dataclass
from typing import Any, TypeVar

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


@dataclass(frozen=True)
class Key:
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


@dataclass(frozen=True)
class Spec:
    cls: type
    keys: tuple[Key, ...]

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


class Record:
    """Base of the file records: ``validate`` builds one from plain YAML data."""

    SPEC: Spec
    _validator: SchemaValidator | None = None

    @classmethod
    def validate(cls: type[R], data: Any) -> R:
        """Raises pydantic_core.ValidationError with every problem found."""
        spec_cls: Any = cls
        if spec_cls.__dict__.get("_validator") is None:
            spec_cls._validator = SchemaValidator(spec_cls.SPEC.schema())
        result: R = spec_cls._validator.validate_python(data)
        return result


# criteria.yaml


@dataclass(frozen=True)
class ScaleFile(Record):
    min: int
    max: int


@dataclass(frozen=True)
class PartFile(Record):
    name: str | None
    weight: float
    question: str | None
    anchors: dict[int, str]
    levels: dict[str, int] | None


@dataclass(frozen=True)
class CriterionFile(PartFile):
    parts: dict[str, PartFile] | None


@dataclass(frozen=True)
class DisagreementFile(Record):
    iqr: float


@dataclass(frozen=True)
class CriteriaFile(Record):
    scale: ScaleFile
    criteria: dict[str, CriterionFile]
    areas: dict[str, str]
    disagreement: DisagreementFile


# measures/<id>.yaml


@dataclass(frozen=True)
class IndicatorFile(Record):
    name: str
    source: str | None


@dataclass(frozen=True)
class RatingFile(Record):
    rater: str
    round: int
    date: dt.date | None
    scores: dict[str, Any]
    comment: str | None


@dataclass(frozen=True)
class DecisionFile(Record):
    gate: str
    decision: str
    date: dt.date
    by: str | None
    reason: str | None


@dataclass(frozen=True)
class MeasureFile(Record):
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


def _record(spec: Spec) -> dict[str, Any]:
    return spec.schema()


def _scorable_keys() -> tuple[Key, ...]:
    return (
        Key("name", "navn", {"type": "nullable", "schema": TEXT}),
        Key("weight", "vekt", NUMBER, default=1.0),
        Key("question", "spørsmål", {"type": "nullable", "schema": TEXT}),
        Key("anchors", "ankere", _empty_if_none(dict, mapping(INT, TEXT)), default=dict),
        Key("levels", "nivåer", {"type": "nullable", "schema": mapping(TEXT, INT, 1)}),
    )


DisagreementFile.SPEC = Spec(DisagreementFile, (Key("iqr", "iqr", NUMBER, default=1.0),))
ScaleFile.SPEC = Spec(ScaleFile, (Key("min", "min", INT, True), Key("max", "maks", INT, True)))
PartFile.SPEC = Spec(PartFile, _scorable_keys())
CriterionFile.SPEC = Spec(
    CriterionFile,
    (
        *_scorable_keys(),
        Key(
            "parts",
            "deler",
            {"type": "nullable", "schema": mapping(ANY_TEXT, _record(PartFile.SPEC), 1)},
            record=PartFile.SPEC,
            many=True,
        ),
    ),
)
CriteriaFile.SPEC = Spec(
    CriteriaFile,
    (
        Key("scale", "skala", _record(ScaleFile.SPEC), True, record=ScaleFile.SPEC),
        Key(
            "criteria",
            "kriterier",
            mapping(ANY_TEXT, _record(CriterionFile.SPEC), 1),
            True,
            record=CriterionFile.SPEC,
            many=True,
        ),
        Key(
            "areas", "satsingsområder", _empty_if_none(dict, mapping(ANY_TEXT, TEXT)), default=dict
        ),
        Key(
            "disagreement",
            "uenighet",
            _record(DisagreementFile.SPEC),
            default=DisagreementFile(iqr=1.0),
            record=DisagreementFile.SPEC,
        ),
    ),
)

IndicatorFile.SPEC = Spec(
    IndicatorFile,
    (
        Key("name", "navn", TEXT, True),
        Key("source", "kilde", {"type": "nullable", "schema": TEXT}),
    ),
)
RatingFile.SPEC = Spec(
    RatingFile,
    (
        Key("rater", "vurdert_av", TEXT, True),
        Key("round", "runde", {**INT, "ge": 1}, default=1),
        Key("date", "dato", {"type": "nullable", "schema": DATE}),
        Key("scores", "poeng", mapping(ANY_TEXT, ANY), True),
        Key("comment", "kommentar", {"type": "nullable", "schema": ANY_TEXT}),
    ),
)
DecisionFile.SPEC = Spec(
    DecisionFile,
    (
        Key("gate", "bp", literal(*GATES), True),
        Key("decision", "beslutning", literal(*DECISIONS), True),
        Key("date", "dato", DATE, True),
        Key("by", "av", {"type": "nullable", "schema": TEXT}),
        Key("reason", "begrunnelse", {"type": "nullable", "schema": ANY_TEXT}),
    ),
)
MeasureFile.SPEC = Spec(
    MeasureFile,
    (
        Key("title", "tittel", TEXT, True),
        Key("description", "beskrivelse", TEXT, True),
        Key("proposed_by", "foreslått_av", {"type": "nullable", "schema": TEXT}),
        Key("owner", "tiltakseier", {"type": "nullable", "schema": TEXT}),
        Key("areas", "satsingsområder", _empty_if_none(list, listing(TEXT)), default=list),
        Key("dissemination", "formidling", {"type": "nullable", "schema": TEXT}),
        Key(
            "indicators",
            "indikatorer",
            _empty_if_none(list, listing(_record(IndicatorFile.SPEC))),
            default=list,
            record=IndicatorFile.SPEC,
            many=True,
        ),
        Key("scores", "poeng", _empty_if_none(dict, mapping(ANY_TEXT, ANY)), default=dict),
        Key(
            "ratings",
            "vurderinger",
            _empty_if_none(list, listing(_record(RatingFile.SPEC))),
            default=list,
            record=RatingFile.SPEC,
            many=True,
        ),
        Key(
            "decisions",
            "beslutninger",
            _empty_if_none(list, listing(_record(DecisionFile.SPEC))),
            default=list,
            record=DecisionFile.SPEC,
            many=True,
        ),
    ),
)
