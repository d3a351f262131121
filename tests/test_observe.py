"""`ho21score observe` (issue 12): one small file per indicator and period, written under
the edit lock and never over another unless asked; bad input (a value in the wrong unit,
a period before the baseline, a duplicate period, a target before the baseline) gets a
located problem and writes nothing, byte for byte; two people on two git branches record
observations of different indicators and merge cleanly. Real files in tmp_path, real git,
the real CLI; whole files and outputs compared."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SMALL_CRITERIA, Run, write

MEASURE = """\
tittel: A
beskrivelse: b
indikatorer:
  - navn: Andel med brukermedvirkning
    nøkkel: andel
    enhet: prosent
    utgangspunkt: {verdi: 18, periode: 2023}
    mål: [{verdi: 40, periode: 2027}]
  - navn: Antall studier
    enhet: antall
  - navn: Nasjonal mal
    enhet: tekst
  - navn: Gammel form
    kilde: https://example.org/x
"""
URL = "https://www.helseomsorg21monitor.no/figur/235"


def files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (the lock file aside), with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".ho21score.lock"
    }


@pytest.fixture
def measure(workdir: Path) -> Path:
    return write(workdir / "measures" / "m.yaml", MEASURE)


def test_observe_writes_one_small_file_for_the_indicator_and_period(
    measure: Path, run: Run, workdir: Path
) -> None:
    result = run("observe", "m", "andel", "24,5", "--period", "2024", "--date", "2026-11-20",
                 "--source", URL, "--note", "Eksempel: ikke fra monitoren")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrert: andel for 2024 = 24,5 i measures/m/observasjoner/andel-2024.yaml\n"
    )
    assert result.stderr == ""
    assert (workdir / "measures/m/observasjoner/andel-2024.yaml").read_text() == (
        "indikator: andel\n"
        "periode: 2024\n"
        "verdi: 24.5\n"
        "dato: 2026-11-20\n"
        f'kilde: "{URL}"\n'
        'merknad: "Eksempel: ikke fra monitoren"\n'
    )
    assert measure.read_text() == MEASURE  # the measure file is never touched
    # a qualitative indicator takes a text and the status set by hand; a half year is a period
    result = run("observe", "m", "nasjonal", "Tatt i bruk i to RHF-er", "--status", "gul",
                 "--period", "2025-H2", "--date", "2026-11-20", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Recorded: nasjonal-mal for 2025-H2 = Tatt i bruk i to RHF-er in "
        "measures/m/observasjoner/nasjonal-mal-2025-H2.yaml\n"
    )
    assert (workdir / "measures/m/observasjoner/nasjonal-mal-2025-H2.yaml").read_text() == (
        "indikator: nasjonal-mal\nperiode: 2025-H2\nverdi: Tatt i bruk i to RHF-er\n"
        "status: gul\ndato: 2026-11-20\n"
    )
    assert run("validate").exit_code == 0


def test_the_indicator_is_named_by_its_key_or_a_unique_start(measure: Path, run: Run) -> None:
    done = run("observe", "m", "ant", "12", "--period", "2025", "--date", "2026-11-20")
    assert done.exit_code == 0, done.output
    assert "antall-studier for 2025 = 12" in done.stdout
    ambiguous = run("observe", "m", "an", "12", "--period", "2026", "--date", "2026-11-20")
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr == (
        "Feil: «an» kan være flere indikatorer: «andel» eller «antall-studier»\n"
    )
    unknown = run("observe", "m", "andle", "12", "--period", "2026", "--date", "2026-11-20")
    assert unknown.exit_code == 1
    assert unknown.stderr == (
        "Feil: tiltaket har ingen indikator «andle» (mente du «andel»?); indikatorene er: "
        "andel, antall-studier, nasjonal-mal, gammel-form\n"
    )


BAD = [
    pytest.param(
        ["andel", "mye", "--period", "2025"],
        "Feil: measures/m/observasjoner/andel-2025.yaml er ikke endret: resultatet ville hatt "
        "disse problemene:\nmeasures/m/observasjoner/andel-2025.yaml:3:8: error: «mye» er ikke "
        "et tall; indikatoren har enhet prosent [observation.not_number]\n",
        id="text-for-a-number",
    ),
    pytest.param(
        ["andel", "120", "--period", "2025"],
        "Feil: measures/m/observasjoner/andel-2025.yaml er ikke endret: resultatet ville hatt "
        "disse problemene:\nmeasures/m/observasjoner/andel-2025.yaml:3:8: error: 120 er ingen "
        "prosent; en prosent ligger fra og med 0 til og med 100 [indicator.percent_range]\n",
        id="percent-above-100",
    ),
    pytest.param(
        ["--period", "2025", "--", "antall", "-3"],
        "Feil: measures/m/observasjoner/antall-studier-2025.yaml er ikke endret: resultatet "
        "ville hatt disse problemene:\nmeasures/m/observasjoner/antall-studier-2025.yaml:3:8: "
        "error: -3 er under 0; et tall i enheten antall er 0 eller mer [indicator.negative]\n",
        id="negative-count",
    ),
    pytest.param(
        ["nasjonal", "Godt i gang", "--period", "2025"],
        "Feil: measures/m/observasjoner/nasjonal-mal-2025.yaml er ikke endret: resultatet "
        "ville hatt disse problemene:\nmeasures/m/observasjoner/nasjonal-mal-2025.yaml:1:12: "
        "error: indikatoren «nasjonal-mal» har enhet tekst: observasjonen trenger «status: "
        "grønn», «gul» eller «rød» [observation.need_status]\n",
        id="text-without-status",
    ),
    pytest.param(
        ["andel", "20", "--period", "2022"],
        "Feil: measures/m/observasjoner/andel-2022.yaml er ikke endret: resultatet ville hatt "
        "disse problemene:\nmeasures/m/observasjoner/andel-2022.yaml:2:10: error: perioden "
        "2022 ligger før utgangspunktet (2023) [observation.before_baseline]\n",
        id="before-the-baseline",
    ),
    pytest.param(
        ["andel", "30", "--period", "2024"],
        "Feil: measures/m/observasjoner/andel-2024.yaml finnes allerede (verdi 24); --replace "
        "endrer den\n",
        id="the-same-period",
    ),
    pytest.param(
        ["andel", "30", "--period", "2024-Q2"],
        "Feil: measures/m/observasjoner/andel-2024-Q2.yaml er ikke endret: resultatet ville "
        "hatt disse problemene:\nmeasures/m/observasjoner/andel-2024-Q2.yaml:2:10: error: "
        "«andel» har allerede en observasjon for 2024 (measures/m/observasjoner/andel-2024.yaml); "
        "2024-Q2 er den samme perioden eller overlapper den (--replace endrer en observasjon) "
        "[observation.duplicate]\n",
        id="an-overlapping-period",
    ),
    pytest.param(
        ["gammel", "3", "--period", "2025"],
        "Feil: indikatoren «gammel-form» har ingen enhet; gi den «enhet:» i tiltaksfilen før "
        "noe observeres\n",
        id="an-indicator-without-unit",
    ),
]


@pytest.mark.parametrize(("words", "stderr"), BAD)
def test_bad_input_gets_a_located_problem_and_nothing_is_written(
    measure: Path, run: Run, workdir: Path, words: list[str], stderr: str
) -> None:
    first = run("observe", "m", "andel", "24", "--period", "2024", "--date", "2026-11-20")
    assert first.exit_code == 0, first.output
    before = files(workdir)
    result = run("observe", "m", "--date", "2026-11-20", *words)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", stderr)
    assert files(workdir) == before


def test_a_target_before_the_baseline_is_a_located_problem_and_observe_writes_nothing(
    workdir: Path, run: Run
) -> None:
    write(workdir / "measures" / "m.yaml", MEASURE.replace("periode: 2027", "periode: 2022"))
    before = files(workdir)
    result = run("observe", "m", "andel", "24", "--period", "2024", "--date", "2026-11-20")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Feil: measures/m.yaml har problemer og blir ikke endret før de er rettet:\n"
        "measures/m.yaml:8:32: error: målet for 2022 ligger ikke etter utgangspunktet (2023); "
        "et mål må ha en senere periode [indicator.target_before_baseline]\n"
    )
    assert files(workdir) == before


def test_usage_errors_exit_2_and_write_nothing(measure: Path, run: Run, workdir: Path) -> None:
    before = files(workdir)
    for words in (["--period", "2025-7"], ["--period", "2025", "--status", "blå"]):
        result = run("observe", "m", "andel", "20", *words)
        assert result.exit_code == 2, result.output
    assert files(workdir) == before


def test_replace_changes_the_value_and_says_old_and_new(
    measure: Path, run: Run, workdir: Path
) -> None:
    assert run("observe", "m", "andel", "24", "--period", "2024",
               "--date", "2026-11-20").exit_code == 0
    result = run("observe", "m", "andel", "25.5", "--period", "2024", "--date", "2026-11-21",
                 "--replace")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Endret: andel for 2024 i measures/m/observasjoner/andel-2024.yaml\n"
        "  verdi: 24 → 25,5\n"
    )
    assert (workdir / "measures/m/observasjoner/andel-2024.yaml").read_text() == (
        "indikator: andel\nperiode: 2024\nverdi: 25.5\ndato: 2026-11-21\n"
    )


def test_a_stopped_measure_is_not_followed_up(workdir: Path, run: Run) -> None:
    stopped = MEASURE + "beslutninger:\n  - {bp: BP1, beslutning: stopp, dato: 2026-01-05}\n"
    write(workdir / "measures" / "m.yaml", stopped)
    before = files(workdir)
    result = run("observe", "m", "andel", "24", "--period", "2024", "--date", "2026-11-20")
    assert (result.exit_code, result.stderr) == (
        1, "Feil: tiltaket m er stoppet; det følges ikke opp lenger\n"
    )
    assert files(workdir) == before


def test_validate_checks_observation_files_written_by_hand(
    measure: Path, run: Run, workdir: Path
) -> None:
    folder = workdir / "measures" / "m" / "observasjoner"
    write(folder / "andel-2025.yaml", "indikator: andel\nperiode: 2025\nverdi: 31\n")
    write(folder / "andel-2025-H1.yaml", "indikator: andel\nperiode: 2025-H1\nverdi: 30\n")
    write(folder / "andel-2026.yaml", "indikator: andle\nperiode: 2026\nverdi: 30\n")
    write(folder / "antall-2026.yaml", "indikator: antall-studier\nperiode: 2026\nverdi: 3\n")
    write(folder / "nasjonal-mal-2026.yaml",
          "indikator: nasjonal-mal\nperiode: 2026\nverdi: 3\nstatus: blå\n")
    write(workdir / "measures" / "borte" / "observasjoner" / "x-2025.yaml",
          "indikator: x\nperiode: 2025\nverdi: 1\n")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "measures/borte/observasjoner/x-2025.yaml:1:1: error: ingen tiltaksfil "
        "measures/borte.yaml for denne observasjonen [observation.no_measure]\n"
        "measures/m/observasjoner/andel-2025-H1.yaml:2:10: error: «andel» har allerede en "
        "observasjon for 2025 (measures/m/observasjoner/andel-2025.yaml); 2025-H1 er den "
        "samme perioden eller overlapper den (--replace endrer en observasjon) "
        "[observation.duplicate]\n"
        "measures/m/observasjoner/andel-2026.yaml:1:12: error: tiltaket har ingen indikator "
        "«andle» (mente du «andel»?); indikatorene er: andel, antall-studier, nasjonal-mal, "
        "gammel-form [observation.unknown_indicator]\n"
        "measures/m/observasjoner/antall-2026.yaml:1:12: error: filnavnet stemmer ikke med "
        "indikatoren og perioden i filen; den skal hete "
        "measures/m/observasjoner/antall-studier-2026.yaml [observation.file_name_mismatch]\n"
        "measures/m/observasjoner/nasjonal-mal-2026.yaml:4:9: error: «status»: «blå» er ikke "
        "tillatt; bruk grønn, gul eller rød [field.not_allowed]\n"
    )


# --- git -----------------------------------------------------------------------------------


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent),
           "XDG_CONFIG_HOME": str(repo.parent)}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_two_people_observe_different_indicators_on_two_branches_and_merge_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "council"
    write(repo / "criteria.yaml", SMALL_CRITERIA)
    write(repo / "measures" / "m.yaml", MEASURE)
    git(repo, "-c", "init.defaultBranch=main", "init", "-q")
    git(repo, "config", "user.name", "Sekretariatet")
    git(repo, "config", "user.email", "sek@ho21.invalid")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Tiltakene")
    monkeypatch.chdir(repo)
    for branch, words in (("kari", ["andel", "24"]), ("ola", ["antall", "12"])):
        git(repo, "switch", "-q", "-c", branch, "main")
        result = run("observe", "m", *words, "--period", "2025", "--date", "2026-11-20")
        assert result.exit_code == 0, result.output
        git(repo, "add", "measures")
        git(repo, "commit", "-q", "-m", f"Observasjon fra {branch}")
    git(repo, "switch", "-q", "kari")
    merged = git(repo, "merge", "--no-edit", "ola", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert sorted(p.name for p in (repo / "measures/m/observasjoner").iterdir()) == [
        "andel-2025.yaml", "antall-studier-2025.yaml"
    ]
    assert git(repo, "status", "--porcelain").stdout == ""
    assert run("validate").exit_code == 0


@pytest.mark.parametrize("how", ["period 9999", "foreldet_etter 999999999999"])
def test_a_period_or_limit_beyond_the_calendar_is_current_not_a_crash(
    shipped: Path, run: Run, how: str
) -> None:
    """An observation of 9999, or a staleness limit of a billion months, stays current
    forever: the board, show and both reports work (found in review: exit 3)."""
    if how == "period 9999":
        result = run(
            "observe", "kommunalt-forskningsloft", "doktorgrader", "60", "--period", "9999"
        )
        assert result.exit_code == 0, result.output
    else:
        path = shipped / "measures" / "kommunalt-forskningsloft.yaml"
        text = path.read_text(encoding="utf-8")
        marker = "    nøkkel: doktorgrader\n"
        assert marker in text
        path.write_text(text.replace(marker, marker + "    foreldet_etter: 999999999999\n"))
    for args in (["status"], ["show", "kommunalt"], ["report", "--format", "html"]):
        result = run(*args, "--no-robustness") if args[0] == "report" else run(*args)
        assert result.exit_code == 0, (args, result.output)


def test_replace_changes_the_value_and_keeps_the_rest_of_the_file(shipped: Path, run: Run) -> None:
    path = shipped / "measures/kommunalt-forskningsloft/observasjoner/doktorgrader-2025.yaml"
    before = path.read_text(encoding="utf-8")
    result = run("observe", "kommunalt", "doktorgrader", "53", "--period", "2025", "--replace")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == before.replace("verdi: 52\n", "verdi: 53\n")
