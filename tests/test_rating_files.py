"""A rating is a file of its own: `measures/<id>/<rater>-runde-<n>.yaml` (issue 9, item 1).

`score` writes it at a path fixed by measure, rater and round, and never touches the measure
file; `--replace` changes it in place; `validate` checks each rating file (a measure to
belong to, a name that says its rater and round, one rating per rater and round across
both places, YAML and git conflicts) with every problem in one run; `rank` counts ratings
from both places; two raters on two git branches merge cleanly, the same rater and round
conflicts on exactly that file; `--since` reads rating files at the ref. Real files in
tmp_path, real git repositories, the real CLI; whole files and whole outputs compared."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ho21score.files import rating_file_edits

from conftest import ROOT, SMALL_CRITERIA, Run, write

READY = "tittel: A\nbeskrivelse: b\nforeslått_av: K\nsatsingsområder: [data]\n"
ROSTER = """\
vurderere:
  kari: {navn: Kari Nordmann, gruppe: Rådet}
  ola: {navn: Ola Nordmann}
  siri: {navn: Siri Dahl}
"""


def scores(helse: int, penger: int, tid: str, kostnad: int) -> list[str]:
    return [f"nytte.helse={helse}", f"nytte.penger={penger}", f"nytte.tid={tid}",
            f"kostnad={kostnad}"]


def rating_text(rater: str, helse: int, penger: int, tid: str, kostnad: int,
                round_: int = 1, day: str = "2026-11-22") -> str:
    """A rating file as `score` writes it."""
    return (
        f"vurdert_av: {rater}\n"
        f"runde: {round_}\n"
        f"dato: {day}\n"
        "poeng:\n"
        f"  nytte: {{helse: {helse}, penger: {penger}, tid: {tid}}}\n"
        f"  kostnad: {kostnad}\n"
    )


def files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (the lock file aside), with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".ho21score.lock"
    }


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- score writes a file of its own ------------------------------------------------------


def test_score_writes_the_rating_at_its_fixed_path(workdir: Path, run: Run) -> None:
    measure = write(workdir / "measures" / "m.yaml", READY)
    folder = workdir / "measures" / "m"
    result = run("score", "m", "--rater", "Siri Dahl", "--date", "2026-11-22",
                 *scores(4, 3, "kort", 2), "--comment", "Godt: forankret")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte vurderingen fra Siri Dahl (runde 1) i measures/m/siri-dahl-runde-1.yaml.\n"
    )
    assert result.stderr == ""
    assert (folder / "siri-dahl-runde-1.yaml").read_text(encoding="utf-8") == (
        rating_text("Siri Dahl", 4, 3, "kort", 2) + 'kommentar: "Godt: forankret"\n'
    )
    # without a roster the name makes the file name: lowercase a-z, digits and hyphens
    result = run("score", "m", "--rater", "Åse  Berg", "--date", "2026-11-22", "kostnad=5")
    assert result.stdout == (
        "Registrerte vurderingen fra Åse  Berg (runde 1) i measures/m/ase-berg-runde-1.yaml.\n"
    )
    assert (folder / "ase-berg-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: Åse  Berg\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: 5\n"
    )
    # a round of its own is a file of its own
    result = run("score", "m", "--rater", "Siri Dahl", "--round", "2", "--date", "2026-11-23",
                 *scores(5, 3, "medium", 2))
    assert result.stdout == (
        "Registrerte vurderingen fra Siri Dahl (runde 2) i measures/m/siri-dahl-runde-2.yaml.\n"
    )
    assert (folder / "siri-dahl-runde-2.yaml").read_text(encoding="utf-8") == (
        rating_text("Siri Dahl", 5, 3, "medium", 2, round_=2, day="2026-11-23")
    )
    assert measure.read_text(encoding="utf-8") == READY
    assert listing(folder) == [
        "ase-berg-runde-1.yaml", "siri-dahl-runde-1.yaml", "siri-dahl-runde-2.yaml"
    ]
    checked = run("validate")
    assert (checked.exit_code, checked.stdout) == (0, "")
    assert checked.stderr == "Ingen problemer i 5 filer.\n"


def test_with_a_roster_the_roster_key_names_the_file(workdir: Path, run: Run) -> None:
    write(workdir / "vurderere.yaml", ROSTER)
    measure = write(workdir / "measures" / "m.yaml", READY)
    folder = workdir / "measures" / "m"
    by_name = run("score", "m", "--rater", "Kari Nordmann", "--date", "2026-11-22",
                  *scores(4, 3, "kort", 2))
    assert by_name.stdout == (
        "Registrerte vurderingen fra Kari Nordmann (runde 1) i measures/m/kari-runde-1.yaml.\n"
    )
    by_key = run("score", "m", "--rater", "siri", "--date", "2026-11-22", "kostnad=3")
    assert by_key.stdout == (
        "Registrerte vurderingen fra siri (runde 1) i measures/m/siri-runde-1.yaml.\n"
    )
    assert (folder / "kari-runde-1.yaml").read_text(encoding="utf-8") == (
        rating_text("Kari Nordmann", 4, 3, "kort", 2)
    )
    assert (folder / "siri-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: siri\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: 3\n"
    )
    assert measure.read_text(encoding="utf-8") == READY
    assert run("validate").exit_code == 0
    # a file named after the name (written before there was a roster) is still the rater's
    write(folder / "ola-nordmann-runde-1.yaml", "vurdert_av: Ola Nordmann\npoeng: {kostnad: 3}\n")
    assert run("validate").exit_code == 0
    # but not a third name, and one rater and round in two files is a duplicate
    write(folder / "nordmann-runde-1.yaml", "vurdert_av: Ola Nordmann\npoeng: {kostnad: 3}\n")
    write(folder / "ola-runde-1.yaml", "vurdert_av: ola\npoeng: {kostnad: 3}\n")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "measures/m/nordmann-runde-1.yaml:1:13: error: vurderingen er fra Ola Nordmann i "
        "runde 1, men filnavnet sier noe annet; den skal ligge i measures/m/ola-runde-1.yaml "
        "[rating.file_name_mismatch]\n"
        "measures/m/ola-nordmann-runde-1.yaml:1:13: error: Ola Nordmann har allerede en "
        "vurdering i runde 1 (measures/m/nordmann-runde-1.yaml) [rating.duplicate]\n"
        "measures/m/ola-runde-1.yaml:1:13: error: ola har allerede en vurdering i runde 1 "
        "(measures/m/nordmann-runde-1.yaml) [rating.duplicate]\n"
    )


SIRI_COMMENTED = (
    "# Siri, etter rådsmøtet\n"
    "vurdert_av: Siri Dahl\n"
    "runde: 1\n"
    "dato: 2026-11-22\n"
    "poeng:\n"
    "  nytte: {helse: 4, penger: 3, tid: kort}\n"
    "  kostnad: 2  # usikker\n"
    "kommentar:\n"
)


def test_a_second_score_is_refused_and_replace_edits_the_file_in_place(
    workdir: Path, run: Run
) -> None:
    measure = write(workdir / "measures" / "m.yaml", READY)
    path = workdir / "measures" / "m" / "siri-dahl-runde-1.yaml"
    assert run("score", "m", "--rater", "Siri Dahl", "--date", "2026-11-22",
               *scores(4, 3, "kort", 2)).exit_code == 0
    # the rater adds a comment of her own in the file
    path.write_text(SIRI_COMMENTED, encoding="utf-8")
    before = files(workdir)
    twice = run("score", "m", "--rater", "Siri Dahl", "--date", "2026-11-23", "kostnad=5")
    assert twice.exit_code == 1
    assert twice.stdout == ""
    assert twice.stderr == (
        "Feil: Siri Dahl har allerede en vurdering i runde 1 "
        "(measures/m/siri-dahl-runde-1.yaml); bruk --replace for å erstatte den\n"
    )
    assert files(workdir) == before
    replaced = run("score", "m", "--rater", "Siri Dahl", "--date", "2026-11-23", "--replace",
                   "nytte.helse=2", "kostnad=5")
    assert replaced.exit_code == 0, replaced.output
    assert replaced.stdout == (
        "Endret vurderingen fra Siri Dahl (runde 1) i measures/m/siri-dahl-runde-1.yaml:\n"
        "  nytte.helse: 4 → 2\n"
        "  kostnad: 2 → 5\n"
        "  dato: 2026-11-22 → 2026-11-23\n"
    )
    # each value set where it stands; the comments stay
    assert path.read_text(encoding="utf-8") == (
        "# Siri, etter rådsmøtet\n"
        "vurdert_av: Siri Dahl\n"
        "runde: 1\n"
        "dato: 2026-11-23\n"
        "poeng:\n"
        "  nytte: {helse: 2, penger: 3, tid: kort}\n"
        "  kostnad: 5  # usikker\n"
        "kommentar:\n"
    )
    assert measure.read_text(encoding="utf-8") == READY
    assert listing(path.parent) == ["siri-dahl-runde-1.yaml"]
    assert run("validate").exit_code == 0


@pytest.mark.parametrize(
    ("extra", "args", "message"),
    [
        ({}, ["--rater", "Siri Dahl", "--replace", "kostnad=6"],
         "Feil: «kostnad»: 6 ligger utenfor skalaen 1–5\n"),
        # an empty comment cannot be set in place, and writing the rating anew would lose the
        # comments in it
        ({}, ["--rater", "Siri Dahl", "--replace", "--comment", "Ny", "kostnad=3"],
         "Feil: measures/m/siri-dahl-runde-1.yaml er ikke endret: vurderingen kan ikke endres "
         "på stedet, og å skrive den på nytt ville fjerne kommentarene (#) i den; endre verdien "
         "i filen for hånd\n"),
        ({}, ["--rater", "Per", "--date", "2099-01-01", "kostnad=3"],
         "Feil: datoen 2099-01-01 ligger mer enn én dag fram i tid; bruk datoen det skjedde\n"),
        # a rating file of the measure with a problem: the measure is not edited at all
        ({"m/ola-runde-1.yaml": "vurdert_av: Kari\npoeng: {kostnad: 3}\n"},
         ["--rater", "Per", "kostnad=3"],
         "Feil: measures/m.yaml har problemer og blir ikke endret før de er rettet:\n"
         "measures/m/ola-runde-1.yaml:1:13: error: vurderingen er fra Kari i runde 1, men "
         "filnavnet sier noe annet; den skal ligge i measures/m/kari-runde-1.yaml "
         "[rating.file_name_mismatch]\n"),
        ({"m.yaml": READY + "beslutninger:\n  - {bp: BP1, beslutning: stopp, dato: 2026-01-01}\n"},
         ["--rater", "Per", "kostnad=3"],
         "Feil: «m» er stoppet; ingen vurderinger kan registreres\n"),
    ],
    ids=["off-scale", "would-lose-comments", "date-ahead", "broken-rating-file", "stopped"],
)
def test_a_refused_edit_leaves_every_file_as_it_was(
    workdir: Path, run: Run, extra: dict[str, str], args: list[str], message: str
) -> None:
    write(workdir / "measures" / "m.yaml", READY)
    write(workdir / "measures" / "m" / "siri-dahl-runde-1.yaml", SIRI_COMMENTED)
    for name, text in extra.items():
        write(workdir / "measures" / name, text)
    before = files(workdir)
    result = run("score", "m", *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == message
    assert files(workdir) == before  # no file changed, none added (no temporary file left)


def test_a_rating_file_that_appears_meanwhile_is_never_overwritten(
    workdir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer that takes no lock (a sync, a `git pull`) puts the same file in place
    between the reading and the writing: the write is refused, and that file stands."""
    write(workdir / "measures" / "m.yaml", READY)
    path = workdir / "measures" / "m" / "siri-dahl-runde-1.yaml"
    theirs = rating_text("Siri Dahl", 1, 1, "lang", 1)
    checked_write = rating_file_edits.write_checked

    def meanwhile(*args: object, **kwargs: object) -> object:
        write(path, theirs)
        return checked_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rating_file_edits, "write_checked", meanwhile)
    result = run("score", "m", "--rater", "Siri Dahl", "--date", "2026-11-22",
                 *scores(4, 3, "kort", 2))
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: measures/m/siri-dahl-runde-1.yaml er ikke endret: filen ble endret av noen "
        "andre mens den ble lest; prøv igjen\n"
    )
    assert path.read_text(encoding="utf-8") == theirs
    assert listing(path.parent) == ["siri-dahl-runde-1.yaml"]


