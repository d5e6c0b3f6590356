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
from dataclasses import dataclass, field

from ..graph.model.vocab import shipped_vocabulary
from .agents import (
    SIGNATORIES,
    agent_with_partners,
    chair_pairs,
    co_agent_pairs,
    creator_pairs,
    funder_implementer_pairs,
)
from .announced import Announcement
from .antecedents import Referents, group_is_plural, remember, with_references
from .arguments import (
    AGENT_BEFORE,
    RECENT,
    RECIPROCAL_LIST,
    SINGULAR,
    Construction,
    Group,
    construction,
    group_mentions,
    is_adverbial,
    pronoun_number,
)
from .clauses import Clause, clauses, fronted, is_heading, reason_opening_end
from .compiled import CompiledLexicon
from .cues import COMITATIVE, JOINT, find_cues
from .cues import Cue as Cue  # re-exported: draft.py imports it from here
from .funders import Funders
from .guesses import confidence, governing_strength, link_type
from .joining import joining_pairs
from .mentions import Mention, SentenceActors, first_mentions
from .pairs import (
    BETWEEN_LIST,
    INCLUDING,
    apposition,
    compound_pairs,
    example_of_group,
    fallback_pairs,
    few_actors,
    oriented,
    pair_phrase_links,
    reciprocal,
    sector_pairs,
)
from .projects import (
    CuePairs,
    named_partners,
    owner_partner_pairs,
    partners_referred,
    project_partner_pairs,
    project_place_pairs,
    represented,
)
from .segment import Sentence
from .support import (
    AFTER_MARKER,
    GIVER_MARKS,
    adjunct_giver,
    after_fronted_agent,
    group_after,
    made_with,
    passive,
    support_of,
    whom_backed,
)
from .tasks import task_pairs
from .tokens import fold
from .trainings import Trainings

MARKER_REACH = 3
"""How many words may stand between a cooperation cue and the partner marker after it."""


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
    scored: bool = False
    """Drafted by the co-occurrence model (cooccurrence.py), not by a rule."""

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


_MARKER_ENDINGS = frozenset(("by", "with", "par", "avec"))


def _next_word(sentence: SentenceActors, cue: Cue) -> str:
    following = next((t for t in sentence.tokens if t.start >= cue.end), None)
    return fold(following.text).rstrip("'’") if following else ""


def _followed_by_of(sentence: SentenceActors, cue: Cue) -> bool:
    """A cooperation noun followed by "of": "the joint work of IOM and UNHCR"."""
    return cue.category == "cooperation" and _next_word(sentence, cue) == "of"


_FRONTED_ADJUNCT = re.compile(r"^\W*(?:with|avec|through|thanks to|grâce à|grace a|under|sous|on behalf of|au nom de|"
                              r"in (?:cooperation|collaboration|partnership) with|en (?:coopération|collaboration|"
                              r"partenariat) avec)\b[^,;.]{0,150},", re.IGNORECASE)
_SUBJECT_PRONOUNS = frozenset(("it", "they", "elle", "ils", "elles"))
_CAPACITIES = re.compile(r"capacit|compétences|competences", re.I)
INCLUDED_REACH = 12
"""At most this many words between a support cue and the actors an "including" names as its object."""
COMPOUND = "compound"


