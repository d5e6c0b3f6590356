"""Which actor of an existing map a drafted actor is: by id, then names, then aliases.

Names are compared in a folded form (case, accents, punctuation and a plural `s`/`x` set aside),
in every language at once: "Organisation internationale pour les migrations", "OIM" and "IOM"
meet when either side lists them. A named organisation or country is its lexicon concept, so
its gazetteer identity is the concept id: an existing actor with that id is the same actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..graph.model.records import Actor
from .lexicon import Concept
from .pipeline import DraftActor
from .tokens import fold

BY_ID = "id"
BY_NAME = "name"
BY_ALIAS = "alias"
_RANK = {BY_ID: 3, BY_NAME: 2, BY_ALIAS: 1}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    """A drafted actor found in the map: `actor` is the existing id, `how` what matched, `words` on what."""

    actor: str
    how: str
    words: str


def name_key(text: str) -> str:
    """The folded form two names are compared in: 'Syndicats' and 'syndicat' give 'syndicat'."""
    words = _WORD.findall(fold(text).replace("_", " "))
    return " ".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


def match_actor(drafted: DraftActor, actors: Iterable[Actor]) -> Match | None:
    """The existing actor `drafted` is, or None: the strongest match, the earliest in the file on a tie."""
    concept = drafted.concept
    names = {name_key(name): name for name in concept.name.values()}
    names.setdefault(name_key(concept.id), concept.id)
    others = {name_key(text): text for text in [*drafted.aliases, *_phrases(concept)]}
    best: Match | None = None
    for actor in actors:
        found = _match_one(concept, names, others, actor)
        if found and (best is None or _RANK[found.how] > _RANK[best.how]):
            best = found
    return best


def _match_one(concept: Concept, names: dict[str, str], others: dict[str, str], actor: Actor) -> Match | None:
    if actor.id == concept.id:
        return Match(actor.id, BY_ID, actor.id)
    actor_names = {name_key(name) for name in [*actor.name.values(), actor.id]}
    actor_aliases = {name_key(alias) for alias in actor.aliases}
    for key, words in names.items():
        if key in actor_names:
            return Match(actor.id, BY_NAME, words)
    every = {**names, **others}
    for key, words in every.items():
        if key and key in actor_names | actor_aliases:
            return Match(actor.id, BY_ALIAS, words)
    return None


def _phrases(concept: Concept) -> list[str]:
    """The phrases that surely name the concept, in every language (not the weak or implied ones)."""
    # Phrases with a wildcard or a gap are patterns, not names.
    return [phrase for phrases in concept.phrases.values() for phrase in phrases
            if not any(mark in phrase for mark in ("*", "…", "..."))]
