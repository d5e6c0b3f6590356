"""What `partnermap extract DOC --into DATA_DIR` tells its user: matched, new, gained evidence.

The data, and `to_dict()` for --report json; merge_text.py writes it as text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


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
