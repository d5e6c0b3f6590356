"""The nodes and edges vis-network draws, built with pyvis's own Node and Edge builders.

pyvis's `Network.add_node` / `add_edge` search lists for every call (quadratic), and a default
`Network` drops reverse and parallel edges; `from_nx` also changes its input graph. Here each
dict comes straight from pyvis's builders, once per actor and per link, from the frozen
PartnerMap, so nothing is dropped, nothing is mutated and the cost stays linear.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..graph.model.records import Link, PartnerMap
from ..graph.output.labels import THEMES, label_lines
from ..graph.output.layout import PendingLayout, start_layout
from ..graph.output.style import degrees, edge_style, node_style
from .scale import dashes_drawn
from .vislib import pyvis_builders

# Gap between the curves of links that join the same two actors (vis-network "roundness").
CURVE_STEP = 0.4
MAX_ROUNDNESS = 0.8


@dataclass(frozen=True)
class NetworkData:
    """vis-network's node and edge dicts, in the map's file order."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def network_data(
    partner_map: PartnerMap, *, language: str | None = None,
    positions: dict[str, tuple[float, float]] | None = None, layout: PendingLayout | None = None,
) -> NetworkData:
    """One node per actor (label, kind style, size by degree, fixed position) and one edge per link.

    `positions` defaults to the light theme's label-aware positions (partnermap.graph.output.layout);
    then each node also carries, under "positions", its place in each theme (the page moves the
    actors when it switches to the projector theme), and under "lines" its label wrapped for each
    theme and language, the lines the layout made room for (vis-network wraps no further).
    Large maps, laid out alike in every theme, leave wrapping to vis-network. `layout`, started
    earlier by start_layout for this map and every theme, gives those positions.
    """
    node_builder, edge_builder = pyvis_builders()
    by_theme: dict[str, dict[str, tuple[float, float]]] = {}
    if positions is None:
        if layout is None:
            layout = start_layout(partner_map)
        elif layout.partner_map is not partner_map or layout.themes != tuple(THEMES):
            raise ValueError("this layout was started for another map or other themes")
        by_theme = layout.result()
        positions = by_theme["light"]
        if all(layout == positions for layout in by_theme.values()):
            by_theme = {}  # large maps: one layout for every theme
    degree = degrees(partner_map)
    nodes = []
    for actor in partner_map.actors.values():
        style = node_style(partner_map, actor, degree.get(actor.id, 0))
        x, y = positions.get(actor.id, (0.0, 0.0))
        label = partner_map.text(actor.name, language)
        if by_theme:
            label = "\n".join(label_lines(label, THEMES["light"]))
        node = node_builder(actor.id, style.shape, label=label, color=style.color, size=style.size, x=x, y=y)
        if by_theme:
            node.options["positions"] = {theme: list(layout[actor.id]) for theme, layout in by_theme.items()}
            node.options["lines"] = {theme: {code: "\n".join(label_lines(partner_map.text(actor.name, code),
                                                                          THEMES[theme]))
                                             for code in partner_map.languages} for theme in by_theme}
            node.options["widthConstraint"] = False
        nodes.append(node.options)
    curves = _curves(partner_map.links.values())
    dashed = dashes_drawn(len(partner_map.actors))  # large maps: solid lines draw three times faster
    edges = []
    for link in partner_map.links.values():
        line = edge_style(partner_map, link)
        edge = edge_builder(link.from_actor, link.to_actor, link.directed, id=link.id, color=line.color,
                            width=line.width, dashes=list(line.dash) if line.dash and dashed else False,
                            smooth=curves[link.id])
        edges.append(edge.options)
    return NetworkData(nodes=nodes, edges=edges)


def _curves(links: Any) -> dict[str, dict[str, Any]]:
    """vis-network `smooth` settings that fan out links joining the same two actors.

    A lone link is straight. Links sharing a pair of actors get curves spread on both sides;
    the side is taken relative to one fixed direction of the pair, so that a link and its
    reverse (A->B, B->A) bend apart instead of being drawn on top of each other.
    """
    pairs: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in links:
        pairs[tuple(sorted((link.from_actor, link.to_actor)))].append(link)
    curves: dict[str, dict[str, Any]] = {}
    for (first, _), group in pairs.items():
        step = min(CURVE_STEP, 2 * MAX_ROUNDNESS / max(len(group) - 1, 1))
        for index, link in enumerate(group):
            offset = (index - (len(group) - 1) / 2) * step
            if link.from_actor != first:
                offset = -offset
            if offset == 0:
                curves[link.id] = {"enabled": False}
            else:
                curves[link.id] = {"enabled": True, "type": "curvedCW" if offset > 0 else "curvedCCW",
                                   "roundness": round(abs(offset), 3)}
    return curves
