"""Which actors a cooperation cue joins: its subject and its partners, not every actor of the sentence.

Actors listed together ("governments, trade unions and employers") form a group. Around a cue:

- the subject is the nearest group before the cue in its clause ("X should work with Y",
  "encourages X to cooperate with Y", "X, en coopération avec Y");
- the partners are the first group after the cue: after a partner marker ("with", "avec",
  "by"), or right after a cue that takes an object ("support X", "engage Y");
- "between"/"among"/"entre" after the cue makes the group after it partners of each other
  ("partnerships between X and Y"); a subject group with no partner after the cue is
  reciprocal ("X and Y should cooperate"), a partner group after "with" with no subject is
  not ("engagement with X and Y");
- a group merely listed elsewhere in the clause joins nobody, and a list of more than
  RECIPROCAL_LIST actors (the participants of a meeting) is never reciprocal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from .mentions import Mention
from .tokens import fold

# Words that may stand between two actors of one list.
_LIST_WORDS = frozenset(fold(w) for w in (
    "and", "or", "as", "well", "the", "of", "its", "their", "other", "all", "various", "relevant",
    "including", "notably", "especially", "such", "in", "particular", "both", "also", "concerned",
    "et", "ou", "ainsi", "que", "les", "la", "le", "l", "des", "de", "du", "d", "leur", "leurs", "ses",
    "autres", "tous", "toutes", "notamment", "y", "compris", "en", "particulier", "aussi", "concernés",
    "s", "a", "an", "un", "une",
    "tant", "tout", "toute", "particulierement", "specialement", "surtout", "above", "mainly", "principalement",
    # "all other actors, including X", "le système des Nations Unies que d'autres mécanismes, tout
    # particulièrement X": the list goes on through these words
    "actors", "stakeholders", "partners", "acteurs", "intervenants", "partenaires", "parties", "prenantes",
    "mechanisms", "mecanismes", "bodies", "organismes", "entities", "entites", "institutions", "organizations",
    "organisations", "agencies",
    # "et divers acteurs nationaux et internationaux comme les migrants, la société civile"
    "divers", "diverses", "comme", "like", "national", "nationaux", "nationales", "international", "internationaux",
    "internationales", "local", "locaux", "locales",
    # "l'OIM et des autres organismes membres du Groupe mondial sur la migration"
    "members", "member", "membres", "membre",
    # "avec les autorités, mais également (avec) plusieurs ONG", "with X but also with Y"
    "but", "mais", "egalement", "plusieurs", "several"))
_LIST_GAP = 60
"""At most this many characters between two actors of one list."""
_WORD = re.compile(r"\w+")
RECIPROCAL_MARKERS = frozenset(("between", "among", "amongst", "entre", "parmi"))
RECIPROCAL_LIST = 3
"""A list of more actors than this names participants, not partners of each other."""
OBJECT_REACH = 4
"""How many words may stand between a cue taking an object and the first actor of that object."""


@dataclass(frozen=True)
class Group:
    """Actors listed together: `start`/`end` span them in the document."""

    mentions: tuple[Mention, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return max(m.end for m in self.mentions)


_OFFICE_PLACE = re.compile(r"^\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,])")


def group_mentions(mentions: Sequence[Mention], text: str, offset: int) -> list[Group]:
    """Consecutive mentions joined only by list words and punctuation form one group."""
    groups: list[list[Mention]] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if groups:
            last = groups[-1]
            end = max(m.end for m in last)
            between = text[end - offset: mention.start - offset] if mention.start >= end else ""
            if last[-1].words.isupper():  # "UNDP Iraq and IOM": an acronym's office, named by its country
                between = _OFFICE_PLACE.sub("", between, count=1)
            if mention.start < end or (is_list_glue(between) and not _new_subject(last, mention, text, offset)):
                last.append(mention)
                continue
        groups.append([mention])
    return [Group(tuple(part)) for g in groups for part in _backer_then_subject(g, text, offset)]


# Who backs a doing, before the list its subject goes on: "Avec l'appui de l'UE, l'OIT et l'OIM ont co-organisé".
_BACKER_BEFORE = re.compile(r"\b(?:with|avec)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?(?:(?:financial|technical|financier|"
                            r"technique)\s+)?(?:support|appui|soutien|aide|assistance|help)\s+(?:of|from|de|du|des|"
                            r"d['’])\s*(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?$", re.I)


def _backer_then_subject(group: list[Mention], text: str, offset: int) -> list[list[Mention]]:
    """A list opened by a backer and closed by its verb is two groups: the backer, then the verb's subject."""
    if len(group) < 3:  # (a backer, a comma, then a list joined by "and": three mentions at least)
        return [group]
    gaps = [text[a.end - offset:b.start - offset] for a, b in zip(group, group[1:], strict=False)]
    comma = next((i + 1 for i, gap in enumerate(gaps) if "," in gap), None)
    joined = [i for i, gap in enumerate(gaps) if _AND.search(gap)]
    # (the list after the comma must end at the verb: in "with support from the EU, Luxembourg and UNCDF, IFAD
    # will…" a comma after the conjunction closes the backers' list)
    if comma is None or not joined or joined[0] < comma or any("," in gap for gap in gaps[joined[0]:]) \
            or not _BACKER_BEFORE.search(text[max(0, group[0].start - offset - 60):group[0].start - offset]) \
            or not starts_with_verb(text[max(m.end for m in group) - offset:].lstrip(")")):
        return [group]
    return [group[:comma], group[comma:]]


