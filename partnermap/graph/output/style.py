"""How each actor and link looks: colour, shape, size, dash, width — shared by every output.

The HTML map, the SVG/PNG drawing and the GEXF export all take their styles from here,
so a node has the same colour and size in Gephi as on the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model.records import Actor, Link, PartnerMap

MIN_NODE_SIZE = 10.0
# A hub with 34 links is about twice as large as an actor with one: visible, not overwhelming.
NODE_SIZE_PER_SQRT_DEGREE = 3.2
FALLBACK_COLOR = "#777777"


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str
    size: float


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dash: tuple[int, ...] | None
    width: float


def degrees(partner_map: PartnerMap) -> dict[str, int]:
    """Number of links touching each actor."""
    counts = dict.fromkeys(partner_map.actors, 0)
    for link in partner_map.links.values():
        counts[link.from_actor] = counts.get(link.from_actor, 0) + 1
        counts[link.to_actor] = counts.get(link.to_actor, 0) + 1
    return counts


def node_style(partner_map: PartnerMap, actor: Actor, degree: int) -> NodeStyle:
    """Colour and shape from the actor's kind; size grows with the square root of its degree."""
    kind = partner_map.vocabulary.kinds.get(actor.kind)
    size = round(MIN_NODE_SIZE + NODE_SIZE_PER_SQRT_DEGREE * math.sqrt(degree), 1)
    return NodeStyle(
        color=(kind.color if kind and kind.color else FALLBACK_COLOR),
        shape=(kind.shape if kind and kind.shape else "dot"),
        size=size,
    )


def edge_style(partner_map: PartnerMap, link: Link) -> EdgeStyle:
    """Colour and dash from the link's type, width from its strength."""
    link_type = partner_map.vocabulary.link_types.get(link.type)
    strength = partner_map.vocabulary.strengths.get(link.strength)
    return EdgeStyle(
        color=(link_type.color if link_type and link_type.color else FALLBACK_COLOR),
        dash=link_type.dash if link_type else None,
        width=(strength.width if strength and strength.width else 1.0),
    )
