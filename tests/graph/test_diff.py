"""What changed between two versions of a map: the fixture pair tests/data/diff/old and new holds
every kind of change (actors and links added, removed, changed; evidence added and replaced)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from partnermap import load_map
from partnermap.graph.analysis.diff import diff_maps
from partnermap.graph.output.diff_text import diff_text
from tests.conftest import TESTS

OLD = TESTS / "data" / "diff" / "old"
NEW = TESTS / "data" / "diff" / "new"

EXPECTED_TEXT = """\
actors: 1 added, 1 removed, 2 changed
links: 1 added, 1 removed, 2 changed

~ map.yaml
    title.en: "Map under review" -> "Reviewed map"

+ actor migrant_workers: "Travailleurs migrants" (beneficiary)
- actor local_authorities: "Autorités locales" (local_authority)
~ actor governments
    name.en: "Governments" -> "National governments"
    level: "national" -> "global"
    aliases: [] -> ["States"]
    evidence + review para 5: "States and civil society"
~ actor civil_society
    description.en: "NGOs." -> "NGOs and community groups."
    description.fr: null -> "ONG et associations de quartier."
    needs_review: false -> true

+ link inform-workers: civil_society -- migrant_workers (public_awareness, recommended)
- link civil-society-local: civil_society -- local_authorities (integration, possible)
~ link gov-unions
    strength: "required" -> "recommended"
    summary.en: null -> "Governments cooperate with unions."
    evidence + review para 2: "governments must cooperate with trade unions"
    evidence - review para 2: "governments must cooperate with trade unions on labour migration"
~ link employers-training
    to: "trade_unions" -> "migrant_workers"
    directed: false -> true
