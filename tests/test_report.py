"""The council report: whole-file golden comparison, GFM rendering, --since on a real git
repository, deterministic dates."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import Run, write

GOLDEN = Path(__file__).parent / "golden"
HOSTILE = (
    'tittel: "Farlig | tittel <script>alert(1)</script> *fet* [lenke](http://x.invalid) '
    '`kode` \\"sitat\\" {klammer}: kolon\\nny linje"\n'
)


def git(root: Path, *args: str, date: str = "2026-10-01T12:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_AUTHOR_NAME": "Sekretariatet", "GIT_AUTHOR_EMAIL": "sek@ho21.invalid",
           "GIT_COMMITTER_NAME": "Sekretariatet", "GIT_COMMITTER_EMAIL": "sek@ho21.invalid"}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture
def history(workdir: Path, run: Run) -> Path:
    """A measures repository with two meetings: tag møte-1, then new work on main."""
    m = workdir / "measures"
    write(m / "alfa.yaml", """\
        tittel: Alfa
        beskrivelse: Det første tiltaket.
        foreslått_av: Kari
        satsingsområder: [data]
        vurderinger:
          - {vurdert_av: Kari, poeng: {nytte: {helse: 4, penger: 4, tid: kort}, kostnad: 3}}
          - {vurdert_av: Ola, poeng: {nytte: {helse: 4, penger: 3, tid: medium}, kostnad: 4}}
        """)
    write(m / "beta.yaml", """\
        tittel: Beta
        beskrivelse: Det andre tiltaket.
        foreslått_av: Ola
        satsingsområder: [klinikk]
        vurderinger:
          - {vurdert_av: Kari, poeng: {nytte: {helse: 5, penger: 5, tid: kort}, kostnad: 5}}
          - {vurdert_av: Ola, poeng: {nytte: {helse: 5, penger: 5, tid: kort}, kostnad: 4}}
        """)
    write(m / "farlig.yaml", HOSTILE + textwrap.dedent("""\
        beskrivelse: Tekst med | og <b>html</b>.
        foreslått_av: "<img src=x onerror=alert(1)>"
        satsingsområder: [data, klinikk]
        vurderinger:
          - vurdert_av: "Eve | <i>"
            poeng: {nytte: {helse: 1, penger: 1, tid: lang}, kostnad: 1}
            kommentar: "*ikke* | <b>"
          - vurdert_av: Ola
            poeng: {nytte: {helse: 5, penger: 5, tid: kort}, kostnad: 2}
            kommentar: "[klikk](javascript:x)"
        """))
    git(workdir, "init", "-q", "-b", "main")
    git(workdir, "add", "-A")
    git(workdir, "commit", "-q", "-m", "Første møte")
    git(workdir, "tag", "møte-1")
    # between the meetings: a decision, new scores, a new measure
    decided = run("advance", "alfa", "videre", "--date", "2026-10-15", "--by", "HO21-rådet")
    assert decided.exit_code == 0
    assert run("score", "beta", "--rater", "Siri", "--date", "2026-10-20", "nytte.helse=2",
               "nytte.penger=2", "nytte.tid=lang", "kostnad=2").exit_code == 0
    assert run("score", "beta", "--rater", "Kari", "--round", "2", "--date", "2026-10-21",
               "nytte.helse=2", "nytte.penger=2", "nytte.tid=lang", "kostnad=3").exit_code == 0
    write(m / "gamma.yaml", """\
        tittel: Gamma
        beskrivelse: Nytt siden forrige møte.
        vurderinger:
          - {vurdert_av: Kari, poeng: {kostnad: 4}}
        """)
    git(workdir, "add", "-A")
    git(workdir, "commit", "-q", "-m", "Andre møte", date="2026-11-20T12:00:00+00:00")
    return workdir


def test_report_matches_the_golden_file(history: Path, run: Run) -> None:
    result = run("report", "--since", "møte-1", "--date", "2026-11-22")
    assert result.exit_code == 0, result.output
    golden = GOLDEN / "report.md"
    if os.environ.get("HO21SCORE_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_report_renders_as_gfm_without_live_html(history: Path, run: Run) -> None:
    text = run("report", "--since", "møte-1", "--date", "2026-11-22").stdout
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    html = md.render(text)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html and 'href="http://x.invalid"' not in html
    # every table: each row has as many cells as the header
    tables = []
    current: list[int] = []
    cells = 0
    for token in tokens:
        if token.type == "table_open":
            current = []
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            current.append(cells)
        elif token.type == "table_close":
            tables.append(current)
    assert len(tables) >= 6
    for rows in tables:
        assert len(set(rows)) == 1, rows
    # the ranking table has a header and one row per ranked measure (alfa, beta, farlig)
    board, ranking = tables[0], tables[1]
    assert board[0] == 5  # a column per phase
    assert ranking == [10] * (1 + 3)  # 2 criteria + movement column; header + 3 measures
    assert "```mermaid\nquadrantChart\n" in text


def test_since_on_a_real_repository(history: Path, run: Run) -> None:
    text = run("report", "--since", "møte-1", "--date", "2026-11-22").stdout
    section = text.split("## Endringer siden møte-1\n", 1)[1].split("\n## ", 1)[0]
    assert section == (
        "\n"
        "- Nytt tiltak: Gamma (`gamma`)\n"
        "- Alfa: Idé, aktiv → Analyse, aktiv\n"
        "- Alfa: BP1 videre (2026-10-15)\n"
        "- Beta: poeng nytte.helse 5,00 → 2,00, nytte.penger 5,00 → 2,00, nytte.tid 5,00 → "
        "1,00, kostnad 4,50 → 3,00\n"
    )
    rank = run("rank", "--since", "møte-1")
    assert rank.exit_code == 0, rank.output
    assert rank.stdout.splitlines()[2].split()[:3] == ["Rang", "Endring", "Id"]
    doc = json.loads(run("rank", "--since", "møte-1", "--format", "json").stdout)
    assert [(m["id"], m["rank"], m["movement"]) for m in doc["ranked"]] == [
        ("alfa", 1, 1), ("farlig", 2, 1), ("beta", 3, -2)
    ]


def test_since_with_an_unknown_ref_is_a_usage_error(history: Path, run: Run) -> None:
    result = run("report", "--since", "finnes-ikke")
    assert result.exit_code == 2
    assert result.stderr.startswith("Feil: kan ikke lese finnes-ikke med git:")


def test_same_source_date_epoch_gives_identical_bytes(history: Path, run: Run) -> None:
    env = {"SOURCE_DATE_EPOCH": "1795000000"}  # 2026-11-18
    first = run("report", env=env).stdout_bytes
    second = run("report", env=env).stdout_bytes
    assert first == second
    assert first.startswith(b"# HO21-tiltak: rangering og status pr 18.11.2026\n")
    bad = run("report", env={"SOURCE_DATE_EPOCH": "i går"})
    assert bad.exit_code == 2
    assert "SOURCE_DATE_EPOCH må være et heltall" in bad.stderr


def test_date_falls_back_to_the_last_commit(history: Path, run: Run) -> None:
    text = run("report").stdout
    assert text.startswith("# HO21-tiltak: rangering og status pr 20.11.2026\n")


def test_output_file_and_english(history: Path, run: Run) -> None:
    result = run("report", "--output", "rapport.md", "--date", "2026-11-22", "--lang", "en")
    assert result.exit_code == 0
    assert result.stderr == "Wrote rapport.md.\n"
    text = (history / "rapport.md").read_text(encoding="utf-8")
    assert text.startswith("# HO21 measures: ranking and status as of 2026-11-22\n")
    assert "## For discussion\n" in text and "## Method\n" in text


def test_top_limits_the_ranking_and_chart_not_the_agenda(history: Path, run: Run) -> None:
    text = run("report", "--top", "1", "--date", "2026-11-22").stdout
    ranking = text.split("## Rangering\n", 1)[1].split("\n## ", 1)[0]
    assert "| 1 | alfa |" in ranking and "farlig" not in ranking
    chart = text.split("```mermaid\n", 1)[1].split("\n## ", 1)[0]
    assert "    1: [" in chart and "    2: [" not in chart
    assert "| 1 | Alfa |" in chart and "Farlig" not in chart
    agenda = text.split("## Til diskusjon\n", 1)[1].split("\n## ", 1)[0]
    assert "(`farlig`)" in agenda


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gjennomførbarhet", "Gjennomførbarhet"),
        ("a: [b] (c) \"d\" --> e %% f", "a b c"),
        ("<script>alert(1)</script>", "script alert 1"),
        ("::", "x"),
    ],
)
def test_chart_labels_keep_only_what_the_grammar_reads(text: str, expected: str) -> None:
    from ho21score.render.mermaid import label

    assert label(text) == expected


def test_chart_coordinates_are_1_or_0_point_something() -> None:
    from ho21score.render.mermaid import coordinate

    assert [coordinate(v) for v in (-0.1, 0.0, 0.5, 0.9999, 1.0)] == [
        "0.000", "0.000", "0.500", "1", "1"
    ]


def test_html_report_matches_the_golden_file(history: Path, run: Run) -> None:
    result = run("report", "--since", "møte-1", "--date", "2026-11-22", "--format", "html")
    assert result.exit_code == 0, result.output
    golden = GOLDEN / "report.html"
    if os.environ.get("HO21SCORE_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
    again = run("report", "--since", "møte-1", "--date", "2026-11-22", "--format", "html")
    assert again.stdout_bytes == result.stdout_bytes


class _Page(HTMLParser):
    """Every element, every attribute and the text as a browser would show it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_shows_hostile_titles_as_text_escaped_once(history: Path, run: Run) -> None:
    page = run("report", "--since", "møte-1", "--date", "2026-11-22", "--format", "html").stdout
    parser = _Page()
    parser.feed(page)
    text = " ".join(" ".join(parser.text).split())
    assert not {"script", "img", "b", "i", "a", "iframe", "link"} & set(parser.tags)
    assert not {"src", "href", "onerror", "onload"} & parser.attributes
    title = (
        'Farlig | tittel <script>alert(1)</script> *fet* [lenke](http://x.invalid) `kode` '
        '"sitat" {klammer}: kolon ny linje'
    )
    # the ranking, the chart's legend, "Til diskusjon" and the participation key
    assert text.count(title) >= 3
    assert "<img src=x onerror=alert(1)>" not in text  # foreslått_av is not shown
    assert "Eve | <i>" in text and "*ikke* | <b>" in text and "[klikk](javascript:x)" in text
    assert "\\" not in text  # no Markdown escape is left visible
    assert "&amp;" not in page and "&lt;" in page  # escaped once, never twice


