"""The report's method in plain words, built from the criteria in use."""

from __future__ import annotations

from pathlib import Path

from ho21score.core.criteria import Criteria
from ho21score.files.criteria_file import load_criteria
from ho21score.i18n import set_language
from ho21score.render.method import method

from conftest import ROOT, SMALL_CRITERIA, write


def criteria_of(path: Path) -> Criteria:
    criteria, problems = load_criteria(path)
    assert criteria is not None and not problems
    return criteria


def test_the_shipped_criteria_say_equal_weights_are_a_choice() -> None:
    text = method(criteria_of(ROOT / "criteria.yaml"))
    lines = text.splitlines()
    assert lines[0] == (
        "- Hver del får poeng fra 1 til 5, og 5 er alltid best for prioritering, på hvert "
        "kriterium: høyere poeng betyr et bedre tiltak, også der spørsmålet gjelder hvor "
        "vanskelig eller tidkrevende noe er."
    )
    assert lines[1] == (
        "- Tidshorisont besvares med ord, som teller slik: kort = 5, medium = 3, lang = 1."
    )
    assert lines[2].startswith(
        "- Vekter: Betydning 25 %, Egnethet 25 %, Potensiale 25 %, Gjennomførbarhet 25 %. "
        "Alle kriterier, og alle deler innen et kriterium, veier likt. Det er et valg, ikke et "
        "resultat"
    )
    assert "Kvartilbredde 0 betyr" in lines[-1] and lines[-1].endswith("større enn 1.")


def test_set_weights_levels_and_the_few_raters_rule_in_english(tmp_path: Path) -> None:
    small = SMALL_CRITERIA.replace("uenighet: {iqr: 1}", "uenighet: {iqr: 1.5}\nmin_vurderere: 3")
    criteria = criteria_of(write(tmp_path / "criteria.yaml", small))
    set_language("en")
    lines = method(criteria).splitlines()
    assert lines[0].startswith("- Each part is scored from 1 to 5, and 5 is always best")
    assert lines[1] == "- Tid is answered in words, which count as: kort = 5, medium = 3, lang = 1."
    assert lines[2].startswith("- Weights, as criteria.yaml sets them: Nytte 75%, Kostnad 25%.")
    assert lines[-2].endswith("when the range is larger than 1.5.")
    assert lines[-1] == (
        "- A part with fewer than 3 raters is flagged 'few raters': the median of so few "
        "answers says little."
    )


def test_equal_criteria_with_unequal_parts_are_set_weights(tmp_path: Path) -> None:
    small = SMALL_CRITERIA.replace("vekt: 3", "vekt: 1")  # parts still weigh 2, 1, 1
    lines = method(criteria_of(write(tmp_path / "criteria.yaml", small))).splitlines()
    assert lines[2].startswith("- Vekter, slik criteria.yaml setter dem: Nytte 50 %, Kostnad 50 %.")
