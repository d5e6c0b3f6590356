"""The report partnermap extract prints: what it found, and what looked relevant but gave nothing."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .pipeline import Extraction

EXCERPT_LENGTH = 110


@dataclass(frozen=True)
class ActorLine:
    id: str
    kind: str
    sentences: int
    paras: tuple[int, ...]
    confidence: float


@dataclass(frozen=True)
class LinkLine:
    from_actor: str
    to_actor: str
    directed: bool
    type: str
    strength: str
    confidence: float
    places: tuple[str, ...]
    scored: bool = False
    """Drafted by the co-occurrence model (extract --cooccurrence), not by a rule."""


@dataclass(frozen=True)
class Unlinked:
    """A sentence with a cooperation cue or several actors that gave no link, and why."""

    place: str
    reason: str
    actors: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True)
class Report:
    """Everything the extract command tells its user: `to_dict()` is what `--report json` prints,
    partnermap.extract.report_text lays it out as text."""

    document: str
    out_dir: str
    language: str
    paragraphs: int
    sentences: int
    date: str
    date_note: str
    lexicon_files: tuple[str, ...]
    actors: tuple[ActorLine, ...]
    links: tuple[LinkLine, ...]
    unlinked: tuple[Unlinked, ...]
    cleaned: bool = False
    """Whether the text was cleaned (hyphenation, page headers, footnote marks, paragraph numbers)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_report(extraction: Extraction, *, document: str, out_dir: str, date: str, date_note: str,
                 lexicon_files: tuple[str, ...], cleaned: bool = False) -> Report:
    """The report of one extraction."""
    actors = tuple(
        ActorLine(a.concept.id, a.concept.kind, len(a.sentences),
                  tuple(sorted({s.para for s in a.sentences})), a.confidence)
        for a in extraction.actors)
    links = tuple(
        LinkLine(link.from_actor, link.to_actor, link.directed, link.type, link.strength, link.confidence,
                 tuple(s.label.removeprefix("¶ ") for s in link.evidence), link.scored)
        for link in extraction.links)
    unlinked = tuple(
        Unlinked(f.sentence.label.removeprefix("¶ "), f.reason, f.actors, _excerpt(f.sentence.quote))
        for f in extraction.findings if not f.links)
    return Report(document, out_dir, extraction.language.describe(), len(extraction.document.paragraphs),
                  len(extraction.document.sentences), date, date_note, lexicon_files, actors, links,
                  unlinked, cleaned)


def _excerpt(text: str) -> str:
    if len(text) <= EXCERPT_LENGTH:
        return text
    return text[:EXCERPT_LENGTH].rsplit(" ", 1)[0] + " …"
