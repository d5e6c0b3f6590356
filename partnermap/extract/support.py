"""Support constructions: who backs whom ("with the support of X", "the support of X to Y",
"funded by X, Y…", "with the EU's support"), and the passive clauses whose agent is unsaid
("local communities will be supported").
"""

from __future__ import annotations

import re

from .arguments import Group, starts_with_verb
from .clauses import Clause, fronted
from .cues import Cue
from .mentions import Mention, SentenceActors
from .tokens import fold

GIVER_MARKS = frozenset(("of", "from", "de", "des", "du", "d"))
_RECEIVER_MARKS = frozenset(("to", "for", "a", "au", "aux", "pour", "envers", "towards"))
GIVER_REACH = 2
"""How many words may stand before "of" (adjectives: "l'appui technique de") and after it (articles)."""


def group_after(sentence: SentenceActors, position: int, marks: frozenset[str], groups: list[Group]
                ) -> tuple[bool, Group | None]:
    """Whether one of `marks` follows `position` within GIVER_REACH words with no actor before it,
    and the group right after that mark, if one starts within GIVER_REACH words of it."""
    following = [t for t in sentence.tokens if t.start >= position][:GIVER_REACH + 1]
    index = next((i for i, t in enumerate(following) if fold(t.text).rstrip("'’") in marks), None)
    if index is None or any(fold(t.text).rstrip("'’") in _RECEIVER_MARKS for t in following[:index]):
        return False, None  # no mark, or one past a preposition: "aider à développer des politiques"
    mark = following[index]
    if any(position <= g.start < mark.start for g in groups):
        return False, None
    group = next((g for g in groups if g.start >= mark.end), None)
    if group is None or sum(1 for t in sentence.tokens if mark.end <= t.start < group.start) > GIVER_REACH:
        return True, None
    return True, group


