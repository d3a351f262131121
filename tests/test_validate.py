"""Every bad input is reported at its line and column, all in one run, without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Run, write

GOOD = "tittel: God\nbeskrivelse: Ingen feil.\n"


def problems_of(run: Run, *args: str) -> list[str]:
    result = run("validate", *args)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"tittel: [A\nbeskrivelse: b\n",
         "m.yaml:2:12: error: YAML-syntaksfeil: her ventes «,» eller «]»: en liste i [ ] som "
         "ikke er lukket, eller et komma som mangler [yaml.syntax]"),
        (b"tittel: A\nbeskrivelse: b\nforeslatt_av: Kari\n",
         "m.yaml:3:1: error: ukjent nøkkel «foreslatt_av» (mente du «foreslått_av»?); tillatt "
         "her: tittel, beskrivelse, foreslått_av, tiltakseier, satsingsområder, formidling, "
         "indikatorer, poeng, vurderinger, beslutninger [field.unknown]"),
        (b"tittel: 2024\nbeskrivelse: b\n",
         "m.yaml:1:9: error: «tittel» må være tekst, ikke 2024 [field.wrong_type]"),
        (b"tittel: A\nbeskrivelse: b\npoeng:\n  kostnad: 3.5\n",
         "m.yaml:4:12: error: «kostnad»: 3.5 er ikke et heltall; poeng er hele tall 1–5"
         " [score.not_whole]"),
        (b"tittel: A\nbeskrivelse: b\npoeng:\n  kostnad: 6\n",
         "m.yaml:4:12: error: «kostnad»: 6 ligger utenfor skalaen 1–5 [score.off_scale]"),
        (b"tittel: A\nbeskrivelse: b\npoeng:\n  nytte: {tid: snart}\n",
         "m.yaml:4:16: error: «nytte.tid»: «snart» er ikke et nivå; bruk kort, medium eller lang"
         " [score.not_level]"),
        (b"tittel: A\nbeskrivelse: b\npoeng:\n  nyte: 3\n",
         "m.yaml:4:3: error: ukjent kriterium «nyte» (mente du «nytte»?); kjente kriterier: "
         "nytte, kostnad [score.unknown_criterion]"),
        (b"tittel: A\nbeskrivelse: b\npoeng:\n  nytte: {helsa: 3}\n",
         "m.yaml:4:11: error: ukjent del «helsa» av «nytte» (mente du «helse»?); deler: helse, "
         "penger, tid [score.unknown_part]"),
        (b"tittel: A\nbeskrivelse: b\nsatsingsomr\xc3\xa5der: [dat]\n",
         "m.yaml:3:19: error: ukjent satsingsområde «dat» (mente du «data»?); kjente: data, "
         "klinikk [measure.unknown_area]"),
        (b"tittel: A\nbeskrivelse: b\ntittel: B\n",
         "m.yaml:3:1: error: nøkkelen «tittel» står to ganger (første gang på linje 1)"
         " [yaml.duplicate_key]"),
        (b"tittel: A\nbeskrivelse: b\nbeslutninger:\n  - {bp: BP1, beslutning: vent, "
         b"dato: 2026-02-30}\n",
         "m.yaml:4:39: error: «beslutninger.0.dato»: «2026-02-30» er ikke en gyldig dato; skriv "
         "ÅÅÅÅ-MM-DD, f.eks. 2026-10-02 [field.bad_date]"),
        (b"", "m.yaml:1:1: error: filen er tom [file.empty]"),
        (b"# bare en kommentar\n", "m.yaml:1:1: error: filen er tom [file.empty]"),
        (b"- tittel: A\n", "m.yaml:1:1: error: filen må være en tabell av nøkler og verdier "
         "(som «tittel: ...»), ikke en liste [file.not_mapping]"),
        (b"tittel: Caf\xe9\nbeskrivelse: b\n",
         "m.yaml:1:12: error: filen er ikke UTF-8 (byte 0xE9); lagre den som UTF-8 "
         "[file.not_utf8]"),
        (b"%YAML 1.1\n---\ntittel: NO\nbeskrivelse: b\n",
         "m.yaml:1:1: error: %-direktiver er ikke tillatt (filene leses som YAML 1.2; %YAML 1.1 "
         "ville gjort NO om til false); fjern linjen [yaml.directive]"),
        (b"tittel: !!python/object:os.system A\nbeskrivelse: b\n",
         "m.yaml:1:9: error: YAML-tagger (tag:yaml.org,2002:python/object:os.system) er ikke "
         "tillatt; skriv bare verdien [yaml.tag]"),
        (b"tittel: &t A\nbeskrivelse: *t\n",
         "m.yaml:1:9: error: ankere (&t) er ikke tillatt; skriv verdien ut der den trengs"
         " [yaml.anchor]"),
        (b"tittel: A\nbeskrivelse: b\nvurderinger:\n  - vurdert_av: R\n    runde: "
         + b"9" * 40 + b"\n    poeng: {kostnad: 3}\n",
         "m.yaml:5:12: error: tallet er for stort (mer enn 15 sifre) [yaml.huge_int]"),
        (b"tittel: A\n", "m.yaml:1:1: error: «beskrivelse» mangler [field.missing]"),
        (b"tittel: A\nbeskrivelse: b\x00\n",
         "m.yaml:2:15: error: tegnet U+0000 er ikke tillatt i YAML (kontrolltegn); fjern det"
         " [yaml.bad_character]"),
        (b"tittel: A\nbeskrivelse: b\nvurderinger:\n  - {vurdert_av: R, poeng: {kostnad: 3}}\n"
         b"  - {vurdert_av: R, poeng: {kostnad: 4}}\n",
         "m.yaml:5:18: error: R har allerede en vurdering i runde 1 (measures/m.yaml:4) "
         "[rating.duplicate]"),
    ],
    ids=["syntax", "unknown-key", "type", "not-whole", "off-scale", "level", "criterion", "part",
         "area", "duplicate-key", "bad-date", "empty", "comment-only", "list", "latin1",
         "directive", "python-tag", "anchor", "huge-int", "missing", "nul", "same-rater-twice"],
)
def test_bad_input_is_reported_at_its_position(
    workdir: Path, run: Run, content: bytes, expected: str
) -> None:
    (workdir / "measures" / "m.yaml").write_bytes(content)
    result = run("validate")
    assert result.exit_code == 1
    assert f"measures/{expected}" in result.stdout.splitlines()
    assert "Traceback" not in result.output


def test_all_problems_of_all_files_in_one_run(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml", "tittel: A\nbeskrivelse: b\npoeng: {kostnad: 9}\n"
          "satsingsområder: [x]\n")
    write(workdir / "measures" / "b.yaml", "tittel: B\n")
    write(workdir / "measures" / "c.yaml", GOOD)
    write(workdir / "measures" / "Stor.yaml", GOOD)
    write(workdir / "measures" / "d.yml", GOOD)
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "measures/Stor.yaml:1:1: error: ugyldig filnavn «Stor.yaml»: id-en (navnet uten .yaml) "
        "kan bare ha små bokstaver a–z, sifre og bindestreker [file.bad_name]",
        "measures/a.yaml:3:18: error: «kostnad»: 9 ligger utenfor skalaen 1–5 [score.off_scale]",
        "measures/a.yaml:4:19: error: ukjent satsingsområde «x»; kjente: data, klinikk"
        " [measure.unknown_area]",
        "measures/b.yaml:1:1: error: «beskrivelse» mangler [field.missing]",
        "measures/d.yml:1:1: error: tiltaksfiler må slutte på .yaml, ikke «d.yml»; gi filen nytt "
        "navn [file.bad_suffix]",
    ]
    assert result.stderr == "5 feil i 4 av 6 filer.\n"


def test_clean_files_exit_0(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "c.yaml", GOOD)
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "Ingen problemer i 2 filer.\n"


def test_english_messages(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml", "tittel: A\nbeskrivelse: b\npoeng: {kostnad: 9}\n")
    result = run("validate", "--lang", "en")
    assert result.stdout == (
        "measures/a.yaml:3:18: error: 'kostnad': 9 is outside the scale 1–5 [score.off_scale]\n"
    )
    assert run("validate", env={"HO21SCORE_LANG": "en"}).stdout == result.stdout


def test_github_format_escapes_and_is_automatic_on_actions(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml", "tittel: A\nbeskrivelse: b\npoeng: {kostnad: 9}\n")
    result = run("validate", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout == (
        "::error file=measures/a.yaml,line=3,col=18::«kostnad»: 9 ligger utenfor skalaen 1–5 "
        "[score.off_scale]\n"
    )
    assert run("validate", "--format", "github").stdout == result.stdout
    assert run("validate", "--format", "text", env={"GITHUB_ACTIONS": "true"}).stdout.startswith(
        "measures/a.yaml:3:18:"
    )


def test_github_escaping_of_properties_and_data() -> None:
    from ho21score.problems import Level, Problem
    from ho21score.render.problems import github_lines

    problem = Problem("a,b:c.yaml", 1, 2, Level.ERROR, "100% sikker\nlinje 2", "x.y")
    assert github_lines([problem]) == [
        "::error file=a%2Cb%3Ac.yaml,line=1,col=2::100%25 sikker%0Alinje 2 [x.y]"
    ]


def test_json_format(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml", "tittel: A\n")
    result = run("validate", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "files": 2, "errors": 1, "warnings": 0,
        "problems": [{"path": "measures/a.yaml", "line": 1, "col": 1, "level": "error",
                      "code": "field.missing", "message": "«beskrivelse» mangler"}],
    }


def test_bad_criteria_file_gets_the_same_treatment(workdir: Path, run: Run) -> None:
    write(workdir / "criteria.yaml", """\
        skala: {min: 5, maks: 1}
        kriterier:
          nytte:
            vekt: -1
            ankere: {1: lav, 9: høy}
            deler:
              tid: {nivåer: {kort: 7}}
          Dårlig.nøkkel: {}
        satsingsområder: {data: Helsedata}
        uenigheter: 1
        """)
    write(workdir / "measures" / "a.yaml", GOOD)
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "criteria.yaml:4:11: error: «kriterier.nytte.vekt»: -1 er for lite; minst 0"
        " [field.too_small]",
        "criteria.yaml:10:1: error: ukjent nøkkel «uenigheter» (mente du «uenighet»?); tillatt "
        "her: skala, kriterier, satsingsområder, uenighet, min_vurderere [field.unknown]",
    ]
    assert "Kriteriefilen har feil" in result.stderr
    # once the shape is right, the meaning is checked
    write(workdir / "criteria.yaml", """\
        skala: {min: 1, maks: 5}
        kriterier:
          nytte:
            ankere: {1: lav, 9: høy}
            deler:
              tid: {nivåer: {kort: 7}}
          Dårlig.nøkkel: {}
        """)
    result = run("validate")
    assert result.stdout.splitlines() == [
        "criteria.yaml:4:22: error: ankeret 9 ligger utenfor skalaen 1–5"
        " [criteria.anchor_off_scale]",
        "criteria.yaml:6:28: error: nivået «kort» = 7 ligger utenfor skalaen 1–5"
        " [criteria.level_off_scale]",
        "criteria.yaml:7:3: error: ugyldig nøkkel «Dårlig.nøkkel»: bruk små bokstaver, sifre, "
        "- og _ (ikke punktum) [criteria.bad_key]",
    ]
    write(workdir / "criteria.yaml", "skala: {min: 5, maks: 1}\nkriterier: {nytte: {}}\n")
    assert run("validate").stdout == (
        "criteria.yaml:1:8: error: skalaen må ha min mindre enn maks (fant min 5, maks 1) "
        "[criteria.bad_scale]\n"
    )


def test_missing_folder_or_criteria_is_a_usage_error(workdir: Path, run: Run) -> None:
    result = run("validate", "--measures", "nowhere")
    assert result.exit_code == 2
    assert result.stderr == (
        "Feil: finner ikke tiltaksmappen «nowhere» (angi en annen med --measures)\n"
    )
    assert run("rank", "--criteria", "nope.yaml").exit_code == 2
    assert run("rank", "--format", "pdf").exit_code == 2
    assert run("rank", "--lang", "de").exit_code == 2
    assert run("rank", "--phase", "ferdig").exit_code == 2


def test_file_too_large(workdir: Path, run: Run) -> None:
    big = "tittel: A\nbeskrivelse: |\n" + ("  " + "x" * 1000 + "\n") * 1100
    write(workdir / "measures" / "a.yaml", big)
    result = run("validate")
    assert result.stdout == (
        "measures/a.yaml:1:1: error: filen er for stor (1.1 MiB; høyst 1 MiB) [file.too_big]\n"
    )
