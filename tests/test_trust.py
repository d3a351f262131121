"""A ranking the council can trust (issue #8): one late rater is one voice, adding a
criterion makes no measure vanish, a broken file is listed and never "removed"."""

from __future__ import annotations

import json
from pathlib import Path

from test_report import git

from conftest import Run

LATE_RATER = """\
  - vurdert_av: Per Olsen
    runde: {round}
    dato: 2026-01-15
    poeng:
      betydning: {{folkehelse: 1, tjenester: 1, verdiskaping: 1}}
      egnethet: {{bredde: 1, styrbarhet: 1}}
      potensiale: {{gevinst: 1, tidshorisont: lang}}
      gjennomførbarhet: 1
"""


def _add_late_rating(shipped: Path, round_: int) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("beslutninger:\n", LATE_RATER.format(round=round_) + "beslutninger:\n", 1)
    path.write_text(text, encoding="utf-8")


def _drup(run: Run) -> tuple[int, dict[str, object]]:
    doc = json.loads(run("rank", "--format", "json").stdout)
    return next((rank, m) for rank, m in ((m["rank"], m) for m in doc["ranked"])
                if m["id"] == "drup-studie")


def test_a_late_rater_in_a_new_round_is_one_voice(shipped: Path, run: Run) -> None:
    rank_before, before = _drup(run)
    assert (rank_before, before["total"]) == (3, 68.75)
    for round_ in (2, 3):  # a real second round, and a mistyped --round 3
        (shipped / "measures" / "drup-studie.yaml").write_text(
            (Path(__file__).resolve().parent.parent / "measures" / "drup-studie.yaml").read_text(
                encoding="utf-8"
            ),
            encoding="utf-8",
        )
        _add_late_rating(shipped, round_)
        rank_after, after = _drup(run)
        # Four raters in round 1 keep their answers; the fifth is one voice of five:
        # folkehelse 3,3,2,3 + 1 -> 3; tjenester 5,5,5,4 + 1 -> 5; verdiskaping 4,4,4,5 + 1
        # -> 4; bredde 3,3,3,3 + 1 -> 3; styrbarhet 4,4,4,5 + 1 -> 4; gevinst 4,5,4,4 + 1
        # -> 4; tidshorisont kort ×4 + lang -> 5; gjennomførbarhet 3,3,4,3 + 1 -> 3.
        # The old rule took round 2 alone: every part 1, total 0.0, rank 10 of 10.
        parts = after["parts"]
        assert isinstance(parts, dict)
        assert parts == before["parts"]
        assert after["total"] == 68.75
        assert rank_after == 3


def test_show_keeps_the_rounds_visible(shipped: Path, run: Run) -> None:
    out = run("show", "ligatabell-kliniske-studier", "--lang", "en").stdout
    # Siri Dahl rated only in round 1 and keeps her voice; Kari moved from 2 to 3
    line = next(line for line in out.splitlines() if line.startswith("  Public health"))
    assert line.split() == [
        "Public", "health", "3.00", "median", "of", "5,", "rounds", "1–2", "2→3", "3", "2", "3",
        "2", "1.00",
    ]
    tidshorisont = next(line for line in out.splitlines() if line.startswith("  Time horizon"))
    assert "medium→kort" in tidshorisont


def test_a_fifth_criterion_leaves_every_measure_in_place(shipped: Path, run: Run) -> None:
    criteria = shipped / "criteria.yaml"
    text = criteria.read_text(encoding="utf-8")
    criteria.write_text(
        text.replace("satsingsområder:\n", "  kostnad:\n    navn: Kostnad\nsatsingsområder:\n", 1),
        encoding="utf-8",
    )
    validate = run("validate")
    assert validate.exit_code == 0, validate.stdout
    warnings = validate.stdout.splitlines()
    assert warnings and all(": warning: " in line for line in warnings)
    assert all(line.endswith("[decision.gate_no_longer_met]") for line in warnings)
    board = run("status").stdout
    report = run("report", "--date", "2026-11-22").stdout
    assert "13 tiltak:" in report
    doc = json.loads(run("rank", "--format", "json", "--all").stdout)
    assert len(doc["ranked"]) + len(doc["unranked"]) == 13
    assert doc["broken"] == []
    columns = board.splitlines()[2]
    counts = [int(part.split("(")[1].rstrip(")")) for part in columns.split(")")[:-1]]
    assert sum(counts) == 13