_AND = re.compile(r"\b(?:and|et)\b", re.I)


# "by" or "par" right before an actor: the agent of a passive ("funded by the EU", "mis en œuvre par l'OIM").
AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?$", re.I)
_VERB_AFTER = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:is|are|was|were|has|have|had|will|would|should|must|can|"
                         r"could|may|shall|est|sont|a|ont|va|vont|doit|doivent|devrait|devraient|peut|peuvent)\b")


def _new_subject(group: list[Mention], mention: Mention, text: str, offset: int) -> bool:
    """Whether `mention` opens a new clause after a comma rather than going on with the list: "co-financed
    by the EU, IFAD is partnering with…" (an agent after "by", then a subject and its verb)."""
    return bool(AGENT_BEFORE.search(text[max(0, group[0].start - offset - 12):group[0].start - offset])
                and starts_with_verb(text[mention.end - offset:]))


def starts_with_verb(text: str) -> bool:
    """Whether `text` opens with a finite verb (an acronym in brackets may come first): "(IFAD) is…"."""
    return bool(_VERB_AFTER.match(text))


# What an actor is, said right after it between commas: "In Touch, a Senegalese fintech, and Orange Money".
_APPOSED = re.compile(r"^,\s+(?:a|an|un|une)\s+[^,;.:()]{1,60}(?=,)")
# How an actor takes part, said right after it: "the IRC through its Re:BUiLD program, the MMC and…".
_MEANS = re.compile(r"^\s+(?:through|via|à travers|au travers de|par le biais de)\s+(?:its|their|son|sa|ses|leur|leurs)"
                    r"\s+(?:[^,;.:()]|:(?=\w)){1,50}(?=,)", re.I)  # (a colon inside a name: "Re:BUiLD")


# A partner marker said again after a coordinator or a comma goes on with the list ("with X and with Y",
# "avec le gouvernement, avec les ONG et les partenaires").
_MARKER_AGAIN = re.compile(r"(\band|\bor|\bet|\bou|\bbut also|\bas well as|\bmais aussi|\bmais également|"
                           r"\bainsi qu['’]?|,)\s*(?:with|avec)\b", re.I)


# A short name in brackets right after an actor: "le Réseau des Nations unies sur les migrations (Réseau) et l'UE".
_BRACKETED = re.compile(r"^\s*\([^()]{1,30}\)")


def is_list_glue(between: str) -> bool:
    between = _MARKER_AGAIN.sub(r"\1", _MEANS.sub("", _APPOSED.sub("", _BRACKETED.sub("", between))))
    if between.strip().startswith(";"):  # items of a list between semicolons ("the Beza … Association; AGAR…")
        between = between.strip()[1:]
    if len(between) > _LIST_GAP or any(c in between for c in ".;:!?"):
        return False
    return all(fold(word) in _LIST_WORDS for word in _WORD.findall(between))