def test_two_spellings_that_make_one_file_name_are_refused_as_one_person(
    workdir: Path, run: Run
) -> None:
    """Without a roster `Jo Bo` and `Jo-Bo` are two voices, but one file name: the second
    is refused as a spelling like the first (never as a file changed meanwhile, which no
    retry could mend), and the first rating stands."""
    write(workdir / "measures" / "m.yaml", READY)
    path = workdir / "measures" / "m" / "jo-bo-runde-1.yaml"
    assert run("score", "m", "--rater", "Jo Bo", "--date", "2026-11-22",
               "kostnad=2").exit_code == 0
    before = files(workdir)
    result = run("score", "m", "--rater", "Jo-Bo", "--date", "2026-11-22", "kostnad=5")
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: «Jo-Bo» ligner «Jo Bo», som allerede har en vurdering i runde 1 "
        "(measures/m/jo-bo-runde-1.yaml); er det samme person, skriv navnet likt (og bruk "
        "--replace for å endre vurderingen), ellers bruk en vurdererliste (vurderere.yaml)\n"
    )
    assert files(workdir) == before
    assert path.read_text(encoding="utf-8") == (
        "vurdert_av: Jo Bo\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: 2\n"
    )


# --- validate and rank -------------------------------------------------------------------

COMPLETE = "  - {vurdert_av: Eva, poeng: {nytte: {helse: 3, penger: 3, tid: kort}, kostnad: 3}}\n"
SCORED = "poeng: {nytte: {helse: 3, penger: 3, tid: kort}, kostnad: 3}\n"


