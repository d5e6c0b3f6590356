"""The objects a map is made of, once read and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .vocab import Vocabulary

Text = dict[str, str]
"""A text in each of the map's languages: language code -> string."""


@dataclass(frozen=True)
class Evidence:
    """A verbatim quote of a source, with the number of the paragraph that holds it."""

    source: str
    para: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "para": self.para, "quote": self.quote}


@dataclass(frozen=True)
class Source:
    """A document the map cites; `text` is its content."""

    id: str
    path: str
    title: Text
    date: str
    language: str
    url: str | None = None
    text: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class Actor:
    """A node of the map: someone the source names."""

    id: str
    name: Text
    kind: str
    evidence: tuple[Evidence, ...]
    level: str | None = None
    aliases: tuple[str, ...] = ()
    description: Text = field(default_factory=dict)
    confidence: float | None = None
    needs_review: bool = False
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Link:
    """An edge of the map: a partnership a source document recommends between two actors.

    `from_actor` and `to_actor` are the ids of its ends (`from` and `to` in links.yaml); the
    word "source" is kept for documents.
    """

    id: str
    from_actor: str
    to_actor: str
    type: str
    strength: str
    evidence: tuple[Evidence, ...]
    directed: bool = False
    summary: Text = field(default_factory=dict)
    description: Text = field(default_factory=dict)
    confidence: float | None = None
    needs_review: bool = False
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class TourStep:
    """One step of a workshop tour: a title and the links it shows."""

    title: Text
    links: tuple[str, ...]


@dataclass
class PartnerMap:
    """A whole map: its description, sources, actors, links and vocabularies."""

    title: Text
    languages: tuple[str, ...]
    sources: dict[str, Source]
    actors: dict[str, Actor]
    links: dict[str, Link]
    vocabulary: Vocabulary
    description: Text = field(default_factory=dict)
    tour: tuple[TourStep, ...] = ()
    data_dir: Path | None = None

    @property
    def language(self) -> str:
        """The default language: the first one map.yaml declares."""
        return self.languages[0]

    def text(self, value: Text, language: str | None = None) -> str:
        """`value` in `language` (default: the map's), falling back to the map's languages in order."""
        for candidate in (language or self.language, *self.languages):
            if value.get(candidate):
                return value[candidate]
        return next(iter(value.values()), "")
