"""One date rule for `status` and `report`: --date, else SOURCE_DATE_EPOCH, else the day
of the last commit that changed the measures or criteria, else today (no git, or
uncommitted changes to them)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from ho21score.cli.as_of import as_of_day as as_of

from conftest import Run


def git(root: Path, *args: str, date: str = "2026-10-01T12:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_AUTHOR_NAME": "Sekretariatet", "GIT_AUTHOR_EMAIL": "sek@ho21.invalid",
           "GIT_COMMITTER_NAME": "Sekretariatet", "GIT_COMMITTER_EMAIL": "sek@ho21.invalid"}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture
def committed(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped measures committed on 1 October 2026; a later commit elsewhere."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    git(shipped, "init", "-q", "-b", "main")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-qm", "measures")
    (shipped / "notes.txt").write_text("not a measure\n", encoding="utf-8")
    git(shipped, "add", "notes.txt")
    git(shipped, "commit", "-qm", "notes", date="2026-11-05T12:00:00+00:00")
    return shipped


def day(committed: Path) -> dt.date:
    return as_of(None, committed / "measures", committed / "criteria.yaml")


def test_the_last_commit_that_changed_the_measures_dates_the_board(committed: Path) -> None:
    assert day(committed) == dt.date(2026, 10, 1)


def test_a_commit_to_the_criteria_counts_too(committed: Path) -> None:
    with (committed / "criteria.yaml").open("a", encoding="utf-8") as f:
        f.write("# ny kommentar\n")
    git(committed, "commit", "-qam", "criteria", date="2026-11-10T12:00:00+00:00")
    assert day(committed) == dt.date(2026, 11, 10)


@pytest.mark.parametrize("change", ["edit", "new file"])
def test_uncommitted_changes_to_the_measures_are_shown_as_of_today(
    committed: Path, change: str
) -> None:
    if change == "edit":
        path = committed / "measures" / "drup-studie.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "# endret\n", encoding="utf-8")
    else:
        (committed / "measures" / "nytt.yaml").write_text("tittel: Nytt\n", encoding="utf-8")
    assert day(committed) == dt.date.today()


def test_an_ignored_file_is_no_change(committed: Path) -> None:
    (committed / ".gitignore").write_text("*.lock\n", encoding="utf-8")
    git(committed, "add", ".gitignore")
    git(committed, "commit", "-qm", "ignore", date="2026-11-12T12:00:00+00:00")
    (committed / "measures" / ".ho21score.lock").write_text("", encoding="utf-8")
    assert day(committed) == dt.date(2026, 10, 1)


def test_without_git_it_is_today(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(shipped.parent))
    assert day(shipped) == dt.date.today()


def test_date_and_source_date_epoch_come_first(
    committed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = dt.datetime(2026, 12, 1)
    assert as_of(given, committed / "measures", committed / "criteria.yaml") == given.date()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")  # 2026-11-18 UTC
    assert day(committed) == dt.date(2026, 11, 18)


def test_status_and_report_print_the_same_date_by_the_same_rule(
    committed: Path, run: Run
) -> None:
    board = run("status")
    report = run("report", "--no-robustness")
    assert board.stdout.splitlines()[0].endswith("pr 01.10.2026")
    assert report.stdout.splitlines()[0].endswith("pr 01.10.2026")
    assert run("status", "--date", "1.12.2026").stdout.startswith(
        "Status tiltak i HO21 pr 01.12.2026"
    )


def test_both_helps_state_the_rule_in_the_same_words(run: Run) -> None:
    def date_help(command: str) -> str:
        lines = run(command, "--help").stdout.splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("--date"))
        end = next(i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("-"))
        return " ".join(" ".join(lines[start:end]).split()[2:])

    assert date_help("status") == date_help("report")
    assert "siste commit som endret tiltakene eller kriteriene" in date_help("status")
