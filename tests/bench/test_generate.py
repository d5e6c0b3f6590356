"""The synthetic maps of bench/: valid, varied, and the same for the same seed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bench.generate import generate_map
from partnermap import check_map, load_map


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_map(tmp_path_factory.mktemp("gen") / "map", actors=400, seed=11)


def test_a_generated_map_is_valid_with_every_quote_in_its_paragraph(generated: Path) -> None:
    assert check_map(generated) == []


def test_it_has_the_requested_actors_and_about_three_links_each(generated: Path) -> None:
    partner_map = load_map(generated)
    assert len(partner_map.actors) == 400
    assert len(partner_map.links) == 1200
    linked = {end for link in partner_map.links.values() for end in (link.from_actor, link.to_actor)}
    assert linked == set(partner_map.actors)  # no actor is left without a partnership


def test_it_uses_the_shipped_vocabularies_and_many_scripts(generated: Path) -> None:
    partner_map = load_map(generated)
    vocabulary = partner_map.vocabulary
    assert {a.kind for a in partner_map.actors.values()} == set(vocabulary.kinds)
    assert {link.strength for link in partner_map.links.values()} == set(vocabulary.strengths)
    assert len({link.type for link in partner_map.links.values()}) >= 10
    names = " ".join(partner_map.text(a.name) for a in partner_map.actors.values())
    scripts = {unicodedata.name(c).split()[0] for c in names if c.isalpha()}
    assert {"LATIN", "ARABIC", "HEBREW", "CJK", "GREEK", "CYRILLIC", "HANGUL"} <= scripts
    assert "É" in names or "é" in names


def test_the_same_seed_writes_the_same_bytes_and_another_seed_another_map(tmp_path: Path) -> None:
    def files(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    first = files(generate_map(tmp_path / "a", actors=60, seed=3))
    assert files(generate_map(tmp_path / "b", actors=60, seed=3)) == first
    assert files(generate_map(tmp_path / "c", actors=60, seed=4)) != first


def test_large_maps_cite_several_source_documents(tmp_path: Path) -> None:
    partner_map = load_map(generate_map(tmp_path / "map", actors=1200, seed=3), check_quotes=True)
    assert len(partner_map.sources) == 3
