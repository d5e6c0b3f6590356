"""How much of each source document a map cites: its paragraphs, those some quote comes from,
and those nothing cites (what a curator may have left out).

Paragraphs are numbered as `partnermap paragraphs` and the validator number them; a paragraph
is cited when the evidence of an actor or a link names it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...textread.paragraphs import split_paragraphs
from ..model.records import Evidence, PartnerMap

OPENING_WORDS = 8  # how many words of an uncited paragraph a report shows


@dataclass(frozen=True)
class SourceCoverage:
    """One source's paragraphs: how many, which are cited, and how the uncited ones begin."""

    id: str
    paragraphs: int
    cited: tuple[int, ...]
    uncited: tuple[int, ...]
    openings: tuple[str, ...]  # the first words of each uncited paragraph, in the order of `uncited`

    @property
    def cited_paragraphs(self) -> int:
        return len(self.cited)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "paragraphs": self.paragraphs, "cited_paragraphs": self.cited_paragraphs,
                "uncited": list(self.uncited)}


def source_coverage(partner_map: PartnerMap) -> list[SourceCoverage]:
    """Every source of the map, in map.yaml order, with the paragraphs its actors and links cite."""
    cited: dict[str, set[int]] = {source_id: set() for source_id in partner_map.sources}
    for item in every_evidence(partner_map):
        cited.setdefault(item.source, set()).add(item.para)
    return [_coverage(source.id, source.text, cited[source.id]) for source in partner_map.sources.values()]


def every_evidence(partner_map: PartnerMap) -> Iterator[Evidence]:
    """The evidence of every actor, then of every link, in file order."""
    for actor in partner_map.actors.values():
        yield from actor.evidence
    for link in partner_map.links.values():
        yield from link.evidence


def _coverage(source_id: str, text: str, cited: set[int]) -> SourceCoverage:
    paragraphs = split_paragraphs(text)
    numbers = {paragraph.number for paragraph in paragraphs}
    uncited = [paragraph for paragraph in paragraphs if paragraph.number not in cited]
    # A paragraph number beyond the text (a map read without checking quotes) covers nothing.
    return SourceCoverage(
        id=source_id, paragraphs=len(paragraphs), cited=tuple(sorted(cited & numbers)),
        uncited=tuple(paragraph.number for paragraph in uncited),
        openings=tuple(first_words(paragraph.text) for paragraph in uncited),
    )


def first_words(text: str, count: int = OPENING_WORDS) -> str:
    """The first `count` words of `text` on one line, with "…" when there are more."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")