def test_a_file_with_an_error_is_listed_not_removed(shipped: Path, run: Run) -> None:
    git(shipped, "init", "-q", "-b", "main")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-q", "-m", "Møte 1")
    git(shipped, "tag", "møte-1")
    path = shipped / "measures" / "ligatabell-kliniske-studier.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(
        "tittel: Ligatabell for kliniske studier i helseforetakene",
        "tittel: Ligatabell: kliniske studier",
    ), encoding="utf-8")
    report = run("report", "--since", "møte-1", "--date", "2026-11-22")
    assert report.exit_code == 1
    out = report.stdout
    assert "## Filer med feil\n" in out
    assert "- measures/ligatabell-kliniske-studier.yaml:1: YAML-syntaksfeil:" in out
    assert "Fjernet:" not in out
    assert (
        "- Har feil nå, og er ikke med før filen er rettet: Ligatabell for kliniske studier i "
        "helseforetakene (`ligatabell-kliniske-studier`)"
    ) in out


def test_a_whole_criterion_score_is_refused_where_a_part_takes_levels(
    workdir: Path, run: Run
) -> None:
    from conftest import write

    path = write(workdir / "measures" / "m.yaml", "tittel: M\nbeskrivelse: b\n")
    before = path.read_bytes()
    refused = run("score", "m", "--rater", "R", "nytte=2", "kostnad=3")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Feil: «nytte» kan ikke få ett tall for hele kriteriet, fordi delen «nytte.tid» tar et "
        "nivå (kort, medium eller lang); gi poeng per del, f.eks. nytte.tid=…\n"
    )
    assert path.read_bytes() == before
    write(workdir / "measures" / "m.yaml", "tittel: M\nbeskrivelse: b\npoeng: {nytte: 2}\n")
    assert run("validate").stdout == (
        "measures/m.yaml:3:16: error: «nytte» kan ikke få ett tall for hele kriteriet, fordi "
        "delen «nytte.tid» tar et nivå (kort, medium eller lang); gi poeng per del, f.eks. "
        "nytte.tid=… [score.whole_with_levels]\n"
    )


def test_csv_cells_never_start_a_formula(workdir: Path, run: Run) -> None:
    from conftest import write

    for ident, title in (("a", "=HYPERLINK(\"http://x.invalid\")"), ("b", "+1"), ("c", "-2"),
                         ("d", "@SUM(A1)"), ("e", "Vanlig tittel")):
        write(workdir / "measures" / f"{ident}.yaml", (
            f"tittel: '{title}'\nbeskrivelse: b\n"
            "poeng: {nytte: {helse: 3, penger: 3, tid: medium}, kostnad: 3}\n"
        ))
    rows = run("rank", "--format", "csv", "--lang", "en").stdout.splitlines()[1:]
    titles = {row.split(",")[1]: row.split(",", 2)[2].rsplit(",", 5)[0] for row in rows}
    assert titles == {
        "a": "\"'=HYPERLINK(\"\"http://x.invalid\"\")\"",
        "b": "'+1",
        "c": "'-2",
        "d": "'@SUM(A1)",
        "e": "Vanlig tittel",
    }


def test_a_change_of_scale_is_loud(shipped: Path, run: Run) -> None:
    criteria = shipped / "criteria.yaml"
    criteria.write_text(
        criteria.read_text(encoding="utf-8").replace(
            "skala: {min: 1, maks: 5}", "skala: {min: 1, maks: 7}"
        ),
        encoding="utf-8",
    )
    (shipped / "schema").mkdir()
    (shipped / "schema" / "measure.schema.json").write_bytes(
        (Path(__file__).resolve().parent.parent / "schema" / "measure.schema.json").read_bytes()
    )
    result = run("validate")
    assert result.exit_code == 0  # warnings only: the files are still valid
    lines = result.stdout.splitlines()
    codes = {line.rsplit("[", 1)[1].rstrip("]") for line in lines}
    assert codes == {"criteria.levels_short", "criteria.anchors_short", "schema.stale"}
    assert (
        "schema/measure.schema.json:1:1: warning: skjemafilen stemmer ikke lenger med "
        "kriteriene, så editoren sjekker mot gamle regler; kjør: ho21score schema --criteria "
        "criteria.yaml > schema/measure.schema.json [schema.stale]"
    ) in lines
    assert any(
        line.startswith("criteria.yaml:")
        and "warning: nivåene går fra 1–5, men skalaen er 1–7" in line
        for line in lines
    )
    assert run("validate", "--strict").exit_code == 1


