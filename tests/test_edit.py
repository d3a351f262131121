"""Edits from the command line keep every byte: `score` writes a rating file of its own and
leaves the measure file as it was; `advance` (and a rating written into the list by hand or
by an older version, through the insertion engine) on a corpus of differently formatted
files, compared as whole files; refusals leave files untouched."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from ho21score.files import insertion
from ho21score.files.atomic import FileChangedError, write_atomic
from ho21score.files.source import BOM
from ho21score.files.yamlread import YamlSyntaxError, load

from conftest import Run, write
from edit_corpus import CORPUS, EXPECTED

SCORE = ["--rater", "Siri Dahl", "--date", "2026-11-22", "nytte.helse=4", "nytte.penger=3",
         "nytte.tid=kort", "kostnad=2", "--comment", "Ny: vurdering"]
# the rating SCORE records, as an entry of `vurderinger:` and as the file `score` writes
RATING: insertion.Entry = {
    "vurdert_av": "Siri Dahl",
    "runde": 1,
    "dato": dt.date(2026, 11, 22),
    "poeng": {"nytte": {"helse": 4, "penger": 3, "tid": "kort"}, "kostnad": 2},
    "kommentar": "Ny: vurdering",
}
RATING_FILE = (
    "vurdert_av: Siri Dahl\n"
    "runde: 1\n"
    "dato: 2026-11-22\n"
    "poeng:\n"
    "  nytte: {helse: 4, penger: 3, tid: kort}\n"
    "  kostnad: 2\n"
    'kommentar: "Ny: vurdering"\n'
)


def keeps_every_character(old: str, new: str) -> bool:
    """Every character of ``old`` is still in ``new``, in order: only insertions."""
    rest = iter(new)
    return all(ch in rest for ch in old)


def put(workdir: Path, ident: str, text: str) -> Path:
    path = workdir / "measures" / f"{ident}.yaml"
    path.write_bytes(text.encode("utf-8"))
    return path


def score_writes_its_own_file(workdir: Path, run: Run, ident: str, content: str) -> Path:
    """`score` (SCORE) on the measure ``ident``: the rating goes to a new file of its own,
    and the measure file stays byte for byte as it was. Returns the rating file."""
    measure = workdir / "measures" / f"{ident}.yaml"
    result = run("score", ident, *SCORE)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"Registrerte vurderingen fra Siri Dahl (runde 1) i "
        f"measures/{ident}/siri-dahl-runde-1.yaml.\n"
    )
    assert measure.read_bytes() == content.encode("utf-8")
    rating = workdir / "measures" / ident / "siri-dahl-runde-1.yaml"
    assert rating.read_bytes() == RATING_FILE.encode("utf-8")
    assert sorted(p.name for p in rating.parent.iterdir()) == [rating.name]
    return rating


def insert_by_hand(path: Path, list_key: str, entry: insertion.Entry) -> None:
    """``entry`` put at the end of the list ``list_key`` of the file ``path`` by the
    insertion engine, proven, and written (a BOM kept): a rating written into the measure
    file's list, as a person or an older version of the tool did, is still valid input."""
    raw = path.read_bytes()
    bom = BOM if raw.startswith(BOM) else b""
    text = raw[len(bom):].decode("utf-8")
    doc = load(text, detail=True)
    new_text = insertion.append(text, doc, list_key, entry)
    insertion.check(text, new_text, doc, list_key, entry)
    path.write_bytes(bom + new_text.encode("utf-8"))


@pytest.mark.parametrize("ident", list(CORPUS))
def test_score_and_advance_insert_in_the_files_own_style(
    workdir: Path, run: Run, ident: str
) -> None:
    path = put(workdir, ident, CORPUS[ident])
    rating = score_writes_its_own_file(workdir, run, ident, CORPUS[ident])
    # the same rating in the file's own list instead (one place only: a rater has one
    # rating per round), then the decision through the command line
    shutil.rmtree(rating.parent)
    insert_by_hand(path, "vurderinger", RATING)
    assert keeps_every_character(CORPUS[ident], path.read_bytes().decode("utf-8"))
    result = run("advance", ident, "videre", "--date", "2026-11-23", "--by", "HO21-rådet",
                 "--yes")
    assert result.exit_code == 0, result.output
    assert path.read_bytes().decode("utf-8") == EXPECTED[ident]
    assert keeps_every_character(CORPUS[ident], EXPECTED[ident])
    # and the tool reads back what was meant
    doc = json.loads(run("rank", "--format", "json", "--all").stdout)
    measure = next(m for m in doc["ranked"] + doc["unranked"] if m["id"] == ident)
    assert measure["status"] == "aktiv"
    assert measure["phase"] in ("analyse", "vurdering")


