"""Joining a partnership named just before: "Civil society should also be part of this conversation".

A sentence may name one side only and point back at a partnership with a demonstrative ("this
conversation", "these efforts", "ce partenariat"): those who join are linked to the partners of
the last sentence that gave links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mentions import Mention, SentenceActors, first_mentions

_PARTNERSHIP_NOUNS = (r"(?:conversations?|dialogues?|partnerships?|cooperation|co-operation|collaborations?|"
                      r"process(?:es)?|efforts?|initiatives?|programmes?|programs?|discussions?|work|"
                      r"partenariats?|coopération|processus|travaux|échanges?)")
_JOINING = re.compile(
    r"\b(?:(?:be|become|are|is|were|was)\s+(?:also\s+|fully\s+)?(?:a\s+)?part\s+of|tak(?:e|es|ing)\s+part\s+in|"
    r"participat(?:e|es|ing)\s+in|join(?:s|ed|ing)?|be\s+(?:also\s+)?(?:involved|associated)\s+(?:in|with)|"
    r"contribut(?:e|es|ing)\s+to|"
    r"particip(?:er|ent|e|ant)\s+(?:à|a|aux|au)|prend(?:re|ront|ent)\s+part\s+(?:à|a|aux|au)|"
    r"(?:faire|font|fait|fera|feront)\s+partie\s+(?:de|des|du)|s['’]associ(?:er|ent|e)\s+(?:à|a|aux|au)|"
    r"rejoindre|rejoignent|contribu(?:er|ent|e)\s+(?:à|a|aux|au)|être\s+(?:associée?s?|impliquée?s?)\s+(?:à|a|dans))"
    rf"\s+(?:this|these|that|those|such|ce|cet|cette|ces)\s+(?:\w+\s+)?{_PARTNERSHIP_NOUNS}\b",
    re.IGNORECASE)


def joining_pairs(sentence: SentenceActors, partners: Sequence[Mention], served: frozenset[str],
                  kinds: dict[str, str]) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The (newcomer, partner) pairs of a sentence joining the partnership of `partners`, and the
    span of the words that say so (None when the sentence joins nothing)."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    found = _JOINING.search(text)
    if found is None or not partners:
        return [], None
    start = offset + found.start()
    newcomers = [m for m in sentence.mentions if m.end <= start and not m.located and kinds[m.concept] not in served]
    newcomers = first_mentions(newcomers)
    pairs = [(newcomer, partner) for newcomer in newcomers for partner in partners
             if partner.concept != newcomer.concept and kinds[partner.concept] not in served]
    return pairs, (start, offset + found.end())
