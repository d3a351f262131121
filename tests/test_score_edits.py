"""`score`: a new rating is a file of its own (the measure file stays as it was); --replace
changes only the parts named, where they stand, and says what it replaced; answers at the
prompt read as KEY=VALUE reads them; a stopped measure takes no rating; an id may be given
by a unique prefix. Whole files compared after each edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from ho21score.cli import score as score_command
from ho21score.files.insertion import EditError
from ho21score.files.replacement import prove_replaced
from ho21score.files.yamlread import load

from conftest import Run, write

CRITERIA = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte:
    navn: Nytte
    vekt: 2
    deler:
      helse: {navn: Helse}
      penger: {navn: Penger}
  tid:
    navn: Tid
    vekt: 1
    deler:
      horisont: {navn: Horisont, nivåer: {kort: 5, medium: 3, lang: 1}}
  kostnad:
    navn: Kostnad
    vekt: 1
satsingsområder:
  data: Helsedata
uenighet: {iqr: 1}
"""

HEAD = "tittel: A\nbeskrivelse: b\nforeslått_av: K\nsatsingsområder: [data]\n"


@pytest.fixture
def council(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path / "criteria.yaml", CRITERIA)
    (tmp_path / "measures").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(council: Path, text: str, ident: str = "m") -> Path:
    path = council / "measures" / f"{ident}.yaml"
    path.write_bytes(text.encode("utf-8"))
    return path


