"""The flat attributes every export writes: texts per language, evidence as text, the HTML map's styles."""

from __future__ import annotations

import pytest

from partnermap import load_map
from partnermap.graph.analysis.select import Selection, select
from partnermap.graph.output.export import ExportOptions, flat_graph
from partnermap.graph.output.export.flatten import flatten
from partnermap.graph.output.layout import layout_positions
from partnermap.graph.output.style import degrees, edge_style, node_style
from tests.conftest import MINIMAL_MAP, SEED_MAP


@pytest.fixture(scope="module")
def minimal():
    return load_map(MINIMAL_MAP)


def node(graph, actor_id: str) -> dict:
    return next(n.values for n in graph.nodes if n.id == actor_id)


def edge(graph, link_id: str):
    return next(e for e in graph.edges if e.id == link_id)


def test_an_actor_flattened_in_french(minimal) -> None:
    x, y = layout_positions(minimal)["governments"]
    assert node(flatten(minimal), "governments") == {
        "label": "Gouvernements", "kind_label": "Gouvernement", "level_label": "National", "aliases": "States",
        "name_fr": "Gouvernements", "name_en": "Governments",
        "evidence": "accord ¶2: governments must cooperate", "needs_review": False,
        "first_date": "2026-01-15", "documents": 1,
        "color": "#0072B2", "shape": "square", "size": node_style(minimal, minimal.actors["governments"], 2).size,
        "x": x, "y": -y, "kind": "government", "level": "national",
    }


def test_a_link_flattened_in_english(minimal) -> None:
    flat = edge(flatten(minimal, language="en"), "gov-unions")
    assert (flat.source, flat.target, flat.directed) == ("governments", "trade_unions", False)
    assert flat.values == {
        "label": "Social dialogue", "strength_label": "Required",
        "summary": "Governments cooperate with unions.", "directed": False, "weight": 4.0,
        "summary_fr": "Les gouvernements coopèrent avec les syndicats.",
        "summary_en": "Governments cooperate with unions.",
        "evidence": "accord ¶2: governments must cooperate with trade unions on labour migration",
        "needs_review": False, "first_date": "2026-01-15", "documents": 1,
        "color": "#CC79A7", "width": 5.0, "dash": "8,4",
        "link_type": "social_dialogue", "strength": "required",
    }


def test_a_text_missing_in_one_language_stays_empty_there(minimal) -> None:
    values = node(flatten(minimal, language="fr"), "civil_society")
    assert values["description_en"] == "NGOs and community groups."
    assert "description_fr" not in values
    # The one-column description falls back to the language the text has, as the page does.
    assert values["description"] == "NGOs and community groups."


def test_columns_have_declared_types_and_kumu_titles(minimal) -> None:
    graph = flatten(minimal)
    assert [(c.name, c.type, c.title) for c in graph.node_columns[:4]] == [
        ("label", "string", "Label"), ("kind_label", "string", "Type"),
        ("description", "string", "Description"), ("level_label", "string", "Level")]
    assert graph.node_column("confidence").type == "double"
    assert graph.node_column("needs_review").type == "boolean"
    assert graph.edge_column("weight").type == "double"
    assert [c.name for c in graph.node_columns if c.name.startswith("name_")] == ["name_fr", "name_en"]
    for item in (*graph.nodes, *graph.edges):
        columns = graph.node_columns if item in graph.nodes else graph.edge_columns
        types = {c.name: c.type for c in columns}
        assert set(item.values) <= set(types)
        for name, value in item.values.items():
            expected = {"string": str, "double": float, "boolean": bool, "integer": int}[types[name]]
            assert type(value) is expected, (item.id, name, value)


@pytest.mark.parametrize("selection", [Selection(), Selection(types=("capacity_building",)),
                                       Selection(focus=("migrants",), depth=1)], ids=["all", "type", "focus"])
def test_positions_colours_and_sizes_are_the_html_maps(selection: Selection) -> None:
    partner_map = select(load_map(SEED_MAP), selection)
    graph = flatten(partner_map)
    positions = layout_positions(partner_map)
    counts = degrees(partner_map)
    assert [n.id for n in graph.nodes] == list(partner_map.actors)
    for flat in graph.nodes:
        style = node_style(partner_map, partner_map.actors[flat.id], counts[flat.id])
        x, y = positions[flat.id]
        assert (flat.values["x"], flat.values["y"]) == (x, -y)
        assert (flat.values["color"], flat.values["shape"], flat.values["size"]) == (
            style.color.upper(), style.shape, style.size)
    for flat in graph.edges:
        style = edge_style(partner_map, partner_map.links[flat.id])
        assert (flat.values["color"], flat.values["width"]) == (style.color.upper(), style.width)


def test_metrics_are_node_columns_of_the_selected_map() -> None:
    from partnermap.graph.analysis import metrics as analysis

    partner_map = select(load_map(SEED_MAP), Selection(types=("protection",)))
    graph = flat_graph(partner_map, ExportOptions())
    metrics = analysis.actor_metrics(partner_map)
    assert [c.name for c in graph.node_columns if c.name in metrics[next(iter(metrics))]] == list(
        analysis.METRIC_NAMES)
    assert graph.node_column("degree").type == "integer"
    assert graph.node_column("pagerank").type == "double"
    for flat in graph.nodes:
        for name, value in metrics[flat.id].items():
            assert flat.values[name] == value
    without = flat_graph(partner_map, ExportOptions(metrics=False))
    assert not {"degree", "pagerank"} & {c.name for c in without.node_columns}
