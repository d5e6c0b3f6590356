"""Reading YAML with line numbers, and refusing what a map never needs."""

from __future__ import annotations

from partnermap.textread.linedvalues import LineDict, LineList
from partnermap.textread.yamlread import read_yaml_bytes


def messages(data: bytes) -> list[str]:
    return [problem.format() for problem in read_yaml_bytes(data, "f.yaml")[1]]


def test_values_remember_the_line_of_each_key_and_item() -> None:
    value, problems = read_yaml_bytes(b"a: 1\nb:\n  - x\n  - {c: true}\n", "f.yaml")
    assert problems == []
    assert value == {"a": 1, "b": ["x", {"c": True}]}
    assert isinstance(value, LineDict) and value.key_lines == {"a": 1, "b": 2}
    assert isinstance(value["b"], LineList) and value["b"].item_lines == [3, 4]


def test_dates_stay_text() -> None:
    assert read_yaml_bytes(b"date: 2006-09-15\n", "f.yaml")[0] == {"date": "2006-09-15"}


def test_bom_and_crlf_read_like_any_other_file() -> None:
    plain = read_yaml_bytes(b"a: 1\nb: [x]\n", "f.yaml")
    windows = read_yaml_bytes(b"\xef\xbb\xbfa: 1\r\nb: [x]\r\n", "f.yaml")
    assert plain == windows
    assert windows[0].key_lines == {"a": 1, "b": 2}


def test_duplicate_keys_are_reported_not_silently_overwritten() -> None:
    value, problems = read_yaml_bytes(b"a: 1\nb: 2\na: 3\n", "f.yaml")
    assert value["a"] == 1
    assert [p.format() for p in problems] == ["f.yaml:3: duplicate key 'a' (first at line 1); keep only one"]


def test_python_tags_are_refused_and_never_constructed() -> None:
    assert messages(b"a: !!python/object/apply:os.system ['touch /tmp/pwned']\n") == [
        "f.yaml:1: YAML tag '!!python/object/apply:os.system' is not allowed; "
        "a map holds plain data (text, numbers, lists, mappings)"]
    assert messages(b"a: !custom value\n")[0].startswith("f.yaml:1: YAML tag '!custom' is not allowed")


def test_billion_laughs_is_refused_without_expanding() -> None:
    bomb = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
        b"%s: &%s [%s]\n" % (bytes([c]), bytes([c]), b", ".join([b"*" + bytes([c - 1])] * 9))
        for c in range(ord("b"), ord("k")))
    value, problems = read_yaml_bytes(bomb, "f.yaml")
    assert any("YAML aliases (*name) are not allowed (81 found)" in p.message for p in problems)
    assert value["j"] == [None] * 9


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    assert messages(b"[" * 100_000 + b"]" * 100_000) == [
        "f.yaml:1: nesting deeper than 32 levels; a map needs at most 5"]


def test_tabs_syntax_errors_and_bad_bytes() -> None:
    assert messages(b"a:\n\tb: 1\n") == ["f.yaml:2: tab character in indentation; YAML indents with spaces only"]
    assert messages(b"a: [1, 2\nb: 3\n")[0].startswith("f.yaml:2: YAML syntax error: ")
    assert messages(b"a: ok\nb: caf\xe9\n") == ["f.yaml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8"]
    assert messages(b"a: 1\n---\nb: 2\n") == ["f.yaml:2: more than one YAML document (---); keep one per file"]


def test_empty_file_is_none_without_problem() -> None:
    assert read_yaml_bytes(b"# only a comment\n", "f.yaml") == (None, [])
