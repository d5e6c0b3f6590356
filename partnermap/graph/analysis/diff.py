"""What changed between two versions of a map: actors, links and sources added, removed or
changed field by field (evidence included), matched by id — for reviewing a pull request.

The order of actors, links and evidence in the files is not compared: moving an actor up
the file, or a quote before another, changes nothing the map says.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..model.records import Actor, Evidence, Link, PartnerMap, Source

# Fields compared, in the order a change lists them (the YAML's own order). Texts are compared
# language by language ("name.fr"), evidence quote by quote.
ACTOR_FIELDS = ("name", "kind", "level", "aliases", "description", "evidence", "confidence", "needs_review")
LINK_FIELDS = ("from", "to", "type", "strength", "directed", "summary", "description", "evidence", "confidence",
               "needs_review")
SOURCE_FIELDS = ("path", "title", "date", "language", "url", "text")
MAP_FIELDS = ("title", "description", "languages", "tour")
TEXT_FIELDS = {"name", "description", "summary", "title"}
_ATTRIBUTE = {"from": "source", "to": "target"}


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: `old` and `new` values, or for evidence the quotes added and removed."""

    field: str
    old: Any = None
    new: Any = None
    added: tuple[Evidence, ...] = ()
    removed: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        if self.field == "evidence":
            return {"field": self.field, "added": [e.to_dict() for e in self.added],
                    "removed": [e.to_dict() for e in self.removed]}
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Changes:
    """Added, removed and changed elements of one kind (actors, links or sources), by id."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    # (dataclasses.field: FieldChange's own `field` would hide the function from type checkers.)
    changed: dict[str, tuple[FieldChange, ...]] = dataclasses.field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {"added": list(self.added), "removed": list(self.removed),
                "changed": {i: [c.to_dict() for c in changes] for i, changes in self.changed.items()}}


@dataclass(frozen=True)
class MapDiff:
    """Every difference between an old and a new version of a map."""

    old: PartnerMap
    new: PartnerMap
    map: tuple[FieldChange, ...]
    sources: Changes
    actors: Changes
    links: Changes

    def is_empty(self) -> bool:
        """True when the two versions say the same thing."""
        return not self.map and all(c.is_empty() for c in (self.sources, self.actors, self.links))

    def to_dict(self) -> dict[str, Any]:
        """The differences as plain data; added and removed elements come with all their fields."""
        return {
            "identical": self.is_empty(),
            "summary": {name: {"added": len(c.added), "removed": len(c.removed), "changed": len(c.changed)}
                        for name, c in (("sources", self.sources), ("actors", self.actors), ("links", self.links))},
            "map": [c.to_dict() for c in self.map],
            "sources": _with_elements(self.sources, self.old.sources, self.new.sources, _source_fields),
            "actors": _with_elements(self.actors, self.old.actors, self.new.actors, _actor_fields),
            "links": _with_elements(self.links, self.old.links, self.new.links, _link_fields),
        }


def diff_maps(old: PartnerMap, new: PartnerMap) -> MapDiff:
    """Compare two versions of a map element by element (ids in the new version's file order,
    then those only in the old one)."""
    return MapDiff(
        old=old, new=new,
        map=tuple(_field_changes(_map_fields(old), _map_fields(new), MAP_FIELDS)),
        sources=_compare(old.sources, new.sources, _source_fields, SOURCE_FIELDS),
        actors=_compare(old.actors, new.actors, _actor_fields, ACTOR_FIELDS),
        links=_compare(old.links, new.links, _link_fields, LINK_FIELDS),
    )


def _compare(old: dict[str, Any], new: dict[str, Any], fields_of: Any, names: tuple[str, ...]) -> Changes:
    changed = {}
    for element_id in new:
        if element_id in old:
            changes = _field_changes(fields_of(old[element_id]), fields_of(new[element_id]), names)
            if changes:
                changed[element_id] = tuple(changes)
    return Changes(added=tuple(i for i in new if i not in old), removed=tuple(i for i in old if i not in new),
                   changed=changed)


def _field_changes(old: dict[str, Any], new: dict[str, Any], names: tuple[str, ...]) -> list[FieldChange]:
    changes = []
    for name in names:
        before, after = old.get(name), new.get(name)
        if name == "evidence":  # every element has its evidence list, empty or not
            assert isinstance(before, list) and isinstance(after, list)
            added = tuple(e for e in after if e not in before)
            removed = tuple(e for e in before if e not in after)
            if added or removed:
                changes.append(FieldChange(name, added=added, removed=removed))
        elif name in TEXT_FIELDS and isinstance(before, dict) and isinstance(after, dict):
            for language in [*before, *(lang for lang in after if lang not in before)]:
                if before.get(language) != after.get(language):
                    changes.append(FieldChange(f"{name}.{language}", before.get(language), after.get(language)))
        elif before != after:
            changes.append(FieldChange(name, before, after))
    return changes


def _actor_fields(actor: Actor) -> dict[str, Any]:
    return {"name": dict(actor.name), "kind": actor.kind, "level": actor.level, "aliases": list(actor.aliases),
            "description": dict(actor.description), "evidence": list(actor.evidence),
            "confidence": actor.confidence, "needs_review": actor.needs_review}


def _link_fields(link: Link) -> dict[str, Any]:
    return {"from": link.from_actor, "to": link.to_actor, "type": link.type, "strength": link.strength,
            "directed": link.directed, "summary": dict(link.summary), "description": dict(link.description),
            "evidence": list(link.evidence), "confidence": link.confidence, "needs_review": link.needs_review}


def _source_fields(source: Source) -> dict[str, Any]:
    # The document's text is compared whole (a changed text can move the paragraphs quotes
    # cite) and shown as a fingerprint: the texts themselves are too long for a review.
    return {"path": source.path, "title": dict(source.title), "date": source.date, "language": source.language,
            "url": source.url, "text": _fingerprint(source.text)}


def _fingerprint(text: str) -> str:
    import hashlib

    from ...textread.paragraphs import split_paragraphs

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"{len(split_paragraphs(text))} paragraphs, sha256 {digest}"


def _map_fields(partner_map: PartnerMap) -> dict[str, Any]:
    return {"title": dict(partner_map.title), "description": dict(partner_map.description),
            "languages": list(partner_map.languages),
            "tour": [{"title": dict(step.title), "links": list(step.links)} for step in partner_map.tour]}


def _with_elements(changes: Changes, old: dict[str, Any], new: dict[str, Any], fields_of: Any) -> dict[str, Any]:
    """Changes.to_dict with each added and removed element spelled out, for machines."""
    data = changes.to_dict()
    data["added"] = [{"id": i, **_plain(fields_of(new[i]))} for i in changes.added]
    data["removed"] = [{"id": i, **_plain(fields_of(old[i]))} for i in changes.removed]
    return data


def _plain(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: ([e.to_dict() for e in value] if name == "evidence" else value) for name, value in fields.items()}
