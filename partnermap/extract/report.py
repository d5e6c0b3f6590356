"""The report partnermap extract prints: what it found, and what looked relevant but gave nothing."""

from __future__ import annotations

from dataclasses import asdict, dataclass

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


@dataclass(frozen=True)
class Unlinked:
    """A sentence with a cooperation cue or several actors that gave no link, and why."""

    place: str
    reason: str
    actors: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True)
class Report:
    """Everything the extract command tells its user; `to_text()` is what it prints."""

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

    def to_dict(self) -> dict:
        return asdict(self)

    def to_text(self) -> str:
        lines = [
            f"Draft written to {self.out_dir} from {self.document}",
            f"  language: {self.language}",
            f"  {self.paragraphs} paragraphs, {self.sentences} sentences; source date {self.date} "
            f"({self.date_note})",
            f"  lexicon: {', '.join(self.lexicon_files)}",
            *(["  source: the cleaned text (words joined across line breaks, page headers, footnote marks "
               "or paragraph numbers dealt with) is stored as sources/ in the draft, so quotes match it"]
              if self.cleaned else []),
            "",
            f"Actors ({len(self.actors)}):",
        ]
        id_width = max((len(a.id) for a in self.actors), default=0)
        kind_width = max((len(a.kind) for a in self.actors), default=0)
        for actor in self.actors:
            paras = ", ".join(str(p) for p in actor.paras)
            lines.append(f"  {actor.id:<{id_width}}  {actor.kind:<{kind_width}}  {actor.confidence:.2f}  "
                         f"{actor.sentences} sentence{'s' if actor.sentences != 1 else ''} (¶ {paras})")
        lines += ["", f"Links ({len(self.links)}):"]
        pairs = [f"{link.from_actor} {'->' if link.directed else '--'} {link.to_actor}" for link in self.links]
        pair_width = max((len(p) for p in pairs), default=0)
        type_width = max((len(link.type) for link in self.links), default=0)
        for pair, link in zip(pairs, self.links, strict=True):
            places = ", ".join(link.places)
            lines.append(f"  {pair:<{pair_width}}  {link.type:<{type_width}}  {link.strength:<11}  "
                         f"{link.confidence:.2f}  ¶ {places}")
        lines += ["", f"Sentences that looked relevant but gave no link ({len(self.unlinked)}):"]
        for item in self.unlinked:
            actors = f" [{', '.join(item.actors)}]" if item.actors else ""
            lines.append(f"  ¶ {item.place}  {item.reason}{actors}")
            lines.append(f"      \"{item.excerpt}\"")
        lines += ["", "Every actor and link carries needs_review: true; check them against the evidence, "
                  "then run: partnermap validate " + self.out_dir]
        return "\n".join(lines) + "\n"


def build_report(extraction: Extraction, *, document: str, out_dir: str, date: str, date_note: str,
                 lexicon_files: tuple[str, ...], cleaned: bool = False) -> Report:
    """The report of one extraction."""
    actors = tuple(
        ActorLine(a.concept.id, a.concept.kind, len(a.sentences),
                  tuple(sorted({s.para for s in a.sentences})), a.confidence)
        for a in extraction.actors)
    links = tuple(
        LinkLine(link.from_actor, link.to_actor, link.directed, link.type, link.strength, link.confidence,
                 tuple(s.label.removeprefix("¶ ") for s in link.evidence))
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
