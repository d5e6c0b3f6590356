"""Exports read back by the tools people use: graphology (Gephi Lite), igraph and networkx."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from partnermap import to_networkx
from partnermap.graph.model.records import PartnerMap
from partnermap.graph.output.export import ExportOptions, flat_graph
from partnermap.graph.output.export.flatten import FlatGraph
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.graph.export.helpers import CASE_IDS, CASES, css_hex, export, graphology_read, selected

# How each reader names what partnermap writes as a GEXF/GraphML built-in rather than an attribute.
GEXF_EDGE_NAMES = {"width": "thickness"}
GRAPHOLOGY_EDGE_NAMES = {"width": "size"}


def expected_values(values: dict[str, Any], renamed: dict[str, str] | None = None) -> dict[str, Any]:
    """Flat values as a reader gives them back: colours as #RRGGBB, some names changed."""
    renamed = renamed or {}
    return {renamed.get(name, name): (css_hex(value) if name == "color" else value) for name, value in values.items()}


def read_back(values: dict[str, Any]) -> dict[str, Any]:
    return {name: (css_hex(value) if name == "color" else value) for name, value in values.items()}


def check_graphology(read: dict[str, Any], graph: FlatGraph, *, file_format: str, gexf_version: str = "1.3") -> None:
    assert (read["order"], read["size"]) == (len(graph.nodes), len(graph.edges))
    assert list(read["nodes"]) == [node.id for node in graph.nodes]
    assert list(read["edges"]) == [edge.id for edge in graph.edges]
    for node in graph.nodes:
        got = read_back(read["nodes"][node.id])
        if file_format == "gexf" and gexf_version == "1.2draft":
            assert got.pop("z") == 0
        assert got == expected_values(node.values), node.id
    for edge in graph.edges:
        got = read["edges"][edge.id]
        assert (got["source"], got["target"]) == (edge.source, edge.target)
        # GraphML holds one direction for the whole graph: the link's own is its `directed` attribute.
        assert got["undirected"] == (False if file_format == "graphml" else not edge.directed)
        attributes = read_back(got["attributes"])
        if file_format == "gexf":
            expected = expected_values(edge.values, GEXF_EDGE_NAMES)
            if gexf_version == "1.3":
                expected["kind"] = edge.values["link_type"]
        elif file_format == "graphml":
            expected = {**expected_values(edge.values), "link_id": edge.id}
        else:
            expected = expected_values(edge.values, GRAPHOLOGY_EDGE_NAMES)
        assert attributes == expected, edge.id


def flat(data_dir: Path, selection: Any, **options: Any) -> tuple[PartnerMap, FlatGraph]:
    partner_map = selected(data_dir, selection)
    return partner_map, flat_graph(partner_map, ExportOptions(**options))


@pytest.mark.parametrize(("name", "data_dir", "options", "selection"), CASES, ids=CASE_IDS)
@pytest.mark.parametrize(("file_format", "suffix", "extra"), [
    ("gexf", ".gexf", []), ("gexf-1.2draft", ".gexf", ["--gexf-version", "1.2draft"]),
    ("graphml", ".graphml", []), ("graphology", ".json", ["--format", "graphology"]),
])
def test_graphology_reads_every_node_edge_attribute_and_colour(
        tmp_path: Path, name: str, data_dir: Path, options: list[str], selection: Any,
        file_format: str, suffix: str, extra: list[str]) -> None:
    output = export(data_dir, tmp_path / f"{name}{suffix}", *extra, *options)
    reader, _, version = file_format.partition("-")
    read = graphology_read(reader, output)
    check_graphology(read, flat(data_dir, selection)[1], file_format=reader, gexf_version=version or "1.3")


def test_graphology_keeps_typed_parallel_links_apart(tmp_path: Path) -> None:
    read = graphology_read("gexf", export(SEED_MAP, tmp_path / "seed.gexf"))
    between = [key for key, edge in read["edges"].items()
               if {edge["source"], edge["target"]} == {"countries_of_origin", "host_countries"}]
    assert read["multi"] is True and read["type"] == "mixed"
    assert len(between) > 1
    assert len({read["edges"][key]["attributes"]["kind"] for key in between}) == len(between)
    minimal = graphology_read("gexf", export(MINIMAL_MAP, tmp_path / "minimal.gexf"))
    assert {key: (edge["undirected"], edge["attributes"]["color"]) for key, edge in minimal["edges"].items()} == {
        "gov-unions": (True, "rgb(204,121,167)"), "civil-society-local": (True, "rgb(86,180,233)"),
        "gov-unions-policy": (False, "rgb(136,34,85)")}


