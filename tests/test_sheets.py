"""Scoring sheets (issue 9, item 2): `sheet export` writes a workbook per rater, a person
fills it in, `sheet import` reads it back as rating files. Real files in tmp_path, the
real CLI, the workbooks filled with openpyxl as a person would fill them."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import Result

from conftest import Run, write

# The small criteria of conftest, with questions and anchors (the guide and the sheet show
# them): a criterion with three parts, one of them with levels, and a whole criterion. Helse
# has a long question, as the shipped criteria have: it must not be cut off.
HELSE = (
    "Hvor mye bedrer tiltaket folkehelsen, direkte og gjennom ringvirkninger, for hele "
    "befolkningen og for de gruppene som trenger det mest, på kort og på lang sikt?"
)
CRITERIA = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte:
    navn: Nytte
    vekt: 3
    deler:
      helse:
        navn: Helse
        vekt: 2
        spørsmål: >-
          Hvor mye bedrer tiltaket folkehelsen, direkte og gjennom ringvirkninger, for hele
          befolkningen og for de gruppene som trenger det mest, på kort og på lang sikt?
        ankere:
          1: Lite eller ingenting
          5: Mye, for mange
      penger:
        navn: Penger
        spørsmål: Sparer tiltaket penger
      tid:
        navn: Tid
        spørsmål: Hvor lang tid tar det før gevinsten kommer
        nivåer: {kort: 5, medium: 3, lang: 1}
  kostnad:
    navn: Kostnad
    vekt: 1
    spørsmål: Hvor billig er tiltaket
uenighet: {iqr: 1}
"""

ROSTER = """\
vurderere:
  kari: {navn: Kari Nordmann}
  ola: {navn: Ola Nordmann}
  siri: {navn: Siri Dahl}
"""

IDS = ("alfa", "beta", "gamma")
KEY_ROW, FIRST_ROW = 5, 6  # the hidden row of column keys; the first measure's row
LOCK = ".ho21score.lock"  # the edit lock outside a git repository: no measure data
DAY = "2026-11-01"
OUT = "skjemaer"