"""


@pytest.fixture(scope="module")
def old():
    return load_map(OLD)


@pytest.fixture(scope="module")
def new():
    return load_map(NEW)


def test_every_kind_of_change_as_text(old, new) -> None:
    difference = diff_maps(old, new)
    assert not difference.is_empty()
    assert diff_text(difference) == EXPECTED_TEXT


def test_every_kind_of_change_as_data(old, new) -> None:
    data = diff_maps(old, new).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["identical"] is False
    assert data["summary"] == {"sources": {"added": 0, "removed": 0, "changed": 0},
                               "actors": {"added": 1, "removed": 1, "changed": 2},
                               "links": {"added": 1, "removed": 1, "changed": 2}}
    assert data["map"] == [{"field": "title.en", "old": "Map under review", "new": "Reviewed map"}]
    assert data["actors"]["added"] == [{
        "id": "migrant_workers", "name": {"fr": "Travailleurs migrants", "en": "Migrant workers"},
        "kind": "beneficiary", "level": None, "aliases": [], "description": {},
        "evidence": [{"source": "review", "para": 4, "quote": "migrant workers"}], "confidence": None,
        "needs_review": False}]
    assert [a["id"] for a in data["actors"]["removed"]] == ["local_authorities"]
    assert list(data["actors"]["changed"]) == ["governments", "civil_society"]
    assert data["links"]["changed"]["gov-unions"] == [
        {"field": "strength", "old": "required", "new": "recommended"},
        {"field": "summary.en", "old": None, "new": "Governments cooperate with unions."},
        {"field": "evidence",
         "added": [{"source": "review", "para": 2, "quote": "governments must cooperate with trade unions"}],
         "removed": [{"source": "review", "para": 2,
                      "quote": "governments must cooperate with trade unions on labour migration"}]},
    ]
    assert data["links"]["added"][0]["from"] == "civil_society"


def test_reversed_comparison_swaps_added_and_removed(old, new) -> None:
    backwards = diff_maps(new, old)
    assert backwards.actors.added == ("local_authorities",) and backwards.actors.removed == ("migrant_workers",)
    assert backwards.links.added == ("civil-society-local",) and backwards.links.removed == ("inform-workers",)
    level = next(c for c in backwards.actors.changed["governments"] if c.field == "level")
    assert (level.old, level.new) == ("global", "national")


def test_same_map_has_no_differences(old) -> None:
    difference = diff_maps(old, load_map(OLD))
    assert difference.is_empty()
    assert diff_text(difference) == "no differences\n"
    assert difference.to_dict()["identical"] is True


def test_order_of_actors_links_and_evidence_is_not_a_change(tmp_path: Path, old) -> None:
    copy = shutil.copytree(OLD, tmp_path / "map")
    actors = (copy / "actors.yaml").read_text(encoding="utf-8").split("- id: ")
    (copy / "actors.yaml").write_text("- id: " + "- id: ".join(reversed(actors[1:])), encoding="utf-8")
    links = (copy / "links.yaml").read_text(encoding="utf-8").split("- id: ")
    (copy / "links.yaml").write_text("- id: " + "- id: ".join(reversed(links[1:])), encoding="utf-8")
    reordered = load_map(copy)
    assert list(reordered.actors) != list(old.actors)
    assert diff_maps(old, reordered).is_empty()


def test_moved_quote_and_changed_source_text(tmp_path: Path, old) -> None:
    copy = shutil.copytree(OLD, tmp_path / "map")
    text = (copy / "sources" / "review.en.txt").read_text(encoding="utf-8")
    (copy / "sources" / "review.en.txt").write_text("A new first paragraph.\n\n" + text, encoding="utf-8")
    actors = (copy / "actors.yaml").read_text(encoding="utf-8").replace("para: 4", "para: 5")
    (copy / "actors.yaml").write_text(actors, encoding="utf-8")
    difference = diff_maps(old, load_map(copy, check_quotes=False))
    assert diff_text(difference).splitlines()[:5] == [
        "sources: 1 changed",
        "actors: 1 changed",
        "",
        "~ source review",
        f"    text: \"5 paragraphs, sha256 {_sha(text)}\" -> \"6 paragraphs, sha256 "
        f"{_sha('A new first paragraph.' + chr(10) * 2 + text)}\"",
    ]
    assert diff_text(difference).splitlines()[5:] == [
        "",
        "~ actor employers",
        "    evidence + review para 5: \"Employers\"",
        "    evidence - review para 4: \"Employers\"",
    ]


def test_added_and_removed_sources(tmp_path: Path, old) -> None:
    copy = shutil.copytree(OLD, tmp_path / "map")
    (copy / "sources" / "extra.txt").write_text("Another text.\n", encoding="utf-8")
    with (copy / "map.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - {id: extra, path: sources/extra.txt, title: Extra, date: 2026-03-01, language: en}\n")
    text = diff_text(diff_maps(old, load_map(copy)))
    assert text == ("sources: 1 added\n\n"
                    "+ source extra: sources/extra.txt (en, 2026-03-01)\n")
    assert diff_maps(load_map(copy), old).to_dict()["sources"]["removed"][0]["text"].startswith("1 paragraphs, ")


def test_values_that_could_steer_a_terminal_are_escaped(tmp_path: Path, old) -> None:
    # Validation refuses control characters in YAML, but not bidirectional overrides.
    copy = shutil.copytree(OLD, tmp_path / "map")
    actors = (copy / "actors.yaml").read_text(encoding="utf-8")
    (copy / "actors.yaml").write_text(actors.replace("en: Governments}", 'en: "Gov\\u202eernments \\"q\\""}'),
                                      encoding="utf-8")
    changed = load_map(copy)
    assert changed.actors["governments"].name["en"] == 'Gov\u202eernments "q"'
    assert diff_text(diff_maps(old, changed)).splitlines()[-1] == (
        '    name.en: "Governments" -> "Gov\\u202eernments \\"q\\""')
    # A map built in Python is not validated: terminal escapes are neutralised all the same.
    actor = replace(old.actors["governments"], name={"fr": "Gouvernements", "en": "\x1b[2J\x9b31m"})
    built = replace(old, actors={**old.actors, "governments": actor})
    line = diff_text(diff_maps(old, built)).splitlines()[-1]
    assert line == '    name.en: "Governments" -> "\\u001b[2J\\u009b31m"'


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