def test_replace_changes_only_that_ratings_lines(workdir: Path, run: Run) -> None:
    original = CORPUS["trailing-comments"]
    path = put(workdir, "m", original)
    result = run("score", "m", "--rater", "Ola", "--date", "2026-11-22", "nytte.helse=5",
                 "kostnad=1")
    assert result.exit_code == 1
    assert (
        "Ola har allerede en vurdering i runde 1 (measures/m.yaml:6); bruk --replace"
        in result.stderr
    )
    assert path.read_text(encoding="utf-8") == original
    result = run("score", "m", "--rater", "Ola", "--date", "2026-11-22", "nytte.helse=5",
                 "kostnad=1", "--replace")
    assert result.exit_code == 0, result.output
    # only the parts named change (the others, and the comment, stay); each is reported
    assert result.stdout == (
        "Endret vurderingen fra Ola (runde 1) i measures/m.yaml:\n"
        "  nytte.helse: 2 → 5\n"
        "  kostnad: 2 → 1\n"
        "  dato: – → 2026-11-22\n"
    )
    assert path.read_text(encoding="utf-8") == original.replace(
        "  - vurdert_av: Ola\n"
        "    poeng:\n"
        "      nytte: {helse: 2, penger: 2, tid: medium}\n"
        "      kostnad: 2\n",
        "  - vurdert_av: Ola\n"
        "    dato: 2026-11-22\n"
        "    poeng:\n"
        "      nytte: {helse: 5, penger: 2, tid: medium}\n"
        "      kostnad: 1\n",
    )


def test_round_defaults_to_the_latest_in_the_file(workdir: Path, run: Run) -> None:
    text = ("tittel: A\nbeskrivelse: b\nvurderinger:\n"
            "  - {vurdert_av: Ola, runde: 2, poeng: {kostnad: 3}}\n")
    path = put(workdir, "m", text)
    result = run("score", "m", "--rater", "Siri", "--date", "2026-11-22", "kostnad=4")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte vurderingen fra Siri (runde 2) i measures/m/siri-runde-2.yaml.\n"
    )
    assert path.read_text(encoding="utf-8") == text
    assert (workdir / "measures" / "m" / "siri-runde-2.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: Siri\n"
        "runde: 2\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  kostnad: 4\n"
    )
    # and the round after it is the latest across both places
    result = run("score", "m", "--rater", "Ola", "--round", "3", "--date", "2026-11-23",
                 "kostnad=5")
    assert result.exit_code == 0, result.output
    result = run("score", "m", "--rater", "Kari", "--date", "2026-11-23", "kostnad=2")
    assert result.stdout == (
        "Registrerte vurderingen fra Kari (runde 3) i measures/m/kari-runde-3.yaml.\n"
    )