def groups_of(sentence: SentenceActors, mentions: list[Mention]) -> list[Group]:
    return group_mentions(mentions, sentence.sentence.text, sentence.sentence.start)


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
    announcement: Announcement = field(default_factory=Announcement)
    """The subject of a sentence announcing a list, for the items that follow (announced.py)."""
    funders: Funders = field(default_factory=Funders)
    """The funders of the text's project, for the sentence naming its implementers (funders.py)."""


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
        memory.announcement.follow(sentence)
        cues = find_cues(sentence, lexicon)
        links, reason = ([], "") if is_heading(sentence.sentence) else \
            _sentence_links(sentence, cues, lexicon, memory)
        named = _partner_groups(sentence, lexicon)
        memory.antecedents = [*memory.antecedents, *((g, group_is_plural(g, sentence.tokens), sentence.sentence.start)
                                                     for g in named)][-ANTECEDENTS:]
        introduced = named_partners(sentence, lexicon)
        memory.partners += introduced
        if not is_heading(sentence.sentence):
            links += _project_links(sentence, introduced, referents, cues, lexicon)
            if not links:
                links += _joining_links(sentence, memory.linked, cues, lexicon)
            if not links:
                links += _task_links(sentence, cues, lexicon)
            links += _training_links(sentence, memory.trainings, cues, lexicon)
            funding = _funding_links(sentence, cues, lexicon)
            links += funding
            earlier = _earlier_funder_links(sentence, memory.funders, bool(funding), cues, lexicon)
            links += earlier
            if not funding and not earlier:
                links += _owner_funder_links(sentence, memory.funders, referents, cues, lexicon)
            links += _co_agent_links(sentence, cues, lexicon)
            links += _creator_links(sentence, cues, lexicon)
            links += _chair_links(sentence, cues, lexicon)
        if links:
            reason = ""  # the joining, task or training links answer the reason the cues gave none
            ends = {end for link in links for end in (link.from_actor, link.to_actor)}
            memory.linked = [m for m in first_mentions(list(_all_mentions(sentence))) if m.concept in ends]
        for link in links:
            _merge(merged, link)
        actors = tuple(dict.fromkeys(m.concept for m in _all_mentions(sentence)))
        if links or reason:
            findings.append(Finding(sentence.sentence, actors, tuple(cues), len(links), reason))
        memory.announcement.announce(sentence, _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset())
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
    pairs, span = joining_pairs(sentence, partners, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "cooperation", "joining", span), lexicon)


def _task_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links between actors given one task together ("crucial for X, Y and Z to review…", tasks.py)."""
    pairs, span = task_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "cooperation", "task", span), lexicon)


def _training_links(sentence: SentenceActors, trainings: Trainings, cues: list[Cue], lexicon: CompiledLexicon
                    ) -> list[CandidateLink]:
    """Links from the organiser of a training to those it brings together (trainings.py)."""
    pairs, span = trainings.follow(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    # A training builds capacities, whatever else the sentence names.
    typed = [_span_cue(sentence, "type", "capacity_building", span), *(c for c in cues if c.category != "type")]
    return _cue_links(sentence, pairs, typed, _span_cue(sentence, "support", "training", span), lexicon)


def _funding_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links from a funder to the implementer the sentence names ("Financé par le gouvernement suisse, il
    a été mis en œuvre par l'OIM", "funded by the EU and implemented by IOM", agents.py)."""
    pairs, span = funder_implementer_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "support", "funding", span), lexicon)


def _earlier_funder_links(sentence: SentenceActors, funders: Funders, funded_here: bool, cues: list[Cue],
                          lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links from the funder of the text's project to the implementers a later sentence names (funders.py);
    none when the sentence gave its own funder's links (`funded_here`)."""
    pairs, span = funders.follow(sentence, funded_here, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "support", "funding", span), lexicon)


def _owner_funder_links(sentence: SentenceActors, funders: Funders, referents: Referents, cues: list[Cue],
                        lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links from the funders a sentence names for the project to who runs it, when the sentence does not say
    (funders.py): the project's runners, else the organisation the text is about."""
    pairs = funders.owner_pairs(sentence, referents.project or referents.protagonist)
    if not pairs:
        return []
    span = (min(m.start for pair in pairs for m in pair), max(m.end for pair in pairs for m in pair))
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "support", "funding", span), lexicon)


def _co_agent_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links between the bodies that implement or jointly fund a programme (agents.py)."""
    pairs, span = co_agent_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "cooperation", "co-agents", span), lexicon)


def _creator_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links between a body and those who set it up (agents.py)."""
    pairs, span = creator_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "cooperation", "creators", span), lexicon)


