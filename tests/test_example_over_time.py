"""examples/over-time: the bundled map with two later documents merged and reviewed (see its README)."""

from __future__ import annotations

import difflib

from partnermap.graph.analysis.timeline import timeline
from partnermap.graph.checking.load import check_map, load_map
from tests.conftest import REPOSITORY

EXAMPLE = REPOSITORY / "examples" / "over-time" / "map"


def test_the_example_validates_and_nothing_is_left_to_review() -> None:
    assert check_map(EXAMPLE) == []
    merged = load_map(EXAMPLE)
    assert not any(item.needs_review for item in [*merged.actors.values(), *merged.links.values()])
    assert [(s.id, s.date) for s in merged.sources.values()] == [
        ("hld2006-rt4", "2006-09-15"), ("hld-2013-declaration-a-res-68-4-fr", "2013-10-03"),
        ("gcm-2018-a-res-73-195-en", "2018-12-19")]


def test_every_line_of_the_bundled_map_is_kept() -> None:
    for name in ("map.yaml", "actors.yaml", "links.yaml"):
        before = (REPOSITORY / "data" / name).read_text(encoding="utf-8").splitlines(keepends=True)
        after = (EXAMPLE / name).read_text(encoding="utf-8").splitlines(keepends=True)
        assert [line for line in difflib.ndiff(before, after) if line.startswith("- ")] == [], name


def test_the_figures_its_readme_gives() -> None:
    documents = timeline(load_map(EXAMPLE)).documents
    assert [(len(d.adds_links), len(d.adds_actors), len(d.restates_links), len(d.restates_actors))
            for d in documents] == [(53, 30, 0, 0), (1, 4, 1, 8), (2, 3, 2, 11)]
    readme = (EXAMPLE.parent / "README.md").read_text(encoding="utf-8")
    for share in documents:
        assert f"adds {len(share.adds_links)} link" in readme