def measure_text(title: str, *inline: str) -> str:
    return f"tittel: {title}\nbeskrivelse: b\nvurderinger:\n{COMPLETE}" + "".join(inline)


@pytest.fixture
def troubled(workdir: Path) -> Path:
    """Six measures, each complete and rankable by its own file, and rating files with one
    kind of problem each beside five of them."""
    m = workdir / "measures"
    write(m / "ligatabell.yaml", measure_text("Ligatabell"))
    # a folder with no measure file: a typo of the measure's id (and a rating that lacks
    # its scores, said as well)
    write(m / "lgatabell" / "kari-runde-1.yaml", "vurdert_av: Kari\nrunde: 1\n")
    # names that do not say the rater, or the round
    write(m / "navn.yaml", measure_text("Navn"))
    write(m / "navn" / "ola-runde-1.yaml", f"vurdert_av: Kari\n{SCORED}")
    write(m / "navn" / "per-runde-1.yaml", f"vurdert_av: Per\nrunde: 2\n{SCORED}")
    # names that are not the name of a rating file at all
    write(m / "filnavn.yaml", measure_text("Filnavn"))
    write(m / "filnavn" / "kari.yaml", f"vurdert_av: Kari\n{SCORED}")
    write(m / "filnavn" / "ola-runde-1.yml", f"vurdert_av: Ola\n{SCORED}")
    write(m / "filnavn" / "README.md", "Vurderinger av Filnavn.\n")  # not a rating: left alone
    # the same rater and round in the measure file and in a rating file
    write(m / "dobbel.yaml", measure_text("Dobbel", f"  - vurdert_av: Ola\n    {SCORED}"))
    write(m / "dobbel" / "ola-runde-1.yaml", f"vurdert_av: Ola\n{SCORED}")
    # YAML that cannot be read, and a merge conflict left in a file
    write(m / "syntaks.yaml", measure_text("Syntaks"))
    write(m / "syntaks" / "ola-runde-1.yaml", "vurdert_av: Ola\npoeng: {kostnad: 3\n")
    write(m / "konflikt.yaml", measure_text("Konflikt"))
    write(m / "konflikt" / "ola-runde-1.yaml", (
        "vurdert_av: Ola\n"
        "poeng:\n"
        "  nytte: {helse: 3, penger: 3, tid: kort}\n"
        "<<<<<<< HEAD\n"
        "  kostnad: 2\n"
        "=======\n"
        "  kostnad: 5\n"
        ">>>>>>> ola/vurdering\n"
    ))
    return workdir