def _chair_links(sentence: SentenceActors, cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links between a member and the process it chairs (agents.py)."""
    pairs, span = chair_pairs(sentence, lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon))
    if span is None or not pairs:
        return []
    return _cue_links(sentence, pairs, cues, _span_cue(sentence, "cooperation", "chair", span), lexicon)


def _span_cue(sentence: SentenceActors, category: str, value: str, span: tuple[int, int]) -> Cue:
    """A cue made of the sentence's words between the document offsets of `span`."""
    offset = sentence.sentence.start
    return Cue(category, value, span[0], span[1], sentence.sentence.text[span[0] - offset:span[1] - offset])


def _project_links(sentence: SentenceActors, introduced: list[tuple[frozenset[str], Group]], referents: Referents,
                   cues: list[Cue], lexicon: CompiledLexicon) -> list[CandidateLink]:
    """Links to the partners a text introduces for the project it is about, and to the places it reaches
    (projects.py)."""
    kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
    found: list[CuePairs] = [*project_partner_pairs(introduced, referents, kinds, served),
                             *project_place_pairs(sentence, referents, kinds, served),
                             *owner_partner_pairs(sentence, kinds, served)]
    return [link for cue, pairs in found for link in _cue_links(sentence, pairs, cues, cue, lexicon)]


def _cue_links(sentence: SentenceActors, pairs: list[tuple[Mention, Mention]], cues: list[Cue], cue: Cue,
               lexicon: CompiledLexicon) -> list[CandidateLink]:
    """The links of the pairs one cue joins on its own, however crowded the rest of the sentence."""
    crowd = len({m.concept for pair in pairs for m in pair})
    return [_link(a, b, sentence, cues, [cue], cue, lexicon, crowd) for a, b in pairs]


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
    for clause in clauses(sentence):
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


_DONE_WITH_END = re.compile(r"\w+(?:ed|é|ée|és|ées)\s+(?:with|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.I)


def _clause_links(sentence: SentenceActors, clause: Clause, cues: list[Cue], lexicon: CompiledLexicon,
                  memory: _Memory) -> list[CandidateLink]:
    in_clause = [m for m in sentence.mentions if clause.holds(m.start)]
    mentions = [m for m in in_clause if not m.located]
    clause_cues = [c for c in cues if clause.holds(c.start)]
    # A cue inside an actor's name ("Dialogue de haut niveau", "social partners") is no cue.
    linking = [c for c in clause_cues if c.category in ("cooperation", "support")
               and not any(m.start <= c.start < m.end or c.start <= m.start < c.end for m in mentions)]
    compounds = compound_pairs(sentence, mentions)
    if any(c.category == "strength" for c in clause_cues):
        compounds += sector_pairs(sentence, groups_of(sentence, mentions), lexicon)
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
    accompanied = any(AFTER_MARKER.search(text[:g.start - offset]) and not _DONE_WITH_END.search(
        text[:g.start - offset]) for g in objects)
    if not pairs and not accompanied and few_actors(group_mentions(in_clause, text, offset)):
        # No subject or partner found around the cue, and no list of participants: the few actors
        # of the clause (places included: "leur adaptation dans le pays d'accueil") are most
        # likely the partners its cue speaks of.
        kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
        # (not a country named as a place: "migrants stranded mainly in Niger and Libya have been assisted")
        near = [m for m in in_clause if not (m.located and m.concept in lexicon.countries)]
        for a, b in fallback_pairs(first_mentions(near), linking, kinds, served):
            first, second = sorted((a.concept, b.concept))
            pairs.setdefault((first, second), (a, b, linking[0]))
    for a, b in compounds:
        pairs.setdefault(tuple(sorted((a.concept, b.concept))), (a, b, linking[0]))  # type: ignore[arg-type]
    phrase_pairs = [p for p in sentence.pairs if clause.holds(p[0].start)]
    if len({m.concept for m in mentions if m.concept in lexicon.countries}) >= 2:
        phrase_pairs = []  # "a bilateral agreement between Madagascar and Lebanon": the countries are named
    found = [(a, b, cue) for a, b, cue in pairs.values()
             if not apposition(sentence, a, b, lexicon) and not example_of_group(sentence, a, b, lexicon)]
    found += [(a, b, linking[0]) for a, b in pair_phrase_links(phrase_pairs, mentions, lexicon)]
    crowd = len({m.concept for a, b, _ in found for m in (a, b)})
    return [_link(a, b, sentence, clause_cues, linking, cue, lexicon, crowd) for a, b, cue in found]


def _cue_pairs(sentence: SentenceActors, clause: Clause, groups: list[Group], mentions: list[Mention], cue: Cue,
               lexicon: CompiledLexicon, memory: _Memory, objects: list[Group],
               companions: dict[Group, list[Group]], strengths: Sequence[Cue] = ()) -> list[tuple[Mention, Mention]]:
    """The pairs one cue joins: subject and partners of its construction, and those they serve.

    A partner joined to the subject by a comitative right after it ("ILO, in collaboration with
    IGAD, supports the Ministry", "X, en coopération avec Y, appuie Z") is one of the subjects of
    the clause's later cues: `companions` holds them by subject group.
    """
    kinds, served = _kinds(lexicon), lexicon.lexicon.served_kinds or frozenset()
    # ("the capacities of X" are X's own: X receives the help, it does not give it)
    given = support_of(sentence, cue, groups, kinds, served) \
        if cue.category == "support" and not _CAPACITIES.search(cue.words) else None
    adjunct = adjunct_giver(sentence, cue, groups) if cue.category == "support" and given is None else None
    if adjunct is not None:  # "platform created with Switzerland-UNDP support", "with the EU's support"
        given, cue = [], Cue(cue.category, cue.value, adjunct.start, cue.end, cue.words)
    if given is not None:
        backed = whom_backed(sentence, clause, cue, groups, kinds, served)
        with_agent: list[tuple[Mention, Mention]] = []
        if backed is None and not given and passive(sentence, clause, cue) and memory.referents.subject:
            backed = Group(memory.referents.subject)  # "programmes should be implemented with the support of IOM"
            with_agent = made_with(sentence, clause, cue, groups, backed, mentions, kinds, served)
        if backed is not None and not given:  # "X, with the support of Y, …", "With the support of Y, X…"
            giver = adjunct or group_after(sentence, cue.end, GIVER_MARKS, groups)[1]
            joined = [m for g in (giver, backed) if g for m in g.mentions if kinds[m.concept] not in served]
            given = [(a, b) for a in (giver.mentions if giver else ()) for b in backed.mentions]
            given += [(actor, person) for person in mentions if kinds[person.concept] in served for actor in joined]
            given += with_agent
        elif not given and adjunct is None:  # "… implemented with the support of IOM": whom it backs is not said,
            giver = group_after(sentence, cue.end, GIVER_MARKS, groups)[1]  # but IOM serves the people named
            givers = [m for m in (giver.mentions if giver else ()) if kinds[m.concept] not in served]
            given = [(actor, person) for actor in givers for person in mentions if kinds[person.concept] in served]
        elif given:  # "les institutions qui travaillent pour les réfugiés reçoivent une aide de l'organisation"
            joined = list(dict.fromkeys(m for pair in given for m in pair if kinds[m.concept] not in served))
            given += [(actor, person) for person in mentions if kinds[person.concept] in served for actor in joined]
        return oriented(given, kinds, served)
    led = agent_with_partners(sentence, cue, groups)
    if led:  # "consultations menées par le HCR auprès des États membres"
        return oriented(led, kinds, served)
    marker = _partner_marker(sentence, cue, lexicon)
    first_after = next((g.start for g in groups if g.start >= cue.end), None)
    between = sum(1 for t in sentence.tokens
                  if cue.end <= t.start and (first_after is None or t.end <= first_after))
    text, offset = sentence.sentence.text, sentence.sentence.start
    if first_after is not None and between <= INCLUDED_REACH and cue.category == "support" \
            and INCLUDING.search(text[cue.end - offset:first_after - offset]):
        between = 0  # "enhance the capacities of a large spectrum of actors, including civil society and …"
    before_cue = text[:cue.start - offset]
    # "they should establish a dialogue with the States": the pronoun stands for the group named last.
    before_tokens = [t for t in sentence.tokens if clause.start <= t.start < cue.start]
    # (a pronoun of a quotation closed before the cue is the speaker's: "“… I can have them here now,” said
    # Seyiba, a returnee assisted by IOM")
    quoted_end = offset + max(before_cue.rfind("”"), before_cue.rfind("»"))
    near = [t for t in before_tokens if t.start > quoted_end][-PRONOUN_REACH:]
    # (the cue's own words too: "it is implemented by" is no "it is important")
    antecedent = _antecedent(memory, pronoun_number(text[near[0].start - offset:cue.end - offset]) if near else None)
    opening = before_tokens[:1]
    if antecedent is None and opening and fold(opening[0].text) in _SUBJECT_PRONOUNS \
            and not any(g.end <= cue.start for g in groups):
        # "It has supported the negotiation of an agreement between A and B": the pronoun opening the
        # sentence is the subject of its verbs, however far the cue stands
        antecedent = _antecedent(memory, pronoun_number(text[opening[0].start - offset:cue.end - offset]))
    if antecedent is None and not any(g.end <= cue.start for g in groups):
        antecedent = memory.announcement.subject_of(sentence)  # "l'OIT s'emploie à : • Promouvoir le dialogue…"
    if antecedent is None:
        groups, antecedent = fronted(sentence, clause, cue, groups)
    adverbial = is_adverbial(before_cue)
    if not adverbial and _IN_COOPERATION.search(before_cue) and marker is not None:
        # "IOM trains border officials in collaboration with UNHCR": the manner of the clause's verb,
        # whose subject is the clause's first actor, or the first after a call ("encourages States to
        # act in partnership with NGOs").
        called = [s.end for s in strengths if s.end <= cue.start]
        start = max(called, default=clause.start)
        before = [g for g in groups if start <= g.start and g.end <= cue.start]
        if len(before) > 1 and _LOWER_WORD.search(text[before[0].end - offset:before[-1].start - offset]) \
                and not AGENT_BEFORE.search(text[max(0, before[-1].start - offset - 20):before[-1].start - offset]):
            adverbial = True  # a verb stands between them: "IOM trains border officials", not "ILO News) – The ILO"
            groups = [g for g in groups if g.start >= start or g.end > cue.start]
        # (but "funded by the EU and implemented by IOM in partnership with ICMPD": the agent just before
        # the cue is the one in partnership)
    objects_before = bool(objects)
    built = construction(groups, cue.start, cue.end, marker, between, adverbial=adverbial,
                         partner_kinds=lambda g: any(kinds[m.concept] not in served for m in g.mentions),
                         antecedent=antecedent,
                         of_partners=_followed_by_of(sentence, cue) and not _WITH_THE.search(before_cue),
                         # "implemented by UNDP in partnership with IOM": UNDP partners with IOM
                         objects=[*(g for g in objects if not _in_company(text, offset, g, cue, marker)),
                                  *_supporters_before(groups, cue, text, offset)])
    owner = _possessor(sentence, clause, cue, groups, built.subject, antecedent)
    if owner is not None and owner is not built.subject:  # "lui demandons de poursuivre sa coopération avec Y"
        built = Construction(owner, built.partners, built.reciprocal)
    if built.subject is not None and marker is not None:
        # "work with implementing partners"
        named = partners_referred(sentence, marker[0], memory.partners, memory.referents)
        if named is not None and (built.partners is None or built.partners.start > named[0]):
            built = Construction(built.subject, named[1], False)
    marked = marker is not None or fold(cue.words.split()[-1]) in _MARKER_ENDINGS  # "funded by", "work with"
    # (but the agent of a doing whose subject is no actor acts on: "le projet est coordonné par le BIT et mis en
    # œuvre en partenariat avec le gouvernement": the ILO is in partnership with the government)
    agent = built.subject is None and cue.category == "cooperation" and marker is not None \
        and fold(marker[1]) in ("by", "par")
    if built.partners is not None and not built.reciprocal and not agent \
            and (marked or built.subject is not None and not _RELATIVE.search(text[built.partners.end - offset:
                                                                                  clause.end - offset])):
        objects.append(built.partners)  # "with Y", "funded by Y": Y is a partner, not the subject of a later verb
    subject = list(built.subject.mentions) if built.subject else []
    if built.subject is not None:
        for companion in companions.get(built.subject, ()):
            subject += companion.mentions
        if built.partners is not None and cue.category == "cooperation" and marker is not None \
                and fold(marker[1]) in COMITATIVE and (_right_after(text, offset, built.subject, cue)
                                                         or _PURPOSE.match(text, built.partners.end - offset)):
            # "X will work with Y to support Z": Y acts with X towards Z too.
            companions.setdefault(built.subject, []).append(built.partners)
    partners = list(built.partners.mentions) if built.partners else []
    if fold(cue.words) in _TOGETHER and len({m.concept for m in subject}) > 1:
        # "UNHCR and IOM will jointly support the Government": the two act together; what they act on
        # is their verb's own object, linked by its own cue
        candidates = reciprocal(subject, BETWEEN_LIST)
    elif cue.value == JOINT and partners and marker is not None:  # "co-chaired by Sweden and Morocco"
        candidates = [*reciprocal(partners, BETWEEN_LIST), *((a, b) for a in subject for b in partners)]
    elif not subject and cue.category == "support" and marker is not None and built.partners is not None \
            and (backed := after_fronted_agent(sentence, built.partners, groups)) is not None:
        # "Co-financed by the EU, IFAD is partnering with…": the agent backs the subject after the comma
        candidates = [(a, b) for a in partners for b in backed.mentions]
    elif not subject and cue.category == "support" and not built.reciprocal:
        candidates = []  # "empowering X, Y and Z": those supported are not partners of each other
    elif built.reciprocal or (not subject and marker is None):
        candidates = reciprocal(partners, BETWEEN_LIST if built.reciprocal else RECIPROCAL_LIST)
        if built.reciprocal and built.partners is not None:
            for more in _and_between(sentence, clause, built.partners, groups):
                candidates += reciprocal(list(more), BETWEEN_LIST)
                partners += [m for m in more if m not in partners]
        if built.reciprocal and subject and built.subject is not None \
                and _FACILITATING.search(text[max(built.subject.end, clause.start) - offset:cue.start - offset]):
            # "The ILO supported the negotiation of an agreement between A and B": the ILO works with both.
            candidates += [(a, b) for a in subject for b in partners]
    elif not subject:
        candidates = []  # "engagement with X and Y": someone engages with them, they are not partners
    elif partners:
        candidates = [(a, b) for a in subject for b in partners]
        reach = max(cue.end, marker[0] if marker else 0)  # "a signé un accord tripartite avec"
        if _THREE_PARTIES.search(text[max(0, cue.start - offset - 30):reach - offset]) \
                and len({m.concept for m in partners}) == 2:
            candidates += reciprocal(partners)  # "Chad signed a Tripartite Agreement with the CAR and UNHCR"
        joint = marked or all(kinds[m.concept] in served for m in partners)
        if cue.category == "cooperation" and joint and built.subject is not None \
                and built.subject is not antecedent and clause.holds(built.subject.start) \
                and not (represented(sentence, built.subject) or objects_before):
            # The subject's own actors act together too: "UNDP and IOM are working with the Iraqi
            # government", "Mauritania and Senegal, together with UNHCR, signed", "IOM and UNHCR cooperate
            # to protect refugees" (those served are no partners)
            candidates += reciprocal(list(built.subject.mentions))
    else:
        # "Governments, employers, unions and civil society should cooperate": a list told to work
        # together names partners, not participants.
        told = built.subject is not None and any(built.subject.end <= c.start < cue.start for c in strengths)
        # A second verb of a subject an earlier cue gave partners ("X could help develop policies and
        # support their implementation") adds none: its subject's actors are no partners of each other.
        # (the parties to a joint text are partners however many: "le Niger, le Tchad, la Libye, l'UE, la France…
        # ont affirmé, dans une déclaration conjointe")
        most = SIGNATORIES if _JOINT_TEXT.search(cue.words) else \
            BETWEEN_LIST if told and cue.category == "cooperation" else RECIPROCAL_LIST
        candidates = [] if built.subject is not None and (represented(sentence, built.subject)
                                                          or objects_before) else reciprocal(subject, most)
    if not candidates and not subject and cue.category == "support" and marker is None \
            and passive(sentence, clause, cue) and memory.referents.subject:
        # "local communities will be supported": by the document's subject, the project's or the declarer
        patient = [g for g in groups if clause.start <= g.start and g.end <= cue.start]
        if patient:
            subject = list(memory.referents.subject)
            candidates = [(a, b) for a in subject for b in patient[-1].mentions]
    joined = [m for m in [*subject, *partners] if kinds[m.concept] not in served]
    # "Consulates should provide shelter to migrant workers, in cooperation with diaspora associations":
    # the partner joined after them helps the subject, who serves the people named before.
    helping = subject and marker is not None and fold(marker[1]) in COMITATIVE and adverbial
    listed = set(built.partners.mentions) if built.partners is not None and marker is not None else set()
    reason_end = reason_opening_end(sentence, clause, cue.start)
    for person in mentions:  # people served in the clause: linked from those the cue joins
        if kinds[person.concept] in served and (reason_end is None or person.start > reason_end) \
                and _for_them(text, offset, clause, person, mentions, kinds, served):
            # "IOM works with the authorities, civil society and local communities": the communities
            # listed among the partners work with IOM, not with the other partners.
            own_side = (helping and person.end <= cue.start) or person in listed
            serving = [m for m in subject if kinds[m.concept] not in served] if own_side and subject else joined
            candidates += [(actor, person) for actor in serving]
    return oriented(candidates, kinds, served)


_THREE_PARTIES = re.compile(r"\b(?:tripartite|trilateral|trilatéral)\w*\s+(?:agreement|accord|memorandum|mémorandum|"
                            r"cooperation|coopération|partnership|partenariat)|\b(?:accord|agreement)\s+tripartite",
                            re.I)
_JOINT_TEXT = re.compile(r"\b(?:joint\s+(?:statement|declaration|communiqu[ée])|d[ée]claration\s+conjointe|"
                         r"communiqu[ée]\s+conjoint)\b", re.I)
_TOGETHER = frozenset(("jointly", "together", "conjointement", "ensemble"))
_RELATIVE = re.compile(r"^[^;]*?\b(?:which|who|that|qui|lequel|laquelle|lesquels|lesquelles)\b", re.I)
# Verbs by which a subject helps others' cooperation along ("facilitated the dialogue between A and B").
_FACILITATING = re.compile(r"\b(?:support|facilitat|help|assist|organi[sz]|host|convene|broker|sponsor|fund|financ|"
                           r"appu|soutien|soutenu|soutient|facilit|aid|accompagn|accueil|parrain)\w*", re.I)
# "States cannot act without the cooperation of X and Y": X and Y are the subject's partners, not each other's.
_WITH_THE = re.compile(r"\b(?:with|without|avec|sans)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:\w+\s+)?$", re.I)
# (the group's acronym may stand between: "l'Organisation internationale pour les migrations (OIM) en partenariat")
_IN_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?[\s,)]*(?:in|en)\s+"
                       r"(?:(?:close|closer|étroite|etroite|active|full|pleine)\s+)?$", re.I)
