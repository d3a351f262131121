"""Rater identity: one person spelled two ways is flagged without a roster, and is one
voice with one (vurderere.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run, write

PARTS = "nytte: {{helse: {v}, penger: {v}, tid: medium}}, kostnad: {v}"


def rating(name: str, value: int, round_: int = 1) -> str:
    return (
        f"  - {{vurdert_av: {name}, runde: {round_}, poeng: {{{PARTS.format(v=value)}}}}}\n"
    )


def measure(*ratings: str) -> str:
    return "tittel: M\nbeskrivelse: b\nvurderinger:\n" + "".join(ratings)


ROSTER = """\
vurderere:
  kari: {navn: Kari Nordmann, gruppe: Rådet}
  ola: {navn: Ola Nordmann}
  siri: {navn: Siri Dahl}
"""


def test_without_a_roster_a_second_spelling_is_a_warning(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", measure(
        rating("Kari Nordmann", 4), rating("Ola Nordmann", 4), rating("Ola Nordman", 2),
        rating("Ola Nordmann", 4, 2),
    ))
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout == (
        "measures/m.yaml:6:18: warning: «Ola Nordman» ligner «Ola Nordmann» "
        "(measures/m.yaml:5); er det samme person? Skriv navnet likt, ellers teller det som to "
        "stemmer (eller bruk en vurdererliste, vurderere.yaml) [rater.similar]\n"
    )
    # case, accents and spacing alone are enough to warn
    write(workdir / "measures" / "m.yaml", measure(rating("Åse Berg", 3), rating("ase  berg", 4)))
    assert "[rater.similar]" in run("validate").stdout
    # short names that differ by one letter are different people (R1, R2)
    write(workdir / "measures" / "m.yaml", measure(rating("R1", 3), rating("R2", 4)))
    assert run("validate").stdout == ""


def test_with_a_roster_key_and_name_are_one_voice(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml", ROSTER)
    write(workdir / "measures" / "m.yaml", measure(
        rating("kari", 5), rating("Ola Nordmann", 1), rating("siri", 1),
        # Kari again in round 2, by name: her current value, not a fourth voice
        rating("Kari Nordmann", 3, 2),
    ))
    result = run("rank", "--format", "json")
    assert result.exit_code == 0, result.output
    parts = json.loads(result.stdout)["ranked"][0]["parts"]
    assert parts["nytte.helse"] == 1.0  # median of 3 (kari), 1 (ola), 1 (siri)
    show = run("show", "m", "--lang", "en").stdout
    assert "Nordmann" in show and "5→3" in show  # the roster's name, her move


def test_with_a_roster_an_unknown_rater_is_an_error(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml", ROSTER)
    write(workdir / "measures" / "m.yaml", measure(rating("Ola Nordman", 4)))
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "measures/m.yaml:4:18: error: «Ola Nordman» står ikke i vurdererlisten "
        "(vurderere.yaml) (mente du «Ola Nordmann»?); bruk en nøkkel eller et navn derfra, "
        "eller legg vurdereren til [rater.unknown]\n"
    )


def test_one_rater_twice_in_a_round_by_key_and_by_name(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml", ROSTER)
    write(workdir / "measures" / "m.yaml", measure(rating("ola", 4), rating("Ola Nordmann", 2)))
    assert run("validate").stdout == (
        "measures/m.yaml:5:18: error: Ola Nordmann har allerede en vurdering i runde 1 "
        "(measures/m.yaml:4) [rating.duplicate]\n"
    )


def test_the_roster_is_checked_and_can_be_chosen(workdir: Path, run: Run) -> None:
    write(workdir / "lister" / "råd.yaml",
          "vurderere:\n  Kari N: {navn: Kari}\n  ola: {navn: KARI}\n")
    write(workdir / "measures" / "m.yaml", measure(rating("Kari", 4)))
    result = run("validate", "--raters", "lister/råd.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "lister/råd.yaml:2:3: error: ugyldig vurderernøkkel «Kari N»: bruk små bokstaver, "
        "sifre, - og _ [roster.bad_key]",
        "lister/råd.yaml:3:15: error: «KARI» står allerede i vurdererlisten (som «Kari N») "
        "[roster.same_name]",
    ]
    missing = run("validate", "--raters", "nowhere.yaml")
    assert missing.exit_code == 2
    assert missing.stderr == (
        "Feil: finner ikke vurdererlisten «nowhere.yaml» (angi en annen med --raters)\n"
    )


def test_score_knows_the_roster(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml", ROSTER)
    path = write(workdir / "measures" / "m.yaml", measure(rating("Kari Nordmann", 4)))
    before = path.read_bytes()
    unknown = run("score", "m", "--rater", "Kari Nordman", "kostnad=3")
    assert unknown.exit_code == 1
    assert unknown.stderr == (
        "Feil: «Kari Nordman» står ikke i vurdererlisten (vurderere.yaml) (mente du «Kari "
        "Nordmann»?); bruk en nøkkel eller et navn derfra, eller legg vurdereren til\n"
    )
    # kari is Kari Nordmann, who already has a rating in round 1
    twice = run("score", "m", "--rater", "kari", "kostnad=3")
    assert twice.exit_code == 1
    assert twice.stderr.startswith(
        "Feil: kari har allerede en vurdering i runde 1 (measures/m.yaml:4)"
    )
    assert path.read_bytes() == before
    assert not (workdir / "measures" / "m").exists()
    # by name or by key, the file is named by the roster's key
    scored = run("score", "m", "--rater", "Ola Nordmann", "--date", "2026-11-22", "kostnad=3")
    assert scored.exit_code == 0, scored.output
    assert scored.stdout == (
        "Registrerte vurderingen fra Ola Nordmann (runde 1) i measures/m/ola-runde-1.yaml.\n"
    )
    assert path.read_bytes() == before
    assert (workdir / "measures" / "m" / "ola-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: Ola Nordmann\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: 3\n"
    )
    # ola is Ola Nordmann, whose rating is now in a file
    again = run("score", "m", "--rater", "ola", "kostnad=4")
    assert again.exit_code == 1
    assert again.stderr == (
        "Feil: ola har allerede en vurdering i runde 1 (measures/m/ola-runde-1.yaml); bruk "
        "--replace for å erstatte den\n"
    )
    assert run("validate").exit_code == 0


def test_rater_unknown_names_the_roster_in_use(workdir: Path, run: Run) -> None:
    write(workdir / "råd" / "liste.yaml", ROSTER)
    write(workdir / "measures" / "m.yaml", measure(rating("Per", 4)))
    out = run("validate", "--raters", "råd/liste.yaml").stdout
    assert "«Per» står ikke i vurdererlisten (råd/liste.yaml)" in out


def test_a_name_that_is_another_raters_key_is_refused(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml",
          "vurderere:\n  kari: {navn: Kari Nordmann}\n  kari-b: {navn: Kari}\n")
    write(workdir / "measures" / "m.yaml", measure(rating("Kari", 4)))
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "vurderere.yaml:3:18: error: navnet «Kari» er også nøkkelen til en annen vurderer "
        "(«kari»), så det ville peke på to personer; gi den ene et annet navn eller en annen "
        "nøkkel [roster.name_is_key]"
    )
