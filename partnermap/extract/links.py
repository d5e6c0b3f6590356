"""Candidate links: the actors a cooperation or support cue joins, clause by clause.

Per clause (the parts of a sentence between semicolons) and per cue, the subject and the
partners of the cue's construction are linked (arguments.py: "X should work with Y",
"encourages X to cooperate with Y", "partnerships between X and Y", "X, en coopération avec
Y"); a list of participants, a cue inside an actor's name and a heading give none. Verb cues
are found in their other forms ("travaille avec", "engaged with", "works closely with"). The
subject may stand after a phrase the cue opens ("In cooperation with Y, X…"), be a pronoun or
possessive for the actors named last ("they", "its partnership with Y"), or be joined by a
comitative partner who shares its later verbs ("X, in collaboration with Y, supports Z");
"in cooperation with Y" after a verb's object joins the verb's subject; "the support of X to Y"
links giver and receiver, "with the support of X" the giver and whom it backs. Actors
joined by a hyphen ("Switzerland-UNDP") are partners, and a recommendation for "the sectors
of government, including X, Y" links the government to each. Actors the partnerships serve
(migrants, the public…) are linked from those a cue joins, never to each other; actors named
by the same words (a reference, a collective) are never linked to each other. When no cue
finds a subject or partners, a clause of at most four actors and no list links them by
co-occurrence (a place only to the people served there). Pair phrases ("coopération
internationale") link their own two actors. References ("the project", "l'organisation") and
pronouns stand for the actors they agree with (antecedents.py); a passive with no agent is the
document's subject's when it is clear, and a list introduced as partners names the project's.
A pair takes the type cue nearest to it, the strength of the modal governing its cue, and a
confidence. Candidates for the same pair and type are merged across sentences, keeping every
sentence as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from ..graph.model.vocab import shipped_vocabulary
from .antecedents import Referents, group_is_plural, remember, with_references
from .arguments import (
    RECENT,
    RECIPROCAL_LIST,
    SINGULAR,
    Construction,
    Group,
    construction,
    group_mentions,
    is_adverbial,
    pronoun_number,
    starts_with_verb,
)
from .compiled import CompiledLexicon
from .detect import Mention, SentenceActors, first_mentions
from .joining import joining_pairs
from .lexicon import Lexicon
from .phrases import PhraseMatcher, inflected, parse_phrase
from .segment import Sentence
from .tasks import task_pairs
from .tokens import Token, fold
from .trainings import Trainings

FALLBACK_TYPE = "multilateral_cooperation"
FALLBACK_STRENGTH = "endorsed"
GOVERNING_REACH = 30
"""At most this many characters between a modal and the cue it governs ("should also work with")."""
MARKER_REACH = 3
"""How many words may stand between a cooperation cue and the partner marker after it."""


@dataclass(frozen=True)
class Cue:
    """A cue phrase found in a sentence: `category` is cooperation, support, type or strength."""

    category: str
    value: str
    start: int
    end: int
    words: str


@dataclass
class CandidateLink:
    """A drafted link; `evidence` holds the sentences it was read from, `cues` the words that told."""

    from_actor: str
    to_actor: str
    directed: bool
    type: str
    strength: str
    confidence: float
    evidence: list[Sentence] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    type_guessed_from: str = "cue"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.from_actor, self.to_actor, self.type)


@dataclass(frozen=True)
class Finding:
    """What linking made of one sentence that looked relevant: the links, or why none."""

    sentence: Sentence
    actors: tuple[str, ...]
    cues: tuple[Cue, ...]
    links: int
    reason: str


_INFLECTED: dict[tuple[int, str], tuple[Lexicon, PhraseMatcher, PhraseMatcher]] = {}


def cue_matchers(lexicon: CompiledLexicon) -> tuple[PhraseMatcher, PhraseMatcher]:
    """The cooperation and support matchers, finding each verb cue in its other forms too
    ("travailler avec" finds "l'OIM travaille avec", "engage with" finds "engaged with"); made once
    per lexicon and language."""
    key = (id(lexicon.lexicon), lexicon.language)
    kept = _INFLECTED.get(key)
    if kept is None or kept[0] is not lexicon.lexicon:
        language, normaliser = lexicon.language, lexicon.normaliser
        cooperation, support = (
            matcher.extended((parse_phrase(form, normaliser), category)
                             for written in phrases.get(language, ()) for form in inflected(written, language))
            for category, phrases, matcher in (("cooperation", lexicon.lexicon.cooperation, lexicon.cooperation),
                                               ("support", lexicon.lexicon.support, lexicon.support)))
        kept = _INFLECTED[key] = (lexicon.lexicon, cooperation, support)
    return kept[1], kept[2]


def find_cues(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Cue]:
    """Every cue phrase of the sentence, in text order."""
    tokens, text = sentence.tokens, sentence.sentence
    cues = []
    cooperation, support = cue_matchers(lexicon)
    plain = _without_adverbs(tokens, lexicon.language)
    for category, matcher in (("cooperation", cooperation), ("support", support),
                              ("type", lexicon.types), ("strength", lexicon.strengths)):
        verbal = category in ("cooperation", "support") and plain is not tokens
        for found in (tokens, plain) if verbal else (tokens,):
            for match in matcher.find(found):
                start, end = found[match.start].start, found[match.end - 1].end
                words = " ".join(text.text[start - text.start: end - text.start].split())
                cues.append(Cue(category, str(match.payload), start, end, words))
    cues += _inserted_partners(sentence, lexicon)
    cues += _done_with(sentence, cues)
    cues += _joint_verbs(sentence, [c for c in cues if c.category == "cooperation"])
    # A cue found by two of its forms ("work with", "works with") counts once.
    return sorted(set(cues), key=lambda c: (c.start, c.end, c.category, c.value))


def _without_adverbs(tokens: Sequence[Token], language: str) -> Sequence[Token]:
    """The tokens without the adverbs that may stand inside a verb cue: "works closely with",
    "partnered actively with" (English "-ly" words; French cues take their partner marker a few
    words on, "collabore étroitement avec")."""
    if language != "en":
        return tokens
    kept = tuple(t for t in tokens if not (len(t.text) > 4 and t.text.islower() and t.text.endswith("ly")))
    return kept if len(kept) < len(tokens) else tokens


_COMITATIVE = frozenset(("with", "avec"))
_SEMICOLON = re.compile(";")
HEADING_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]$")


def is_heading(sentence: Sentence) -> bool:
    """A short line alone in its paragraph without a final stop ("International cooperation") is
    a heading: it states a topic, and is never the evidence of a link."""
    text = sentence.text.strip()
    return (sentence.number == 1 and "\n" not in text and len(text.split()) <= HEADING_WORDS
            and not _SENTENCE_END.search(text))


_POSSESSIVE = frozenset(("of", "de", "des", "du", "d"))
_MARKER_ENDINGS = frozenset(("by", "with", "par", "avec"))


_GIVER_MARKS = frozenset(("of", "from", "de", "des", "du", "d"))
_RECEIVER_MARKS = frozenset(("to", "for", "a", "au", "aux", "pour", "envers", "towards"))
GIVER_REACH = 2
"""How many words may stand before "of" (adjectives: "l'appui technique de") and after it (articles)."""


def _group_after(sentence: SentenceActors, position: int, marks: frozenset[str], groups: list[Group]
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


_AFTER_MARKER = re.compile(r"\b(?:with|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.I)
_BACKING = frozenset(("with", "avec", "thanks", "grace", "through", "under"))
_ARTICLES = frozenset(("the", "a", "an", "le", "la", "l", "un", "une", "au", "to", "financial", "technical"))


def _backed(sentence: SentenceActors, clause: _Clause, cue: Cue, groups: list[Group], kinds: dict[str, str],
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
                and not _AFTER_MARKER.search(text[:g.start - offset])]  # "designed with X": X is no subject
    if subjects:
        return subjects[-1]
    return _fronted(sentence, clause, cue, groups)[1]


_POSSESSIVE_S = re.compile(r"^(?:['’]s)?\s*$")


def _after_fronted_agent(sentence: SentenceActors, agent: Group, groups: list[Group]) -> Group | None:
    """The subject right after a fronted "funded by X," phrase: the next group, after a comma, with its verb."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    following = next((g for g in groups if g.start >= agent.end), None)
    if following is None or not _COMMA_ONLY.match(text[agent.end - offset:following.start - offset]):
        return None
    return following if starts_with_verb(text[following.end - offset:]) else None


