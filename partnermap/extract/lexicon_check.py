"""Reading one lexicon file into a Lexicon, reporting every problem as `file:line: message`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..graph.checking.fields import SLUG, describe
from ..graph.model.vocab import shipped_vocabulary
from ..problems import Problem, did_you_mean
from ..textread.linedvalues import LineDict, LineList
from .phrases import PhraseSyntaxError, parse_phrase
from .tokens import Normaliser

if TYPE_CHECKING:
    from ..graph.model.vocab import Term
    from .lexicon import Concept, LanguageRules, Lexicon, PerLanguage

SECTIONS = ("languages", "contexts", "ignore", "speakers", "pairs", "collectives", "references", "actors",
            "cooperation", "support", "partner_markers", "served", "types", "strengths", "type_defaults")
LANGUAGE_FIELDS = ("stopwords", "equivalents", "elisions", "plurals", "abbreviations")
CONCEPT_FIELDS = ("id", "name", "kind", "level", "weak", "in_context", "implied", "context")
_VOCABULARY_CODES = {"kinds": "unknown-kind", "link_types": "unknown-link-type", "levels": "unknown-level",
                     "strengths": "unknown-strength"}
_SYNTAX_CHECK = Normaliser(elisions=(), plurals=(), equivalents={})


class LexiconChecker:
    """Reads the sections of one file; `problems` holds what was wrong with it."""

    def __init__(self, display: str, *, known_languages: set[str], known_concepts: set[str],
                 known_contexts: set[str]):
        self.display = display
        self.problems: list[Problem] = []
        self.languages = set(known_languages)
        self.known_concepts = set(known_concepts)
        self.contexts = set(known_contexts)
        self.vocabulary = shipped_vocabulary()

    def report(self, line: int | None, message: str, *, code: str) -> None:
        self.problems.append(Problem(self.display, line, message, code=code))

    def read(self, value: Any) -> Lexicon:
        """The lexicon this file holds (possibly partial: it extends what came before)."""
        from .lexicon import Lexicon

        if not isinstance(value, LineDict):
            self.report(getattr(value, "line", 1), f"expected a mapping of lexicon sections "
                        f"({', '.join(SECTIONS)}), found {describe(value)}", code="not-a-mapping")
            return Lexicon()
        for key in value:
            if key not in SECTIONS:
                self.report(value.line_of(key), f"unknown section '{key}'{did_you_mean(str(key), SECTIONS)}",
                            code="unknown-section")
        sections: dict[str, Any] = {}
        # Languages, contexts and actors first: the other sections refer to them.
        for name in ("languages", "contexts", "ignore", "cooperation", "support", "partner_markers", "actors",
                     "speakers", "pairs", "collectives", "references", "served", "types", "strengths",
                     "type_defaults"):
            if name in value and value[name] is not None:
                read = getattr(self, f"_{name}")(value[name], value.line_of(name))
                if name == "served":
                    sections["served_kinds"], sections["served_type"] = read
                elif name == "actors":
                    sections["concepts"] = read
                else:
                    sections[name] = read
        return Lexicon(**sections)

    # sections

    def _languages(self, value: Any, line: int) -> dict[str, LanguageRules]:
        from .lexicon import LanguageRules

        rules: dict[str, LanguageRules] = {}
        for code, entry, at in self._mapping_items(value, line, "languages"):
            self.languages.add(code)
            if not self._expect(entry, LineDict, at, f"the rules of language '{code}' (a mapping)"):
                continue
            for key in entry:
                if key not in LANGUAGE_FIELDS:
                    self.report(entry.line_of(key), f"unknown field '{key}' in language '{code}'"
                                f"{did_you_mean(str(key), LANGUAGE_FIELDS)}", code="unknown-field")
            rules[code] = LanguageRules(
                stopwords=self._words(entry.get("stopwords"), entry.line_of("stopwords"), "stopwords"),
                equivalents=self._equivalents(entry.get("equivalents"), entry.line_of("equivalents")),
                elisions=self._words(entry.get("elisions"), entry.line_of("elisions"), "elisions"),
                plurals=self._plurals(entry.get("plurals"), entry.line_of("plurals")),
                abbreviations=self._words(entry.get("abbreviations"), entry.line_of("abbreviations"),
                                          "abbreviations"),
            )
        return rules

    def _contexts(self, value: Any, line: int) -> dict[str, PerLanguage]:
        contexts: dict[str, PerLanguage] = {}
        for name, entry, at in self._mapping_items(value, line, "contexts"):
            self.contexts.add(name)
            contexts[name] = self._per_language(entry, at, f"context '{name}'")
        return contexts

    def _ignore(self, value: Any, line: int) -> PerLanguage:
        return self._per_language(value, line, "ignore")

    def _cooperation(self, value: Any, line: int) -> PerLanguage:
        return self._per_language(value, line, "cooperation")

    def _support(self, value: Any, line: int) -> PerLanguage:
        return self._per_language(value, line, "support")

    def _partner_markers(self, value: Any, line: int) -> PerLanguage:
        return self._per_language(value, line, "partner_markers")

    def _served(self, value: Any, line: int) -> tuple[frozenset[str] | None, str | None]:
        if not self._expect(value, LineDict, line, "'served' to be a mapping {kinds: [...], type: ...}"):
            return None, None
        self._unknown_keys(value, ("kinds", "type"), "'served'")
        kinds = self._kind_list(value.get("kinds"), value.line_of("kinds"), "'kinds' of 'served'")
        link_type = self._vocab(value.get("type"), value.line_of("type"), "link_types", "link type")
        return (frozenset(kinds) if kinds is not None else None), link_type

    def _pairs(self, value: Any, line: int) -> tuple[tuple[tuple[str, str], PerLanguage], ...]:
        groups = self._actor_groups(value, line, "pairs", exactly_two=True)
        return tuple(((first, second), phrases) for (first, second), phrases in groups)  # two actors each

    def _collectives(self, value: Any, line: int) -> tuple[tuple[tuple[str, ...], PerLanguage], ...]:
        return self._actor_groups(value, line, "collectives", exactly_two=False)

    def _actor_groups(self, value: Any, line: int, section: str, *,
                      exactly_two: bool) -> tuple[tuple[tuple[str, ...], PerLanguage], ...]:
        groups: list[tuple[tuple[str, ...], PerLanguage]] = []
        for entry, at in self._list_items(value, line, section, "a list of {actors: [a, b], fr: [...]}"):
            if not self._expect(entry, LineDict, at, "a mapping with 'actors' and phrases per language"):
                continue
            self._unknown_keys(entry, ("actors",), f"'{section}'")
            actors = entry.get("actors")
            where = entry.line_of("actors")
            count_ok = isinstance(actors, LineList) and (len(actors) == 2 if exactly_two else len(actors) >= 2)
            if not count_ok or len(set(map(str, actors))) != len(actors):
                needed = "two" if exactly_two else "two or more"
                self.report(where, f"'actors' in '{section}' must list {needed} different actor concepts, "
                            f"found {describe(actors)}", code="bad-entry")
                continue
            unknown = [a for a in actors if a not in self.known_concepts]
            for concept_id in unknown:
                self.report(where, f"unknown actor concept '{concept_id}' in '{section}'"
                            f"{did_you_mean(str(concept_id), self.known_concepts)}", code="unknown-concept")
            phrases = self._languages_in(entry, f"'{section}'")
            if not unknown:
                groups.append((tuple(actors), phrases))
        return tuple(groups)

    def _speakers(self, value: Any, line: int) -> tuple[tuple[str, str, PerLanguage], ...]:
        speakers: list[tuple[str, str, PerLanguage]] = []
        for entry, at in self._list_items(value, line, "speakers",
                                          "a list of {actor: ..., context: ..., fr: [...]}"):
            if not self._expect(entry, LineDict, at, "a mapping with 'actor', 'context' and phrases"):
                continue
            self._unknown_keys(entry, ("actor", "context"), "'speakers'")
            actor = entry.get("actor")
            if actor not in self.known_concepts:
                self.report(entry.line_of("actor"), f"unknown actor concept {describe(actor)} in 'speakers'"
                            f"{did_you_mean(str(actor), self.known_concepts)}", code="unknown-concept")
            context = self._context_name(entry.get("context"), entry.line_of("context"))
            if entry.get("context") is None:
                self.report(at, "each entry of 'speakers' needs a 'context'", code="missing-field")
            phrases = self._languages_in(entry, "'speakers'")
            if actor in self.known_concepts and context:
                speakers.append((actor, context, phrases))
        return tuple(speakers)

    def _references(self, value: Any, line: int) -> tuple[tuple[frozenset[str], PerLanguage], ...]:
        references: list[tuple[frozenset[str], PerLanguage]] = []
        for entry, at in self._list_items(value, line, "references", "a list of {kinds: [...], fr: [...]}"):
            if not self._expect(entry, LineDict, at, "a mapping with 'kinds' and phrases per language"):
                continue
            self._unknown_keys(entry, ("kinds",), "a reference")
            kinds = self._kind_list(entry.get("kinds"), entry.line_of("kinds"), "'kinds' of a reference")
            phrases = self._languages_in(entry, "a reference")
            if kinds:
                references.append((frozenset(kinds), phrases))
        return tuple(references)

    def _kind_list(self, value: Any, line: int, what: str) -> list[str] | None:
        if not isinstance(value, LineList) or not value:
            self.report(line, f"{what} must list actor kinds, found {describe(value)}", code="bad-entry")
            return None
        checked = [self._vocab(kind, line, "kinds", "actor kind") for kind in value]  # reports every bad kind
        kinds = [kind for kind in checked if kind is not None]
        return kinds if len(kinds) == len(checked) else None

    def _actors(self, value: Any, line: int) -> dict[str, Concept]:
        from .lexicon import Concept

        concepts: dict[str, Concept] = {}
        for entry, at in self._list_items(value, line, "actors", "a list of actor concepts ('- id: ...')"):
            if not self._expect(entry, LineDict, at, "an actor concept (a mapping with id, name, kind…)"):
                continue
            self._unknown_keys(entry, CONCEPT_FIELDS, "an actor concept")
            concept_id = entry.get("id")
            if not isinstance(concept_id, str) or not SLUG.match(concept_id):
                self.report(entry.line_of("id"), f"actor concept needs an 'id' made of lower-case letters, "
                            f"digits, '_' and '-', found {describe(concept_id)}", code="bad-id")
                continue
            if concept_id in concepts:
                self.report(entry.line_of("id"), f"duplicate actor concept '{concept_id}' in this file",
                            code="duplicate-id")
                continue
            new = concept_id not in self.known_concepts
            self.known_concepts.add(concept_id)
            for required in ("name", "kind") if new else ():
                if entry.get(required) is None:
                    self.report(at, f"new actor concept '{concept_id}' needs a '{required}'", code="missing-field")
            context = self._context_name(entry.get("context"), entry.line_of("context"))
            if entry.get("in_context") and not context and new:
                self.report(entry.line_of("in_context"), f"'in_context' phrases of '{concept_id}' need a "
                            f"'context' naming a list in 'contexts'", code="missing-field")
            name = self._name(entry.get("name"), entry.line_of("name"))
            kind = self._vocab(entry.get("kind"), entry.line_of("kind"), "kinds", "actor kind")
            # Without a usable kind: a new concept has a problem reported above (missing or unknown
            # kind), so the file is refused; a known one keeps its kind, as it keeps its name when
            # `name` is {}: _merge_concepts (lexicon.py) takes `concept.kind or before.kind`.
            concepts[concept_id] = Concept(
                id=concept_id,
                name=name,
                kind=kind or "",
                level=self._vocab(entry.get("level"), entry.line_of("level"), "levels", "level"),
                phrases=self._languages_in(entry, f"actor concept '{concept_id}'"),
                weak=self._per_language(entry.get("weak"), entry.line_of("weak"), "weak"),
                in_context=self._per_language(entry.get("in_context"), entry.line_of("in_context"),
                                              "in_context"),
                implied=self._per_language(entry.get("implied"), entry.line_of("implied"), "implied"),
                context=context,
            )
        return concepts

    def _types(self, value: Any, line: int) -> dict[str, PerLanguage]:
        return self._keyed_phrases(value, line, "types", "type", "link_types", "link type")

    def _strengths(self, value: Any, line: int) -> dict[str, PerLanguage]:
        return self._keyed_phrases(value, line, "strengths", "strength", "strengths", "strength")

    def _type_defaults(self, value: Any, line: int) -> tuple[tuple[frozenset[str], str], ...]:
        defaults: list[tuple[frozenset[str], str]] = []
        for entry, at in self._list_items(value, line, "type_defaults", "a list of {kinds, type}"):
            if not self._expect(entry, LineDict, at, "a mapping {kinds: [kind, kind], type: link type}"):
                continue
            self._unknown_keys(entry, ("kinds", "type"), "a type default")
            kinds = entry.get("kinds")
            if not isinstance(kinds, LineList) or not 1 <= len(kinds) <= 2:
                self.report(entry.line_of("kinds"), f"'kinds' must list one or two actor kinds, "
                            f"found {describe(kinds)}", code="bad-entry")
                continue
            checked = [self._vocab(k, entry.line_of("kinds"), "kinds", "actor kind") for k in kinds]
            known = [kind for kind in checked if kind is not None]
            link_type = self._vocab(entry.get("type"), entry.line_of("type"), "link_types", "link type")
            if link_type is None:
                self.report(entry.line_of("type"), "a type default needs a 'type'", code="missing-field")
            elif len(known) == len(checked):
                defaults.append((frozenset(known), link_type))
        return tuple(defaults)

    # shared shapes

    def _keyed_phrases(self, value: Any, line: int, section: str, key: str, vocabulary: str,
                       what: str) -> dict[str, PerLanguage]:
        result: dict[str, PerLanguage] = {}
        for entry, at in self._list_items(value, line, section, f"a list of {{{key}: ..., fr: [...]}}"):
            if not self._expect(entry, LineDict, at, f"a mapping with '{key}' and phrases per language"):
                continue
            self._unknown_keys(entry, (key,), f"'{section}'")
            term = self._vocab(entry.get(key), entry.line_of(key), vocabulary, what)
            if entry.get(key) is None:
                self.report(at, f"each entry of '{section}' needs a '{key}'", code="missing-field")
            phrases = self._languages_in(entry, f"{what} '{term}'")
            if term:
                old = result.setdefault(term, {})
                for language, found in phrases.items():
                    old[language] = (*old.get(language, ()), *found)
        return result

    def _languages_in(self, entry: LineDict, what: str) -> PerLanguage:
        """The phrase lists an entry holds under its language keys (fr: [...], en: [...])."""
        return {code: self._phrases(entry[code], entry.line_of(code), f"{what} ({code})")
                for code in entry if code in self.languages}

    def _unknown_keys(self, entry: LineDict, fields: tuple[str, ...], what: str) -> None:
        for key in entry:
            if key not in fields and key not in self.languages:
                accepted = (*fields, *sorted(self.languages))
                self.report(entry.line_of(key), f"unknown field '{key}' in {what}"
                            f"{did_you_mean(str(key), accepted)}", code="unknown-field")

    def _per_language(self, value: Any, line: int, what: str) -> PerLanguage:
        if value is None:
            return {}
        result: PerLanguage = {}
        for code, phrases, at in self._mapping_items(value, line, what):
            if code not in self.languages:
                self.report(at, f"unknown language '{code}' in {what}; declare it under 'languages'"
                            f"{did_you_mean(str(code), self.languages)}", code="unknown-language")
                continue
            result[code] = self._phrases(phrases, at, f"{what} ({code})")
        return result

    def _phrases(self, value: Any, line: int, what: str) -> tuple[str, ...]:
        phrases = []
        for phrase, at in self._list_items(value, line, what, "a list of phrases"):
            if not isinstance(phrase, str) or not phrase.strip():
                self.report(at, f"a phrase of {what} must be text, found {describe(phrase)}", code="bad-phrase")
                continue
            try:
                parse_phrase(phrase, _SYNTAX_CHECK)
            except PhraseSyntaxError as error:
                self.report(at, f"phrase {phrase!r} of {what}: {error}", code="bad-phrase")
                continue
            phrases.append(phrase)
        return tuple(phrases)

    def _words(self, value: Any, line: int, what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        words = []
        for word, at in self._list_items(value, line, what, "a list of words"):
            if isinstance(word, str) and word.strip():
                words.append(word.strip().casefold())
            else:
                self.report(at, f"an entry of '{what}' must be a word, found {describe(word)}", code="bad-entry")
        return tuple(words)

    def _equivalents(self, value: Any, line: int) -> dict[str, str]:
        if value is None:
            return {}
        result = {}
        for form, same_as, at in self._mapping_items(value, line, "equivalents"):
            if isinstance(same_as, str) and same_as.strip():
                result[str(form)] = same_as
            else:
                self.report(at, f"equivalent of '{form}' must be a word, found {describe(same_as)}", code="bad-entry")
        return result

    def _plurals(self, value: Any, line: int) -> tuple[tuple[str, str], ...]:
        if value is None:
            return ()
        rules = []
        for rule, at in self._list_items(value, line, "plurals", "a list of [ending, replacement]"):
            if isinstance(rule, LineList) and len(rule) == 2 and all(isinstance(p, str) for p in rule) \
                    and rule[0]:
                rules.append((rule[0], rule[1]))
            else:
                self.report(at, f"a plural rule must be [ending, replacement], found {describe(rule)}",
                            code="bad-entry")
        return tuple(rules)

    def _name(self, value: Any, line: int) -> dict[str, str]:
        if value is None:
            return {}
        if isinstance(value, str) and value.strip():
            return {code: value for code in sorted(self.languages)}
        if isinstance(value, LineDict) and value and all(isinstance(v, str) and v.strip()
                                                          for v in value.values()):
            return {str(code): text for code, text in value.items()}
        self.report(line, f"'name' must be text or one text per language ({{fr: ..., en: ...}}), "
                    f"found {describe(value)}", code="not-text")
        return {}

    def _vocab(self, value: Any, line: int, vocabulary: str, what: str) -> str | None:
        if value is None:
            return None
        accepted: dict[str, Term] = getattr(self.vocabulary, vocabulary)
        if value not in accepted:
            self.report(line, f"unknown {what} '{value}'{did_you_mean(str(value), accepted)}",
                        code=_VOCABULARY_CODES[vocabulary])
            return None
        return str(value)  # one of accepted's keys, so already text

    def _context_name(self, value: Any, line: int) -> str | None:
        if value is None:
            return None
        if value not in self.contexts:
            self.report(line, f"unknown context '{value}'; declare it under 'contexts'"
                        f"{did_you_mean(str(value), self.contexts)}", code="unknown-context")
            return None
        return str(value)  # one of self.contexts, so already text

    def _mapping_items(self, value: Any, line: int, what: str) -> list[tuple[Any, Any, int]]:
        """(key, item, key's line) for each entry of the mapping `value` (parsed YAML: keys and items are Any)."""
        if not self._expect(value, LineDict, line, f"'{what}' to be a mapping"):
            return []
        return [(key, item, value.line_of(key)) for key, item in value.items()]

    def _list_items(self, value: Any, line: int, what: str, expected: str) -> list[tuple[Any, int]]:
        """(item, item's line) for each item of the list `value` (parsed YAML: items are Any)."""
        if not self._expect(value, LineList, line, f"{what} to be {expected}"):
            return []
        return list(zip(value, value.item_lines, strict=True))

    def _expect(self, value: Any, kind: type, line: int, expected: str) -> bool:
        if isinstance(value, kind):
            return True
        self.report(line, f"expected {expected}, found {describe(value)}",
                    code="not-a-mapping" if kind is LineDict else "not-a-list")
        return False
