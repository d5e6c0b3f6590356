"""Node positions computed once in Python, so a map looks the same every time it is drawn.

The HTML map, the static SVG/PNG drawing and the GEXF export all use these positions.
"""

from __future__ import annotations

import math

from .model import PartnerMap

DEFAULT_SEED = 7
# Pixels per unit of layout: spreads n nodes over about sqrt(n) * SPACING pixels.
SPACING = 160.0


def layout_positions(partner_map: PartnerMap, *, seed: int = DEFAULT_SEED) -> dict[str, tuple[float, float]]:
    """Position of each actor in pixels (x to the right, y downwards), deterministic for a seed.

    Coordinates are rounded to 0.1 px so the same map gives the same bytes in every output.
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(partner_map.actors)
    graph.add_edges_from((link.source, link.target) for link in partner_map.links.values())
    if not graph:
        return {}
    raw = nx.spring_layout(graph, seed=seed, iterations=200)
    scale = SPACING * math.sqrt(len(graph)) / 2
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in raw.items()}
