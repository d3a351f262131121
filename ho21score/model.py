"""Pydantic models of the two file kinds: criteria.yaml and measures/<id>.yaml.

Field names are English; the aliases are the Norwegian keys of the files. These models
check shape and types only; what depends on the criteria in use (which criteria and
parts exist, the scale, level names) is checked in ``sheet`` and ``measures``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

GATES = ("BP1", "BP2", "BP3", "BP4")
DECISIONS = ("videre", "revider", "vent", "stopp")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _date(value: object) -> object:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise PydanticCustomError("bad_date", "{reason}", {"reason": str(exc)}) from None
    raise PydanticCustomError("bad_date", "{reason}", {"reason": ""})


def _none_is_empty_list(value: object) -> object:
    return [] if value is None else value


def _none_is_empty_dict(value: object) -> object:
    return {} if value is None else value


Date = Annotated[dt.date, BeforeValidator(_date)]
EmptyListIfNone = BeforeValidator(_none_is_empty_list)
Text = Annotated[str, Field(min_length=1)]


class FileModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- criteria.yaml -------------------------------------------------------------------


class ScaleFile(FileModel):
    min: int
    max: int = Field(alias="maks")


class ScorableFile(FileModel):
    name: Text | None = Field(None, alias="navn")
    weight: float = Field(1.0, alias="vekt", ge=0)
    question: Text | None = Field(None, alias="spørsmål")
    anchors: Annotated[dict[int, Text], BeforeValidator(_none_is_empty_dict)] = Field(
        default_factory=dict, alias="ankere"
    )
    levels: dict[Text, int] | None = Field(None, alias="nivåer", min_length=1)


class PartFile(ScorableFile):
    pass


class CriterionFile(ScorableFile):
    parts: dict[str, PartFile] | None = Field(None, alias="deler", min_length=1)


class DisagreementFile(FileModel):
    iqr: float = Field(1.0, ge=0)


class CriteriaFile(FileModel):
    scale: ScaleFile = Field(alias="skala")
    criteria: dict[str, CriterionFile] = Field(alias="kriterier", min_length=1)
    areas: Annotated[dict[str, Text], BeforeValidator(_none_is_empty_dict)] = Field(
        default_factory=dict, alias="satsingsområder"
    )
    disagreement: DisagreementFile = Field(
        default_factory=lambda: DisagreementFile.model_validate({}), alias="uenighet"
    )


# --- measures/<id>.yaml ----------------------------------------------------------------


class IndicatorFile(FileModel):
    name: Text = Field(alias="navn")
    source: Text | None = Field(None, alias="kilde")


class RatingFile(FileModel):
    rater: Text = Field(alias="vurdert_av")
    round: int = Field(1, alias="runde", ge=1)
    date: Date | None = Field(None, alias="dato")
    scores: dict[str, Any] = Field(alias="poeng")
    comment: str | None = Field(None, alias="kommentar")


class DecisionFile(FileModel):
    gate: Literal["BP1", "BP2", "BP3", "BP4"] = Field(alias="bp")
    decision: Literal["videre", "revider", "vent", "stopp"] = Field(alias="beslutning")
    date: Date = Field(alias="dato")
    by: Text | None = Field(None, alias="av")
    reason: str | None = Field(None, alias="begrunnelse")


class MeasureFile(FileModel):
    title: Text = Field(alias="tittel")
    description: Text = Field(alias="beskrivelse")
    proposed_by: Text | None = Field(None, alias="foreslått_av")
    owner: Text | None = Field(None, alias="tiltakseier")
    areas: Annotated[list[Text], EmptyListIfNone] = Field(
        default_factory=list, alias="satsingsområder"
    )
    dissemination: Text | None = Field(None, alias="formidling")
    indicators: Annotated[list[IndicatorFile], EmptyListIfNone] = Field(
        default_factory=list, alias="indikatorer"
    )
    scores: Annotated[dict[str, Any], BeforeValidator(_none_is_empty_dict)] = Field(
        default_factory=dict, alias="poeng"
    )
    ratings: Annotated[list[RatingFile], EmptyListIfNone] = Field(
        default_factory=list, alias="vurderinger"
    )
    decisions: Annotated[list[DecisionFile], EmptyListIfNone] = Field(
        default_factory=list, alias="beslutninger"
    )
