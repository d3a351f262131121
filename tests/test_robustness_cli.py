"""`ho21score robustness` as a user sees it: the whole table, JSON, Markdown, the bad
options, the report's section, and that `rank` still starts without numpy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from markdown_it import MarkdownIt

from ho21score.render.robustness_words import share_text

from conftest import ROOT, Run, write

CRITERIA = """\
skala: {min: 1, maks: 5}
kriterier:
  nytte: {navn: Nytte, vekt: 3}
  kostnad: {navn: Kostnad}
satsingsområder: {data: Helsedata}
uenighet: {iqr: 9}
"""


@pytest.fixture
def four(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Weights 3:1 (.75, .25). Normalised: x = (1, .75), w = (.25, 1), y = z = (.5, .25).
    With t the weight on nytte: x - w = t - .25, w - y = .75 - t, x - y = .5 always; y and z
    are identical, and x dominates both. Under simplex (t ~ U(0, 1)): x first 3/4, w 1/4;
    x always in the top two, w in 3/4 of the draws, y and z split the last 1/4 (1/8 each)."""
    write(tmp_path / "criteria.yaml", CRITERIA)
    m = tmp_path / "measures"
    for ident, scores in [("x", "5, kostnad: 4"), ("y", "3, kostnad: 2"), ("z", "3, kostnad: 2"),
                          ("w", "2, kostnad: 5")]:
        write(m / f"{ident}.yaml", f"tittel: {ident.upper()}\nbeskrivelse: Et tiltak.\n"
              f"poeng: {{nytte: {scores}}}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


TABLE_NB = f"""\
Hvor sikker er rangeringen?

Modell: alle vektinger (simplex); 10 000 trekninger, frø 20261123, numpy {np.__version__}.

Rang  Id  Total  Først  Topp 2  Plass i 9 av 10
----  --  -----  -----  ------  ---------------
   1  x    93,8   76 %   100 %  1–2
   2  w    43,8   24 %    74 %  1–4
   2  y    43,8    0 %    13 %  2–4
   2  z    43,8    0 %    13 %  2–4

Nabopar: hvor ofte ligger hvert tiltak foran det neste?

Rang  Id  Neste  Foran i
----  --  -----  -------
   1  x   w         76 %
   2  w   y         74 %
   2  y   z         50 %

Vektene når tiltaket kommer øverst (snitt)

Id  Nytte  Kostnad
--  -----  -------
x    63 %     37 %
w    12 %     88 %

Én vekt om gangen (de andre skaleres i samme forhold)

Kriterium  Vedtatt vekt  Poeng, lavest–høyest  Topp 2 uendret ved vekt
---------  ------------  --------------------  -----------------------
Nytte              75 %             2,00–5,00                står likt
Kostnad            25 %             2,00–5,00                står likt

Vekten der hvert tiltak beholder rangen sin

Rang  Id      Nytte    Kostnad
----  --  ---------  ---------
   1  x    25–100 %     0–75 %
   2  w   står likt  står likt
   2  y   står likt  står likt
   2  z   står likt  står likt

Bevist uten trekning, med medianene slik de er

y scorer ikke bedre enn x på noe kriterium, så ingen vekting setter y foran x.
z scorer ikke bedre enn x på noe kriterium, så ingen vekting setter z foran x.

Andelene er fra 10 000 trekninger og sikre til ±1,0 prosentpoeng (95 %). «0 %» og «100 %» \
er eksakte; «<1 %» og «>99 %» betyr nesten aldri og nesten alltid.
"""


def test_the_whole_table(four: Path, run: Run) -> None:
    """Exact where it is exact (x in the top two always, y and z never first, y ahead of z
    half the time, the sweeps), sampled near 3/4, 1/4, 1/8 (and the mean weight on nytte
    where x is first: 5/8; where w is: 1/8)."""
    result = run("robustness", "--top", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout == TABLE_NB


def test_english(four: Path, run: Run) -> None:
    out = run("robustness", "--top", "2", "--lang", "en").stdout.splitlines()
    assert out[0] == "How sure is the ranking?"
    assert out[2] == (
        f"Model: all weightings (simplex); 10,000 draws, seed 20261123, numpy {np.__version__}."
    )
    assert out[4].split() == ["Rank", "Id", "Total", "First", "Top", "2", "Place", "in", "9",
                              "of", "10"]
    assert "   1  x    93.8    76%   100%  1–2" in out
    assert "y scores no better than x on any criterion, so no weighting puts y ahead of x." in out


def test_json_contract_and_exact_shares(four: Path, run: Run) -> None:
    result = run("robustness", "--top", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["model"] == {
        "weights": "simplex", "order": None, "box": None, "raters": False, "draws": 10_000,
        "seed": 20261123, "top": 2, "numpy": np.__version__,
    }
    assert doc["criteria"] == [
        {"key": "nytte", "weight": 0.75, "range": [2.0, 5.0]},
        {"key": "kostnad", "weight": 0.25, "range": [2.0, 5.0]},
    ]
    by_id = {m["id"]: m for m in doc["measures"]}
    assert [m["id"] for m in doc["measures"]] == ["x", "w", "y", "z"]
    assert by_id["x"]["top"] == 1.0 and by_id["x"]["acceptability"][2:] == [0.0, 0.0]
    assert by_id["y"]["first"] == 0.0 and by_id["y"]["central_weights"] is None
    assert by_id["y"]["acceptability"] == by_id["z"]["acceptability"]
    assert by_id["y"]["dominated_by"] == ["x"] and by_id["w"]["dominated_by"] == []
    assert by_id["x"]["split"] == {"weights": 1.0}
    n = 10_000
    for ident, first in [("x", 0.75), ("w", 0.25)]:
        assert abs(by_id[ident]["first"] - first) <= 4 * (first * (1 - first) / n) ** 0.5
    assert abs(by_id["w"]["top"] - 0.75) <= 4 * (0.75 * 0.25 / n) ** 0.5
    assert by_id["y"]["top"] == by_id["z"]["top"]
    assert doc["pairwise"][2] == {"a": "y", "b": "z", "a_above_b": 0.5}
    assert doc["sweeps"][0] == {
        "criterion": "nytte", "weight": 0.75, "top": None,
        "ranks": {"x": [0.25, 1.0], "w": None, "y": None, "z": None},
    }
    assert doc["warnings"] == []


def test_same_inputs_and_seed_give_the_same_bytes(shipped: Path, run: Run) -> None:
    args = ("robustness", "--format", "json", "--draws", "3000")
    first = run(*args).stdout
    assert run(*args).stdout == first
    assert run(*args, "--seed", "7").stdout != first
    doc = json.loads(first)
    assert doc["model"]["raters"] is True and doc["model"]["numpy"] == np.__version__
    assert set(doc["measures"][0]["split"]) == {"weights", "raters", "both"}
    assert {"code": "few-raters", "id": "helsenaeringsmeldingen", "raters": 2} in doc["warnings"]


def test_fixed_weights_vary_only_the_raters(shipped: Path, run: Run) -> None:
    doc = json.loads(run("robustness", "-f", "json", "--weights", "fixed", "--draws",
                         "500").stdout)
    top = doc["measures"][0]
    assert set(top["split"]) == {"raters"} and top["split"]["raters"] == top["top"]
    assert top["central_weights"] == {c["key"]: 0.25 for c in doc["criteria"]}


def test_ordinal_and_box_name_their_model(four: Path, run: Run) -> None:
    out = run("robustness", "--weights", "ordinal", "--order", "kostnad>nytte").stdout
    assert "Modell: vektinger som holder rekkefølgen kostnad>nytte (ordinal);" in out
    doc = json.loads(run("robustness", "-f", "json", "--weights", "ordinal").stdout)
    assert doc["model"]["order"] == "nytte>kostnad"  # the order of the stated weights
    assert doc["measures"][0]["first"] == 1.0  # nytte >= kostnad: t >= .5 > .25
    doc = json.loads(run("robustness", "-f", "json", "--weights", "box").stdout)
    assert doc["model"]["box"] == 0.2 and doc["measures"][0]["first"] == 1.0
    out = run("robustness", "--weights", "box", "--box", "0.5").stdout
    assert "Modell: vektinger innen ±50 % av de vedtatte vektene (box);" in out


def test_markdown_is_tables_that_render(four: Path, run: Run) -> None:
    text = run("robustness", "--format", "markdown").stdout
    assert text.startswith("## Hvor sikker er rangeringen?\n")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert sum(t.type == "table_open" for t in tokens) == 5
    assert "| 1 | x | 93,8 | 76 % | 100 % | 1–2 |" in text


def test_no_effect_and_few_raters_are_said(workdir: Path, run: Run) -> None:
    m = workdir / "measures"
    write(m / "a.yaml", """\
        tittel: A
        beskrivelse: Et tiltak.
        vurderinger:
          - {vurdert_av: Kari, poeng: {nytte: {helse: 4, penger: 4, tid: kort}, kostnad: 3}}
        """)
    write(m / "b.yaml", """\
        tittel: B
        beskrivelse: Et tiltak.
        poeng: {nytte: {helse: 2, penger: 3, tid: lang}, kostnad: 3}
        """)
    out = run("robustness").stdout
    assert "Alle tiltakene har 3,00 på Kostnad, så vekten på Kostnad kan ikke endre " \
           "rekkefølgen." in out
    assert "a har bare én vurderer, så vurdererne varierer ikke for dette tiltaket." in out
    doc = json.loads(run("robustness", "-f", "json").stdout)
    assert doc["warnings"] == [
        {"code": "no-effect", "criterion": "kostnad"},
        {"code": "few-raters", "id": "a", "raters": 1},
    ]


def test_nothing_to_rank(workdir: Path, run: Run) -> None:
    result = run("robustness")
    assert result.exit_code == 0
    assert result.stdout.endswith("Ingen tiltak å rangere.\n")
    assert json.loads(run("robustness", "-f", "json").stdout)["measures"] == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--weights", "ordinal", "--order", "nytte>kost"],
         "Feil: --order: «kost» er ikke et kriterium (mente du «kostnad»?); bruk nytte, kostnad"),
        (["--weights", "ordinal", "--order", "nytte"],
         "Feil: --order må ta med hvert kriterium; mangler «kostnad»"),
        (["--weights", "ordinal", "--order", "nytte>>kostnad"], "Feil: --order «nytte>>kostnad»"),
        (["--weights", "ordinal", "--order", "nytte=nytte>kostnad"],
         "Feil: --order: «nytte» står to ganger"),
        (["--order", "nytte>kostnad"], "Feil: --order gjelder bare --weights ordinal"),
        (["--box", "0.3"], "Feil: --box gjelder bare --weights box"),
        (["--weights", "fixed", "--no-raters"], "Feil: --weights fixed med --no-raters"),
        (["--weights", "box", "--box", "0"], "Feil: ugyldig verdi for «--box»"),
        (["--weights", "even"], "Feil: ugyldig verdi for «--weights»"),
        (["--phase", "ferdig"], "Feil: ukjent fase «ferdig»"),
        (["--draws", "0"], "Feil: ugyldig verdi for «--draws»"),
    ],
)
def test_bad_options_are_usage_errors(four: Path, run: Run, args: list[str], says: str) -> None:
    result = run("robustness", *args)
    assert result.exit_code == 2
    assert says in result.stderr
    assert "Traceback" not in result.output