@dataclass(frozen=True)
class Construction:
    """What a cue joins: `subject` and `partners` groups (either may be missing), and how."""

    subject: Group | None
    partners: Group | None
    reciprocal: bool  # the partners group's actors are partners of each other ("between X and Y")


def construction(groups: Sequence[Group], cue_start: int, cue_end: int, marker: tuple[int, str] | None,
                 words_between: int, *, adverbial: bool, partner_kinds: Callable[[Group], bool],
                 antecedent: Group | None = None, of_partners: bool = False,
                 objects: Collection[Group] = ()) -> Construction:
    """The subject and partners of the cue at [cue_start, cue_end) among the clause's groups.

    `marker` is (offset, word) of a partner marker following the cue, if any; `words_between`
    counts the words between the cue's end and the first group after it. The subject is the
    nearest group before the cue holding a partner (people served are seldom subjects), or the
    clause's first such group when the cue is an adverbial (", in cooperation with Y"), or
    `antecedent` (the group a pronoun stands for) when no group comes before the cue.
    `of_partners` says the cue is a noun followed by "of" ("the joint work of X and Y"): the group
    after it are partners of each other. `objects` are groups an earlier cue of the clause took as
    partners: a second verb shares the first one's subject ("X should develop programmes with Y
    and combine their efforts with Z").
    """
    before = [g for g in groups if g.end <= cue_start and partner_kinds(g) and g not in objects]
    if not before:
        subject = antecedent
    else:
        subject = before[0] if adverbial else before[-1]
    after_from = marker[0] if marker else cue_end
    after = [g for g in groups if g.start >= after_from]
    partners = after[0] if after and (marker or words_between <= OBJECT_REACH) else None
    reciprocal = bool(marker and fold(marker[1]) in RECIPROCAL_MARKERS) or (of_partners and bool(after))
    return Construction(subject, partners, reciprocal)


_ADVERBIAL = re.compile(r"(?:^|[,(–—])\s*(?:(?:in|en|and|et|together|jointly|conjointement|also|aussi)\s+){0,2}$", re.I)
_PRONOUN = frozenset(("they", "them", "ils", "elles", "these", "those", "ceux", "celles",
                      "its", "their", "leur", "leurs", "son", "sa", "ses"))  # "its partnership with Y"


def is_adverbial(text_before_cue: str) -> bool:
    """Whether a cue opens an adverbial after a comma: "X should act, in cooperation with Y"."""
    return bool(_ADVERBIAL.search(text_before_cue[-40:])) and "," in text_before_cue[-40:]


def names_a_pronoun(text: str) -> bool:
    """Whether `text` holds a pronoun that may stand for a group of actors ("they", "ils")."""
    return any(fold(word) in _PRONOUN for word in _WORD.findall(text))


_SINGULAR = frozenset(("its", "son", "sa", "ses", "elle", "lui", "it"))
_IMPERSONAL = frozenset(("is", "was", "has", "had", "would", "will", "seems", "seemed", "appears", "appeared",
                         "remains", "becomes", "be", "s"))
SINGULAR, PLURAL = "singular", "plural"
RECENT = "recent"
"""The number a demonstrative stands for ("these partnerships", "ces processus"): the last actors named."""
_DEMONSTRATIVE = frozenset(("these", "those", "ces", "ceux", "celles"))


def pronoun_number(text: str) -> str | None:
    """The number of the first pronoun of `text` that may stand for actors (the subject's: "Ils participent à
    ses réunions"): PLURAL for "they", "their", "ils", "leur"…, SINGULAR for "it", "its", "son", "sa", "ses",
    "elle", RECENT for a demonstrative ("these", "ces"); None without one. "It" followed by a form of "be"
    ("it is important that they") stands for nobody, unless a participle follows ("it is implemented by");
    French "il" too often does ("il faut") to be read."""
    words = [fold(word) for word in _WORD.findall(text)]
    for index, word in enumerate(words):
        if word == "it" and index + 1 < len(words) and words[index + 1] in _IMPERSONAL \
                and not (index + 2 < len(words) and words[index + 2].endswith("ed")):  # "it is funded by"
            continue
        if word in _SINGULAR:
            return SINGULAR
        if word in _DEMONSTRATIVE:
            return RECENT
        if word in _PRONOUN:
            return PLURAL
    return None
