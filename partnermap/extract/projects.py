"""Partners a text introduces as such: lists named as the partners of a project ("Partners implementing
the programme (ILO, IOM and AUC)") or of an actor ("UNHCR implemented its programmes through 51 partners,
including…"), the places a project reaches, "partners" referring back to such a list, and lists naming
those represented at a meeting (participants, not partners).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .antecedents import Referents
from .arguments import Group, group_mentions
from .compiled import CompiledLexicon
from .cues import Cue
from .mentions import Mention, SentenceActors, first_mentions
from .tokens import Token, fold

CuePairs = tuple[Cue, list[tuple[Mention, Mention]]]
"""The pairs of actors one cue joins, with that cue."""

_PARTNER_NOUNS = frozenset(("partner", "partenaire"))
_NOT_QUALIFIERS = frozenset(("the", "its", "their", "other", "all", "our", "and", "of", "with", "le", "les", "ses",
                             "leur", "leurs", "nos", "autres", "tous", "de", "et", "avec"))
PARTNERS_REACH = 7
"""How many words may stand between "partners" and the list it introduces ("Partners implementing
the programme (ILO, IOM and AUC)", "Les partenaires de mise en œuvre du projet (OIM, HCR et PNUD)")."""


def _partner_nouns(sentence: SentenceActors) -> list[int]:
    """Indexes of the tokens "partners"/"partenaires" that name no actor themselves ("social partners")."""
    return [i for i, t in enumerate(sentence.tokens) if t.norm in _PARTNER_NOUNS
            and not any(m.start <= t.start < m.end for m in sentence.mentions)]


def _qualifiers(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(fold(t.text) for t in tokens if t.text.isalpha() and t.text.islower()
                     and fold(t.text) not in _NOT_QUALIFIERS)


def named_partners(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[tuple[frozenset[str], Group]]:
    """Lists a sentence introduces as partners ("Partners implementing the programme (ILO, IOM and
    AUC)", "funding partners Germany, Switzerland and Sweden"), with the words around "partners"."""
    tokens = sentence.tokens
    named = [m for m in sentence.mentions if m.how != "reference"]  # "Partners implementing the programme (ILO…"
    groups = group_mentions(named, sentence.sentence.text, sentence.sentence.start)
    found = []
    for index in _partner_nouns(sentence):
        noun = tokens[index]
        group = next((g for g in groups if g.start >= noun.end), None)
        if group is None or len({m.concept for m in group.mentions}) < 2:
            continue
        if sum(1 for t in tokens if noun.end <= t.start < group.start) > PARTNERS_REACH:
            continue
        found.append((_qualifiers([*tokens[max(0, index - 2):index], *tokens[index + 1:index + 3]]), group))
    return found


def project_partner_pairs(introduced: list[tuple[frozenset[str], Group]], referents: Referents,
                          kinds: dict[str, str], served: frozenset[str]) -> list[CuePairs]:
    """A list introduced as partners ("Partners implementing the programme (ILO, IOM and AUC)", "funding
    partners Germany, Switzerland and Sweden") names partners of the project the text is about: the
    programme named as an actor, or the actors running it (antecedents.py)."""
    # (no project named: the organisation the text is about has them as partners, "IOM is partnering with
    # nine local NGOs … The partners are …")
    owners = referents.project or referents.protagonist
    if not introduced or not owners:
        return []
    found = []
    for _, group in introduced:
        # (places are where partners are, not partners: "partner cities in Ethiopia, Somalia, and Uganda")
        partners = [m for m in first_mentions(group.mentions) if kinds[m.concept] not in served and not m.located]
        cue = Cue("cooperation", "partners", group.start, group.start, "partners")
        pairs = [(project, partner) for project in owners for partner in partners
                 if project.concept != partner.concept]
        found.append((cue, pairs))
    return found


# Words before "partners" saying whose they are: "implemented its programmes through 51 partners,
# including…", "l'OIM travaille avec ses partenaires, notamment…".
_OWNING = frozenset(("its", "their", "with", "through", "via", "ses", "leurs", "avec", "par"))
OWNING_REACH = 3
"""How many words may stand between the owning word and "partners" ("through 51 partners", "with its
local partners")."""


def owner_partner_pairs(sentence: SentenceActors, kinds: dict[str, str], served: frozenset[str]) -> list[CuePairs]:
    """A list introduced as the partners of the actors a sentence opens with ("UNHCR implemented its
    programmes through 51 partners, including NGOs, WFP and local public institutions"), or names after
    the list when it opens with it ("With partners such as Tent and the ICC, UNHCR has…"): each partner is
    linked to each of them."""
    tokens = sentence.tokens
    named = [m for m in sentence.mentions if m.how != "reference"]
    groups = group_mentions(named, sentence.sentence.text, sentence.sentence.start)
    found = []
    for index in _partner_nouns(sentence):
        noun = tokens[index]
        if not {fold(t.text) for t in tokens[max(0, index - OWNING_REACH):index]} & _OWNING:
            continue
        owners = next((g for g in groups if g.end <= noun.start), None)
        listed = next((g for g in groups if g.start >= noun.end), None)
        if owners is None and listed is not None and fold(tokens[0].text) in ("with", "avec"):
            # fronted: "With partners such as Tent and the ICC, UNHCR has mobilized…"
            owners = next((g for g in groups if g.start > listed.end), None)
        if owners is None or listed is None or len({m.concept for m in listed.mentions}) < 2 \
                or sum(1 for t in tokens if noun.end <= t.start < listed.start) > PARTNERS_REACH:
            continue
        partners = [m for m in first_mentions(listed.mentions) if kinds[m.concept] not in served]
        cue = Cue("cooperation", "partners", noun.start, noun.end, noun.text)
        found.append((cue, [(owner, partner) for owner in first_mentions(owners.mentions) for partner in partners
                            if kinds[owner.concept] not in served and owner.concept != partner.concept]))
    return found


_WHERE_PROJECT = re.compile(
    r"\b(?:where|in which|où|dans lesquels|dans lesquelles)\s+(?:the|this|le|ce|cette)\s+(?:(?:new|nouveau|nouvel|"
    r"nouvelle)\s+)?(?:projects?|programmes?|programs?|projets?|initiatives?)\b[^.;:]{0,60}?"
    r"(?:such as|including|notably|in particular|notamment|comme|tels? que|telles? que|en particulier|\()", re.I)
PLACES_REACH = 3
"""How many words may stand between "such as", "notamment" and the first place it lists."""


def project_place_pairs(sentence: SentenceActors, referents: Referents, kinds: dict[str, str],
                        served: frozenset[str]) -> list[CuePairs]:
    """The countries a project reaches: "countries where the new project will roll out, such as Côte
    d'Ivoire, Cameroon and Malawi", "les pays où le programme est mis en œuvre, notamment le Mali": each is
    linked from the project (the programme named as an actor, or those running it)."""
    if not referents.project:
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    named = [m for m in sentence.mentions if m.how != "reference"]
    groups = group_mentions(named, text, offset)
    pairs_found = []
    for found in _WHERE_PROJECT.finditer(text):
        start = offset + found.end()
        group = next((g for g in groups if g.start >= start), None)
        if group is None or sum(1 for t in sentence.tokens if start <= t.start < group.start) > PLACES_REACH:
            continue
        places = [m for m in first_mentions(group.mentions) if kinds[m.concept] not in served]
        cue = Cue("support", "project", offset + found.start(), start, " ".join(found.group().split()))
        pairs = [(project, place) for project in referents.project for place in places
                 if project.concept != place.concept]
        pairs_found.append((cue, pairs))
    return pairs_found


def partners_referred(sentence: SentenceActors, marker: int, partners: list[tuple[frozenset[str], Group]],
                      referents: Referents) -> tuple[int, Group] | None:
    """The list a text introduced as partners, when a marker is followed by "partners" naming no
    actor ("work with implementing partners"): the one sharing a qualifying word, else the last;
    with where the word "partners" stands. With no list introduced so, "partners" are those of the
    project the text is about ("Switzerland and UNDP start a new project… The State Chancellery will
    strengthen its cooperation with partners")."""
    project = [(frozenset[str](), Group(referents.project))] if referents.project else []
    introduced = partners or project
    if not introduced:
        return None
    tokens = sentence.tokens
    after = [i for i in _partner_nouns(sentence) if 0 < sum(1 for t in tokens if marker <= t.start
                                                               <= tokens[i].start) <= 4]
    if not after:
        return None
    index = after[0]
    wanted = _qualifiers([t for t in tokens[max(0, index - 2):index] if t.start > marker])
    sharing = [group for qualifiers, group in introduced if qualifiers & wanted]
    return tokens[index].start, (sharing or [group for _, group in introduced])[-1]


_REPRESENTED = re.compile(r"(?:\b(?:representatives?|représentants?|delegates|délégués|delegations|délégations|"
                          r"participants|experts|officials)\s+(?:of|from|de|des|du|d['’])\s*|\brepresenting\s+)"
                          r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?$", re.I)


def represented(sentence: SentenceActors, group: Group) -> bool:
    """Whether a list names those represented at a meeting ("Representatives of governments, IOM and
    civil society met…", "des représentants des gouvernements, de l'OIM…"): participants, not partners."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    return bool(_REPRESENTED.search(text[max(0, group.start - offset - 60):group.start - offset]))


