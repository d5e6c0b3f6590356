"""graphology's serialisation format: what `Graph.from(json)` and Gephi Lite's JSON import read.

A mixed multigraph (undirected partnerships stay undirected, typed parallel links stay
apart). Attribute names follow sigma.js, which Gephi Lite draws with: `label`, `x`, `y`,
`size` and `color`; an edge's line width is its `size`. Nothing is called `type`, which sigma
reads as the name of a drawing program.
"""

from __future__ import annotations

import json
from typing import Any

from .flatten import FlatGraph


def graphology_data(graph: FlatGraph) -> dict[str, Any]:
    """The map as a graphology serialised graph."""
    return {
        "options": {"type": "mixed", "multi": True, "allowSelfLoops": False},
        "attributes": {"title": graph.title, "language": graph.language},
        "nodes": [{"key": node.id, "attributes": dict(node.values)} for node in graph.nodes],
        "edges": [{"key": edge.id, "source": edge.source, "target": edge.target,
                   "undirected": not edge.directed, "attributes": _edge_attributes(edge.values)}
                  for edge in graph.edges],
    }


def to_graphology(graph: FlatGraph) -> bytes:
    """graphology_data as indented UTF-8 JSON."""
    return (json.dumps(graphology_data(graph), ensure_ascii=False, indent=2) + "\n").encode()


def _edge_attributes(values: dict[str, Any]) -> dict[str, Any]:
    return {("size" if name == "width" else name): value for name, value in values.items()}
