"""From a document's text to drafted actors and links: the steps of partnermap extract in order."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from .clean import clean_text
from .compiled import CompiledLexicon, compiled_for
from .cooccurrence import PairModel, cooccurrence_links
from .detect import detect_actors
from .language import LanguageGuess, guess_language, language_name
from .lexicon import Concept, Lexicon
from .links import CandidateLink, Finding, find_links
from .mentions import Mention, SentenceActors
from .named import with_named
from .segment import Document, Sentence, split_document

AUTO = "auto"


@dataclass
class DraftActor:
    """One concept the document names, with every mention found."""

    concept: Concept
    mentions: list[Mention]

    @property
    def aliases(self) -> list[str]:
        """The surface forms found, first spelling of each (case aside), in order of appearance."""
        seen: dict[str, str] = {}
        names = {name.casefold() for name in self.concept.name.values()}
        for mention in self.mentions:
            if mention.alias and mention.alias.casefold() not in names:
                seen.setdefault(mention.alias.casefold(), mention.alias)
        return list(seen.values())

    @property
    def sentences(self) -> list[Sentence]:
        """The sentences naming the actor, each once, in document order."""
        return sorted({m.sentence for m in self.mentions}, key=lambda s: s.start)

    @property
    def confidence(self) -> float:
        """The surest mention's confidence, a little more when several sentences name the actor."""
        best = max(m.confidence for m in self.mentions)
        bonus = 0.05 if len(self.sentences) > 1 else 0.0
        return round(min(0.95, best + bonus), 2)


@dataclass
class Extraction:
    """Everything extract found in one document."""

    document: Document
    language: LanguageGuess
    actors: list[DraftActor]
    links: list[CandidateLink]
    findings: list[Finding]


def choose_language(text: str, lexicon: Lexicon, language: str = AUTO) -> LanguageGuess:
    """The language asked for, or the one detected when `language` is 'auto'."""
    if language != AUTO:
        if language not in lexicon.languages:
            known = ", ".join(sorted(lexicon.languages))
            raise UsageError(f"unknown language '{language}'; the lexicon knows: {known} (or auto)")
        return LanguageGuess(language, {}, False)
    guess = guess_language(text, lexicon)
    if not guess.language:
        known = " or ".join(f"--lang {code}" for code in sorted(lexicon.languages))
        raise UsageError(f"cannot tell the document's language (no common word of any); use {known}")
    if guess.language not in lexicon.languages:
        covered = ", ".join(sorted(lexicon.languages))
        every = {**guess.counts, **(guess.other_counts or {})}
        counts = ", ".join(f"{n} {code}" for code, n in sorted(every.items(), key=lambda i: (-i[1], i[0])) if n)
        raise UsageError(
            f"the document looks written in {language_name(guess.language)} ({guess.language}; common words: "
            f"{counts}), a language the lexicons do not cover ({covered}); extract would miss its actors "
            f"and links. Use --lang {' or --lang '.join(sorted(lexicon.languages))} to read it anyway")
    return guess


@dataclass
class Reading:
    """A document cleaned, split and read for actors: what finding links starts from."""

    document: Document
    language: LanguageGuess
    lexicon: CompiledLexicon
    """The lexicon of the document's language, with the organisations the document names (named.py)."""
    sentences: list[SentenceActors]


def read_sentences(text: str, *, lexicon: Lexicon, language: str = AUTO) -> Reading:
    """Clean and split `text` and find the actors of each sentence; `document.text` is the cleaned
    text (see clean.py), of which quotes are slices."""
    text = clean_text(text)
    guess = choose_language(text, lexicon, language)
    compiled = with_named(compiled_for(lexicon, guess.language), text)
    document = split_document(text, abbreviations=compiled.rules.abbreviations)
    return Reading(document, guess, compiled, detect_actors(document, compiled))


def _without_unnamed(mentions: dict[str, list[Mention]], links: list[CandidateLink]) -> list[CandidateLink]:
    """The links without the two partners of a pair phrase naming neither ("international cooperation":
    countries of origin and hosts), which no sentence of the document names; `mentions` loses them too.
    The implied partner of one the document names stays ("countries of origin should sign bilateral
    agreements": with host countries). Measured on the dev documents: none of such actors was in their
    annotated maps.
    """
    paired = {concept for concept, found in mentions.items() if all(m.how == "pair" for m in found)}
    kept = [link for link in links if not {link.from_actor, link.to_actor} <= paired]
    for concept in paired - {end for link in kept for end in (link.from_actor, link.to_actor)}:
        del mentions[concept]
    return kept


def _without_own_country(mentions: dict[str, list[Mention]], links: list[CandidateLink]) -> list[CandidateLink]:
    """The links without those joining a country's own body to that country ("New Zealand’s Ministry of
    Business… (MBIE) administers the scheme": the ministry is part of New Zealand's government, no partner of
    it). Annotators draw no such link (3 of 29 government-ministry links on dev, 14 of the draft's wrong ones)."""
    owners = {concept: {m.country for m in found if m.country} for concept, found in mentions.items()}
    return [link for link in links if link.to_actor not in owners.get(link.from_actor, ())
            and link.from_actor not in owners.get(link.to_actor, ())]


def extract(text: str, *, lexicon: Lexicon, language: str = AUTO, pair_model: PairModel | None = None) -> Extraction:
    """Clean and split `text`, find its actors and candidate links, by the rules of `lexicon`; with a
    `pair_model`, also the links of actors sharing sentences that it scores high enough (cooccurrence.py)."""
    reading = read_sentences(text, lexicon=lexicon, language=language)
    document, guess, compiled, sentences = reading.document, reading.language, reading.lexicon, reading.sentences
    mentions: dict[str, list[Mention]] = {}
    for sentence in sentences:
        for mention in [*sentence.mentions, *(m for pair in sentence.pairs for m in pair)]:
            mentions.setdefault(mention.concept, []).append(mention)
    links, findings = find_links(sentences, compiled)
    links = _without_unnamed(mentions, links)
    if pair_model is not None:
        links += cooccurrence_links(sentences, links, compiled, pair_model)
    links = _without_own_country(mentions, links)
    linked = {end for link in links for end in (link.from_actor, link.to_actor)}
    # An actor named only as a place ("meetings in Djibouti", "in countries of origin") or in a
    # person's title ("the IOM Head of Mission") is no actor, unless a link joins it.
    actors = [DraftActor(compiled.concepts[concept], found) for concept, found in mentions.items()
              if concept in linked or not all(m.located or m.titled for m in found)]
    actors.sort(key=lambda a: (min(m.start for m in a.mentions), a.concept.id))
    links.sort(key=lambda link: (link.evidence[0].start, link.from_actor, link.to_actor, link.type))
    return Extraction(document, guess, actors, links, findings)