def _supporters_before(groups: list[Group], cue: Cue, text: str, offset: int) -> list[Group]:
    """The groups before the cue named as supporters ("avec l'appui de l'AICS"): no subjects of its verb."""
    return [g for g in groups if g.end <= cue.start
            and _SUPPORTER_BEFORE.search(text[max(0, g.start - offset - 40):g.start - offset])]


def _in_company(text: str, offset: int, group: Group, cue: Cue, marker: tuple[int, str] | None) -> bool:
    """Whether a comitative cue follows the group right after "in": "implemented by UNDP in partnership with
    IOM" (UNDP partners with IOM, though it was the object of "implemented by")."""
    return bool(marker and fold(marker[1]) in COMITATIVE
                and _IN_AFTER.match(text, group.end - offset, cue.start - offset))


_IN_COOPERATION = re.compile(r"\b(?:in|en)\s+(?:(?:a|an|un|une)\s+)?"
                             r"(?:(?:close|closer|étroite|etroite|active|full|pleine)\s+)?$", re.I)
# ("L'OIT et la Tunisie avec l'appui de l'AICS unissent leurs efforts": the supporter named inside the subject's
# phrase is no subject of the verb)
_SUPPORTER_BEFORE = re.compile(r"\b(?:with|avec)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?(?:(?:financial|technical|"
                               r"financier|technique|continued|full)\s+)?(?:support|appui|soutien|aide|assistance|help)"
                               r"\s+(?:of|from|de|du|des|d['’])\s*(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{3,}(?![\w'’])")