def test_validate_reports_every_problem_of_every_rating_file_in_one_run(
    troubled: Path, run: Run
) -> None:
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "measures/dobbel/ola-runde-1.yaml:1:13: error: Ola har allerede en vurdering i runde 1 "
        "(measures/dobbel.yaml:5) [rating.duplicate]",
        "measures/filnavn/kari.yaml:1:1: error: «kari.yaml» er ikke navnet på en vurderingsfil: "
        "en vurdering i mappen til et tiltak heter <vurderer>-runde-<n>.yaml, som "
        "kari-nordmann-runde-1.yaml [rating.bad_file_name]",
        "measures/filnavn/ola-runde-1.yml:1:1: error: «ola-runde-1.yml» er ikke navnet på en "
        "vurderingsfil: en vurdering i mappen til et tiltak heter <vurderer>-runde-<n>.yaml, "
        "som kari-nordmann-runde-1.yaml [rating.bad_file_name]",
        "measures/konflikt/ola-runde-1.yaml:4:1: error: uløst git-konflikt (linje 4–8): behold "
        "den ene siden (eller begge), og fjern linjene <<<<<<<, ======= og >>>>>>> "
        "[file.git_conflict]",
        "measures/lgatabell/kari-runde-1.yaml:1:1: error: det finnes ikke noe tiltak "
        "«lgatabell» å høre til (ingen lgatabell.yaml ved siden av mappen) (mente du "
        "«ligatabell»?); flytt vurderingen til mappen til tiltaket sitt [rating.no_measure]",
        "measures/lgatabell/kari-runde-1.yaml:1:1: error: «poeng» mangler [field.missing]",
        "measures/navn/ola-runde-1.yaml:1:13: error: vurderingen er fra Kari i runde 1, men "
        "filnavnet sier noe annet; den skal ligge i measures/navn/kari-runde-1.yaml "
        "[rating.file_name_mismatch]",
        "measures/navn/per-runde-1.yaml:1:13: error: vurderingen er fra Per i runde 2, men "
        "filnavnet sier noe annet; den skal ligge i measures/navn/per-runde-2.yaml "
        "[rating.file_name_mismatch]",
        "measures/syntaks/ola-runde-1.yaml:3:1: error: YAML-syntaksfeil: her ventes «,» eller "
        "en krøllparentes: et oppslag i krøllparenteser som ikke er lukket, eller et komma som "
        "mangler [yaml.syntax]",
    ]
    assert result.stderr == "9 feil i 8 av 15 filer.\n"
    # as JSON, the same problems at the same places
    doc = json.loads(run("validate", "--format", "json").stdout)
    places = [(p["path"], p["line"], p["col"], p["code"]) for p in doc["problems"]]
    assert places == [
        ("measures/dobbel/ola-runde-1.yaml", 1, 13, "rating.duplicate"),
        ("measures/filnavn/kari.yaml", 1, 1, "rating.bad_file_name"),
        ("measures/filnavn/ola-runde-1.yml", 1, 1, "rating.bad_file_name"),
        ("measures/konflikt/ola-runde-1.yaml", 4, 1, "file.git_conflict"),
        ("measures/lgatabell/kari-runde-1.yaml", 1, 1, "rating.no_measure"),
        ("measures/lgatabell/kari-runde-1.yaml", 1, 1, "field.missing"),
        ("measures/navn/ola-runde-1.yaml", 1, 13, "rating.file_name_mismatch"),
        ("measures/navn/per-runde-1.yaml", 1, 13, "rating.file_name_mismatch"),
        ("measures/syntaks/ola-runde-1.yaml", 3, 1, "yaml.syntax"),
    ]


