"""The JSON Schema (draft 2020-12) of a measure file, built from the criteria in use, so
that an editor (VS Code's YAML extension) completes and checks measure files as they are
typed. Descriptions are in Norwegian, the language of the files."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

from ho21score.core.criteria import Criteria, Part
from ho21score.core.indicators import DIRECTIONS, UNITS
from ho21score.core.vocabulary import DECISIONS, GATES
from ho21score.files.source import display_path
from ho21score.i18n import message
from ho21score.problems import Level, Problem

SCHEMA_PATH = "schema/measure.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

JSON_TEXT: dict[str, Any] = {"type": "string", "minLength": 1}
JSON_OPTIONAL_TEXT: dict[str, Any] = {"type": ["string", "null"], "minLength": 1}
JSON_DATE: dict[str, Any] = {
    "type": "string",
    "format": "date",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "description": "Dato på formen ÅÅÅÅ-MM-DD.",
}


def _described(schema: dict[str, Any], text: str | None) -> dict[str, Any]:
    return {**schema, "description": text} if text else schema


def _part_value(part: Part, criteria: Criteria) -> dict[str, Any]:
    text = f"{part.name_nb}: {part.question_nb}" if part.question_nb else part.name_nb
    if part.anchors_nb:
        text += " " + "; ".join(f"{k} = {v}" for k, v in sorted(part.anchors_nb.items()))
    if part.levels:
        return {"enum": [*part.levels, None], "description": text}
    return {
        "type": ["integer", "null"],
        "minimum": criteria.minimum,
        "maximum": criteria.maximum,
        "description": text,
    }


JSON_PERIOD: dict[str, Any] = {
    "type": ["integer", "string"],
    "pattern": r"^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$",
    "description": "Periode: et år (2025), halvår (2025-H1), kvartal (2025-Q3) eller måned "
    "(2025-06).",
}


def indicator_expectations() -> dict[str, Any]:
    """The keys of an indicator beyond its name and link (docs/file-formats.md §3)."""
    point = {
        "type": "object",
        "required": ["verdi", "periode"],
        "additionalProperties": False,
        "properties": {"verdi": {"type": "number"}, "periode": JSON_PERIOD},
    }
    return {
        "nøkkel": {
            "type": ["string", "null"],
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
            "description": "Navnet på indikatoren i observasjonsfilene (standard: laget av "
            "navnet).",
        },
        "enhet": {
            "enum": [*UNITS, None],
            "description": "Hva indikatoren måler: antall, prosent, kroner eller tekst "
            "(status settes for hånd).",
        },
        "retning": {"enum": [*DIRECTIONS, None], "description": "Hva som er bedre."},
        "utgangspunkt": {
            "anyOf": [point, {"type": "null"}],
            "description": "Verdien ved start: {verdi, periode}.",
        },
        "mål": {
            "type": ["array", "null"],
            "items": point,
            "description": "Mål med periode, i periodeorden, etter utgangspunktet.",
        },
        "toleranse": {
            "type": ["number", "null"],
            "minimum": 0,
            "description": "Hvor langt bak forventet verdi som ennå er gult, i indikatorens "
            "enhet (standard: en tidel av den planlagte endringen).",
        },
        "foreldet_etter": {
            "type": ["integer", "null"],
            "minimum": 1,
            "description": "Måneder etter en periodes slutt før observasjonen er foreldet "
            "(standard 24).",
        },
    }


def poeng(criteria: Criteria) -> dict[str, Any]:
    whole = {"type": ["integer", "null"], "minimum": criteria.minimum, "maximum": criteria.maximum}
    properties: dict[str, Any] = {}
    for criterion in criteria.criteria:
        if not criterion.has_parts:
            properties[criterion.key] = _part_value(criterion.parts[0], criteria)
            continue
        parts = {
            "type": "object",
            "properties": {p.short: _part_value(p, criteria) for p in criterion.parts},
            "additionalProperties": False,
        }
        text = criterion.name_nb
        if criterion.question_nb:
            text += f": {criterion.question_nb}"
        if any(p.levels for p in criterion.parts):  # a level part takes no whole number
            properties[criterion.key] = {**parts, "description": text + " Gi poeng per del."}
            continue
        properties[criterion.key] = {
            "description": text + " Gi poeng per del, eller ett tall for hele kriteriet.",
            "anyOf": [parts, whole],
        }
    return {
        "type": "object",
        "description": f"Poeng på skalaen {criteria.scale_text} ({criteria.maximum} er best).",
        "properties": properties,
        "additionalProperties": False,
    }


def measure_schema(criteria: Criteria) -> dict[str, Any]:
    areas = list(criteria.areas)
    area_text = "; ".join(f"{k}: {v}" for k, v in criteria.areas.items())
    rating = {
        "type": "object",
        "required": ["vurdert_av", "poeng"],
        "additionalProperties": False,
        "properties": {
            "vurdert_av": _described(JSON_TEXT, "Hvem som vurderer."),
            "runde": {
                "type": "integer",
                "minimum": 1,
                "default": 1,
                "description": "Vurderingsrunde (Delphi); 1 om den mangler.",
            },
            "dato": JSON_DATE,
            "poeng": {"$ref": "#/$defs/poeng"},
            "kommentar": {"type": ["string", "null"], "description": "Begrunnelse."},
        },
    }
    decision = {
        "type": "object",
        "required": ["bp", "beslutning", "dato"],
        "additionalProperties": False,
        "properties": {
            "bp": {
                "enum": list(GATES),
                "description": "Beslutningspunkt: BP1 i idé, BP2 i "
                "analyse, BP3 i vurdering, BP4 i gjennomføring.",
            },
            "beslutning": {
                "enum": list(DECISIONS),
                "description": "videre: neste fase; "
                "revider: samme fase, til revisjon; vent: på vent; stopp: stoppet.",
            },
            "dato": JSON_DATE,
            "av": JSON_OPTIONAL_TEXT,
            "begrunnelse": {"type": ["string", "null"]},
        },
    }
    indicator = {
        "type": "object",
        "required": ["navn"],
        "additionalProperties": False,
        "properties": {
            "navn": JSON_TEXT,
            "kilde": _described(JSON_OPTIONAL_TEXT, "Lenke, f.eks. til HO21-monitoren."),
            **indicator_expectations(),
        },
    }
    return {
        "$schema": DRAFT,
        "title": "Tiltak i HO21-rådets tiltaksliste",
        "description": "En fil per tiltak: measures/<id>.yaml. Lages av ho21score schema "
        "fra criteria.yaml.",
        "type": "object",
        "required": ["tittel", "beskrivelse"],
        "additionalProperties": False,
        "properties": {
            "tittel": _described(JSON_TEXT, "Kort og konkret tittel."),
            "beskrivelse": _described(JSON_TEXT, "Hva er problemet, og hva foreslås?"),
            "foreslått_av": _described(
                JSON_OPTIONAL_TEXT, "Hvem foreslo tiltaket (kreves ved BP1)."
            ),
            "tiltakseier": _described(JSON_OPTIONAL_TEXT, "Hvem eier tiltaket (kreves ved BP3)."),
            "satsingsområder": {
                "type": ["array", "null"],
                "items": {"enum": areas},
                "description": "Satsingsområder (minst ett ved BP1): " + area_text,
            },
            "formidling": _described(
                JSON_OPTIONAL_TEXT, "Plan for overlevering og formidling (kreves ved BP3)."
            ),
            "indikatorer": {
                "type": ["array", "null"],
                "items": indicator,
                "description": "Indikatorer (minst én ved BP4).",
            },
            "poeng": {
                "anyOf": [{"$ref": "#/$defs/poeng"}, {"type": "null"}],
                "description": "Poeng rådet er enige om; de går foran vurderingene.",
            },
            "vurderinger": {
                "type": ["array", "null"],
                "items": rating,
                "description": "Vurderinger, én per vurderer og runde.",
            },
            "beslutninger": {
                "type": ["array", "null"],
                "items": decision,
                "description": "Beslutningsloggen, eldste først.",
            },
        },
        "$defs": {"poeng": poeng(criteria)},
    }


def schema_text(criteria: Criteria) -> str:
    return json.dumps(measure_schema(criteria), ensure_ascii=False, indent=2) + "\n"


def stale_schema(criteria: Criteria, criteria_path: Path) -> list[Problem]:
    """A warning when the shipped schema file no longer matches the criteria (an editor
    would then accept a score of 7 on a new 1-5 scale, or miss a new criterion)."""
    path = criteria_path.parent / SCHEMA_PATH
    try:
        shipped = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    if shipped == schema_text(criteria):
        return []
    shown = shlex.quote(display_path(path))
    command = f"ho21score schema --criteria {shlex.quote(str(criteria_path))} > {shown}"
    stale = message("schema.stale", command=command)
    return [Problem.at(display_path(path), (1, 1), stale, Level.WARNING)]
