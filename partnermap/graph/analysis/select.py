"""Choosing part of a map: by kind, type, strength, level, source, or around focus actors.

`render`, `export` and `stats` share this code through the CLI's selection options.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from ...errors import UsageError
from ...problems import did_you_mean
from ..model.records import Actor, Link, PartnerMap


@dataclass(frozen=True)
class Selection:
    """What to keep; an empty tuple means 'no filter' on that field.

    Actor filters (kinds, levels) drop actors and their links. Link filters (types,
    strengths, sources) drop links, and then the actors left with no link, so that
    `--type capacity_building` shows just who takes part in capacity building.
    `focus` keeps the actors within `depth` links of the focus actors.
    """

    kinds: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    depth: int = 1

    def is_everything(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "depth")

    def describe(self) -> str:
        """The selection in words, for messages and page titles ("kind=trade_union; depth=1")."""
        parts = [f"{f.name}={','.join(getattr(self, f.name))}" for f in fields(self)
                 if f.name != "depth" and getattr(self, f.name)]
        if self.focus:
            parts.append(f"depth={self.depth}")
        return "; ".join(parts) or "everything"


def select(partner_map: PartnerMap, selection: Selection) -> PartnerMap:
    """A copy of `partner_map` holding only what `selection` keeps (actors and links in file order).

    Raises UsageError when the selection names a kind, type, actor… the map does not know.
    """
    check_selection(partner_map, selection)
    if selection.is_everything():
        return partner_map
    actors = {i: a for i, a in partner_map.actors.items() if _actor_kept(a, selection)}
    links = {i: link for i, link in partner_map.links.items()
             if link.from_actor in actors and link.to_actor in actors and _link_kept(link, selection)}
    if selection.types or selection.strengths or selection.sources:
        touched = {end for link in links.values() for end in (link.from_actor, link.to_actor)}
        actors = {i: a for i, a in actors.items() if i in touched}
    if selection.focus:
        near = _within(selection.focus, selection.depth, links.values())
        actors = {i: a for i, a in actors.items() if i in near}
        links = {i: link for i, link in links.items() if link.from_actor in near and link.to_actor in near}
    kept_links = set(links)
    tour = tuple(replace(step, links=tuple(i for i in step.links if i in kept_links))
                 for step in partner_map.tour)
    return replace(partner_map, actors=actors, links=links,
                   tour=tuple(step for step in tour if step.links))


def check_selection(partner_map: PartnerMap, selection: Selection) -> None:
    """Raise UsageError for any value of `selection` the map does not know."""
    vocabulary = partner_map.vocabulary
    known: dict[str, tuple[str, Mapping[str, object]]] = {
        "kinds": ("kind", vocabulary.kinds), "levels": ("level", vocabulary.levels),
        "types": ("link type", vocabulary.link_types), "strengths": ("strength", vocabulary.strengths),
        "sources": ("source", partner_map.sources), "focus": ("actor", partner_map.actors),
    }
    for name, (what, accepted) in known.items():
        for value in getattr(selection, name):
            if value not in accepted:
                raise UsageError(f"unknown {what} '{value}'{did_you_mean(value, accepted)}")
    if selection.depth < 0:
        raise UsageError(f"depth must be 0 or more, not {selection.depth}")


def _actor_kept(actor: Actor, selection: Selection) -> bool:
    if selection.kinds and actor.kind not in selection.kinds:
        return False
    return not selection.levels or actor.level in selection.levels


def _link_kept(link: Link, selection: Selection) -> bool:
    if selection.types and link.type not in selection.types:
        return False
    if selection.strengths and link.strength not in selection.strengths:
        return False
    return not selection.sources or any(e.source in selection.sources for e in link.evidence)


def _within(start: tuple[str, ...], depth: int, links: Iterable[Link]) -> set[str]:
    """Actors at most `depth` links away from `start`, ignoring direction."""
    neighbours: dict[str, set[str]] = {}
    for link in links:
        neighbours.setdefault(link.from_actor, set()).add(link.to_actor)
        neighbours.setdefault(link.to_actor, set()).add(link.from_actor)
    reached = dict.fromkeys(start, 0)
    queue = deque(start)
    while queue:
        actor = queue.popleft()
        if reached[actor] == depth:
            continue
        for other in sorted(neighbours.get(actor, ())):
            if other not in reached:
                reached[other] = reached[actor] + 1
                queue.append(other)
    return set(reached)
