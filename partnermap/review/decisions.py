"""A curator's decision on one actor or link, turned into edits of actors.yaml and links.yaml."""

from __future__ import annotations

from typing import Any

from ..errors import PartnermapError
from ..graph.model.vocab import Vocabulary
from ..problems import shown
from .recordfile import RecordFile
from .summary import refreshed_summary

ITEM_TYPES = ("actor", "link")


class DecisionError(PartnermapError):
    """A decision that cannot be made: `status` is the HTTP status the API answers with."""

    def __init__(self, message: str, status: int = 400, problems: tuple[str, ...] = ()):
        super().__init__(message)
        self.status = status
        self.problems = problems  # the validator's messages, for an edit that would make the map invalid


def apply_decision(actors: RecordFile, links: RecordFile, item_type: str, item_id: str,
                   body: Any, vocabulary: Vocabulary) -> None:
    """Apply the API body `body` ({"decision"}, {"set"} or {"merge_into"}) to the record files."""
    if item_type not in ITEM_TYPES:
        raise DecisionError(f"unknown item type {shown(item_type)}; use actor or link", 404)
    own = actors if item_type == "actor" else links
    if item_id not in own.records():
        raise DecisionError(f"no {item_type} with id {shown(item_id)}", 404)
    if not isinstance(body, dict) or len(body) != 1:
        raise DecisionError('expected one of {"decision": "accept"|"reject"}, {"set": {field: value}} '
                            'or {"merge_into": actor_id}')
    (what, value), = body.items()
    if what == "decision" and value == "accept":
        accept(own, item_id)
    elif what == "decision" and value == "reject":
        reject(actors, links, item_type, item_id)
    elif what == "set":
        set_fields(own, item_id, value, vocabulary)
    elif what == "merge_into" and item_type == "actor":
        merge_actor(actors, links, item_id, value)
    elif what == "merge_into":
        raise DecisionError("only an actor can be merged into another")
    elif what == "decision":
        raise DecisionError(f"unknown decision {shown(value)}; use accept or reject")
    else:
        raise DecisionError(f"unknown request {shown(what)}; use decision, set or merge_into")


def accept(records: RecordFile, record_id: str) -> None:
    fields = records.records()[record_id]
    if "needs_review" in fields:
        del fields["needs_review"]
        records.replace(record_id, fields)


def reject(actors: RecordFile, links: RecordFile, item_type: str, item_id: str) -> None:
    """Remove the record; a rejected actor takes the links that name it along."""
    if item_type == "link":
        links.remove(item_id)
        return
    actors.remove(item_id)
    for link_id in links_naming(links, item_id):
        links.remove(link_id)


def links_naming(links: RecordFile, actor_id: str) -> list[str]:
    """The ids of the links that have `actor_id` at one of their ends."""
    return [link_id for link_id, fields in links.records().items()
            if actor_id in (fields.get("from"), fields.get("to"))]


def set_fields(records: RecordFile, record_id: str, values: Any, vocabulary: Vocabulary) -> None:
    """Set fields to new values (null removes a field); the id cannot change, links name it.

    A drafted summary that names the link's type and strength follows their change (summary.py).
    """
    if not isinstance(values, dict) or not values:
        raise DecisionError('"set" takes a mapping of fields to values, e.g. {"set": {"strength": "required"}}')
    if "id" in values:
        raise DecisionError("the id cannot be changed here: other records and the tour name it")
    old = records.records()[record_id]
    fields = dict(old)
    for key, value in values.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    if "summary" not in values and "summary" in fields:
        fields["summary"] = refreshed_summary(old, fields, vocabulary)
    records.replace(record_id, fields)


def merge_actor(actors: RecordFile, links: RecordFile, merged_id: str, target_id: Any) -> None:
    """Merge an actor into another: its names become aliases of the target, its evidence and links move there.

    A link between the two is removed (it would join the target to itself); a moved link with the
    same ends and type as another gives its evidence to that one and goes.
    """
    records = actors.records()
    if not isinstance(target_id, str) or target_id not in records:
        raise DecisionError(f"no actor with id {shown(target_id)} to merge into", 404)
    if target_id == merged_id:
        raise DecisionError("an actor cannot be merged into itself")
    merged, target = records[merged_id], records[target_id]
    target["aliases"] = _new_aliases(merged, target)
    target["evidence"] = _joined(target.get("evidence", []), merged.get("evidence", []))
    if not target["aliases"]:
        del target["aliases"]
    actors.replace(target_id, target)
    actors.remove(merged_id)
    _move_links(links, merged_id, target_id)


def _new_aliases(merged: dict[str, Any], target: dict[str, Any]) -> list[str]:
    aliases = list(target.get("aliases", []))
    taken = {str(text).casefold() for text in [*_names(target), *aliases]}
    for text in [*_names(merged), *merged.get("aliases", [])]:
        if str(text).casefold() not in taken:
            aliases.append(text)
            taken.add(str(text).casefold())
    return aliases


def _names(fields: dict[str, Any]) -> list[str]:
    name = fields.get("name")
    return list(name.values()) if isinstance(name, dict) else [name] if name else []


def _joined(evidence: list[Any], more: list[Any]) -> list[Any]:
    return [*evidence, *(item for item in more if item not in evidence)]


def _move_links(links: RecordFile, merged_id: str, target_id: str) -> None:
    survivors: dict[tuple[Any, ...], str] = {}
    records = links.records()
    moved_ids = set(links_naming(links, merged_id))
    for link_id, fields in records.items():
        if link_id in moved_ids:
            fields = {**fields, **{end: target_id for end in ("from", "to") if fields.get(end) == merged_id}}
            if fields.get("from") == fields.get("to"):
                links.remove(link_id)
                continue
            records[link_id] = fields
            links.replace(link_id, fields)
        key = _link_key(fields)
        kept = survivors.get(key)
        if kept is None:
            survivors[key] = link_id
        elif link_id in moved_ids or kept in moved_ids:
            records[kept]["evidence"] = _joined(records[kept].get("evidence", []), fields.get("evidence", []))
            links.replace(kept, records[kept])
            links.remove(link_id)


def _link_key(fields: dict[str, Any]) -> tuple[Any, ...]:
    """Links with the same key say the same thing: same type and ends (in order, when directed)."""
    ends = [str(fields.get("from")), str(fields.get("to"))]
    if not fields.get("directed"):
        ends.sort()
    return fields.get("type"), bool(fields.get("directed")), *ends