@pytest.fixture
def council(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A measures repository with three measures, no ratings yet, and a roster of three,
    as the working directory (tmp_path/a)."""
    root = tmp_path / "a"
    write(root / "criteria.yaml", CRITERIA)
    write(root / "vurderere.yaml", ROSTER)
    for ident in IDS:
        write(root / "measures" / f"{ident}.yaml",
              f"tittel: Tiltak {ident}\nbeskrivelse: Hva tiltak {ident} går ut på.\n")
    monkeypatch.chdir(root)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the lock file aside) and its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK
    }


def fill(path: Path, answers: dict[str, dict[str, object]]) -> None:
    """Type answers into a workbook: by measure (column A) and the part's column (found by
    the column's key; a part's key alone is its input column)."""
    book = load_workbook(path)
    ws = book["Vurdering"]
    cols = {ws.cell(KEY_ROW, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(FIRST_ROW, ws.max_row + 1)}
    for ident, values in answers.items():
        for key, value in values.items():
            column = cols[key if ":" in key or key == "kommentar" else f"{key}:svar"]
            ws.cell(rows[ident], column).value = value
    book.save(path)


def ok(result: Result) -> str:
    """The stdout of a run that must succeed."""
    assert result.exit_code == 0, result.output
    return result.stdout


# What the three council members type into their round-1 sheets, and the same ratings as
# `score` takes them. Kari types a level with a capital, leaves a "vet ikke", types a number
# as text and writes a comment; Siri does not rate gamma at all.
TYPED: dict[str, dict[str, dict[str, object]]] = {
    "kari": {
        "alfa": {"nytte.helse": 4, "nytte.penger": 3, "nytte.tid": "Kort", "kostnad": "4",
                 "kommentar": "Bra tiltak, men dyrt: bør deles opp"},
        "beta": {"nytte.helse": 2, "nytte.penger": "vet ikke", "nytte.tid": "lang",
                 "kostnad": 1},
        "gamma": {"nytte.helse": 5, "nytte.penger": 5, "nytte.tid": "medium", "kostnad": 3},
    },
    "ola": {
        "alfa": {"nytte.helse": 1, "nytte.penger": 2, "nytte.tid": "lang", "kostnad": 4},
        "beta": {"nytte.helse": 3, "nytte.penger": 3, "nytte.tid": "Medium", "kostnad": 2},
        "gamma": {"nytte.helse": 4, "nytte.penger": 4, "nytte.tid": "kort", "kostnad": 4},
    },
    "siri": {
        "alfa": {"nytte.helse": 5, "nytte.penger": 4, "nytte.tid": "kort", "kostnad": 5},
        "beta": {"nytte.helse": 2, "nytte.penger": 3, "nytte.tid": "kort", "kostnad": 3},
    },
}
SCORED = {
    ("kari", "alfa"): ["nytte.helse=4", "nytte.penger=3", "nytte.tid=Kort", "kostnad=4",
                       "--comment", "Bra tiltak, men dyrt: bør deles opp"],
    ("kari", "beta"): ["nytte.helse=2", "nytte.tid=lang", "kostnad=1"],
    ("kari", "gamma"): ["nytte.helse=5", "nytte.penger=5", "nytte.tid=medium", "kostnad=3"],
    ("ola", "alfa"): ["nytte.helse=1", "nytte.penger=2", "nytte.tid=lang", "kostnad=4"],
    ("ola", "beta"): ["nytte.helse=3", "nytte.penger=3", "nytte.tid=Medium", "kostnad=2"],
    ("ola", "gamma"): ["nytte.helse=4", "nytte.penger=4", "nytte.tid=kort", "kostnad=4"],
    ("siri", "alfa"): ["nytte.helse=5", "nytte.penger=4", "nytte.tid=kort", "kostnad=5"],
    ("siri", "beta"): ["nytte.helse=2", "nytte.penger=3", "nytte.tid=kort", "kostnad=3"],
}


def export_round_1(run: Run) -> dict[str, Path]:
    out = ok(run("sheet", "export", "--round", "1", "-o", OUT))
    assert out == (
        "Skrev skjemaer/kari-runde-1.xlsx (Kari Nordmann, runde 1, 3 tiltak).\n"
        "Skrev skjemaer/ola-runde-1.xlsx (Ola Nordmann, runde 1, 3 tiltak).\n"
        "Skrev skjemaer/siri-runde-1.xlsx (Siri Dahl, runde 1, 3 tiltak).\n"
        "Laget 3 skjemaer i skjemaer.\n"
    )
    return {key: Path(OUT) / f"{key}-runde-1.xlsx" for key in ("kari", "ola", "siri")}


def test_round_trip_gives_what_score_gives(council: Path, tmp_path: Path, run: Run,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    twin = tmp_path / "b"
    shutil.copytree(council, twin)  # the same folder, before anything is recorded
    sheets = export_round_1(run)

    # what the rater sees: a row per measure, a column per part with its question
    ws = load_workbook(sheets["kari"])["Vurdering"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=8)]
    assert rows[1][2:6] == [HELSE, "Sparer tiltaket penger",
                            "Hvor lang tid tar det før gevinsten kommer",
                            "Hvor billig er tiltaket"]
    assert rows[2] == ["Id", "Tittel", "Ditt svar", "Ditt svar", "Ditt svar", "Ditt svar",
                       "Kommentar"]
    assert [row[:2] for row in rows[4:]] == [["alfa", "Tiltak alfa"], ["beta", "Tiltak beta"],
                                             ["gamma", "Tiltak gamma"]]
    assert all(value is None for row in rows[4:] for value in row[2:])  # nothing pre-filled

    for key, answers in TYPED.items():
        fill(sheets[key], answers)
    result = run("sheet", "import", *map(str, sheets.values()), "--date", DAY)
    assert ok(result).splitlines() == [
        f"ny: measures/{ident}/{key}-runde-1.yaml"
        for key in ("kari", "ola", "siri") for ident in IDS if ident in TYPED[key]
    ]
    assert result.stderr == ""
    assert (council / "measures" / "alfa" / "kari-runde-1.yaml").read_text("utf-8") == (
        "vurdert_av: kari\n"
        "runde: 1\n"
        f"dato: {DAY}\n"
        "poeng:\n"
        "  nytte: {helse: 4, penger: 3, tid: kort}\n"
        "  kostnad: 4\n"
        'kommentar: "Bra tiltak, men dyrt: bør deles opp"\n'
    )

    monkeypatch.chdir(twin)
    for (key, ident), words in SCORED.items():
        ok(run("score", ident, "--rater", key, "--round", "1", "--date", DAY, *words))
    from_score = ok(run("rank", "--format", "json"))
    assert snapshot(twin / "measures") == snapshot(council / "measures")  # byte for byte

    monkeypatch.chdir(council)
    from_sheets = ok(run("rank", "--format", "json"))
    assert from_sheets == from_score
    ranked = json.loads(from_sheets)["ranked"]
    assert [(r["rank"], r["id"]) for r in ranked] == [(1, "gamma"), (2, "alfa"), (3, "beta")]
    # alfa by hand: helse median(4, 1, 5) = 4, penger 3, tid median(5, 1, 5) = 5, kostnad 4;
    # nytte (2·4 + 3 + 5) / 4 = 4; total 100 · (3·3/4 + 1·3/4) / 4 = 75
    alfa = next(r for r in ranked if r["id"] == "alfa")
    assert alfa["parts"] == {"nytte.helse": 4.0, "nytte.penger": 3.0, "nytte.tid": 5.0,
                             "kostnad": 4.0}
    assert alfa["total"] == pytest.approx(75.0)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        (9, "«nytte.helse»: 9 ligger utenfor skalaen 1–5 [score.off_scale]"),
        (3.5, "«nytte.helse»: 3.5 er ikke et heltall; poeng er hele tall 1–5 [score.not_whole]"),
        ("x", "«nytte.helse»: «x» er ikke en poengsum; bruk et heltall 1–5 [score.not_number]"),
        ("kort", "«nytte.helse»: «kort» er ikke en poengsum; bruk et heltall 1–5 "
                 "[score.not_number]"),
    ],
    ids=["off-scale", "not-whole", "not-a-number", "a-level"],
)
def test_a_bad_cell_is_named_and_nothing_from_its_file_is_written(
    council: Path, run: Run, typed: object, problem: str
) -> None:
    sheets = export_round_1(run)
    fill(sheets["kari"], TYPED["kari"])
    fill(sheets["ola"], TYPED["ola"])
    fill(sheets["ola"], {"beta": {"nytte.helse": typed}})  # C7: beta's helse
    before = snapshot(council / "measures")
    result = run("sheet", "import", str(sheets["ola"]), str(sheets["kari"]), "--date", DAY)
    assert result.exit_code == 1
    assert result.stderr == (
        f"skjemaer/ola-runde-1.xlsx:Vurdering!C7: error: {problem}\n"
        "Feil: ingenting er skrevet fra denne filen (skjemaer/ola-runde-1.xlsx)\n"
    )
    assert result.stdout.splitlines() == [f"ny: measures/{i}/kari-runde-1.yaml" for i in IDS]
    after = snapshot(council / "measures")
    # Kari's three files are new; nothing of Ola's (not even his good rows) and no other byte
    assert sorted(set(after) - set(before)) == [f"{i}/kari-runde-1.yaml" for i in IDS]
    assert {k: v for k, v in after.items() if k in before} == before


def test_a_cell_is_read_as_the_command_line_reads_a_value(council: Path, run: Run) -> None:
    sheets = export_round_1(run)
    fill(sheets["siri"], {
        "alfa": {"nytte.helse": " 4 ", "nytte.penger": "4.0", "nytte.tid": " MEDIUM ",
                 "kostnad": 2.0},
        "beta": {"nytte.helse": "VET IKKE", "nytte.penger": "", "nytte.tid": "vet ikke",
                 "kostnad": "1"},
    })
    ok(run("sheet", "import", str(sheets["siri"]), "--date", DAY))
    assert (council / "measures" / "alfa" / "siri-runde-1.yaml").read_text("utf-8") == (
        f"vurdert_av: siri\nrunde: 1\ndato: {DAY}\npoeng:\n"
        "  nytte: {helse: 4, penger: 4, tid: medium}\n  kostnad: 2\n"
    )
    assert (council / "measures" / "beta" / "siri-runde-1.yaml").read_text("utf-8") == (
        f"vurdert_av: siri\nrunde: 1\ndato: {DAY}\npoeng:\n  kostnad: 1\n"
    )
    assert not (council / "measures" / "gamma").exists()  # an empty row is no rating


def test_twice_changes_nothing_and_a_different_value_needs_replace(
    council: Path, run: Run
) -> None:
    sheets = export_round_1(run)
    fill(sheets["kari"], TYPED["kari"])
    kari = str(sheets["kari"])
    measures = council / "measures"
    empty = snapshot(measures)

    dry = run("sheet", "import", kari, "--date", DAY, "--dry-run")
    assert ok(dry) == "".join(f"ny: measures/{i}/kari-runde-1.yaml\n" for i in IDS) + (
        "(prøvekjøring: ingenting er skrevet)\n"
    )
    assert snapshot(measures) == empty

    ok(run("sheet", "import", kari, "--date", DAY))
    recorded = snapshot(measures)
    assert len(recorded) == len(empty) + 3
    again = run("sheet", "import", kari, "--date", "2026-11-05")
    assert ok(again) == "".join(f"uendret: measures/{i}/kari-runde-1.yaml\n" for i in IDS)
    assert again.stderr == ""
    assert snapshot(measures) == recorded

    # Kari changes her mind about alfa's helse in the same round's sheet
    fill(sheets["kari"], {"alfa": {"nytte.helse": 2}})
    refused = run("sheet", "import", kari, "--date", "2026-11-05")
    assert refused.exit_code == 1
    assert refused.stdout == ""
    assert refused.stderr == (
        "skjemaer/kari-runde-1.xlsx:Vurdering!A6: error: kari har allerede en annen vurdering "
        "i runde 1 (measures/alfa/kari-runde-1.yaml); bruk --replace for å erstatte den "
        "[sheet.differs]\n"
        "Feil: ingenting er skrevet fra denne filen (skjemaer/kari-runde-1.xlsx)\n"
    )
    assert snapshot(measures) == recorded

    dry = run("sheet", "import", kari, "--date", "2026-11-05", "--replace", "--dry-run")
    assert ok(dry) == (
        "endret: measures/alfa/kari-runde-1.yaml\n"
        "uendret: measures/beta/kari-runde-1.yaml\n"
        "uendret: measures/gamma/kari-runde-1.yaml\n"
        "(prøvekjøring: ingenting er skrevet)\n"
    )
    assert snapshot(measures) == recorded

    replaced = run("sheet", "import", kari, "--date", "2026-11-05", "--replace")
    assert ok(replaced) == (
        "endret: measures/alfa/kari-runde-1.yaml\n"
        "  nytte.helse: 4 → 2\n"
        "  dato: 2026-11-01 → 2026-11-05\n"
        "uendret: measures/beta/kari-runde-1.yaml\n"
        "uendret: measures/gamma/kari-runde-1.yaml\n"
    )
    now = snapshot(measures)
    assert {k for k in now if now[k] != recorded[k]} == {"alfa/kari-runde-1.yaml"}
    assert set(now) == set(recorded)
    assert now["alfa/kari-runde-1.yaml"].decode() == (
        "vurdert_av: kari\n"
        "runde: 1\n"
        "dato: 2026-11-05\n"
        "poeng:\n"
        "  nytte: {helse: 2, penger: 3, tid: kort}\n"
        "  kostnad: 4\n"
        'kommentar: "Bra tiltak, men dyrt: bør deles opp"\n'
    )
    shown = ok(run("show", "alfa"))
    assert "measures/alfa/kari-runde-1.yaml" in shown


# --- round 2 ---------------------------------------------------------------------------

# Round 1 of alfa, five raters: helse and tid disagree (IQR above 1), penger and kostnad do
# not. By hand (inclusive quartiles, as numpy):
#   helse  1 2 4 5 5          median 4, Q1 2, Q3 5, IQR 3   1:1 2:1 3:0 4:1 5:2
#   penger 3 3 3 3 3          median 3, IQR 0               1:0 2:0 3:5 4:0 5:0
#   tid    kort kort medium lang lang = 5 5 3 1 1
#                             median 3, Q1 1, Q3 5, IQR 4   kort:2 medium:1 lang:2
#   kostnad 2 3 3 3 4         median 3, Q1 3, Q3 3, IQR 0   1:0 2:1 3:3 4:1 5:0
# beta: everyone agrees; gamma: nobody has rated it.
ROUND_1 = {
    "kari": ("alfa", "nytte.helse=1", "nytte.penger=3", "nytte.tid=kort", "kostnad=2"),
    "ola": ("alfa", "nytte.helse=2", "nytte.penger=3", "nytte.tid=kort", "kostnad=3"),
    "siri": ("alfa", "nytte.helse=4", "nytte.penger=3", "nytte.tid=medium", "kostnad=3"),
    "per": ("alfa", "nytte.helse=5", "nytte.penger=3", "nytte.tid=lang", "kostnad=3"),
    "liv": ("alfa", "nytte.helse=5", "nytte.penger=3", "nytte.tid=lang", "kostnad=4"),
}
FEEDBACK = ("svar", "forrige", "median", "iqr", "fordeling")
SCALE = '"1,2,3,4,5,vet ikke"'
LEVELS = '"kort,medium,lang,vet ikke"'


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def rows_of(path: Path) -> dict[str, dict[str, object]]:
    """A round-2 sheet's rows, by measure and column key."""
    ws = load_workbook(path)["Vurdering"]
    keys = [ws.cell(KEY_ROW, c).value for c in range(1, ws.max_column + 1)]
    return {
        str(row[0]): dict(zip(map(str, keys), row, strict=True))
        for row in ws.iter_rows(min_row=FIRST_ROW, values_only=True)
    }


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_round_2_shows_the_group_and_prefills_the_own_answer(council: Path, run: Run) -> None:
    write(council / "vurderere.yaml", ROSTER + "  per: {navn: Per Berg}\n  liv: {navn: Liv Ek}\n")
    for key, (ident, *words) in ROUND_1.items():
        ok(run("score", ident, "--rater", key, "--round", "1", "--date", DAY, *words))
    for key in ROUND_1:
        ok(run("score", "beta", "--rater", key, "--round", "1", "--date", DAY,
               "nytte.helse=4", "nytte.penger=4", "nytte.tid=medium", "kostnad=4"))
    git(council, "init", "-q")
    git(council, "add", ".")
    git(council, "commit", "-q", "-m", "runde 1")
    head = git(council, "rev-parse", "HEAD")

    ok(run("sheet", "export", "--round", "2", "--rater", "kari", "--rater", "ola", "-o", "alle"))
    out = run("sheet", "export", "--round", "2", "--rater", "kari", "--only-disagreement",
              "-o", "uenige")
    assert ok(out).splitlines()[0] == (
        "Skrev uenige/kari-runde-2.xlsx (Kari Nordmann, runde 2, 1 tiltak)."
    )

    # the whole sheet: every measure; per part the input and four locked columns
    full = rows_of(Path("alle") / "kari-runde-2.xlsx")
    assert list(full) == ["alfa", "beta", "gamma"]
    alfa = full["alfa"]
    assert [alfa[f"nytte.helse:{k}"] for k in FEEDBACK] == [1, 1, 4, 3, "1:1 2:1 3:0 4:1 5:2"]
    assert [alfa[f"nytte.penger:{k}"] for k in FEEDBACK] == [3, 3, 3, 0, "1:0 2:0 3:5 4:0 5:0"]
    assert [alfa[f"nytte.tid:{k}"] for k in FEEDBACK] == [
        "kort", "kort", 3, 4, "kort:2 medium:1 lang:2"]
    assert [alfa[f"kostnad:{k}"] for k in FEEDBACK] == [2, 2, 3, 0, "1:0 2:1 3:3 4:1 5:0"]
    assert full["beta"]["nytte.helse:fordeling"] == "1:0 2:0 3:0 4:5 5:0"
    assert all(v is None for k, v in full["gamma"].items() if k not in ("id", "tittel"))
    assert rows_of(Path("alle") / "ola-runde-2.xlsx")["alfa"]["nytte.helse:svar"] == 2

    # only the disagreement: alfa alone; helse and tid open, penger and kostnad locked, empty
    path = Path("uenige") / "kari-runde-2.xlsx"
    book = load_workbook(path)
    ws = book["Vurdering"]
    assert [ws.cell(r, 1).value for r in range(FIRST_ROW, ws.max_row + 1)] == ["alfa"]
    keys = {ws.cell(KEY_ROW, c).value: ws.cell(FIRST_ROW, c) for c in range(1, ws.max_column + 1)}
    helse, penger, tid, kostnad = (keys[f"{p}:svar"] for p in
                                   ("nytte.helse", "nytte.penger", "nytte.tid", "kostnad"))
    assert (helse.value, tid.value) == (1, "kort")  # her own answer, pre-filled
    assert (penger.value, kostnad.value) == (None, None)
    assert keys["nytte.penger:forrige"].value == 3  # shown, not asked
    open_cells = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    assert open_cells == {helse.coordinate, tid.coordinate, keys["kommentar"].coordinate}
    assert ws.protection.sheet
    lists = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        for cell in (helse, penger, tid, kostnad):
            if cell.coordinate in dv.sqref:
                lists[cell.coordinate] = dv.formula1
    assert lists == {helse.coordinate: SCALE, tid.coordinate: LEVELS}
    lists_full = {
        str(dv.sqref): dv.formula1
        for dv in load_workbook(Path("alle") / "kari-runde-2.xlsx")["Vurdering"]
        .data_validations.dataValidation
    }
    assert lists_full == {"C6 C7 C8": SCALE, "H6 H7 H8": SCALE, "M6 M7 M8": LEVELS,
                          "R6 R7 R8": SCALE}

    # the hidden sheet: whose sheet, which round, which commit, a hash of each measure file
    meta_ws = book["ho21score"]
    assert meta_ws.sheet_state == "hidden"
    meta = {row[0]: row[1] for row in meta_ws.iter_rows(values_only=True)}
    measure_hash = hashlib.sha256((council / "measures" / "alfa.yaml").read_bytes())
    assert {k: meta[k] for k in ("runde", "vurderer", "commit", "tiltak:alfa")} == {
        "runde": 2, "vurderer": "kari", "commit": head,
        "tiltak:alfa": measure_hash.hexdigest()[:16],
    }
    assert "tiltak:beta" not in meta

    # the untouched sheet gives Kari's answers as her round-2 rating (the open parts only)
    result = run("sheet", "import", str(path), "--date", "2026-11-20")
    assert ok(result) == "ny: measures/alfa/kari-runde-2.yaml\n"
    assert result.stderr == ""
    assert (council / "measures" / "alfa" / "kari-runde-2.yaml").read_text("utf-8") == (
        "vurdert_av: kari\nrunde: 2\ndato: 2026-11-20\npoeng:\n  nytte: {helse: 1, tid: kort}\n"
    )

    # Ola moves towards the group; beta's file was edited after the sheet was made
    fill(Path("alle") / "ola-runde-2.xlsx", {"alfa": {"nytte.helse": 4}})
    with (council / "measures" / "beta.yaml").open("a", encoding="utf-8") as f:
        f.write("# revidert etter runde 1\n")
    result = run("sheet", "import", "alle/ola-runde-2.xlsx", "--date", "2026-11-20")
    assert ok(result).splitlines() == ["ny: measures/alfa/ola-runde-2.yaml",
                                       "ny: measures/beta/ola-runde-2.yaml"]
    assert result.stderr == (
        "alle/ola-runde-2.xlsx:1:1: warning: tiltaket «beta» er endret siden skjemaet ble "
        "laget; sjekk at vurderingen gjelder dagens beskrivelse [sheet.changed_since]\n"
    )
    assert (council / "measures" / "alfa" / "ola-runde-2.yaml").read_text("utf-8") == (
        "vurdert_av: ola\nrunde: 2\ndato: 2026-11-20\npoeng:\n"
        "  nytte: {helse: 4, penger: 3, tid: kort}\n  kostnad: 3\n"
    )
    parts = json.loads(ok(run("rank", "--format", "json")))["ranked"]
    alfa_now = next(r for r in parts if r["id"] == "alfa")
    # helse now 1 (kari), 4 (ola, round 2), 4, 5, 5: median 4, IQR 1 — no longer flagged
    assert "nytte.helse" not in alfa_now["disagreement"]
    assert "nytte.tid" in alfa_now["disagreement"]


