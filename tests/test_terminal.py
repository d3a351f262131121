"""Tables on a terminal (HO21SCORE_TERMINAL=1 draws them as on one, COLUMNS pins the width):
rank, title and total are never dropped or cut, criterion columns go first and a note says
which, ids and titles wrap at word and hyphen boundaries, and no line is wider than the
terminal."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from ho21score.files.repository import load_repository
from ho21score.i18n import set_language, tr
from ho21score.messages import MESSAGES
from ho21score.render.fit import fit_table, wrap_cell
from ho21score.render.rank import rank_table
from ho21score.render.table import Table
from ho21score.render.terminal import rich_table

from conftest import ROOT, Run, write

RULE = "━"


def terminal_env(width: int) -> dict[str, str]:
    """A terminal of ``width`` columns, without colours (TTY_COMPATIBLE=0), whatever the
    environment the tests run in says (LINES too: rich ignores COLUMNS alone under
    TERM=dumb)."""
    return {
        "HO21SCORE_TERMINAL": "1",
        "COLUMNS": str(width),
        "LINES": "50",
        "TTY_COMPATIBLE": "0",
        "TERM": "xterm",
    }


def on_terminal(run: Run, width: int, *args: str) -> str:
    result = run(*args, env=terminal_env(width))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def header_lines(output: str) -> list[str]:
    """The lines of the first table's header: after its title and blank line, before its
    rule."""
    lines = output.splitlines()
    rule = next(n for n, line in enumerate(lines) if RULE in line)
    start = max(n for n in range(rule) if not lines[n].strip()) + 1
    return lines[start:rule]


def drawn(table: Table, width: int) -> tuple[Table, list[str], list[str]]:
    """The fitted table, what rich draws of it at ``width``, and the left-out headers."""
    fitted = fit_table(table, width)
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(rich_table(fitted, "Tittel på tabellen"))
    assert isinstance(console.file, io.StringIO)
    return fitted.table, console.file.getvalue().splitlines(), fitted.left_out


@pytest.fixture(scope="module")
def shipped_ranking() -> Table:
    repo = load_repository(ROOT / "measures", ROOT / "criteria.yaml", None)
    assert repo.criteria is not None
    from ho21score.core.ranking import build_ranking

    set_language("nb")
    return rank_table(build_ranking(repo.measures), repo.criteria)


@pytest.mark.parametrize("width", range(60, 201))
def test_rank_title_and_total_whole_and_no_line_too_wide(
    shipped_ranking: Table, width: int
) -> None:
    fitted, lines, left_out = drawn(shipped_ranking, width)
    assert all(cell_len(line) <= width for line in lines), width
    assert "…" not in "\n".join(lines)
    for kept in (tr("col.rank"), tr("col.title"), tr("col.total")):
        assert kept not in left_out
    titles = fitted.headers.index(tr("col.title"))
    for shown, original in zip(fitted.rows, shipped_ranking.rows, strict=True):
        cell = shown[titles]
        assert "".join(cell.split()) == "".join(original[2].split())  # no letter lost
        for line in cell.split("\n"):
            assert any(line in drawn_line for drawn_line in lines)
    totals = fitted.headers.index(tr("col.total"))
    assert [row[totals] for row in fitted.rows] == [row[5] for row in shipped_ranking.rows]
    assert [row[0] for row in fitted.rows] == [row[0] for row in shipped_ranking.rows]
    # what is left out is the start of the drop order, and everything else is shown
    assert left_out == [
        shipped_ranking.headers[i] for i in sorted(shipped_ranking.drop[: len(left_out)])
    ]
    assert all(row[-1] for row in shipped_ranking.rows) or "Merknader" in left_out or (
        "Merknader" in fitted.headers
    )
    assert len(fitted.headers) + len(left_out) == len(shipped_ranking.headers)


def test_drop_order_criteria_first_lightest_and_rightmost_first(shipped_ranking: Table) -> None:
    names = [shipped_ranking.headers[i] for i in shipped_ranking.drop]
    assert names == [
        "Gjennomførbarhet", "Potensiale", "Egnethet", "Betydning",
        "Merknader", "Status", "Fase", "Id",
    ]


def test_a_lighter_criterion_goes_before_a_heavier_one_to_its_right(
    workdir: Path, run: Run
) -> None:
    # SMALL_CRITERIA: nytte weighs 3, kostnad 1
    many_measures(workdir, 3)
    assert left_out_note(on_terminal(run, 200, "rank")) == []
    assert left_out_note(on_terminal(run, 80, "rank")) == ["Kostnad"]
    assert left_out_note(on_terminal(run, 70, "rank")) == ["Nytte", "Kostnad"]


def test_an_empty_column_goes_first_and_unnamed(workdir: Path, run: Run) -> None:
    many_measures(workdir, 3)  # no flags: the Merknader column is empty
    out = on_terminal(run, 90, "rank")
    assert left_out_note(out) == []
    assert "Merknader" not in out and "Kostnad" in header_lines(out)[-1]


def many_measures(workdir: Path, count: int) -> None:
    """``count`` measures (at most 12) with distinct totals: number n is ranked n."""
    for n in range(1, count + 1):
        doubled = 16 - n  # 2 × helse + penger, 15 down to 4
        helse = min(5, (doubled - 1) // 2)
        write(workdir / "measures" / f"tiltak-nummer-{n:02d}-med-en-lang-identifikator.yaml", f"""\
            tittel: Tiltak nummer {n} om samhandling mellom kommuner og helseforetak
            beskrivelse: Et tiltak.
            poeng:
              nytte: {{helse: {helse}, penger: {doubled - 2 * helse}, tid: kort}}
              kostnad: 1
            """)


def left_out_note(output: str) -> list[str]:
    """The columns the note under the table names, or [] without a note."""
    prefix = tr("terminal.left_out", columns="|").split("|")[0]
    if prefix not in output:
        return []
    paragraph = " ".join(output[output.index(prefix) :].split("\n\n")[0].split())
    return paragraph[len(prefix) :].split(" (")[0].split(", ")


def test_ranks_of_ten_and_more_are_printed_in_full(workdir: Path, run: Run) -> None:
    many_measures(workdir, 12)
    out = on_terminal(run, 80, "rank")
    ranks = [m.group(1) for m in re.finditer(r"^ +(\d+)   ", out, re.M)]
    assert ranks == [str(n) for n in range(1, 13)]
    assert "…" not in out
    for n in range(1, 13):
        assert f"Tiltak nummer {n}" in out
        assert f"nummer-{n:02d}-med-" in out


def test_a_hyphenated_id_wraps_at_a_hyphen(shipped: Path, run: Run) -> None:
    out = on_terminal(run, 80, "rank").splitlines()
    at = next(n for n, line in enumerate(out) if "industripartnerskap-" in line)
    column = out[at].index("industripartnerskap-")
    assert out[at][column:].split("   ")[0] == "industripartnerskap-"
    assert out[at + 1][column:].split("   ")[0] == "kliniske-studier"


def test_wrap_cell_breaks_at_spaces_and_hyphens_and_only_long_words_mid_word() -> None:
    assert wrap_cell("industripartnerskap-kliniske-studier", 25) == [
        "industripartnerskap-", "kliniske-studier",
    ]
    assert wrap_cell("Nasjonal DRUP-studie for presisjonsmedisin", 14) == [
        "Nasjonal DRUP-", "studie for", "presisjonsmedi", "sin",
    ]
    assert wrap_cell("Raskere tilgang gjennom Helseanalyseplattformen", 12) == [
        "Raskere", "tilgang", "gjennom", "Helseanalyse", "plattformen",
    ]
    assert wrap_cell("  Helse- og omsorgstjenestene", 20) == [
        "  Helse- og", "  omsorgstjenestene",
    ]
    assert wrap_cell("18 (2018–2019)", 8) == ["18", "(2018–20", "19)"]


@pytest.mark.parametrize("width", [80, 100, 120])
def test_the_note_names_exactly_the_columns_left_out(
    shipped: Path, run: Run, width: int
) -> None:
    out = on_terminal(run, width, "rank")
    everything = [
        "Rang", "Id", "Tittel", "Fase", "Status", "Total",
        "Betydning", "Egnethet", "Potensiale", "Gjennomførbarhet", "Merknader",
    ]
    heads = " ".join(header_lines(out)).split()
    named = left_out_note(out)
    assert named == [h for h in everything if h not in heads]
    assert sorted(named + heads, key=everything.index) == everything
    note = out[out.index(tr("terminal.left_out", columns="|").split("|")[0]) :]
    assert all(len(line) <= width for line in note.split("\n\n")[0].splitlines())


def test_no_note_when_everything_fits(shipped: Path, run: Run) -> None:
    out = on_terminal(run, 250, "rank")
    assert left_out_note(out) == []
    assert "Gjennomførbarhet" in header_lines(out)[-1]


def test_show_puts_raters_in_rows_when_they_do_not_fit(shipped: Path, run: Run) -> None:
    raters = ["Kari Nordmann", "Ola Nordmann", "Ingrid Berg", "Lars Haugen", "Siri Dahl"]
    narrow = on_terminal(run, 80, "show", "ligatabell-kliniske-studier")
    scores = narrow[narrow.index(tr("show.scores")) : narrow.index(tr("show.by_rater"))]
    assert not any(name in scores for name in raters)
    by_rater = narrow[narrow.index(tr("show.by_rater")) : narrow.index(tr("show.ratings"))]
    assert [name for name in raters if name in by_rater] == raters
    assert "Potensiale / Tidshorisont" in by_rater and "medium→kort" in by_rater
    assert all(len(line) <= 80 for line in narrow.splitlines())
    wide = on_terminal(run, 200, "show", "ligatabell-kliniske-studier")
    assert tr("show.by_rater") not in wide
    assert all(name in header_lines(wide)[-1] for name in raters)


def test_status_board_wraps_and_never_cuts(shipped: Path, run: Run) -> None:
    out = on_terminal(run, 80, "status", "--date", "2026-11-22")
    assert "…" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    heads = " ".join(header_lines(out))
    for phase in ("Idé (2)", "Analyse (5)", "Vurdering (2)", "Gjennomføring", "Oppfølging"):
        assert phase in heads


@pytest.mark.parametrize("width", range(60, 201, 7))
def test_status_board_keeps_every_letter_at_any_width(width: int) -> None:
    from ho21score.render.board import board

    repo = load_repository(ROOT / "measures", ROOT / "criteria.yaml", None)
    table = board(repo.measures)
    fitted, lines, left_out = drawn(table, width)
    assert left_out == []
    assert all(cell_len(line) <= width for line in lines)
    for shown, original in zip(fitted.rows, table.rows, strict=True):
        assert ["".join(c.split()) for c in shown] == ["".join(c.split()) for c in original]


BOKMAAL_HEADERS = [
    key for key, (nb, en) in MESSAGES.items()
    if isinstance(nb, str) and nb != en and "{" not in nb
    and key.startswith(("col.", "show.col_", "show.round", "show.scores", "show.ratings",
                        "show.by_rater", "phase.", "participation.col_"))
]


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize(
    "args", [("rank",), ("show", "ligatabell-kliniske-studier"), ("status",)], ids=str
)
def test_english_tables_have_no_bokmaal_headers(
    shipped: Path, run: Run, width: int, args: tuple[str, ...]
) -> None:
    out = on_terminal(run, width, *args, "--lang", "en")
    set_language("nb")
    heads = []
    lines = out.splitlines()
    for n, line in enumerate(lines):
        if RULE in line:  # each table's header: the lines above its rule, up to a blank one
            back = n - 1
            while back >= 0 and lines[back].strip():
                heads.append(lines[back])
                back -= 1
    assert heads
    found = [
        MESSAGES[key][0] for key in BOKMAAL_HEADERS
        if re.search(rf"(?<!\w){re.escape(str(MESSAGES[key][0]))}(?!\w)", "\n".join(heads))
    ]
    assert found == []


def test_the_note_in_english(shipped: Path, run: Run) -> None:
    out = on_terminal(run, 80, "rank", "--lang", "en")
    note = " ".join(out[out.index("Left out to fit: ") :].split("\n\n")[0].split())
    assert note.startswith("Left out to fit: Status, ")
    assert note.endswith(", Flags (a wider window or --format markdown shows everything)")
