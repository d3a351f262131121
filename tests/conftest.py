"""Shared test helpers: real files in tmp_path and the real CLI through CliRunner."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner, Result

from ho21score.cli.app import build_app
from ho21score.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis: randomised on a developer's machine, so that every run may find something new
# (a failure found is saved in .hypothesis/ and tried first next time). On CI (CI is set, as
# CI services do) derandomised: the same examples on every run of the same code, so a run
# cannot fail by chance; derandomize also means no example database is read or written.
# No deadline and no too-slow health check there, so a slow machine cannot fail a run
# either. HYPOTHESIS_PROFILE (or pytest --hypothesis-profile) picks a profile by name.
_DEFAULT = settings.get_profile("default")
settings.register_profile("dev", _DEFAULT, derandomize=False)
settings.register_profile(
    "ci", _DEFAULT, derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
_ON_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _ON_CI else "dev"))

# A small criteria file of our own: two criteria, one with a category part, unequal weights.
SMALL_CRITERIA = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte:
    navn: Nytte
    vekt: 3
    deler:
      helse: {navn: Helse, vekt: 2}
      penger: {navn: Penger}
      tid: {navn: Tid, nivåer: {kort: 5, medium: 3, lang: 1}}
  kostnad:
    navn: Kostnad
    vekt: 1
satsingsområder:
  data: Helsedata
  klinikk: Bedre klinisk behandling
uenighet: {iqr: 1}
"""


@pytest.fixture(autouse=True)
def _language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in the default language, with no language in the environment."""
    monkeypatch.delenv("HO21SCORE_LANG", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    set_language("nb")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty measures repository with the small criteria, as the working directory."""
    write(tmp_path / "criteria.yaml", SMALL_CRITERIA)
    (tmp_path / "measures").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped criteria and measures, as the working directory."""
    shutil.copy(ROOT / "criteria.yaml", tmp_path / "criteria.yaml")
    shutil.copytree(ROOT / "measures", tmp_path / "measures")
    monkeypatch.chdir(tmp_path)
    return tmp_path


Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Invoke the real CLI with a pinned terminal width; stdout and stderr apart."""

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(
            build_app(), list(args), env={"COLUMNS": "100", **(env or {})}, input=input,
            catch_exceptions=False,
        )

    return invoke