# --- sheet-level problems ----------------------------------------------------------------


def _not_a_workbook(path: Path) -> None:
    path.write_text("id;nytte.helse\nalfa;4\n", encoding="utf-8")


def _someone_elses(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "alfa"
    book.save(path)


def _hidden_sheet_removed(path: Path) -> None:
    book = load_workbook(path)
    del book["ho21score"]
    book.save(path)


def _unknown_column(path: Path) -> None:
    book = load_workbook(path)
    book["Vurdering"]["E5"] = "nytte.fart:svar"
    book.save(path)


def _unknown_measure(path: Path) -> None:
    book = load_workbook(path)
    book["Vurdering"]["A7"] = "finnes-ikke"
    book.save(path)


def _bad_round(path: Path) -> None:
    book = load_workbook(path)
    book["ho21score"]["B3"] = "to"
    book.save(path)


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (_not_a_workbook, "1:1: error: kan ikke lese arbeidsboken: ikke en Excel-fil (.xlsx) "
                          "[sheet.unreadable]"),
        (_someone_elses, "1:1: error: ikke et vurderingsskjema fra ho21score (mangler det "
                         "skjulte arket «ho21score»); lag skjemaer med: ho21score sheet export "
                         "[sheet.not_ours]"),
        (_hidden_sheet_removed, "1:1: error: ikke et vurderingsskjema fra ho21score (mangler "
                                "det skjulte arket «ho21score»); lag skjemaer med: ho21score "
                                "sheet export [sheet.not_ours]"),
        (_unknown_column, "Vurdering!E5: error: ukjent kolonne «nytte.fart:svar»: kriteriene "
                          "er endret siden skjemaet ble laget, eller kolonnene er flyttet; lag "
                          "skjemaet på nytt [sheet.unknown_column]"),
        (_unknown_measure, "Vurdering!A7: error: finner ikke tiltaket «finnes-ikke» "
                           "[sheet.unknown_measure]"),
        (_bad_round, "ho21score!B3: error: det skjulte arket mangler eller har en ugyldig "
                     "«runde»; lag skjemaet på nytt [sheet.bad_meta]"),
    ],
    ids=["text-file", "another-workbook", "no-hidden-sheet", "unknown-column",
         "unknown-measure", "bad-round"],
)
def test_a_broken_workbook_is_one_clear_problem(
    council: Path, run: Run, damage: Callable[[Path], None], problem: str
) -> None:
    sheets = export_round_1(run)
    fill(sheets["kari"], TYPED["kari"])
    damage(sheets["kari"])
    before = snapshot(council / "measures")
    result = run("sheet", "import", str(sheets["kari"]), "--date", DAY)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"skjemaer/kari-runde-1.xlsx:{problem}\n"
        "Feil: ingenting er skrevet fra denne filen (skjemaer/kari-runde-1.xlsx)\n"
    )
    assert snapshot(council / "measures") == before


