"""Every problem's line:col points at the offending character or token, whatever text
(æøå, emoji, CJK, CR LF) comes before it on the same line and on the lines before.

Each case is a measure (or criteria) file with ``‸`` just before the fault; the expected
position is worked out from the text itself, lines counted as the reader counts them.
Randomised on a developer's machine; derandomised on CI (see the profiles in conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ho21score.core.criteria import Criteria
from ho21score.files.criteria_file import criteria_from
from ho21score.files.measure_file import measure_from
from ho21score.files.source import parse_yaml
from ho21score.problems import Problem

from conftest import SMALL_CRITERIA

MARK = "‸"
PAD = "{pad}"
# what a line break is to the reader (and to libyaml): CR LF, LF, a lone CR
LINE_BREAK = re.compile("\r\n|[\r\n]")
_small, _ = criteria_from(*parse_yaml(Path("c.yaml"), "c.yaml", SMALL_CRITERIA.encode()))
assert _small is not None
SMALL: Criteria = _small

# text before a fault: letters of several scripts, emoji (one of them joined with U+200D,
# several code points that draw as one), spaces inside; never YAML punctuation
PADS = st.lists(
    st.sampled_from([*"aZæøåÆØÅéß中文😀 ", "🇳🇴", "👩\u200d👩\u200d👧"]), min_size=1, max_size=12
).map(lambda chars: "x" + "".join(chars).strip() + "y")

# (name, code, file): the measure file's lines below the shared head, with {pad} and ‸
MEASURE_CASES = [
    ("raw-control", "yaml.bad_character", 'kilde: "{pad}‸\x01"'),
    ("raw-del", "yaml.bad_character", "kilde: {pad}‸\x7f"),
    ("escaped-e", "yaml.control_character", 'tittel: "{pad}‸\\e]0;pwned\\a"'),
    ("escaped-x1b", "yaml.control_character", 'tittel: "{pad}‸\\x1b[2J"'),
    ("escaped-c1", "yaml.control_character", 'tittel: "{pad}‸\\u009b31m"'),
    ("escaped-cr", "yaml.control_character", 'tittel: "{pad}\\t\\n‸\\roverwritten"'),
    ("raw-bidi", "yaml.bidi_character", "tittel: {pad}‸\u202eevil"),
    ("escaped-bidi", "yaml.bidi_character", 'tittel: "{pad}\\\\‸\\u2066x"'),
    ("bidi-in-key", "yaml.bidi_character", "indikatorer: [{navn: {pad}, k‸\u202dilde: x}]"),
    ("bidi-in-block", "yaml.bidi_character", "tittel: |\n  {pad}\n  {pad}‸\u200fx"),
    ("stray-bom-in-value", "yaml.stray_bom", "tittel: {pad}‸\ufeffx"),
    ("syntax", "yaml.syntax", "satsingsområder: [{pad}, ‸@x]"),
    ("syntax-at-end", "yaml.syntax", 'tittel: "{pad}‸'),
    ("empty-value-at-end", "field.wrong_type", "vurderinger:\n- vurdert_av: {pad}\n  poeng:‸"),
    ("duplicate-key", "yaml.duplicate_key", "indikatorer: [{navn: {pad}, ‸navn: x}]"),
    ("null-key", "yaml.null_key", "indikatorer: [{navn: {pad}, ‸~: x}]"),
    ("unknown-key", "field.unknown", "indikatorer: [{navn: {pad}, ‸kilda: x}]"),
    ("wrong-type", "field.wrong_type", "indikatorer: [{navn: {pad}, kilde: ‸[1]}]"),
    ("tag", "yaml.tag", "indikatorer: [{navn: {pad}, kilde: ‸!x y}]"),
    ("anchor", "yaml.anchor", "indikatorer: [{navn: {pad}, kilde: ‸&a y}]"),
    ("alias", "yaml.alias", "indikatorer: [{navn: {pad}, kilde: ‸*a}]"),
    ("huge-int", "yaml.huge_int",
     "vurderinger: [{vurdert_av: {pad}, runde: ‸9999999999999999, poeng: {}}]"),
    ("bad-date", "field.bad_date",
     "vurderinger: [{vurdert_av: {pad}, dato: ‸2026-02-30, poeng: {}}]"),
    ("off-scale", "score.off_scale",
     "vurderinger: [{vurdert_av: {pad}, poeng: {kostnad: ‸9}}]"),
    ("not-finite", "score.not_finite",
     "vurderinger: [{vurdert_av: {pad}, poeng: {kostnad: ‸.inf}}]"),
    ("not-level", "score.not_level",
     "vurderinger: [{vurdert_av: {pad}, poeng: {nytte: {tid: ‸snart}}}]"),
    ("unknown-criterion", "score.unknown_criterion",
     "vurderinger: [{vurdert_av: {pad}, poeng: {‸kostnadd: 3}}]"),
    ("unknown-part", "score.unknown_part",
     "vurderinger: [{vurdert_av: {pad}, poeng: {nytte: {‸helsa: 3}}}]"),
    # the rating before has a shape error and is taken out: the next keeps its own place
    ("after-a-dropped-rating", "score.off_scale",
     "vurderinger:\n  - {vurdert_av: 7, poeng: {}}\n"
     "  - {vurdert_av: {pad}, poeng: {kostnad: ‸9}}"),
    ("unknown-area", "measure.unknown_area", "satsingsområder: [data, {pad}, ‸dat]"),
    ("not-utf8", "file.not_utf8", "kilde: {pad}‸\udcff"),
    ("complex-key", "yaml.complex_key", "indikatorer: [{navn: {pad}, ‸[a]: x}]"),
    ("too-deep", "yaml.too_deep", "kilde: [{pad}, " + "[" * 30 + "‸[" + "]" * 32),
    ("second-document", "yaml.multiple_documents", "kilde: {pad}\n‸---\nkilde: {pad}"),
    ("directive", "yaml.directive", "‸%YAML 1.1\n---\ntittel: {pad}"),
    ("tag-directive", "yaml.directive", "‸%TAG !e! tag:example.com,2026:\n---\ntittel: {pad}"),
]

HEAD = "# {pad}\nbeskrivelse: |\n  {pad}\n  {pad} {pad}\n"

CRITERIA_CASES = [
    ("weight-inf", "field.not_finite", "  nytte: {navn: {pad}, vekt: ‸.inf}"),
    ("weight-1e400", "field.not_finite", "  nytte: {navn: {pad}, vekt: ‸1e400}"),
    ("weight-huge", "field.too_large", "  nytte: {navn: {pad}, vekt: ‸1.5e308}"),
    ("escaped-control", "yaml.control_character", '  nytte: {navn: "{pad}‸\\e"}'),
]


def expected_position(text: str) -> tuple[str, tuple[int, int]]:
    """The text without the mark, and the line and column where the mark stood."""
    index = text.index(MARK)
    before = text[:index]
    breaks = list(LINE_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return before + text[index + 1 :], (len(breaks) + 1, index - line_start + 1)


def encoded(text: str) -> bytes:
    # a lone surrogate in a case stands for a byte that is not UTF-8
    return text.encode("utf-8", "surrogateescape")


def measure_problems(raw: bytes) -> list[Problem]:
    source, problems = parse_yaml(Path("m.yaml"), "m.yaml", raw)
    return measure_from(source, problems, SMALL)[1]


def assert_at(problems: list[Problem], code: str, pos: tuple[int, int]) -> None:
    found = [(p.line, p.col) for p in problems if p.code == code]
    assert pos in found, (code, pos, problems)


@pytest.mark.parametrize(
    ("code", "case"), [c[1:] for c in MEASURE_CASES], ids=[c[0] for c in MEASURE_CASES]
)
@settings(max_examples=25, deadline=None)
@given(pad=PADS, newline=st.sampled_from(["\n", "\r\n"]), title_first=st.booleans())
def test_measure_problem_points_at_the_fault(
    code: str, case: str, pad: str, newline: str, title_first: bool
) -> None:
    title = "tittel: Tittel {pad}\n"
    body = HEAD + case if case.startswith("tittel") else HEAD + title + case
    if title_first and not case.startswith("tittel"):
        body = title + HEAD + case
    if MARK + "%" in case:  # a directive comes before the content, after comments only
        body = "# {pad}\n#{pad}\n\n" + case
    text, pos = expected_position(body.replace(PAD, pad).replace("\n", newline))
    assert_at(measure_problems(encoded(text)), code, pos)


@pytest.mark.parametrize(
    ("code", "case"), [c[1:] for c in CRITERIA_CASES], ids=[c[0] for c in CRITERIA_CASES]
)
@settings(max_examples=25, deadline=None)
@given(pad=PADS, newline=st.sampled_from(["\n", "\r\n"]))
def test_criteria_problem_points_at_the_fault(
    code: str, case: str, pad: str, newline: str
) -> None:
    body = "# {pad}\nskala: {min: 1, maks: 5}\nkriterier:\n" + case + "\n"
    text, pos = expected_position(body.replace(PAD, pad).replace("\n", newline))
    source, problems = parse_yaml(Path("c.yaml"), "c.yaml", encoded(text))
    assert_at(criteria_from(source, problems)[1], code, pos)


def test_every_kind_of_reading_problem_is_covered() -> None:
    """A new kind of reading problem gets a case here (the codes the reader can give)."""
    from ho21score.messages import MESSAGES

    covered = {code for _, code, _ in MEASURE_CASES + CRITERIA_CASES}
    reading = {key for key in MESSAGES if key.startswith("yaml.")}
    assert sorted(reading - covered) == []
