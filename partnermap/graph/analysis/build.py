"""Turning a PartnerMap into a networkx graph for analysis."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..model.records import Actor, Link, PartnerMap


def actor_attributes(partner_map: PartnerMap, actor: Actor) -> dict[str, Any]:
    """Every field of an actor as plain values, plus `label` in the map's default language."""
    attributes: dict[str, Any] = {
        "label": partner_map.text(actor.name),
        "name": dict(actor.name),
        "kind": actor.kind,
        "level": actor.level,
        "aliases": list(actor.aliases),
        "description": dict(actor.description),
        "evidence": [e.to_dict() for e in actor.evidence],
        "confidence": actor.confidence,
        "needs_review": actor.needs_review,
    }
    return {key: value for key, value in attributes.items() if value is not None}


def link_attributes(partner_map: PartnerMap, link: Link) -> dict[str, Any]:
    """Every field of a link as plain values, plus `weight` from its strength."""
    strength = partner_map.vocabulary.strengths[link.strength]
    attributes: dict[str, Any] = {
        "id": link.id,
        "type": link.type,
        "strength": link.strength,
        "weight": strength.weight,
        "directed": link.directed,
        "summary": dict(link.summary),
        "description": dict(link.description),
        "evidence": [e.to_dict() for e in link.evidence],
        "confidence": link.confidence,
        "needs_review": link.needs_review,
    }
    return {key: value for key, value in attributes.items() if value is not None}


def to_networkx(partner_map: PartnerMap) -> nx.MultiDiGraph:
    """One node per actor (keyed by id), one edge per link (keyed by link id), in file order.

    Undirected links are stored from `from` to `to` with `directed=False`; use
    `graph.to_undirected()` for measures that ignore direction.
    """
    graph = nx.MultiDiGraph(
        title=partner_map.text(partner_map.title),
        languages=list(partner_map.languages),
    )
    for actor in partner_map.actors.values():
        graph.add_node(actor.id, **actor_attributes(partner_map, actor))
    for link in partner_map.links.values():
        graph.add_edge(link.from_actor, link.to_actor, key=link.id, **link_attributes(partner_map, link))
    return graph