def test_a_measure_with_a_broken_rating_file_is_not_ranked(troubled: Path, run: Run) -> None:
    result = run("rank", "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert [m["id"] for m in doc["ranked"]] == ["ligatabell"]
    assert doc["unranked"] == []
    assert [
        (b["id"], [(e["line"], e["col"], e["code"]) for e in b["errors"]]) for b in doc["broken"]
    ] == [
        ("dobbel", [(1, 13, "rating.duplicate")]),
        ("filnavn", [(1, 1, "rating.bad_file_name"), (1, 1, "rating.bad_file_name")]),
        ("konflikt", [(4, 1, "file.git_conflict")]),
        ("navn", [(1, 13, "rating.file_name_mismatch"), (1, 13, "rating.file_name_mismatch")]),
        ("syntaks", [(3, 1, "yaml.syntax")]),
    ]
    # every problem is said on stderr, at its own file
    assert "measures/syntaks/ola-runde-1.yaml:3:1: error: YAML-syntaksfeil" in result.stderr
    table = run("rank")
    assert table.exit_code == 1
    assert "5 filer med feil er ikke med før de er rettet:\n" in table.stdout


def test_the_list_of_unreadable_measures_names_the_rating_file(troubled: Path, run: Run) -> None:
    out = run("rank").stdout
    assert "  measures/syntaks/ola-runde-1.yaml:3: YAML-syntaksfeil" in out
    assert "  measures/syntaks.yaml:3:" not in out


def test_rank_counts_the_ratings_of_both_places(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", READY + (
        "vurderinger:\n"
        "  - {vurdert_av: Ola, poeng: {nytte: {helse: 1, penger: 2, tid: lang}, kostnad: 1}}\n"
        "  - {vurdert_av: Kari, poeng: {nytte: {helse: 2, penger: 2, tid: medium}, kostnad: 2}}\n"
    ))
    for rater, values in (("Siri", scores(4, 4, "kort", 4)), ("Per", scores(5, 4, "kort", 5))):
        result = run("score", "m", "--rater", rater, "--date", "2026-11-22", *values)
        assert result.exit_code == 0, result.output
    doc = json.loads(run("rank", "--format", "json").stdout)
    (ranked,) = doc["ranked"]
    # medians of four voices, two in the list and two in files: helse 1 2 4 5, penger
    # 2 2 4 4, tid 1 3 5 5 (lang, medium, kort, kort), kostnad 1 2 4 5
    assert ranked["parts"] == {
        "nytte.helse": 3.0, "nytte.penger": 3.0, "nytte.tid": 4.0, "kostnad": 3.0
    }
    # nytte = (2·3 + 1·3 + 1·4) / 4 = 3.25; total = 100 · (3·(3.25−1)/4 + 1·(3−1)/4) / 4
    assert ranked["criteria"] == {"nytte": 3.25, "kostnad": 3.0}
    assert ranked["total"] == pytest.approx(54.6875)
    # the spread of helse (IQR 2.5) and of the others is over the threshold of 1
    assert ranked["disagreement"] == ["nytte.helse", "nytte.penger", "nytte.tid", "kostnad"]


