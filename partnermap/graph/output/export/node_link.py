"""networkx node-link JSON (edges under `edges`): `nx.node_link_graph(data, edges="edges")` reads it back.

Written by hand rather than with nx.node_link_data so the output does not depend on the
networkx version (older versions name the edge list `links`).
"""

from __future__ import annotations

import json
from typing import Any

from .flatten import FlatGraph


def node_link_data(graph: FlatGraph) -> dict[str, Any]:
    """The map as a node-link dictionary: a directed multigraph, edge key = link id."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"title": graph.title, "language": graph.language},
        "nodes": [{"id": node.id, **node.values} for node in graph.nodes],
        "edges": [{"source": edge.source, "target": edge.target, "key": edge.id, **edge.values}
                  for edge in graph.edges],
    }


def to_node_link(graph: FlatGraph) -> bytes:
    """node_link_data as indented UTF-8 JSON."""
    return (json.dumps(node_link_data(graph), ensure_ascii=False, indent=2) + "\n").encode()