SERVING_REACH = 80
"""How many characters before people served the words saying they are served may stand."""
# Words that say who is served, at most four words before them.
_SERVING = re.compile(r"\b(?:to|for|pour|of|des|du|de|aux|à|towards|envers|en\s+faveur|au\s+profit|on\s+behalf|"
                      r"benefit\w*|help\w*|assist\w*|support\w*|protect\w*|serv\w*|aid\w*|"
                      r"protég\w*|protection|accompagn\w*|empower\w*|reach\w*|includ\w*|integrat\w*|"
                      r"intégr\w*|provid\w*|offr\w*|fourni\w*|target\w*|cibl\w*|inform\w*|sensibilis\w*|"
                      r"factur\w*)\W*(?:\w+\W+){0,4}$", re.I)


_SERVED_AFTER = re.compile(r"\W*(?:\w+\W+){0,3}?(?:are|is|be|been|being|sont|soient|soit|est|être|seront|sera)\s+"
                           r"(?:\w+ly\s+|mieux\s+|better\s+)?(?:protect|assist|support|help|served|reached|"
                           r"includ|integrat|protég|accompagn|aid|intégr|inform)", re.I)


def _for_them(text: str, offset: int, clause: Clause, person: Mention, mentions: list[Mention],
              kinds: dict[str, str], served: frozenset[str]) -> bool:
    """Whether the clause says it serves the people of `person`: a word of serving or a preposition
    shortly before them ("to help refugees", "aux travailleurs", "for migrants"), a passive of serving
    after them ("victims are protected"), or a list they close whose first member is served. People
    the clause merely names ("Elles comprennent les migrants et leurs descendants") are served by
    nobody: on the development documents, 17 of the 19 links this drops were wrong."""
    start = max(clause.start, person.start - SERVING_REACH)
    if _SERVING.search(text[start - offset:person.start - offset]) \
            or _SERVED_AFTER.match(text, person.end - offset, clause.end - offset):
        return True
    # one of a list whose first member the clause serves: "tels que les réfugiés, les femmes et les enfants"
    earlier = [m for m in mentions if m.end <= person.start and kinds[m.concept] in served]
    return bool(earlier) and _LISTED.match(text[earlier[-1].end - offset:person.start - offset]) is not None \
        and _for_them(text, offset, clause, earlier[-1], mentions, kinds, served)