def test_english_report_speaks_english(history: Path, run: Run) -> None:
    text = run("report", "--since", "møte-1", "--date", "2026-11-22", "--lang", "en").stdout
    assert "4 measures: 3 in idea, 1 in analysis, 0 in assessment," in text
    assert "- Alfa: DP1 go on (2026-10-15)\n" in text
    assert "| 2026-10-15 | Alfa | DP1 | go on | HO21-rådet |  |\n" in text
    assert "videre" not in text.replace("Still needed to go on", "")
    html = run("report", "--date", "2026-11-22", "--lang", "en", "--format", "html").stdout
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    nb = run("report", "--date", "2026-11-22", "--format", "html").stdout
    assert nb.startswith('<!DOCTYPE html>\n<html lang="nb">\n')
    assert "| 2026-10-15 | Alfa | BP1 | videre | HO21-rådet |  |\n" in run(
        "report", "--date", "2026-11-22"
    ).stdout


def test_chart_axes_are_chosen_by_criterion_key(history: Path, run: Run) -> None:
    axes = ("--chart-x", "nytte", "--chart-y", "kostnad")
    text = run("report", "--date", "2026-11-22", *axes).stdout
    chart = text.split("## Kostnad mot Nytte\n", 1)[1].split("\n## ", 1)[0]
    assert chart.startswith("\nKostnad (loddrett) mot Nytte (vannrett) ")
    assert "    x-axis Nytte 1 --> 5\n    y-axis Kostnad 1 --> 5\n" in chart
    assert "    quadrant-1 Kostnad høy Nytte høy\n" in chart
    html = run("report", "--date", "2026-11-22", *axes, "--format", "html").stdout
    assert ">Kostnad høy, Nytte høy</text>" in html and ">Nytte →</text>" in html
    wrong = run("report", "--chart-x", "nyte")
    assert wrong.exit_code == 2
    assert wrong.stderr == (
        "Feil: ukjent kriterium «nyte» for --chart-x (mente du «nytte»?); kjente kriterier: "
        "nytte, kostnad\n"
    )
    assert run("report", "--chart-y", "pris", "--lang", "en").stderr == (
        "Error: unknown criterion 'pris' for --chart-y; known criteria: nytte, kostnad\n"
    )