def test_a_column_moved_whole_is_read_by_its_key(council: Path, run: Run) -> None:
    sheets = export_round_1(run)
    fill(sheets["kari"], TYPED["kari"])
    book = load_workbook(sheets["kari"])
    ws = book["Vurdering"]
    ws.move_range("D1:D8", cols=5)  # penger, key and all, to the right of the comment (I)
    ws.move_range("F1:F8", cols=-2)  # kostnad into penger's place
    book.save(sheets["kari"])
    ok(run("sheet", "import", str(sheets["kari"]), "--date", DAY))
    assert (council / "measures" / "alfa" / "kari-runde-1.yaml").read_text("utf-8") == (
        f"vurdert_av: kari\nrunde: 1\ndato: {DAY}\npoeng:\n"
        "  nytte: {helse: 4, penger: 3, tid: kort}\n  kostnad: 4\n"
        'kommentar: "Bra tiltak, men dyrt: bør deles opp"\n'
    )


# --- LibreOffice -------------------------------------------------------------------------


def _soffice(tmp_path: Path, *args: str) -> None:
    soffice = shutil.which("soffice")
    assert soffice is not None
    profile = (tmp_path / "lo").as_uri()  # a private profile: parallel runs do not clash
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", *args],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert done.returncode == 0, done.stderr


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"([^<]*)</word>")


