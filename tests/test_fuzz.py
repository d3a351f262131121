"""No input makes the reader crash: every bad file ends as problems with positions; no
input makes an edit crash: it proves itself or is refused.

Randomised on a developer's machine; derandomised on CI (see the profiles in conftest.py).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ho21score.files import insertion as edit
from ho21score.files.criteria_file import criteria_from, load_criteria
from ho21score.files.measure_file import measure_from
from ho21score.files.source import parse_yaml
from ho21score.files.yamlread import YamlSyntaxError, load

from conftest import ROOT, SMALL_CRITERIA
from edit_corpus import CORPUS

CRITERIA, _ = load_criteria(ROOT / "criteria.yaml")
SEED = (ROOT / "measures" / "ligatabell-kliniske-studier.yaml").read_bytes()
# the line breaks the reader counts lines by: CR LF, LF and a lone CR, and (libyaml, as YAML
# 1.1) NEL, LS and PS
LINE_BREAK = re.compile(rb"\r\n|[\r\n]|\xc2\x85|\xe2\x80[\xa8\xa9]")


def check_reading(raw: bytes) -> None:
    assert CRITERIA is not None
    # the edits read with detail (spans of every value); the same problems either way
    plain = parse_yaml(Path("m.yaml"), "m.yaml", raw)[1]
    source, problems = parse_yaml(Path("m.yaml"), "m.yaml", raw, detail=True)
    assert problems == plain
    measure, problems = measure_from(source, problems, CRITERIA)
    lines = len(LINE_BREAK.findall(raw)) + 1
    for problem in problems:
        assert 1 <= problem.line <= lines + 1, problem
        assert problem.col >= 1 and problem.message
    assert (measure is None) == any(p.is_error for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
@example(b"\r\r\r- a: b: c")  # a problem on line 4 of a file with no LF in it
@example(b"poeng:\n  a: 3\npoeng:\n  a: 4\n")  # a refused key's mapping has no span (a crash)
def test_random_bytes(raw: bytes) -> None:
    check_reading(raw)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SEED)), st.integers(0, 8),
                          st.sampled_from(list(b"-:{}[]&*!|>'\"%#\n\r \t?,9aN~"))),
                min_size=1, max_size=6))
def test_mutated_measure_file(edits: list[tuple[int, int, int]]) -> None:
    raw = bytearray(SEED)
    for at, cut, byte in edits:
        at = min(at, len(raw))
        raw[at : at + cut] = bytes([byte])
    check_reading(bytes(raw))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SMALL_CRITERIA)), st.integers(0, 6),
                          st.sampled_from(list("-:{}[]&*!|>'\"%#\n ?,9aN~0"))),
                min_size=1, max_size=6))
def test_mutated_criteria_file(edits: list[tuple[int, int, str]]) -> None:
    text = list(SMALL_CRITERIA)
    for at, cut, char in edits:
        at = min(at, len(text))
        text[at : at + cut] = [char]
    raw = "".join(text).encode("utf-8")
    source, problems = parse_yaml(Path("criteria.yaml"), "criteria.yaml", raw)
    criteria, problems = criteria_from(source, problems)
    assert (criteria is None) == any(p.is_error for p in problems)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(CORPUS)),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 3),
                       st.sampled_from(["", " ", "\n", "# c\n", "  ", "\n\n", "-", "x",
                                        "\r", "\r\n"])),
             max_size=3),
    st.sampled_from(["vurderinger", "beslutninger", "indikatorer"]),
)
# Found by this test: a lone CR in a CR LF file, and the list's first "-" alone on its line
# ("vurderinger:\r-\n  - vurdert_av: Ola"). The dash was looked for on the first item's own
# line, where there is none (column -1), and the proof let the YAML syntax error of the
# result out as a crash. Then files with lone CRs that a tool writes.
@example("crlf-no-final-newline", [(127, 0, "-")], "vurderinger")
@example("crlf-no-final-newline", [(0, 0, "\n"), (128, 0, "-")], "vurderinger")
@example("cr-only", [], "vurderinger")
@example("cr-only", [], "beslutninger")
def test_edits_either_prove_themselves_or_refuse(
    name: str, edits: list[tuple[int, int, str]], key: str
) -> None:
    text = CORPUS[name].lstrip("\ufeff")
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    try:
        doc = load(text, detail=True)
    except YamlSyntaxError:
        return
    if not isinstance(doc.data, dict) or doc.refusals:
        return
    entry = {"navn": "Ny: indikator", "dato": dt.date(2026, 11, 22), "poeng": {"a": {"b": 1}}}
    try:
        new = edit.append(text, doc, key, entry)
        edit.check(text, new, doc, key, entry)
    except edit.EditError as refused:
        # a refusal, but not one that hides a bug in the proof itself
        cause = refused.__cause__
        assert cause is None or isinstance(cause, YamlSyntaxError), repr(cause)
        return
    rest = iter(new)
    assert all(ch in rest for ch in text)  # insertion only