_COMMA_ONLY = re.compile(r"^\)?\s*(?:\([^)]{1,20}\)\s*)?,\s*$")


def _adjunct_giver(sentence: SentenceActors, cue: Cue, groups: list[Group]) -> Group | None:
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


def _support_of(sentence: SentenceActors, cue: Cue, groups: list[Group], kinds: dict[str, str],
                served: frozenset[str]) -> list[tuple[Mention, Mention]] | None:
    """A support noun followed by who gives it ("the support of IOM", "l'appui technique de l'OIT",
    "la contribution des diasporas"): its giver is no object of the support. The pairs are the
    giver and those the text says it goes to ("l'appui de l'OIT aux structures tripartites");
    None when the cue is not followed by a giver."""
    possessive, giver = _group_after(sentence, cue.end, _GIVER_MARKS, groups)
    if not possessive:
        return None
    receiver = _group_after(sentence, giver.end, _RECEIVER_MARKS, groups)[1] if giver else None
    if giver is not None and receiver is None:
        receiver = _receiving_subject(sentence, cue, groups, kinds, served)
    if giver is None or receiver is None:
        return []
    return [(a, b) for a in giver.mentions for b in receiver.mentions]


_BE = re.compile(r"\b(?:be|been|being|is|are|was|were|est|sont|sera|seront|serait|seraient|soit|soient|été|être)"
                 r"\s+(?:\w+ly\s+|also\s+|aussi\s+|encore\s+|mieux\s+|better\s+)?(?P<participle>\w+)\b", re.I)
_PARTICIPLE = re.compile(r"(?:ed|en|é|ée|és|ées|u|ue|us|ues|i|ie|is|it|ite|its)$|^(?:supported|assisted)$")
_AGENT = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:by|par)\b", re.I)


def _passive(sentence: SentenceActors, clause: _Clause, cue: Cue) -> bool:
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


