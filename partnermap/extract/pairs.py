"""Pairs of actors read without a cue's construction (a hyphen, the sectors a government's list
includes, a pair phrase, the few actors of a clause), and the rules every pair keeps: two different
actors, not both served, the one served second.
"""

from __future__ import annotations

import re
from itertools import combinations

from .arguments import RECIPROCAL_LIST, Group
from .compiled import CompiledLexicon
from .cues import DONE_WITH, Cue
from .mentions import Mention, SentenceActors, first_mentions

INCLUDING = re.compile(r"\b(?:including|in particular|notably|such as|y compris|notamment|en particulier|"
                        r"tels? que|telles? que)\b", re.I)


INCLUDING_REACH = 120
"""How far before a list of sectors "including" may stand, in characters."""


def sector_pairs(sentence: SentenceActors, groups: list[Group], lexicon: CompiledLexicon
                 ) -> list[tuple[Mention, Mention]]:
    """"all sectors of government …, including justice, the interior…" in a recommendation: the
    government and each sector it lists are partners (its sectors carry out its policy)."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    kinds = lexicon.kinds
    pairs = []
    for parts in groups:
        sectors = [m for m in parts.mentions if kinds[m.concept] == "government_sector"]
        if len(sectors) < 2:
            continue
        first = sectors[0].start  # the list may share its group with the government before it
        before = text[max(0, first - offset - INCLUDING_REACH):first - offset]
        including = list(INCLUDING.finditer(before))
        if not including:
            continue
        cut = first - len(before) + including[-1].start()
        governments = [m for g in groups for m in g.mentions
                       if kinds[m.concept] == "government" and m.end <= cut]
        if governments:
            pairs += [(governments[-1], sector) for sector in sectors]
    return pairs


def compound_pairs(sentence: SentenceActors, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Actors joined by a hyphen are partners: "Switzerland-UNDP support", "la réunion UE-OIM"."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    ordered = sorted(mentions, key=lambda m: m.start)
    return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if a.concept != b.concept
            and text[a.end - offset:b.start - offset] in ("-", "–")]


_APPOSITION = re.compile(r"^\s*,\s*(?:the|an?|le|la|les|un|une|l['’])\s*$", re.I)


def _same_kind_gap(sentence: SentenceActors, a: Mention, b: Mention, lexicon: CompiledLexicon
                   ) -> tuple[Mention, str] | None:
    """The second of two actors of the same kind and the text between them; None when their kinds differ
    or they overlap."""
    first, second = sorted((a, b), key=lambda m: m.start)
    if lexicon.kinds[first.concept] != lexicon.kinds[second.concept] or first.end > second.start:
        return None
    offset = sentence.sentence.start
    return second, sentence.sentence.text[first.end - offset:second.start - offset]


def apposition(sentence: SentenceActors, a: Mention, b: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether one actor names the other again, in apposition: "L'OIM, l'organisme des Nations Unies chargé
    des migrations, …" (the same kind, a comma and an article between, the second in lower case)."""
    found = _same_kind_gap(sentence, a, b, lexicon)
    # (not "Sweden, the Netherlands")
    return found is not None and found[0].words[:1].islower() and bool(_APPOSITION.match(found[1]))


# "d'autres agences des Nations Unies, comme le HCR", "UN agencies such as WFP": an instance after its group.
_EXAMPLE = re.compile(r"^\s*,?\s*(?:such\s+as|including|notably|like|comme|tels?\s+que|telles?\s+que|notamment|dont|"
                      r"en\s+particulier|in\s+particular)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.I)


def example_of_group(sentence: SentenceActors, a: Mention, b: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether one actor is given as an instance of the group just before it, of the same kind: "d'autres
    agences des Nations Unies, comme le HCR" names the HCR among the agencies, not as their partner."""
    found = _same_kind_gap(sentence, a, b, lexicon)
    return found is not None and bool(_EXAMPLE.match(found[1]))


FEW_ACTORS = 4
"""A clause naming at most this many actors, none in a list of more than two, may link them by co-occurrence."""


def few_actors(groups: list[Group]) -> bool:
    concepts = {m.concept for g in groups for m in g.mentions}
    return len(concepts) <= FEW_ACTORS and all(len({m.concept for m in g.mentions}) <= 2 for g in groups)


def fallback_pairs(mentions: list[Mention], linking: list[Cue], kinds: dict[str, str], served: frozenset[str]
                   ) -> list[tuple[Mention, Mention]]:
    """The pairs of a clause whose cue found no subject or partners, linked by co-occurrence: a place is a
    partner only of the people served there or of another place ("dans de nombreux états, les institutions
    … reçoivent une aide": the states are where, not who); and with support cues only, when the clause
    names people served, those who serve them are linked to them, not to each other ("programmes for
    returning migrants designed with local governments and implemented with the support of IOM")."""
    pairs = []
    support_only = all(c.category == "support" or c.value == DONE_WITH for c in linking)
    some_served = any(kinds[m.concept] in served for m in mentions)
    for a, b in oriented(list(combinations(mentions, 2)), kinds, served):
        partners = kinds[b.concept] not in served  # oriented puts the one served second
        if partners and a.located != b.located:
            continue
        if partners and support_only and some_served:
            continue
        pairs.append((a, b))
    return pairs


BETWEEN_LIST = 5
"""A list after "between", "among", "entre" names partners up to this many actors
("partnerships between governments, employers, unions and academia")."""


def reciprocal(group: list[Mention], most: int = RECIPROCAL_LIST) -> list[tuple[Mention, Mention]]:
    """Actors of one list as partners of each other, unless the list names participants (a long one)."""
    if len({m.concept for m in group}) > most:
        return []
    return list(combinations(group, 2))


def oriented(candidates: list[tuple[Mention, Mention]], kinds: dict[str, str], served: frozenset[str]
             ) -> list[tuple[Mention, Mention]]:
    """Pairs kept: different actors, not named by one phrase, not both served; the served one second."""
    pairs = []
    for a, b in candidates:
        if a.concept == b.concept or a.group == b.group:
            continue  # one reference or collective phrase: listed together, not partners
        a_served, b_served = kinds[a.concept] in served, kinds[b.concept] in served
        if a_served and b_served:
            continue
        pairs.append((b, a) if a_served else (a, b))
    return pairs


def pair_phrase_links(phrase_pairs: list[tuple[Mention, Mention]], mentions: list[Mention],
                      lexicon: CompiledLexicon) -> list[tuple[Mention, Mention]]:
    """A pair phrase links its two actors, and them to those served when no other partner is named."""
    served = lexicon.lexicon.served_kinds or frozenset()
    kinds = lexicon.kinds
    links = list(phrase_pairs)
    served_here = [m for m in first_mentions(mentions) if kinds[m.concept] in served]
    partners_here = [m for m in mentions if kinds[m.concept] not in served]
    if not partners_here:
        for pair in phrase_pairs:
            links += [(actor, person) for actor in pair for person in served_here]
    return links
