"""Telling the language of a document from its most frequent words."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import Lexicon
from .tokens import fold

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LanguageGuess:
    """The language chosen, and the stopword count of every language the lexicon knows."""

    language: str
    counts: dict[str, int]
    detected: bool

    def describe(self) -> str:
        if not self.detected:
            return f"{self.language} (as asked)"
        counts = ", ".join(f"{n} {code}" for code, n in sorted(self.counts.items()))
        return f"{self.language} (detected from common words: {counts})"


def guess_language(text: str, lexicon: Lexicon) -> LanguageGuess:
    """The lexicon language whose stopwords the text uses most; ties go to the first declared.

    Returns language '' when the text holds no stopword of any language.
    """
    words = Counter(fold(w) for w in _WORD.findall(text))
    counts = {code: sum(words[fold(s)] for s in set(rules.stopwords))
              for code, rules in lexicon.languages.items()}
    best = max(counts, key=lambda code: counts[code], default="")
    if not best or counts[best] == 0:
        return LanguageGuess("", counts, True)
    return LanguageGuess(best, counts, True)
