"""The public API: load_map and the networkx graph analysts use in notebooks."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from partnermap import InvalidMapError, load_map, to_networkx
from tests.conftest import MINIMAL_MAP


def test_graph_keeps_every_actor_and_link_with_their_fields() -> None:
    graph = to_networkx(load_map(MINIMAL_MAP))
    assert isinstance(graph, nx.MultiDiGraph)
    assert sorted(graph.nodes) == ["civil_society", "governments", "local_authorities", "trade_unions"]
    assert graph.nodes["governments"] == {
        "label": "Gouvernements",
        "name": {"fr": "Gouvernements", "en": "Governments"},
        "kind": "government",
        "level": "national",
        "aliases": ["States"],
        "description": {},
        "evidence": [{"source": "accord", "para": 2, "quote": "governments must cooperate"}],
        "needs_review": False,
    }
    assert graph.graph == {"title": "Carte d'essai", "languages": ["fr", "en"]}


def test_parallel_links_of_different_types_all_survive() -> None:
    graph = to_networkx(load_map(MINIMAL_MAP))
    between = graph.get_edge_data("governments", "trade_unions")
    assert sorted(between) == ["gov-unions", "gov-unions-policy"]
    assert between["gov-unions"]["type"] == "social_dialogue"
    assert between["gov-unions"]["weight"] == 4
    assert between["gov-unions-policy"]["directed"] is True
    assert between["gov-unions"]["summary"]["en"] == "Governments cooperate with unions."


def test_plain_string_names_apply_to_every_language() -> None:
    partner_map = load_map(MINIMAL_MAP)
    source = partner_map.sources["accord"]
    assert source.title == {"fr": "Summary of the test meeting", "en": "Summary of the test meeting"}
    assert partner_map.tour[0].links == ("gov-unions",)


def test_load_map_raises_with_every_problem(map_copy: Path) -> None:
    (map_copy / "actors.yaml").write_text("- id: x\n  name: X\n")
    with pytest.raises(InvalidMapError) as raised:
        load_map(map_copy)
    messages = [p.format() for p in raised.value.problems]
    assert f"{map_copy}/actors.yaml:1: required field 'kind' is missing in an actor" in messages
    assert any("unknown actor 'governments' in 'from'" in m for m in messages)
