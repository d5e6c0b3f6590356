"""The lexicon of partnermap extract: actor concepts and cue phrases, read from YAML files.

The shipped lexicon lives in partnermap/extract/lexicons/*.yaml; a map may add its own file
(DRAFT_DIR/lexicon.yaml, or --lexicon FILE). Every file has the same sections, all optional,
and later files extend earlier ones (see docs/extract.md):

    languages   per-language rules: stopwords, equivalents, elisions, plurals, abbreviations
    contexts    named word lists that `in_context` actor phrases need in their sentence
    ignore      phrases that name no actor ("chef d'État") and hide the words they cover
    speakers    phrases for the speakers of a summary, standing for an actor in some sentences
    pairs       phrases naming two actors at once, as partners of each other only
                ("coopération internationale": countries of origin and host countries)
    collectives phrases naming several actors together ("partenaires sociaux")
    references  phrases referring back to actors of given kinds ("ces processus")
    actors      concepts: id, name, kind, level, and phrases per language (plain, weak,
                in_context, implied)
    cooperation phrases saying that actors work together
    partner_markers  words that, right after a cooperation phrase, introduce the partners
                ("coopérer avec", "supported by"): actors are then linked across them only
    support     phrases saying that one actor helps another (weaker than cooperation)
    served      the kinds of actors partnerships serve, and their default link type
    types       phrases suggesting a link type
    strengths   modal phrases giving a link's strength
    type_defaults  a link type for a pair of actor kinds when no type phrase is found
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import PartnermapError
from ..problems import Problem
from ..textread.yamlread import read_yaml_bytes, read_yaml_file
from .lexicon_check import LexiconChecker


def country_concepts() -> dict[str, Concept]:
    """The country concepts (imported here: countries.py builds Concepts of this module)."""
    from .countries import country_concepts as build

    return build()


def country_adjectives(language: str) -> dict[str, tuple[str, ...]]:
    """Per country concept id, its adjectives in `language` (from lexicons/countries.yaml)."""
    from .countries import adjectives_by_concept

    return adjectives_by_concept(language)

SHIPPED_FILES = ("languages.yaml", "actors.yaml", "organisations.yaml", "cues.yaml")
"""Read in this order; then come the country concepts (countries.py), then a map's own files."""
PHRASE_KINDS = ("phrases", "weak", "in_context", "implied")
"""The ways a concept's phrases name it, surest first (see Concept)."""

PerLanguage = dict[str, tuple[str, ...]]


class LexiconError(PartnermapError):
    """Lexicon files hold problems; `problems` lists every one of them, all in the message."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        lines = [p.format() for p in problems]
        super().__init__("\n".join([*lines, f"{count} in the lexicon; fix them and run again"]))


@dataclass(frozen=True)
class LanguageRules:
    """How one language is read: see lexicons/languages.yaml."""

    stopwords: tuple[str, ...] = ()
    equivalents: dict[str, str] = field(default_factory=dict)
    elisions: tuple[str, ...] = ()
    plurals: tuple[tuple[str, str], ...] = ()
    abbreviations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concept:
    """One actor concept: every phrase naming it becomes a mention of the same actor.

    `phrases` name it; `weak` phrases may name it; `in_context` phrases name it only in a
    sentence holding a word of the context list `context`; `implied` phrases imply it without
    naming it (they give evidence but no alias).
    """

    id: str
    name: dict[str, str]
    kind: str
    level: str | None = None
    phrases: PerLanguage = field(default_factory=dict)
    weak: PerLanguage = field(default_factory=dict)
    in_context: PerLanguage = field(default_factory=dict)
    implied: PerLanguage = field(default_factory=dict)
    context: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction matches; `files` are the files it was read from, in order."""

    languages: dict[str, LanguageRules] = field(default_factory=dict)
    contexts: dict[str, PerLanguage] = field(default_factory=dict)
    ignore: PerLanguage = field(default_factory=dict)
    speakers: tuple[tuple[str, str, PerLanguage], ...] = ()
    pairs: tuple[tuple[tuple[str, str], PerLanguage], ...] = ()
    collectives: tuple[tuple[tuple[str, ...], PerLanguage], ...] = ()
    references: tuple[tuple[frozenset[str], PerLanguage], ...] = ()
    concepts: dict[str, Concept] = field(default_factory=dict)
    cooperation: PerLanguage = field(default_factory=dict)
    support: PerLanguage = field(default_factory=dict)
    partner_markers: PerLanguage = field(default_factory=dict)
    served_kinds: frozenset[str] | None = None
    served_type: str | None = None
    types: dict[str, PerLanguage] = field(default_factory=dict)
    strengths: dict[str, PerLanguage] = field(default_factory=dict)
    type_defaults: tuple[tuple[frozenset[str], str], ...] = ()
    files: tuple[str, ...] = ()

    def extended(self, other: Lexicon) -> Lexicon:
        """This lexicon with `other`'s entries added; `other` wins where both set one value."""
        return Lexicon(
            languages=_merge_languages(self.languages, other.languages),
            contexts=_merge_nested(self.contexts, other.contexts),
            ignore=_merge_lists(self.ignore, other.ignore),
            speakers=self.speakers + other.speakers,
            pairs=self.pairs + other.pairs,
            collectives=self.collectives + other.collectives,
            references=self.references + other.references,
            concepts=_merge_concepts(self.concepts, other.concepts),
            cooperation=_merge_lists(self.cooperation, other.cooperation),
            support=_merge_lists(self.support, other.support),
            partner_markers=_merge_lists(self.partner_markers, other.partner_markers),
            served_kinds=other.served_kinds if other.served_kinds is not None else self.served_kinds,
            served_type=other.served_type or self.served_type,
            types=_merge_nested(self.types, other.types),
            strengths=_merge_nested(self.strengths, other.strengths),
            type_defaults=other.type_defaults + self.type_defaults,
            files=self.files + other.files,
        )