def test_replace_in_a_cr_only_file_changes_only_that_ratings_lines(
    workdir: Path, run: Run
) -> None:
    # a lone CR ends every line, and the last line has no line break at all
    original = (
        "tittel: A\rbeskrivelse: b\rforeslått_av: K\rsatsingsområder: [data]\r"
        "vurderinger:\r"
        "  - vurdert_av: Ola\r"
        "    poeng:\r"
        "      nytte: {helse: 2, penger: 2, tid: medium}\r"
        "      kostnad: 2\r"
        "  - vurdert_av: Kari\r"
        "    poeng: {kostnad: 4}"
    )
    path = put(workdir, "m", original)
    result = run("score", "m", "--rater", "Ola", "--date", "2026-11-22", "nytte.helse=5",
                 "kostnad=1")
    assert result.exit_code == 1
    assert (
        "Ola har allerede en vurdering i runde 1 (measures/m.yaml:6); bruk --replace"
        in result.stderr
    )
    assert path.read_bytes() == original.encode("utf-8")
    for rater, scores in [("Ola", ["nytte.helse=5", "kostnad=1"]), ("Kari", ["kostnad=1"])]:
        result = run("score", "m", "--rater", rater, "--date", "2026-11-22", *scores, "--replace")
        assert result.exit_code == 0, result.output
    # only the parts named change, each where it stands; the date joins each rating
    assert path.read_bytes().decode("utf-8") == (
        "tittel: A\rbeskrivelse: b\rforeslått_av: K\rsatsingsområder: [data]\r"
        "vurderinger:\r"
        "  - vurdert_av: Ola\r"
        "    dato: 2026-11-22\r"
        "    poeng:\r"
        "      nytte: {helse: 5, penger: 2, tid: medium}\r"
        "      kostnad: 1\r"
        "  - vurdert_av: Kari\r"
        "    dato: 2026-11-22\r"
        "    poeng: {kostnad: 1}"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            # CR LF, but one line was added with an editor that writes LF
            "tittel: Mest CRLF\r\n"
            "beskrivelse: b\r\n"
            "foreslått_av: Kari\n"
            "satsingsområder: [data]\r\n"
            "vurderinger:\r\n"
            "  - vurdert_av: Ola\n"
            "    poeng: {kostnad: 3}\r\n",
            "tittel: Mest CRLF\r\n"
            "beskrivelse: b\r\n"
            "foreslått_av: Kari\n"
            "satsingsområder: [data]\r\n"
            "vurderinger:\r\n"
            "  - vurdert_av: Ola\n"
            "    poeng: {kostnad: 3}\r\n"
            "  - vurdert_av: Siri Dahl\r\n"
            "    runde: 1\r\n"
            "    dato: 2026-11-22\r\n"
            "    poeng: {nytte: {helse: 4, penger: 3, tid: kort}, kostnad: 2}\r\n"
            '    kommentar: "Ny: vurdering"\r\n'
            "beslutninger:\r\n"
            "  - bp: BP1\r\n"
            "    beslutning: videre\r\n"
            "    dato: 2026-11-23\r\n"
            "    av: HO21-rådet\r\n",
        ),
        (
            # lone CRs, with LF at the end of the list and an LF blank line after it: a
            # lone CR before that blank line would join its LF, so the new lines get CR LF
            "tittel: Mest CR\r"
            "beskrivelse: b\r"
            "foreslått_av: Kari\r"
            "satsingsområder: [data]\r"
            "vurderinger:\r"
            "  - vurdert_av: Ola\r"
            "    poeng: {kostnad: 3}\n"
            "\n"
            "# slutt\r",
            "tittel: Mest CR\r"
            "beskrivelse: b\r"
            "foreslått_av: Kari\r"
            "satsingsområder: [data]\r"
            "vurderinger:\r"
            "  - vurdert_av: Ola\r"
            "    poeng: {kostnad: 3}\n"
            "  - vurdert_av: Siri Dahl\r\n"
            "    runde: 1\r\n"
            "    dato: 2026-11-22\r\n"
            "    poeng: {nytte: {helse: 4, penger: 3, tid: kort}, kostnad: 2}\r\n"
            '    kommentar: "Ny: vurdering"\r\n'
            "\n"
            "# slutt\r"
            "beslutninger:\r"
            "  - bp: BP1\r"
            "    beslutning: videre\r"
            "    dato: 2026-11-23\r"
            "    av: HO21-rådet\r",
        ),
        (
            # CR LF with one lone CR (an editor that lost an LF) right before the list
            "tittel: Ett CR\r\n"
            "beskrivelse: b\r\n"
            "foreslått_av: Kari\r\n"
            "satsingsområder: [data]\r"
            "vurderinger:\r\n"
            "- vurdert_av: Ola\r\n"
            "  poeng: {kostnad: 3}",
            "tittel: Ett CR\r\n"
            "beskrivelse: b\r\n"
            "foreslått_av: Kari\r\n"
            "satsingsområder: [data]\r"
            "vurderinger:\r\n"
            "- vurdert_av: Ola\r\n"
            "  poeng: {kostnad: 3}\r\n"
            "- vurdert_av: Siri Dahl\r\n"
            "  runde: 1\r\n"
            "  dato: 2026-11-22\r\n"
            "  poeng: {nytte: {helse: 4, penger: 3, tid: kort}, kostnad: 2}\r\n"
            '  kommentar: "Ny: vurdering"\r\n'
            "beslutninger:\r\n"
            "- bp: BP1\r\n"
            "  beslutning: videre\r\n"
            "  dato: 2026-11-23\r\n"
            "  av: HO21-rådet",
        ),
    ],
    ids=["mostly-crlf-one-lf", "mostly-cr-lf-blank-line", "crlf-one-lone-cr"],
)
def test_mixed_line_breaks_are_edited_in_the_most_common_one(
    workdir: Path, run: Run, content: str, expected: str
) -> None:
    path = put(workdir, "m", content)
    rating = score_writes_its_own_file(workdir, run, "m", content)
    shutil.rmtree(rating.parent)
    insert_by_hand(path, "vurderinger", RATING)
    result = run("advance", "m", "videre", "--date", "2026-11-23", "--by", "HO21-rådet")
    assert result.exit_code == 0, result.output
    assert path.read_bytes().decode("utf-8") == expected
    assert keeps_every_character(content, expected)