def test_a_round_that_skips_a_round_is_a_warning(shipped: Path, run: Run) -> None:
    _add_late_rating(shipped, 3)
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout == (
        "measures/drup-studie.yaml:43:12: warning: runde 3, men ingen har vurdert tiltaket i "
        "runde 2; er rundenummeret riktig? [rating.round_gap]\n"
    )


def test_bp2_with_disagreement_asks_or_needs_yes(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "innovative-anskaffelser.yaml"
    before = path.read_bytes()
    refused = run("advance", "innovative-anskaffelser", "videre", "--date", "2026-11-22")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Feil: «videre» ved BP2 mens rådet er uenige om potensiale.gevinst; diskuter delene "
        "først, eller bekreft med --yes\n"
    )
    assert path.read_bytes() == before
    done = run("advance", "innovative-anskaffelser", "videre", "--date", "2026-11-22", "--yes")
    assert done.exit_code == 0, done.output
    assert path.read_text(encoding="utf-8").endswith(
        "  - bp: BP2\n    beslutning: videre\n    dato: 2026-11-22\n"
    )


def test_bp2_with_disagreement_asks_at_a_terminal(shipped: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    path = shipped / "measures" / "innovative-anskaffelser.yaml"
    before = path.read_bytes()
    for answer, code in (("n", 1), ("j", 0)):
        main, terminal = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "ho21score", "advance", "innovative-anskaffelser", "videre",
             "--date", "2026-11-22"],
            cwd=shipped, stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        os.write(main, f"{answer}\n".encode())
        out, err = proc.communicate(timeout=60)
        os.close(main)
        os.close(terminal)
        assert proc.returncode == code, err.decode()
        assert "Rådet er uenige om potensiale.gevinst. Gå videre likevel? [j/N]" in out.decode()
        if answer == "n":
            assert path.read_bytes() == before
    assert "beslutning: videre\n    dato: 2026-11-22\n" in path.read_text(encoding="utf-8")