def load_lexicon(extra_files: list[Path] | tuple[Path, ...] = ()) -> Lexicon:
    """The shipped lexicon extended by `extra_files` in order; raise LexiconError on any problem.

    Problems of every file are collected before raising, each as `file:line: message`. Without
    extra files the same (cached) Lexicon object is returned, so its compiled form is reused.
    """
    lexicon = _shipped_lexicon()
    if not extra_files:
        return lexicon
    problems: list[Problem] = []
    for path in extra_files:
        display = str(path)
        if not Path(path).is_file():
            problems.append(Problem(display, None, "lexicon file not found", code="file-not-found"))
            continue
        value, found = read_yaml_file(Path(path), display)
        lexicon = _add_file(lexicon, value, found, display, problems)
    if problems:
        raise LexiconError(problems)
    return lexicon


@lru_cache(maxsize=1)
def _shipped_lexicon() -> Lexicon:
    """The shipped files, then the country concepts (countries.py)."""
    problems: list[Problem] = []
    lexicon = Lexicon()
    folder = resources.files("partnermap") / "extract" / "lexicons"
    for name in SHIPPED_FILES:
        value, found = read_yaml_bytes((folder / name).read_bytes(), f"partnermap/extract/lexicons/{name}")
        lexicon = _add_file(lexicon, value, found, f"partnermap/extract/lexicons/{name}", problems)
    if problems:
        raise LexiconError(problems)
    return lexicon.extended(Lexicon(concepts=dict(country_concepts())))


def _add_file(lexicon: Lexicon, value: object, found: list[Problem], display: str,
              problems: list[Problem]) -> Lexicon:
    problems.extend(found)
    if value is None:
        return lexicon
    checker = LexiconChecker(display, known_languages=set(lexicon.languages),
                             known_concepts=set(lexicon.concepts), known_contexts=set(lexicon.contexts))
    part = checker.read(value)
    problems.extend(checker.problems)
    return lexicon.extended(replace(part, files=(display,)))


def _merge_lists(old: PerLanguage, new: PerLanguage) -> PerLanguage:
    merged = dict(old)
    for language, phrases in new.items():
        merged[language] = tuple(dict.fromkeys((*merged.get(language, ()), *phrases)))
    return merged


def _merge_nested(old: dict[str, PerLanguage], new: dict[str, PerLanguage]) -> dict[str, PerLanguage]:
    merged = dict(old)
    for key, per_language in new.items():
        merged[key] = _merge_lists(merged.get(key, {}), per_language)
    return merged


def _merge_languages(old: dict[str, LanguageRules], new: dict[str, LanguageRules]) -> dict[str, LanguageRules]:
    merged = dict(old)
    for code, rules in new.items():
        before = merged.get(code, LanguageRules())
        merged[code] = LanguageRules(
            stopwords=tuple(dict.fromkeys((*before.stopwords, *rules.stopwords))),
            equivalents={**before.equivalents, **rules.equivalents},
            elisions=tuple(dict.fromkeys((*before.elisions, *rules.elisions))),
            # A file's own plural rules come first: the first rule that applies wins.
            plurals=tuple(dict.fromkeys((*rules.plurals, *before.plurals))),
            abbreviations=tuple(dict.fromkeys((*before.abbreviations, *rules.abbreviations))),
        )
    return merged


def _merge_concepts(old: dict[str, Concept], new: dict[str, Concept]) -> dict[str, Concept]:
    merged = dict(old)
    for concept_id, concept in new.items():
        before = merged.get(concept_id)
        if before is None:
            merged[concept_id] = concept
            continue
        merged[concept_id] = Concept(
            id=concept_id,
            name=concept.name or before.name,
            kind=concept.kind or before.kind,
            level=concept.level or before.level,
            phrases=_merge_lists(before.phrases, concept.phrases),
            weak=_merge_lists(before.weak, concept.weak),
            in_context=_merge_lists(before.in_context, concept.in_context),
            implied=_merge_lists(before.implied, concept.implied),
            context=concept.context or before.context,
        )
    return merged
