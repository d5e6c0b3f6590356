"""A map of several dated documents over time: who states each link and actor first, who restates it.

A link is stated by every source its evidence quotes; an actor by every source its own evidence
quotes or the evidence of one of its links does. Sources are ordered by date, then id (two
documents of one day keep a fixed order). `map_at` gives the map as it stood at a date: the
sources dated up to it, and what they quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model.records import Actor, Link, PartnerMap, Source


@dataclass(frozen=True)
class Stated:
    """The documents stating one link or actor, earliest first; `first_date` is the first one's date."""

    id: str
    sources: tuple[str, ...]
    first_date: str | None

    @property
    def documents(self) -> int:
        return len(self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "documents": self.documents, "first_date": self.first_date,
                "sources": list(self.sources)}


@dataclass(frozen=True)
class DocumentShare:
    """What one document brings: links and actors it states first (`adds`) or again (`restates`)."""

    source: str
    date: str
    adds_links: tuple[str, ...]
    restates_links: tuple[str, ...]
    adds_actors: tuple[str, ...]
    restates_actors: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "date": self.date,
                "links": {"adds": list(self.adds_links), "restates": list(self.restates_links)},
                "actors": {"adds": list(self.adds_actors), "restates": list(self.restates_actors)}}


@dataclass(frozen=True)
class Timeline:
    """Per link, per actor and per document: who stated what, when."""

    dates: tuple[tuple[str, str], ...]
    """(date, source id) of every source, in time order."""
    links: dict[str, Stated]
    actors: dict[str, Stated]
    documents: tuple[DocumentShare, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"sources": [{"source": source, "date": date} for date, source in self.dates],
                "links": [stated.to_dict() for stated in self.links.values()],
                "actors": [stated.to_dict() for stated in self.actors.values()],
                "documents": [share.to_dict() for share in self.documents]}


def source_order(partner_map: PartnerMap) -> list[Source]:
    """The map's sources in time order (date, then id)."""
    return sorted(partner_map.sources.values(), key=lambda source: (source.date, source.id))


def timeline(partner_map: PartnerMap) -> Timeline:
    """Who states each link and actor, and what each document adds or restates."""
    order = source_order(partner_map)
    rank = {source.id: index for index, source in enumerate(order)}
    dates = {source.id: source.date for source in order}
    links = {link.id: _stated(link.id, _link_sources(link), rank, dates) for link in partner_map.links.values()}
    actor_sources = _actor_sources(partner_map)
    actors = {actor_id: _stated(actor_id, found, rank, dates) for actor_id, found in actor_sources.items()}
    documents = tuple(
        DocumentShare(source.id, source.date,
                      *_shares(source.id, links), *_shares(source.id, actors))
        for source in order)
    return Timeline(tuple((source.date, source.id) for source in order), links, actors, documents)


def map_at(partner_map: PartnerMap, date: str) -> PartnerMap:
    """The map as it stood at `date`: sources dated up to it, the links and actors they quote,
    each with only the evidence of those sources."""
    kept = {source_id: source for source_id, source in partner_map.sources.items() if source.date <= date}
    links = {}
    for link in partner_map.links.values():
        evidence = tuple(item for item in link.evidence if item.source in kept)
        if evidence:
            links[link.id] = replace(link, evidence=evidence)
    ends = {end for link in links.values() for end in (link.from_actor, link.to_actor)}
    actors: dict[str, Actor] = {}
    for actor in partner_map.actors.values():
        evidence = tuple(item for item in actor.evidence if item.source in kept)
        if evidence or actor.id in ends:
            actors[actor.id] = replace(actor, evidence=evidence)
    return replace(partner_map, sources=kept, actors=actors, links=links,
                   tour=tuple(replace(step, links=tuple(i for i in step.links if i in links))
                              for step in partner_map.tour))


def _link_sources(link: Link) -> set[str]:
    return {item.source for item in link.evidence}


def _actor_sources(partner_map: PartnerMap) -> dict[str, set[str]]:
    found = {actor.id: {item.source for item in actor.evidence} for actor in partner_map.actors.values()}
    for link in partner_map.links.values():
        for end in (link.from_actor, link.to_actor):
            found.setdefault(end, set()).update(_link_sources(link))
    return found


def _stated(element_id: str, sources: set[str], rank: dict[str, int], dates: dict[str, str]) -> Stated:
    ordered = tuple(sorted((s for s in sources if s in rank), key=rank.__getitem__))
    return Stated(element_id, ordered, dates[ordered[0]] if ordered else None)


def _shares(source_id: str, stated: dict[str, Stated]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    adds = tuple(s.id for s in stated.values() if s.sources[:1] == (source_id,))
    restates = tuple(s.id for s in stated.values() if source_id in s.sources[1:])
    return adds, restates
