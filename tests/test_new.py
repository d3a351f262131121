"""`new`: ids of at most 60 characters cut at a word, --id, a title that another measure
has is refused with that measure's id, and no title crashes anything."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ho21score.cli.app import run as run_command
from ho21score.files.source import ID_PATTERN
from ho21score.files.template import MAX_ID, slug
from ho21score.files.yamlread import load

from conftest import SMALL_CRITERIA, Run, write

LONG = (
    "Et nasjonalt program for bedre samarbeid mellom kommunene, helseforetakene, "
    "universitetene og næringslivet om kliniske studier, persontilpasset medisin, "
    "helsedata, innovative anskaffelser og kunnskapsløft for alle som arbeider i helse- "
    "og omsorgstjenestene, med særlig vekt på de minste kommunene i distriktene"
)


def files(workdir: Path) -> list[str]:
    return sorted(p.name for p in (workdir / "measures").iterdir() if p.suffix == ".yaml")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("a" * 61, "a" * 60),  # one word longer than the limit: cut inside it
        ("b" * 59 + " cd", "b" * 59),  # the last word does not fit whole
        ("b" * 60 + " cd", "b" * 60),  # the cut falls on the hyphen
        ("ab " * 20, "-".join(["ab"] * 20)[:59]),  # 59 characters: 20 words of "ab"
        ("Kort tittel", "kort-tittel"),
    ],
    ids=["one-long-word", "word-past-the-limit", "cut-at-hyphen", "many-short-words", "short"],
)
def test_slug_is_cut_after_the_last_whole_word(title: str, expected: str) -> None:
    ident = slug(title)
    assert ident == expected
    assert len(ident) <= MAX_ID and ID_PATTERN.match(ident)


def test_a_long_title_gets_a_short_id(workdir: Path, run: Run) -> None:
    result = run("new", LONG)
    assert result.exit_code == 0, result.output
    ident = "et-nasjonalt-program-for-bedre-samarbeid-mellom-kommunene"
    assert result.stdout == f"measures/{ident}.yaml\n"
    assert len(ident) <= MAX_ID
    text = (workdir / "measures" / f"{ident}.yaml").read_text(encoding="utf-8")
    assert load(text).data["tittel"] == LONG  # the title itself is kept whole
    assert run("validate").exit_code == 0
    assert run("show", ident).exit_code == 0


def test_id_chooses_the_file_name(workdir: Path, run: Run) -> None:
    result = run("new", LONG, "--id", "samarbeid-kliniske-studier")
    assert result.exit_code == 0, result.output
    assert result.stdout == "measures/samarbeid-kliniske-studier.yaml\n"
    assert files(workdir) == ["samarbeid-kliniske-studier.yaml"]


@pytest.mark.parametrize("ident", ["Store-Bokstaver", "a" * 61, "../utenfor", "to--streker", ""])
def test_a_bad_id_is_refused(workdir: Path, run: Run, ident: str) -> None:
    result = run("new", "Noe", "--id", ident)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Feil: «{ident}» kan ikke være en id: bruk små bokstaver a–z, sifre og bindestreker, "
        "høyst 60 tegn\n"
    )
    assert files(workdir) == []
    assert not (workdir / "utenfor.yaml").exists()


@pytest.mark.parametrize(
    "again", ["Flere praksisplasser", "FLERE  praksisplasser ", "flere praksisplasser"]
)
def test_a_title_another_measure_has_is_refused_with_its_id(
    workdir: Path, run: Run, again: str
) -> None:
    assert run("new", "Flere praksisplasser", "--id", "praksis").exit_code == 0
    before = (workdir / "measures" / "praksis.yaml").read_bytes()
    result = run("new", again, "--id", "noe-annet")
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: tiltaket «praksis» (measures/praksis.yaml) har allerede tittelen «Flere "
        "praksisplasser»; ingenting er skrevet\n"
    )
    assert files(workdir) == ["praksis.yaml"]
    assert (workdir / "measures" / "praksis.yaml").read_bytes() == before
    english = run("new", again, "--lang", "en")
    assert english.stderr == (
        "Error: measure 'praksis' (measures/praksis.yaml) already has the title 'Flere "
        "praksisplasser'; nothing was written\n"
    )


def test_a_title_too_big_for_a_measure_file_is_refused(workdir: Path, run: Run) -> None:
    result = run("new", "x " * 600_000)  # the file would be over 1 MiB
    assert result.exit_code == 1
    assert "[file.too_big]" in result.stderr
    assert files(workdir) == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(title="0000000000000000")  # a number too long to be read plain (a crash)
@given(title=st.text(max_size=400) | st.text(alphabet="abc æøå-.:#'\"\n\t", max_size=1000))
def test_no_title_crashes_new(title: str) -> None:
    """Any title: a file that reads back with that title (stripped), or a refusal."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write(root / "criteria.yaml", SMALL_CRITERIA)
        (root / "measures").mkdir()
        code = run_command(["new", "--measures", str(root / "measures"),
                            "--criteria", str(root / "criteria.yaml"), "--", title])
        assert code in (0, 1)  # 3 would be a crash
        made = [p for p in (root / "measures").iterdir() if p.suffix == ".yaml"]
        if code == 0:
            assert len(made) == 1 and len(made[0].stem) <= MAX_ID
            data = load(made[0].read_text(encoding="utf-8")).data
            assert data["tittel"] == title.strip()
        else:
            assert made == []


def test_a_title_that_is_not_utf8_is_refused(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # bytes that are not UTF-8 on the command line reach Python as lone surrogates
    assert run_command(["new", "Tittel \udc85"]) == 1
    assert capsys.readouterr().err == (
        "Feil: «Tittel \\udc85» er ikke gyldig tekst (UTF-8); ingenting er skrevet\n"
    )
    assert files(workdir) == []
