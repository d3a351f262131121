"""One language at a time: every command's output, help and usage errors in the language
asked for (--lang, HO21SCORE_LANG), bokmål by default; click's English never in bokmål
and the catalogue's bokmål never in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from ho21score.cli.app import build_app
from ho21score.cli.help_texts import HELP_KEYS, help_key
from ho21score.messages import MESSAGES

from conftest import ROOT, Run, write

WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def _texts(index: int) -> str:
    out = []
    for texts in MESSAGES.values():
        text = texts[index]
        out += list(text) if isinstance(text, tuple) else [text]
    return "\n".join(out)


def _data_words(folder: Path) -> set[str]:
    """Words of the files shown as they are (titles, names, comments, keys, levels, focus
    areas): data, in any language. Not the measures' descriptions, which no output shows,
    nor the criteria's bokmål names, questions and anchors, which have English versions."""
    from ho21score.files.yamlread import load

    def walk(data: object, skip: frozenset[str]) -> set[str]:
        if isinstance(data, dict):
            found = set()
            for key, value in data.items():
                found |= _words(str(key))
                if str(key) not in skip:
                    found |= walk(value, skip)
            return found
        if isinstance(data, list):
            return set().union(*(walk(item, skip) for item in data)) if data else set()
        return _words(str(data))

    criteria = load((folder / "criteria.yaml").read_text(encoding="utf-8")).data
    found = walk(criteria, frozenset({"navn", "spørsmål", "ankere"}))
    for path in sorted((folder / "measures").rglob("*.yaml")):
        found |= walk(load(path.read_text(encoding="utf-8")).data, frozenset({"beskrivelse"}))
    return found


def _bokmaal_only(folder: Path) -> set[str]:
    """Words of the catalogue's bokmål that are in none of its English texts and not data."""
    vocabulary = {"idé", "analyse", "vurdering", "gjennomføring", "oppfølging", "aktiv",
                  "til", "revisjon", "på", "vent", "stoppet", "videre", "revider", "stopp"}
    return _words(_texts(0)) - _words(_texts(1)) - _data_words(folder) - vocabulary


# click's own English, which bokmål output must never show
CLICK_ENGLISH = (
    "Usage:", "Options:", "Arguments:", "Commands:", "Error:", "Invalid value",
    "Missing argument", "Missing option", "No such option", "No such command", "Aborted!",
    "Show this message and exit.", "Try '", "for help", "[default:", "[required]",
    "env var:", "Got unexpected", "requires an argument", "is not one of", "[OPTIONS]",
    "COMMAND [ARGS]", "Possible options", "does not match the format", "is not a valid",
    "Choose from",
)


@pytest.fixture
def council(shipped: Path) -> Path:
    """The shipped repository, in a git repository of its own (report, --since)."""
    import subprocess

    for args in (["init", "-q"], ["add", "."], ["-c", "user.name=T", "-c", "user.email=t@e",
                                               "commit", "-q", "-m", "m"]):
        subprocess.run(["git", *args], cwd=shipped, check=True)
    return shipped


def _run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(
        build_app(), list(args), env={"COLUMNS": "120", **(env or {})}, catch_exceptions=False
    )


def _every_command_in_english(folder: Path) -> dict[str, str]:
    """The output (stdout and stderr) of every command with --lang en, by command line."""
    lines = [
        ["rank"], ["rank", "--format", "markdown"], ["validate"],
        ["show", "ligatabell"], ["status", "--date", "1.12.2026"],
        ["status", "--participation"],
        ["advance", "drup-studie", "vent", "--date", "2026-11-23", "--note", "x"],
        ["agree", "studiesykepleiere", "betydning.folkehelse=4", "--date", "2026-11-23"],
        ["score", "drup-studie", "--rater", "Tester", "betydning.folkehelse=4", "--date",
         "2026-11-23"],
        ["new", "A new measure", "--id", "fresh"], ["schema"],
        ["report", "--date", "2026-11-22"],
        ["report", "--date", "2026-11-22", "--format", "html", "-o", "report.html"],
        ["robustness", "--draws", "200"],
        ["sheet", "export", "--round", "1", "-o", "ark"],
        ["advance", "drup-studie", "nonsense"], ["rank", "--nope"],
        ["status", "--date", "31.2.2026"], ["show"],
    ]
    out = {}
    for line in lines:
        result = _run(*line, "--lang", "en")
        out[" ".join(line)] = result.stdout + result.stderr
    out["report.html"] = (folder / "report.html").read_text(encoding="utf-8")
    workbook = next((folder / "ark").glob("*.xlsx"))
    imported = _run("sheet", "import", str(workbook), "--dry-run", "--lang", "en")
    out["sheet import"] = imported.stdout + imported.stderr
    for command in ("", "rank", "validate", "show", "status", "score", "advance", "agree",
                    "new", "schema", "report", "robustness", "sheet", "sheet export",
                    "sheet import"):
        result = _run(*command.split(), "--help", env={"HO21SCORE_LANG": "en"})
        out[f"{command} --help"] = result.stdout + result.stderr
    return out


