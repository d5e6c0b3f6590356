"""A lexicon made ready for one language: its phrases parsed and indexed for matching."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from .lexicon import PHRASE_KINDS, Concept, Lexicon, PerLanguage, country_adjectives, country_concepts
from .phrases import Phrase, PhraseMatcher, parse_phrase
from .tokens import Normaliser


@dataclass(frozen=True)
class Reference:
    """What a reference phrase stands for: the actors of `kinds` named just before."""

    kinds: frozenset[str]


@dataclass(frozen=True)
class Collective:
    """What a collective phrase stands for: several actors named together."""

    actors: tuple[str, ...]


@dataclass(frozen=True)
class Named:
    """What a name phrase stands for: a concept, and how the phrase names it."""

    concept: str
    how: str  # one of PHRASE_KINDS, "speaker", or "ignore" for phrases hiding the words they cover
    context: str | None = None
    own: bool = False
    """Written by the document itself ("the Danish Refugee Council (DRC)"): wins over the lexicon's other
    meanings of the same words."""


class CompiledLexicon:
    """The matchers extraction needs for one language of a Lexicon."""

    def __init__(self, lexicon: Lexicon, language: str):
        if language not in lexicon.languages:
            known = ", ".join(sorted(lexicon.languages))
            raise UsageError(f"no lexicon for language '{language}'; the lexicon knows: {known}")
        self.lexicon = lexicon
        self.language = language
        rules = lexicon.languages[language]
        self.rules = rules
        self.normaliser = Normaliser(elisions=rules.elisions, plurals=rules.plurals,
                                     equivalents=rules.equivalents)
        self.names = self._matcher(self._name_entries())
        self.contexts = {name: self._matcher(self._entries(phrases, name))
                         for name, phrases in lexicon.contexts.items()}
        self.pairs = self._matcher(e for pair, phrases in lexicon.pairs for e in self._entries(phrases, pair))
        self.references = self._matcher(
            e for kinds, phrases in lexicon.references for e in self._entries(phrases, Reference(kinds)))
        self.collectives = self._matcher(
            e for actors, phrases in lexicon.collectives for e in self._entries(phrases, Collective(actors)))
        self.partner_markers = self._matcher(self._entries(lexicon.partner_markers, "marker"))
        self.cooperation = self._matcher(self._entries(lexicon.cooperation, "cooperation"))
        self.support = self._matcher(self._entries(lexicon.support, "support"))
        self.types = self._matcher(
            e for link_type, phrases in lexicon.types.items() for e in self._entries(phrases, link_type))
        self.countries = frozenset(country_concepts())
        """Concept ids of the country actors: only they become places after "au", "aux", "de"."""
        self.concepts: dict[str, Concept] = dict(lexicon.concepts)
        """The lexicon's concepts, and the country ministries found so far ("the Egyptian Ministry of…")."""
        self.kinds = {concept.id: concept.kind for concept in self.concepts.values()}
        self.country_adjectives = {self.normaliser.word(adjective): country
                                   for country, adjectives in country_adjectives(language).items()
                                   for adjective in adjectives}
        self._plain: dict[str, list[Phrase]] = {}
        self.strengths = self._matcher(
            e for strength, phrases in lexicon.strengths.items() for e in self._entries(phrases, strength))

    def plain_phrases(self, concept: str) -> list[Phrase]:
        """The phrases of `concept` in this language that are names as written (no brackets, gaps or '*')."""
        found = self._plain.get(concept)
        if found is None:
            known = self.concepts.get(concept)
            written = known.phrases.get(self.language, ()) if known else ()
            found = [parse_phrase(w, self.normaliser) for w in written if _is_plain(w)]
            self._plain[concept] = found
        return found

    def country_sector(self, country: str, sector: str) -> str:
        """The id of `country`'s own `sector` ("Egypt: Foreign affairs"), made a concept on first use."""
        land, part = self.concepts[country], self.concepts[sector]
        return self._derived(Concept(
            id=f"{country}_{sector}", kind=part.kind, level=part.level,
            name={code: f"{part.name[code]} ({land.name.get(code, land.name['en'])})" for code in part.name}))

    def nationals(self, country: str) -> str:
        """The id of `country`'s people as a group ("Syrians", "des Nigériens", "Ethiopian workers"), made a
        concept on first use: the people a text serves, not the country's government."""
        land = self.concepts[country].name
        return self._derived(Concept(
            id=f"{country}_nationals", kind="beneficiary", level="national",
            name={"en": f"Nationals of {land.get('en', land.get('fr', country))}",
                  "fr": f"Ressortissants ({land.get('fr', land.get('en', country))})"}))

    def member_states(self, body: str) -> str:
        """The id of the member states of `body` ("ECOWAS member states"), made a concept on first use."""
        return self._members(body, "states", "government", "national", "États membres")

    def member_agencies(self, body: str) -> str:
        """The id of the member agencies of `body` ("the GMG's member agencies"), made a concept on first use."""
        return self._members(body, "agencies", "international_organization", "global", "Organismes membres")

    def _members(self, body: str, members: str, kind: str, level: str, french: str) -> str:
        name = self.concepts[body].name
        return self._derived(Concept(
            id=f"{body}_member_{members}", kind=kind, level=level,
            name={"en": f"{name.get('en', name.get('fr', body))} member {members}",
                  "fr": f"{french} ({name.get('fr', name.get('en', body))})"}))

    def _derived(self, concept: Concept) -> str:
        """The id of a concept built from others, made known the first time it is asked for."""
        if concept.id not in self.concepts:
            self.concepts[concept.id] = concept
            self.kinds[concept.id] = concept.kind
        return concept.id

    def _entries(self, phrases: PerLanguage, payload: Any) -> list[tuple[str, Any]]:
        return [(written, payload) for written in phrases.get(self.language, ())]

    def _name_entries(self) -> Iterable[tuple[str, Named]]:
        yield from self._entries(self.lexicon.ignore, Named("", "ignore"))
        for concept in self.lexicon.concepts.values():
            for how in PHRASE_KINDS:
                context = concept.context if how == "in_context" else None
                yield from self._entries(getattr(concept, how), Named(concept.id, how, context))
            if concept.kind == "government_sector":
                ministers = [_minister(written) for written in concept.phrases.get(self.language, ())]
                yield from ((written, Named(concept.id, "phrases")) for written in ministers if written)
        for actor, context, phrases in self.lexicon.speakers:
            yield from self._entries(phrases, Named(actor, "speaker", context))

    def _matcher(self, entries: Iterable[tuple[str, Any]]) -> PhraseMatcher:
        return PhraseMatcher((parse_phrase(written, self.normaliser), payload) for written, payload in entries)


