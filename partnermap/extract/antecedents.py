"""What a reference stands for when it names no actor itself: "the project", "l'organisation", "it", "they".

Links need the actors a cue joins, and a text often names them once, then refers back:

- "the project"/"le projet"/"the programme" stands for the programme itself when the text names one
  as an actor ("the Joint Labour Migration Programme … Partners implementing the programme"), else
  for the actors that run it ("Switzerland and UNDP start a new project … The project will work on
  empowering local authorities");
- "the organization"/"l'organisation" stands for the last organisation named, one body (not "international
  organizations");
- a pronoun agrees in number with what it stands for: "it", "its", "son", "sa", "ses" take the nearest
  single actor, "they", "their", "ils", "leur" the nearest list or plural group ("the NGOs", "des
  experts de l'OIM": the staff of a body are many).

References found here take part in links only: they add no actor and no alias to the draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .arguments import Group, group_mentions
from .compiled import CompiledLexicon
from .mentions import Mention, SentenceActors, in_text_order
from .tokens import Token, fold

PROJECT_NOUNS = frozenset(("project", "programme", "program", "projet", "initiative",
                           # "X and Y signed a Memorandum of Understanding … The MoU will support Z": an
                           # agreement stands for those who made it, as a project for those who run it
                           "memorandum", "mou", "agreement", "partnership", "accord", "partenariat"))
_PROJECT_REFERENCE = re.compile(
    r"(?:\b(?:the|this|le|ce|cette)\s+|\b[Ll]['’]\s*)(?:(?:new|same|nouveau|nouvelle|même)\s+)?"
    r"(?:projects?|programmes?|programs?|projets?|initiatives?|MoUs?|MOUs?|memorandum|agreements?|partnerships?|"
    r"accords?|partenariats?)\b"
    # ("the project of X" names its own owner; "cette initiative de 1,5 million de dollars" does not)
    r"(?!\s*(?:of|de|du|des|d['’]|on|sur|pour|for|between|entre|with|avec)\b(?!\s*\d))",
    re.I)
_ORGANISATION_REFERENCE = re.compile(
    r"\b(?:(?:the|this|that|cette)\s+|l['’]\s*)(?:organi[sz]ation)\b"
    r"(?!\s*(?:of|de|du|des|d['’])\b)"  # "the organization of the conference": organising
    r"(?!\s+[a-zà-ÿ]+(?:al|ale|ales|aux|ique|iques|ives?)\b)",  # "l'organisation syndicale": a kind of body
    re.I)
_SHORT_NAME = re.compile(
    r"\b(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’]\s*)\s*(?P<head>Group|Forum|Committee|Commission|Council|Process|Network|Alliance|Agency|"
    r"Office|Programme|Program|Initiative|Fund|Board|Dialogue|Conference|Union|Bank|Centre|Center|Groupe|Comité|"
    r"Conseil|Processus|Réseau|Agence|Bureau|Fonds|Conférence|Banque)\b"
    r"(?!\s+(?:of|on|for|de|du|des|d['’]|sur|pour|[A-Z]))")  # "the Group of 77", "the Forum on…": a name
# The same in lower case, for the processes and forums a text names first: "the Abu Dhabi Dialogue (…)
# Civil society has been invited to contribute to the dialogue", "le Processus de Rabat … le processus".
_PROCESS_REFERENCE = re.compile(
    r"\b(?:the|this|le|ce)\s+(?P<head>dialogue|process|forum|processus)\b"
    r"(?!\s+(?:of|on|for|de|du|des|d['’]|sur|pour|between|entre|with|avec)\b)")
_BODY_KINDS = frozenset(("international_organization", "regional_institution", "civil_society", "government_sector",
                         "trade_union", "employers_organization", "migrant_association", "academia"))
_STATE_KINDS = frozenset(("government",))
# "the two organizations", "les deux parties": the last two bodies named that fit the noun.
_PAIR_REFERENCE = re.compile(
    r"(?<!\bin )(?<!\bfrom )(?<!\bdans )(?<!\bdes )"  # "in both countries", "des deux pays": places, members
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Ll]es\s+deux|[Cc]es\s+deux)\s+(?P<head>organi[sz]ations|agencies|agences|"
    r"institutions|countries|pays|governments|gouvernements|parties|sides|partners|partenaires)\b")
_PAIR_KINDS = {
    "organizations": _BODY_KINDS, "organisations": _BODY_KINDS, "agencies": _BODY_KINDS, "agences": _BODY_KINDS,
    "institutions": _BODY_KINDS, "countries": _STATE_KINDS, "pays": _STATE_KINDS, "governments": _STATE_KINDS,
    "gouvernements": _STATE_KINDS, "parties": None, "sides": None, "partners": None, "partenaires": None}
"""The kinds each noun of a pair reference may stand for (None: any kind but the people served)."""
SHORT_NAMES = 40
"""How many named mentions, the last, a short name ("the Group", "le Comité") may stand for."""
_ORGANISATION_KINDS = frozenset(("international_organization", "regional_institution"))
_PROTAGONIST_KINDS = frozenset(("international_organization", "regional_institution", "civil_society",
                                "government_sector", "migrant_association", "trade_union", "employers_organization"))
# A project, not an agreement: only a project may be the protagonist's own when its runners are not said.
_PROJECT_NOUN = re.compile(r"projects?|programmes?|programs?|projets?|initiatives?", re.I)
RUNNERS_REACH = 5
"""At most this many words between the actors and the project they start ("X and Y start a new project")."""
_STARTING = re.compile(r"^\)?[\s\w'’-]*$")  # (after an acronym in brackets: "… (UNHCR) have signed a …")
_INDEFINITE = frozenset(("a", "an", "un", "une", "their", "leur"))
_NEW = frozenset(("new", "nouveau", "nouvel", "nouvelle", "joint", "conjoint", "second", "third", "pilot", "pilote"))
_RELATIVES = frozenset(("where", "which", "that", "who", "whose", "ou", "qui", "que", "dont", "lequel", "laquelle"))
_DECLARING = re.compile(r"^\W*(?:we|nous)\s*,", re.I)
REFERENCE_GROUP = -1
"""Group numbers of the mentions made here are negative, apart from those detection gives."""


@dataclass
class Referents:
    """What a later sentence may refer back to: the project the text is about (the programme named as an
    actor, or the actors running it) and the last organisation named."""

    project: tuple[Mention, ...] = ()
    organisation: Mention | None = None
    named: list[Mention] = field(default_factory=list)
    """The last mentions naming a body by a name with a capital ("the Global Migration Group")."""
    declarer: tuple[Mention, ...] = ()
    """Who speaks in a declaration: "We, the Ministers … of the participating States", "Nous, chefs d'État"."""
    groups: int = field(default=0)
    named_times: dict[str, int] = field(default_factory=dict)
    """How many sentences so far named each organisation (not countries, nor people served)."""
    last_named: dict[str, Mention] = field(default_factory=dict)
    counted: set[tuple[int, str]] = field(default_factory=set)
    """(sentence start, organisation) already counted: `remember` may read a sentence's start twice."""

    @property
    def protagonist(self) -> tuple[Mention, ...]:
        """The organisation a text is about when no project is named: the one named in most sentences, at
        least twice and more than any other ("L'OIM … l'OIM fournit … Cette initiative est financée par le
        Japon": the initiative is IOM's)."""
        ranked = sorted(self.named_times.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return ()
        return (self.last_named[ranked[0][0]],)

    @property
    def subject(self) -> tuple[Mention, ...]:
        """The document's subject, when it is clear: the project it is about, else who declares it."""
        return self.project or self.declarer

    def next_group(self) -> int:
        self.groups += 1
        return REFERENCE_GROUP - self.groups


def head_is_plural(mention: Mention, tokens: Sequence[Token]) -> bool:
    """Whether the words naming an actor are plural ("the NGOs", "les gouvernements", "Regional Economic
    Communities"), by the head noun: the last word before "of"/"for" in English, the first in French (an
    acronym, such as "UNHCR", is singular, "RECs" plural). The staff of a body are many: "experts de l'OIM",
    "IOM officials"."""
    words = [t for t in tokens if mention.start <= t.start < mention.end]
    if not words:
        return False
    before = [fold(t.text).rstrip("'’") for t in [t for t in tokens if t.end <= mention.start][-3:]]
    if any(word in _STAFF for word in before):
        return True
    if before and before[-1] in _PLURAL_DETERMINERS:
        return True  # "les ONG", "these NGO"
    if before and before[-1] in _SINGULAR_DETERMINERS:
        return False
    cut = next((i for i, t in enumerate(words) if t.norm in _HEAD_ENDS), len(words))
    english = any(t.norm in _ENGLISH for t in tokens)  # cheap: French has none of these
    head = words[max(0, cut - 1)] if english else words[0]
    text = head.text
    if text.isupper():
        return False
    if text[:-1].isupper() and text.endswith("s"):
        return True  # "NGOs", "RECs"
    return fold(text) != head.norm and fold(text).endswith(("s", "x"))


_ENGLISH = frozenset(("of", "for", "the", "and"))
_HEAD_ENDS = frozenset(("of", "for", "on", "in", "to", "de", "du", "des", "d'", "pour", "sur"))
_PLURAL_DETERMINERS = frozenset(("les", "des", "ces", "aux", "leurs", "nos", "vos", "plusieurs", "certaines",
                                 "certains", "these", "those", "many", "several", "both", "various", "all"))
_SINGULAR_DETERMINERS = frozenset(("le", "la", "l", "un", "une", "du", "au", "cette", "ce", "cet", "a", "an",
                                   "this", "that", "its", "each", "every"))
_STAFF = frozenset(("experts", "staff", "officials", "personnel", "representatives", "representants", "delegates",
                    "delegues", "agents", "fonctionnaires"))


def group_is_plural(group: Group, tokens: Sequence[Token]) -> bool:
    """A list of several actors, or one named in the plural."""
    return len({m.concept for m in group.mentions}) > 1 or any(head_is_plural(m, tokens) for m in group.mentions)


_NOT_PROJECT_KINDS = frozenset(("civil_society", "academia", "private_sector", "trade_union", "migrant_association",
                                "youth_association", "employers_organization"))
"""Kinds of body a name with "Initiative" or "Programme" in it is not a project of."""


def _project_tokens(sentence: SentenceActors) -> list[Token]:
    return [t for t in sentence.tokens if t.norm in PROJECT_NOUNS]


def remember(sentence: SentenceActors, lexicon: CompiledLexicon, referents: Referents) -> None:
    """Update what later sentences may refer to, from this sentence's own mentions."""
    kinds = lexicon.kinds
    served = lexicon.lexicon.served_kinds or frozenset()
    text, offset = sentence.sentence.text, sentence.sentence.start
    if not referents.declarer and _DECLARING.match(text):
        first = next((m for m in sentence.mentions if kinds.get(m.concept) not in served), None)
        referents.declarer = (first,) if first else ()
    referents.named = [*referents.named, *(m for m in sentence.mentions if m.how != "reference"
                                           and any(c.isupper() for c in m.words))][-SHORT_NAMES:]
    organisations = _organisations(sentence, lexicon)
    if organisations:
        referents.organisation = organisations[-1]
    for mention in {m.concept: m for m in sentence.mentions if m.how != "reference"
                    and kinds.get(m.concept) in _PROTAGONIST_KINDS and not m.located}.values():
        referents.last_named[mention.concept] = mention
        if (sentence.sentence.start, mention.concept) not in referents.counted:
            referents.counted.add((sentence.sentence.start, mention.concept))
            referents.named_times[mention.concept] = referents.named_times.get(mention.concept, 0) + 1
    groups = group_mentions(sentence.mentions, text, offset)
    for noun in _project_tokens(sentence):
        named = [m for m in sentence.mentions if m.start <= noun.start < m.end and m.how != "reference"
                 and kinds.get(m.concept) not in served]
        if named and kinds.get(named[0].concept) in _NOT_PROJECT_KINDS:
            continue  # "Hunde Oromo Grassroots Development Initiative": an NGO, not a project
        if named:  # "the Joint Labour Migration Programme": the programme is an actor
            referents.project = (named[0],)
            continue
        previous = [fold(t.text) for t in sentence.tokens if t.end <= noun.start][-3:]
        while previous and previous[-1] in _NEW:
            previous.pop()
        if not previous or previous[-1] not in _INDEFINITE:
            continue  # "a new project", "un projet": one a text starts, not one it names again
        runners = [g for g in groups if g.end <= noun.start]
        if not runners:
            continue
        between = [t for t in sentence.tokens if runners[-1].end <= t.start < noun.start]
        if len(between) <= RUNNERS_REACH and _STARTING.match(text[runners[-1].end - offset:noun.start - offset]) \
                and not any(fold(t.text) in _RELATIVES for t in between):  # "countries where a project…"
            actors = tuple(m for m in runners[-1].mentions if kinds.get(m.concept) not in served)
            if actors:
                referents.project = actors


def with_references(sentence: SentenceActors, lexicon: CompiledLexicon, referents: Referents) -> SentenceActors:
    """The sentence with a mention for each reference naming no actor itself ("the project", "l'organisation"),
    standing for what it refers to; the sentence as it is when it has none."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    added: list[Mention] = []
    spans = [(m.start, m.end) for m in sentence.mentions]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in spans)

    for pattern in (_PAIR_REFERENCE, _PROJECT_REFERENCE, _ORGANISATION_REFERENCE, _SHORT_NAME, _PROCESS_REFERENCE):
        for found in pattern.finditer(text):
            start, end = offset + found.start(), offset + found.end()
            if not free(start, end):
                continue
            before = _cut(sentence, start)
            actors: tuple[Mention, ...]
            if pattern is _PAIR_REFERENCE:
                actors = _last_two(found.group("head").lower(), [*referents.named, *before.mentions], lexicon)
            elif pattern is _SHORT_NAME or pattern is _PROCESS_REFERENCE:
                named = _named_by(found.group("head"), [*referents.named, *before.mentions], lexicon)
                actors = (named,) if named else ()
            elif pattern is _PROJECT_REFERENCE:
                remember(before, lexicon, referents)  # "X and Y start a new project; the project will…"
                actors = referents.project or (referents.protagonist if _PROJECT_NOUN.search(found.group()) else ())
            else:
                organisation = _organisation_before(before, lexicon, referents)
                actors = (organisation,) if organisation else ()
            if not actors:
                continue
            group = referents.next_group()
            words = " ".join(found.group().split())
            added += [Mention(m.concept, sentence.sentence, start, end, words, "reference", group)
                      for m in dict((m.concept, m) for m in actors).values()]
            spans.append((start, end))
    if not added:
        return sentence
    mentions = tuple(in_text_order((*sentence.mentions, *added)))
    return replace(sentence, mentions=mentions)


def _named_by(head: str, named: list[Mention], lexicon: CompiledLexicon) -> Mention | None:
    """The body a short name stands for: the last named with that word in its name ("the Group": the Global
    Migration Group; "le Comité": the Comité exécutif du HCR)."""
    word = lexicon.normaliser.word(head)
    for mention in reversed(named):
        if mention.how != "reference" and any(c.isupper() for c in mention.words) \
                and word in (lexicon.normaliser.word(w) for w in re.findall(r"\w+", mention.words)):
            return mention
    return None


def _last_two(head: str, named: list[Mention], lexicon: CompiledLexicon) -> tuple[Mention, ...]:
    """The two bodies "the two organizations" or "les deux pays" stand for: the last two named that fit the
    noun; none when fewer than two were named."""
    fitting = _PAIR_KINDS[head]
    served = lexicon.lexicon.served_kinds or frozenset()
    chosen: dict[str, Mention] = {}
    for mention in reversed(named):
        kind = lexicon.kinds.get(mention.concept)
        if mention.how == "reference" or mention.located or kind in served \
                or (fitting is not None and kind not in fitting) or mention.concept in chosen:
            continue
        chosen[mention.concept] = mention
        if len(chosen) == 2:
            return tuple(chosen.values())
    return ()


def _cut(sentence: SentenceActors, position: int) -> SentenceActors:
    """The sentence's mentions before `position` only."""
    return replace(sentence, mentions=tuple(m for m in sentence.mentions if m.end <= position))


def _organisations(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Mention]:
    """The sentence's mentions of one organisation each (not "international organizations")."""
    kinds = lexicon.kinds
    return [m for m in sentence.mentions if kinds.get(m.concept) in _ORGANISATION_KINDS and m.how != "reference"
            and not head_is_plural(m, sentence.tokens)]


def _organisation_before(sentence: SentenceActors, lexicon: CompiledLexicon, referents: Referents) -> Mention | None:
    """The organisation "the organization" stands for: the last one named before it in its sentence, else
    the last one named in an earlier sentence."""
    here = _organisations(sentence, lexicon)
    return here[-1] if here else referents.organisation