AFTER_MARKER = re.compile(r"\b(?:with|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.I)
_BACKING = frozenset(("with", "avec", "thanks", "grace", "through", "under"))
_ARTICLES = frozenset(("the", "a", "an", "le", "la", "l", "un", "une", "au", "to", "financial", "technical"))


def whom_backed(sentence: SentenceActors, clause: Clause, cue: Cue, groups: list[Group], kinds: dict[str, str],
                served: frozenset[str]) -> Group | None:
    """Whom "with the support of" backs: the subject before it ("le gouvernement, avec le soutien du HCR,
    coordonne"), or after the comma closing the phrase it opens ("With the support of the EU, IOM
    trains…"); None when the support noun follows no "with", "avec", "thanks to", "grâce à"."""
    before = [t for t in sentence.tokens if clause.start <= t.start < cue.start][-3:]
    words = [fold(t.text).rstrip("'’") for t in before]
    while words and words[-1] in _ARTICLES:
        words.pop()
    if not words or words[-1] not in _BACKING:
        return None
    text, offset = sentence.sentence.text, sentence.sentence.start
    subjects = [g for g in groups if clause.start <= g.start and g.end <= cue.start
                and any(kinds[m.concept] not in served for m in g.mentions)
                and not AFTER_MARKER.search(text[:g.start - offset])]  # "designed with X": X is no subject
    if subjects:
        return subjects[-1]
    return fronted(sentence, clause, cue, groups)[1]


_POSSESSIVE_S = re.compile(r"^(?:['’]s)?\s*$")


def after_fronted_agent(sentence: SentenceActors, agent: Group, groups: list[Group]) -> Group | None:
    """The subject right after a fronted "funded by X," phrase: the next group, after a comma, with its verb."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    following = next((g for g in groups if g.start >= agent.end), None)
    if following is None or not _COMMA_ONLY.match(text[agent.end - offset:following.start - offset]):
        return None
    return following if starts_with_verb(text[following.end - offset:]) else None


_COMMA_ONLY = re.compile(r"^\)?\s*(?:\([^)]{1,20}\)\s*)?,\s*$")


def adjunct_giver(sentence: SentenceActors, cue: Cue, groups: list[Group]) -> Group | None:
    """The giver named right before a support noun: "with Switzerland-UNDP support", "with the EU's
    support" (a group ending just before the cue); None when there is none."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    giver = next((g for g in groups if g.end <= cue.start and _POSSESSIVE_S.match(text[g.end - offset:
                                                                                      cue.start - offset])), None)
    if giver is None:
        return None
    before = [fold(t.text).rstrip("'’") for t in sentence.tokens if t.end <= giver.start][-2:]
    while before and before[-1] in _ARTICLES:
        before.pop()
    return giver if before and before[-1] in _BACKING else None  # "the EU supports": a verb, not an adjunct


def support_of(sentence: SentenceActors, cue: Cue, groups: list[Group], kinds: dict[str, str],
               served: frozenset[str]) -> list[tuple[Mention, Mention]] | None:
    """A support noun followed by who gives it ("the support of IOM", "l'appui technique de l'OIT",
    "la contribution des diasporas"): its giver is no object of the support. The pairs are the
    giver and those the text says it goes to ("l'appui de l'OIT aux structures tripartites");
    None when the cue is not followed by a giver."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    if any(g.end <= cue.start and not text[g.end - offset:cue.start - offset].strip() for g in groups):
        return None  # a verb right after its subject: "L'OIT appuie la Commission de la CEDEAO" gives no "of"
    possessive, giver = group_after(sentence, cue.end, GIVER_MARKS, groups)
    if not possessive:
        return None
    receiver = group_after(sentence, giver.end, _RECEIVER_MARKS, groups)[1] if giver else None
    if giver is not None and receiver is not None and "," in text[giver.end - offset:receiver.start - offset]:
        receiver = None  # "with the support of UNHCR and IOM, linked to the UN,": an aside about the givers
    if giver is not None and receiver is None:
        receiver = _receiving_subject(sentence, cue, groups, kinds, served)
    if giver is None or receiver is None:
        return []
    return [(a, b) for a in giver.mentions for b in receiver.mentions]


_BE = re.compile(r"\b(?:be|been|being|is|are|was|were|est|sont|sera|seront|serait|seraient|soit|soient|été|être)"
                 r"\s+(?:\w+ly\s+|also\s+|aussi\s+|encore\s+|mieux\s+|better\s+)?(?P<participle>\w+)\b", re.I)
_PARTICIPLE = re.compile(r"(?:ed|en|é|ée|és|ées|u|ue|us|ues|i|ie|is|it|ite|its)$|^(?:supported|assisted)$")
_AGENT = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:by|par)\b", re.I)


def passive(sentence: SentenceActors, clause: Clause, cue: Cue) -> bool:
    """Whether the cue's clause is passive with no agent stated: "local communities will be supported",
    "programmes should be designed with local governments and implemented with the support of IOM"
    (a form of "be" before a participle, before the cue or as the cue), and no "by"/"par" after the cue."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    before = text[clause.start - offset:cue.end - offset]
    if _AGENT.match(text[cue.end - offset:clause.end - offset]):
        return False
    return any(_PARTICIPLE.search(fold(found.group("participle"))) for found in _BE.finditer(before))


_MADE_WITH = re.compile(r"\b\w+(?:ed|é|ée|és|ées|us|ues)\s+(?:jointly\s+|conjointement\s+)?(?:with|avec)\s+"
                        r"(?:(?:the|le|la|les|l['’])\s*)?$", re.I)


def made_with(sentence: SentenceActors, clause: Clause, cue: Cue, groups: list[Group], agent: Group,
              mentions: list[Mention], kinds: dict[str, str], served: frozenset[str]) -> list[tuple[Mention, Mention]]:
    """In a passive clause whose agent is the document's subject, those it acts with ("programmes should be
    designed with local governments", "élaborés avec les collectivités locales") are its partners, and
    serve the people the clause names."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    pairs = []
    for group in (g for g in groups if clause.start <= g.start and g.end <= cue.start):
        if _MADE_WITH.search(text[clause.start - offset:group.start - offset]):
            pairs += [(a, b) for a in agent.mentions for b in group.mentions]
            pairs += [(b, person) for b in group.mentions if kinds[b.concept] not in served
                      for person in mentions if kinds[person.concept] in served]
    return pairs


_RECEIVING = re.compile(r"^(?:receiv|reçoi|recoi|reçu|recu|benefit|benefic|bénéfic|obtain|obtien|obten|get|got)")
RECEIVING_REACH = 4
"""How many words may stand between a verb of receiving and the support noun ("receive technical support from")."""


def _receiving_subject(sentence: SentenceActors, cue: Cue, groups: list[Group], kinds: dict[str, str],
                       served: frozenset[str]) -> Group | None:
    """Who receives the support: the subject of "receive", "reçoivent", "bénéficient de" right before the
    support noun ("les institutions officielles … reçoivent aussi une aide financière de l'organisation")."""
    before = [t for t in sentence.tokens if t.end <= cue.start][-RECEIVING_REACH:]
    verb = next((t for t in reversed(before) if _RECEIVING.match(fold(t.text))), None)
    if verb is None:
        return None
    subjects = [g for g in groups if g.end <= verb.start and any(kinds[m.concept] not in served and not m.located
                                                                 for m in g.mentions)]
    return subjects[-1] if subjects else None  # "les institutions qui travaillent pour les réfugiés reçoivent"


