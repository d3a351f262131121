"""The safe YAML reader: YAML 1.2 values, refusals with positions, no crashes."""

from __future__ import annotations

import pytest

from ho21score.files.yamlread import MAX_DEPTH, YamlSyntaxError, load


def test_yaml_1_2_words_stay_strings() -> None:
    doc = load("a: NO\nb: yes\nc: on\nd: off\ne: y\nf: true\ng: ~\nh: 010\ni: 0o10\nj: 1.5\n")
    assert doc.data == {
        "a": "NO", "b": "yes", "c": "on", "d": "off", "e": "y",
        "f": True, "g": None, "h": 10, "i": 8, "j": 1.5,
    }


def test_dates_and_quoted_numbers_stay_strings() -> None:
    doc = load("dato: 2026-10-02\ntall: '4'\n")
    assert doc.data == {"dato": "2026-10-02", "tall": "4"}


def test_positions_of_keys_and_values_are_one_based() -> None:
    doc = load("tittel: A\nliste:\n  - navn: x\n    kilde: y\n")
    assert doc.keys[("tittel",)] == (1, 1)
    assert doc.values[("tittel",)] == (1, 9)
    assert doc.values[("liste", 0)] == (3, 5)
    assert doc.keys[("liste", 0, "kilde")] == (4, 5)
    assert doc.value_pos(("liste", 0, "mangler")) == (3, 5)


def test_crlf_positions() -> None:
    doc = load("a: 1\r\nb: 2\r\n")
    assert doc.values[("b",)] == (2, 4)


@pytest.mark.parametrize(
    "text", ["%YAML 1.1\n---\na: NO\n", "%TAG !e! tag:example.com:\n---\na: 1\n"]
)
def test_directives_are_refused(text: str) -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load(text)
    assert (info.value.line, info.value.col) == (1, 1)
    assert "YAML 1.2" in info.value.what.text


def test_anchor_alias_and_tags_are_refused_where_they_stand() -> None:
    doc = load("a: &x [1]\nb: *x\nc: !!python/object:os.system ls\nd: !custom 1\n")
    positions = [(line, col) for line, col, _ in doc.refusals]
    assert positions == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert doc.data["b"] is None  # the alias is not expanded


def test_billion_laughs_does_not_expand() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i-1}'] * 9)}]" for i in range(1, 9)]
    doc = load("\n".join(lines) + "\n")
    assert len(doc.refusals) == 9 + 8 * 9
    assert all(item is None for item in doc.data["a8"])


def test_duplicate_key_names_the_first_line() -> None:
    doc = load("tittel: A\nbeskrivelse: b\ntittel: B\n")
    assert doc.refusals == [
        (3, 1, ("yaml.duplicate_key", "nøkkelen «tittel» står to ganger (første gang på linje 1)"))
    ]
    assert doc.data["tittel"] == "A"


def test_huge_integer_is_refused_not_crashed() -> None:
    doc = load("a: " + "9" * 5000 + "\n")
    assert doc.refusals[0][:2] == (1, 4)
    assert doc.data == {"a": None}


def test_deep_nesting_is_bounded() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load("a: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert str(MAX_DEPTH) in info.value.what.text


def test_syntax_error_has_a_position() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load("tittel: [1\nbeskrivelse: b\n")
    assert (info.value.line, info.value.col) == (2, 12)


def test_second_document_is_refused() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        load("a: 1\n---\nb: 2\n")
    assert info.value.line == 2