# lines of output that other engineers are changing now; each names its owner
OTHERS = {
    # descriptions in the files' language by design (files/jsonschema.py)
    "schema": "nobody: the JSON Schema is for the files, which are in bokmål",
}


def test_english_output_has_no_bokmaal_words_from_the_catalogue(council: Path) -> None:
    bokmaal = _bokmaal_only(council)
    leaks = {}
    for line, output in _every_command_in_english(council).items():
        found = sorted(_words(output) & bokmaal)
        if found and line not in OTHERS:
            leaks[line] = found
    assert leaks == {}


def test_bokmaal_output_has_none_of_clicks_english(shipped: Path) -> None:
    outputs = []
    for line in (
        [], ["-h"], ["rank", "-h"], ["sheet"], ["sheet", "export", "-h"], ["advance", "-h"],
        ["advance", "x", "bad"], ["advance"], ["advance", "x"], ["rank", "--nope"],
        ["rank", "--top"], ["rank", "--top", "x"], ["rank", "a", "b"], ["nosuch"],
        ["rank", "--format", "xml"], ["robustness", "--draws", "0"], ["sheet", "export"],
        ["status", "--date", "2026-13-01"], ["score", "-h"],
    ):
        result = _run(*line)
        outputs.append((line, result.stdout + result.stderr))
    leaks = [(line, phrase) for line, out in outputs for phrase in CLICK_ENGLISH if phrase in out]
    assert leaks == []


def test_every_command_and_option_has_a_bokmaal_help_text() -> None:
    root = typer.main.get_command(build_app())
    missing = []

    def walk(command: typer.core.TyperGroup | object, path: tuple[str, ...]) -> None:
        if help_key(path) is None:
            missing.append(" ".join(path) or "ho21score")
        for param in getattr(command, "params", []):
            if help_key(path, param.name) is None:
                missing.append(f"{' '.join(path) or 'ho21score'} {param.opts or param.name}")
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(root, ())
    assert missing == []
    assert set(HELP_KEYS) == {key for key in MESSAGES if key.startswith("help.")}


def test_usage_errors_in_bokmaal_and_in_english(workdir: Path, run: Run) -> None:
    nb = run("advance", "x", "bad")
    assert nb.exit_code == 2
    assert nb.stderr == (
        "Bruk: ho21score advance [VALG] {ID} {BESLUTNING}\n"
        "Prøv «ho21score advance -h» for hjelp.\n\n"
        "Feil: ugyldig verdi for «BESLUTNING»: «bad» er ikke et gyldig valg; velg «videre», "
        "«revider», «vent» eller «stopp».\n"
    )
    en = run("advance", "x", "bad", "--lang", "en")
    assert en.exit_code == 2
    assert en.stderr == (
        "Usage: ho21score advance [OPTIONS] {ID} {DECISION}\n"
        "Try 'ho21score advance -h' for help.\n\n"
        "Error: invalid value for 'DECISION': 'bad' is not one of 'videre', 'revider', "
        "'vent' or 'stopp'.\n"
    )
    missing = run("sheet", "export")
    assert missing.stderr.endswith("Feil: mangler valget «--round».\n")
    extra = run("rank", "a", "b", env={"HO21SCORE_LANG": "en"})
    assert extra.stderr.endswith("Error: got unexpected extra arguments: a b\n")


@pytest.mark.parametrize("given", ["--lang=nn", "--lang=NO", "--lang=nb-NO", "--lang=nn_no"])
def test_norwegian_variants_are_read_as_bokmaal_with_a_note(
    workdir: Path, run: Run, given: str
) -> None:
    result = run("validate", given)
    value = given.partition("=")[2]
    assert result.exit_code == 0
    assert result.stderr == f"«{value}» leses som bokmål (nb)\nIngen problemer i 1 fil.\n"


def test_an_unknown_language_is_a_usage_error(workdir: Path, run: Run) -> None:
    option = run("validate", "--lang", "de")
    assert (option.exit_code, option.stdout) == (2, "")
    assert option.stderr == "Feil: ugyldig verdi for «--lang»: «de»; bruk nb, en\n"
    env = run("validate", env={"HO21SCORE_LANG": "sv"})
    assert env.exit_code == 2
    assert env.stderr == (
        "Feil: HO21SCORE_LANG=«sv» er ikke et språk ho21score kan; bruk nb, en (eller --lang)\n"
    )
    # the command line wins over the environment
    assert run("validate", "--lang", "en", env={"HO21SCORE_LANG": "sv"}).stderr == (
        "No problems in 1 file.\n"
    )