ENTRY: insertion.Entry = {"bp": "BP1", "beslutning": "videre"}


@pytest.mark.parametrize(
    ("old", "new", "cause"),
    [
        # not YAML at all
        ("a: 1\r", "a: 1\rbeslutninger:\r  - bp: BP1\r   beslutning: videre\r", YamlSyntaxError),
        # the lone CR of "a: 1" joins the LF put after it: a line break of the old text
        # changed, although every old character is still there
        ("a: 1\r", "a: 1\r\nbeslutninger:\r\n  - {bp: BP1, beslutning: videre}\r\n", None),
        # an inserted lone CR joins the LF of the blank line after it, which is gone
        ("a: 1\n\nb: 2\n", "a: 1\nbeslutninger: [{bp: BP1, beslutning: videre}]\r\nb: 2\n",
         None),
        # reads back as something else
        ("a: 1\r", "a: 1\rbeslutninger:\r  - {bp: BP1, beslutning: vent}\r", None),
    ],
    ids=["not-yaml", "old-cr-joins-new-lf", "new-cr-joins-old-lf", "other-data"],
)
def test_a_failed_proof_is_a_refusal(old: str, new: str, cause: type | None) -> None:
    with pytest.raises(insertion.EditError) as refused:
        insertion.check(old, new, load(old, detail=True), "beslutninger", ENTRY)
    assert type(refused.value.__cause__) is (cause or type(None))


def test_a_proof_that_cannot_even_be_attempted_is_a_refusal() -> None:
    old = "beslutninger: []\r"
    doc = load(old, detail=True)
    with pytest.raises(insertion.EditError) as refused:  # there is no item 3 to replace
        insertion.check(old, old, doc, "beslutninger", ENTRY, index=3)
    assert isinstance(refused.value.__cause__, KeyError)


READY = "tittel: A\nbeskrivelse: b\nforeslått_av: K\nsatsingsområder: [data]\n"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("tittel: A\nbeskrivelse: b\n", ["advance", "m", "videre"],
         "Feil: «videre» ved BP1 avvist; tiltaket mangler:\n"
         "  - hvem som foreslo det (foreslått_av)\n"
         "  - minst ett satsingsområde (satsingsområder)\n"),
        (READY, ["score", "m", "--rater", "R", "kostnad=6"],
         "Feil: «kostnad»: 6 ligger utenfor skalaen 1–5\n"),
        (READY, ["score", "m", "--rater", "R", "nytte.helsa=3"],
         "Feil: ukjent kriterium eller del «nytte.helsa» (mente du «nytte.helse»?); kjente: "
         "nytte.helse, nytte.penger, nytte.tid, kostnad, nytte\n"),
        (READY + "beslutninger:\n  - {bp: BP1, beslutning: stopp, dato: 2026-01-01}\n",
         ["advance", "m", "revider"],
         "Feil: «m» er stoppet; ingen flere beslutninger kan registreres\n"),
        (READY + "beslutninger:\n  - {bp: BP1, beslutning: vent, dato: 2026-12-01}\n",
         ["advance", "m", "vent", "--date", "2026-11-01"],
         "Feil: datoen 2026-11-01 er før forrige beslutning (2026-12-01)\n"),
        (READY, ["score", "mm", "--rater", "R", "kostnad=3"],
         "Feil: finner ikke tiltaket «mm» (mente du «m»?)\n"),
        (READY + "poeng: {kostnad: 9}\n", ["score", "m", "--rater", "R", "kostnad=3"],
         "Feil: measures/m.yaml har problemer og blir ikke endret før de er rettet:\n"
         "measures/m.yaml:5:18: error: «kostnad»: 9 ligger utenfor skalaen 1–5 "
         "[score.off_scale]\n"),
        (READY + "beslutninger: ~\n", ["advance", "m", "videre", "--date", "2026-11-22"],
         "Feil: measures/m.yaml er ikke endret: «beslutninger» står som en tom verdi (~ eller "
         "null); fjern verdien og prøv igjen\n"),
        (READY, ["score", "m", "--rater", "R"],
         "Feil: gi poeng som NØKKEL=VERDI, eller kjør i en terminal (eller med --interactive) "
         "for å bli spurt del for del\n"),
    ],
    ids=["unmet-gate", "off-scale", "unknown-part", "stopped", "date-before-last",
         "unknown-id", "file-with-problems", "null-list", "no-scores"],
)
def test_refusals_leave_bytes_and_mode_alone(
    workdir: Path, run: Run, content: str, args: list[str], message: str
) -> None:
    path = put(workdir, "m", content)
    os.chmod(path, 0o640)
    before = path.read_bytes()
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == message
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    # no temporary file is left (the edit lock's file may be there; git ignores it)
    left = sorted(p.name for p in (workdir / "measures").iterdir())
    assert [name for name in left if name != ".ho21score.lock"] == ["m.yaml"]


