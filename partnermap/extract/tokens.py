"""Words of a text with their exact offsets, and the normal form in which lexicon phrases match them.

Matching compares normal forms, never surface text: accents and case are dropped, typographic
apostrophes become ASCII, plurals are reduced by the language's rules and equivalent forms
(d' = de, la = le, labour = labor…) are merged. Lexicon phrases go through the same steps,
so "Syndicats de travailleurs" in a lexicon finds "syndicat des travailleurs" in a text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "\u2019": "'", "\u2018": "'", "\u02bc": "'"})
PREFIX_MARK = "*"
"""A phrase word ending with this matches every word that starts with it ("cooper*")."""


@dataclass(frozen=True)
class Token:
    """One word of a text: `start`/`end` are offsets in the whole document."""

    start: int
    end: int
    text: str
    norm: str


def fold(word: str) -> str:
    """Lower-case `word` and drop its accents; ligatures and typographic apostrophes made ASCII."""
    decomposed = unicodedata.normalize("NFD", word.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Normaliser:
    """Cuts text into tokens and gives each word its normal form, by one language's rules."""

    def __init__(
        self,
        *,
        elisions: Sequence[str],
        plurals: Sequence[tuple[str, str]],
        equivalents: Mapping[str, str],
    ):
        self.plurals = [(fold(ending), fold(replacement)) for ending, replacement in plurals]
        self.equivalents: dict[str, str] = {}
        for form, same_as in equivalents.items():
            self.equivalents[self._singular(fold(form))] = self._singular(fold(same_as))
        elided = "|".join(sorted((re.escape(e) for e in elisions), key=len, reverse=True))
        # An elided article is a word of its own ("l'" + "intérieur"); "'s" stays on its word.
        word = r"\w+(?:['\u2019]s\b)?"
        self._word = re.compile(rf"\b(?:{elided})['\u2019](?=\w)|{word}" if elided else word, re.I)
        self._pieces = re.compile(rf"{self._word.pattern}|\{PREFIX_MARK}", re.I)
        self._known: dict[str, str] = {}  # normal forms already computed: documents repeat their words

    def _singular(self, word: str) -> str:
        for ending, replacement in self.plurals:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: len(word) - len(ending)] + replacement
        return word

    def word(self, text: str) -> str:
        """The normal form of one word."""
        known = self._known.get(text)
        if known is None:
            folded = self._singular(fold(text))
            known = self._known[text] = self.equivalents.get(folded, folded)
        return known

    def phrase_word(self, text: str) -> str:
        """The normal form of a word written in a lexicon; a prefix ("cooper*") is only folded."""
        if text.endswith(PREFIX_MARK) and len(text) > 1:
            return fold(text)
        return self.word(text)

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """The words of `text`; offsets are shifted by `offset` (where `text` starts in its document)."""
        return [
            Token(offset + m.start(), offset + m.end(), m.group(), self.word(m.group()))
            for m in self._word.finditer(text)
        ]

    def written_words(self, phrase: str) -> list[str]:
        """The words of a lexicon phrase as written (a trailing '*' kept on its word)."""
        pieces = self._pieces.findall(phrase)
        merged: list[str] = []
        for piece in pieces:  # glue a trailing '*' back onto the word it follows
            if piece == PREFIX_MARK and merged:
                merged[-1] += PREFIX_MARK
            elif piece != PREFIX_MARK:
                merged.append(piece)
        return merged

    def words(self, phrase: str) -> list[str]:
        """The normal forms of the words of a lexicon phrase, prefixes kept as prefixes."""
        return [self.phrase_word(w) for w in self.written_words(phrase)]
