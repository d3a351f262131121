"""Participation: who has scored which measure in a round, as `status --participation`
shows it and as the report's section "Hvem har vurdert (…)"; whole outputs, width
pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from ho21score.render.participation import fits
from ho21score.render.table import Table

from conftest import Run, write

FULL = "poeng: {nytte: {helse: 4, penger: 4, tid: kort}, kostnad: 3}"


@pytest.fixture
def council(workdir: Path) -> Path:
    """Two measures that take ratings (beta in idé, alfa in analyse), one under revision,
    one stopped and one past BP2; ratings in rounds 1 and 2."""
    m = workdir / "measures"
    write(m / "alfa.yaml", f"""\
        tittel: Alfa
        beskrivelse: I analyse, vurdert i to runder.
        foreslått_av: Kari
        satsingsområder: [data]
        vurderinger:
          - {{vurdert_av: Kari, runde: 1, {FULL}}}
          - {{vurdert_av: Ola, runde: 1, poeng: {{kostnad: 4}}}}
          - {{vurdert_av: Kari, runde: 2, {FULL}}}
          - {{vurdert_av: Ola, runde: 2, poeng: {{nytte: {{helse: 3}}}}}}
        beslutninger:
          - {{bp: BP1, beslutning: videre, dato: 2026-01-10}}
        """)
    write(m / "beta.yaml", f"""\
        tittel: Beta
        beskrivelse: En idé.
        vurderinger:
          - {{vurdert_av: Ola, runde: 1, {FULL}}}
        """)
    write(m / "gamma.yaml", """\
        tittel: Gamma
        beskrivelse: Stoppet, men Per vurderte det.
        vurderinger:
          - {vurdert_av: Per, runde: 1, poeng: {kostnad: 2}}
        beslutninger:
          - {bp: BP1, beslutning: stopp, dato: 2026-01-10}
        """)
    write(m / "delta.yaml", """\
        tittel: Delta
        beskrivelse: I vurdering; poengene flytter det ikke lenger.
        foreslått_av: Ola
        satsingsområder: [klinikk]
        poeng: {nytte: {helse: 3, penger: 3, tid: medium}, kostnad: 3}
        beslutninger:
          - {bp: BP1, beslutning: videre, dato: 2026-01-10}
          - {bp: BP2, beslutning: videre, dato: 2026-02-10}
        """)
    write(m / "epsilon.yaml", """\
        tittel: Epsilon
        beskrivelse: Til revisjon, ingen vurderinger.
        beslutninger:
          - {bp: BP1, beslutning: revider, dato: 2026-01-10}
        """)
    return workdir


LATEST_NB = """\
Hvem har vurdert (hvert tiltaks siste runde)

Vurderer  1  2  3  Vurdert
--------  -  -  -  -------
Kari      –  –  ✓   1 av 3
Ola       ✓  –  ½   1 av 3
Per       –  –  –   0 av 3

✓ alle deler vurdert   ½ noen deler   – ingen ennå

Nr.  Id       Fase     Status        Vurdert av
---  -------  -------  ------------  ----------
  1  beta     Idé      aktiv             1 av 3
  2  epsilon  Idé      til revisjon      0 av 3
  3  alfa     Analyse  aktiv             1 av 3
"""

ROUND_1_EN = """\
Who has scored (round 1)

Rater  1  2  3  Scored
-----  -  -  -  ------
Kari   –  –  ✓  1 of 3
Ola    ✓  –  ½  1 of 3
Per    –  –  –  0 of 3

✓ every part scored   ½ some parts   – none yet

No.  Id       Phase     Status          Scored by
---  -------  --------  --------------  ---------
  1  beta     Idea      active             1 of 3
  2  epsilon  Idea      under revision     0 of 3
  3  alfa     Analysis  active             1 of 3
"""


def test_the_latest_round_by_default(council: Path, run: Run) -> None:
    # each measure's own latest round: alfa's 2 (Ola's rating there is partial), beta's 1;
    # gamma (stopped) and delta (past BP2) take no ratings, but Per, who rated gamma, is
    # still a rater
    result = run("status", "--participation")
    assert result.exit_code == 0, result.output
    assert result.stdout == LATEST_NB
    assert result.stderr == ""


def test_a_chosen_round_in_english(council: Path, run: Run) -> None:
    result = run("status", "--participation", "--round", "1", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == ROUND_1_EN


ROSTER_NB = """\
Hvem har vurdert (runde 3)

Vurderer       1  2  Vurdert
-------------  -  -  -------
Ola Nordmann   –  –   0 av 2
Kari Nordmann  –  –   0 av 2
Siri Dahl      –  –   0 av 2

✓ alle deler vurdert   ½ noen deler   – ingen ennå

Nr.  Id    Fase     Status  Vurdert av
---  ----  -------  ------  ----------
  1  beta  Idé      aktiv       0 av 3
  2  alfa  Analyse  aktiv       0 av 3