# (the rating as it stands, the scores given with --replace, the rating after, the report)
CASES = {
    "one-part-in-a-flow-mapping": (
        "  - vurdert_av: Ola\n"
        "    runde: 1\n"
        "    dato: 2026-10-01\n"
        "    poeng:\n"
        "      nytte: {helse: 2, penger: 3}\n"
        "      tid: {horisont: lang}\n"
        "      kostnad: 2\n",
        ["nytte.helse=5"],
        "  - vurdert_av: Ola\n"
        "    runde: 1\n"
        "    dato: 2026-10-01\n"
        "    poeng:\n"
        "      nytte: {helse: 5, penger: 3}\n"
        "      tid: {horisont: lang}\n"
        "      kostnad: 2\n",
        ["  nytte.helse: 2 → 5"],
    ),
    "comments-in-the-rating-stay": (
        "  - vurdert_av: Ola   # leder\n"
        "    poeng:\n"
        "      # foreløpig\n"
        "      nytte:\n"
        "        helse: 2     # usikker\n"
        "        penger: 3\n"
        "      kostnad: 2  # kommentar etter verdien\n",
        ["nytte.penger=1", "tid.horisont=Kort"],
        "  - vurdert_av: Ola   # leder\n"
        "    poeng:\n"
        "      # foreløpig\n"
        "      nytte:\n"
        "        helse: 2     # usikker\n"
        "        penger: 1\n"
        "      tid: {horisont: kort}\n"
        "      kostnad: 2  # kommentar etter verdien\n",
        ["  nytte.penger: 3 → 1", "  tid.horisont: – → kort"],
    ),
    "a-whole-criterion-split-into-its-parts": (
        "  - vurdert_av: Ola\n"
        "    poeng: {nytte: 4, kostnad: 2}\n",
        ["nytte.penger=2.0"],
        "  - vurdert_av: Ola\n"
        "    poeng: {nytte: {helse: 4, penger: 2}, kostnad: 2}\n",
        ["  nytte.penger: 4 → 2"],
    ),
    "a-whole-criterion-over-parts-written-one-by-one": (
        "  - vurdert_av: Ola\n"
        "    poeng:\n"
        "      nytte:\n"
        "        helse: 2\n"
        "      kostnad: 2\n",
        ["nytte=3"],
        "  - vurdert_av: Ola\n"
        "    poeng:\n"
        "      nytte:\n"
        "        helse: 3\n"
        "        penger: 3\n"
        "      kostnad: 2\n",
        ["  nytte.helse: 2 → 3", "  nytte.penger: – → 3"],
    ),
    "a-criterion-new-to-the-rating-goes-first": (
        "  - vurdert_av: Ola\n"
        "    poeng:\n"
        "      kostnad: 2\n",
        ["nytte.helse=4", "--comment", "Endret etter møtet"],
        "  - vurdert_av: Ola\n"
        "    poeng:\n"
        "      nytte: {helse: 4}\n"
        "      kostnad: 2\n"
        "    kommentar: Endret etter møtet\n",
        ["  nytte.helse: – → 4", "  kommentar: – → Endret etter møtet"],
    ),
    "date-and-comment-set-where-they-stand": (
        "  - {vurdert_av: Ola, dato: 2026-10-01, poeng: {kostnad: 2}, kommentar: Først}\n",
        ["kostnad=5", "--date", "2026-11-22", "--comment", "Så"],
        "  - {vurdert_av: Ola, dato: 2026-11-22, poeng: {kostnad: 5}, kommentar: Så}\n",
        ["  kostnad: 2 → 5", "  dato: 2026-10-01 → 2026-11-22", "  kommentar: Først → Så"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_replace_changes_only_the_parts_named(council: Path, run: Run, case: str) -> None:
    before, scores, after, report = CASES[case]
    other = "  - {vurdert_av: Kari, poeng: {nytte: 1, kostnad: 1}}  # Kari\n"
    tail = "beslutninger: []\n"
    path = put(council, HEAD + "vurderinger:\n" + before + other + tail)
    result = run("score", "m", "--rater", "Ola", "--replace", *scores)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Endret vurderingen fra Ola (runde 1) i measures/m.yaml:", *report
    ]
    assert path.read_text(encoding="utf-8") == HEAD + "vurderinger:\n" + after + other + tail
    assert run("validate").exit_code == 0


def test_replace_in_english_and_a_refused_replacement(council: Path, run: Run) -> None:
    text = HEAD + "vurderinger:\n  - vurdert_av: Ola\n    poeng: {nytte: {helse: 2}}\n"
    path = put(council, text)
    result = run("score", "m", "--rater", "Ola", "--replace", "nytte.helse=4.5")
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: «nytte.helse»: 4.5 er ikke et heltall; poeng er hele tall 1–5\n"
    )
    assert path.read_text(encoding="utf-8") == text
    result = run("score", "m", "--rater", "Ola", "--replace", "nytte.helse=4", "--lang", "en")
    assert result.stdout == (
        "Changed the rating by Ola (round 1) in measures/m.yaml:\n  nytte.helse: 2 → 4\n"
    )


def test_replace_without_a_rating_records_one(council: Path, run: Run) -> None:
    path = put(council, HEAD)
    result = run("score", "m", "--rater", "Ola", "--replace", "--date", "2026-11-22", "kostnad=3")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte vurderingen fra Ola (runde 1) i measures/m/ola-runde-1.yaml.\n"
    )
    assert path.read_text(encoding="utf-8") == HEAD
    assert (council / "measures" / "m" / "ola-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: Ola\n"
        "runde: 1\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  kostnad: 3\n"
    )


def test_the_proof_of_a_replacement_refuses_anything_else() -> None:
    old = "a: 1\nvurderinger:\n  - vurdert_av: Ola\n    poeng: {kostnad: 2}\nb: 2\n"
    doc = load(old, detail=True)
    item = {"vurdert_av": "Ola", "poeng": {"kostnad": 3}}
    right = old.replace("kostnad: 2", "kostnad: 3")
    prove_replaced(old, right, doc, ("vurderinger", 0), item)
    for wrong in (
        right.replace("a: 1", "a:  1"),  # a character outside the rating
        right.replace("b: 2\n", "b: 2\n# ny\n"),
        old.replace("kostnad: 2", "kostnad: 4"),  # another value than the one meant
        old.replace("    poeng", "    runde: 1\n    poeng").replace("2}", "3}"),  # a key more
    ):
        with pytest.raises(EditError):
            prove_replaced(old, wrong, doc, ("vurderinger", 0), item)


