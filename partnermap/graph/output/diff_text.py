"""`partnermap diff` as text: a summary to review, from a MapDiff (partnermap.graph.analysis.diff).

English only, as `diff` has no --lang; every value shown as JSON, with the characters that
could steer a terminal escaped, since map files come from other people.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ..analysis.diff import Changes, FieldChange, MapDiff
from ..model.records import Actor, Evidence, Link, PartnerMap, Source

E = TypeVar("E")  # Actor, Link or Source


def diff_text(difference: MapDiff) -> str:
    """`difference` as a review summary: counts, then one line per added (+), removed (-) or
    changed (~) element, with its changed fields below it. Values are shown as JSON."""
    if difference.is_empty():
        return "no differences\n"
    lines = [f"{name}: {_counted(changes)}" for name, changes in
             (("sources", difference.sources), ("actors", difference.actors), ("links", difference.links))
             if not changes.is_empty()]
    if difference.map:
        lines += ["", "~ map.yaml", *_change_lines(difference.map)]
    old, new = difference.old, difference.new
    lines += _element_lines("source", difference.sources, old, new, old.sources, new.sources, _describe_source)
    lines += _element_lines("actor", difference.actors, old, new, old.actors, new.actors, _describe_actor)
    lines += _element_lines("link", difference.links, old, new, old.links, new.links, _describe_link)
    return "\n".join(lines) + "\n"


def _element_lines(name: str, changes: Changes, old_map: PartnerMap, new_map: PartnerMap, old: Mapping[str, E],
                   new: Mapping[str, E], describe: Callable[[PartnerMap, E], str]) -> list[str]:
    """A blank line, then one line per added, removed and changed element of one kind; none when unchanged."""
    if changes.is_empty():
        return []
    lines = [""]
    lines += [f"+ {name} {i}: {describe(new_map, new[i])}" for i in changes.added]
    lines += [f"- {name} {i}: {describe(old_map, old[i])}" for i in changes.removed]
    for i, field_changes in changes.changed.items():
        lines += [f"~ {name} {i}", *_change_lines(field_changes)]
    return lines


def _counted(changes: Changes) -> str:
    return ", ".join(f"{n} {what}" for n, what in ((len(changes.added), "added"), (len(changes.removed), "removed"),
                                                  (len(changes.changed), "changed")) if n)


def _change_lines(changes: tuple[FieldChange, ...] | list[FieldChange]) -> list[str]:
    lines = []
    for change in changes:
        if change.field == "evidence":
            lines += [f"    evidence + {_evidence(e)}" for e in change.added]
            lines += [f"    evidence - {_evidence(e)}" for e in change.removed]
        else:
            lines.append(f"    {change.field}: {_shown(change.old)} -> {_shown(change.new)}")
    return lines


def _evidence(evidence: Evidence) -> str:
    return f"{evidence.source} para {evidence.para}: {_shown(evidence.quote)}"


def _shown(value: Any) -> str:
    """A value as JSON: strings quoted, None as null, and every character that could steer a
    terminal or reorder the line (C0/C1 controls, bidirectional marks) escaped as \\uXXXX."""
    return "".join(f"\\u{ord(c):04x}" if _unsafe(c) else c for c in json.dumps(value, ensure_ascii=False))


def _unsafe(character: str) -> bool:
    code = ord(character)
    return 0x7F <= code <= 0x9F or 0x200E <= code <= 0x200F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


def _describe_actor(partner_map: PartnerMap, actor: Actor) -> str:
    return f"{_shown(partner_map.text(actor.name))} ({actor.kind})"


def _describe_link(partner_map: PartnerMap, link: Link) -> str:
    arrow = "->" if link.directed else "--"
    return f"{link.from_actor} {arrow} {link.to_actor} ({link.type}, {link.strength})"


def _describe_source(partner_map: PartnerMap, source: Source) -> str:
    return f"{source.path} ({source.language}, {source.date})"