"""


@pytest.fixture
def rostered(workdir: Path) -> Path:
    """A roster in its own order; ratings name raters by key or by name."""
    write(workdir / "vurderere.yaml", """\
        vurderere:
          ola: {navn: Ola Nordmann}
          kari: {navn: Kari Nordmann, gruppe: Rådet}
          siri: {navn: Siri Dahl}
        """)
    m = workdir / "measures"
    write(m / "alfa.yaml", f"""\
        tittel: Alfa
        beskrivelse: I analyse.
        foreslått_av: Kari
        satsingsområder: [data]
        vurderinger:
          - {{vurdert_av: Kari Nordmann, runde: 1, {FULL}}}
          - {{vurdert_av: ola, runde: 1, poeng: {{nytte: {{helse: 2, tid: lang}}}}}}
        beslutninger:
          - {{bp: BP1, beslutning: videre, dato: 2026-01-10}}
        """)
    write(m / "beta.yaml", f"""\
        tittel: Beta
        beskrivelse: En idé.
        vurderinger:
          - {{vurdert_av: kari, runde: 1, {FULL}}}
        """)
    return workdir


def test_with_a_roster_everyone_on_it_in_its_order(rostered: Path, run: Run) -> None:
    result = run("status", "--participation")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:7] == [
        "Hvem har vurdert (hvert tiltaks siste runde)",
        "",
        "Vurderer       1  2  Vurdert",
        "-------------  -  -  -------",
        "Ola Nordmann   –  ½   0 av 2",
        "Kari Nordmann  ✓  ✓   2 av 2",
        "Siri Dahl      –  –   0 av 2",  # on the roster, has rated nothing
    ]
    # a round nobody has started yet: everyone on the roster, nothing scored
    later = run("status", "--participation", "--round", "3")
    assert later.stdout == ROSTER_NB


def test_nobody_has_rated_anything(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "alfa.yaml", "tittel: Alfa\nbeskrivelse: Ny idé.\n")
    result = run("status", "--participation")
    assert result.exit_code == 0
    assert result.stdout == (
        "Hvem har vurdert (hvert tiltaks siste runde)\n"
        "\n"
        "Ingen har vurdert noe ennå, og det er ingen vurdererliste (vurderere.yaml).\n"
    )


def test_no_measure_takes_ratings(council: Path, run: Run) -> None:
    for name in ("alfa", "beta", "epsilon"):
        (council / "measures" / f"{name}.yaml").unlink()
    result = run("status", "--participation", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == (
        "Who has scored (each measure's latest round)\n"
        "\n"
        "No measure takes ratings now: there is none in idea or analysis that is not "
        "stopped.\n"
    )


def test_round_without_participation_is_a_usage_error(council: Path, run: Run) -> None:
    result = run("status", "--round", "2")
    assert result.exit_code == 2
    assert result.stderr == "Feil: --round gjelder bare sammen med --participation\n"
    assert run("status", "--participation", "--round", "0").exit_code == 2


def test_a_file_with_errors_is_listed_and_exits_1(council: Path, run: Run) -> None:
    write(council / "measures" / "zeta.yaml", "tittel: [\n")
    result = run("status", "--participation")
    assert result.exit_code == 1
    assert result.stdout == LATEST_NB + (
        "\n"
        "1 fil med feil er ikke med før den er rettet:\n"
        "  measures/zeta.yaml:2: YAML-syntaksfeil: her mangler en verdi\n"
    )


REPORT_SECTION = """\
## Hvem har vurdert (hvert tiltaks siste runde)

| Vurderer | 1 | 2 | Vurdert |
|---|---|---|---:|
| Ola Nordmann | – | ½ | 0 av 2 |
| Kari Nordmann | ✓ | ✓ | 2 av 2 |
| Siri Dahl | – | – | 0 av 2 |

✓ alle deler vurdert   ½ noen deler   – ingen ennå

| Nr. | Id | Fase | Status | Vurdert av |
|---:|---|---|---|---:|
| 1 | `beta` | Idé | aktiv | 1 av 3 |
| 2 | `alfa` | Analyse | aktiv | 1 av 3 |

"""


def test_the_report_has_the_same_as_a_table(rostered: Path, run: Run) -> None:
    result = run("report", "--date", "2026-11-22")
    assert result.exit_code == 0, result.output
    text = result.stdout
    start = text.index("## Hvem har vurdert")
    assert text[start:text.index("## Hva som mangler")] == REPORT_SECTION
    assert text.index("## Til diskusjon") < start
    assert run("report", "--date", "2026-11-22").stdout == text  # the same bytes


def test_the_report_escapes_names_and_leaves_the_section_out_without_ratings(
    workdir: Path, run: Run
) -> None:
    m = workdir / "measures"
    write(m / "alfa.yaml", "tittel: Alfa\nbeskrivelse: Ny idé.\n")
    assert "Hvem har vurdert" not in run("report", "--date", "2026-11-22").stdout
    write(m / "beta.yaml", f"""\
        tittel: Beta
        beskrivelse: En idé.
        vurderinger:
          - {{vurdert_av: "Eve | <i>", {FULL}}}
        """)
    text = run("report", "--date", "2026-11-22", "--lang", "en").stdout
    assert "## Who has scored (each measure's latest round)\n" in text
    assert "| Eve \\| &lt;i&gt; | – | ✓ | 1 of 2 |\n" in text


def test_a_matrix_too_wide_for_the_terminal_is_not_squeezed() -> None:
    # rich needs each column's width plus 3; plain text is used when that is too much
    table = Table(["Vurderer", "1", "2", "Vurdert"], [["Kari", "✓", "–", "1 av 2"]])
    assert fits(table, 8 + 1 + 1 + 7 + 4 * 3)
    assert not fits(table, 8 + 1 + 1 + 7 + 4 * 3 - 1)
