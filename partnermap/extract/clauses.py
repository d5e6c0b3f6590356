"""The parts of a sentence a link is read in: a heading gives none, each clause (the parts between
semicolons) is read on its own, and a phrase opening a clause ("In cooperation with Y, X…") leaves
its subject after the comma closing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arguments import Group, starts_with_verb
from .cues import Cue
from .mentions import Mention, SentenceActors
from .segment import Sentence

_SEMICOLON = re.compile(";")
HEADING_WORDS = 10
TITLE_WORDS = 30
"""A line in title case up to this many words is a heading too."""
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]$")


def is_heading(sentence: Sentence) -> bool:
    """A line alone in its paragraph without a final stop, short ("International cooperation") or
    written in title case ("ILO-DFID Partnership Programme on Fair Recruitment … - NEPAL"), is a
    heading: it states a topic, and is never the evidence of a link."""
    text = sentence.text.strip()
    if sentence.number != 1 or "\n" in text or _SENTENCE_END.search(text):
        return False
    words = text.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) <= HEADING_WORDS or len(words) <= TITLE_WORDS and capitalised > len(words) / 2


@dataclass(frozen=True)
class Clause:
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


# "As Bali Process Co-chairs, Indonesia and Australia will…": the role the subject acts in opens the
# sentence; the bodies it names are no partners of the clause.
_ROLE_OPENING = re.compile(r"^\s*(?:As|En tant que|En leur qualité de|En sa qualité de|In (?:its|their) capacity as)"
                           r"\s[^,;]{1,80},\s*")


# "As most migrants, refugees and IDPs live in urban areas, UN-Habitat is supporting the MMC": a clause
# giving a reason or a time opens the sentence; the people it names are not those the main clause serves.
_REASON_OPENING = re.compile(r"^\s*(?:As|Since|Because|Given\s+that|While|Whereas|Comme|Puisque|Parce\s+que|"
                             r"[EÉ]tant\s+donn[ée]\s+que|Vu\s+que|Alors\s+que)\s", re.I)


def reason_opening_end(sentence: SentenceActors, clause: Clause, position: int) -> int | None:
    """Where a clause of reason or time opening the sentence ends: at the last comma before `position`
    (a cue of the main clause), if `clause` holds that comma; None when the sentence opens with no
    such word or no comma comes first."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    if not _REASON_OPENING.match(text):
        return None
    comma = text.rfind(",", 0, position - offset)
    return offset + comma if comma >= clause.start - offset else None


LIST_ITEM_WORDS = 8
"""A part after a semicolon this short is an item of a list ("…; AGAR Ethiopia; Facilitator for Change; …"),
not a clause of its own."""


