"""What the YAML reader refuses, and where it says the problem is."""

from __future__ import annotations

import pytest

from partnermap.problems import MAX_PROBLEMS_PER_FILE
from partnermap.textread.yamlread import MAX_NUMBER_CHARS, read_yaml_bytes


def messages(data: bytes) -> list[str]:
    return [problem.format() for problem in read_yaml_bytes(data, "f.yaml")[1]]


@pytest.mark.parametrize("before", ["plain", "é" * 40, "😀" * 40, "中文" * 20])
def test_a_raw_control_character_is_reported_at_its_line(before: str) -> None:
    # libyaml counts bytes, not characters: text before the character must not shift the line.
    data = f"a: {before}\nb: 2\nc: x\x07y\n".encode()
    assert messages(data) == ["f.yaml:3: control character U+0007 is not allowed in a YAML file; remove it"]


@pytest.mark.parametrize("number", ["9" * 5000, "0x" + "f" * 5000, "0b" + "1" * 20000, "0" + "7" * 5000,
                                    "1." + "5" * 5000])
def test_numbers_too_long_for_python_are_refused(number: str) -> None:
    value, problems = read_yaml_bytes(f"n: {number}\n".encode(), "f.yaml")
    assert [p.format() for p in problems] == [
        f"f.yaml:1: number {number[:20]}… has {len(number)} characters; "
        f"a map's numbers have at most {MAX_NUMBER_CHARS}"]
    assert value == {"n": number}


def test_escaped_controls_are_refused_but_escaped_text_is_kept() -> None:
    value, problems = read_yaml_bytes(b'a: "caf\\u00e9 \\u202e \\U0001F600 \\t"\nb: "\\x1b[2J"\n', "f.yaml")
    assert value["a"] == "café \u202e 😀 \t"
    assert [p.format() for p in problems] == [
        "f.yaml:2: text holds the control character U+001B (written as an escape); "
        "HTML, XML and CSV outputs cannot carry it: remove it"]


def test_hostile_keys_are_shown_escaped_on_one_line() -> None:
    assert messages(b'"a\\nforged.yaml:1: fake": 1\n"a\\nforged.yaml:1: fake": 2\n') == [
        "f.yaml:2: duplicate key 'a\\nforged.yaml:1: fake' (first at line 1); keep only one"]


def test_reading_stops_after_a_thousand_problems_in_one_file() -> None:
    data = "".join(f"- &a{n} x\n" for n in range(3000)).encode()
    value, problems = read_yaml_bytes(data, "f.yaml")
    assert value is None
    assert len(problems) == MAX_PROBLEMS_PER_FILE + 1
    assert problems[-1].format() == (
        "f.yaml:1001: 1,000 problems found in this file; checking stopped here: fix these, then validate again")