def test_a_box_too_narrow_to_sample_is_refused(tmp_path: Path, run: Run,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Weights 1 : 9999: the box around .0001 takes 2 draws in 10,000 (P(D1 <= 2 w1))."""
    write(tmp_path / "criteria.yaml", CRITERIA.replace("vekt: 3", "vekt: 9999"))
    write(tmp_path / "measures/a.yaml", "tittel: A\nbeskrivelse: x\npoeng: {nytte: 2, "
          "kostnad: 5}\n")
    monkeypatch.chdir(tmp_path)
    result = run("robustness", "--weights", "box")
    assert result.exit_code == 2
    assert "Feil: --box: bare 0,0" in result.stderr and "gjør boksen større" in result.stderr


def test_report_has_the_section_and_no_robustness_takes_it_out(shipped: Path, run: Run) -> None:
    full = run("report", "--date", "2026-11-22").stdout
    without = run("report", "--date", "2026-11-22", "--no-robustness").stdout
    start = full.index("## Hvor sikker er rangeringen?\n")
    end = full.index("\n## ", start + 1) + 1
    assert full[:start] + full[end:] == without
    section = full[start:end]
    assert "- **Rapportere brukermedvirkning i alle faser av forskningen** er blant de tre " \
           "beste i " in section
    assert "_Modell: alle vektinger (simplex), og vurdererne trukket på nytt; frø 20261123." \
           in section


def _loaded(args: list[str], cwd: Path) -> list[str]:
    script = (
        "import sys\n"
        "from ho21score.cli.app import run\n"
        f"code = run({args!r})\n"
        "sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=cwd, check=True)
    return done.stderr.rsplit("MODULES ", 1)[1].split()


def test_rank_and_a_report_without_the_section_never_load_numpy(shipped: Path) -> None:
    for args in (["rank"], ["rank", "--format", "json"], ["report", "--no-robustness"]):
        loaded = _loaded(args, shipped)
        assert "ho21score.cli.app" in loaded
        assert [name for name in loaded if name.split(".")[0] == "numpy"] == [], args
    assert "numpy" in _loaded(["robustness", "--draws", "10"], shipped)


def test_help_names_the_options(run: Run) -> None:
    text = run("robustness", "--help").stdout
    for option in ("--weights", "--order", "--box", "--raters", "--no-raters", "--draws",
                   "--seed", "--top", "--format", "--phase", "--measures", "--criteria",
                   "--roster", "--lang"):
        assert option in text
    assert (ROOT / "docs" / "robustness.md").is_file()


def test_with_raters_a_table_says_where_the_uncertainty_comes_from(
    shipped: Path, run: Run
) -> None:
    out = run("robustness", "--draws", "2000").stdout
    assert "Topp 3: hva usikkerheten kommer av (bare vektene trukket, bare vurdererne, " \
           "begge)" in out
    lines = out.splitlines()
    head = lines.index("Rang  Id                                    Total  Først  Topp 3  "
                       "Plass i 9 av 10  Vurderere")
    assert lines[head + 2].split()[:2] == ["1", "brukermedvirkning-i-forskning"]
    assert lines[head + 2].split()[-1] == "3"  # raters
    doc = json.loads(run("robustness", "--draws", "2000", "-f", "json").stdout)
    first = doc["measures"][0]["split"]
    row = next(line for line in lines if line.startswith("   1  brukermedvirkning")
               and line.count("%") == 3)
    assert row.split()[2:] == [part for key in ("weights", "raters", "both")
                               for part in share_text(first[key]).split()]


def test_the_report_with_one_measure_or_none_says_so(workdir: Path, run: Run) -> None:
    def section() -> str:
        text = run("report", "--date", "2026-11-22").stdout
        return text.split("## Hvor sikker er rangeringen?\n\n", 1)[1].split("\n## ", 1)[0]

    assert section() == "Ingen.\n"
    write(workdir / "measures/a.yaml", "tittel: A\nbeskrivelse: x\npoeng: {nytte: {helse: 2, "
          "penger: 3, tid: lang}, kostnad: 3}\n")
    assert section() == "Bare ett tiltak er rangert, så rekkefølgen kan ikke endre seg.\n"
