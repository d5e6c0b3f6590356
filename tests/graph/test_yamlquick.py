"""The quick reader (textread/yamlquick.py) reads a file exactly as the full reader does, or not at all.

Each test compares the two: same values, same types, same lines for every mapping, key, list and
item. "Not at all" (None, or Strays while streaming) is always allowed: the full reader then reads.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.generate import generate_map
from partnermap import load_map
from partnermap.textread import yamlquick, yamlread
from partnermap.textread.linedvalues import LineDict, LineList
from partnermap.textread.yamlquick import Strays, iter_records, read_records_quickly

ROOT = Path(__file__).resolve().parents[2]


def full_read(text: str) -> tuple[Any, list[Any]]:
    return yamlread.parse_yaml_text(text, "f.yaml", quick=False)


def difference(quick: Any, full: Any, path: str = "$") -> str | None:
    """Where two read values differ (type, value or line), or None when they are the same."""
    if type(quick) is not type(full):
        return f"{path}: {type(quick).__name__} {quick!r} against {type(full).__name__} {full!r}"
    if isinstance(quick, LineDict):
        if (quick.line, list(quick), quick.key_lines) != (full.line, list(full), full.key_lines):
            return f"{path}: line {quick.line}, keys {list(quick)} {quick.key_lines} against " \
                   f"line {full.line}, keys {list(full)} {full.key_lines}"
        return next((found for key in quick if (found := difference(quick[key], full[key], f"{path}.{key}"))), None)
    if isinstance(quick, LineList):
        if (quick.line, quick.item_lines, len(quick)) != (full.line, full.item_lines, len(full)):
            return f"{path}: line {quick.line}, items at {quick.item_lines} against {full.line}, {full.item_lines}"
        return next((found for i, (a, b) in enumerate(zip(quick, full, strict=True))
                     if (found := difference(a, b, f"{path}[{i}]"))), None)
    return None if quick == full else f"{path}: {quick!r} against {full!r}"


def assert_read_alike(text: str) -> bool:
    """Whether the quick reader read `text` (it must then agree with the full reader, which finds no problem)."""
    quick = read_records_quickly(text)
    if quick is None:
        return False
    full, problems = full_read(text)
    assert problems == [], (text, problems)
    assert difference(quick, full) is None, (text, difference(quick, full))
    return True


def project_yaml_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "*.yaml", "*.yml"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.split()
    return [ROOT / name for name in listed] or sorted(ROOT.glob("**/*.yaml"))


def test_every_yaml_file_of_the_project_is_read_alike_or_left_to_the_full_reader() -> None:
    read_quickly = []
    for path in project_yaml_files():
        try:
            text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue  # the broken inputs that are not UTF-8
        if assert_read_alike(text):
            read_quickly.append(path.name)
    # The drafts and the maps written for tests are in the plain layout: they must take the quick way.
    assert len(read_quickly) >= 40
    assert "actors--unknown-kind.yaml" in read_quickly


def test_a_generated_map_takes_the_quick_way_and_loads_the_same(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    generate_map(tmp_path, actors=150)
    for name in ("actors.yaml", "links.yaml"):
        assert assert_read_alike((tmp_path / name).read_text(encoding="utf-8")), name
    quickly = load_map(tmp_path)
    monkeypatch.setattr(yamlquick, "_NEEDS_FULL_READER", yamlquick.re.compile(".", yamlquick.re.DOTALL))
    thoroughly = load_map(tmp_path)
    assert quickly == thoroughly
    assert [link.line for link in quickly.links.values()] == [link.line for link in thoroughly.links.values()]


SAMPLE = """\
# A comment line
- id: gov-1
  name: {fr: "Gouvernement du Niger", en: 'Government of Niger'}
  kind: government
  aliases: [Niger, "le Niger", 'l''État']
  confidence: 0.8
  needs_review: true
  description:
    fr: Un texte simple   # a comment
    en: "Quoted text"

- id: union_2
  name: Syndicat
  kind: trade_union
  evidence:
    - {source: s1, para: 2, quote: "les syndicats, dit-on"}
    - {source: s1, para: 12, quote: 'd''autres'}
  empty:
  level: national
"""
# Characters that change what a line means in YAML, and a few that do not.
_TRICKY = list("-:#'\"{}[],&*!|>%@`?~ \t\\\n") + ["- ", ": ", " #", "yes", "null", "1e3", "0x1F", "1:20",
                                                 "2006-09-15", "~", "..", "---", "  ", "Ā", "\u00a0"]


def _edits(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 3)):
        position = rng.randrange(len(text) + 1)
        action = rng.random()
        if action < 0.5:
            text = text[:position] + rng.choice(_TRICKY) + text[position:]
        elif action < 0.8:
            text = text[:position] + text[position + rng.randint(1, 4):]
        else:  # a line copied elsewhere: duplicate keys, misplaced items
            lines = text.split("\n")
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
            text = "\n".join(lines)
    return text


def test_thousands_of_edited_files_are_read_alike_or_left_to_the_full_reader() -> None:
    assert assert_read_alike(SAMPLE)
    rng = random.Random(13)
    read_quickly = 0
    for _ in range(4000):
        text = _edits(rng, SAMPLE)
        full, problems = full_read(text)
        quick = read_records_quickly(text)
        if quick is not None:
            read_quickly += 1
            assert problems == [], (text, problems)
            assert difference(quick, full) is None, (text, difference(quick, full))
    assert read_quickly > 500  # the edits leave many files in the plain layout: the comparison means something


@pytest.mark.parametrize("word", ["yes", "No", "TRUE", "off", "On", "null", "Null", "NULL", "y", "n",
                                  "yes-1", "null_x", "on site", "offline", "nation", "true1", "Ōn"])
def test_words_yaml_may_read_as_true_false_or_null_are_read_as_the_full_reader_does(word: str) -> None:
    text = f"- id: a\n  value: {word}\n  in_flow: {{key: {word}}}\n  listed: [{word}]\n"
    quick = read_records_quickly(text)
    if quick is not None:
        assert difference(quick, full_read(text)[0]) is None


def test_the_words_the_shortcut_skips_are_never_true_false_or_null() -> None:
    # yamlquick reads a word starting with y, n, t, f, o (any case) as text when it holds a non-letter:
    # that is right only while YAML's rules for those letters accept letters alone.
    resolver = yaml.resolver.Resolver()
    for letter in yamlquick._WORD_LETTERS:
        for tag, pattern in resolver.yaml_implicit_resolvers[letter]:
            for word in (f"{letter}es-", f"{letter}ull ", f"{letter}rue1", f"{letter}n_", f"{letter}ff."):
                assert not pattern.match(word), (letter, tag, word)


def test_a_file_that_strays_after_some_records_stops_the_stream() -> None:
    text = SAMPLE + "- id: third\n  name: a\n  name: b\n"  # a duplicate key, for the full reader to report
    records = iter_records(text)
    assert next(records)["id"] == "gov-1"
    with pytest.raises(Strays):
        list(records)
    assert read_records_quickly(text) is None
    assert [problem.code for problem in full_read(text)[1]] == ["duplicate-key"]