def test_score_refuses_one_person_spelled_twice_in_a_round(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    before = path.read_bytes()
    args = ["betydning.folkehelse=1", "betydning.tjenester=1", "betydning.verdiskaping=1"]
    twice = run("score", "drup-studie", "--rater", "ola nordmann", "--round", "1", *args)
    assert twice.exit_code == 1
    assert twice.stderr == (
        "Feil: «ola nordmann» ligner «Ola Nordmann», som allerede har en vurdering i runde 1 "
        "(measures/drup-studie.yaml:18); er det samme person, skriv navnet likt (og bruk "
        "--replace for å endre vurderingen), ellers bruk en vurdererliste (vurderere.yaml)\n"
    )
    assert path.read_bytes() == before
    # a new round that skips one is written, and said at once, not at the next validate
    skipped = run("score", "drup-studie", "--rater", "Per Olsen", "--round", "3",
                  "--date", "2026-11-22", *args)
    assert skipped.exit_code == 0, skipped.output
    assert skipped.stdout == (
        "Registrerte vurderingen fra Per Olsen (runde 3) i "
        "measures/drup-studie/per-olsen-runde-3.yaml.\n"
    )
    # the warning stands at the round in the new rating file
    assert skipped.stderr == (
        "measures/drup-studie/per-olsen-runde-3.yaml:2:8: warning: runde 3, men ingen har "
        "vurdert tiltaket i runde 2; er rundenummeret riktig? [rating.round_gap]\n"
    )
    assert path.read_bytes() == before


def test_a_date_ahead_is_refused_when_recorded(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "ligatabell-kliniske-studier.yaml"
    before = path.read_bytes()
    for args in (["advance", "ligatabell", "vent", "--date", "2099-01-01"],
                 ["score", "ligatabell", "--rater", "Per", "--date", "2099-01-01",
                  "gjennomførbarhet=3"]):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr == (
            "Feil: datoen 2099-01-01 ligger mer enn én dag fram i tid; bruk datoen det skjedde\n"
        )
    assert path.read_bytes() == before
    assert not (shipped / "measures" / "ligatabell-kliniske-studier").exists()


def test_a_file_fixed_since_the_ref_is_not_new(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("tittel: Nasjonal", "tittel: Nasjonal: DRUP", 1), "utf-8")
    git(shipped, "init", "-q", "-b", "main")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-q", "-m", "Møte 1, med en feil")
    git(shipped, "tag", "møte-1")
    path.write_text(good, encoding="utf-8")
    out = run("report", "--since", "møte-1", "--date", "2026-11-22").stdout
    assert (
        "- Rettet (filen hadde feil og var ikke med): Nasjonal DRUP-studie for "
        "presisjonsmedisin i kreftbehandlingen (`drup-studie`)"
    ) in out
    assert "Nytt tiltak" not in out
    assert "Nasjonal DRUP-studie for presisjonsmedisin i kreftbehandlingen: BP1" not in out


def test_an_unresolved_merge_conflict_is_one_clear_problem(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    text = path.read_text(encoding="utf-8")
    ours = "  - vurdert_av: Kari Nordmann\n"
    path.write_text(text.replace(ours, (
        "<<<<<<< HEAD\n"
        "  - {vurdert_av: Siri Dahl, poeng: {gjennomførbarhet: 3}}\n"
        "=======\n"
        "  - {vurdert_av: Per Olsen, poeng: {gjennomførbarhet: 4}}\n"
        ">>>>>>> per/vurdering\n" + ours
    ), 1), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout == (
        "measures/drup-studie.yaml:10:1: error: uløst git-konflikt (linje 10–14): behold den "
        "ene siden (eller begge), og fjern linjene <<<<<<<, ======= og >>>>>>> "
        "[file.git_conflict]\n"
    )
    # still listed, never dropped
    assert "measures/drup-studie.yaml:10: uløst git-konflikt" in run("rank").stdout


def test_markers_left_by_a_careless_resolution_are_named(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    text = path.read_text(encoding="utf-8")
    ours = "  - vurdert_av: Kari Nordmann\n"
    path.write_text(text.replace(ours, ">>>>>>> per/vurdering\n" + ours, 1), encoding="utf-8")
    assert run("validate").stdout == (
        "measures/drup-studie.yaml:10:1: error: en linje igjen fra en uløst git-konflikt "
        "(<<<<<<<, =======, ||||||| eller >>>>>>>); rett konflikten og fjern linjen "
        "[file.git_conflict_left]\n"
    )
    # in a file that reads as YAML, such a line is text: a quoted title may go on with one
    path.write_text(text.replace(
        "tittel: Nasjonal DRUP-studie", 'tittel: "Nasjonal\n<<<<<<< DRUP-studie', 1
    ).replace("kreftbehandlingen\n", 'kreftbehandlingen"\n', 1), encoding="utf-8")
    assert "git-konflikt" not in run("validate").stdout


def test_a_returning_rater_spelled_otherwise_is_refused_in_a_new_round(
    shipped: Path, run: Run
) -> None:
    result = run("score", "drup-studie", "--rater", "kari nordmann", "--round", "2",
                 "betydning.folkehelse=1")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Feil: «kari nordmann» ligner «Kari Nordmann», som allerede har en vurdering i runde 1"
    )


def test_text_options_with_control_characters_are_usage_errors(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "drup-studie.yaml"
    before = path.read_bytes()
    for args, option, code in (
        (["score", "drup", "--rater", "Per", "--comment", "a\x1bb", "gjennomførbarhet=3"],
         "--comment", "U+001B"),
        (["score", "drup", "--rater", "Per\u202eTest", "gjennomførbarhet=3"], "--rater", "U+202E"),
        (["advance", "drup", "vent", "--note", "a\x07"], "--note", "U+0007"),
    ):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr == (
            f"Feil: {option}: tegnet {code} er ikke tillatt (kontrolltegn eller retningstegn); "
            "fjern det\n"
        )
    assert path.read_bytes() == before
