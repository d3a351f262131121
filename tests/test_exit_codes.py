"""One error model: exit codes 0, 1, 2, 3 and 130 through the real entry point, problem
codes in every format, warnings that do not fail validate unless --strict."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ho21score import __version__
from ho21score.cli import app
from ho21score.cli.exitcode import ExitCode

from conftest import Run, write

GOOD = "tittel: God\nbeskrivelse: Ingen feil.\n"
FUTURE = GOOD + "beslutninger:\n  - {bp: BP1, beslutning: vent, dato: 2999-01-01}\n"


def tool(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("HO21SCORE_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "ho21score", *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, check=False, env=env,
    )


def test_version_and_short_help(workdir: Path) -> None:
    version = tool("--version", cwd=workdir)
    assert (version.returncode, version.stdout) == (0, f"ho21score {__version__}\n")
    short, long = tool("-h", cwd=workdir), tool("--help", cwd=workdir)
    assert short.returncode == 0
    assert short.stdout == long.stdout
    assert "rank" in short.stdout
    assert tool("rank", "-h", cwd=workdir).stdout == tool("rank", "--help", cwd=workdir).stdout


def test_usage_errors_exit_2(workdir: Path) -> None:
    for args in (
        ["rank", "--top", "0"],
        ["rank", "--format", "pdf"],
        ["nosuchcommand"],
        ["validate", "--measures", "nowhere"],
        ["report", "--output", "no/such/folder/report.md"],
    ):
        result = tool(*args, cwd=workdir)
        assert result.returncode == ExitCode.USAGE, (args, result.stderr)
        assert "Traceback" not in result.stderr
    missing = tool("report", "--output", "no/such/folder/report.md", cwd=workdir)
    assert missing.stderr == (
        "Feil: mappen til «no/such/folder/report.md» finnes ikke; lag den først, eller velg en "
        "annen --output\n"
    )
    assert not (workdir / "no").exists()


def test_an_internal_error_names_its_type_and_version_and_how_to_report_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug cannot be made on purpose, so one is planted where the repository is read."""

    def crash(*_: object) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr("ho21score.cli.common.load_repository", crash)
    monkeypatch.delenv("HO21SCORE_DEBUG", raising=False)
    assert app.run(["rank"]) == ExitCode.INTERNAL
    err = capsys.readouterr().err
    assert err == (
        f"ho21score: intern feil (RuntimeError) i ho21score {__version__}. Dette er en feil i "
        "programmet, ikke i filene dine: meld den til dem som vedlikeholder ho21score, med "
        "kommandoen du kjørte og utskriften av den samme kommandoen med HO21SCORE_DEBUG=1.\n"
    )
    monkeypatch.setenv("HO21SCORE_DEBUG", "1")
    assert app.run(["rank", "--lang", "en"]) == ExitCode.INTERNAL
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: planted" in err
    assert "internal error (RuntimeError) in ho21score" in err


def test_ctrl_c_at_a_prompt_exits_130_and_writes_nothing(workdir: Path) -> None:
    path = write(workdir / "measures" / "m.yaml", GOOD)
    before = path.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ho21score", "score", "m", "--rater", "R", "--interactive"],
        cwd=workdir, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    seen = b""
    deadline = time.monotonic() + 30
    while b"Verdi (1" not in seen and time.monotonic() < deadline:  # the first question's prompt
        if select.select([proc.stdout], [], [], 0.5)[0]:
            seen += os.read(proc.stdout.fileno(), 4096)
    assert b"Verdi (1" in seen, seen
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert err.decode().strip().endswith("Avbrutt.")
    assert path.read_bytes() == before
    assert not (workdir / "measures" / "m").exists()  # no rating file either


def test_input_that_ends_at_a_prompt_is_an_input_error(workdir: Path) -> None:
    path = write(workdir / "measures" / "m.yaml", GOOD)
    result = tool("score", "m", "--rater", "R", "--interactive", cwd=workdir, stdin="4\n")
    assert result.returncode == ExitCode.INPUT_ERRORS
    assert result.stderr.strip().endswith(
        "Feil: inndata tok slutt før alle svar var gitt; ingenting er skrevet"
    )
    assert path.read_text() == GOOD
    assert not (workdir / "measures" / "m").exists()  # no rating file either


def test_warnings_pass_validate_unless_strict(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", FUTURE)
    line = (
        "measures/m.yaml:4:39: warning: datoen 2999-01-01 ligger mer enn én dag fram i tid; "
        "er årstallet riktig? [date.future]"
    )
    result = run("validate")
    assert result.exit_code == ExitCode.OK
    assert result.stdout.splitlines() == [line]
    assert result.stderr == "Ingen feil, men 1 advarsel i 2 filer.\n"
    strict = run("validate", "--strict")
    assert strict.exit_code == ExitCode.INPUT_ERRORS
    assert strict.stdout.splitlines() == [line]
    assert strict.stderr == (
        "Ingen feil, men 1 advarsel i 2 filer.\n--strict: advarsler teller som feil.\n"
    )
    # a warning never keeps a measure out of the ranking
    assert run("rank", "--format", "json", "--all").exit_code == ExitCode.OK


def test_errors_and_warnings_are_counted_apart(workdir: Path, run: Run) -> None:
    write(workdir / "measures" / "m.yaml", FUTURE)
    write(workdir / "measures" / "n.yaml", "tittel: N\n")
    result = run("validate", "--lang", "en")
    assert result.exit_code == ExitCode.INPUT_ERRORS
    assert result.stderr == "1 error in 1 of 3 files. Also 1 warning.\n"
    data = json.loads(run("validate", "--format", "json").stdout)
    assert (data["errors"], data["warnings"]) == (1, 1)
    assert [(p["code"], p["level"]) for p in data["problems"]] == [
        ("date.future", "warning"),
        ("field.missing", "error"),
    ]
    github = run("validate", "--format", "github").stdout.splitlines()
    assert github[0].startswith("::warning file=measures/m.yaml,line=4,col=39::")
    assert github[0].endswith(" [date.future]")


def test_one_file_is_one_file(workdir: Path, run: Run) -> None:
    (workdir / "measures").rmdir()
    (workdir / "measures").mkdir()
    result = run("validate", "--measures", "measures", "--lang", "en")
    assert result.stderr == "No problems in 1 file.\n"
