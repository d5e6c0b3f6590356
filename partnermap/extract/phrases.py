"""Lexicon phrases and finding them in a sentence's tokens.

A phrase is written as plain words ("associations d'employeurs"). Square brackets mark the
words that name the thing when the others are only context: in
"associations de migrants et [de jeunes]" the youth associations are named by "de jeunes",
so the words "associations de migrants" stay free to name the migrant associations too.
A word ending with '*' matches every word starting with it ("coopér*"), and "..." stands
for up to MAX_GAP words of any kind ("processus ... sous-régional"). A word written with
capitals must be written so in the text: "AU" (all capitals) finds the African Union's acronym
but not French "au", and "Chad" (capital first) finds the word only when it starts with a
capital; lower-case phrase words match any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .tokens import PREFIX_MARK, Normaliser, Token

GAP = "..."
MAX_GAP = 12
UPPER, TITLE = "upper", "title"
PREFIX_KEY = 3
"""Prefix phrases ("coopér*") are indexed by their first letters, at most this many."""


class PhraseSyntaxError(ValueError):
    """A lexicon phrase that cannot be read; the message says why."""


@dataclass(frozen=True)
class Phrase:
    """A lexicon phrase in normal form; words[focus[0]:focus[1]] name the thing."""

    words: tuple[str, ...]
    focus: tuple[int, int]
    written: str
    cases: tuple[str, ...] = ()
    """Per word: UPPER when the text must write it in capitals, TITLE when with a capital first, else ''."""


@dataclass(frozen=True)
class Match:
    """Where a phrase was found: token indexes of the whole phrase and of its focus."""

    start: int
    end: int
    focus_start: int
    focus_end: int
    phrase: Phrase
    payload: Any


def parse_phrase(written: str, normaliser: Normaliser) -> Phrase:
    """Read a lexicon phrase; raise PhraseSyntaxError when it has no word or bad brackets."""
    opened, closed = written.count("["), written.count("]")
    if opened != closed or opened > 1 or (opened and written.index("[") > written.index("]")):
        raise PhraseSyntaxError("brackets must come as one pair, '[' then ']'")
    before, focus, after = written, "", ""
    if opened:
        before, rest = written.split("[")
        focus, after = rest.split("]")
    parts = [_words_and_gaps(part, normaliser) for part in (before, focus, after)]
    words = tuple(word for part in parts for word in part)
    cases = tuple(case for part in (before, focus, after) for case in _cases(part, normaliser))
    if not [word for word in words if word != GAP]:
        raise PhraseSyntaxError("no word in it")
    if opened and not parts[1]:
        raise PhraseSyntaxError("no word between the brackets")
    if words[0] == GAP or words[-1] == GAP:
        raise PhraseSyntaxError("'...' must stand between two words")
    focus_range = (len(parts[0]), len(parts[0]) + len(parts[1])) if opened else (0, len(words))
    return Phrase(words, focus_range, written, cases if any(cases) else ())


def _cases(text: str, normaliser: Normaliser) -> list[str]:
    """The case each word of `text` asks of the document, '' for a gap ('...')."""
    cases: list[str] = []
    for number, piece in enumerate(text.replace("…", GAP).split(GAP)):
        if number:
            cases.append("")
        for word in normaliser.written_words(piece):
            letters = [c for c in word if c.isalpha()]
            if len(letters) > 1 and all(c.isupper() for c in letters):
                cases.append(UPPER)
            elif letters and letters[0].isupper():
                cases.append(TITLE)
            else:
                cases.append("")
    return cases


_POSSESSIVE_OR_PLURAL = re.compile(r"(?<=[A-Z])(?:['’]s|s)$")


def _cased(cases: tuple[str, ...], starts: Sequence[int], tokens: Sequence[Token]) -> bool:
    """Whether the tokens where each word starts are written in the case the phrase asks."""
    for case, index in zip(cases, starts, strict=True):
        text = tokens[index].text if case else ""
        if case == UPPER:
            text = _POSSESSIVE_OR_PLURAL.sub("", text)  # "ICMPD’s expertise", "the UNCTs"
        before = tokens[index - 1].text if index else ""
        if case == UPPER and not text.isupper() and not _title_acronym(text, before) \
                or case == TITLE and not text[:1].isupper():
            return False
    return True


# Acronyms that are words too when written as a title ("Made", "Aids"): only their capitals name a body.
_ACRONYMS_THAT_ARE_WORDS = frozenset(("MADE", "AIDS"))


def _title_acronym(text: str, before: str) -> bool:
    """An acronym of four letters or more written as a name, as the press often does ("l'Ofii", "la Cedeao",
    "Unicef"), not inside a person's name ("Dr Ali Al Marri"); a shorter one is too often a word ("Au", "Un")."""
    in_a_name = sum(c.isalpha() for c in before) > 1 and before[:1].isupper()
    return len(text) >= 4 and text[0].isupper() and text[1:].islower() and text.isalpha() and not in_a_name \
        and text.upper() not in _ACRONYMS_THAT_ARE_WORDS


def _words_and_gaps(text: str, normaliser: Normaliser) -> list[str]:
    words: list[str] = []
    for number, piece in enumerate(text.replace("…", GAP).split(GAP)):
        if number:
            words.append(GAP)
        words.extend(normaliser.words(piece))
    return words