def clauses(sentence: SentenceActors) -> list[Clause]:
    text, offset = sentence.sentence.text, sentence.sentence.start
    marks = [match.end() for match in _SEMICOLON.finditer(text)]
    ends = [*marks[1:], len(text)] if marks else []
    cuts = [offset + mark for mark, end in zip(marks, ends, strict=True)
            if len(text[mark:end].split()) > LIST_ITEM_WORDS]
    role = _ROLE_OPENING.match(text)
    start = offset + role.end() if role and (not cuts or offset + role.end() < cuts[0]) else offset
    bounds = [start, *cuts, offset + len(text)]
    return [Clause(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


FRAME_WORDS = 25
"""How many words a frame opening the sentence ("Dans le cadre de…", "As part of…") may hold before a cue."""
_FRAME_OPENING = re.compile(r"^\s*(?:Dans\s+le\s+cadre\s+d|Au\s+titre\s+d|Within\s+the\s+framework|"
                            r"In\s+the\s+framework|Under\s+the|As\s+part\s+of|In\s+the\s+context\s+of|"
                            r"Dans\s+le\s+contexte\s+d|Sous\s+(?:l['’]|la\s|le\s))", re.I)
DESCRIBED_WORDS = 3
"""How many words may describe the subject after the comma closing an opening phrase."""
FRONT_WORDS = 6
"""A cue at most this many words into its clause, before any comma, opens it ("In cooperation with Y, X…")."""
_COMMA = re.compile(r",\s*")
# (", avec les ONG et les partenaires des Nations Unies, l'OIM …": a second "with" goes on with the opening)
_LIST_GOES_ON = re.compile(r"(?:du|des|de\s+la|de\s+l['’]|d['’]|of\s+the|as\s+well\s+as|ainsi\s+que|"
                           r"(?:and\s+|et\s+)?(?:with|avec))\b", re.I)
_CONJUNCTION = re.compile(r"\b(?:and|or|et|ou)\b", re.I)
_CHAINED_OPENING = re.compile(r"^(?:[^,;.]{0,40}?\s[-–—]\s+)?\W*(?:in|en)\s+(?:close\s+|étroite\s+)?"
                              r"(?:cooperation|collaboration|coordination|partnership|coopération|partenariat)\s+(?:étroite\s+)?(?:with|avec)\s[^,;.]{1,80}?"
                              r"\s(?:and|et)\s+(?:with|avec)\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?$", re.I)


def _inside_list(position: int, groups: list[Group], text: str, offset: int) -> bool:
    """Whether `position` (a comma) stands inside a list of actors that a conjunction closes."""
    return any(g.start < position < g.end and _CONJUNCTION.search(
        _between_names(text, offset, position, [m for m in g.mentions if m.start >= position])) for g in groups)


ADVERBIAL_WORDS = 5
"""How many words a time or place phrase may hold before a fronted phrase ("Le mois dernier, avec le
soutien de X, Y a organisé…")."""


def _after_adverbial(sentence: SentenceActors, clause: Clause, cue: Cue, groups: list[Group]) -> int:
    """Where the clause's opening phrase starts once a short phrase naming no actor, closed by a comma,
    is set aside: the clause's start when there is none."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    comma = _COMMA.search(text, clause.start - offset, cue.start - offset)
    if comma is None or _COMMA.search(text, comma.end(), cue.start - offset):
        return clause.start
    before = [t for t in sentence.tokens if clause.start <= t.start < offset + comma.start()]
    if len(before) > ADVERBIAL_WORDS or any(clause.start <= g.start < offset + comma.start() for g in groups):
        return clause.start
    return offset + comma.end()


def _between_names(text: str, offset: int, start: int, mentions: list[Mention]) -> str:
    """The words from `start` to the last of `mentions` that no mention covers: the "and" of "the Department
    of Economic and Social Affairs" belongs to the name, not to a list."""
    spans, position = [], start
    for mention in mentions:
        spans.append(text[position - offset:max(position, mention.start) - offset])
        position = max(position, mention.end)
    return " ".join(spans)


def fronted(sentence: SentenceActors, clause: Clause, cue: Cue, groups: list[Group]
            ) -> tuple[list[Group], Group | None]:
    """The subject of a clause that a cue's phrase opens: "In cooperation with the ILO, the Government
    will…", "A la veille des Consultations annuelles avec les ONG, l'UNHCR a signé…": the group
    right after the comma closing the opening phrase. The groups come back cut at that comma (a
    list does not run on through it), with the subject, or None when the cue opens no phrase."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    start = _after_adverbial(sentence, clause, cue, groups)
    opening = text[start - offset:cue.start - offset]
    words = [t for t in sentence.tokens if start <= t.start < cue.start]
    # A frame the sentence opens with may run longer and name actors of its own: "Dans le cadre de son
    # projet financé par l'AICS et en coopération avec l'OTE, l'OIT œuvre…" (the OIT cooperates).
    framed = bool(_FRAME_OPENING.match(opening)) and len(words) <= FRAME_WORDS
    # ("In close collaboration with the Government and with the support of the UN, IOM …": the opening's
    # first adjunct may name its own partner)
    chained = bool(_CHAINED_OPENING.match(opening))
    if "," in opening or not framed and not chained and (len(words) > FRONT_WORDS
                                                         or any(start <= g.start < cue.start for g in groups)):
        return groups, None
    comma = _COMMA.search(text, cue.end - offset, clause.end - offset)
    # ("grâce à l'appui du Canada à travers le PSOP, du département d'État et du Bureau INL, l'OIM …": a
    # comma the list goes on after is the list's own; so is a comma inside a list of actors, "with
    # support from the EU, Luxembourg and UNCDF, IFAD will…")
    while comma is not None and (_LIST_GOES_ON.match(text, comma.end()) or _inside_list(comma.start() + offset,
                                                                                       groups, text, offset)):
        comma = _COMMA.search(text, comma.end(), clause.end - offset)
    if comma is None:
        return groups, None
    cut = offset + comma.start()
    split: list[Group] = []
    for group in groups:
        parts = ([m for m in group.mentions if m.start < cut], [m for m in group.mentions if m.start >= cut])
        if parts[0] and parts[1] and _CONJUNCTION.search(_between_names(text, offset, cut, parts[1])) \
                and not starts_with_verb(text[group.end - offset:]):
            # "work with X, Y and Z": the comma is the list's own; but a verb right after the list makes the part
            # after the comma its subject ("Avec l'appui de l'UE, l'OIT et l'OIM ont co-organisé…")
            return groups, None
        split += [Group(tuple(part)) for part in parts if part]
    after = next((g for g in split if g.start >= offset + comma.end()), None)
    if after is None:
        return groups, None
    if framed:  # the frame's own actors are no subjects of the cue
        split = [g for g in split if not clause.start <= g.start < cue.start]
    gap = [t for t in sentence.tokens if offset + comma.end() <= t.start < after.start]
    # An article at most (", the Government"), or a few words describing a subject whose verb follows
    # (", the Rome-headquartered IFAD will establish")
    described = len(gap) <= DESCRIBED_WORDS and starts_with_verb(text[after.end - offset:])
    return (split, after) if len(gap) <= 1 or described else (groups, None)
