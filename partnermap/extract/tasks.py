"""A task given to several actors at once: "it is crucial for governments, employers and civil society to
review labour migration policies" makes them partners in that task, though no cooperation word is said.

Only the shape "<crucial, essential…> for <actors> to <verb>" ("<essentiel…> pour <actors> de …") is read:
the actors listed between are partners of each other.
"""

from __future__ import annotations

import re

from .arguments import group_mentions
from .mentions import Mention, SentenceActors, first_mentions
from .pairs import BETWEEN_LIST, reciprocal

_TOLD = re.compile(r"\b(?:crucial|essential|important|necessary|vital|key|imperative|critical|"
                   r"essentiel(?:le)?s?|important(?:e)?s?|nécessaire|crucial(?:e)?|indispensable|primordial(?:e)?|"
                   r"impérati(?:f|ve))\s+(?:for|pour)\s+", re.IGNORECASE)
_TO = re.compile(r"^[\s,]*(?:to|de|d['’])\s*\w", re.IGNORECASE)


def task_pairs(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
               ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The pairs of actors given one task together, and the span of the words giving it."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    for told in _TOLD.finditer(text):
        start = offset + told.end()
        after = [m for m in sentence.mentions if m.start >= start and not m.located]
        groups = group_mentions(after, text, offset)
        if not groups or groups[0].start - start > 4:
            continue
        group = groups[0]
        if not _TO.match(text[group.end - offset:]):
            continue
        # as many as "between" may list partners; more are a list of participants
        pairs = reciprocal(first_mentions([m for m in group.mentions if kinds[m.concept] not in served]), BETWEEN_LIST)
        if pairs:
            return pairs, (offset + told.start(), group.end)
    return [], None
