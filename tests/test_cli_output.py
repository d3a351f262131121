"""What a user sees: whole outputs of rank, show and status, width pinned."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ho21score.cli.app import COMMANDS

from conftest import Run, write


@pytest.fixture
def council(workdir: Path) -> Path:
    m = workdir / "measures"
    write(m / "alfa.yaml", """\
        tittel: Alfa | med <b>strek</b> og *stjerne*
        beskrivelse: Først.
        foreslått_av: Kari
        satsingsområder: [data]
        vurderinger:
          - {vurdert_av: Kari, poeng: {nytte: {helse: 5, penger: 4, tid: kort}, kostnad: 4},
             kommentar: Klart best.}
          - {vurdert_av: Ola, poeng: {nytte: {helse: 2, penger: 4, tid: kort}, kostnad: 4}}
        beslutninger:
          - {bp: BP1, beslutning: videre, dato: 2026-01-10, av: HO21-rådet,
             begrunnelse: Godt beskrevet.}
        """)
    write(m / "beta.yaml", """\
        tittel: Beta
        beskrivelse: Andre.
        poeng: {nytte: {helse: 3, penger: 3, tid: medium}, kostnad: 3}
        beslutninger:
          - {bp: BP1, beslutning: vent, dato: 2026-01-10}
        """)
    write(m / "gamma.yaml", """\
        tittel: Gamma
        beskrivelse: Stoppet.
        poeng: {nytte: {helse: 5, penger: 5, tid: kort}, kostnad: 5}
        beslutninger:
          - {bp: BP1, beslutning: stopp, dato: 2026-01-10}
        """)
    write(m / "delta.yaml", "tittel: Delta\nbeskrivelse: Ufullstendig.\npoeng: {kostnad: 2}\n")
    return workdir


RANK_NB = """\
Rangering av tiltak (total 0–100)

Rang  Id    Tittel                                Fase     Status   Total  Nytte  Kostnad  Merknader
----  ----  ------------------------------------  -------  -------  -----  -----  -------  ---------------------
   1  alfa  Alfa | med <b>strek</b> og *stjerne*  Analyse  aktiv     75,0   4,00     4,00  uenighet: nytte.helse
   2  beta  Beta                                  Idé      på vent   50,0   3,00     3,00

Ikke rangert, fordi poeng mangler:
  delta (Delta): mangler nytte.helse, nytte.penger, nytte.tid

1 stoppet tiltak er utelatt (bruk --all for å ta det med).
"""  # noqa: E501

RANK_EN_ALL = """\
Ranking of measures (total 0–100)

Rank  Id     Title                                 Phase     Status   Total  Nytte  Kostnad  Flags
----  -----  ------------------------------------  --------  -------  -----  -----  -------  -------------------------
   1  gamma  Gamma                                 Idea      stopped  100.0   5.00     5.00
   2  alfa   Alfa | med <b>strek</b> og *stjerne*  Analysis  active    75.0   4.00     4.00  disagreement: nytte.helse
   3  beta   Beta                                  Idea      on hold   50.0   3.00     3.00

Not ranked, because scores are missing:
  delta (Delta): missing nytte.helse, nytte.penger, nytte.tid
