"""Agents named after "by": a cooperation noun with its agent and its partners ("consultations menées par le
HCR auprès des États membres", "a dialogue launched by the EU with the countries of the Horn of Africa": the
agent after "by" acts with the partners after "with"), and a funder with an implementer ("Financé par le
gouvernement suisse, il a été mis en œuvre par l'OIM", "The project is funded by the EU and implemented by
IOM": the funder backs the implementer), and the bodies that implement or jointly fund a programme together
("implemented by IOM, ILO and ICMPD": partners of each other).
"""

from __future__ import annotations

import re
from itertools import combinations

from .arguments import Group, group_mentions
from .cues import Cue
from .mentions import Mention, SentenceActors, first_mentions

# An article at most between a marker and the group it introduces.
_ARTICLE_END = r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$"
# The participle of a doing between the cue and its agent, at most a few words after the cue.
_LED_BY = re.compile(
    r"^(?:[\s,]+[\w'’-]+){0,5}?\s+(?:led|conducted|launched|held|organi[sz]ed|initiated|convened|hosted|"
    r"menée?s?|conduite?s?|lancée?s?|organisée?s?|initiée?s?|tenue?s?|convoquée?s?|pilotée?s?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:by|par)\s+" + _ARTICLE_END, re.I)
_WITH = re.compile(r"^[\s,]*(?:\s[\w'’-]+){0,4}?\s*(?:with|avec|auprès\s+(?:de|des|du|d['’]))\s+" + _ARTICLE_END,
                   re.I)


def agent_with_partners(sentence: SentenceActors, cue: Cue, groups: list[Group]) -> list[tuple[Mention, Mention]]:
    """The agent × partner pairs of a cooperation noun led by someone with others; none when the text after
    the cue is not "… led by X with Y"."""
    if cue.category != "cooperation":
        return []
    text, offset = sentence.sentence.text, sentence.sentence.start
    after = [g for g in groups if g.start >= cue.end]
    if len(after) < 2:
        return []
    agent, partners = after[0], after[1]
    if not _LED_BY.match(text[cue.end - offset:agent.start - offset]) \
            or not _WITH.match(text[agent.end - offset:partners.start - offset]):
        return []
    return [(a, b) for a in agent.mentions for b in partners.mentions]


_FUNDED_BY = re.compile(r"(?:^\W*|\b(?:is|are|was|were|be|been|being|est|sont|sera|seront|a\s+été|ont\s+été)\s+"
                        r"(?:\w+ly\s+)?)(?:(?:co-?)?(?:financ|fund)ed|supported|(?:co-?)?financée?s?|soutenue?s?|"
                        r"appuyée?s?)\s+(?P<jointly>(?:jointly|conjointement|de\s+(?:façon|manière)\s+conjointe)\s+)?"
                        r"(?:by|par)\s+", re.I)
# (the implementers may follow a consortium that holds them: "mise en œuvre par un consortium d'agences
# spécialisées comprenant l'OIM, l'OIT et l'ICMPD", or be a partnership: "implemented as a partnership among")
RUN_BY = re.compile(r"\b(?:implemented|executed|run|led|managed|carried\s+out|created|set\s+up|commissioned|"
                    r"co-?piloted|co-?pilotée?s?|co-?led|co-?dirigée?s?|"
                    r"co-?hosted|co-?organi[sz]ed|co-?organisée?s?|co-?chaired|coprésidée?s?|co-présidée?s?|"
                    r"mise?s?\s+en\s+(?:œuvre|oeuvre|place)|exécutée?s?|réalisée?s?|conduite?s?|gérée?s?|pilotée?s?|"
                    r"créée?s?|commanditée?s?|commandée?s?)\s+(?:(?:jointly|conjointement|ensemble)\s+)?"
                    r"(?:by|par|as\s+a\s+partnership\s+(?:among|between))\s+"
                    r"(?:(?:an?|un|une)\s+(?:consortium|partnership|partenariat|group|groupe)\b[^,;.]{0,60}?"
                    r"\b(?:comprenant|composée?\s+de|réunissant|including|comprising|of|made\s+up\s+of)\s+)?"
                    + _ARTICLE_END, re.I)


