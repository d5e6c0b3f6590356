"""Measures of a map: hand-computed answers on tiny graphs, the seed map against networkx
computed independently here, brokers checked by actually removing them, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnermap import load_map
from partnermap.graph.analysis import metrics as analysis
from partnermap.graph.analysis.metrics import StatsReport, actor_metrics, betweenness_centrality, map_stats
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.output.stats_text import stats_csv, stats_table
from tests.conftest import MINIMAL_MAP, REPOSITORY, SEED_MAP
from tests.graph.tiny_maps import star, two_triangles

DAMPING = 0.85


@pytest.fixture(scope="module")
def star_map(tmp_path_factory):
    return load_map(star(tmp_path_factory.mktemp("star")))


@pytest.fixture(scope="module")
def triangles(tmp_path_factory):
    return load_map(two_triangles(tmp_path_factory.mktemp("triangles")))


@pytest.fixture(scope="module")
def seed():
    return load_map(SEED_MAP)


# --- A star: a hub, four partners, and one actor alone ---------------------------------------


def test_star_metrics_by_hand(star_map) -> None:
    # PageRank by hand: the loner has no partner, so its rank is spread over all six actors;
    # every actor gets base = (1 - d + d * loner) / 6 and the loner gets only that:
    # loner = (0.15 + 0.85 loner) / 6  ->  loner = 0.15 / 5.15.
    base = (1 - DAMPING) / (6 - DAMPING)
    # hub = base + d * 4 leaf, leaf = base + d * hub / 4  ->  hub = base (1 + 4d) / (1 - d^2)
    hub = base * (1 + 4 * DAMPING) / (1 - DAMPING ** 2)
    leaf = base + DAMPING * hub / 4
    leaf_values = {"degree": 1, "weighted_degree": 4.0, "betweenness": 0.0, "pagerank": round(leaf, 6),
                   "community": 0}
    assert actor_metrics(star_map) == {
        # 6 pairs of leaves all pass through the hub, out of (6-1)(6-2)/2 = 10 pairs of others.
        "hub": {"degree": 4, "weighted_degree": 16.0, "betweenness": 0.6, "pagerank": round(hub, 6),
                "community": 0},
        "north": leaf_values, "south": leaf_values, "east": leaf_values, "west": leaf_values,
        "loner": {"degree": 0, "weighted_degree": 0.0, "betweenness": 0.0, "pagerank": round(base, 6),
                  "community": 1},
    }
    assert round(hub, 6) == 0.461821 and round(leaf, 6) == 0.127263 and round(base, 6) == 0.029126
    assert all(tuple(values) == analysis.METRIC_NAMES for values in actor_metrics(star_map).values())


def test_star_map_figures(star_map) -> None:
    report = map_stats(star_map, language="en")
    assert report.size == {"actors": 6, "links": 4, "sources": 1, "partner_pairs": 4}
    assert report.density == round(4 / 15, 6)
    assert report.components == [["hub", "north", "south", "east", "west"], ["loner"]]
    assert report.counts == {
        "kind": {"government": 1, "civil_society": 4, "academia": 1},
        "level": {"unspecified": 6},
        "type": {"capacity_building": 4},
        "strength": {"required": 4},
        "source": {"doc": 4},
    }
    assert report.coverage == {"government": {"capacity_building": 4}, "civil_society": {"capacity_building": 4},
                                  "academia": {"capacity_building": 0}}
    assert report.gaps["actors_without_links"] == ["loner"]
    assert report.gaps["kinds_without_links"] == ["academia"]
    assert report.gaps["types_without_kind"] == {}
    assert "capacity_building" not in report.gaps["types_unused"]
    assert len(report.gaps["types_unused"]) == len(star_map.vocabulary.link_types) - 1


def test_star_hub_is_the_only_broker(star_map) -> None:
    [hub] = map_stats(star_map, language="en").brokers
    assert hub["actor"] == "hub"
    assert hub["only_link_between"] == []  # one community: the hub links nobody across communities
    # Without the hub the four partners fall apart; the first one found stays "the rest".
    assert hub["cuts_off"] == ["south", "east", "west"]
    assert hub["reasons"] == ["removing it cuts 3 actors off from the rest of the map: South, East, West"]


# --- Two triangles joined by one link ---------------------------------------------------------


def test_bridge_between_two_triangles_by_hand(triangles) -> None:
    metrics = actor_metrics(triangles)
    # The bridge's ends lie on the 2 x 3 shortest paths from their triangle's two other
    # actors to the far triangle: 6 of the (6-1)(6-2)/2 = 10 pairs of other actors.
    assert {a: m["betweenness"] for a, m in metrics.items()} == {
        "ministry": 0.6, "police": 0.0, "courts": 0.0, "unions": 0.6, "employers": 0.0, "workers": 0.0}
    assert [m["community"] for m in metrics.values()] == [0, 0, 0, 1, 1, 1]
    assert [m["degree"] for m in metrics.values()] == [3, 2, 2, 3, 2, 2]
    assert [m["weighted_degree"] for m in metrics.values()] == [9.0, 6.0, 6.0, 9.0, 6.0, 6.0]
    # PageRank by hand: bridge end p, others q; q = base + d (p/3 + q/2), 2p + 4q = 1.
    base = (1 - DAMPING) / 6
    p = (1 - 4 * base / (1 - DAMPING / 2)) / (2 + 4 * DAMPING / 3 / (1 - DAMPING / 2))
    q = (1 - 2 * p) / 4
    assert (round(p, 6), round(q, 6)) == (0.208029, 0.145985)
    assert [m["pagerank"] for m in metrics.values()] == [round(p, 6), round(q, 6), round(q, 6)] * 2


def test_bridge_ends_are_the_brokers_with_reasons(triangles) -> None:
    report = map_stats(triangles, language="en")
    assert [(b["actor"], b["only_link_between"], b["cuts_off"]) for b in report.brokers] == [
        ("ministry", [[0, 1]], ["police", "courts"]),
        ("unions", [[0, 1]], ["employers", "workers"]),
    ]
    assert report.brokers[0]["reasons"] == [
        "only link between Ministry's community and Unions'",
        "removing it cuts 2 actors off from the rest of the map: Police, Courts",
    ]
    french = map_stats(triangles, language="fr").brokers[1]["reasons"]
    assert french == ["seul lien entre la communauté de Ministry (fr) et celle de Unions (fr)",
                      "le retirer coupe 2 acteurs du reste de la carte : Employers (fr), Workers (fr)"]


def test_coverage_and_gaps_of_two_triangles(triangles) -> None:
    report = map_stats(triangles)
    assert report.coverage == {
        # social dialogue: the bridge (ministry) ; policy implementation: its triangle's 2 links
        "government": {"social_dialogue": 1, "policy_implementation": 2},
        "government_sector": {"social_dialogue": 0, "policy_implementation": 3},  # counted once per link
        "employers_organization": {"social_dialogue": 2, "policy_implementation": 0},
        "trade_union": {"social_dialogue": 3, "policy_implementation": 0},
        "beneficiary": {"social_dialogue": 2, "policy_implementation": 0},
    }
    assert report.gaps["types_without_kind"] == {
        "government_sector": ["social_dialogue"], "employers_organization": ["policy_implementation"],
        "trade_union": ["policy_implementation"], "beneficiary": ["policy_implementation"]}
    assert report.gaps["actors_without_links"] == [] and report.gaps["kinds_without_links"] == []
    assert report.density == round(7 / 15, 6)


def test_several_links_between_two_actors_count_in_degree_but_make_one_path() -> None:
    minimal = load_map(MINIMAL_MAP)  # governments and trade_unions share two required links
    metrics = actor_metrics(minimal)
    assert metrics["governments"]["degree"] == 2 and metrics["governments"]["weighted_degree"] == 8.0
    assert map_stats(minimal).size["partner_pairs"] == 2
    assert map_stats(minimal).density == round(2 / 6, 6)


# --- The seed map against networkx, computed independently here -------------------------------


def _independent_graph(partner_map) -> nx.Graph:
    weights = {"required": 4, "recommended": 3, "endorsed": 2, "possible": 1}
    graph = nx.Graph()
    graph.add_nodes_from(partner_map.actors)
    for link in partner_map.links.values():
        old = graph.get_edge_data(link.from_actor, link.to_actor, default={"weight": 0})["weight"]
        graph.add_edge(link.from_actor, link.to_actor, weight=old + weights[link.strength])
    return graph


def test_seed_map_metrics_match_networkx(seed) -> None:
    pytest.importorskip("scipy", reason="networkx's pagerank needs scipy")
    graph = _independent_graph(seed)
    metrics = actor_metrics(seed)
    assert list(metrics) == list(seed.actors)
    ends = Counter(end for link in seed.links.values() for end in (link.from_actor, link.to_actor))
    betweenness = nx.betweenness_centrality(graph)
    pagerank = nx.pagerank(graph, weight="weight", tol=1e-12, max_iter=1000)
    for actor, values in metrics.items():
        assert values["degree"] == ends[actor]
        assert values["weighted_degree"] == graph.degree(actor, weight="weight")
        assert values["betweenness"] == round(betweenness[actor], 6)
        assert values["pagerank"] == round(pagerank[actor], 6)
    expected = nx.community.louvain_communities(graph, weight="weight", seed=42)
    found: dict[int, set[str]] = {}
    for actor, values in metrics.items():
        found.setdefault(values["community"], set()).add(actor)
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, expected))
    assert nx.community.modularity(graph, found.values(), weight="weight") > 0.2


def test_seed_map_figures_match_networkx(seed) -> None:
    graph = _independent_graph(seed)
    report = map_stats(seed, language="en")
    assert report.density == round(nx.density(graph), 6)
    assert sorted(map(sorted, report.components)) == sorted(map(sorted, nx.connected_components(graph)))
    assert report.counts["kind"] == dict(Counter(a.kind for a in seed.actors.values()))
    assert sum(report.counts["type"].values()) == len(seed.links) == report.size["links"]
    assert report.counts["strength"] == {
        s: n for s in ("required", "recommended", "endorsed", "possible")
        if (n := sum(link.strength == s for link in seed.links.values()))}
    assert report.brokers[0]["actor"] == "governments"
    assert report.brokers[0]["reasons"][0] == "only link between Governments' community and Countries of origin's"


def test_every_broker_claim_holds_when_the_broker_is_removed(seed, triangles, star_map) -> None:
    for partner_map in (seed, triangles, star_map):
        _check_broker_claims(partner_map)


def _check_broker_claims(partner_map) -> None:
    graph = _independent_graph(partner_map)
    metrics = actor_metrics(partner_map)
    community = {a: m["community"] for a, m in metrics.items()}
    for broker in map_stats(partner_map).brokers:
        actor = broker["actor"]
        for first, second in broker["only_link_between"]:
            between = [(a, b) for a, b in graph.edges() if {community[a], community[b]} == {first, second}]
            assert between and all(actor in edge for edge in between)
        without = graph.copy()
        without.remove_node(actor)
        component = nx.node_connected_component(graph, actor) - {actor}
        parts = [part for part in nx.connected_components(without) if part <= component]
        assert len(broker["cuts_off"]) == len(component) - max(map(len, parts), default=0)
        assert set(broker["cuts_off"]) <= component


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 14).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2 * n))))
def test_cut_off_counts_match_removing_each_actor(shape) -> None:
    count, pairs = shape
    graph = nx.Graph()
    graph.add_nodes_from(f"a{i}" for i in range(count))
    graph.add_edges_from((f"a{a}", f"a{b}") for a, b in pairs if a != b)
    order = {actor: i for i, actor in enumerate(graph)}
    cut_points = analysis._CutPoints(graph, order)
    for actor in graph:
        without = graph.copy()
        without.remove_node(actor)
        component = nx.node_connected_component(graph, actor) - {actor}
        parts = [part for part in nx.connected_components(without) if part <= component]
        expected = len(component) - max(map(len, parts), default=0)
        assert cut_points.count(actor) == expected
        cut = cut_points.cut_off(actor)
        assert len(cut) == expected and len(set(cut)) == expected
        # What is cut off is whole parts, never the actors of the largest part kept.
        assert all(any(set(cut) >= part for part in parts if member in part) for member in cut)


# --- Betweenness: exact, and sampled on large maps --------------------------------------------


@pytest.mark.parametrize("seed_number", range(4))
def test_betweenness_equals_networkx(seed_number: int) -> None:
    graph = nx.relabel_nodes(nx.gnm_random_graph(40, 70, seed=seed_number), lambda i: f"n{i}")
    assert betweenness_centrality(graph) == pytest.approx(nx.betweenness_centrality(graph), abs=1e-12)


def test_sampled_betweenness_equals_networkx_sampling() -> None:
    if tuple(int(x) for x in nx.__version__.split(".")[:2]) < (3, 5):
        pytest.skip("networkx < 3.5 scales sampled betweenness differently")
    graph = nx.relabel_nodes(nx.gnm_random_graph(60, 120, seed=3), lambda i: f"n{i}")
    assert betweenness_centrality(graph, samples=12, seed=5) == pytest.approx(
        nx.betweenness_centrality(graph, k=12, seed=5), abs=1e-12)


def test_large_maps_get_sampled_betweenness_and_say_so(triangles, monkeypatch) -> None:
    if tuple(int(x) for x in nx.__version__.split(".")[:2]) < (3, 5):
        pytest.skip("networkx < 3.5 scales sampled betweenness differently")
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_MAX_ACTORS", 5)
    monkeypatch.setattr(analysis, "BETWEENNESS_SAMPLES", 3)
    expected = nx.betweenness_centrality(_independent_graph(triangles), k=3, seed=42)
    metrics = actor_metrics(triangles)
    assert {a: m["betweenness"] for a, m in metrics.items()} == {a: round(v, 6) for a, v in expected.items()}
    report = map_stats(triangles, language="en")
    assert report.betweenness == {"method": "sampled", "samples": 3, "seed": 42}
    assert "Betweenness: estimated from 3 actors (seed 42)" in stats_table(report, triangles.vocabulary)


# --- Determinism, selections, report shapes ---------------------------------------------------


def test_same_map_same_bytes_whatever_the_hash_seed() -> None:
    script = ("import json; from partnermap import load_map; from partnermap.graph.analysis.metrics import map_stats; "
              f"print(json.dumps(map_stats(load_map({str(SEED_MAP)!r})).to_dict()))")
    outputs = set()
    for hash_seed in ("0", "1", "12345"):
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        outputs.add(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                   cwd=REPOSITORY, env=environment).stdout)
    assert len(outputs) == 1


def test_stats_of_a_selection_measure_only_what_is_kept(seed) -> None:
    chosen = select(seed, Selection(types=("capacity_building",)))
    report = map_stats(chosen, selection="type=capacity_building")
    assert report.selection == "type=capacity_building"
    assert report.counts["type"] == {"capacity_building": 9}
    assert [row["id"] for row in report.actors] == list(chosen.actors)
    assert all(row["degree"] == sum(row["id"] in (link.from_actor, link.to_actor) for link in chosen.links.values())
               for row in report.actors)


def test_empty_selection_gives_an_empty_report(seed) -> None:
    empty = select(seed, Selection(kinds=("academia",)))
    report = map_stats(empty, language="en")
    assert report.size == {"actors": 0, "links": 0, "sources": 1, "partner_pairs": 0}
    assert report.actors == [] and report.brokers == [] and report.coverage == {}
    assert report.density == 0.0 and report.components == []
    assert stats_csv(report) == ("id,name,kind,level,degree,weighted_degree,betweenness,pagerank,community\r\n")
    assert "Brokers: whose removal most disconnects communities\n  none\n" in stats_table(report, seed.vocabulary)


def test_report_is_plain_data_with_rows(seed) -> None:
    report = map_stats(seed)
    data = report.to_dict()
    assert list(data) == ["title", "selection", "language", "size", "density", "betweenness", "counts", "components",
                          "communities", "actors", "brokers", "coverage", "gaps", "timeline", "sources"]
    assert json.loads(json.dumps(data)) == data
    rows = report.to_rows()
    assert rows[0] == {"id": "governments", "name": "Gouvernements", "kind": "government", "level": "national",
                       **actor_metrics(seed)["governments"]}
    for table in StatsReport.TABLES:
        assert all(isinstance(value, (str, int, float)) for row in report.to_rows(table) for value in row.values())
    counts = report.to_rows("counts")
    assert {"field": "strength", "value": "recommended", "count": 23} in counts
    with pytest.raises(ValueError, match="unknown table 'nodes'; accepted: actors, counts"):
        report.to_rows("nodes")


def test_csv_tables(triangles) -> None:
    report = map_stats(triangles, language="en")
    assert stats_csv(report, "coverage") == (
        "kind,social_dialogue,policy_implementation\r\n"
        "government,1,2\r\n"
        "government_sector,0,3\r\n"
        "employers_organization,2,0\r\n"
        "trade_union,3,0\r\n"
        "beneficiary,2,0\r\n")
    assert stats_csv(report, "brokers").splitlines()[1] == (
        "ministry,Ministry,1,2,0.6,\"only link between Ministry's community and Unions'; removing it cuts 2 "
        "actors off from the rest of the map: Police, Courts\"")


def test_bench_module_is_importable_and_builds_maps() -> None:
    from bench.analysis_bench import synthetic_map

    partner_map = synthetic_map(50)
    assert len(partner_map.actors) == 50 and len(partner_map.links) == 96
    assert len(actor_metrics(partner_map)) == 50
