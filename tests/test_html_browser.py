"""The HTML report in a real browser: headless Chromium prints the shipped measures' report
to PDF and takes a screenshot without a console message; in a copy of the page with a
small check script added (the shipped page has none), no text overflows its table cell,
every ranked measure is in the chart's legend exactly once, and the hostile titles of the
golden report are text, never markup.

Skipped when Chromium is missing, unless CI is set (then it fails: CI installs it)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, Run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ON_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
TIMEOUT = 120  # seconds for one browser run; a run takes a second or two

# writes what the page shows into the DOM, which --dump-dom prints
CHECK = """<script>
(function () {
  var main = document.querySelector("main").getBoundingClientRect();
  var cells = Array.prototype.slice.call(document.querySelectorAll("td, th"));
  var tables = Array.prototype.slice.call(document.querySelectorAll("table"));
  var result = {
    overflow: cells.filter(function (c) { return c.scrollWidth > c.clientWidth; })
      .map(function (c) { return c.textContent.trim().slice(0, 80); }),
    wide: tables.filter(function (t) { return t.getBoundingClientRect().right > main.right + 1; })
      .map(function (t) { return t.closest("section").id; }),
    legend: Array.prototype.slice.call(document.querySelectorAll("table.legend tbody tr"))
      .map(function (r) { return [r.cells[0].textContent, r.cells[1].textContent]; }),
    markup: document.querySelectorAll("img, b, i, iframe, object, embed, link").length,
    links: Array.prototype.slice.call(document.querySelectorAll("a"))
      .map(function (a) { return a.getAttribute("href"); }),
    scripts: document.querySelectorAll("script").length,
    points: document.querySelectorAll("svg.quadrant g.point").length,
    text: document.body.innerText
  };
  var out = document.createElement("pre");
  out.id = "check-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
</script>
"""


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if CHROMIUM is None:
        if ON_CI:
            pytest.fail("Chromium is missing on CI (.ci/run installs Debian's chromium)")
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        CHROMIUM,
        "--headless",
        "--disable-gpu",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--enable-logging=stderr",
        "--v=0",
        *(["--no-sandbox"] if os.geteuid() == 0 else []),  # root has no sandbox
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    return done


def _console(done: subprocess.CompletedProcess[str]) -> list[str]:
    """The page's console messages (Chromium logs them as INFO:CONSOLE)."""
    return [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def _checked(tmp_path: Path, page: str, width: int) -> dict[str, Any]:
    copy = tmp_path / f"checked-{width}.html"
    copy.write_text(page.replace("</body>", CHECK + "</body>"), encoding="utf-8")
    done = _browser(tmp_path, f"--window-size={width},1200", "--dump-dom", copy.as_uri())
    assert _console(done) == []
    found = re.search(r'<pre id="check-result">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stdout[-2000:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


@pytest.fixture
def page(shipped: Path, run: Run) -> tuple[Path, str]:
    result = run("report", "--date", "2026-11-22", "--format", "html", "--output", "rapport.html")
    assert result.exit_code == 0, result.output
    return shipped / "rapport.html", (shipped / "rapport.html").read_text(encoding="utf-8")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_prints_to_pdf_and_a_screenshot_without_console_messages(
    page: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = page
    pdf, png = tmp_path / "rapport.pdf", tmp_path / "rapport.png"
    printed = _browser(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    assert _console(printed) == []
    assert pdf.read_bytes()[:5] == b"%PDF-"
    shot = _browser(tmp_path, "--window-size=1280,2000", f"--screenshot={png}", path.as_uri())
    assert _console(shot) == []
    assert _png_size(png) == (1280, 2000)
    if shutil.which("pdfinfo") is None:
        return
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "100", str(pdf)],
        capture_output=True, text=True, timeout=TIMEOUT, check=True,
    ).stdout
    sizes = re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
    # A4 (595 x 842 pt): a page per section, the wide ranking table on a landscape page
    shapes = [("portrait" if float(w) < float(h) else "landscape") for w, h in sizes]
    assert len(shapes) >= 10
    assert shapes[0] == "portrait" and shapes[1] == "landscape"
    assert shapes.count("landscape") == 1
    assert all(round(min(float(w), float(h))) == 595 for w, h in sizes)


@pytest.mark.parametrize("width", [794, 1280])  # an A4 page's width at 96 dpi; a screen
def test_no_text_overflows_its_cell_and_the_legend_is_complete(
    page: tuple[Path, str], tmp_path: Path, run: Run, width: int
) -> None:
    _, text = page
    result = _checked(tmp_path, text, width)
    assert result["overflow"] == []
    assert result["scripts"] == 1 and result["markup"] == 0  # only the check script
    # links only to the indicators' sources (the report's "Oppfølging")
    assert all(href.startswith("https://") for href in result["links"])
    assert len(result["links"]) == 2
    ranked = json.loads(run("rank", "--format", "json").stdout)["ranked"]
    titles = [title for _, title in result["legend"]]
    assert sorted(titles) == sorted(m["title"] for m in ranked)
    assert len({label for label, _ in result["legend"]}) == len(ranked)
    assert result["points"] == 8  # 10 measures; two pairs share their scores
    if width >= 1280:
        assert result["wide"] == []


def test_hostile_titles_are_text_in_the_browser(tmp_path: Path) -> None:
    golden = (ROOT / "tests" / "golden" / "report.html").read_text(encoding="utf-8")
    result = _checked(tmp_path, golden, 1280)
    assert result["scripts"] == 1 and result["markup"] == 0
    title = (
        'Farlig | tittel <script>alert(1)</script> *fet* [lenke](http://x.invalid) `kode` '
        '"sitat" {klammer}: kolon ny linje'
    )
    shown = " ".join(result["text"].split())
    assert shown.count(title) >= 5
    assert [" ".join(t.split()) for _, t in result["legend"]].count(title) == 1
    assert result["overflow"] == []
