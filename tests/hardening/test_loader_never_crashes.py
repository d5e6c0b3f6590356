
"""Whatever bytes a map file holds, loading it gives a map or a list of problems: never another exception."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from partnermap import to_networkx
from partnermap.errors import InvalidMapError
from partnermap.graph.checking.load import check_map, load_map
from partnermap.problems import Problem
from partnermap.textread.yamlread import read_yaml_bytes
from tests.conftest import MINIMAL_MAP
from tests.hardening.support import HARDENING, dump

FILES = ("map.yaml", "actors.yaml", "links.yaml")
# Characters that make YAML do something: indicators, quotes, escapes, line breaks, a BOM, a tab.
YAML_ALPHABET = st.sampled_from(list("-:?,[]{}#&*!|>'\"%@`\\ \n\t\r") + ["\ufeff", "0", "1", ".", "e", "x",
                                                                            "~", "id", "name", "<<", "é", "😀"])
YAML_TEXT = st.lists(st.one_of(YAML_ALPHABET, st.text(max_size=4)), max_size=120).map("".join)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                    st.sampled_from(["governments", "accord", "trade_union", "required", "social_dialogue",
                                     "2026-01-15", "sources/accord.en.txt", "en", "fr", "#123456"]))
KEYS = st.sampled_from(["id", "name", "kind", "level", "aliases", "description", "evidence", "source", "para",
                        "quote", "from", "to", "type", "strength", "directed", "summary", "confidence",
                        "needs_review", "title", "languages", "sources", "path", "date", "language", "url",
                        "kinds", "link_types", "tour", "links", "label", "color", "shape", "dash", "fr", "en"])
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(KEYS, inner, max_size=6)), max_leaves=25)


def assert_problems_are_well_formed(problems: list, lines: int | None = None) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.message and not _CONTROL.search(problem.message), problem
        assert problem.line is None or problem.line >= 1
        if lines is not None and problem.line is not None:
            assert problem.line <= lines + 1, problem


@HARDENING
@given(st.binary(max_size=3000))
@example(b"\xef\xbb\xbf")
@example(b"\x00")
@example(b"---\n")
@example(b"a: \"\\ud800\"\n")
@example(b"a: !!float 1e999999\n")
@example(b"a: 0x" + b"f" * 5000 + b"\n")
def test_any_bytes_load_or_give_problems(data: bytes) -> None:
    value, problems = read_yaml_bytes(data, "f.yaml")
    assert_problems_are_well_formed(problems, data.count(b"\n") + 1)


@HARDENING
@given(YAML_TEXT)
@example("&a [*a]")
@example("? ? ? a")
@example("- !!python/object/apply:os.system [ls]")
@example("{" * 200)
@example("- " * 200 + "x")
@example("a: |\n  b\n c")
def test_any_yaml_like_text_loads_or_gives_problems(text: str) -> None:
    value, problems = read_yaml_bytes(text.encode("utf-8", errors="surrogatepass"), "f.yaml")
    assert_problems_are_well_formed(problems, text.count("\n") + text.count("\r") + 1)


@HARDENING
@given(VALUES, st.integers(min_value=0), st.text(max_size=3))
def test_mutated_yaml_documents_load_or_give_problems(value: object, position: int, insert: str) -> None:
    text = dump(value)
    at = position % (len(text) + 1)
    value, problems = read_yaml_bytes((text[:at] + insert + text[at:]).encode("utf-8", "surrogatepass"), "f.yaml")
    assert_problems_are_well_formed(problems)


@HARDENING
@given(st.sampled_from(FILES), VALUES, st.booleans())
def test_any_document_in_a_map_gives_a_map_or_problems(tmp_path_factory, name: str, value: object,
                                                       wrap_in_list: bool) -> None:
    folder = tmp_path_factory.mktemp("map")
    shutil.copytree(MINIMAL_MAP, folder, dirs_exist_ok=True)
    (folder / name).write_text(dump([value] if wrap_in_list else value), encoding="utf-8")

    problems = check_map(folder)

    assert_problems_are_well_formed(problems)
    assert {Path(p.file).name for p in problems} <= set(FILES)
    if problems:
        try:
            load_map(folder)
        except InvalidMapError as error:
            assert error.problems == problems
        else:
            raise AssertionError("load_map accepted a map that check_map finds problems in")
    else:
        to_networkx(load_map(folder))


@HARDENING
@given(st.lists(st.tuples(st.sampled_from(["id", "name", "kind", "evidence", "aliases", "level", "confidence"]),
                          VALUES), max_size=8))
def test_actor_records_with_any_values_give_a_map_or_problems(tmp_path_factory, fields: list) -> None:
    folder = tmp_path_factory.mktemp("map")
    shutil.copytree(MINIMAL_MAP, folder, dirs_exist_ok=True)
    actors = yaml.safe_load((MINIMAL_MAP / "actors.yaml").read_text(encoding="utf-8"))
    actors[0].update(dict(fields))
    (folder / "actors.yaml").write_text(dump(actors), encoding="utf-8")

    problems = check_map(folder)

    assert_problems_are_well_formed(problems)
    if not problems:
        assert "governments" in to_networkx(load_map(folder))