def test_lang_may_come_before_the_command(workdir: Path, run: Run) -> None:
    assert run("--lang", "en", "validate").stderr == "No problems in 1 file.\n"


def test_dates_are_read_in_either_form(shipped: Path, run: Run) -> None:
    iso = run("status", "--date", "2026-12-01")
    assert iso.exit_code == 0
    assert run("status", "--date", "1.12.2026").stdout == iso.stdout
    assert run("status", "--date", "01.12.2026").stdout == iso.stdout
    bad = run("status", "--date", "31.11.2026")
    assert bad.exit_code == 2
    assert bad.stderr.endswith(
        "Feil: ugyldig verdi for «--date»: «31.11.2026» er ingen dato; skriv den som "
        "2026-12-01 eller 1.12.2026\n"
    )
    english = run("status", "--date", "12/1/2026", "--lang", "en")
    assert english.stderr.endswith(
        "Error: invalid value for '--date': '12/1/2026' is not a date; write it as 2026-12-01 "
        "or 1.12.2026\n"
    )


def test_yaml_syntax_errors_are_worded_in_the_language(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", "tittel: A: B\nbeskrivelse: x\n")
    nb = run("validate")
    assert nb.stdout == (
        "measures/m.yaml:1:10: error: YAML-syntaksfeil: et kolon her gjør teksten til en ny "
        "nøkkel der ingen kan stå; sett verdien i anførselstegn hvis den inneholder «: », "
        "eller rett innrykket [yaml.syntax]\n"
    )
    en = run("validate", "--lang", "en")
    assert en.stdout == (
        "measures/m.yaml:1:10: error: YAML syntax error: a colon here makes a new key where "
        "none can be; put the value in quotes if it contains ': ', or correct the "
        "indentation [yaml.syntax]\n"
    )


def test_criteria_in_english_where_the_file_gives_them(shipped: Path, run: Run) -> None:
    nb = run("show", "ligatabell").stdout
    en = run("show", "ligatabell", "--lang", "en").stdout
    assert "  Folkehelse " in nb and "Public health" not in nb
    assert "  Public health " in en and "Folkehelse" not in en
    assert "Measurability and own control" in en


def test_english_criteria_texts_are_checked(workdir: Path, run: Run) -> None:
    small = (workdir / "criteria.yaml").read_text(encoding="utf-8")
    helse = "      helse: {navn: Helse, vekt: 2}"
    write(workdir / "criteria.yaml", small.replace(helse, (
        "      helse:\n        navn: Helse\n        navn_en: Health\n        vekt: 2\n"
        "        ankere: {1: Lite, 5: Mye}\n        ankere_en: {1: Little, 9: Much}"
    )))
    result = run("validate", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "criteria.yaml:12:32: error: anchor 9 is outside the scale 1–5 "
        "[criteria.anchor_off_scale]",
        "criteria.yaml:12:9: warning: ankere_en should explain the same scores as ankere "
        "(1, 5); with --lang en only the English ones are shown [criteria.anchors_en_differ]",
    ]
    write(workdir / "criteria.yaml", small.replace(helse, helse[:-1] + ", spørsmål_en: 3}"))
    result = run("validate", "--lang", "en")
    assert result.stdout.splitlines() == [
        "criteria.yaml:7:50: error: 'kriterier.nytte.deler.helse.spørsmål_en' must be text, "
        "not 3 [field.wrong_type]",
    ]


def test_ctrl_c_and_end_of_input_in_english(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", "tittel: God\nbeskrivelse: Ingen feil.\n")
    ended = run("score", "m", "--rater", "R", "--interactive", "--lang", "en", input="4\n")
    assert ended.exit_code == 1
    assert ended.stderr.endswith(
        "Error: the input ended before every answer was given; nothing was written\n"
    )
    assert "Aborted" not in ended.stdout + ended.stderr


def test_shipped_criteria_have_english_for_every_name_question_and_anchor() -> None:
    from ho21score.files.criteria_file import load_criteria

    criteria, problems = load_criteria(ROOT / "criteria.yaml")
    assert criteria is not None and problems == []
    for criterion in criteria.criteria:
        assert criterion.name_en and criterion.question_en, criterion.key
        for part in criterion.parts:
            assert part.name_en and part.question_en, part.key
            assert set(part.anchors_en) == set(part.anchors_nb), part.key