def _match_words(words: Sequence[str], tokens: Sequence[Token], index: int) -> list[int] | None:
    """Token index where each word of `words` ends, matching from `index`; None if no match.

    A gap takes as few tokens as it can, so a match stays as short as possible.
    """
    if not words:
        return []
    word = words[0]
    if word == GAP:
        for skipped in range(MAX_GAP + 1):
            rest = _match_words(words[1:], tokens, index + skipped)
            if rest is not None:
                return [index + skipped, *rest]
        return None
    if index < len(tokens) and _word_matches(word, tokens[index].norm):
        rest = _match_words(words[1:], tokens, index + 1)
        if rest is not None:
            return [index + 1, *rest]
    return None


def _word_matches(pattern: str, norm: str) -> bool:
    if pattern.endswith(PREFIX_MARK):
        return norm.startswith(pattern[:-1])
    return norm == pattern


class PhraseMatcher:
    """Finds many phrases in token lists; each phrase carries a payload (a concept, a cue…).

    Phrases are indexed by their first word, and by their first two words when both are plain
    words: thousands of phrases share a first word ("government of Sweden", "government of
    Morocco"…), and only those whose second word follows are tried.
    """

    def __init__(self, entries: Iterable[tuple[Phrase, Any]]):
        self._exact: dict[str, list[tuple[Phrase, Any]]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[Phrase, Any]]] = {}
        self._prefixed: dict[str, list[tuple[Phrase, Any]]] = {}  # by the prefix's first PREFIX_KEY letters
        self._add(entries)

    def _add(self, entries: Iterable[tuple[Phrase, Any]]) -> None:
        for phrase, payload in entries:
            first = phrase.words[0]
            second = phrase.words[1] if len(phrase.words) > 1 else GAP
            if first.endswith(PREFIX_MARK):
                self._prefixed.setdefault(first[:-1][:PREFIX_KEY], []).append((phrase, payload))
            elif second != GAP and not second.endswith(PREFIX_MARK):
                self._pairs.setdefault((first, second), []).append((phrase, payload))
            else:
                self._exact.setdefault(first, []).append((phrase, payload))

    def extended(self, entries: Iterable[tuple[Phrase, Any]]) -> PhraseMatcher:
        """A matcher finding this one's phrases and `entries` too; this one is left as it is."""
        copy = PhraseMatcher(())
        copy._exact = {first: list(found) for first, found in self._exact.items()}
        copy._pairs = {pair: list(found) for pair, found in self._pairs.items()}
        copy._prefixed = {key: list(found) for key, found in self._prefixed.items()}
        copy._add(entries)
        return copy

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Every occurrence of every phrase, overlapping ones included, in token order."""
        found = []
        for index, token in enumerate(tokens):
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            prefixed = [entry for length in range(1, PREFIX_KEY + 1)
                        for entry in self._prefixed.get(token.norm[:length], ())] if self._prefixed else []
            for phrase, payload in [*self._exact.get(token.norm, ()), *self._pairs.get((token.norm, following), ()),
                                    *prefixed]:
                ends = _match_words(phrase.words, tokens, index)
                if ends is None:
                    continue
                starts = [index, *ends[:-1]]
                if phrase.cases and not _cased(phrase.cases, starts, tokens):
                    continue
                first, last = phrase.focus
                found.append(Match(index, ends[-1], starts[first], ends[last - 1], phrase, payload))
        return found


# Verb endings a cue written in the infinitive ("travailler avec", "fournir") or the base form
# ("partner with", "engage with") takes in a text: its first word is inflected by these rules.
_FRENCH_ER = ("e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ait", "aient", "ais", "a", "ant", "ions",
              "iez", "era", "eront", "erait", "eraient", "èrent", "erons")
_FRENCH_YER = ("e", "es", "ent", "era", "eront", "erait", "eraient")
_FRENCH_IR = ("is", "it", "issons", "issez", "issent", "i", "ie", "ies", "ira", "iront", "irait", "iraient",
              "issait", "issaient", "issant")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)(\b.*)$", re.S)


def inflected(written: str, language: str) -> list[str]:
    """Other forms of a cue whose first word is a verb in the infinitive or base form: "travailler
    avec" → "travaille avec", "travaillent avec"…; "engage with" → "engages with", "engaged with"…
    In English only a verb with its complement is inflected: "attended" alone reports who took part.
    Forms that are no word of the language ("dialoguees") cost nothing: no text holds them."""
    found = _FIRST_WORD.match(written)
    if found is None:
        return []
    verb, rest = found.groups()
    lower = verb.casefold()
    forms: list[str] = []
    if language == "fr" and lower.endswith("y") and rest.startswith(PREFIX_MARK):  # "appuy*": "appuie"
        return [lower[:-1] + "i" + ending + rest[1:] for ending in _FRENCH_YER]
    if language == "fr" and len(lower) >= 5:
        if lower.endswith("yer"):
            forms += [lower[:-3] + "i" + ending for ending in _FRENCH_YER]
            forms += [lower[:-2] + ending for ending in _FRENCH_ER if ending not in _FRENCH_YER]
        elif lower.endswith("er"):
            forms += [lower[:-2] + ending for ending in _FRENCH_ER]
        elif lower.endswith("ir"):
            forms += [lower[:-2] + ending for ending in _FRENCH_IR]
    elif language == "en" and len(lower) >= 4 and rest.strip():  # "work with", not "attend": "X attended" lists
        if lower.endswith("e"):
            forms += [lower + "s", lower + "d", lower[:-1] + "ing"]
        elif lower.endswith("y") and lower[-2] not in "aeiou":
            forms += [lower[:-1] + "ies", lower[:-1] + "ied", lower + "ing"]
        else:
            forms += [lower + "s", lower + "ed", lower + "ing"]
    return [form + rest for form in forms]