@pytest.mark.parametrize(("name", "data_dir", "options", "selection"), CASES, ids=CASE_IDS)
def test_igraph_reads_the_graphml_with_all_edges_and_attributes(
        tmp_path: Path, name: str, data_dir: Path, options: list[str], selection: Any) -> None:
    igraph = pytest.importorskip("igraph", reason="python-igraph is in the test extra")
    output = export(data_dir, tmp_path / f"{name}.graphml", *options)
    graph = igraph.Graph.Read_GraphML(str(output))
    partner_map, expected = flat(data_dir, selection)
    assert (graph.vcount(), graph.ecount(), graph.is_directed()) == (len(expected.nodes), len(expected.edges), True)
    if not expected.nodes:
        return
    assert set(graph.vs.attributes()) == {c.name for c in expected.node_columns} | {"r", "g", "b", "id"}
    assert graph.vs["id"] == [node.id for node in expected.nodes]
    if not expected.edges:
        return
    assert set(graph.es.attributes()) >= {c.name for c in expected.edge_columns} | {"r", "g", "b", "link_id"}
    assert graph.es["link_id"] == [edge.id for edge in expected.edges]
    names = graph.vs["id"]
    for item, edge in zip(graph.es, expected.edges, strict=True):
        assert (names[item.source], names[item.target]) == (edge.source, edge.target)
        for column in expected.edge_columns:
            if column.name in edge.values:
                assert item[column.name] == edge.values[column.name], (edge.id, column.name)
    for vertex, node in zip(graph.vs, expected.nodes, strict=True):
        assert vertex["label"] == node.values["label"] and vertex["kind"] == node.values["kind"]
        assert (vertex["x"], vertex["y"], vertex["size"]) == (node.values["x"], node.values["y"], node.values["size"])


def yaml_attributes(partner_map: PartnerMap, language: str) -> tuple[dict[str, dict], dict[str, dict]]:
    """What the YAML says of each actor and link (via partnermap.to_networkx), in export attribute names."""
    graph = to_networkx(partner_map)

    def texts(name: str, value: dict[str, str]) -> dict[str, str]:
        return {f"{name}_{code}": text for code, text in value.items()}

    def evidence(items: list[dict]) -> str:
        return " | ".join(f"{e['source']} ¶{e['para']}: {e['quote']}" for e in items)

    nodes = {}
    for actor, data in graph.nodes(data=True):
        nodes[actor] = {"label": data["name"][language], "kind": data["kind"], "needs_review": data["needs_review"],
                        "evidence": evidence(data["evidence"]), **texts("name", data["name"]),
                        **texts("description", data["description"])}
        if data.get("level"):
            nodes[actor]["level"] = data["level"]
        if data["aliases"]:
            nodes[actor]["aliases"] = " | ".join(data["aliases"])
    edges = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        edges[key] = {"source": source, "target": target, "link_type": data["type"], "strength": data["strength"],
                      "weight": float(data["weight"]), "directed": data["directed"],
                      "needs_review": data["needs_review"], "evidence": evidence(data["evidence"]),
                      **texts("summary", data["summary"]), **texts("description", data["description"])}
    return nodes, edges


def rgb(values: dict[str, Any]) -> dict[str, int]:
    color = str(values["color"])
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16)}


def check_round_trip(graph: nx.MultiDiGraph, partner_map: PartnerMap, expected: FlatGraph, *,
                     graphml: bool) -> None:
    """Same nodes, the same links between the same actors, every flat attribute with its type, the YAML's content."""
    assert isinstance(graph, nx.MultiDiGraph)
    assert list(graph.nodes) == list(partner_map.actors)
    # networkx lists edges by source actor; the link id (edge key) is what must survive.
    edges = {key: (source, target, data) for source, target, key, data in graph.edges(keys=True, data=True)}
    assert sorted(edges) == sorted(partner_map.links)
    yaml_nodes, yaml_edges = yaml_attributes(partner_map, expected.language)
    for node in expected.nodes:
        data = graph.nodes[node.id]
        assert data == (node.values | rgb(node.values) if graphml else node.values), node.id
        assert {name: data.get(name) for name in yaml_nodes[node.id]} == yaml_nodes[node.id]
    for edge in expected.edges:
        source, target, data = edges[edge.id]
        assert data == (edge.values | rgb(edge.values) | {"link_id": edge.id} if graphml else edge.values), edge.id
        from_yaml = {name: data.get(name) for name in yaml_edges[edge.id]} | {"source": source, "target": target}
        assert from_yaml == yaml_edges[edge.id]


@pytest.mark.parametrize(("name", "data_dir", "options", "selection"), CASES, ids=CASE_IDS)
def test_round_trip_through_graphml_keeps_nodes_edges_and_attributes(
        tmp_path: Path, name: str, data_dir: Path, options: list[str], selection: Any) -> None:
    output = export(data_dir, tmp_path / f"{name}.graphml", "--lang", "en", *options)
    graph = nx.read_graphml(output, force_multigraph=True)
    partner_map, expected = flat(data_dir, selection, language="en")
    assert (graph.graph["title"], graph.graph["language"]) == (partner_map.text(partner_map.title, "en"), "en")
    check_round_trip(graph, partner_map, expected, graphml=True)


@pytest.mark.parametrize(("name", "data_dir", "options", "selection"), CASES, ids=CASE_IDS)
def test_round_trip_through_node_link_json_keeps_nodes_edges_and_attributes(
        tmp_path: Path, name: str, data_dir: Path, options: list[str], selection: Any) -> None:
    output = export(data_dir, tmp_path / f"{name}.json", *options)
    data = json.loads(output.read_text(encoding="utf-8"))
    assert list(data) == ["directed", "multigraph", "graph", "nodes", "edges"]
    graph = nx.node_link_graph(data, edges="edges")
    partner_map, expected = flat(data_dir, selection)
    check_round_trip(graph, partner_map, expected, graphml=False)
