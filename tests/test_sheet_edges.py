"""Edges of bulk scoring found in review: a web form's CSV with quotes, separators in the
header, a column twice and a short row; a comment with Windows line breaks; a sheet that
would leave out a measure with errors, or write over another sheet; an output that is a
file; a subfolder of measures that is not a measure's."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sheets import CRITERIA, ROSTER, snapshot

from conftest import Run, write

MAPPING = """\
vurderer: Navn
runde: 1
kolonner:
  "Alfa, helse": alfa/nytte.helse
  "Alfa – kostnad": alfa/kostnad
  "Beta – kostnad": beta/kostnad
kommentarer:
  "Alfa – kommentar": alfa
"""


def council(root: Path, roster: bool = True) -> Path:
    write(root / "criteria.yaml", CRITERIA)
    if roster:
        write(root / "vurderere.yaml", ROSTER)
    for ident in ("alfa", "beta"):
        write(root / "measures" / f"{ident}.yaml", f"tittel: {ident}\nbeskrivelse: b\n")
    write(root / "form.yaml", MAPPING)
    return root


def test_a_quoted_comment_and_a_comma_in_a_semicolon_header(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path)
    monkeypatch.chdir(root)
    (root / "svar.csv").write_bytes(
        "\ufeffNavn;Alfa – kommentar;Avdeling;\"Alfa, helse\";Alfa – kostnad;Beta – kostnad\r\n"
        "Kari Nordmann;\"Viktig \"\"nok\"\"; men\r\ndyrt\";HOD;4;2;5\r\n".encode()
    )
    result = run("sheet", "import", "svar.csv", "--mapping", "form.yaml", "--date", "2026-11-01")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "ny: measures/alfa/kari-runde-1.yaml\nny: measures/beta/kari-runde-1.yaml\n"
    )
    assert (root / "measures" / "alfa" / "kari-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: Kari Nordmann\nrunde: 1\ndato: 2026-11-01\npoeng:\n"
        "  nytte: {helse: 4}\n  kostnad: 2\nkommentar: \"Viktig \\\"nok\\\"; men\\ndyrt\"\n"
    )


def test_a_column_twice_or_a_row_of_another_length_writes_nothing(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path)
    monkeypatch.chdir(root)
    before = snapshot(root / "measures")
    write(root / "to.csv", "Navn;Alfa, helse;Alfa – kostnad;Alfa – kostnad;Beta – kostnad;"
          "Alfa – kommentar\nKari Nordmann;4;;2;5;\n")
    result = run("sheet", "import", "to.csv", "--mapping", "form.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "to.csv:1:3: error: kolonnen «Alfa – kostnad» står to ganger i filen"
    )
    write(root / "kort.csv", "Navn,\"Alfa, helse\",Alfa – kostnad,Beta – kostnad,"
          "Alfa – kommentar\nKari Nordmann,4,2\nOla Nordmann,4,2,5,\n")
    result = run("sheet", "import", "kort.csv", "--mapping", "form.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith("kort.csv:2:1: error: raden har 3 felt, men overskriften "
                                    "har 5")
    assert snapshot(root / "measures") == before


def test_export_refuses_while_a_measure_has_errors(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path)
    monkeypatch.chdir(root)
    write(root / "measures" / "beta" / "kari-runde-1.yaml",
          "vurdert_av: kari\nruned: 1\npoeng: {kostnad: 9}\n")
    result = run("sheet", "export", "--round", "1", "-o", "ark")
    assert result.exit_code == 1
    assert "Feil: 1 tiltaksfil har feil; rett den før skjemaene sendes ut" in result.stderr
    assert not (root / "ark").exists()


def test_export_never_writes_one_sheet_over_another(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path, roster=False)
    monkeypatch.chdir(root)
    result = run("sheet", "export", "--round", "1", "-o", "ark", "--rater", "Kari Nordmann",
                 "--rater", "kari nordmann")
    assert result.exit_code == 1
    assert "«kari nordmann» og «Kari Nordmann» får samme skjema" in result.stderr
    assert run("sheet", "export", "--round", "1", "-o", "ark", "--rater", "Kari").exit_code == 0
    first = (root / "ark" / "kari-runde-1.xlsx").read_bytes()
    again = run("sheet", "export", "--round", "1", "-o", "ark", "--rater", "Kari")
    assert again.exit_code == 1
    assert "ark/kari-runde-1.xlsx finnes allerede" in again.stderr
    assert (root / "ark" / "kari-runde-1.xlsx").read_bytes() == first
    forced = run("sheet", "export", "--round", "1", "-o", "ark", "--rater", "Kari", "--force")
    assert forced.exit_code == 0


def test_an_output_that_is_a_file_is_a_clear_refusal(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path)
    monkeypatch.chdir(root)
    write(root / "ark", "ikke en mappe\n")
    result = run("sheet", "export", "--round", "1", "-o", "ark")
    assert result.exit_code == 1
    assert result.stderr.startswith("Feil: kan ikke skrive ark: ")
    assert "Traceback" not in result.output


def test_a_folder_that_is_no_measures_is_left_alone(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = council(tmp_path)
    monkeypatch.chdir(root)
    write(root / "measures" / "arkiv" / "alfa-2024.yaml", "tittel: gammel\nbeskrivelse: b\n")
    write(root / "measures" / ".github" / "x.yml", "a: 1\n")
    assert run("validate").exit_code == 0
    write(root / "measures" / "arkiv" / "kari-runde-1.yaml", "vurdert_av: kari\npoeng: {}\n")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "measures/arkiv/kari-runde-1.yaml:1:1: error: det finnes ikke noe tiltak «arkiv»"
    )
