"""The nodes and edges handed to vis-network: built by pyvis's builders, nothing dropped or changed."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

from partnermap import load_map, to_networkx
from partnermap.graph.output.layout import layout_positions
from partnermap.graph.output.style import degrees, edge_style, node_style
from partnermap.render.network_data import network_data
from partnermap.render.options import vis_options
from tests.conftest import MINIMAL_MAP, SEED_MAP


def add_reverse_link(map_dir: Path) -> None:
    """A link from trade unions back to governments: a reverse of gov-unions and gov-unions-policy."""
    with (map_dir / "links.yaml").open("a", encoding="utf-8") as file:
        file.write("- id: unions-gov\n  from: trade_unions\n  to: governments\n  type: capacity_building\n"
                   "  strength: possible\n  directed: true\n"
                   "  evidence:\n    - {source: accord, para: 2, quote: trade unions}\n")


def test_one_node_per_actor_with_kind_style_and_layout_position() -> None:
    partner_map = load_map(SEED_MAP)
    data = network_data(partner_map)
    positions = layout_positions(partner_map)
    projector = layout_positions(partner_map, theme="projector")
    assert [node["id"] for node in data.nodes] == list(partner_map.actors)
    unions = next(node for node in data.nodes if node["id"] == "trade_unions")
    style = node_style(partner_map, partner_map.actors["trade_unions"], degrees(partner_map)["trade_unions"])
    # Labels come wrapped as the layout made room for them, in each theme and language.
    assert unions == {"id": "trade_unions", "label": "Syndicats de\ntravailleurs", "shape": style.shape,
                      "color": style.color, "size": style.size, "widthConstraint": False,
                      "lines": {"light": {"fr": "Syndicats de\ntravailleurs", "en": "Workers' unions"},
                                "projector": {"fr": "Syndicats de\ntravailleurs", "en": "Workers' unions"}},
                      "x": positions["trade_unions"][0], "y": positions["trade_unions"][1],
                      # each theme's labels have their own room: the page moves actors between themes
                      "positions": {"light": list(positions["trade_unions"]),
                                    "projector": list(projector["trade_unions"])}}
    assert positions != projector
    assert (style.shape, style.color) == ("triangleDown", "#CC79A7")


def test_labels_follow_the_language() -> None:
    data = network_data(load_map(SEED_MAP), language="en")
    assert next(node["label"] for node in data.nodes if node["id"] == "trade_unions") == "Workers' unions"


def test_edges_keep_parallel_and_reverse_links_and_style_by_type(map_copy: Path) -> None:
    add_reverse_link(map_copy)
    partner_map = load_map(map_copy)
    data = network_data(partner_map)
    assert [edge["id"] for edge in data.edges] == ["gov-unions", "civil-society-local", "gov-unions-policy",
                                                   "unions-gov"]
    by_id = {edge["id"]: edge for edge in data.edges}
    assert by_id["unions-gov"]["from"] == "trade_unions" and by_id["unions-gov"]["to"] == "governments"
    assert by_id["unions-gov"]["arrows"] == "to" and by_id["gov-unions-policy"]["arrows"] == "to"
    assert "arrows" not in by_id["gov-unions"]
    style = edge_style(partner_map, partner_map.links["gov-unions"])
    assert (by_id["gov-unions"]["color"], by_id["gov-unions"]["dashes"], by_id["gov-unions"]["width"]) == (
        style.color, list(style.dash), 5)
    assert by_id["civil-society-local"]["dashes"] is False and by_id["civil-society-local"]["width"] == 1.5
    # Three links join governments and trade unions: one straight, two bending to opposite sides.
    # unions-gov runs the other way, so the same "curvedCCW" puts it on the other side of the line.
    assert by_id["gov-unions"]["smooth"] == {"enabled": True, "type": "curvedCCW", "roundness": 0.4}
    assert by_id["gov-unions-policy"]["smooth"] == {"enabled": False}
    assert by_id["unions-gov"]["smooth"] == {"enabled": True, "type": "curvedCCW", "roundness": 0.4}
    assert by_id["civil-society-local"]["smooth"] == {"enabled": False}


def test_two_parallel_links_bend_apart(map_copy: Path) -> None:
    data = network_data(load_map(map_copy))
    smooth = {edge["id"]: edge["smooth"] for edge in data.edges}
    assert smooth["gov-unions"] == {"enabled": True, "type": "curvedCCW", "roundness": 0.2}
    assert smooth["gov-unions-policy"] == {"enabled": True, "type": "curvedCW", "roundness": 0.2}


def test_building_changes_nothing_in_the_map() -> None:
    partner_map = load_map(SEED_MAP)
    before = copy.deepcopy(partner_map)
    graph = to_networkx(partner_map)
    edges_before = list(graph.edges(keys=True, data=True))
    network_data(partner_map)
    network_data(partner_map, language="en")
    assert partner_map == before
    assert list(graph.edges(keys=True, data=True)) == edges_before


def test_physics_is_off_unless_asked_for() -> None:
    assert vis_options(30)["physics"]["enabled"] is False
    assert vis_options(30, physics=True)["physics"]["enabled"] is True
    assert vis_options(5000)["interaction"]["hideEdgesOnDrag"] is True


def test_rendering_does_not_import_ipython_through_pyvis() -> None:
    # pyvis/__init__ imports IPython (a third of the render time budget); only its builders are used.
    code = ("import sys\nfrom partnermap import load_map\nfrom partnermap.render.html import render_html\n"
            f"render_html(load_map({str(MINIMAL_MAP)!r}))\n"
            "print(sorted(m for m in ('IPython', 'pyvis', 'pyvis.network', 'jsonpickle') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