def test_mode_is_kept_on_a_successful_edit(workdir: Path, run: Run) -> None:
    path = put(workdir, "m", READY)
    os.chmod(path, 0o600)
    assert run("score", "m", "--rater", "R", "--date", "2026-11-22", "kostnad=3").exit_code == 0
    assert path.read_text(encoding="utf-8") == READY
    assert run("advance", "m", "videre", "--date", "2026-11-22").exit_code == 0
    assert path.read_text(encoding="utf-8") != READY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # a rating file changed with --replace keeps its mode too
    rating = workdir / "measures" / "m" / "r-runde-1.yaml"
    os.chmod(rating, 0o600)
    assert run("score", "m", "--rater", "R", "kostnad=4", "--replace").exit_code == 0
    assert "kostnad: 4" in rating.read_text(encoding="utf-8")
    assert stat.S_IMODE(rating.stat().st_mode) == 0o600


def test_a_file_changed_underneath_is_not_overwritten(tmp_path: Path) -> None:
    path = write(tmp_path / "m.yaml", READY)
    read_then = path.read_bytes()
    path.write_text(READY + "tiltakseier: Noen andre\n", encoding="utf-8")  # another editor
    now = path.read_bytes()
    with pytest.raises(FileChangedError):
        write_atomic(path, read_then + b"vurderinger: []\n", expected=read_then)
    assert path.read_bytes() == now
    assert [p.name for p in tmp_path.iterdir()] == ["m.yaml"]  # no temporary file left


def test_interactive_score_asks_part_by_part(workdir: Path, run: Run) -> None:
    path = put(workdir, "m", READY)
    # helse: "9" is refused and asked again; penger skipped; tid "snart" refused, then kort;
    # no comment; Enter saves
    answers = "9\n4\n\nsnart\nkort\n2\n\n\n"
    result = run("score", "m", "--rater", "R", "--date", "2026-11-22", "--interactive",
                 input=answers)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Vurdering av «A» (R, runde 1). Trykk Enter for å hoppe over en del." in out
    assert "Nytte › Helse (nytte.helse)" in out
    assert "Ugyldig svar: «nytte.helse»: 9 ligger utenfor skalaen 1–5" in out
    assert "Ugyldig svar: «nytte.tid»: «snart» er ikke et nivå; bruk kort, medium eller lang" in out
    assert out.endswith("Registrerte vurderingen fra R (runde 1) i measures/m/r-runde-1.yaml.\n")
    assert path.read_text(encoding="utf-8") == READY
    assert (workdir / "measures" / "m" / "r-runde-1.yaml").read_text(encoding="utf-8") == (
        "vurdert_av: R\n"
        "runde: 1\n"
        "dato: 2026-11-22\n"
        "poeng:\n"
        "  nytte: {helse: 4, tid: kort}\n"
        "  kostnad: 2\n"
    )


def test_advance_reports_the_new_phase(workdir: Path, run: Run) -> None:
    put(workdir, "m", READY)
    result = run("advance", "m", "videre", "--date", "2026-11-22", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == "m: BP1 videre. Now: Analysis, active.\n"
    result = run("advance", "m", "vent", "--date", "2026-11-23")
    assert result.stdout == "m: BP2 vent. Nå: Analyse, på vent.\n"
