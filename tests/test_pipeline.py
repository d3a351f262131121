"""Phase and status come from the decision log; bad decisions are located at the decision."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run, write

READY = """\
tittel: Klar
beskrivelse: Oppfyller alle krav.
foreslått_av: Kari
satsingsområder: [data]
tiltakseier: HOD
formidling: Plan
indikatorer: [{navn: Antall}]
poeng: {nytte: {helse: 3, penger: 3, tid: medium}, kostnad: 3}
"""


def state(run: Run, ident: str) -> tuple[str, str]:
    doc = json.loads(run("rank", "--format", "json", "--all").stdout)
    m = next(m for m in doc["ranked"] + doc["unranked"] if m["id"] == ident)
    return m["phase"], m["status"]


def decisions(*rows: str) -> str:
    return "beslutninger:\n" + "".join(f"  - {row}\n" for row in rows)


def test_phases_and_statuses(workdir: Path, run: Run) -> None:
    m = workdir / "measures"
    write(m / "ny.yaml", READY)
    write(m / "analyse.yaml", READY + decisions("{bp: BP1, beslutning: videre, dato: 2026-01-01}"))
    write(m / "revider.yaml", READY + decisions(
        "{bp: BP1, beslutning: videre, dato: 2026-01-01}",
        "{bp: BP2, beslutning: revider, dato: 2026-02-01}"))
    write(m / "vent.yaml", READY + decisions("{bp: BP1, beslutning: vent, dato: 2026-01-01}"))
    write(m / "stopp.yaml", READY + decisions("{bp: BP1, beslutning: stopp, dato: 2026-01-01}"))
    write(m / "gjenopptatt.yaml", READY + decisions(
        "{bp: BP1, beslutning: vent, dato: 2026-01-01}",
        "{bp: BP1, beslutning: videre, dato: 2026-01-01}"))
    write(m / "ferdig.yaml", READY + decisions(
        "{bp: BP1, beslutning: videre, dato: 2026-01-01}",
        "{bp: BP2, beslutning: videre, dato: 2026-02-01}",
        "{bp: BP3, beslutning: videre, dato: 2026-03-01}",
        "{bp: BP4, beslutning: videre, dato: 2026-04-01}"))
    assert run("validate").exit_code == 0
    assert state(run, "ny") == ("idé", "aktiv")
    assert state(run, "analyse") == ("analyse", "aktiv")
    assert state(run, "revider") == ("analyse", "til revisjon")
    assert state(run, "vent") == ("idé", "på vent")
    assert state(run, "stopp") == ("idé", "stoppet")
    assert state(run, "gjenopptatt") == ("analyse", "aktiv")
    assert state(run, "ferdig") == ("oppfølging", "aktiv")


def test_bad_decisions_are_located_at_the_decision(workdir: Path, run: Run) -> None:
    m = workdir / "measures"
    wrong_gate = decisions("{bp: BP2, beslutning: videre, dato: 2026-01-01}")
    write(m / "feil-port.yaml", READY + wrong_gate)
    write(m / "baklengs.yaml", READY + decisions(
        "{bp: BP1, beslutning: revider, dato: 2026-03-01}",
        "{bp: BP1, beslutning: videre, dato: 2026-02-01}"))
    write(m / "etter-stopp.yaml", READY + decisions(
        "{bp: BP1, beslutning: stopp, dato: 2026-01-01}",
        "{bp: BP1, beslutning: videre, dato: 2026-02-01}"))
    write(m / "siste-fase.yaml", READY + decisions(
        "{bp: BP1, beslutning: videre, dato: 2026-01-01}",
        "{bp: BP2, beslutning: videre, dato: 2026-02-01}",
        "{bp: BP3, beslutning: videre, dato: 2026-03-01}",
        "{bp: BP4, beslutning: videre, dato: 2026-04-01}",
        "{bp: BP4, beslutning: vent, dato: 2026-05-01}"))
    write(m / "krav.yaml", "tittel: Uten krav\nbeskrivelse: b\n" + decisions(
        "{bp: BP1, beslutning: videre, dato: 2026-01-01}",
        "{bp: BP2, beslutning: videre, dato: 2026-02-01}",
        "{bp: BP3, beslutning: videre, dato: 2026-03-01}",
        "{bp: BP4, beslutning: videre, dato: 2026-04-01}"))
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "measures/baklengs.yaml:11:5: error: beslutningen er datert 2026-02-01, før den forrige "
        "(2026-03-01); loggen står eldste først [decision.out_of_order]",
        "measures/etter-stopp.yaml:11:5: error: tiltaket er stoppet; ingen beslutning kan følge "
        "etter «stopp» [decision.after_stop]",
        "measures/feil-port.yaml:10:5: error: feil beslutningspunkt BP2: tiltaket er i fasen idé, "
        "der beslutningspunktet er BP1 [decision.wrong_gate]",
        "measures/krav.yaml:4:5: warning: «videre» ved BP1 ble registrert, men kravet er ikke "
        "lenger oppfylt (er kriteriene eller filen endret siden?); mangler hvem som foreslo det "
        "(foreslått_av); minst ett satsingsområde (satsingsområder) [decision.gate_no_longer_met]",
        "measures/krav.yaml:5:5: warning: «videre» ved BP2 ble registrert, men kravet er ikke "
        "lenger oppfylt (er kriteriene eller filen endret siden?); mangler poeng for "
        "nytte.helse, nytte.penger, nytte.tid, kostnad [decision.gate_no_longer_met]",
        "measures/krav.yaml:6:5: warning: «videre» ved BP3 ble registrert, men kravet er ikke "
        "lenger oppfylt (er kriteriene eller filen endret siden?); mangler en tiltakseier "
        "(tiltakseier); en plan for overlevering og formidling (formidling) "
        "[decision.gate_no_longer_met]",
        "measures/krav.yaml:7:5: warning: «videre» ved BP4 ble registrert, men kravet er ikke "
        "lenger oppfylt (er kriteriene eller filen endret siden?); mangler minst én indikator "
        "(indikatorer) [decision.gate_no_longer_met]",
        "measures/siste-fase.yaml:14:5: error: tiltaket er i oppfølging, siste fase; det er ikke "
        "flere beslutningspunkter [decision.last_phase]",
    ]
