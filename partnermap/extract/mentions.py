"""What detection finds: a mention of an actor concept in a sentence, and a sentence's mentions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .segment import Sentence
from .tokens import Token

# How sure each way of naming makes a mention (see Concept in lexicon.py).
CONFIDENCE = {"phrases": 0.9, "collective": 0.75, "in_context": 0.75, "weak": 0.6, "reference": 0.6,
              "speaker": 0.5, "implied": 0.5, "pair": 0.5}


@dataclass(frozen=True)
class Mention:
    """One place where a sentence names (or implies) an actor concept.

    `start`/`end` are the document offsets of the words naming it; `words` is the whole phrase
    found (as written, white space collapsed); `alias` is `words` when they are a name of the
    actor (not a hint, a reference, or a phrase with brackets or gaps); `group` is shared by
    the actors one reference or collective phrase names, which are never linked to each other.
    """

    concept: str
    sentence: Sentence
    start: int
    end: int
    words: str
    how: str
    group: int
    alias: str | None = None
    located: bool = False
    """Named as a place ("in countries of origin", "les villes qu'elle a visitées", "au Maroc"), not as an actor."""
    titled: bool = False
    """Named in one person's title ("the IOM Head of Mission", "special representative to AU and ECA",
    "Directeur régional de l'OIM pour l'UE"), or as the place of an office ("IOM Djibouti"): no actor by
    itself, but a link may still join it (the person speaks for the body)."""
    country: str | None = None
    """The country whose body this is, when the text says so ("New Zealand’s Ministry of Business…", "le
    ministère égyptien…"): part of that country's government, not its partner."""

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


def in_text_order(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions in the order the text names them (ties by end, then concept, so the order is stable)."""
    return sorted(mentions, key=lambda m: (m.start, m.end, m.concept))


def first_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """One mention per concept: the first."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.concept, mention)
    return list(first.values())


@dataclass(frozen=True)
class SentenceActors:
    """The mentions of one sentence: `mentions` take part in links, `pairs` link only each other."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    pairs: tuple[tuple[Mention, Mention], ...]