"""  # noqa: E501


def test_rank_table(council: Path, run: Run) -> None:
    result = run("rank")
    assert result.exit_code == 0
    assert result.stdout == RANK_NB
    assert run("rank", "--all", "--lang", "en").stdout == RANK_EN_ALL


def test_rank_markdown_escapes_file_text(council: Path, run: Run) -> None:
    out = run("rank", "--format", "markdown").stdout
    assert out.splitlines()[:4] == [
        "| Rang | Id | Tittel | Fase | Status | Total | Nytte | Kostnad | Merknader |",
        "|---:|---|---|---|---|---:|---:|---:|---|",
        "| 1 | alfa | Alfa \\| med &lt;b&gt;strek&lt;/b&gt; og \\*stjerne\\* | Analyse | aktiv "
        "| 75,0 | 4,00 | 4,00 | uenighet: nytte.helse |",
        "| 2 | beta | Beta | Idé | på vent | 50,0 | 3,00 | 3,00 |  |",
    ]


def test_rank_json_contract(council: Path, run: Run) -> None:
    doc = json.loads(run("rank", "--format", "json", "--lang", "en").stdout)
    assert doc["ranked"][0] == {
        "rank": 1, "id": "alfa", "title": "Alfa | med <b>strek</b> og *stjerne*",
        "phase": "analyse", "status": "aktiv", "total": 75.0,
        "criteria": {"nytte": 4.0, "kostnad": 4.0},
        "parts": {"nytte.helse": 3.5, "nytte.penger": 4.0, "nytte.tid": 5.0, "kostnad": 4.0},
        "disagreement": ["nytte.helse"], "few_raters": [],
    }
    assert doc["ranked"][1]["status"] == "på vent"  # file vocabulary whatever --lang says
    assert [m["id"] for m in doc["unranked"]] == ["delta"]
    assert doc["unranked"][0]["missing"] == ["nytte.helse", "nytte.penger", "nytte.tid"]


def test_rank_csv_for_norwegian_and_english_spreadsheets(council: Path, run: Run) -> None:
    nb = run("rank", "--format", "csv").stdout_bytes.decode("utf-8")
    assert nb.startswith("\ufeffRang;Id;Tittel;Fase;Status;Total;Nytte;Kostnad\r\n")
    rows = list(csv.reader(io.StringIO(nb.removeprefix("\ufeff")), delimiter=";"))
    assert rows[1] == ["1", "alfa", "Alfa | med <b>strek</b> og *stjerne*", "analyse", "aktiv",
                       "75,00", "4,00", "4,00"]
    en = run("rank", "--format", "csv", "--lang", "en").stdout
    assert en.splitlines()[:2] == [
        "Rank,Id,Title,Phase,Status,Total,Nytte,Kostnad",
        "1,alfa,Alfa | med <b>strek</b> og *stjerne*,analyse,aktiv,75.00,4.00,4.00",
    ]


def test_rank_phase_filter_ranks_within_the_selection(council: Path, run: Run) -> None:
    doc = json.loads(run("rank", "--format", "json", "--phase", "idé").stdout)
    assert [(m["rank"], m["id"]) for m in doc["ranked"]] == [(1, "beta")]
    doc = json.loads(run("rank", "-f", "json", "--phase", "idé", "--phase", "analyse").stdout)
    assert [(m["rank"], m["id"]) for m in doc["ranked"]] == [(1, "alfa"), (2, "beta")]


def test_rank_with_a_broken_file_ranks_the_rest_and_exits_1(council: Path, run: Run) -> None:
    write(council / "measures" / "ødelagt.yaml", "tittel: [\n")
    result = run("rank", "--format", "json")
    assert result.exit_code == 1
    assert [m["id"] for m in json.loads(result.stdout)["ranked"]] == ["alfa", "beta"]
    assert "measures/ødelagt.yaml:1:1: error: ugyldig filnavn" in result.stderr
    # listed, never silently dropped: in JSON, in the table, in the board and the report
    assert json.loads(result.stdout)["broken"] == [
        {"id": "ødelagt", "path": "measures/ødelagt.yaml", "errors": [
            {"path": "measures/ødelagt.yaml", "line": 1, "col": 1, "code": "file.bad_name",
             "message": (
                "ugyldig filnavn «ødelagt.yaml»: id-en (navnet uten .yaml) kan bare ha små "
                "bokstaver a–z, sifre og bindestreker")},
            {"path": "measures/ødelagt.yaml", "line": 2, "col": 1, "code": "yaml.syntax",
             "message": "YAML-syntaksfeil: her mangler en verdi"},
        ]},
    ]
    listed = (
        "1 fil med feil er ikke med før den er rettet:\n"
        "  measures/ødelagt.yaml:1: ugyldig filnavn «ødelagt.yaml»: id-en (navnet uten .yaml) "
        "kan bare ha små bokstaver a–z, sifre og bindestreker\n"
        "  measures/ødelagt.yaml:2: YAML-syntaksfeil: her mangler en verdi\n"
    )
    assert run("rank").stdout.endswith("\n" + listed)
    assert run("status").stdout.endswith("\n" + listed)
    report = run("report", "--date", "2026-11-22").stdout
    assert "\n## Filer med feil\n\n1 tiltaksfil har feil og er ikke med i rapporten" in report
    assert "- measures/ødelagt.yaml:2: YAML-syntaksfeil: her mangler en verdi" in report


SHOW_ALFA = """\
Alfa | med <b>strek</b> og *stjerne* (alfa)

