"""The scoring rule of docs/scoring-rule.md, checked against examples computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ho21score.core.scoring import competition_ranks, iqr

from conftest import Run, write

# Small criteria (conftest.SMALL_CRITERIA): scale 1-5; nytte (weight 3) = helse (part
# weight 2), penger (1), tid (levels kort 5 / medium 3 / lang 1); kostnad (weight 1).

MEASURE_A = """\
tittel: A
beskrivelse: Fire vurderinger i én runde.
vurderinger:
  - {vurdert_av: R1, poeng: {nytte: {helse: 4, penger: 2, tid: kort}, kostnad: 3}}
  - {vurdert_av: R2, poeng: {nytte: {helse: 2, penger: 3, tid: lang}, kostnad: 4}}
  - {vurdert_av: R3, poeng: {nytte: {helse: 5, penger: 3, tid: medium}, kostnad: 2}}
  - {vurdert_av: R4, poeng: {nytte: {helse: 3, penger: 5, tid: kort}, kostnad: 4}}
"""

MEASURE_B = """\
tittel: B
beskrivelse: To runder, en delvis runde 2 og et omforent poeng.
poeng:
  kostnad: 5
vurderinger:
  - {vurdert_av: R1, runde: 1, poeng: {nytte: {helse: 1, penger: 1, tid: lang}, kostnad: 1}}
  - {vurdert_av: R2, runde: 1, poeng: {nytte: {helse: 1, penger: 1, tid: lang}, kostnad: 1}}
  - {vurdert_av: R1, runde: 2, poeng: {nytte: {helse: 4, penger: 4, tid: kort}}}
  - {vurdert_av: R2, runde: 2, poeng: {nytte: {helse: 5, penger: 4}}}
"""

MEASURE_C = """\
tittel: C
beskrivelse: Bare kostnad er vurdert.
vurderinger:
  - {vurdert_av: R1, poeng: {kostnad: 2}}
"""


@pytest.fixture
def scored(workdir: Path) -> Path:
    write(workdir / "measures" / "a.yaml", MEASURE_A)
    write(workdir / "measures" / "b.yaml", MEASURE_B)
    write(workdir / "measures" / "c.yaml", MEASURE_C)
    return workdir


def test_worked_example_four_raters_one_round(scored: Path, run: Run) -> None:
    # helse 2,3,4,5 -> median 3.5; penger 2,3,3,5 -> 3; tid 5,1,3,5 -> 4; kostnad 2,3,4,4 -> 3.5
    # nytte = (2*3.5 + 3 + 4) / 4 = 3.5
    # total = 100 * (3 * (3.5-1)/4 + 1 * (3.5-1)/4) / 4 = 62.5
    # IQR (inclusive quartiles): helse 4.25-2.75 = 1.5, tid 5-2.5 = 2.5, kostnad 4-2.75 = 1.25
    # are above 1; penger 3.5-2.75 = 0.75 is not.
    result = run("rank", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    a = next(m for m in doc["ranked"] if m["id"] == "a")
    assert a["parts"] == {"nytte.helse": 3.5, "nytte.penger": 3.0, "nytte.tid": 4.0, "kostnad": 3.5}
    assert a["criteria"] == {"nytte": 3.5, "kostnad": 3.5}
    assert a["total"] == pytest.approx(62.5, abs=1e-9)
    assert a["disagreement"] == ["nytte.helse", "nytte.tid", "kostnad"]


def test_worked_example_current_values_partial_round_and_agreed(scored: Path, run: Run) -> None:
    # Each rater's value in the highest round in which they rated the part:
    # helse R1 4 (round 2), R2 5 (round 2) -> 4.5; penger 4, 4 -> 4;
    # tid: R1 kort = 5 in round 2; R2 did not rate tid in round 2 and keeps round 1's
    # lang = 1 -> median(5, 1) = 3. kostnad is agreed (5): the ratings (1, 1) do not count.
    # nytte = (2*4.5 + 4 + 3) / 4 = 4.0; total = 100 * (3*(4-1)/4 + 1*(5-1)/4) / 4 = 81.25
    doc = json.loads(run("rank", "--format", "json").stdout)
    b = next(m for m in doc["ranked"] if m["id"] == "b")
    assert b["parts"] == {"nytte.helse": 4.5, "nytte.penger": 4.0, "nytte.tid": 3.0, "kostnad": 5.0}
    assert b["criteria"]["nytte"] == pytest.approx(4.0)
    assert b["total"] == pytest.approx(81.25, abs=1e-9)
    # tid: current values 5 and 1, IQR (inclusive) 4 - 2 = 2 > 1
    assert b["disagreement"] == ["nytte.tid"]


def test_incomplete_measure_is_listed_not_ranked(scored: Path, run: Run) -> None:
    doc = json.loads(run("rank", "--format", "json").stdout)
    assert [(m["rank"], m["id"]) for m in doc["ranked"]] == [(1, "b"), (2, "a")]
    assert doc["unranked"][0]["id"] == "c"
    assert doc["unranked"][0]["missing"] == ["nytte.helse", "nytte.penger", "nytte.tid"]
    assert doc["criteria"] == [
        {"key": "nytte", "name": "Nytte", "weight": 0.75,
         "parts": ["nytte.helse", "nytte.penger", "nytte.tid"]},
        {"key": "kostnad", "name": "Kostnad", "weight": 0.25, "parts": ["kostnad"]},
    ]


def test_competition_ranking_with_float_noise_and_ties_by_id() -> None:
    totals = [("b", 0.1 + 0.2), ("a", 0.3), ("c", 0.5), ("d", 0.1), ("e", 0.1)]
    assert competition_ranks(totals) == [
        (1, "c", 0.5), (2, "a", 0.3), (2, "b", 0.1 + 0.2), (4, "d", 0.1), (4, "e", 0.1)
    ]


def test_iqr_matches_numpy_default_quartiles() -> None:
    assert iqr([1, 2, 5]) == pytest.approx(2.0)  # q1 1.5, q3 3.5
    assert iqr([3, 3]) == 0.0
    assert iqr([4]) is None
    assert iqr([2, 3, 4, 5]) == pytest.approx(1.5)


def test_tie_in_files_shares_rank_and_lists_by_id(workdir: Path, run: Run) -> None:
    for ident in ("zeta", "alfa", "mid"):
        value = 3 if ident == "mid" else 4
        write(workdir / "measures" / f"{ident}.yaml", f"""\
            tittel: {ident}
            beskrivelse: x
            poeng: {{nytte: {{helse: {value}, penger: {value}, tid: medium}}, kostnad: {value}}}
            """)
    doc = json.loads(run("rank", "--format", "json").stdout)
    assert [(m["rank"], m["id"]) for m in doc["ranked"]] == [(1, "alfa"), (1, "zeta"), (3, "mid")]
    # --top keeps a tie at the cut whole
    doc = json.loads(run("rank", "--format", "json", "--top", "1").stdout)
    assert [m["id"] for m in doc["ranked"]] == ["alfa", "zeta"]
