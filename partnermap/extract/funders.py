"""The funders of the project a text is about, for the sentences that name its implementers later.

"Over the past decade, the European Union (EU) funded programme … has played a pivotal role. Implemented
as a partnership among Frontex, EUAA, IOM and UNHCR, this initiative …": the EU funds each implementer,
though the two are named two sentences apart. (A sentence naming both is agents.py's.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agents import RUN_BY
from .arguments import group_mentions
from .mentions import Mention, SentenceActors, first_mentions

_PROJECT = r"(?:projects?|programmes?|programs?|initiatives?|actions?|projets?)\b"
# "the EU-funded project", "the European Union (EU) funded programme": the funder right before
_FUNDED_PROJECT = re.compile(r"\)?\s*-?\s*(?:co-?)?(?:funded|financed|sponsored)\s+(?:[\w'’-]+\s+){0,2}?"
                             + _PROJECT, re.I)
# "le projet, financé par l'UE", "the programme funded by Switzerland": the funder right after
_PROJECT_FUNDED_BY = re.compile(_PROJECT + r"[^.;:]{0,40}?\b(?:(?:co-?)?(?:funded|financed)|(?:co-?)?financée?s?)"
                                r"\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.I)


@dataclass
class Funders:
    """The funders of the text's project, as its sentences name them."""

    funders: list[Mention] = field(default_factory=list)
    named_in: int = -1
    """The start of the last sentence naming the funders."""

    def follow(self, sentence: SentenceActors, funded_here: bool, served: frozenset[str], kinds: dict[str, str]
               ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
        """Funder × implementer pairs of a sentence naming only the implementers of a project funded
        earlier, and their span; remembers the funders the sentence names. `funded_here`: the sentence
        names funder and implementers itself (agents.funder_implementer_pairs found them)."""
        text, offset = sentence.sentence.text, sentence.sentence.start
        actors = [m for m in sentence.mentions if not m.located and kinds[m.concept] not in served]
        groups = group_mentions(actors, text, offset)
        named = [m for g in groups for m in first_mentions(list(g.mentions))
                 if _FUNDED_PROJECT.match(text, g.end - offset)
                 or _PROJECT_FUNDED_BY.search(text[:g.start - offset])]
        found: list[tuple[Mention, Mention]] = []
        span = None
        if not named and self.funders and not funded_here:
            runners = next((g for g in groups if RUN_BY.search(text[:g.start - offset])), None)
            if runners is not None:
                implementers = first_mentions(list(runners.mentions))
                found = [(funder, runner) for funder in self.funders for runner in implementers
                         if funder.concept != runner.concept]
                span = (runners.start, runners.end)
        if named:
            self.funders = named
            self.named_in = sentence.sentence.start
        return found, span

    def owner_pairs(self, sentence: SentenceActors, owners: tuple[Mention, ...]) -> list[tuple[Mention, Mention]]:
        """Funder × owner pairs of a sentence naming the funders of the project but not who runs it ("grâce au
        Programme … financé par l'Union européenne", in a text about IOM's work): the project's runners or
        the organisation the text is about run it."""
        if self.named_in != sentence.sentence.start:
            return []
        return [(funder, owner) for funder in self.funders for owner in owners if funder.concept != owner.concept]