Fase:            Analyse
Status:          aktiv
Total:           75,0
Rang:            1 av 2
Foreslått av:    Kari
Tiltakseier:     –
Satsingsområder: Helsedata
Formidling:      –
Indikatorer:     –
Fil:             measures/alfa.yaml

Poeng

Kriterium / del  Verdi  Grunnlag              Kari   Ola   IQR
---------------  -----  --------------------  ----  ----  ----  --------
Nytte             4,00
  Helse           3,50  median av 2, runde 1     5     2  1,50  uenighet
  Penger          4,00  median av 2, runde 1     4     4  0,00
  Tid             5,00  median av 2, runde 1  kort  kort  0,00
Kostnad           4,00  median av 2, runde 1     4     4  0,00

Vurderinger

Runde  Vurderer  Dato  Står i
-----  --------  ----  --------------------
    1  Kari      –     measures/alfa.yaml:6
    1  Ola       –     measures/alfa.yaml:8

Kommentarer
  Runde 1, Kari: Klart best.

Beslutninger
  2026-01-10  BP1  videre   Idé → Analyse (HO21-rådet): Godt beskrevet.

Neste beslutningspunkt BP2: kravet for «videre» er oppfylt.
"""


def test_show(council: Path, run: Run) -> None:
    result = run("show", "alfa")
    assert result.exit_code == 0
    assert result.stdout == SHOW_ALFA


def test_show_what_the_next_gate_needs(council: Path, run: Run) -> None:
    out = run("show", "delta", "--lang", "en").stdout
    assert out.endswith(
        "Next decision point BP1: 'videre' still needs\n"
        "  - who proposed it (foreslått_av)\n"
        "  - at least one focus area (satsingsområder)\n"
    )
    assert "\nTotal:         incomplete\n" in out


def test_show_unknown_id_suggests(council: Path, run: Run) -> None:
    result = run("show", "alfx")
    assert result.exit_code == 1
    assert result.stderr == "Feil: finner ikke tiltaket «alfx» (mente du «alfa»?)\n"


STATUS = """\
Status tiltak i HO21 pr 22.11.2026

Idé (3)  Analyse (1)      Vurdering (0)  Gjennomføring (0)  Oppfølging (0)
-------  ---------------  -------------  -----------------  --------------
⏸ Beta   • Alfa | med
         <b>strek</b> og
         *stjerne*
• Delta
✖ Gamma

↻ til revisjon   ⏸ på vent   ✖ stoppet
"""


def test_status_board(council: Path, run: Run) -> None:
    result = run("status", "--date", "2026-11-22")
    assert result.exit_code == 0
    assert result.stdout == STATUS
    en = run("status", "--date", "2026-11-22", "--lang", "en").stdout
    assert en.startswith("Status of HO21 measures as of 2026-11-22\n\nIdea (3)")


GROUPS = {"sheet": ["export", "import"]}  # commands of commands


@pytest.mark.parametrize(
    "command",
    [[c] for c in COMMANDS if c not in GROUPS] + [[g, s] for g in GROUPS for s in GROUPS[g]],
    ids=" ".join,
)
def test_every_command_has_help(run: Run, command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "--criteria" in result.stdout and "--lang" in result.stdout
    if command != ["schema"]:
        assert "--measures" in result.stdout


def test_a_group_lists_its_commands(run: Run) -> None:
    result = run("sheet", "--help")
    assert result.exit_code == 0
    assert "export" in result.stdout and "import" in result.stdout


def test_python_dash_m_runs_the_tool_without_a_traceback(council: Path) -> None:
    import subprocess
    import sys

    (council / "measures" / "ødelagt.yaml").write_bytes(b"tittel: [\n")
    result = subprocess.run([sys.executable, "-m", "ho21score", "validate"], cwd=council,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "measures/ødelagt.yaml:1:1: error: ugyldig filnavn" in result.stdout
    usage = subprocess.run([sys.executable, "-m", "ho21score", "rank", "--top", "0"],
                           cwd=council, capture_output=True, text=True, check=False)
    assert usage.returncode == 2