_LISTED = re.compile(r"^[\s,]*(?:(?:and|or|et|ou|as well as|ainsi que|les|la|le|l['’]|des|de|the)\s*)*$", re.I)


_PURPOSE = re.compile(r"[\s,]*(?:in order to|so as to|to|pour|afin de|afin d['’])\s*", re.I)


_COMPANION_GLUE = re.compile(r"^[\s,()–—]*(?:(?:in|en|close|closer|closely|étroite|etroite|together|jointly|"
                             r"conjointement|also|aussi|working|travaillant)\s+){0,2}$", re.I)


_POSSESSIVES = {"its": SINGULAR, "son": SINGULAR, "sa": SINGULAR, "ses": SINGULAR,
                "their": "plural", "leur": "plural", "leurs": "plural"}


def _possessor(sentence: SentenceActors, clause: Clause, cue: Cue, groups: list[Group], subject: Group | None,
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


def _and_between(sentence: SentenceActors, clause: Clause, partners: Group, groups: list[Group]
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


def _partner_groups(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Group]:
    """The groups a pronoun of the next sentence may stand for: partners (not only people served),
    and not a single official ("they" are the NGOs the Special Rapporteur praised, not her); those
    after a fronted "With the support of X," when there are any (the ILO in "With the support of
    the EU, the ILO developed…" is the subject)."""
    served, kinds = lexicon.lexicon.served_kinds or frozenset(), _kinds(lexicon)

    def partners(mentions: Sequence[Mention]) -> list[Group]:
        groups = group_mentions(mentions, sentence.sentence.text, sentence.sentence.start)
        return [g for g in groups if any(kinds[m.concept] not in served | {"official"} and not m.located
                                         for m in g.mentions)]  # a place ("dans 31 pays européens") is no antecedent

    adjunct = _FRONTED_ADJUNCT.match(sentence.sentence.text)
    if adjunct is not None:
        after = sentence.sentence.start + adjunct.end()
        subjects = partners([m for m in sentence.mentions if m.start >= after])
        if subjects:
            return subjects
    return partners(sentence.mentions)


def _kinds(lexicon: CompiledLexicon) -> dict[str, str]:
    return lexicon.kinds


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


def _link(a: Mention, b: Mention, sentence: SentenceActors, cues: list[Cue], linking: list[Cue], cue: Cue,
          lexicon: CompiledLexicon, crowd: int) -> CandidateLink:
    served = lexicon.lexicon.served_kinds or frozenset()
    kinds = _kinds(lexicon)
    directed = kinds[b.concept] in served and kinds[a.concept] not in served
    chosen_type, guessed_from = link_type(a, b, cues, lexicon, directed)
    strengths = [c for c in cues if c.category == "strength"]
    strength = governing_strength(strengths, cue)
    source, target = (a.concept, b.concept) if directed or a.concept < b.concept else (b.concept, a.concept)
    sure = confidence(a, b, linking, guessed_from, bool(strengths), crowd)
    used = [c for c in cues if c.category in ("cooperation", "support")
            or (c.category == "strength" and c.value == strength)
            or (c.category == "type" and c.value == chosen_type)]
    return CandidateLink(source, target, directed, chosen_type, strength, sure,
                         [sentence.sentence], used, guessed_from)


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
