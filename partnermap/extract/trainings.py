"""Who a training trains: "IOM organized a workshop … The workshop brought together A, B and C".

A list of participants is no partnership (arguments.py), except for a training: the body that
organises a workshop, a training or a seminar trains those who attend it. So a sentence where a
body organises or supports such an event makes that body the event's organiser, and the next
sentences (RECENT_SENTENCES at most) that say who the event brings together link the organiser
to each of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arguments import group_mentions
from .mentions import Mention, SentenceActors, first_mentions

_EVENT = (r"(?:(?:capacity[- ]building\s+|training\s+|technical\s+|national\s+|regional\s+)?(?:workshops?|trainings?|"
          r"seminars?|courses?|training sessions?)|(?:ateliers?|formations?|séminaires?|sessions? de formation|"
          r"stages?)(?:\s+de\s+(?:renforcement des capacités|formation))?)")
# "X organizes a capacity building workshop", "L'OIM a organisé un atelier": the organiser comes first.
_ORGANISING = re.compile(
    r"\b(?:organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?|conduct(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
    r"facilitat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|convene[sd]?|held|holds?|"
    r"organis(?:e|ent|é|ée|és|ées|er|ait)|a\s+organisé|ont\s+organisé|anim(?:e|ent|é|ée)|dispens(?:e|ent|é|ée)|"
    r"tenu|tenue|lanc(?:e|ent|é|ée))\b"
    rf"(?:\s+\w+){{0,3}}?\s+(?:a|an|the|its|their|un|une|le|la|l['’]|des|les|ce|cet|cette)\s*(?:\w+\s+)?{_EVENT}\b",
    re.IGNORECASE)
# "The workshop brings together A, B…", "L'atelier a réuni A, B…", "… was attended by A, B".
_ATTENDED = re.compile(
    rf"\b(?:the|this|that|l['’]|le|la|ce|cet|cette)\s*(?:\w+\s+){{0,2}}?{_EVENT}\b[^.;]*?"
    r"\b(?:brings?\s+together|brought\s+together|gather(?:s|ed)|was\s+attended\s+by|is\s+attended\s+by|"
    r"were\s+attended\s+by|targets?|targeted|benefit(?:s|ed|ted)?|trains?|trained|"
    r"réunit|a\s+réuni|ont\s+réuni|rassemble|a\s+rassemblé|regroupe|a\s+regroupé|cible|a\s+ciblé|"
    r"a\s+bénéficié\s+à|s['’]adresse\s+à|était\s+destinée?\s+à|est\s+destinée?\s+à)\b",
    re.IGNORECASE)
RECENT_SENTENCES = 3
"""How many sentences after the organiser's one may still say who its event brings together."""


@dataclass
class Trainings:
    """The organisers of the last training a text announced, and how many sentences ago."""

    organisers: tuple[Mention, ...] = ()
    age: int = 0

    def follow(self, sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
               ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
        """The (organiser, trainee) pairs of one sentence, and the span of the words saying so; then
        remember this sentence's organisers for the next ones."""
        pairs: list[tuple[Mention, Mention]] = []
        span = None
        attended = _ATTENDED.search(sentence.sentence.text)
        if attended is not None and self.organisers and self.age <= RECENT_SENTENCES:
            start = sentence.sentence.start + attended.end()
            trainees = first_mentions([m for m in sentence.mentions if m.start >= start and not m.titled
                                       and kinds[m.concept] not in served])
            organised = {m.concept for m in self.organisers}
            pairs = [(o, t) for o in self.organisers for t in trainees if t.concept not in organised]
            span = (sentence.sentence.start + attended.start(), start)
        self.age += 1
        organising = _ORGANISING.search(sentence.sentence.text)
        if organising is not None:
            organisers = _organisers(sentence, sentence.sentence.start + organising.start(), served, kinds)
            if organisers:
                self.organisers, self.age = organisers, 1
        return pairs, span


def _organisers(sentence: SentenceActors, verb: int, served: frozenset[str], kinds: dict[str, str]
                ) -> tuple[Mention, ...]:
    """The subject of the organising verb: the first group of actors of the sentence, before the verb."""
    before = [m for m in sentence.mentions if m.end <= verb and not m.located and kinds[m.concept] not in served]
    groups = group_mentions(before, sentence.sentence.text, sentence.sentence.start)
    return tuple(first_mentions(list(groups[0].mentions))) if groups else ()
