"""`new` scaffolds a valid, commented file; `schema` describes measure files for editors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from ho21score.files.criteria_file import load_criteria
from ho21score.files.insertion import Entry, append, check
from ho21score.files.jsonschema import SCHEMA_PATH, schema_text
from ho21score.files.template import slug
from ho21score.files.yamlread import load

from conftest import ROOT, Run, write


def validator(run: Run) -> jsonschema.Draft202012Validator:
    result = run("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_schema_is_in_sync_with_the_criteria() -> None:
    criteria, _ = load_criteria(ROOT / "criteria.yaml")
    assert criteria is not None
    shipped = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert shipped == schema_text(criteria), "run: ho21score schema > schema/measure.schema.json"


def test_shipped_measures_validate_against_the_schema(shipped: Path, run: Run) -> None:
    check = validator(run)
    for path in sorted((shipped / "measures").glob("*.yaml")):
        errors = list(check.iter_errors(load(path.read_text(encoding="utf-8")).data))
        assert not errors, (path.name, [e.message for e in errors])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("tittel: A\nbeskrivelse: b\nforeslatt_av: K\n", "foreslatt_av"),
        ("tittel: A\nbeskrivelse: b\npoeng: {gjennomførbarhet: 9}\n", "9"),
        ("tittel: A\nbeskrivelse: b\npoeng: {potensiale: {tidshorisont: snart}}\n", "snart"),
        ("tittel: A\nbeskrivelse: b\nsatsingsområder: [månen]\n", "månen"),
        ("tittel: A\nbeskrivelse: b\nbeslutninger: [{bp: BP5, beslutning: videre, "
         "dato: 2026-01-01}]\n", "BP5"),
    ],
)
def test_schema_rejects_what_validate_rejects(
    shipped: Path, run: Run, text: str, fragment: str
) -> None:
    errors = list(validator(run).iter_errors(load(text).data))
    assert errors and any(fragment in e.message for e in errors)
    write(shipped / "measures" / "ny.yaml", text)
    assert run("validate").exit_code == 1


def test_new_scaffolds_a_valid_commented_file(shipped: Path, run: Run) -> None:
    result = run("new", "Kunnskapsløft for små kommuner", "--proposed-by", "KS",
                 "--area", "kunnskapsloft-kommunene")
    assert result.exit_code == 0, result.output
    assert result.stdout == "measures/kunnskapsloft-for-sma-kommuner.yaml\n"
    path = shipped / "measures" / "kunnskapsloft-for-sma-kommuner.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/measure.schema.json\n")
    for expected in ("tittel: Kunnskapsløft for små kommuner\n", "foreslått_av: KS\n",
                     "satsingsområder: [kunnskapsloft-kommunene]\n",
                     "#   helsedata                      Helsedata som nasjonalt fortrinn\n",
                     "#   potensiale.tidshorisont: Anslag på tid mellom innsats og resultater. "
                     "(kort, medium,\n"):
        assert expected in text
    assert run("validate").exit_code == 0
    assert not list(validator(run).iter_errors(load(text).data))
    # it ranks as incomplete, and the next gate waits only for a real description
    show = run("show", "kunnskapsloft-for-sma-kommuner").stdout
    assert show.endswith(
        "Neste beslutningspunkt BP1: for «videre» mangler\n"
        "  - en beskrivelse av problemet og tiltaket (beskrivelse er fortsatt malens tekst)\n"
    )


def test_new_never_overwrites(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    before = path.read_bytes()
    result = run("new", "DRUP-studie")
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: measures/drup-studie.yaml finnes allerede; ingenting er skrevet\n"
    )
    assert path.read_bytes() == before


def test_new_refuses_unknown_area_and_empty_slug(shipped: Path, run: Run) -> None:
    result = run("new", "Noe nytt", "--area", "helsedat")
    assert result.exit_code == 1
    assert "ukjent satsingsområde «helsedat» (mente du «helsedata»?)" in result.stderr
    assert run("new", "!!!").exit_code == 1
    assert not (shipped / "measures" / "noe-nytt.yaml").exists()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kunnskapsløft for små kommuner", "kunnskapsloft-for-sma-kommuner"),
        ("Ærlig talt: Øya på Åsen", "aerlig-talt-oya-pa-asen"),
        ("Café & Crème — 2026!", "cafe-creme-2026"),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_new_file_takes_score_and_advance(workdir: Path, run: Run) -> None:
    assert run("new", "Helt nytt", "--proposed-by", "Kari", "--area", "data").exit_code == 0
    path = workdir / "measures" / "helt-nytt.yaml"
    refused = run("advance", "helt-nytt", "videre", "--date", "2026-11-22")
    assert refused.exit_code == 1
    assert "beskrivelse er fortsatt malens tekst" in refused.stderr
    # the proposer writes the description, as the template asks
    described = path.read_text(encoding="utf-8").replace(
        "Beskriv problemet og det foreslåtte tiltaket her.", "Små kommuner mangler forskning."
    )
    path.write_text(described, encoding="utf-8")
    template = path.read_text(encoding="utf-8")
    # a rating written into the template's text by hand (as an older version did) goes in
    # as its own lines after the comments
    doc = load(template, detail=True)
    entry: Entry = {"vurdert_av": "R", "runde": 1, "dato": dt.date(2026, 11, 22),
                    "poeng": {"nytte": {"helse": 3}, "kostnad": 3}}
    by_hand = append(template, doc, "vurderinger", entry)
    check(template, by_hand, doc, "vurderinger", entry)
    assert by_hand == template + (
        "vurderinger:\n"
        "  - vurdert_av: R\n"
        "    runde: 1\n"
        "    dato: 2026-11-22\n"
        "    poeng:\n"
        "      nytte: {helse: 3}\n"
        "      kostnad: 3\n"
    )
    # score writes the rating as a file of its own, and leaves the template as it is
    scored = run("score", "helt-nytt", "--rater", "R", "--date", "2026-11-22", "nytte.helse=3",
                 "kostnad=3")
    assert scored.exit_code == 0, scored.output
    assert path.read_text(encoding="utf-8") == template
    rating = workdir / "measures" / "helt-nytt" / "r-runde-1.yaml"
    assert rating.read_text(encoding="utf-8") == (
        "vurdert_av: R\n"
        "runde: 1\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  nytte: {helse: 3}\n"
        "  kostnad: 3\n"
    )
    assert run("advance", "helt-nytt", "videre", "--date", "2026-11-22").exit_code == 0
    assert path.read_text(encoding="utf-8") == template + (
        "beslutninger:\n"
        "  - bp: BP1\n"
        "    beslutning: videre\n"
        "    dato: 2026-11-22\n"
    )
    assert run("validate").exit_code == 0