def _page_words(pdf: Path) -> list[tuple[str, float, float]]:
    """The words of a PDF's first page in reading order, each with its top and bottom
    (points from the top of the page), as ``pdftotext -bbox`` finds them."""
    done = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
                          capture_output=True, text=True, timeout=60, check=True)
    return [(html.unescape(m[5]), float(m[2]), float(m[4])) for m in _WORD.finditer(done.stdout)]


def _in_order(words: list[str], found: list[str]) -> bool:
    """``words`` appear in ``found`` in this order (other words, such as a neighbouring
    column's wrapped lines, may come between them)."""
    rest = iter(found)
    return all(word in rest for word in words)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed; CI installs it (.ci/run)")
def test_libreoffice_opens_the_workbook(council: Path, tmp_path: Path, run: Run) -> None:
    sheets = export_round_1(run)
    pdf_dir = tmp_path / "pdf"
    _soffice(tmp_path, "--convert-to", "pdf", "--outdir", str(pdf_dir), str(sheets["kari"]))
    pdf = pdf_dir / "kari-runde-1.pdf"
    assert pdf.is_file()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext") is not None:
        words = _page_words(pdf)
        page = [word for word, _, _ in words]
        assert _in_order(HELSE.split(), page), page
        assert _in_order(["Ditt", "svar"], page) and _in_order(["Tiltak", "alfa"], page)
        # the whole question is seen: its last line ends above the row of "Ditt svar"
        # (a row too low for it clips the question's end under that row)
        question_ends = max(bottom for word, _, bottom in words if word == "sikt?")
        answer_row = min(top for word, top, _ in words if word == "Ditt")
        assert question_ends <= answer_row

    # a rater who fills the sheet in LibreOffice and saves it as .xlsx again
    fill(sheets["kari"], TYPED["kari"])
    resaved_dir = tmp_path / "lagret"
    _soffice(tmp_path, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
             str(resaved_dir), str(sheets["kari"]))
    resaved = resaved_dir / "kari-runde-1.xlsx"
    assert load_workbook(resaved)["ho21score"].sheet_state == "hidden"
    result = run("sheet", "import", str(resaved), "--date", DAY)
    assert ok(result).splitlines() == [f"ny: measures/{i}/kari-runde-1.yaml" for i in IDS]
    assert result.stderr == ""
    assert (council / "measures" / "alfa" / "kari-runde-1.yaml").read_text("utf-8") == (
        f"vurdert_av: kari\nrunde: 1\ndato: {DAY}\npoeng:\n"
        "  nytte: {helse: 4, penger: 3, tid: kort}\n  kostnad: 4\n"
        'kommentar: "Bra tiltak, men dyrt: bør deles opp"\n'
    )