def _made_with(sentence: SentenceActors, clause: _Clause, cue: Cue, groups: list[Group], agent: Group,
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


def _next_word(sentence: SentenceActors, cue: Cue) -> str:
    following = next((t for t in sentence.tokens if t.start >= cue.end), None)
    return fold(following.text).rstrip("'’") if following else ""


def _followed_by_of(sentence: SentenceActors, cue: Cue) -> bool:
    """A cooperation noun followed by "of": "the joint work of IOM and UNHCR"."""
    return cue.category == "cooperation" and _next_word(sentence, cue) == "of"


_INCLUDING = re.compile(r"\b(?:including|in particular|notably|such as|y compris|notamment|en particulier|"
                        r"tels? que|telles? que)\b", re.I)


_FRONTED_ADJUNCT = re.compile(r"^\W*(?:with|avec|through|thanks to|grâce à|grace a|under|sous|on behalf of|au nom de|"
                              r"in (?:cooperation|collaboration|partnership) with|en (?:coopération|collaboration|"
                              r"partenariat) avec)\b[^,;.]{0,150},", re.IGNORECASE)
_SUBJECT_PRONOUNS = frozenset(("it", "they", "elle", "ils", "elles"))
_CAPACITIES = re.compile(r"capacit|compétences|competences", re.I)
INCLUDED_REACH = 12
"""At most this many words between a support cue and the actors an "including" names as its object."""
COMPOUND = "compound"
INCLUDING_REACH = 120
"""How far before a list of sectors "including" may stand, in characters."""


def groups_of(sentence: SentenceActors, mentions: list[Mention]) -> list[Group]:
    return group_mentions(mentions, sentence.sentence.text, sentence.sentence.start)


def _sector_pairs(sentence: SentenceActors, groups: list[Group], lexicon: CompiledLexicon
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
        including = list(_INCLUDING.finditer(before))
        if not including:
            continue
        cut = first - len(before) + including[-1].start()
        governments = [m for g in groups for m in g.mentions
                       if kinds[m.concept] == "government" and m.end <= cut]
        if governments:
            pairs += [(governments[-1], sector) for sector in sectors]
    return pairs


def _compound_pairs(sentence: SentenceActors, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Actors joined by a hyphen are partners: "Switzerland-UNDP support", "la réunion UE-OIM"."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    ordered = sorted(mentions, key=lambda m: m.start)
    return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if a.concept != b.concept
            and text[a.end - offset:b.start - offset] in ("-", "–")]


def _inserted_partners(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Cue]:
    """", avec X," / ", with X,": a partner inserted in the clause is a cooperation cue of its own
    ("Les communes devraient mettre en place, avec les associations, des guichets")."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    cues = []
    for token in sentence.tokens:
        if fold(token.text) in _COMITATIVE and text[:token.start - offset].rstrip().endswith(","):
            cues.append(Cue("cooperation", "cooperation", token.start, token.start, token.text))
    return cues


_DONE_WITH = re.compile(r"\b(?P<participle>\w+(?:ed|é|ée|és|ées))\s+(?:(?:jointly|closely|conjointement|"
                        r"étroitement)\s+)?(?P<marker>with|avec)\b", re.I)
_NOT_DONE_WITH = frozenset(("compared", "associated", "faced", "confronted", "concerned", "dealt", "equipped",
                            "provided", "filled", "combined", "linked", "compare", "associe", "associes", "associee",
                            "associees", "confronte", "confrontes", "equipe", "equipes", "charged", "credited"))


DONE_WITH = "done_with"
_DONE_WITH_END = re.compile(r"\w+(?:ed|é|ée|és|ées)\s+(?:with|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.I)
_BACKING_NOUN = re.compile(r"\s+(?:(?:the|le|la|l['’])\s*)?(?:\w+\s+)?(?:support|soutien|appui|assistance|aide|help|"
                           r"funding|financement)\b", re.I)


def _done_with(sentence: SentenceActors, found: list[Cue]) -> list[Cue]:
    """A participle followed by "with"/"avec" ("des projets de développement local menés avec les collectivités
    locales", "programmes developed with trade unions") says who it was done with: a cooperation cue, unless a
    cue already covers it or the participle says no doing ("associated with", "compared with")."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    cues = []
    for match in _DONE_WITH.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        if fold(match.group("participle")) in _NOT_DONE_WITH or any(c.start < end and start < c.end for c in found
                                                                    if c.category in ("cooperation", "support")):
            continue
        if _BACKING_NOUN.match(text, match.end()):
            continue  # "implemented with the support of IOM": whom it backs, read by the support cue
        cues.append(Cue("cooperation", DONE_WITH, start, end, " ".join(match.group().split())))
    return cues


JOINT = "joint"
"""The value of a cue made by the prefix "co-" ("co-chaired by", "co-organisé par"): the actors
after its "by" are partners of each other."""


def _joint_verbs(sentence: SentenceActors, found: list[Cue]) -> list[Cue]:
    """Words made with "co-" ("co-chair", "co-organized", "co-financé", "co-présidé") are
    cooperation cues, unless a cue already covers them ("co-operation")."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    tokens = sentence.tokens
    cues = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        if fold(first.text) == "co" and text[first.end - offset:second.start - offset] in ("-", "\u2011") \
                and second.text[:1].islower() and not any(c.start <= first.start < c.end for c in found):
            words = text[first.start - offset:second.end - offset]
            cues.append(Cue("cooperation", JOINT, first.start, second.end, words))
    return cues


@dataclass
class _Memory:
    """What later sentences may refer back to: `antecedents`, the groups of partners a pronoun may
    stand for (across paragraphs too); `partners`, the groups a text introduced as partners
    ("Partners implementing the programme (ILO, IOM and AUC)"), with the words qualifying them."""

    antecedents: list[tuple[Group, bool, int]] = field(default_factory=list)
    partners: list[tuple[frozenset[str], Group]] = field(default_factory=list)
    referents: Referents = field(default_factory=Referents)
    trainings: Trainings = field(default_factory=Trainings)
    linked: list[Mention] = field(default_factory=list)
    """The actors the last sentence giving links joined: "this conversation" is theirs (joining.py)."""


def find_links(sentences: Sequence[SentenceActors], lexicon: CompiledLexicon
               ) -> tuple[list[CandidateLink], list[Finding]]:
    """The merged candidate links of a document, and a finding for each relevant sentence."""
    merged: dict[tuple[str, str, str], CandidateLink] = {}
    findings = []
    memory = _Memory()
    referents = memory.referents
    for sentence in sentences:
        sentence = with_references(sentence, lexicon, referents)
        remember(sentence, lexicon, referents)
        cues = find_cues(sentence, lexicon)
        links, reason = ([], "") if is_heading(sentence.sentence) else \
            _sentence_links(sentence, cues, lexicon, memory)
        named = _partner_groups(sentence, lexicon)
        adjunct = _FRONTED_ADJUNCT.match(sentence.sentence.text)
        if adjunct is not None:  # "With the support of the EU, the ILO developed…": the ILO is the subject
            after = sentence.sentence.start + adjunct.end()
            named = _partner_groups(replace(sentence, mentions=tuple(m for m in sentence.mentions if m.start >= after)),
                                    lexicon) or named
        memory.antecedents = [*memory.antecedents, *((g, group_is_plural(g, sentence.tokens), sentence.sentence.start)
                                                     for g in named)][-ANTECEDENTS:]
        introduced = _named_partners(sentence, lexicon)
        memory.partners += introduced
        if not is_heading(sentence.sentence):
            links += _project_partner_links(sentence, introduced, referents, cues, lexicon)
            links += _project_place_links(sentence, referents, cues, lexicon)
            if not links:
                links += _joining_links(sentence, memory.linked, cues, lexicon)
            if not links:
                links += _task_links(sentence, cues, lexicon)
            links += _training_links(sentence, memory.trainings, cues, lexicon)
        if links:
            ends = {end for link in links for end in (link.from_actor, link.to_actor)}
            memory.linked = list({m.concept: m for m in reversed(list(_all_mentions(sentence)))
                                  if m.concept in ends}.values())[::-1]
        for link in links:
            _merge(merged, link)
        actors = tuple(dict.fromkeys(m.concept for m in _all_mentions(sentence)))
        if links or reason:
            findings.append(Finding(sentence.sentence, actors, tuple(cues), len(links), reason))
    return list(merged.values()), findings


PRONOUN_REACH = 8
"""How many words before its cue a pronoun may stand for the cue's subject ("they should establish a
constructive dialogue with", "Ils participent à ses réunions et aux consultations")."""
ANTECEDENTS = 8
"""How many groups of partners, the last named, a pronoun may stand for."""


def _joining_links(sentence: SentenceActors, partners: list[Mention], cues: list[Cue], lexicon: CompiledLexicon
                   ) -> list[CandidateLink]:
    """Links of a sentence joining the partnership of the last sentence that gave links ("Civil society
    should also be part of this conversation")."""
    kinds = _kinds(lexicon)
    pairs, span = joining_pairs(sentence, partners, lexicon.lexicon.served_kinds or frozenset(), kinds)
    if span is None or not pairs:
        return []
    cue = Cue("cooperation", "joining", span[0], span[1], sentence.sentence.text[span[0] - sentence.sentence.start:
                                                                                 span[1] - sentence.sentence.start])
    crowd = len({m.concept for pair in pairs for m in pair})
    return [_link(a, b, sentence, cues, [cue], cue, lexicon, crowd) for a, b in pairs]


def _task_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links between actors given one task together ("crucial for X, Y and Z to review…", tasks.py)."""
    pairs, span = task_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None:
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    cue = Cue("cooperation", "task", span[0], span[1], text[span[0] - offset:span[1] - offset])
    crowd = len({m.concept for pair in pairs for m in pair})
    return [_link(a, b, sentence, cues, [cue], cue, lexicon, crowd) for a, b in pairs]


def _training_links(sentence: SentenceActors, trainings: Trainings, cues: list[Cue], lexicon: CompiledLexicon
                    ) -> list[CandidateLink]:
    """Links from the organiser of a training to those it brings together (trainings.py)."""
    pairs, span = trainings.follow(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    words = text[span[0] - offset:span[1] - offset]
    cue = Cue("support", "training", span[0], span[1], words)
    # A training builds capacities, whatever else the sentence names.
    typed = [Cue("type", "capacity_building", span[0], span[1], words),
             *(c for c in cues if c.category != "type")]
    crowd = len({m.concept for pair in pairs for m in pair})
    return [_link(a, b, sentence, typed, [cue], cue, lexicon, crowd) for a, b in pairs]


def _antecedent(memory: _Memory, number: str | None) -> Group | None:
    """The group a pronoun of this number stands for, among those that agree ("they" a list or a plural, "its"
    one body): the first, the subject, of the last sentence naming one; None without a pronoun or a group
    that agrees."""
    if number is None:
        return None
    agreeing = [(group, where) for group, plural, where in memory.antecedents if plural == (number != SINGULAR)]
    if not agreeing:
        return None
    if number == RECENT:  # "these partnerships": the last named
        return agreeing[-1][0]
    latest = agreeing[-1][1]  # the last sentence naming one; its first, the subject ("The Group works with the
    return next(group for group, where in agreeing if where == latest)  # GFMD… It also cooperates…": the Group)


def _all_mentions(sentence: SentenceActors) -> Iterable[Mention]:
    yield from sentence.mentions
    for pair in sentence.pairs:
        yield from pair


def _sentence_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon,
                    memory: _Memory) -> tuple[list[CandidateLink], str]:
    """The links of one sentence, or the reason it gave none ('' when it did not look relevant).

    Each clause (the parts between semicolons) is linked on its own.
    """
    links: list[CandidateLink] = []
    for clause in _clauses(sentence):
        links += _clause_links(sentence, clause, cues, lexicon, memory)
    if links:
        return links, ""
    linking = [c for c in cues if c.category in ("cooperation", "support")]
    actors = first_mentions(sentence.mentions)
    if not linking:
        return ([], f"{len(actors)} actors but no cooperation cue") if len(actors) >= 2 else ([], "")
    shown = f"'{linking[0].words}'"
    if not actors and not sentence.pairs:
        return [], f"cooperation cue {shown} but no actor found"
    if len(actors) == 1:
        return [], f"cooperation cue {shown} but one actor only"
    return [], f"cooperation cue {shown} but no pair to link (actors named together, or all served)"


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def _clauses(sentence: SentenceActors) -> list[_Clause]:
    text, offset = sentence.sentence.text, sentence.sentence.start
    cuts = [offset + match.end() for match in _SEMICOLON.finditer(text)]
    bounds = [offset, *cuts, offset + len(text)]
    return [_Clause(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _clause_links(sentence: SentenceActors, clause: _Clause, cues: list[Cue], lexicon: CompiledLexicon,
                  memory: _Memory) -> list[CandidateLink]:
    in_clause = [m for m in sentence.mentions if clause.holds(m.start)]
    mentions = [m for m in in_clause if not m.located]
    clause_cues = [c for c in cues if clause.holds(c.start)]
    # A cue inside an actor's name ("Dialogue de haut niveau", "social partners") is no cue.
    linking = [c for c in clause_cues if c.category in ("cooperation", "support")
               and not any(m.start <= c.start < m.end or c.start <= m.start < c.end for m in mentions)]
    compounds = _compound_pairs(sentence, mentions)
    if any(c.category == "strength" for c in clause_cues):
        compounds += _sector_pairs(sentence, groups_of(sentence, mentions), lexicon)
    if compounds and not linking:  # the hyphen or "including" is the only cue: it joins its own pairs only
        linking = [Cue("cooperation", COMPOUND, compounds[0][0].end, compounds[0][1].start, "-")]
    if not linking:
        return []
    # Type and strength cues of the clause, else of the whole sentence; a type cue inside an
    # actor's name ("services" in "services de migration") says nothing of the link.
    named = [(m.start, m.end) for m in in_clause]
    clause_cues = [c for c in clause_cues if c.category != "type"
                   or not any(start <= c.start < end for start, end in named)]
    for category in ("type", "strength"):
        if not any(c.category == category for c in clause_cues):
            clause_cues += [c for c in cues if c.category == category]
    groups = group_mentions(mentions, sentence.sentence.text, sentence.sentence.start)
    pairs: dict[tuple[str, str], tuple[Mention, Mention, Cue]] = {}
    objects: list[Group] = []
    companions: dict[Group, list[Group]] = {}
    for cue in (c for c in linking if c.value != COMPOUND):
        for a, b in _cue_pairs(sentence, clause, groups, mentions, cue, lexicon, memory, objects, companions,
                               [c for c in clause_cues if c.category == "strength" and clause.holds(c.start)]):
            first, second = sorted((a.concept, b.concept))
            pairs.setdefault((first, second), (a, b, cue))
    # (not when a cue found its partners "with" no subject: "The Group works with the GFMD and supports Member
    # States" names the GFMD and the States as partners of someone else, not of each other; those "by" whom
    # it is done act together: "mis en œuvre par l'OIT et le PNUD")
    text, offset = sentence.sentence.text, sentence.sentence.start
    accompanied = any(_AFTER_MARKER.search(text[:g.start - offset]) and not _DONE_WITH_END.search(
        text[:g.start - offset]) for g in objects)
    if not pairs and not accompanied and _few_actors(group_mentions(in_clause, text, offset)):
        # No subject or partner found around the cue, and no list of participants: the few actors
        # of the clause (places included: "leur adaptation dans le pays d'accueil") are most
        # likely the partners its cue speaks of.
        kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
        for a, b in _fallback_pairs(first_mentions(in_clause), linking, kinds, served):
            first, second = sorted((a.concept, b.concept))
            pairs.setdefault((first, second), (a, b, linking[0]))
    for a, b in compounds:
        pairs.setdefault(tuple(sorted((a.concept, b.concept))), (a, b, linking[0]))  # type: ignore[arg-type]
    phrase_pairs = [p for p in sentence.pairs if clause.holds(p[0].start)]
    if len({m.concept for m in mentions if m.concept in lexicon.countries}) >= 2:
        phrase_pairs = []  # "a bilateral agreement between Madagascar and Lebanon": the countries are named
    found = [(a, b, cue) for a, b, cue in pairs.values() if not _apposition(sentence, a, b, lexicon)]
    found += [(a, b, linking[0]) for a, b in _pair_phrase_links(phrase_pairs, mentions, lexicon)]
    crowd = len({m.concept for a, b, _ in found for m in (a, b)})
    return [_link(a, b, sentence, clause_cues, linking, cue, lexicon, crowd) for a, b, cue in found]


_APPOSITION = re.compile(r"^\s*,\s*(?:the|an?|le|la|les|un|une|l['’])\s*$", re.I)


def _apposition(sentence: SentenceActors, a: Mention, b: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether one actor names the other again, in apposition: "L'OIM, l'organisme des Nations Unies chargé
    des migrations, …" (the same kind, a comma and an article between, the second in lower case)."""
    first, second = sorted((a, b), key=lambda m: m.start)
    text, offset = sentence.sentence.text, sentence.sentence.start
    return lexicon.kinds[first.concept] == lexicon.kinds[second.concept] and first.end <= second.start \
        and second.words[:1].islower() \
        and bool(_APPOSITION.match(text[first.end - offset:second.start - offset]))  # not "Sweden, the Netherlands"


def _cue_pairs(sentence: SentenceActors, clause: _Clause, groups: list[Group], mentions: list[Mention], cue: Cue,
               lexicon: CompiledLexicon, memory: _Memory, objects: list[Group],
               companions: dict[Group, list[Group]], strengths: Sequence[Cue] = ()) -> list[tuple[Mention, Mention]]:
    """The pairs one cue joins: subject and partners of its construction, and those they serve.

    A partner joined to the subject by a comitative right after it ("ILO, in collaboration with
    IGAD, supports the Ministry", "X, en coopération avec Y, appuie Z") is one of the subjects of
    the clause's later cues: `companions` holds them by subject group.
    """
    kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
    # ("the capacities of X" are X's own: X receives the help, it does not give it)
    given = _support_of(sentence, cue, groups, kinds, served) \
        if cue.category == "support" and not _CAPACITIES.search(cue.words) else None
    adjunct = _adjunct_giver(sentence, cue, groups) if cue.category == "support" and given is None else None
    if adjunct is not None:  # "platform created with Switzerland-UNDP support", "with the EU's support"
        given, cue = [], Cue(cue.category, cue.value, adjunct.start, cue.end, cue.words)
    if given is not None:
        backed = _backed(sentence, clause, cue, groups, kinds, served)
        with_agent: list[tuple[Mention, Mention]] = []
        if backed is None and not given and _passive(sentence, clause, cue) and memory.referents.subject:
            backed = Group(memory.referents.subject)  # "programmes should be implemented with the support of IOM"
            with_agent = _made_with(sentence, clause, cue, groups, backed, mentions, kinds, served)
        if backed is not None and not given:  # "X, with the support of Y, …", "With the support of Y, X…"
            giver = adjunct or _group_after(sentence, cue.end, _GIVER_MARKS, groups)[1]
            joined = [m for g in (giver, backed) if g for m in g.mentions if kinds[m.concept] not in served]
            given = [(a, b) for a in (giver.mentions if giver else ()) for b in backed.mentions]
            given += [(actor, person) for person in mentions if kinds[person.concept] in served for actor in joined]
            given += with_agent
        elif not given and adjunct is None:  # "… implemented with the support of IOM": whom it backs is not said,
            giver = _group_after(sentence, cue.end, _GIVER_MARKS, groups)[1]  # but IOM serves the people named
            givers = [m for m in (giver.mentions if giver else ()) if kinds[m.concept] not in served]
            given = [(actor, person) for actor in givers for person in mentions if kinds[person.concept] in served]
        elif given:  # "les institutions qui travaillent pour les réfugiés reçoivent une aide de l'organisation"
            joined = list(dict.fromkeys(m for pair in given for m in pair if kinds[m.concept] not in served))
            given += [(actor, person) for person in mentions if kinds[person.concept] in served for actor in joined]
        return _oriented(given, kinds, served)
    marker = _partner_marker(sentence, cue, lexicon)
    first_after = next((g.start for g in groups if g.start >= cue.end), None)
    between = sum(1 for t in sentence.tokens
                  if cue.end <= t.start and (first_after is None or t.end <= first_after))
    text, offset = sentence.sentence.text, sentence.sentence.start
    if first_after is not None and between <= INCLUDED_REACH and cue.category == "support" \
            and _INCLUDING.search(text[cue.end - offset:first_after - offset]):
        between = 0  # "enhance the capacities of a large spectrum of actors, including civil society and …"
    before_cue = text[:cue.start - offset]
    # "they should establish a dialogue with the States": the pronoun stands for the group named last.
    near = [t for t in sentence.tokens if clause.start <= t.start < cue.start][-PRONOUN_REACH:]
    # (the cue's own words too: "it is implemented by" is no "it is important")
    antecedent = _antecedent(memory, pronoun_number(text[near[0].start - offset:cue.end - offset]) if near else None)
    opening = [t for t in sentence.tokens if clause.start <= t.start < cue.start][:1]
    if antecedent is None and opening and fold(opening[0].text) in _SUBJECT_PRONOUNS \
            and not any(g.end <= cue.start for g in groups):
        # "It has supported the negotiation of an agreement between A and B": the pronoun opening the
        # sentence is the subject of its verbs, however far the cue stands
        antecedent = _antecedent(memory, pronoun_number(text[opening[0].start - offset:cue.end - offset]))
    if antecedent is None:
        groups, antecedent = _fronted(sentence, clause, cue, groups)
    adverbial = is_adverbial(before_cue)
    if not adverbial and _IN_COOPERATION.search(before_cue) and marker is not None:
        # "IOM trains border officials in collaboration with UNHCR": the manner of the clause's verb,
        # whose subject is the clause's first actor, or the first after a call ("encourages States to
        # act in partnership with NGOs").
        called = [s.end for s in strengths if s.end <= cue.start]
        start = max(called, default=clause.start)
        before = [g for g in groups if start <= g.start and g.end <= cue.start]
        if len(before) > 1 and _LOWER_WORD.search(text[before[0].end - offset:before[-1].start - offset]):
            adverbial = True  # a verb stands between them: "IOM trains border officials", not "ILO News) – The ILO"
            groups = [g for g in groups if g.start >= start or g.end > cue.start]
    objects_before = bool(objects)
    built = construction(groups, cue.start, cue.end, marker, between, adverbial=adverbial,
                         partner_kinds=lambda g: any(kinds[m.concept] not in served for m in g.mentions),
                         antecedent=antecedent,
                         of_partners=_followed_by_of(sentence, cue) and not _WITH_THE.search(before_cue),
                         # "implemented by UNDP in partnership with IOM": UNDP partners with IOM
                         objects=[g for g in objects if not _in_company(text, offset, g, cue, marker)])
    owner = _possessor(sentence, clause, cue, groups, built.subject, antecedent)
    if owner is not None and owner is not built.subject:  # "lui demandons de poursuivre sa coopération avec Y"
        built = Construction(owner, built.partners, built.reciprocal)
    if built.subject is not None and marker is not None:
        named = _partners_referred(sentence, marker[0], memory)  # "work with implementing partners"
        if named is not None and (built.partners is None or built.partners.start > named[0]):
            built = Construction(built.subject, named[1], False)
    marked = marker is not None or fold(cue.words.split()[-1]) in _MARKER_ENDINGS  # "funded by", "work with"
    if built.partners is not None and not built.reciprocal and (marked or built.subject is not None and not
                                                                _RELATIVE.search(text[built.partners.end - offset:
                                                                                      clause.end - offset])):
        objects.append(built.partners)  # "with Y", "funded by Y": Y is a partner, not the subject of a later verb
    subject = list(built.subject.mentions) if built.subject else []
    if built.subject is not None:
        for companion in companions.get(built.subject, ()):
            subject += companion.mentions
        if built.partners is not None and cue.category == "cooperation" and marker is not None \
                and fold(marker[1]) in _COMITATIVE and (_right_after(text, offset, built.subject, cue)
                                                         or _PURPOSE.match(text, built.partners.end - offset)):
            # "X will work with Y to support Z": Y acts with X towards Z too.
            companions.setdefault(built.subject, []).append(built.partners)
    partners = list(built.partners.mentions) if built.partners else []
    if cue.value == JOINT and partners and marker is not None:  # "co-chaired by Sweden and Morocco"
        candidates = [*_reciprocal(partners, BETWEEN_LIST), *((a, b) for a in subject for b in partners)]
    elif not subject and cue.category == "support" and marker is not None and built.partners is not None \
            and (backed := _after_fronted_agent(sentence, built.partners, groups)) is not None:
        # "Co-financed by the EU, IFAD is partnering with…": the agent backs the subject after the comma
        candidates = [(a, b) for a in partners for b in backed.mentions]
    elif not subject and cue.category == "support" and not built.reciprocal:
        candidates = []  # "empowering X, Y and Z": those supported are not partners of each other
    elif built.reciprocal or (not subject and marker is None):
        candidates = _reciprocal(partners, BETWEEN_LIST if built.reciprocal else RECIPROCAL_LIST)
        if built.reciprocal and built.partners is not None:
            for more in _and_between(sentence, clause, built.partners, groups):
                candidates += _reciprocal(list(more), BETWEEN_LIST)
                partners += [m for m in more if m not in partners]
        if built.reciprocal and subject and built.subject is not None \
                and _FACILITATING.search(text[max(built.subject.end, clause.start) - offset:cue.start - offset]):
            # "The ILO supported the negotiation of an agreement between A and B": the ILO works with both.
            candidates += [(a, b) for a in subject for b in partners]
    elif not subject:
        candidates = []  # "engagement with X and Y": someone engages with them, they are not partners
    elif partners:
        candidates = [(a, b) for a in subject for b in partners]
    else:
        # "Governments, employers, unions and civil society should cooperate": a list told to work
        # together names partners, not participants.
        told = built.subject is not None and any(built.subject.end <= c.start < cue.start for c in strengths)
        # A second verb of a subject an earlier cue gave partners ("X could help develop policies and
        # support their implementation") adds none: its subject's actors are no partners of each other.
        candidates = [] if built.subject is not None and (_represented(sentence, built.subject)
                                                          or objects_before) else \
            _reciprocal(subject, BETWEEN_LIST if told and cue.category == "cooperation" else RECIPROCAL_LIST)
    if not candidates and not subject and cue.category == "support" and marker is None \
            and _passive(sentence, clause, cue) and memory.referents.subject:
        # "local communities will be supported": by the document's subject, the project's or the declarer
        patient = [g for g in groups if clause.start <= g.start and g.end <= cue.start]
        if patient:
            subject = list(memory.referents.subject)
            candidates = [(a, b) for a in subject for b in patient[-1].mentions]
    joined = [m for m in [*subject, *partners] if kinds[m.concept] not in served]
    # "Consulates should provide shelter to migrant workers, in cooperation with diaspora associations":
    # the partner joined after them helps the subject, who serves the people named before.
    helping = subject and marker is not None and fold(marker[1]) in _COMITATIVE and adverbial
    listed = set(built.partners.mentions) if built.partners is not None and marker is not None else set()
    for person in mentions:  # people served in the clause: linked from those the cue joins
        if kinds[person.concept] in served:
            # "IOM works with the authorities, civil society and local communities": the communities
            # listed among the partners work with IOM, not with the other partners.
            own_side = (helping and person.end <= cue.start) or person in listed
            serving = [m for m in subject if kinds[m.concept] not in served] if own_side and subject else joined
            candidates += [(actor, person) for actor in serving]
    return _oriented(candidates, kinds, served)


_RELATIVE = re.compile(r"^[^;]*?\b(?:which|who|that|qui|lequel|laquelle|lesquels|lesquelles)\b", re.I)
# Verbs by which a subject helps others' cooperation along ("facilitated the dialogue between A and B").
_FACILITATING = re.compile(r"\b(?:support|facilitat|help|assist|organi[sz]|host|convene|broker|sponsor|fund|financ|"
                           r"appu|soutien|soutenu|soutient|facilit|aid|accompagn|accueil|parrain)\w*", re.I)
# "States cannot act without the cooperation of X and Y": X and Y are the subject's partners, not each other's.
_WITH_THE = re.compile(r"\b(?:with|without|avec|sans)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:\w+\s+)?$", re.I)
_IN_AFTER = re.compile(r"[\s,]*(?:in|en)\s+(?:(?:close|closer|étroite|etroite|active|full|pleine)\s+)?$", re.I)
def _in_company(text: str, offset: int, group: Group, cue: Cue, marker: tuple[int, str] | None) -> bool:
    """Whether a comitative cue follows the group right after "in": "implemented by UNDP in partnership with
    IOM" (UNDP partners with IOM, though it was the object of "implemented by")."""
    return bool(marker and fold(marker[1]) in _COMITATIVE
                and _IN_AFTER.match(text, group.end - offset, cue.start - offset))


_IN_COOPERATION = re.compile(r"\b(?:in|en)\s+(?:(?:close|closer|étroite|etroite|active|full|pleine)\s+)?$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{3,}(?![\w'’])")
_PURPOSE = re.compile(r"[\s,]*(?:in order to|so as to|to|pour|afin de|afin d['’])\s*", re.I)
FRONT_WORDS = 6
"""A cue at most this many words into its clause, before any comma, opens it ("In cooperation with Y, X…")."""
_COMMA = re.compile(r",\s*")
_CONJUNCTION = re.compile(r"\b(?:and|or|et|ou)\b", re.I)


def _fronted(sentence: SentenceActors, clause: _Clause, cue: Cue, groups: list[Group]
             ) -> tuple[list[Group], Group | None]:
    """The subject of a clause that a cue's phrase opens: "In cooperation with the ILO, the Government
    will…", "A la veille des Consultations annuelles avec les ONG, l'UNHCR a signé…": the group
    right after the comma closing the opening phrase. The groups come back cut at that comma (a
    list does not run on through it), with the subject, or None when the cue opens no phrase."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    opening = text[clause.start - offset:cue.start - offset]
    words = [t for t in sentence.tokens if clause.start <= t.start < cue.start]
    if "," in opening or len(words) > FRONT_WORDS or any(clause.start <= g.start < cue.start for g in groups):
        return groups, None
    comma = _COMMA.search(text, cue.end - offset, clause.end - offset)
    if comma is None:
        return groups, None
    cut = offset + comma.start()
    split: list[Group] = []
    for group in groups:
        parts = ([m for m in group.mentions if m.start < cut], [m for m in group.mentions if m.start >= cut])
        if parts[0] and parts[1] and _CONJUNCTION.search(text[cut - offset:group.end - offset]):
            return groups, None  # "work with X, Y and Z": the comma is the list's own
        split += [Group(tuple(part)) for part in parts if part]
    after = next((g for g in split if g.start >= offset + comma.end()), None)
    if after is None:
        return groups, None
    gap = [t for t in sentence.tokens if offset + comma.end() <= t.start < after.start]
    return (split, after) if len(gap) <= 1 else (groups, None)  # an article at most: ", the Government"


_COMPANION_GLUE = re.compile(r"^[\s,()–—]*(?:(?:in|en|close|closer|closely|étroite|etroite|together|jointly|"
                             r"conjointement|also|aussi|working|travaillant)\s+){0,2}$", re.I)


_POSSESSIVES = {"its": SINGULAR, "son": SINGULAR, "sa": SINGULAR, "ses": SINGULAR,
                "their": "plural", "leur": "plural", "leurs": "plural"}


def _possessor(sentence: SentenceActors, clause: _Clause, cue: Cue, groups: list[Group], subject: Group | None,
               antecedent: Group | None) -> Group | None:
    """Whose cooperation a possessive right before the cue says ("sa coopération avec", "their partnership
    with"): the nearest group before it in the clause that agrees in number, else the antecedent; None
    without such a possessive."""
    before = [t for t in sentence.tokens if clause.start <= t.start < cue.start][-2:]
    owners = [t for t in before if fold(t.text) in _POSSESSIVES]
    if not owners:
        return None
    possessive = owners[-1]
    singular = _POSSESSIVES[fold(possessive.text)] == SINGULAR
    agreeing = [g for g in groups if clause.start <= g.start and g.end <= possessive.start
                and group_is_plural(g, sentence.tokens) != singular]
    return agreeing[-1] if agreeing else (antecedent if subject is None else subject)


_ADVERBIAL_CUES = frozenset(("together", "jointly", "conjointement", "ensemble", "alongside"))


def _right_after(text: str, offset: int, subject: Group, cue: Cue) -> bool:
    """Whether the cue follows its subject with only a comma or an adverb between ("ILO in collaboration
    with", "le HCR, en étroite coopération avec")."""
    glue = text[subject.end - offset:cue.start - offset]
    if not glue.strip() and fold(cue.words.split()[0]) not in _ADVERBIAL_CUES:
        return False  # "The Group works closely with the GFMD and supports States": a verb, the GFMD supports nobody
    return subject.end <= cue.start and bool(_COMPANION_GLUE.match(glue))


_AND_BETWEEN = re.compile(r"^[\s,;]*(?:and|et)\s+(?:also\s+|aussi\s+)?(?:between|among|entre|parmi)\s+"
                          r"(?P<pronoun>(?:them|eux|elles|these|ceux-ci|celles-ci)\s+(?:and|et)\s+)?"
                          r"(?:(?:the|le|la|les|l['’])\s*)?$", re.I)


def _and_between(sentence: SentenceActors, clause: _Clause, partners: Group, groups: list[Group]
                 ) -> list[tuple[Mention, ...]]:
    """Further lists of partners of the same cue: "exchange between law enforcement agencies, and
    between them and the judiciary" ("them" are the partners named before)."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    found: list[tuple[Mention, ...]] = []
    previous = partners
    for group in (g for g in groups if g.start >= partners.end and g.end <= clause.end):
        glue = _AND_BETWEEN.match(text[previous.end - offset:group.start - offset])
        if glue is None:
            break
        found.append((*previous.mentions, *group.mentions) if glue.group("pronoun") else group.mentions)
        previous = group
    return found


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


def _named_partners(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[tuple[frozenset[str], Group]]:
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


def _project_partner_links(sentence: SentenceActors, introduced: list[tuple[frozenset[str], Group]],
                           referents: Referents, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """A list introduced as partners ("Partners implementing the programme (ILO, IOM and AUC)", "funding
    partners Germany, Switzerland and Sweden") names partners of the project the text is about: the
    programme named as an actor, or the actors running it (antecedents.py)."""
    if not introduced or not referents.project:
        return []
    kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
    links = []
    for _, group in introduced:
        partners = [m for m in first_mentions(group.mentions) if kinds[m.concept] not in served]
        cue = Cue("cooperation", "partners", group.start, group.start, "partners")
        pairs = [(project, partner) for project in referents.project for partner in partners
                 if project.concept != partner.concept]
        crowd = len({m.concept for pair in pairs for m in pair})
        links += [_link(a, b, sentence, cues, [cue], cue, lexicon, crowd) for a, b in pairs]
    return links


_WHERE_PROJECT = re.compile(
    r"\b(?:where|in which|où|dans lesquels|dans lesquelles)\s+(?:the|this|le|ce|cette)\s+(?:(?:new|nouveau|nouvel|"
    r"nouvelle)\s+)?(?:projects?|programmes?|programs?|projets?|initiatives?)\b[^.;:]{0,60}?"
    r"(?:such as|including|notably|in particular|notamment|comme|tels? que|telles? que|en particulier|\()", re.I)
PLACES_REACH = 3
"""How many words may stand between "such as", "notamment" and the first place it lists."""


def _project_place_links(sentence: SentenceActors, referents: Referents, cues: list[Cue],
                         lexicon: CompiledLexicon) -> list[CandidateLink]:
    """The countries a project reaches: "countries where the new project will roll out, such as Côte
    d'Ivoire, Cameroon and Malawi", "les pays où le programme est mis en œuvre, notamment le Mali": each is
    linked from the project (the programme named as an actor, or those running it)."""
    if not referents.project:
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
    named = [m for m in sentence.mentions if m.how != "reference"]
    groups = group_mentions(named, text, offset)
    links = []
    for found in _WHERE_PROJECT.finditer(text):
        start = offset + found.end()
        group = next((g for g in groups if g.start >= start), None)
        if group is None or sum(1 for t in sentence.tokens if start <= t.start < group.start) > PLACES_REACH:
            continue
        places = [m for m in first_mentions(group.mentions) if kinds[m.concept] not in served]
        cue = Cue("support", "project", offset + found.start(), start, " ".join(found.group().split()))
        pairs = [(project, place) for project in referents.project for place in places
                 if project.concept != place.concept]
        crowd = len({m.concept for pair in pairs for m in pair})
        links += [_link(a, b, sentence, cues, [cue], cue, lexicon, crowd) for a, b in pairs]
    return links


def _partners_referred(sentence: SentenceActors, marker: int, memory: _Memory) -> tuple[int, Group] | None:
    """The list a text introduced as partners, when a marker is followed by "partners" naming no
    actor ("work with implementing partners"): the one sharing a qualifying word, else the last;
    with where the word "partners" stands. With no list introduced so, "partners" are those of the
    project the text is about ("Switzerland and UNDP start a new project… The State Chancellery will
    strengthen its cooperation with partners")."""
    project = [(frozenset[str](), Group(memory.referents.project))] if memory.referents.project else []
    introduced = memory.partners or project
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


def _represented(sentence: SentenceActors, group: Group) -> bool:
    """Whether a list names those represented at a meeting ("Representatives of governments, IOM and
    civil society met…", "des représentants des gouvernements, de l'OIM…"): participants, not partners."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    return bool(_REPRESENTED.search(text[max(0, group.start - offset - 60):group.start - offset]))


def _partner_groups(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Group]:
    """The groups a pronoun of the next sentence may stand for: partners (not only people served),
    and not a single official ("they" are the NGOs the Special Rapporteur praised, not her)."""
    served, kinds = lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon)
    groups = group_mentions(sentence.mentions, sentence.sentence.text, sentence.sentence.start)
    return [g for g in groups if any(kinds[m.concept] not in served | {"official"} and not m.located
                                     for m in g.mentions)]  # a place ("dans 31 pays européens") is no antecedent


FEW_ACTORS = 4
"""A clause naming at most this many actors, none in a list of more than two, may link them by co-occurrence."""


def _few_actors(groups: list[Group]) -> bool:
    concepts = {m.concept for g in groups for m in g.mentions}
    return len(concepts) <= FEW_ACTORS and all(len({m.concept for m in g.mentions}) <= 2 for g in groups)


def _fallback_pairs(mentions: list[Mention], linking: list[Cue], kinds: dict[str, str], served: frozenset[str]
                   ) -> list[tuple[Mention, Mention]]:
    """The pairs of a clause whose cue found no subject or partners, linked by co-occurrence: a place is a
    partner only of the people served there or of another place ("dans de nombreux états, les institutions
    … reçoivent une aide": the states are where, not who); and with support cues only, when the clause
    names people served, those who serve them are linked to them, not to each other ("programmes for
    returning migrants designed with local governments and implemented with the support of IOM")."""
    pairs = []
    support_only = all(c.category == "support" or c.value == DONE_WITH for c in linking)
    some_served = any(kinds[m.concept] in served for m in mentions)
    for a, b in _oriented(list(combinations(mentions, 2)), kinds, served):
        partners = kinds[b.concept] not in served  # _oriented puts the one served second
        if partners and a.located != b.located:
            continue
        if partners and support_only and some_served:
            continue
        pairs.append((a, b))
    return pairs


BETWEEN_LIST = 5
"""A list after "between", "among", "entre" names partners up to this many actors
("partnerships between governments, employers, unions and academia")."""


def _reciprocal(group: list[Mention], most: int = RECIPROCAL_LIST) -> list[tuple[Mention, Mention]]:
    """Actors of one list as partners of each other, unless the list names participants (a long one)."""
    if len({m.concept for m in group}) > most:
        return []
    return list(combinations(group, 2))


def _kinds(lexicon: CompiledLexicon) -> dict[str, str]:
    return lexicon.kinds


def _oriented(candidates: list[tuple[Mention, Mention]], kinds: dict[str, str], served: frozenset[str]
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


def _partner_marker(sentence: SentenceActors, cue: Cue, lexicon: CompiledLexicon) -> tuple[int, str] | None:
    """Where the partners start when the cue is followed by 'avec', 'with', 'between', 'par'…"""
    tokens = sentence.tokens
    for match in lexicon.partner_markers.find(tokens):
        marker = tokens[match.start]
        if cue.start < marker.start and marker.end == cue.end:  # the cue holds its marker: "work with", "funded by"
            return marker.start, marker.text
        after_cue = [t for t in tokens if cue.end <= t.start <= marker.start]
        if cue.end <= marker.start and len(after_cue) <= MARKER_REACH:
            return marker.start, marker.text
    return None


def _pair_phrase_links(phrase_pairs: list[tuple[Mention, Mention]], mentions: list[Mention],
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


def _link(a: Mention, b: Mention, sentence: SentenceActors, cues: list[Cue], linking: list[Cue], cue: Cue,
          lexicon: CompiledLexicon, crowd: int) -> CandidateLink:
    served = lexicon.lexicon.served_kinds or frozenset()
    kinds = _kinds(lexicon)
    directed = kinds[b.concept] in served and kinds[a.concept] not in served
    link_type, guessed_from = _link_type(a, b, cues, lexicon, directed)
    strengths = [c for c in cues if c.category == "strength"]
    strength = _governing_strength(strengths, cue)
    source, target = (a.concept, b.concept) if directed or a.concept < b.concept else (b.concept, a.concept)
    confidence = _confidence(a, b, linking, guessed_from, bool(strengths), crowd)
    used = [c for c in cues if c.category in ("cooperation", "support")
            or (c.category == "strength" and c.value == strength)
            or (c.category == "type" and c.value == link_type)]
    return CandidateLink(source, target, directed, link_type, strength, confidence,
                         [sentence.sentence], used, guessed_from)


def _governing_strength(strengths: list[Cue], cue: Cue) -> str:
    """The strength of the verb governing the cue: the modal just before it ("must cooperate",
    "are encouraged to work with"), else the clause's first modal (its main verb: "Reconnaissons
    … qu'il est nécessaire de …" is endorsed), else `possible`."""
    close = [s for s in strengths if s.end <= cue.start and cue.start - s.end <= GOVERNING_REACH]
    if close:
        return max(close, key=lambda s: s.end).value
    return min(strengths, key=lambda s: s.start).value if strengths else FALLBACK_STRENGTH


def _link_type(a: Mention, b: Mention, cues: list[Cue], lexicon: CompiledLexicon,
               directed: bool) -> tuple[str, str]:
    """The type cue nearest the pair (its later actor, or the one served); else a default from kinds."""
    later = b.start if directed else max(a.start, b.start)
    typed = [c for c in cues if c.category == "type"]
    if typed:
        nearest = min(typed, key=lambda c: (abs(c.start - later), c.start))
        return nearest.value, "cue"
    kinds = lexicon.kinds
    pair = frozenset((kinds[a.concept], kinds[b.concept]))
    for default_kinds, link_type in lexicon.lexicon.type_defaults:
        if default_kinds == pair:
            return link_type, "kinds"
    if directed and lexicon.lexicon.served_type:
        return lexicon.lexicon.served_type, "kinds"
    return FALLBACK_TYPE, "fallback"


def _strongest(strengths: list[Cue]) -> str:
    order = list(shipped_vocabulary().strengths)  # strongest first
    if not strengths:
        return FALLBACK_STRENGTH
    return min((c.value for c in strengths), key=order.index)


def _confidence(a: Mention, b: Mention, linking: list[Cue], guessed_from: str, has_strength: bool,
                crowd: int) -> float:
    """How sure the draft is of a link: its cues, how its actors were found, how crowded the sentence."""
    score = 0.55 if any(c.category == "cooperation" for c in linking) else 0.4
    score += {"cue": 0.15, "kinds": 0.05, "fallback": 0.0}[guessed_from]
    score += 0.1 if has_strength else 0.0
    score -= 0.03 * max(0, crowd - 3)
    score *= min(1.0, min(a.confidence, b.confidence) / 0.9)
    return round(min(0.95, max(0.05, score)), 2)


def _merge(merged: dict[tuple[str, str, str], CandidateLink], link: CandidateLink) -> None:
    first, second = sorted((link.from_actor, link.to_actor))
    key = link.key if link.directed else (first, second, link.type)
    old = merged.get(key)
    if old is None:
        merged[key] = link
        return
    order = list(shipped_vocabulary().strengths)
    if order.index(link.strength) < order.index(old.strength):
        old.strength = link.strength
    old.confidence = max(old.confidence, link.confidence)
    if link.type_guessed_from == "cue":
        old.type_guessed_from = "cue"
    for sentence in link.evidence:
        if sentence not in old.evidence:
            old.evidence.append(sentence)
    old.cues.extend(c for c in link.cues if c not in old.cues)
