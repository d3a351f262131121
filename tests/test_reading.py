"""Issue #8, reading: numbers that are not numbers, terminal escapes, positions that
pointed elsewhere, file names that are not UTF-8, and files with very many problems."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import Run, write

GOOD = "tittel: God\nbeskrivelse: Ingen feil.\n"
SCORED = "poeng: {kostnad: 3, nytte: {helse: 3, penger: 4, tid: kort}}\n"
# what a terminal could act on, or what turns a text around
REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strict_json(text: str) -> Any:
    """JSON as the standard has it: NaN and Infinity are not JSON."""

    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


# --- numbers that are not numbers ------------------------------------------------------


@pytest.mark.parametrize("weight", [".inf", "1e400", ".nan", ".Inf"])
def test_a_weight_must_be_finite(workdir: Path, run: Run, weight: str) -> None:
    write(workdir / "criteria.yaml", "skala: {min: 1, maks: 5}\n"
          f"kriterier:\n  kostnad: {{navn: Kostnad, vekt: {weight}}}\n")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "criteria.yaml:3:34: error: «kriterier.kostnad.vekt» må være et endelig tall, som 1 "
        "eller 0.5; .inf, .nan og tall som 1e400 er ikke tillatt [field.not_finite]",
    ]
    assert run("rank", "--format", "json").exit_code == 1


def test_a_weight_so_large_that_sums_overflow_is_refused(workdir: Path, run: Run) -> None:
    write(workdir / "criteria.yaml", "skala: {min: 1, maks: 5}\nkriterier:\n"
          "  nytte: {vekt: 1.7e308}\n  kostnad: {vekt: 1.7e308}\n")
    result = run("validate", "--lang", "en")
    assert result.stdout.splitlines() == [
        "criteria.yaml:3:17: error: 'kriterier.nytte.vekt': 1.7e+308 is too large; at most "
        "1000000 [field.too_large]",
        "criteria.yaml:4:19: error: 'kriterier.kostnad.vekt': 1.7e+308 is too large; at most "
        "1000000 [field.too_large]",
    ]


def test_the_largest_weights_allowed_still_give_finite_totals(workdir: Path, run: Run) -> None:
    write(workdir / "criteria.yaml", "skala: {min: 1, maks: 5}\nkriterier:\n"
          "  nytte:\n    vekt: 1000000\n    deler:\n      helse: {vekt: 1000000}\n"
          "      penger: {vekt: 1e-300}\n"
          "      tid: {vekt: 1000000, nivåer: {kort: 5, medium: 3, lang: 1}}\n"
          "  kostnad: {vekt: 0.000001}\n")
    write(workdir / "measures" / "a.yaml", GOOD + SCORED)
    result = run("rank", "--format", "json")
    assert result.exit_code == 0, result.output
    ranked = strict_json(result.stdout)["ranked"]
    assert [m["id"] for m in ranked] == ["a"]
    assert 0 <= ranked[0]["total"] <= 100


@pytest.mark.parametrize("score", [".inf", "-.inf", "1e400", ".nan"])
def test_a_score_must_be_finite(workdir: Path, run: Run, score: str) -> None:
    write(workdir / "measures" / "a.yaml", GOOD + "vurderinger:\n  - vurdert_av: Åse\n"
          f"    poeng: {{kostnad: {score}, nytte: {{helse: 3, penger: 4, tid: kort}}}}\n")
    result = run("validate")
    assert result.stdout.splitlines() == [
        "measures/a.yaml:5:22: error: «kostnad»: et uendelig tall eller NaN (.inf, .nan, "
        "1e400) er ikke en poengsum; poeng er hele tall 1–5 [score.not_finite]",
    ]
    rank = run("rank", "--format", "json")
    assert rank.exit_code == 1
    assert strict_json(rank.stdout)["ranked"] == []


def test_validate_json_is_strict_json(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml", GOOD + "poeng: {kostnad: .nan}\n")
    doc = strict_json(run("validate", "--format", "json").stdout)
    assert [p["code"] for p in doc["problems"]] == ["score.not_finite"]


# --- terminal escapes --------------------------------------------------------------------


def test_an_escape_written_in_yaml_is_refused_where_it_stands(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml",
          'tittel: "Ufarlig\\e]0;pwned\\a"\nbeskrivelse: b\n' + SCORED)
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "measures/a.yaml:1:17: error: tegnet U+001B er et kontrolltegn og er ikke tillatt i "
        "tekst, heller ikke skrevet med \\ (som \\e eller \\x1b); fjern det"
        " [yaml.control_character]",
    ]
    result = run("validate", "--lang", "en")
    assert result.stdout.splitlines() == [
        "measures/a.yaml:1:17: error: the character U+001B is a control character and is not "
        "allowed in text, not even written with \\ (such as \\e or \\x1b); remove it"
        " [yaml.control_character]",
    ]


@pytest.mark.parametrize(
    ("written", "col", "code", "char"),
    [
        ('"Blåbær \\x1b[2J"', 17, "yaml.control_character", "U+001B"),
        ('"Blåbær \\u009b31m"', 17, "yaml.control_character", "U+009B"),
        ('"Blåbær \\ræ"', 17, "yaml.control_character", "U+000D"),
        ('"Blåbær \\u202eevil"', 17, "yaml.bidi_character", "U+202E"),
        ('"Blåbær \\U00002066x"', 17, "yaml.bidi_character", "U+2066"),
        ("Blåbær \u202eevil", 16, "yaml.bidi_character", "U+202E"),
        ("'Blåbær \u2067x'", 17, "yaml.bidi_character", "U+2067"),
        ("Blåbær \u200fx", 16, "yaml.bidi_character", "U+200F"),
        ("Blåbær \ufeffx", 16, "yaml.stray_bom", "U+FEFF"),
    ],
)
def test_every_way_of_writing_a_refused_character(
    workdir: Path, run: Run, written: str, col: int, code: str, char: str
) -> None:
    write(workdir / "measures" / "a.yaml", f"tittel: {written}\nbeskrivelse: b\n" + SCORED)
    result = run("validate", "--lang", "en")
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"measures/a.yaml:1:{col}: error: the character {char} ")
    assert line.endswith(f"; remove it [{code}]")


def test_newlines_and_tabs_stay_allowed(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml",
          'tittel: "To\\tkolonner\\nog to linjer"\nbeskrivelse: |\n  En\n\n  to\ttre\n' + SCORED)
    result = run("validate")
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_refused_character_in_a_key_and_in_quoted_messages(workdir: Path, run: Run) -> None:
    """Nothing refused reaches any output: the value is replaced once it is refused."""
    write(workdir / "measures" / "a.yaml",
          'tittel: A\nbeskrivelse: b\n"kilde\\e[31m": x\nsatsingsområder: ["da\\u202eta"]\n')
    assert run("validate").stdout.splitlines() == [
        "measures/a.yaml:3:1: error: ukjent nøkkel «kilde\ufffd[31m»; tillatt her: tittel, "
        "beskrivelse, foreslått_av, tiltakseier, satsingsområder, formidling, indikatorer, "
        "poeng, vurderinger, beslutninger [field.unknown]",
        "measures/a.yaml:3:7: error: tegnet U+001B er et kontrolltegn og er ikke tillatt i "
        "tekst, heller ikke skrevet med \\ (som \\e eller \\x1b); fjern det"
        " [yaml.control_character]",
        "measures/a.yaml:4:19: error: ukjent satsingsområde «da\ufffdta» (mente du «data»?); "
        "kjente: data, klinikk [measure.unknown_area]",
        "measures/a.yaml:4:22: error: tegnet U+202E styrer skriveretningen og kan skjule hva "
        "teksten sier; fjern det [yaml.bidi_character]",
    ]


def test_rank_never_prints_a_refused_character(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "a.yaml",
          'tittel: "Ufarlig\\e]0;pwned\\a"\nbeskrivelse: "\\u202eb"\n' + SCORED)
    write(workdir / "measures" / "b.yaml", GOOD + SCORED)
    for form in ("table", "json", "csv", "markdown"):
        result = run("rank", "--format", form)
        assert result.exit_code == 1
        assert REFUSED.search(result.stdout + result.stderr) is None, form
        assert "Ufarlig" not in result.stdout


# --- positions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a byte offset used as a character index moved these by each æ, ø, å before them
        (b"tittel: Bl\xc3\xa5b\xc3\xa6rsyltet\xc3\xb8y\x01\nbeskrivelse: b\n",
         "1:23: error: tegnet U+0001 er ikke tillatt i YAML (kontrolltegn); fjern det"
         " [yaml.bad_character]"),
        (b"tittel: \xc3\xa6\xc3\xb8\xc3\xa5\n" * 1 + b"beskrivelse: \xc3\xa6\xc3\xa6\xc3\xa6"
         b"\xc3\xa6\xc3\xa6\xc3\xa6\xc3\xa6\xc3\xa6\xc3\xa6\xc3\xa6\x7f\n",
         "2:24: error: tegnet U+007F er ikke tillatt i YAML (kontrolltegn); fjern det"
         " [yaml.bad_character]"),
        (b"tittel: Kaf\xc3\xa9 p\xc3\xa5 hj\xc3\xb8rnet \xff\nbeskrivelse: b\n",
         "1:25: error: filen er ikke UTF-8 (byte 0xFF); lagre den som UTF-8 [file.not_utf8]"),
        # a syntax error at the end of a file without a final newline: its last line
        (b"tittel: Bl\xc3\xa5b\xc3\xa6r\nbeskrivelse: [\xc3\xa9n, to",
         "2:21: error: YAML-syntaksfeil: her ventes «,» eller «]»: en liste i [ ] som ikke er "
         "lukket, eller et komma som mangler [yaml.syntax]"),
        (b'tittel: "Bl\xc3\xa5b\xc3\xa6r',
         "1:16: error: YAML-syntaksfeil: filen slutter før et anførselstegn er lukket "
         "[yaml.syntax]"),
        (b"tittel: Bl\xc3\xa5b\xc3\xa6r\nbeskrivelse:",
         "2:13: error: «beskrivelse» må være tekst, ikke ingenting [field.wrong_type]"),
        # ~ as a key: at the key, in the catalogue's words
        (b"tittel: A\nbeskrivelse: b\n~: x\n",
         "3:1: error: en nøkkel kan ikke være tom (~, null eller ingenting); skriv nøkkelen"
         " [yaml.null_key]"),
        (b"tittel: A\nbeskrivelse: b\nindikatorer:\n  - navn: x\n    null: y\n",
         "5:5: error: en nøkkel kan ikke være tom (~, null eller ingenting); skriv nøkkelen"
         " [yaml.null_key]"),
        # a file that starts with two byte order marks (the first one is taken off)
        (b"\xef\xbb\xbf\xef\xbb\xbftittel: A\nbeskrivelse: b\n",
         "1:1: error: tegnet U+FEFF (byte order mark) er bare tillatt helt først i filen; "
         "fjern det [yaml.stray_bom]"),
        (b"tittel: A\n\xef\xbb\xbfbeskrivelse: b\n",
         "2:1: error: tegnet U+FEFF (byte order mark) er bare tillatt helt først i filen; "
         "fjern det [yaml.stray_bom]"),
    ],
    ids=["control-after-aeoeaa", "del-after-ten-ae", "not-utf8-after-aeoeaa",
         "syntax-at-end-no-newline", "open-quote-at-end", "empty-value-at-end", "null-key",
         "null-key-nested", "two-boms", "bom-on-a-later-line"],
)
def test_positions_point_at_the_fault(
    workdir: Path, run: Run, content: bytes, expected: str
) -> None:
    (workdir / "measures" / "m.yaml").write_bytes(content)
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"measures/m.yaml:{expected}"]


def test_a_dropped_rating_leaves_later_ratings_problems_in_place(
    workdir: Path, run: Run
) -> None:
    write(workdir / "measures" / "m.yaml", """\
        tittel: A
        beskrivelse: b
        vurderinger:
          - {vurdert_av: Åse, runde: to, poeng: {}}
          - vurdert_av: Øyvind
            poeng: {kostnad: 9}
          - vurdert_av: Kari
            poeng: {nyte: 3}
        """)
    assert run("validate").stdout.splitlines() == [
        "measures/m.yaml:4:30: error: «vurderinger.0.runde» må være et heltall, ikke teksten "
        "«to» [field.wrong_type]",
        "measures/m.yaml:6:22: error: «kostnad»: 9 ligger utenfor skalaen 1–5 [score.off_scale]",
        "measures/m.yaml:8:13: error: ukjent kriterium «nyte» (mente du «nytte»?); kjente "
        "kriterier: nytte, kostnad [score.unknown_criterion]",
    ]


def test_a_quoted_title_may_go_on_with_a_percent_sign(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml",
          'tittel: "Første linje\n%andre linje"\nbeskrivelse: b\n' + SCORED)
    result = run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert strict_json(run("rank", "--format", "json").stdout)["ranked"][0]["title"] == (
        "Første linje %andre linje"
    )


def test_a_directive_after_comments_is_still_a_directive(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", "# kommentar\n\n%YAML 1.1\n---\ntittel: NO\n")
    assert run("validate").stdout.splitlines() == [
        "measures/m.yaml:3:1: error: %-direktiver er ikke tillatt (filene leses som YAML 1.2; "
        "%YAML 1.1 ville gjort NO om til false); fjern linjen [yaml.directive]",
    ]


def test_keys_true_and_1_5_are_keys_as_written(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", "tittel: A\nbeskrivelse: b\npoeng:\n  true: 3\n"
          "  1.5: 3\n  1: 3\n")
    assert run("validate").stdout.splitlines() == [
        "measures/m.yaml:6:3: error: «poeng.1» må være tekst, ikke 1 [field.wrong_type]",
    ]
    write(workdir / "measures" / "m.yaml", "tittel: A\nbeskrivelse: b\npoeng:\n  true: 3\n"
          "  1.5: 3\n  True: 3\n")
    assert run("validate").stdout.splitlines() == [
        "measures/m.yaml:4:3: error: ukjent kriterium «true»; kjente kriterier: nytte, kostnad"
        " [score.unknown_criterion]",
        "measures/m.yaml:5:3: error: ukjent kriterium «1.5»; kjente kriterier: nytte, kostnad"
        " [score.unknown_criterion]",
        "measures/m.yaml:6:3: error: ukjent kriterium «True»; kjente kriterier: nytte, kostnad"
        " [score.unknown_criterion]",
    ]


# --- file names that are not UTF-8 -------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
@pytest.mark.parametrize("command", ["validate", "rank"])
def test_a_file_name_that_is_not_utf8_is_shown_escaped(workdir: Path, command: str) -> None:
    measures = os.fsencode(workdir / "measures")
    with open(measures + b"/caf\xe9.yaml", "wb") as file:  # a zip made on Windows
        file.write(GOOD.encode())
    with open(measures + b"/\x1b]0;pwned\x07.yaml", "wb") as file:
        file.write(GOOD.encode())
    write(workdir / "measures" / "god.yaml", GOOD + SCORED)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
    env.pop("HO21SCORE_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "ho21score", command], cwd=workdir, env=env,
        capture_output=True, check=False,
    )
    assert result.returncode == 1, result.stderr
    lines = (result.stdout + result.stderr).decode("utf-8").splitlines()
    assert REFUSED.search("\n".join(lines)) is None
    if command == "validate":
        assert lines[:2] == [
            "measures/\\x1b]0;pwned\\x07.yaml:1:1: error: ugyldig filnavn «\\x1b]0;pwned\\x07.yaml»"
            ": id-en (navnet uten .yaml) kan bare ha små bokstaver a–z, sifre og bindestreker "
            "[file.bad_name]",
            "measures/caf\\xe9.yaml:1:1: error: ugyldig filnavn «caf\\xe9.yaml»: id-en (navnet "
            "uten .yaml) kan bare ha små bokstaver a–z, sifre og bindestreker [file.bad_name]",
        ]
    else:
        assert any(line.startswith("measures/caf\\xe9.yaml:1") for line in lines)
        assert any(line.split()[:1] == ["1"] and "god" in line for line in lines)


# --- very many problems ------------------------------------------------------------------


def test_a_files_problems_are_capped_with_a_count_of_the_rest(workdir: Path, run: Run) -> None:
    keys = "".join(f"ukjent{n:03d}: {n}\n" for n in range(120))
    write(workdir / "measures" / "m.yaml", "tittel: A\nbeskrivelse: b\n" + keys)
    write(workdir / "measures" / "n.yaml", "tittel: A\n")
    result = run("validate")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 52
    assert lines[0].startswith("measures/m.yaml:3:1: error: ukjent nøkkel «ukjent000»")
    assert lines[49].startswith("measures/m.yaml:52:1: error: ukjent nøkkel «ukjent049»")
    assert lines[50:] == [
        "measures/m.yaml:53:1: error: … og 70 problemer til i denne filen [file.more_problems]",
        "measures/n.yaml:1:1: error: «beskrivelse» mangler [field.missing]",
    ]
    assert result.stderr == "121 feil i 2 av 3 filer.\n"
    assert run("validate", "--lang", "en").stdout.splitlines()[50] == (
        "measures/m.yaml:53:1: error: … and 70 more problems in this file [file.more_problems]"
    )
    doc = strict_json(run("validate", "--format", "json").stdout)
    assert (doc["errors"], len(doc["problems"])) == (121, 52)
    assert doc["problems"][50]["code"] == "file.more_problems"
    github = run("validate", "--format", "github").stdout.splitlines()
    assert github[50] == (
        "::error file=measures/m.yaml,line=53,col=1::… og 70 problemer til i denne filen "
        "[file.more_problems]"
    )


def test_one_more_problem_is_counted_in_the_singular(workdir: Path, run: Run) -> None:
    keys = "".join(f"ukjent{n:03d}: {n}\n" for n in range(51))
    write(workdir / "measures" / "m.yaml", "tittel: A\nbeskrivelse: b\n" + keys)
    lines = run("validate").stdout.splitlines()
    assert lines[50:] == [
        "measures/m.yaml:53:1: error: … og 1 problem til i denne filen [file.more_problems]",
    ]


def test_unknown_keys_shown_keep_their_suggestion(workdir: Path, run: Run) -> None:
    keys = "".join(f"tittl{n:05d}: {n}\n" for n in range(200))
    write(workdir / "measures" / "m.yaml", "tittle: A\nbeskrivelse: b\n" + keys)
    lines = run("validate").stdout.splitlines()
    assert lines[0] == (
        "measures/m.yaml:1:1: error: ukjent nøkkel «tittle» (mente du «tittel»?); tillatt her: "
        "tittel, beskrivelse, foreslått_av, tiltakseier, satsingsområder, formidling, "
        "indikatorer, poeng, vurderinger, beslutninger [field.unknown]"
    )
