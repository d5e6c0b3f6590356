"""GraphML for igraph, networkx, Cytoscape and graphology: typed keys, parallel edges kept.

Every edge is written as directed (from -> to, as in partnermap.to_networkx) with the link's own
direction in the boolean `directed` key: networkx refuses a file that mixes directed and
undirected edges, and igraph has no mixed graphs. Colours are also written as the `r`, `g`, `b`
integer keys Gephi and graphology-graphml turn back into a colour. The link id is both the
edge's GraphML id and its `link_id` key, because igraph 1.0 fills its edge `id` attribute with
node ids instead of reading the edges' own.
"""

from __future__ import annotations

from .flatten import Column, FlatGraph, Value
from .xmltext import XmlDocument, hex_to_rgb, xml_value

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
_TYPES = {"string": "string", "integer": "int", "double": "double", "boolean": "boolean"}
_RGB = (Column("r", "integer", "Red"), Column("g", "integer", "Green"), Column("b", "integer", "Blue"))
_LINK_ID = Column("link_id", "string", "ID")


def to_graphml(graph: FlatGraph) -> bytes:
    """The map as a GraphML document (UTF-8 bytes)."""
    document = XmlDocument("graphml", {"xmlns": NAMESPACE})
    graph_columns = (Column("title", "string", "Title"), Column("language", "string", "Language"))
    node_columns = (*graph.node_columns, *_RGB)
    edge_columns = (*graph.edge_columns, *_RGB, _LINK_ID)
    for domain, columns in (("graph", graph_columns), ("node", node_columns), ("edge", edge_columns)):
        for column in columns:
            document.element("key", {"id": _key(domain, column.name), "for": domain,
                                     "attr.name": column.name, "attr.type": _TYPES[column.type]})
    document.start("graph", {"id": "partnermap", "edgedefault": "directed"})
    _add_data(document, "graph", {"title": graph.title, "language": graph.language}, graph_columns)
    for node in graph.nodes:
        document.start("node", {"id": node.id})
        _add_data(document, "node", _with_rgb(node.values), node_columns)
        document.end()
    for edge in graph.edges:
        document.start("edge", {"id": edge.id, "source": edge.source, "target": edge.target})
        _add_data(document, "edge", {**_with_rgb(edge.values), "link_id": edge.id}, edge_columns)
        document.end()
    return document.to_bytes()


def _key(domain: str, name: str) -> str:
    # Key ids are unique across the whole file; node and edge keys share names (label, color…).
    return f"{domain}_{name}"


def _with_rgb(values: dict[str, Value]) -> dict[str, Value]:
    red, green, blue = hex_to_rgb(str(values["color"]))
    return {**values, "r": red, "g": green, "b": blue}


def _add_data(document: XmlDocument, domain: str, values: dict[str, Value], columns: tuple[Column, ...]) -> None:
    for column in columns:
        if column.name in values:
            document.element("data", {"key": _key(domain, column.name)}, text=xml_value(values[column.name]))
