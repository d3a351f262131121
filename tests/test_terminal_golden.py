"""Golden files of the terminal tables of the shipped measures at 80, 120 and 200 columns
(``HO21SCORE_TERMINAL=1`` draws them as on a terminal; no colours, since stdout is not
one). Lines are compared without trailing spaces: rich pads each line to the table's
width. ``HO21SCORE_UPDATE_GOLDEN=1`` rewrites them; read the diff before committing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_terminal import terminal_env

from conftest import Run

GOLDEN = Path(__file__).parent / "golden" / "terminal"
COMMANDS = {
    "rank": ("rank",),
    "rank-en": ("rank", "--lang", "en"),
    "show": ("show", "ligatabell-kliniske-studier"),
    "status": ("status", "--date", "2026-11-22"),
}


@pytest.mark.parametrize("width", [80, 120, 200])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_terminal_output_matches_the_golden_file(
    shipped: Path, run: Run, name: str, width: int
) -> None:
    result = run(*COMMANDS[name], env=terminal_env(width))
    assert result.exit_code == 0, result.output
    text = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    golden = GOLDEN / f"{name}-{width}.txt"
    if os.environ.get("HO21SCORE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
