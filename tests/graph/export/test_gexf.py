"""GEXF files that pass the official schema and keep what Gephi and Gephi Lite need."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from partnermap import load_map
from partnermap.graph.output.export import ExportOptions, export_bytes
from partnermap.graph.output.layout import layout_positions
from partnermap.graph.output.style import degrees, node_style
from tests.conftest import MINIMAL_MAP, SEED_MAP
from tests.graph.export.helpers import CASES, export, jing_errors, selected

NS = {"1.3": ("http://gexf.net/1.3", "http://gexf.net/1.3/viz"),
      "1.2draft": ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz")}


def odd_map(folder: Path) -> Path:
    """The minimal map with markup, quotes, tabs, line breaks and emoji in its texts."""
    actors = (MINIMAL_MAP / "actors.yaml").read_text(encoding="utf-8")
    actors = actors.replace("name: {fr: Syndicats, en: Trade unions}",
                            'name: {fr: "Syndicats <b>&amp; \\"Co\\" --><script>x</script>", en: "=SUM(1)\\ttab"}')
    actors = actors.replace("description: {en: NGOs and community groups.}",
                            'description: {en: "line one\\nline two\\r\\n  indented 🌍 中文"}')
    target = folder / "odd"
    target.mkdir()
    for name in ("map.yaml", "links.yaml"):
        (target / name).write_bytes((MINIMAL_MAP / name).read_bytes())
    (target / "sources").mkdir()
    for source in (MINIMAL_MAP / "sources").iterdir():
        (target / "sources" / source.name).write_bytes(source.read_bytes())
    (target / "actors.yaml").write_text(actors, encoding="utf-8")
    return target


@pytest.mark.parametrize("version", ["1.3", "1.2draft"])
def test_every_gexf_written_passes_the_schema(tmp_path: Path, version: str) -> None:
    files = []
    for name, data_dir, options, _ in CASES:
        for language in ("fr", "en"):
            output = tmp_path / f"{name}-{language}.gexf"
            files.append(export(data_dir, output, "--gexf-version", version, "--lang", language, *options))
    files.append(export(odd_map(tmp_path), tmp_path / "odd.gexf", "--gexf-version", version))
    files.append(export(SEED_MAP, tmp_path / "no-metrics.gexf", "--gexf-version", version, "--no-metrics"))
    assert jing_errors(files, version) == ""


def test_the_validator_rejects_what_networkx_writes(tmp_path: Path) -> None:
    # The schema check above can fail: networkx's own writer is refused (see gexf-spec/NOTES.md).
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="x", type="social_dialogue")
    nx.write_gexf(graph, tmp_path / "networkx.gexf", version="1.2draft")
    assert "type" in jing_errors([tmp_path / "networkx.gexf"], "1.2draft")


def parse(data: bytes, version: str = "1.3") -> tuple[ET.Element, dict[str, str]]:
    gexf, viz = NS[version]
    return ET.fromstring(data), {"g": gexf, "viz": viz}


def test_edges_keep_their_ids_direction_and_type_as_kind() -> None:
    data = export_bytes(load_map(MINIMAL_MAP), "gexf")
    root, ns = parse(data)
    edges = root.findall("g:graph/g:edges/g:edge", ns)
    assert [(e.get("id"), e.get("source"), e.get("target"), e.get("type"), e.get("kind")) for e in edges] == [
        ("gov-unions", "governments", "trade_unions", "undirected", "social_dialogue"),
        ("civil-society-local", "civil_society", "local_authorities", "undirected", "integration"),
        ("gov-unions-policy", "governments", "trade_unions", "directed", "policy_development"),
    ]
    first = {v.get("for"): v.get("value") for v in edges[0].findall("g:attvalues/g:attvalue", ns)}
    assert first["link_type"] == "social_dialogue" and first["strength"] == "required"
    assert (edges[0].get("label"), edges[0].get("weight")) == ("Dialogue social", "4.0")
    assert edges[0].find("viz:color", ns).attrib == {"r": "204", "g": "121", "b": "167"}
    assert edges[0].find("viz:thickness", ns).get("value") == "5.0"


def test_gexf_1_2draft_has_no_edge_kind_and_a_z_position() -> None:
    data = export_bytes(load_map(MINIMAL_MAP), "gexf", ExportOptions(gexf_version="1.2draft"))
    root, ns = parse(data, "1.2draft")
    assert root.get("version") == "1.2"
    assert all(e.get("kind") is None for e in root.iter(f"{{{ns['g']}}}edge"))
    assert root.find("g:graph/g:nodes/g:node/viz:position", ns).get("z") == "0.0"


def test_viz_prefix_is_literal_colours_have_no_alpha_and_there_is_no_date() -> None:
    text = export_bytes(load_map(SEED_MAP), "gexf").decode()
    assert 'xmlns:viz="http://gexf.net/1.3/viz"' in text
    assert text.count("<viz:color ") == 30 + 53
    assert " a=" not in text
    assert "lastmodifieddate" not in text
    assert "xsi:" not in text


def test_nodes_carry_label_attributes_and_the_html_maps_viz() -> None:
    partner_map = load_map(SEED_MAP)
    root, ns = parse(export_bytes(partner_map, "gexf", ExportOptions(language="en")))
    declared = {a.get("id"): a.get("type") for a in root.findall("g:graph/g:attributes[@class='node']/g:attribute", ns)}
    assert declared["name_fr"] == declared["evidence"] == declared["kind"] == "string"
    assert declared["degree"] == "integer" and declared["betweenness"] == "double"
    positions = layout_positions(partner_map)
    counts = degrees(partner_map)
    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    assert [n.get("id") for n in nodes] == list(partner_map.actors)
    for item in nodes:
        actor = partner_map.actors[item.get("id")]
        assert item.get("label") == actor.name["en"]
        values = {v.get("for"): v.get("value") for v in item.findall("g:attvalues/g:attvalue", ns)}
        assert set(values) <= set(declared)
        assert values["kind"] == actor.kind and values["name_fr"] == actor.name["fr"]
        assert all(f"¶{e.para}: {e.quote}" in values["evidence"] for e in actor.evidence)
        style = node_style(partner_map, actor, counts[actor.id])
        color = item.find("viz:color", ns).attrib
        assert "#{:02X}{:02X}{:02X}".format(*(int(color[c]) for c in "rgb")) == style.color.upper()
        assert float(item.find("viz:size", ns).get("value")) == style.size
        x, y = positions[actor.id]
        position = item.find("viz:position", ns)
        assert (float(position.get("x")), float(position.get("y"))) == (x, -y)


def test_texts_with_markup_and_line_breaks_survive(tmp_path: Path) -> None:
    root, ns = parse(export(odd_map(tmp_path), tmp_path / "odd.gexf").read_bytes())
    unions = root.find("g:graph/g:nodes/g:node[@id='trade_unions']", ns)
    values = {v.get("for"): v.get("value") for v in unions.findall("g:attvalues/g:attvalue", ns)}
    assert unions.get("label") == 'Syndicats <b>&amp; "Co" --><script>x</script>'
    assert values["name_en"] == "=SUM(1)\ttab"
    society = root.find("g:graph/g:nodes/g:node[@id='civil_society']", ns)
    described = {v.get("for"): v.get("value") for v in society.findall("g:attvalues/g:attvalue", ns)}
    assert described["description_en"] == "line one\nline two\r\n  indented 🌍 中文"


def test_a_subgraph_holds_only_the_selected_actors_and_links(tmp_path: Path) -> None:
    for name, data_dir, options, selection in CASES:
        root, ns = parse(export(data_dir, tmp_path / f"{name}.gexf", *options).read_bytes())
        expected = selected(data_dir, selection)
        assert [n.get("id") for n in root.findall("g:graph/g:nodes/g:node", ns)] == list(expected.actors), name
        assert [e.get("id") for e in root.findall("g:graph/g:edges/g:edge", ns)] == list(expected.links), name
        assert root.find("g:graph/g:nodes", ns).get("count") == str(len(expected.actors))
