"""What `partnermap extract DOC --into DATA_DIR` tells its user: matched, new, gained evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

_HOW = {"id": "same id", "name": "same name", "alias": "name or alias"}


@dataclass(frozen=True)
class MatchLine:
    """A drafted actor found in the map: `drafted` (lexicon concept) is `actor`, by `how` on `words`."""

    drafted: str
    actor: str
    how: str
    words: str


@dataclass(frozen=True)
class LinkGain:
    """A record of the map (`file` actors or links) given `quotes` new evidence items, marked for review."""

    file: str
    id: str
    quotes: int


@dataclass(frozen=True)
class MergeReport:
    """The outcome of one merge; `changed` is False when the map already held everything."""

    document: str
    data_dir: str
    source: str
    date: str
    date_note: str
    source_added: bool
    matched: tuple[MatchLine, ...]
    new_actors: tuple[str, ...]
    new_links: tuple[str, ...]
    gained: tuple[LinkGain, ...]
    same_ends: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.source_added or self.new_actors or self.new_links or self.gained)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "changed": self.changed}

    def to_text(self) -> str:
        added = "added as source" if self.source_added else "already a source: nothing new from it"
        lines = [f"Merged {self.document} into {self.data_dir}",
                 f"  source {self.source}, {self.date} ({self.date_note}); {added}", "",
                 f"Actors matched in the map ({len(self.matched)}):"]
        width = max((len(m.drafted) for m in self.matched), default=0)
        for match in self.matched:
            lines.append(f"  {match.drafted:<{width}}  = {match.actor}  ({_HOW[match.how]}: {match.words})")
        lines += ["", f"New actors, needs_review: true ({len(self.new_actors)}):",
                  *(f"  {actor}" for actor in self.new_actors),
                  "", f"New links, needs_review: true ({len(self.new_links)}):",
                  *(f"  {link}" for link in self.new_links),
                  "", f"Existing records given the document's quotes, marked for review ({len(self.gained)}):",
                  *(f"  {gain.file[:-1]} {gain.id}: +{gain.quotes} quote{'s' if gain.quotes != 1 else ''}"
                    for gain in self.gained)]
        if self.same_ends:
            lines += ["", f"Links left out, both ends being one actor of the map ({len(self.same_ends)}):",
                      *(f"  {pair}" for pair in self.same_ends)]
        if self.changed:
            lines += ["", f"Next: partnermap review {self.data_dir}"]
        else:
            lines += ["", "Nothing changed: the map already holds everything this document gives."]
        return "\n".join(lines) + "\n"
