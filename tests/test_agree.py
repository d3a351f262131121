"""`agree`: the council's agreed value goes into the measure's top-level `poeng` in the
file's own style, with the date and the note as a comment on the line; an agreed part is
not changed without --replace; a refusal leaves the file byte for byte; the command says
which flagged parts it closes, and the ranking uses the agreed value. Whole files are
compared after each edit (the small criteria of conftest: nytte.helse, nytte.penger,
nytte.tid with levels, kostnad)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ho21score.files.agreement import agreement_comment, prove_agreement
from ho21score.files.insertion import EditError
from ho21score.files.yamlread import load

from conftest import Run
from edit_corpus import CORPUS

HEAD = "tittel: A\nbeskrivelse: b\n"
DATE = ["--date", "2026-11-20"]


def put(workdir: Path, text: str, ident: str = "m") -> Path:
    path = workdir / "measures" / f"{ident}.yaml"
    path.write_bytes(text.encode("utf-8"))
    return path


# Ola and Kari disagree on nytte.helse (1 and 5: median 3, IQR 2 above 1); a file in block
# style, indented by four, with a comment heading the ratings after a blank line
BLOCK = HEAD + (
    "\n"
    "# Vurderingene fra rådet\n"
    "vurderinger:\n"
    "    -   vurdert_av: Ola\n"
    "        poeng:\n"
    "            nytte:\n"
    "                helse: 1\n"
    "                penger: 3\n"
    "                tid: kort\n"
    "            kostnad: 2\n"
    "    -   vurdert_av: Kari\n"
    "        poeng:\n"
    "            nytte:\n"
    "                helse: 5\n"
    "                penger: 3\n"
    "                tid: kort\n"
    "            kostnad: 2\n"
)

# the same in flow style, with CR LF line breaks and no final line break
FLOW = (
    HEAD
    + "vurderinger:\n"
    "- {vurdert_av: Ola, poeng: {nytte: {helse: 1, penger: 3, tid: kort}, kostnad: 2}}\n"
    "- {vurdert_av: Kari, poeng: {nytte: {helse: 5, penger: 3, tid: kort}, kostnad: 2}}\n"
    "beslutninger: [{bp: BP1, beslutning: videre, dato: 2026-01-10}]"
).replace("\n", "\r\n")


def test_a_first_agreement_in_a_block_file(workdir: Path, run: Run) -> None:
    path = put(workdir, BLOCK)
    result = run("agree", "m", "nytte.helse=4", *DATE, "--note", "Etter diskusjon i møtet")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte omforent verdi i measures/m.yaml:\n"
        "  nytte.helse: median 3 → omforent 4\n"
        "Lukker uenighet om nytte.helse.\n"
    )
    # before the comment that heads the ratings, with a blank line as the file has
    assert path.read_text(encoding="utf-8") == BLOCK.replace(
        "\n# Vurderingene",
        "\npoeng:\n"
        "    nytte:\n"
        "        helse: 4  # enighet 2026-11-20: Etter diskusjon i møtet\n"
        "\n# Vurderingene",
    )
    assert run("validate").exit_code == 0


def test_a_first_agreement_in_a_flow_file(workdir: Path, run: Run) -> None:
    path = put(workdir, FLOW)
    result = run("agree", "m", "nytte.helse=4", "kostnad=3", *DATE)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte omforente verdier i measures/m.yaml:\n"
        "  nytte.helse: median 3 → omforent 4\n"
        "  kostnad: median 2 → omforent 3\n"
        "Lukker uenighet om nytte.helse.\n"
    )
    assert path.read_bytes() == FLOW.replace(
        "vurderinger:",
        "poeng: {nytte: {helse: 4}, kostnad: 3}  # enighet 2026-11-20\r\nvurderinger:",
    ).encode("utf-8")


def test_an_agreement_beside_another_criterion(workdir: Path, run: Run) -> None:
    before = HEAD + "poeng:     # omforent i rådet\n  kostnad: 3   # fra mars\n"
    path = put(workdir, before + "beslutninger: []\n")
    result = run("agree", "m", "nytte.tid=KORT", "nytte.penger=2", *DATE, "--note", "Enige")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte omforente verdier i measures/m.yaml:\n"
        "  nytte.penger: – → omforent 2\n"
        "  nytte.tid: – → omforent kort (5)\n"
    )
    # a criterion new to the block goes where the criteria file puts it: before kostnad
    assert path.read_text(encoding="utf-8") == (
        HEAD + "poeng:     # omforent i rådet\n"
        "  nytte: {penger: 2, tid: kort}  # enighet 2026-11-20: Enige\n"
        "  kostnad: 3   # fra mars\n"
        "beslutninger: []\n"
    )


def test_an_agreed_part_is_changed_only_with_replace(workdir: Path, run: Run) -> None:
    text = HEAD + (
        "poeng:\n"
        "  nytte:\n"
        "    helse: 2   # foreløpig\n"
        "  kostnad: 3\n"
        "vurderinger:\n"
        "  - {vurdert_av: Ola, poeng: {nytte: {helse: 1}}}\n"
    )
    path = put(workdir, text)
    result = run("agree", "m", "nytte.helse=4", "kostnad=3", *DATE)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Feil: rådet har allerede en omforent verdi for nytte.helse (2, linje 5), "
        "kostnad (3, linje 6); bruk --replace for å endre den\n"
    )
    assert path.read_text(encoding="utf-8") == text
    result = run("agree", "m", "nytte.helse=4", "--replace", *DATE, "--note", "Ny runde")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte omforent verdi i measures/m.yaml:\n"
        "  nytte.helse: omforent 2 → omforent 4\n"
    )
    # the value set where it stands; the old comment stays, the note follows it
    assert path.read_text(encoding="utf-8") == text.replace(
        "    helse: 2   # foreløpig\n",
        "    helse: 4   # foreløpig  # enighet 2026-11-20: Ny runde\n",
    )


@pytest.mark.parametrize(
    ("words", "error"),
    [
        (["nytte.helse=7"], "Feil: «nytte.helse»: 7 ligger utenfor skalaen 1–5\n"),
        (["nytte.helse=3.5"], "Feil: «nytte.helse»: 3.5 er ikke et heltall; poeng er hele "
                              "tall 1–5\n"),
        (["nytte.tid=snart"], "Feil: «nytte.tid»: «snart» er ikke et nivå; bruk kort, medium "
                              "eller lang\n"),
        (["nytte=4"], None),  # a whole criterion with a level part
        (["nytte.helse=4", "--note", "to\nlinjer"], None),
        (["nytte.helse=4", "--date", "2099-01-01"], None),
    ],
)
def test_a_refusal_leaves_the_file_byte_for_byte(
    workdir: Path, run: Run, words: list[str], error: str | None
) -> None:
    path = put(workdir, FLOW)
    result = run("agree", "m", *words)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Feil: ")
    if error is not None:
        assert result.stderr == error
    assert path.read_bytes() == FLOW.encode("utf-8")


def test_a_stopped_measure_is_refused(workdir: Path, run: Run) -> None:
    text = HEAD + "beslutninger:\n  - {bp: BP1, beslutning: stopp, dato: 2026-01-10}\n"
    path = put(workdir, text)
    result = run("agree", "m", "kostnad=3")
    assert result.exit_code == 1
    assert result.stderr == "Feil: «m» er stoppet; ingen omforent verdi kan registreres\n"
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("poeng:\nvurderinger: []\n",
         "poeng:\n  kostnad: 4  # enighet 2026-11-20\nvurderinger: []\n"),
        ("poeng: {}\n", "poeng: {kostnad: 4}  # enighet 2026-11-20\n"),
        # an empty value inside the block: the block written anew, where it stands
        ("poeng:\n  kostnad:\n", "poeng:\n  kostnad: 4  # enighet 2026-11-20\n"),
        ("", "poeng:\n  kostnad: 4  # enighet 2026-11-20\n"),  # at the end
    ],
)
def test_an_empty_or_missing_block(workdir: Path, run: Run, before: str, after: str) -> None:
    path = put(workdir, HEAD + before)
    result = run("agree", "m", "kostnad=4", *DATE)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == HEAD + after


def _keeps_every_character(old: str, new: str) -> bool:
    rest = iter(new)
    return all(ch in rest for ch in old)


@pytest.mark.parametrize("ident", list(CORPUS))
def test_agree_in_the_files_own_style(workdir: Path, run: Run, ident: str) -> None:
    """Each file of the edit corpus (CR LF, a lone CR, a BOM, flow lists, quotes, comments
    everywhere): a first agreement only inserts; a second, with --replace, keeps the
    comments of the first; both leave a file without problems."""
    path = put(workdir, CORPUS[ident], ident)
    result = run("agree", ident, "nytte.helse=4", "kostnad=2", *DATE, "--note", "Enige")
    assert result.exit_code == 0, result.output
    first = path.read_bytes().decode("utf-8")
    assert _keeps_every_character(CORPUS[ident], first)
    assert "  # enighet 2026-11-20: Enige" in first
    assert run("validate").exit_code == 0
    result = run("agree", ident, "nytte.helse=5", "nytte.penger=1", "--replace", *DATE)
    assert result.exit_code == 0, result.output
    second = path.read_bytes().decode("utf-8")
    assert second.count("# enighet 2026-11-20: Enige") == first.count("# enighet")
    assert run("validate").exit_code == 0


def test_the_ranking_uses_the_agreed_value(workdir: Path, run: Run) -> None:
    put(workdir, BLOCK)
    before = json.loads(run("rank", "--format", "json").stdout)["ranked"][0]
    assert before["parts"]["nytte.helse"] == 3.0
    assert before["disagreement"] == ["nytte.helse"]
    assert run("agree", "m", "nytte.helse=4", *DATE).exit_code == 0
    after = json.loads(run("rank", "--format", "json").stdout)["ranked"][0]
    assert after["parts"]["nytte.helse"] == 4.0
    assert after["disagreement"] == []
    assert after["total"] > before["total"]


def test_in_english(workdir: Path, run: Run) -> None:
    put(workdir, BLOCK)
    result = run("agree", "m", "nytte.penger=5", *DATE, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Recorded the agreed value in measures/m.yaml:\n"
        "  nytte.penger: median 3 → agreed 5\n"
        "Still disagreement on nytte.helse.\n"
    )
    result = run("agree", "m", "nytte.penger=4", *DATE, "--lang", "en")
    assert result.stderr == (
        "Error: the council already has an agreed value for nytte.penger (5, line 6); use "
        "--replace to change it\n"
    )


def test_the_proof_refuses_anything_else() -> None:
    old = "a: 1  # a\npoeng:\n  kostnad: 2  # to\nb: 2\n"
    doc = load(old, detail=True)
    note = agreement_comment(dt.date(2026, 11, 20), "x")
    right = old.replace("kostnad: 2  # to", f"kostnad: 3  # to  {note}")
    prove_agreement(old, right, doc, {"kostnad": 3}, note, 1)
    for wrong, notes in (
        (right, 2),  # the note on fewer lines than meant
        (old.replace("kostnad: 2  # to", f"kostnad: 3  {note}"), 1),  # a comment lost
        (right.replace("a: 1", "a:  1"), 1),  # a character outside the block
        (right.replace("b: 2\n", "b: 2\n# ny\n"), 1),
        (right.replace("kostnad: 3", "kostnad: 4"), 1),  # another value than the one meant
        (right.replace("  kostnad", "  nytte: {helse: 2}\n  kostnad"), 1),  # a value more
    ):
        with pytest.raises(EditError):
            prove_agreement(old, wrong, doc, {"kostnad": 3}, note, notes)


def test_the_shipped_disagreement_closed(shipped: Path, run: Run) -> None:
    path = shipped / "measures" / "innovative-anskaffelser.yaml"
    original = path.read_text(encoding="utf-8")
    result = run("agree", "innovative", "potensiale.gevinst=4", "--date", "2026-11-20",
                 "--note", "Etter rådsmøtet")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Registrerte omforent verdi i measures/innovative-anskaffelser.yaml:\n"
        "  potensiale.gevinst: median 2 → omforent 4\n"
        "Lukker uenighet om potensiale.gevinst.\n"
    )
    assert path.read_text(encoding="utf-8") == original.replace(
        "\nvurderinger:\n",
        "\npoeng:\n  potensiale: {gevinst: 4}  # enighet 2026-11-20: Etter rådsmøtet\n"
        "vurderinger:\n",
        1,
    )
    assert run("validate").exit_code == 0
