"""GEXF 1.3 (or 1.2draft) for Gephi and Gephi Lite, written element by element.

networkx's writer fails the schema (see shared gexf-spec/NOTES.md), so the XML is built
here, following what the readers need:
- the viz prefix is literally `viz:` (graphology-gexf, hence Gephi Lite, looks it up by name);
- colours carry no alpha (an explicit `a="1.0"` makes Gephi Lite draw nodes grey);
- each edge has its link id as id (graphology merges edges with duplicate ids), its direction
  as the GEXF `type`, and, in 1.3, its link type as `kind`, so Gephi keeps typed parallel
  edges apart; the link type itself is the `link_type` attribute;
- no `lastmodifieddate`, so the same map gives the same bytes every day;
- each node and edge has one spell from its first date (the earliest source quoting it) with no
  end, in a graph of mode "dynamic" and timeformat "date", so Gephi's timeline shows the map
  growing document by document (graphology-gexf ignores spells).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .xmltext import XmlDocument, hex_to_rgb, xml_value

if TYPE_CHECKING:
    from .flatten import Column, FlatGraph, Value

GEXF_VERSIONS = ("1.3", "1.2draft")
_NAMESPACES = {
    "1.3": ("http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3"),
    "1.2draft": ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2"),
}
# Written as GEXF parts of a node or edge rather than as attribute values.
_NODE_BUILT_IN = ("label", "color", "size", "x", "y")
_EDGE_BUILT_IN = ("label", "weight", "color", "width")


def to_gexf(graph: FlatGraph, *, version: str = "1.3") -> bytes:
    """The map as a GEXF document (UTF-8 bytes), valid against that version's schema."""
    if version not in _NAMESPACES:
        raise ValueError(f"GEXF version must be one of {', '.join(GEXF_VERSIONS)}, not {version!r}")
    namespace, viz_namespace, number = _NAMESPACES[version]
    document = XmlDocument("gexf", {"xmlns": namespace, "xmlns:viz": viz_namespace, "version": number})
    document.start("meta")
    document.element("creator", text="partnermap")
    document.element("description", text=xml_value(graph.title))
    document.end()
    dated = any("first_date" in node.values for node in graph.nodes) or \
        any("first_date" in edge.values for edge in graph.edges)
    graph_attributes = {"defaultedgetype": "undirected", "idtype": "string"}
    if dated:
        graph_attributes |= {"mode": "dynamic", "timeformat": "date"}
    document.start("graph", graph_attributes)
    node_columns = [c for c in graph.node_columns if c.name not in _NODE_BUILT_IN]
    edge_columns = [c for c in graph.edge_columns if c.name not in _EDGE_BUILT_IN]
    _declare(document, "node", node_columns)
    _declare(document, "edge", edge_columns)
    document.start("nodes", {"count": str(len(graph.nodes))})
    for node in graph.nodes:
        _add_node(document, node.id, node.values, node_columns, with_z=version != "1.3")
    document.end()
    document.start("edges", {"count": str(len(graph.edges))})
    for edge in graph.edges:
        attributes = {"id": edge.id, "source": edge.source, "target": edge.target,
                      "type": "directed" if edge.directed else "undirected",
                      "label": xml_value(edge.values["label"]), "weight": xml_value(edge.values["weight"])}
        if version == "1.3":
            attributes["kind"] = str(edge.values["link_type"])
        document.start("edge", attributes)
        _add_values(document, edge.values, edge_columns)
        _add_spell(document, edge.values)
        _add_color(document, str(edge.values["color"]))
        document.element("viz:thickness", {"value": xml_value(edge.values["width"])})
        document.end()
    return document.to_bytes()


def _declare(document: XmlDocument, kind: str, columns: list[Column]) -> None:
    document.start("attributes", {"class": kind})
    for column in columns:
        # The id is the name: graphology-gexf keys non-numeric ids by id, Gephi shows the title.
        document.element("attribute", {"id": column.name, "title": column.name, "type": column.type})
    document.end()


def _add_node(document: XmlDocument, node_id: str, values: dict[str, Value], columns: list[Column], *,
              with_z: bool) -> None:
    document.start("node", {"id": node_id, "label": xml_value(values["label"])})
    _add_values(document, values, columns)
    _add_spell(document, values)
    _add_color(document, str(values["color"]))
    document.element("viz:size", {"value": xml_value(values["size"])})
    position = {"x": xml_value(values["x"]), "y": xml_value(values["y"])}
    if with_z:  # required by 1.2draft, optional (and left out: the map is flat) in 1.3
        position["z"] = "0.0"
    document.element("viz:position", position)
    document.end()


def _add_values(document: XmlDocument, values: dict[str, Value], columns: list[Column]) -> None:
    present = [c for c in columns if c.name in values]
    if present:
        document.start("attvalues")
        for column in present:
            document.element("attvalue", {"for": column.name, "value": xml_value(values[column.name])})
        document.end()


def _add_spell(document: XmlDocument, values: dict[str, Value]) -> None:
    """From the first date on, with no end: a partnership once recommended stays on the map."""
    if "first_date" in values:
        document.start("spells")
        document.element("spell", {"start": str(values["first_date"])})
        document.end()


def _add_color(document: XmlDocument, color: str) -> None:
    red, green, blue = hex_to_rgb(color)
    document.element("viz:color", {"r": str(red), "g": str(green), "b": str(blue)})
