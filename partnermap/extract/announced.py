"""A sentence ending with a colon announces a list ("Through the project, IOM will:", "Par le biais de ce
projet, l'OIT s'emploie à :"): its subject acts in each bulleted or numbered item that follows
("• Promouvoir le dialogue régional…", "1. Build the capacity of labour ministries;"), until a paragraph
that is no item.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .arguments import Group, group_mentions
from .mentions import SentenceActors

_ITEM = re.compile(r"^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s")


@dataclass
class Announcement:
    """The subject of the last sentence announcing a list, while its items go on."""

    subject: Group | None = None
    until: int = -1
    """The paragraph of the last item read (the announcing sentence's own, before the first)."""

    def follow(self, sentence: SentenceActors) -> None:
        """Keep the subject for an item of the list (the paragraph right after the last, a bullet or a
        numbered point, or any first paragraph after the colon); forget it when the list ends."""
        para = sentence.sentence.para
        if self.subject is None or para <= self.until:
            return
        first_item = self.until == self.subject.mentions[0].sentence.para
        if para == self.until + 1 and sentence.sentence.number == 1 \
                and (_ITEM.match(sentence.sentence.text) or first_item):
            self.until = para
        else:
            self.subject = None

    def announce(self, sentence: SentenceActors, kinds: Mapping[str, str], served: frozenset[str]) -> None:
        """Take the subject of a sentence ending with a colon: its first group of actors not served, not
        named as a place or in a title."""
        if not sentence.sentence.text.rstrip().endswith(":"):
            return
        actors = [m for m in sentence.mentions if not m.located and not m.titled and kinds[m.concept] not in served]
        groups = group_mentions(actors, sentence.sentence.text, sentence.sentence.start)
        if groups:
            self.subject, self.until = groups[0], sentence.sentence.para

    def subject_of(self, sentence: SentenceActors) -> Group | None:
        """The announced subject, for a sentence inside one of the list's items."""
        if self.subject is None or sentence.sentence.para <= self.subject.mentions[0].sentence.para:
            return None
        return self.subject