def funder_implementer_pairs(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
                             ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The funder × implementer pairs of a sentence saying "Funded by X, … implemented by Y" or "… is
    funded by X and implemented by Y", and the span from the funder to the implementer."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    funded = _FUNDED_BY.search(text)
    if funded is None:
        return [], None
    actors = [m for m in sentence.mentions if not m.located and kinds[m.concept] not in served]
    groups = group_mentions(actors, text, offset)
    funders = next((g for g in groups if g.start >= offset + funded.end()), None)
    if funders is None or funders.start - offset - funded.end() > 30:
        return [], None
    runners = next((g for g in groups if g.start > funders.end and RUN_BY.search(text[:g.start - offset])), None)
    if runners is None:
        return [], None
    givers = first_mentions(list(funders.mentions))
    pairs = [(a, b) for a in givers for b in first_mentions(list(runners.mentions)) if a.concept != b.concept]
    if funded.group("jointly"):  # "financé de façon conjointe par l'UE et la CEDEAO": the funders act together
        pairs += list(combinations(givers, 2))
    return pairs, (funders.start, runners.end)


# A doing the list does together: "a joint assessment … has been launched by UN-Habitat, UNDP and ILO",
# "organisé conjointement par l'OIM et le HCR", "conjointement organisée par la CEDEAO, l'UNICEF et l'OIM".
_DONE = (r"(?:launched|organi[sz]ed|convened|hosted|conducted|held|undertaken|carried\s+out|initiated|"
         r"lancée?s?|organisée?s?|conduite?s?|tenue?s?|initiée?s?|réalisée?s?|menée?s?)")
_DONE_TOGETHER_BY = re.compile(
    r"(?:\b(?:joint|conjointe?s?)\b[^.;:]{0,80}?\b" + _DONE + r"|\b" + _DONE + r"\s+(?:jointly|conjointement)|"
    r"\b(?:jointly|conjointement)\s+" + _DONE + r"|"
    # a list of organisers is one of partners: "organized by WHO, UNDP, UNAIDS, ILO and IOM"
    r"\b(?:organi[sz]ed|organisée?s?))"
    r"\s+(?:by|par)\s+" + _ARTICLE_END + r"|"
    # "a joint initiative of ILO, UNHCR, UNICEF…", "organisée à l'initiative du HCR, de la coopération allemande et …"
    r"\b(?:joint\s+initiative\s+of|initiative\s+conjointe\s+d[eu]s?|à\s+l['’]initiative\s+d[eu]s?)\s+" + _ARTICLE_END,
    re.I)
# "funded jointly by" right before a list (the funder's pattern, ending where the list starts; RUN_BY ends so too)
_FUNDED_BY_BEFORE = re.compile(_FUNDED_BY.pattern + _ARTICLE_END, re.I)
# The members making up a body: "composé de CGLU, OIM et …", "a consortium of IOM, ICMPD and ILO".
_COMPOSED_OF = re.compile(r"\b(?:composée?s?\s+(?:de|d['’]|des|du)|composed\s+of|made\s+up\s+of|consisting\s+of|"
                          r"constituée?s?\s+(?:de|d['’]|des|du)|consortium\s+(?:of|de)(?:\s+partenaires)?\s*\(?)\s*"
                          + _ARTICLE_END, re.I)
CO_AGENTS = 5
"""At most this many bodies named together as a programme's implementers or joint funders are partners of
each other; a longer list names members or participants."""
# The parties to an agreement: "the memorandum was signed by IOM, UNHCR and UNICEF", "signé par l'OIM et …".
_SIGNED_BY = re.compile(r"\b(?:(?:co-?)?signed|(?:co-?)?signée?s?|paraphée?s?)\s+(?:(?:jointly|conjointement)\s+)?"
                        r"(?:by|par)\s+" + _ARTICLE_END, re.I)
SIGNATORIES = 10
"""At most this many bodies signing one agreement together are partners of each other."""


def _actor_groups(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
                  ) -> tuple[list[Mention], list[Group]]:
    """The sentence's actors (not places, not the people served) and their groups."""
    actors = [m for m in sentence.mentions if not m.located and kinds[m.concept] not in served]
    return actors, group_mentions(actors, sentence.sentence.text, sentence.sentence.start)


def co_agent_pairs(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
                   ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The pairs of bodies that run a programme together ("the FMM West Africa project, implemented by IOM, ILO
    and ICMPD") or fund it together with no implementer named ("It is funded jointly by the European Union and
    ECOWAS"), and the span of their list."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    _, groups = _actor_groups(sentence, served, kinds)
    for group in groups:
        before = text[max(0, group.start - offset - 120):group.start - offset]
        funded = _FUNDED_BY_BEFORE.search(before)
        together = RUN_BY.search(before) is not None or _DONE_TOGETHER_BY.search(before) is not None \
            or _COMPOSED_OF.search(before) is not None or (funded is not None and bool(funded.group("jointly")))
        agents = first_mentions(list(group.mentions))
        signed = _SIGNED_BY.search(before) is not None
        most = SIGNATORIES if signed else CO_AGENTS
        if (together or signed) and 2 <= len({m.concept for m in agents}) <= most:
            pairs = [(a, b) for a, b in combinations(agents, 2) if a.concept != b.concept]
            body = _run_body(groups, group, text, offset)
            pairs += [(b, a) for b in body for a in agents if a.concept != b.concept]
            return pairs, (min(m.start for m in (*body, *agents)), group.end)
    return [], None


# A body right before who runs it or makes it up: "le Mécanisme des maires (piloté par CGLU, l'OIM et …)", "the
# Network, led by", "le mécanisme des Maires (composé de CGLU, OIM et le Conseil des Maires…)".
_BODY_RUN_BY = re.compile(r"\s*[,(]\s*(?:" + RUN_BY.pattern.removesuffix("$") + "|"
                          + _COMPOSED_OF.pattern.removesuffix("$") + ")", re.I)


def _run_body(groups: list[Group], agents: Group, text: str, offset: int) -> list[Mention]:
    """The actor the agents run, named just before their participle; none when no actor stands there."""
    for body in groups:
        run = _BODY_RUN_BY.match(text, body.end - offset)
        if run is not None and offset + run.end() == agents.start and len(body.mentions) == 1:
            return list(body.mentions)
    return []


# A body and who set it up: "MIDWA was established in December 2000 by IOM", "le comité a été créé par le HCR".
_SET_UP_BY = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+"
    r"(?:(?:jointly|conjointement|officially|officiellement|formally)\s+)?"
    r"(?:established|created|founded|set\s+up|formed|créée?s?|fondée?s?|instituée?s?|mise?s?\s+en\s+place)\b"
    r"[^.;()]{0,60}?\b(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?", re.I)


def creator_pairs(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
                  ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The pairs of a body and those who set it up, named just before and just after "was established by",
    and the span from the body to them."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    _, groups = _actor_groups(sentence, served, kinds)
    for body in groups:
        found = _SET_UP_BY.match(text, body.end - offset)
        if found is None:
            continue
        creators = next((g for g in groups if g.start == offset + found.end()), None)
        if creators is None:
            return [], None
        pairs = [(a, b) for a in first_mentions(list(creators.mentions)) for b in first_mentions(list(body.mentions))
                 if a.concept != b.concept]
        return pairs, (body.start, creators.end)
    return [], None


# A member chairing a process, said in an apposition: "the Government of Sweden, current GFMD 2013-2014
# Chair-in-Office, …", "Sweden, as Chair of the GFMD, …", "l'Équateur, en sa qualité de président 2019 du FMMD, …".
_CHAIR_APPOSITION = re.compile(
    r"\s*(?:,\s*|\s(?=as\b|en\s+tant))(?:(?:as|the|en\s+sa\s+qualité\s+de|en\s+tant\s+que|current|incoming|outgoing|"
    r"actuelle?|(?-i:[A-Z0-9])[\w-]*)\s+){0,4}(?:co-?)?(?:chair(?:s|man|manship|person|-in-office)?|pr[ée]siden(?:t|te|ce|cy)|"
    r"copr[ée]siden(?:t|te|ce))\b[^,;.]{0,100}?(?=[,;.]|$)", re.I)
_CHAIRED_KINDS = frozenset(("multilateral_process", "regional_process"))


def chair_pairs(sentence: SentenceActors, served: frozenset[str], kinds: dict[str, str]
                ) -> tuple[list[tuple[Mention, Mention]], tuple[int, int] | None]:
    """The pairs of an actor and the process its apposition says it chairs, and the span from the actor to the
    process."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    actors, groups = _actor_groups(sentence, served, kinds)
    for chair in groups:
        found = _CHAIR_APPOSITION.match(text, chair.end - offset)
        if found is None:
            continue
        start, end = offset + found.start(), offset + found.end()
        inside = [m for m in actors if start <= m.start and m.end <= end]
        processes = [m for m in inside if kinds[m.concept] in _CHAIRED_KINDS]
        if processes and len({m.concept for m in inside}) == len({m.concept for m in processes}):
            pairs = [(a, b) for a in first_mentions(list(chair.mentions)) for b in first_mentions(processes)
                     if a.concept != b.concept]
            return pairs, (chair.start, max(m.end for m in processes))
    return [], None