# --- git ---------------------------------------------------------------------------------


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """git in ``repo``, with no system or user configuration (a merge.conflictStyle of
    one's own would change the markers)."""
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent),
           "XDG_CONFIG_HOME": str(repo.parent), "GIT_AUTHOR_DATE": "2026-11-22T12:00:00+00:00",
           "GIT_COMMITTER_DATE": "2026-11-22T12:00:00+00:00"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def council(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository of the council's measures: one commit on main, the working
    directory."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "council"
    write(repo / "criteria.yaml", SMALL_CRITERIA)
    write(repo / "measures" / "m.yaml", READY)
    shutil.copy(ROOT / ".gitignore", repo / ".gitignore")
    git(repo, "-c", "init.defaultBranch=main", "init", "-q")
    git(repo, "config", "user.name", "Sekretariatet")
    git(repo, "config", "user.email", "sek@ho21.invalid")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Tiltakene")
    monkeypatch.chdir(repo)
    return repo


def score_on(repo: Path, run: Run, branch: str, rater: str, values: list[str]) -> None:
    git(repo, "switch", "-q", branch)
    result = run("score", "m", "--rater", rater, "--date", "2026-11-22", *values)
    assert result.exit_code == 0, result.output
    git(repo, "add", "measures")
    git(repo, "commit", "-q", "-m", f"Vurdering fra {rater}")


def test_two_raters_on_two_branches_merge_cleanly_and_one_rater_twice_conflicts(
    council: Path, run: Run
) -> None:
    # two members score the same measure, each on a branch of their own from one commit
    git(council, "branch", "kari")
    git(council, "branch", "ola")
    score_on(council, run, "kari", "Kari", scores(2, 3, "lang", 4))
    score_on(council, run, "ola", "Ola", scores(5, 4, "kort", 1))
    git(council, "switch", "-q", "kari")
    merged = git(council, "merge", "--no-edit", "ola", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "CONFLICT" not in merged.stdout
    assert git(council, "status", "--porcelain").stdout == ""
    assert git(council, "ls-files", "measures").stdout.splitlines() == [
        "measures/m.yaml", "measures/m/kari-runde-1.yaml", "measures/m/ola-runde-1.yaml"
    ]
    assert (council / "measures" / "m.yaml").read_text(encoding="utf-8") == READY
    result = run("rank", "--format", "json")
    assert result.exit_code == 0, result.output
    (ranked,) = json.loads(result.stdout)["ranked"]
    # both voices count: the median of two values is their mean
    assert ranked["parts"] == {
        "nytte.helse": 3.5, "nytte.penger": 3.5, "nytte.tid": 3.0, "kostnad": 2.5
    }
    assert ranked["criteria"] == {"nytte": 3.375, "kostnad": 2.5}
    assert ranked["total"] == pytest.approx(53.90625)
    assert run("validate").exit_code == 0

    # one member records round 1 on two branches, with a different kostnad
    git(council, "branch", "siri-a")
    git(council, "branch", "siri-b")
    score_on(council, run, "siri-a", "Siri", scores(3, 3, "medium", 2))
    score_on(council, run, "siri-b", "Siri", scores(3, 3, "medium", 5))
    git(council, "switch", "-q", "siri-a")
    conflicted = git(council, "merge", "--no-edit", "siri-b", check=False)
    assert conflicted.returncode == 1
    assert "CONFLICT (add/add): Merge conflict in measures/m/siri-runde-1.yaml" in (
        conflicted.stdout
    )
    unmerged = git(council, "diff", "--name-only", "--diff-filter=U").stdout
    assert unmerged == "measures/m/siri-runde-1.yaml\n"
    assert git(council, "status", "--porcelain").stdout == "AA measures/m/siri-runde-1.yaml\n"
    path = council / "measures" / "m" / "siri-runde-1.yaml"
    assert path.read_text(encoding="utf-8") == (
        "vurdert_av: Siri\n"
        "runde: 1\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  nytte: {helse: 3, penger: 3, tid: medium}\n"
        "<<<<<<< HEAD\n"
        "  kostnad: 2\n"
        "=======\n"
        "  kostnad: 5\n"
        ">>>>>>> siri-b\n"
    )
    # a careless "resolution": the file committed with the markers in it
    git(council, "add", "measures/m/siri-runde-1.yaml")
    git(council, "commit", "-q", "--no-edit")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "measures/m/siri-runde-1.yaml:6:1: error: uløst git-konflikt (linje 6–10): behold den "
        "ene siden (eller begge), og fjern linjene <<<<<<<, ======= og >>>>>>> "
        "[file.git_conflict]\n"
    )
    doc = json.loads(run("validate", "--format", "json").stdout)
    assert [(p["path"], p["line"], p["code"]) for p in doc["problems"]] == [
        ("measures/m/siri-runde-1.yaml", 6, "file.git_conflict")
    ]
    # and the measure is not ranked until it is resolved
    ranking = json.loads(run("rank", "--format", "json").stdout)
    assert ranking["ranked"] == []
    assert [(b["id"], [e["code"] for e in b["errors"]]) for b in ranking["broken"]] == [
        ("m", ["file.git_conflict"])
    ]


ALFA = """\
tittel: Alfa
beskrivelse: b
vurderinger:
  - {vurdert_av: Kari, poeng: {nytte: {helse: 4, penger: 4, tid: medium}, kostnad: 4}}
"""
BETA = """\
tittel: Beta
beskrivelse: b
vurderinger:
  - {vurdert_av: Kari, poeng: {nytte: {helse: 3, penger: 3, tid: medium}, kostnad: 3}}
"""


def test_since_reads_rating_files_at_the_ref(council: Path, run: Run) -> None:
    measures = council / "measures"
    (measures / "m.yaml").unlink()
    write(measures / "alfa.yaml", ALFA)
    write(measures / "beta.yaml", BETA)
    git(council, "add", "-A")
    git(council, "commit", "-q", "-m", "Møte 1")
    git(council, "tag", "møte-1")
    # between the meetings, two ratings of beta, each a file of its own, each committed
    for rater in ("Siri", "Ola"):
        result = run("score", "beta", "--rater", rater, "--date", "2026-11-22",
                     *scores(5, 5, "kort", 5))
        assert result.exit_code == 0, result.output
        git(council, "add", "measures")
        git(council, "commit", "-q", "-m", f"Vurdering fra {rater}")
    # beta (50.0, then 75.0 with Siri, then 100.0 with Ola too) passes alfa (70.3125)
    doc = json.loads(run("rank", "--since", "møte-1", "--format", "json").stdout)
    assert [(m["id"], m["rank"], m["movement"], m["total"]) for m in doc["ranked"]] == [
        ("beta", 1, 1, 100.0), ("alfa", 2, -1, pytest.approx(70.3125))
    ]
    report = run("report", "--since", "møte-1", "--date", "2026-11-22")
    assert report.exit_code == 0, report.output
    section = report.stdout.split("## Endringer siden møte-1\n", 1)[1].split("\n## ", 1)[0]
    assert section == (
        "\n"
        "- Beta: poeng nytte.helse 3,00 → 5,00, nytte.penger 3,00 → 5,00, nytte.tid 3,00 → "
        "5,00, kostnad 3,00 → 5,00\n"
    )
    # at the commit before the last, Siri's rating file is already there: read at the ref,
    # it leaves only Ola's to change the values (medians of 3 5 → of 3 5 5)
    doc = json.loads(run("rank", "--since", "HEAD~1", "--format", "json").stdout)
    assert [(m["id"], m["rank"], m["movement"]) for m in doc["ranked"]] == [
        ("beta", 1, 0), ("alfa", 2, 0)
    ]
    report = run("report", "--since", "HEAD~1", "--date", "2026-11-22")
    assert report.exit_code == 0, report.output
    heading = "## Endringer siden HEAD\\~1\n"  # ~ escaped for Markdown
    section = report.stdout.split(heading, 1)[1].split("\n## ", 1)[0]
    assert section == (
        "\n"
        "- Beta: poeng nytte.helse 4,00 → 5,00, nytte.penger 4,00 → 5,00, nytte.tid 4,00 → "
        "5,00, kostnad 4,00 → 5,00\n"
    )
