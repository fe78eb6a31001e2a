"""The YAML reader of dvk's own files: plain values only, exact lines, bounded work."""

from __future__ import annotations

import pytest

from documents.strict_yaml import MAX_DEPTH, StrictYamlError, load


def refusal(text: str) -> StrictYamlError:
    with pytest.raises(StrictYamlError) as error:
        load(text)
    return error.value


def test_plain_values_and_the_line_of_every_key_and_item() -> None:
    data, lines = load("a: 1\nb:\n  - x\n  - {c: 2.5, d: true}\ne: ~\n")
    assert data == {"a": 1, "b": ["x", {"c": 2.5, "d": True}], "e": None}
    assert lines[("a",)] == 1 and lines[("b", "0")] == 3 and lines[("b", "1", "d")] == 4
    assert lines[("e",)] == 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("v: yes", "yes"),
        ("v: no", "no"),
        ("v: on", "on"),
        ("v: 08:00", "08:00"),
        ("v: 8:00", "8:00"),  # YAML 1.1 would read 480 (minutes)
        ("v: 2024-02-30", "2024-02-30"),  # a date is checked later, where its field is known
        ("v: 0123", 123),  # YAML 1.1 would read octal
        ("v: 1_000", "1_000"),
        ("v: 0x1F", "0x1F"),
        ("v: -7", -7),
        ("v: .inf", float("inf")),
        ("v: !!str 12", "12"),
    ],
)
def test_only_yaml_1_2_core_scalars_are_not_text(text: str, value: object) -> None:
    assert load(text)[0] == {"v": value}


def test_anchors_and_aliases_are_refused_before_anything_expands() -> None:
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: [*b,*b]\n'
    assert refusal(bomb).line == 1 and "anchors (&a)" in refusal(bomb).problem
    assert refusal("a: 1\nb: *a\n").problem.startswith("aliases (*a)")
    merge = "base: &b {x: 1}\nunit:\n  <<: *b\n"
    assert refusal(merge).line == 1


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system [ls]",
        "a: !!python/name:os.system",
        "a: !!binary aGVsbG8=",
        "a: !!timestamp 2024-02-30",
        "a: !custom x",
        "a: !!set {x}",
    ],
)
def test_tags_are_refused_with_their_line(text: str) -> None:
    error = refusal("ok: 1\n" + text + "\n")
    assert error.line == 2 and "not allowed" in error.problem


def test_a_repeated_key_is_refused_where_it_repeats() -> None:
    error = refusal("units:\n  - id: a\n    name: A\n    name: B\n")
    assert error.line == 4 and "'name' appears twice" in error.problem
    assert refusal("x: 1\ny: 2\nx: 3\n").line == 3


def test_bounded_nesting_numbers_and_shapes() -> None:
    deep = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert "nested more than" in refusal(deep).problem
    assert "too large" in refusal("a: " + "9" * 5000).problem
    assert "a key must be a plain word" in refusal("? [a, b]\n: 1\n").problem
    assert "another document" in refusal("a: 1\n---\nb: 2\n").problem
    assert refusal("").problem == "the file is empty"
    assert refusal("a: 1\nb: [x\n").line == 3
    error = refusal("a: 1\nb: \x07\n")
    assert error.line == 2 and "not valid text" in error.problem
