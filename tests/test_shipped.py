"""The shipped data set is what a newcomer sees first: it must be valid and varied."""

from __future__ import annotations

import json
from pathlib import Path

from ho21score.files.criteria_file import load_criteria
from ho21score.files.repository import load_repository

from conftest import ROOT, Run


def test_shipped_measures_validate(shipped: Path, run: Run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.stdout
    assert result.stderr == "Ingen problemer i 14 filer.\n"


def test_shipped_set_covers_what_the_council_meets(shipped: Path, run: Run) -> None:
    doc = json.loads(run("rank", "--format", "json", "--all").stdout)
    everything = doc["ranked"] + doc["unranked"]
    assert 10 <= len(everything) <= 14
    assert {m["phase"] for m in everything} == {
        "idé", "analyse", "vurdering", "gjennomføring", "oppfølging"
    }
    statuses = {m["status"] for m in everything}
    assert {"stoppet", "på vent", "til revisjon"} <= statuses
    assert doc["unranked"], "at least one incomplete measure"
    assert any(m["disagreement"] for m in doc["ranked"])


def test_shipped_ratings_have_two_to_six_raters_in_one_or_two_rounds() -> None:
    criteria, problems = load_criteria(ROOT / "criteria.yaml")
    assert criteria is not None and not problems
    repo = load_repository(ROOT / "measures", ROOT / "criteria.yaml")
    rated = [m for m in repo.measures if m.ratings]
    assert len(rated) >= 10
    for m in rated:
        rounds = {r.round for r in m.ratings}
        assert rounds <= {1, 2}, m.id
        for round_ in rounds:
            raters = {r.rater for r in m.ratings if r.round == round_}
            assert 2 <= len(raters) <= 6, m.id


def test_shipped_criteria_follow_the_seed() -> None:
    criteria, _ = load_criteria(ROOT / "criteria.yaml")
    assert criteria is not None
    assert [c.key for c in criteria.criteria] == [
        "betydning", "egnethet", "potensiale", "gjennomførbarhet"
    ]
    assert len(criteria.areas) == 10
    assert criteria.iqr == 1
    tid = criteria.part("potensiale.tidshorisont")
    assert tid is not None and tid.levels == {"kort": 5, "medium": 3, "lang": 1}
    for part in criteria.parts:
        assert part.question, part.key
        assert set(part.anchors) == {1, 3, 5}, part.key