def _is_plain(phrase: str) -> bool:
    """Whether a lexicon phrase is a name as written: no brackets, gaps or '*'."""
    return not any(mark in phrase for mark in ("[", "*", "...", "…"))


# A minister speaks for the ministry: "le ministre du Travail", "the Minister of Labour", "the labour minister".
_MINISTRY = re.compile(r"^(?:ministry|ministère|ministere)(?= )|(?<= )ministry$", re.I)


def _minister(phrase: str) -> str | None:
    """The phrase of a ministry's minister ("ministère du travail" -> "ministre du travail"), or None."""
    found = _MINISTRY.search(phrase)
    if found is None or not _is_plain(phrase):
        return None
    minister = "minister" if found.group().lower() == "ministry" else "ministre"
    return phrase[:found.start()] + minister + phrase[found.end():]


_COMPILED: dict[tuple[int, str], tuple[Lexicon, CompiledLexicon]] = {}
_KEPT = 4


def compiled_for(lexicon: Lexicon, language: str) -> CompiledLexicon:
    """`lexicon` compiled for `language`, reused while the same Lexicon object is asked for again.

    Compiling the shipped lexicon (thousands of country and organisation phrases) costs far more
    than reading a short document; load_lexicon() returns one cached object, so it is done once.
    """
    key = (id(lexicon), language)
    kept = _COMPILED.get(key)
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    compiled = CompiledLexicon(lexicon, language)
    if len(_COMPILED) >= _KEPT:
        _COMPILED.pop(next(iter(_COMPILED)))
    _COMPILED[key] = (lexicon, compiled)  # the lexicon is kept alive, so its id is not reused
    return compiled