def test_a_stopped_measure_takes_no_rating(council: Path, run: Run) -> None:
    text = HEAD + "beslutninger:\n  - {bp: BP1, beslutning: stopp, dato: 2026-01-01}\n"
    path = put(council, text)
    result = run("score", "m", "--rater", "R", "kostnad=3")
    assert result.exit_code == 1
    assert result.stderr == "Feil: «m» er stoppet; ingen vurderinger kan registreres\n"
    # asked at a prompt: refused before the first question, so no answer is given in vain
    result = run("score", "m", "--rater", "R", "--interactive", input="3\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Feil: «m» er stoppet; ingen vurderinger kan registreres\n"
    assert path.read_text(encoding="utf-8") == text
    assert not (council / "measures" / "m").exists()


@pytest.mark.parametrize(
    ("pair", "written"),
    [("kostnad=4.0", "kostnad: 4"), ("kostnad= 4 ", "kostnad: 4"),
     ("tid.horisont=KORT", "tid: {horisont: kort}"),
     ("tid.horisont=Medium", "tid: {horisont: medium}")],
)
def test_key_value_reads_whole_numbers_and_levels_in_any_case(
    council: Path, run: Run, pair: str, written: str
) -> None:
    path = put(council, HEAD)
    result = run("score", "m", "--rater", "R", "--date", "2026-11-22", pair)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == HEAD
    assert (council / "measures" / "m" / "r-runde-1.yaml").read_text(encoding="utf-8") == (
        f"vurdert_av: R\nrunde: 1\ndato: 2026-11-22\npoeng:\n  {written}\n"
    )


def test_interactive_answers_read_as_key_value_and_are_asked_again(
    council: Path, run: Run
) -> None:
    path = put(council, HEAD)
    # helse 4.5 (asked again), 4.0; penger skipped; horisont "Kort"; kostnad "x" (asked
    # again), 2; a comment; "kanskje" (asked again); Enter saves
    answers = "4.5\n4.0\n\nKort\nx\n2\nFra møtet\nkanskje\n\n"
    result = run("score", "m", "--rater", "R", "--date", "2026-11-22", "-i", input=answers)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Ugyldig svar: «nytte.helse»: 4.5 er ikke et heltall; poeng er hele tall 1–5" in out
    assert "Ugyldig svar: «kostnad»: «x» er ikke en poengsum; bruk et heltall 1–5" in out
    assert out.count("Verdi (1–5): ") == 5  # helse twice, penger, kostnad twice
    assert "Kommentar (valgfri; Enter for ingen): " in out
    assert (
        "Dette registreres for R (runde 1, 2026-11-22):\n"
        "  nytte.helse: 4\n"
        "  tid.horisont: kort\n"
        "  kostnad: 2\n"
        "  kommentar: Fra møtet\n"
        "Lagre? [J/n]: kanskje\n"
        "Svar j eller n.\n"
        "Lagre? [J/n]: \n"
        "Registrerte vurderingen fra R (runde 1) i measures/m/r-runde-1.yaml.\n"
    ) in out
    assert path.read_text(encoding="utf-8") == HEAD
    assert (council / "measures" / "m" / "r-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: R\n"
        "runde: 1\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  nytte: {helse: 4}\n"
        "  tid: {horisont: kort}\n"
        "  kostnad: 2\n"
        "kommentar: Fra møtet\n"
    )


def test_interactive_no_writes_nothing(council: Path, run: Run) -> None:
    path = put(council, HEAD)
    result = run("score", "m", "--rater", "R", "-i", "--comment", "gitt", input="3\n\n\n\nnei\n")
    assert result.exit_code == 1
    assert "Kommentar (valgfri" not in result.stdout  # --comment was given
    assert "  kommentar: gitt\n" in result.stdout
    assert result.stderr == "Ingenting er skrevet.\n"
    assert path.read_text(encoding="utf-8") == HEAD
    assert not (council / "measures" / "m").exists()


def test_answers_refused_at_the_write_are_kept_as_a_command(
    council: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = put(council, HEAD)
    asked = score_command.ask

    def ask_while_a_colleague_records(*args: object, **kwargs: object) -> object:
        answers = asked(*args, **kwargs)  # type: ignore[arg-type]
        # meanwhile, the same rater's rating is recorded from another terminal
        recorded = run("score", "m", "--rater", "R", "--date", "2026-11-22", "kostnad=1")
        assert recorded.exit_code == 0
        return answers

    monkeypatch.setattr(score_command, "ask", ask_while_a_colleague_records)
    result = run("score", "m", "--rater", "R", "-i", input="4\n\n\n2\nMin kommentar\n\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Svarene dine som kommando: ho21score score m --rater R --round 1 --comment "
        "'Min kommentar' nytte.helse=4 kostnad=2",
        "Feil: R har allerede en vurdering i runde 1 (measures/m/r-runde-1.yaml); bruk --replace "
        "for å erstatte den",
    ]
    # the colleague's rating stands as it was written; the measure file is untouched
    assert path.read_text(encoding="utf-8") == HEAD
    assert (council / "measures" / "m" / "r-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: R\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: 1\n"
    )


def test_an_id_may_be_a_unique_prefix(council: Path, run: Run) -> None:
    put(council, HEAD, "alfa-tiltak")
    put(council, HEAD.replace("A", "B"), "alfa-annet")
    put(council, HEAD.replace("A", "C"), "beta")
    assert run("show", "bet").stdout.startswith("C (beta)")
    result = run("score", "alfa-t", "--rater", "R", "--date", "2026-11-22", "kostnad=3")
    assert result.stdout == (
        "Registrerte vurderingen fra R (runde 1) i measures/alfa-tiltak/r-runde-1.yaml.\n"
    )
    # a measure's folder of ratings is not a measure, and takes no part in prefixes
    assert run("show", "alfa-t").stdout.startswith("A (alfa-tiltak)")
    result = run("advance", "alfa-a", "vent", "--date", "2026-11-22")
    assert result.stdout == "alfa-annet: BP1 vent. Nå: Idé, på vent.\n"
    result = run("show", "alfa")
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: «alfa» passer til flere tiltak: «alfa-annet» eller «alfa-tiltak»; "
        "skriv mer av id-en\n"
    )
    result = run("score", "alfa-tiltk", "--rater", "R", "kostnad=3", "--lang", "en")
    assert result.stderr == (
        "Error: no measure 'alfa-tiltk' (did you mean 'alfa-tiltak' or 'alfa-annet'?)\n"
    )
    assert run("advance", "gamma", "vent").stderr == "Feil: finner ikke tiltaket «gamma»\n"


def test_show_prints_only_the_problems_of_the_measure_asked_for(council: Path, run: Run) -> None:
    put(council, "tittel: A\nbeskrivelse: b\npoeng: {kostnad: 9}\n", "a")
    put(council, "tittel: B\nbeskrivelse: b\npoeng: {kostnad: 0}\n", "ba")
    result = run("show", "a")
    assert result.exit_code == 1
    assert "measures/a.yaml" in result.stderr
    assert "ba.yaml" not in result.stderr


COMMENTED = """\
tittel: a
beskrivelse: b
vurderinger:
  - vurdert_av: Ola  # leder
    runde: 1
    poeng:
      # betydning etter møtet
      betydning: {folkehelse: 3}
      nytte: {helse: 3, penger: 3}  # enig
    kommentar:
"""


def test_replace_keeps_every_comment_or_refuses(workdir: Path, run: Run) -> None:
    path = workdir / "measures" / "m.yaml"
    path.write_text(COMMENTED.replace("betydning: {folkehelse: 3}", "kostnad: 3"), "utf-8")
    before = path.read_text(encoding="utf-8")
    done = run("score", "m", "--rater", "Ola", "--replace", "nytte.helse=4")
    assert done.exit_code == 0, done.output
    assert done.stdout.endswith("  nytte.helse: 3 → 4\n")
    assert path.read_text(encoding="utf-8") == before.replace("helse: 3,", "helse: 4,")
    # an empty comment cannot be set in place; a rewrite would lose the comments: refused
    refused = run("score", "m", "--rater", "Ola", "--replace", "--comment", "Ny",
                  "nytte.helse=5")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Feil: measures/m.yaml er ikke endret: vurderingen kan ikke endres på stedet, og å "
        "skrive den på nytt ville fjerne kommentarene (#) i den; endre verdien i filen for "
        "hånd\n"
    )
    assert path.read_text(encoding="utf-8") == before.replace("helse: 3,", "helse: 4,")
