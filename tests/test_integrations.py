"""The files that wire ho21score into CI, pre-commit and the docs stay true."""

from __future__ import annotations

from pathlib import Path

from ho21score.cli.app import COMMANDS
from ho21score.files.yamlread import load

from conftest import ROOT, Run


def test_example_report_in_docs_is_the_report_of_the_shipped_measures(
    shipped: Path, run: Run
) -> None:
    result = run("report", "--date", "2026-11-22")
    assert result.exit_code == 0, result.output
    example = (ROOT / "docs" / "example-report.md").read_text(encoding="utf-8")
    assert result.stdout == example, (
        "run: ho21score report --date 2026-11-22 --output docs/example-report.md"
    )


def test_workflow_validates_and_reports_with_the_real_commands() -> None:
    workflow = load((ROOT / ".github/workflows/ho21score.yml").read_text(encoding="utf-8"))
    assert not workflow.refusals
    steps = workflow.data["jobs"]["measures"]["steps"]
    commands = [step["run"] for step in steps if "run" in step]
    tool_lines = [line.strip() for c in commands for line in c.splitlines()
                  if line.strip().startswith("ho21score ")]
    assert {line.split()[1] for line in tool_lines} <= set(COMMANDS)
    assert any(line.startswith("ho21score validate") for line in tool_lines)
    assert any("--since" in line and "GITHUB_STEP_SUMMARY" in line for line in tool_lines)
    assert workflow.data["on"]["push"]["branches"] == ["main"]  # "on" stays a key in 1.2


def test_pre_commit_hook_runs_validate() -> None:
    hooks = load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    assert hooks[0]["id"] == "ho21score-validate"
    assert hooks[0]["entry"] == "ho21score validate"
