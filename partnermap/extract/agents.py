"""A cooperation noun with its agent and its partners: "consultations menées par le HCR auprès des États
membres", "a dialogue launched by the EU with the countries of the Horn of Africa". The agent after "by"
acts with the partners after "with"; neither is the subject of the sentence's verb.
"""

from __future__ import annotations

import re

from .arguments import Group
from .cues import Cue
from .detect import Mention, SentenceActors

# The participle of a doing between the cue and its agent, at most a few words after the cue.
_LED_BY = re.compile(
    r"^(?:[\s,]+[\w'’-]+){0,5}?\s+(?:led|conducted|launched|held|organi[sz]ed|initiated|convened|hosted|"
    r"menée?s?|conduite?s?|lancée?s?|organisée?s?|initiée?s?|tenue?s?|convoquée?s?|pilotée?s?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.I)
_WITH = re.compile(r"^[\s,]*(?:\s[\w'’-]+){0,4}?\s*(?:with|avec|auprès\s+(?:de|des|du|d['’]))\s+"
                   r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.I)


def agent_with_partners(sentence: SentenceActors, cue: Cue, groups: list[Group]) -> list[tuple[Mention, Mention]]:
    """The agent × partner pairs of a cooperation noun led by someone with others; none when the text after
    the cue is not "… led by X with Y"."""
    if cue.category != "cooperation":
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    after = [g for g in groups if g.start >= cue.end]
    if len(after) < 2:
        return []
    agent, partners = after[0], after[1]
    if not _LED_BY.match(text[cue.end - offset:agent.start - offset]) \
            or not _WITH.match(text[agent.end - offset:partners.start - offset]):
        return []
    return [(a, b) for a in agent.mentions for b in partners.mentions]
