"""Two edits at the same moment: both land, or one is refused with a clear message; never a
silent loss. Real processes of the real CLI, released together; the folder's edit lock;
two raters write two rating files, the same rater and round twice is one rating; temporary
files left by a killed write (in the measures folder or a measure's folder of ratings) are
removed, and git sees neither them nor the lock file."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

from ho21score.files import atomic
from ho21score.files.yamlread import load

from conftest import ROOT, SMALL_CRITERIA, Run, write

READY = "tittel: A\nbeskrivelse: b\nforeslått_av: K\nsatsingsområder: [data]\n"
TRIALS = 50
LOCKED_NB = "en annen ho21score redigerer i"

# A process of the real CLI (`python -m ho21score ARGS`) that loads everything first,
# then waits for the file GO to appear, so that two of them start their edits together.
LAUNCH = textwrap.dedent(
    """\
    import os, runpy, sys, time
    import ho21score.cli.app, ho21score.cli.score, ho21score.files.recording
    go, args = sys.argv[1], sys.argv[2:]
    open(f"{go}.{os.getpid()}", "w").close()  # ready
    while not os.path.exists(go):
        time.sleep(0.0002)
    sys.argv = ["ho21score", *args]
    runpy.run_module("ho21score", run_name="__main__", alter_sys=True)
    """
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HO21SCORE_LANG", "COLUMNS")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _start(cwd: Path, go: Path, *args: str, script: str = LAUNCH) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(go), *args],
        cwd=cwd,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _release(go: Path, procs: Iterable[subprocess.Popen[str]]) -> None:
    """Start the edits of ``procs`` together, once each has loaded and waits at ``go``."""
    ready = [Path(f"{go}.{p.pid}") for p in procs]
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in ready) and time.monotonic() < deadline:
        time.sleep(0.001)
    go.touch()


def _raters(path: Path) -> list[str]:
    """The raters of the measure file ``path``: its list, then its rating files by name."""
    data = load(path.read_text(encoding="utf-8")).data
    found = [r["vurdert_av"] for r in data.get("vurderinger") or []]
    folder = path.with_suffix("")
    if folder.is_dir():
        for rating in sorted(folder.glob("*.yaml")):
            found.append(load(rating.read_text(encoding="utf-8")).data["vurdert_av"])
    return found


def _rating_file(rater: str, score: int) -> str:
    return f"vurdert_av: {rater}\nrunde: 1\ndato: 2026-11-22\npoeng:\n  kostnad: {score}\n"


def _no_temporaries(*folders: Path) -> None:
    for folder in folders:
        if folder.is_dir():
            assert not [p for p in folder.iterdir() if atomic.is_temporary(p.name)], folder


def test_two_scores_at_the_same_moment_lose_nothing(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workdir / "measures" / "m.yaml"
    folder = workdir / "measures" / "m"
    both_landed = one_refused = 0
    for trial in range(TRIALS):
        path.write_text(READY, encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        go = workdir / f"go-{trial}"
        scores = {"Ola": 3, "Kari": 4}
        procs = {
            rater: _start(workdir, go, "score", "m", "--rater", rater, "--date", "2026-11-22",
                          f"kostnad={score}")
            for rater, score in scores.items()
        }
        _release(go, procs.values())
        ended = {rater: (p.wait(timeout=60), *p.communicate()) for rater, p in procs.items()}
        present = _raters(path)
        for rater, (code, out, err) in ended.items():
            rating = folder / f"{rater.lower()}-runde-1.yaml"
            if code == 0:  # two raters, two files: neither touches the other's
                assert out == (
                    f"Registrerte vurderingen fra {rater} (runde 1) i "
                    f"measures/m/{rating.name}.\n"
                )
                assert present.count(rater) == 1, f"trial {trial}: {rater}'s rating was lost"
                assert rating.read_text(encoding="utf-8") == _rating_file(rater, scores[rater])
            else:  # refused, and said so: the rating is not there
                assert code == 1, err
                assert LOCKED_NB in err, err
                assert rater not in present
                assert not rating.exists()
        assert sorted(present) == sorted(r for r, (code, _, _) in ended.items() if code == 0)
        assert path.read_text(encoding="utf-8") == READY  # the measure file is never written
        if all(code == 0 for code, _, _ in ended.values()):
            both_landed += 1
        else:
            one_refused += 1
        _no_temporaries(path.parent, folder)
    with capsys.disabled():
        print(f"\n{TRIALS} trials: both landed {both_landed}, one refused {one_refused}")
    assert both_landed + one_refused == TRIALS


def test_one_rater_twice_at_the_same_moment_is_one_rating(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same rater and round from two terminals at once: one path, so exactly one lands
    and the other is refused, saying where the rating is; never two ratings, never a
    rating overwritten, never half a file."""
    path = workdir / "measures" / "m.yaml"
    folder = workdir / "measures" / "m"
    rating = folder / "ola-runde-1.yaml"
    refusals: dict[str, int] = {}
    for trial in range(TRIALS):
        path.write_text(READY, encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        go = workdir / f"go-{trial}"
        procs = {
            score: _start(workdir, go, "score", "m", "--rater", "Ola", "--date", "2026-11-22",
                          f"kostnad={score}")
            for score in (3, 4)
        }
        _release(go, procs.values())
        ended = {score: (p.wait(timeout=60), *p.communicate()) for score, p in procs.items()}
        landed = [score for score, (code, _, _) in ended.items() if code == 0]
        assert len(landed) == 1, f"trial {trial}: {ended}"
        (winner,) = landed
        (loser,) = set(ended) - {winner}
        assert ended[winner][1:] == (
            "Registrerte vurderingen fra Ola (runde 1) i measures/m/ola-runde-1.yaml.\n", ""
        )
        code, out, err = ended[loser]
        assert (code, out) == (1, ""), err
        already = (
            "Feil: Ola har allerede en vurdering i runde 1 (measures/m/ola-runde-1.yaml); bruk "
            "--replace for å erstatte den\n"
        )
        assert err == already or LOCKED_NB in err, err
        refusals[err] = refusals.get(err, 0) + 1
        # the one that landed is whole, and is the only rating
        assert rating.read_text(encoding="utf-8") == _rating_file("Ola", winner)
        assert sorted(p.name for p in folder.iterdir()) == [rating.name]
        assert _raters(path) == ["Ola"]
        assert path.read_text(encoding="utf-8") == READY
        _no_temporaries(path.parent, folder)
    with capsys.disabled():
        print(f"\n{TRIALS} trials: refused as already there {refusals.get(already, 0)}, "
              f"as locked {TRIALS - refusals.get(already, 0)}")


def _hold_lock(folder: Path) -> int:
    fd = os.open(atomic.lock_path(folder), os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


@pytest.mark.parametrize(
    "args",
    [
        ["score", "m", "--rater", "R", "--date", "2026-11-22", "kostnad=3"],
        ["advance", "m", "videre", "--date", "2026-11-22"],
        ["new", "Noe helt nytt"],
    ],
    ids=["score", "advance", "new"],
)
def test_an_edit_that_cannot_have_the_lock_is_refused_clearly(
    workdir: Path, run: Run, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    path = workdir / "measures" / "m.yaml"
    path.write_text(READY, encoding="utf-8")
    monkeypatch.setattr(atomic, "LOCK_WAIT", 0.2)
    fd = _hold_lock(workdir / "measures")  # another ho21score, in the middle of an edit
    try:
        result = run(*args)
        english = run(*args, "--lang", "en")
    finally:
        os.close(fd)
    assert result.exit_code == 1
    assert result.stderr == (
        "Feil: en annen ho21score redigerer i measures (measures/.ho21score.lock er låst); "
        "ingenting er endret, prøv igjen om litt\n"
    )
    assert english.stderr == (
        "Error: another ho21score is editing in measures (measures/.ho21score.lock is locked); "
        "nothing was changed, try again in a moment\n"
    )
    assert path.read_text(encoding="utf-8") == READY
    assert sorted(p.name for p in path.parent.iterdir()) == [".ho21score.lock", "m.yaml"]
    # once the other edit is done, the same command goes through
    assert run(*args).exit_code == 0


def test_an_edit_waits_for_the_one_before_it(workdir: Path, run: Run) -> None:
    path = workdir / "measures" / "m.yaml"
    path.write_text(READY, encoding="utf-8")
    fd = _hold_lock(workdir / "measures")
    releaser = threading.Timer(0.5, os.close, [fd])
    releaser.start()
    began = time.monotonic()
    result = run("score", "m", "--rater", "R", "--date", "2026-11-22", "kostnad=3")
    releaser.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - began >= 0.4
    assert _raters(path) == ["R"]
    assert (path.parent / "m" / "r-runde-1.yaml").read_text(encoding="utf-8") == (
        _rating_file("R", 3)
    )


def test_writing_without_the_lock_is_a_bug(workdir: Path) -> None:
    from ho21score.files.recording import create

    with pytest.raises(AssertionError):
        create(workdir / "measures" / "x.yaml", READY)
    assert not (workdir / "measures" / "x.yaml").exists()


# An edit whose write is stopped just before the rename (a changed file: os.replace) or the
# link (a new file: os.link), with its temporary file written in full: it says so on
# stderr and waits to be killed.
KILLED = LAUNCH.replace(
    "sys.argv = ",
    "def stuck(src, dst):\n"
    "    print('written', flush=True, file=sys.stderr)\n"
    "    time.sleep(60)\n"
    "os.replace = os.link = stuck\n"
    "sys.argv = ",
)


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(
    ("killed", "where", "next_edit", "changed"),
    [
        # a new rating file: its temporary file is in the measure's folder of ratings
        (["score", "m", "--rater", "Ola", "--date", "2026-11-22", "kostnad=3"],
         "m/.ho21score-ola-runde-1.yaml.",
         ["score", "m", "--rater", "Kari", "--date", "2026-11-22", "kostnad=4"],
         "?? measures/m/\n"),
        # a decision in the measure file: its temporary file is in the measures folder
        (["advance", "m", "videre", "--date", "2026-11-22"],
         ".ho21score-m.yaml.",
         ["advance", "m", "vent", "--date", "2026-11-22"],
         " M measures/m.yaml\n"),
    ],
    ids=["score", "advance"],
)
def test_a_killed_write_leaves_nothing_git_sees_and_the_next_edit_cleans_up(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch, killed: list[str], where: str,
    next_edit: list[str], changed: str,
) -> None:
    repo = tmp_path / "council"
    write(repo / "criteria.yaml", SMALL_CRITERIA)
    path = write(repo / "measures" / "m.yaml", READY)
    shutil.copy(ROOT / ".gitignore", repo / ".gitignore")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "start")
    go = tmp_path / "go"  # outside the repository
    go.touch()
    proc = _start(repo, go, *killed, script=KILLED)
    assert proc.stderr is not None
    assert proc.stderr.readline() == "written\n"
    proc.send_signal(signal.SIGKILL)  # killed between writing the temporary file and the rename
    proc.wait(timeout=10)
    measures = path.parent
    left = sorted(str(p.relative_to(measures)) for p in measures.rglob("*"))
    temporary = [name for name in left if atomic.is_temporary(Path(name).name)]
    assert len(temporary) == 1 and temporary[0].startswith(where), left
    # the lock is in .git; a rating's folder, made for the write, holds only the leftover
    assert sorted(set(left) - set(temporary)) == (["m", "m.yaml"] if "/" in where else ["m.yaml"])
    assert path.read_text(encoding="utf-8") == READY  # the file itself was never touched
    # git sees neither the lock file nor the temporary file
    assert _git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert _git(repo, "add", "-A", "--dry-run") == ""
    # the next edit takes the lock (a killed process holds none), removes the stale file
    # and lands
    monkeypatch.chdir(repo)
    result = run(*next_edit)
    assert result.exit_code == 0, result.output
    assert not [p for p in measures.rglob("*") if atomic.is_temporary(p.name)]
    assert (repo / ".git" / "ho21score.lock").is_file()
    if "/" in where:
        assert sorted(p.name for p in measures.iterdir()) == ["m", "m.yaml"]
        assert sorted(p.name for p in (measures / "m").iterdir()) == ["kari-runde-1.yaml"]
        assert _raters(path) == ["Kari"]
        assert path.read_text(encoding="utf-8") == READY
    else:
        assert sorted(p.name for p in measures.iterdir()) == ["m.yaml"]
        assert path.read_text(encoding="utf-8").endswith("    beslutning: vent\n"
                                                         "    dato: 2026-11-22\n")
    assert _git(repo, "status", "--porcelain") == changed


def test_a_killed_rating_write_is_cleaned_up_by_an_edit_of_another_measure(
    workdir: Path, run: Run
) -> None:
    """A leftover in one measure's folder of ratings is removed by the next edit anywhere
    in the measures folder, not only by one of the same measure."""
    folder = workdir / "measures"
    (folder / "m.yaml").write_text(READY, encoding="utf-8")
    (folder / "n.yaml").write_text(READY, encoding="utf-8")
    (folder / "m").mkdir()
    stale = folder / "m" / ".ho21score-ola-runde-1.yaml.x8y9z0.tmp"
    stale.write_text("vurdert_av: Ola\n", encoding="utf-8")
    assert run("advance", "n", "vent", "--date", "2026-11-22").exit_code == 0
    assert not stale.exists()
    assert run("validate").exit_code == 0


def test_only_the_tools_own_temporary_files_are_removed(workdir: Path, run: Run) -> None:
    folder = workdir / "measures"
    (folder / "m.yaml").write_text(READY, encoding="utf-8")
    stale = [".ho21score-m.yaml.k2j3h4.tmp", ".ho21score-other.yaml.abc.tmp"]
    kept = [".m.yaml.swp", "notes.tmp", ".ho21score-m.yaml.bak", "m.yaml"]
    for name in stale + kept[:-1]:
        (folder / name).write_text("partial", encoding="utf-8")
    # and in the measure's folder of ratings
    ratings = folder / "m"
    ratings.mkdir()
    stale_ratings = [".ho21score-ola-runde-1.yaml.q1w2e3.tmp"]
    kept_ratings = [".ola-runde-1.yaml.swp", "README.md", ".ho21score-ola-runde-1.yaml.bak"]
    for name in stale_ratings + kept_ratings:
        (ratings / name).write_text("partial", encoding="utf-8")
    assert run("score", "m", "--rater", "R", "--date", "2026-11-22", "kostnad=3").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([".ho21score.lock", *kept, "m"])
    assert sorted(p.name for p in ratings.iterdir()) == sorted([*kept_ratings, "r-runde-1.yaml"])
