"""Telling the language of a document from its most frequent words."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .lexicon import Lexicon
from .tokens import fold

_WORD = re.compile(r"\w+")
OTHER_LANGUAGES_FILE = "other_languages.yaml"


@dataclass(frozen=True)
class OtherLanguage:
    """A language extract recognises but reads with no lexicon (see lexicons/other_languages.yaml)."""

    code: str
    name: str
    stopwords: frozenset[str]


@dataclass(frozen=True)
class LanguageGuess:
    """The language chosen, the stopword count of every lexicon language, and of the others."""

    language: str
    counts: dict[str, int]
    detected: bool
    other_counts: dict[str, int] | None = None

    def describe(self) -> str:
        if not self.detected:
            return f"{self.language} (as asked)"
        counts = ", ".join(f"{n} {code}" for code, n in sorted(self.counts.items()))
        return f"{self.language} (detected from common words: {counts})"


@lru_cache(maxsize=1)
def other_languages() -> tuple[OtherLanguage, ...]:
    """The languages without a lexicon, from the shipped data file."""
    data = (resources.files("partnermap") / "extract" / "lexicons" / OTHER_LANGUAGES_FILE).read_bytes()
    entries = yaml.safe_load(data) or {}
    return tuple(OtherLanguage(code, entry["name"], frozenset(fold(w) for w in entry["stopwords"]))
                 for code, entry in entries.items())


def guess_language(text: str, lexicon: Lexicon) -> LanguageGuess:
    """The language whose stopwords the text uses most; ties go to the lexicon's first declared.

    Languages of other_languages.yaml are counted too, so a Spanish text is found Spanish rather
    than read as French. Returns language '' when the text holds no stopword of any language.
    """
    words = Counter(fold(w) for w in _WORD.findall(text))
    counts = {code: sum(words[fold(s)] for s in set(rules.stopwords))
              for code, rules in lexicon.languages.items()}
    others = {other.code: sum(words[s] for s in other.stopwords)
              for other in other_languages() if other.code not in counts}
    every = {**counts, **others}
    best = max(every, key=lambda code: every[code], default="")
    if not best or every[best] == 0:
        return LanguageGuess("", counts, True, others)
    return LanguageGuess(best, counts, True, others)


def language_name(code: str) -> str:
    """The English name of a language extract recognises without a lexicon, else the code itself."""
    return next((other.name for other in other_languages() if other.code == code), code)
