"""The shipped example of the HTML report (docs/example-report.html) is the report of the
shipped measures, byte for byte: it is the golden file of the shipped case too
(HO21SCORE_UPDATE_GOLDEN=1 rewrites it). `rank` never loads the HTML machinery."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, Run

EXAMPLE = ROOT / "docs" / "example-report.html"


def test_example_html_report_in_docs_is_the_report_of_the_shipped_measures(
    shipped: Path, run: Run
) -> None:
    result = run("report", "--date", "2026-11-22", "--format", "html")
    assert result.exit_code == 0, result.output
    if os.environ.get("HO21SCORE_UPDATE_GOLDEN"):
        EXAMPLE.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == EXAMPLE.read_text(encoding="utf-8"), (
        "run: ho21score report --date 2026-11-22 --format html --output docs/example-report.html"
    )


def test_the_page_is_self_contained(shipped: Path, run: Run) -> None:
    page = run("report", "--date", "2026-11-22", "--format", "html").stdout
    assert page.startswith('<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">')
    for outside in ("<script", "<link", "src=", "url(", "@import", "http://"):
        assert outside not in page, outside
    # the one kind of outside reference: links to the indicators' sources, for the reader
    # to follow; nothing the page loads
    links = re.findall(r'<a href="([^"]*)">', page)
    assert links == [
        "https://www.helseomsorg21monitor.no/figur/235",
        "https://www.helseomsorg21monitor.no/figur/forskningsmidler-kommunene",
    ]
    assert page.count("href=") == page.count("<a ") == len(links)
    # the chart, a bar per ranked measure and a line chart per numeric indicator followed up
    assert page.count("<svg") >= 1 + 10 + 3
    assert page.count("<thead>") == page.count("<table")  # headers repeat on every page


def test_rank_loads_neither_jinja_nor_markdown_it() -> None:
    script = (
        "import sys\n"
        "from ho21score.cli.app import main\n"
        "sys.argv = ['ho21score', 'rank', '--format', 'json']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'markdown_it')),"
        " file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"
