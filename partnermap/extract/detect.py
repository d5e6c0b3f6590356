"""Finding the actors a document names: every mention of every lexicon concept, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from .compiled import Collective, CompiledLexicon, Named, Reference
from .document import ENGLISH_MONTHS, FRENCH_MONTHS
from .mentions import Mention, SentenceActors, in_text_order
from .nationality import coordinated_adjectives, nationals
from .phrases import GAP, Match
from .segment import Document, Sentence
from .tokens import Token, fold

_RANK = {"ignore": 0, "phrases": 1, "collective": 1, "in_context": 2, "reference": 3, "weak": 4, "speaker": 5,
         "implied": 6}


def detect_actors(document: Document, lexicon: CompiledLexicon) -> list[SentenceActors]:
    """The mentions of every sentence of `document`, in document order."""
    found: list[SentenceActors] = []
    groups = _GroupCounter()
    for sentence in document.sentences:
        tokens = tuple(lexicon.normaliser.tokens(sentence.text, sentence.start))
        earlier = [s for s in reversed(found) if s.sentence.para == sentence.para]
        found.append(_sentence_actors(sentence, tokens, lexicon, earlier, groups))
    return _the_government(found, lexicon)


_GOVERNMENT_WORDS = frozenset(("government", "gouvernement"))
_DEFINITE = frozenset(("the", "le", "l", "du", "au", "this", "ce"))


def _the_government(found: list[SentenceActors], lexicon: CompiledLexicon) -> list[SentenceActors]:
    """"The Government" of a document naming one country's government only is that country's
    ("the Government of Djibouti … the Government will"); otherwise it stays "Governments". "Both
    countries" of a document naming two countries are those two."""
    named = {m.concept for s in found for m in s.mentions if m.concept in lexicon.countries
             and _GOVERNMENT_WORDS & {fold(w) for w in re.findall(r"\w+", m.words)}}
    country = next(iter(named)) if len(named) == 1 else None
    countries = sorted({m.concept for s in found for m in s.mentions if m.concept in lexicon.countries})
    pair = countries if len(countries) == 2 else None
    last_group = max((m.group for s in found for m in s.mentions), default=0)
    result = []
    for sentence in found:
        changed: list[Mention] = []
        for mention in sentence.mentions:
            if country and _is_the_government(mention, sentence.tokens):
                changed.append(replace(mention, concept=country, alias=None))
            elif pair and _is_both(mention, sentence.tokens):
                for one in pair:
                    last_group += 1
                    changed.append(replace(mention, concept=one, alias=None, group=last_group))
            else:
                changed.append(mention)
        result.append(replace(sentence, mentions=tuple(changed)) if changed != list(sentence.mentions) else sentence)
    return result


_BOTH = frozenset(("both", "two", "deux"))
_COUNTRIES_WORDS = frozenset(("countries", "governments", "states", "pays", "gouvernements", "etats"))


def _is_both(mention: Mention, tokens: Sequence[Token]) -> bool:
    """"both countries", "the two governments", "les deux pays"."""
    if mention.concept != "governments" or fold(mention.words) not in _COUNTRIES_WORDS:
        return False
    before = [t for t in tokens if t.end <= mention.start]
    return bool(before) and fold(before[-1].text) in _BOTH


def _is_the_government(mention: Mention, tokens: Sequence[Token]) -> bool:
    if mention.concept != "governments" or fold(mention.words) not in _GOVERNMENT_WORDS:
        return False
    before = [t for t in tokens if t.end <= mention.start]
    return bool(before) and fold(before[-1].text).rstrip("'’") in _DEFINITE


class _GroupCounter:
    def __init__(self) -> None:
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


def _sentence_actors(sentence: Sentence, tokens: tuple[Token, ...], lexicon: CompiledLexicon,
                     earlier: list[SentenceActors], groups: _GroupCounter) -> SentenceActors:
    candidates = [m for m in lexicon.names.find(tokens) if _applies(m, tokens, lexicon)
                  and not _part_of_a_name(m, tokens)]
    candidates += [*lexicon.references.find(tokens), *lexicon.collectives.find(tokens)]
    mentions: list[Mention] = []
    kept_spans: list[tuple[int, int]] = []  # focus start and end of the phrases kept
    ignored: list[int] = []  # document offsets where a phrase naming nobody starts ("Global Compact")
    for match in sorted(candidates, key=_priority):
        if any(match.focus_start < end and start < match.focus_end for start, end in kept_spans):
            continue
        kept_spans.append((match.focus_start, match.focus_end))
        if isinstance(match.payload, Named) and match.payload.how == "ignore":
            ignored.append(tokens[match.focus_start].start)
        mentions.extend(_mentions_of(match, sentence, tokens, lexicon, earlier, groups.next()))
    mentions = in_text_order(mentions)
    mentions = _qualify_sectors(mentions, tokens, sentence, lexicon)
    mentions = coordinated_adjectives(mentions, sentence, lexicon, groups.next)
    mentions = _member_states(mentions, sentence, lexicon)
    mentions = _mark_places(mentions, tokens, sentence, lexicon)
    mentions = nationals(mentions, tokens, sentence, lexicon, groups.next)
    mentions = _un_in_other_names(mentions, sentence, lexicon, ignored)
    mentions = _mark_titles(mentions, tokens, sentence, lexicon)
    mentions = _drop_roles(mentions, tokens)
    mentions = _drop_fields_of_units(mentions, sentence, lexicon)
    mentions = [m for m in mentions if not _PLURAL_MINISTERS.match(m.words)]
    mentions = _drop_owners_of_places(mentions, sentence, lexicon)
    mentions = _drop_people_in_titles(mentions, tokens, lexicon)
    pairs = _pairs(sentence, tokens, lexicon, groups, kept_spans)
    if len({m.concept for m in mentions if m.concept in lexicon.countries and not m.located}) >= 2:
        # "Ethiopia signed a bilateral labour agreement with Saudi Arabia": the named countries are the parties,
        # not countries of origin and destination at large
        pairs = tuple(p for p in pairs if not all(lexicon.kinds.get(m.concept) == "government" for m in p))
    return SentenceActors(sentence, tokens, tuple(mentions), pairs)


_OF = frozenset(("of", "the", "de", "du", "d", "l", "la", "le"))
# Articles between "as"/"en tant que" and the role it gives: "as a donor", "en tant que partenaires".
_ROLE_ARTICLES = frozenset(("a", "an", "the", "un", "une", "des", "de", "d", "du", "le", "la", "les", "l"))
_OF_THE = re.compile(r"^\s*(?:of|des|de|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?$", re.I)


def _drop_owners_of_places(mentions: list[Mention], sentence: Sentence, lexicon: CompiledLexicon) -> list[Mention]:
    """People named right after a group of countries qualify the countries: in "the countries of origin
    of migrants", "les pays d'accueil des réfugiés" the migrants and refugees are no actors."""
    served = lexicon.lexicon.served_kinds or frozenset()
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and lexicon.kinds.get(mention.concept) in served \
                and lexicon.kinds.get(previous.concept) == "government" and previous.words[:1].islower() \
                and _OF_THE.match(sentence.text[previous.end - sentence.start:mention.start - sentence.start]):
            continue
        kept.append(mention)
    return kept


_TITLE_CONNECTORS = frozenset(("and", "of", "the", "for", "on", "et", "de", "des", "du", "la", "le", "les", ","))


def _drop_people_in_titles(mentions: list[Mention], tokens: Sequence[Token], lexicon: CompiledLexicon
                           ) -> list[Mention]:
    """People named in capitals inside a title in capitals are part of the title: "the Protocol to Prevent,
    Suppress and Punish Trafficking in Persons, Especially Women and Children" names no women nor children."""
    served = lexicon.lexicon.served_kinds or frozenset()
    kept = []
    for mention in mentions:
        if lexicon.kinds.get(mention.concept) in served and mention.words[:1].isupper():
            before = [t.text for t in tokens if t.end <= mention.start]
            while len(before) > 1 and before[-1] in _TITLE_CONNECTORS:
                before.pop()  # "… Women and Children": the title goes on through "and", "of"
            # the word before is in capitals too, and is not the sentence's first word
            if len(before) >= 2 and before[-1][:1].isupper() and before[-1].isalpha():
                continue
        kept.append(mention)
    return kept


_UN_WORDS = frozenset(("un", "united nations", "nations unies", "onu"))


# Kinds whose name "UN"/"United Nations" may open or close: "the UN High Commissioner for Refugees", "UN Member
# States", "the UN Special Rapporteur", "le Rapporteur spécial des Nations Unies".
_UN_NAMED_KINDS = frozenset(("international_organization", "official", "government"))
_OF_THE_UN = re.compile(r"^\s*(?:of\s+the|des|de\s+l['’]\s*|de\s+la)\s*$", re.I)
# "the Permanent Mission of Sweden to the UN", "représentant permanent auprès des Nations Unies": the UN hosts them.
_ACCREDITED_TO = re.compile(r"\b(?:mission|representative|ambassador|observer|délégation|delegation|représentant|"
                            r"ambassadeur|observateur)s?\b[^,;.()]{0,40}\b(?:to\s+the|auprès\s+(?:des|de\s+l['’]))\s*$",
                            re.I)


def _un_in_other_names(mentions: list[Mention], sentence: Sentence, lexicon: CompiledLexicon,
                       ignored: Sequence[int]) -> list[Mention]:
    """"UN"/"United Nations" written as part of another's name or title names no actor of its own: "the UN
    High Commissioner for Refugees" and "the United Nations Department of Economic and Social Affairs (UN DESA)"
    are UNHCR and UN DESA alone, "UN Member States" the States, "le Rapporteur spécial des Nations Unies" the
    Rapporteur; nor does it before a document ("the United Nations Global Compact for … Migration") or as the
    host of a mission ("the Permanent Mission of Sweden to the UN")."""
    text, offset = sentence.text, sentence.start
    ordered = sorted(mentions, key=lambda m: m.start)
    absorbed: dict[int, Mention] = {}  # id of the mention whose name opens with "UN" -> that "UN" mention
    dropped: set[int] = set()
    for index, un in enumerate(ordered):
        if un.concept != "united_nations" or fold(un.words) not in _UN_WORDS:
            continue
        before = ordered[index - 1] if index else None
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if after is not None and after.concept != "united_nations" \
                and lexicon.kinds.get(after.concept) in _UN_NAMED_KINDS \
                and not text[un.end - offset:after.start - offset].strip():
            absorbed[id(after)] = un
        elif before is not None and lexicon.kinds.get(before.concept) in ("official", "government") \
                and _OF_THE_UN.match(text[before.end - offset:un.start - offset]):
            absorbed[id(before)] = un
        elif any(not text[un.end - offset:start - offset].strip() for start in ignored if start >= un.end) \
                or _ACCREDITED_TO.search(text[max(0, un.start - offset - 80):un.start - offset]):
            dropped.add(id(un))
    dropped |= {id(un) for un in absorbed.values()}
    kept = []
    for mention in mentions:
        if id(mention) in dropped:
            continue
        taken = absorbed.get(id(mention))
        if taken is not None:  # the mention's words run on to take the "UN" in
            start, end = min(taken.start, mention.start), max(taken.end, mention.end)
            words = " ".join(text[start - offset:end - offset].split())
            # ("UN Member States" is a name; "États membres de l'ONU" keeps the name "États membres")
            alias = words if mention.alias and taken.start < mention.start else mention.alias
            mention = replace(mention, start=start, end=end, words=words, alias=alias)
        kept.append(mention)
    return kept


_COPULAS = frozenset(("is", "are", "was", "were", "remains", "remain", "became", "becomes", "est", "sont", "reste",
                      "restent", "demeure", "demeurent", "devient", "deviennent"))
_RANKS = frozenset(("top", "main", "largest", "biggest", "key", "major", "leading", "lead", "first", "principal",
                    "premier", "principaux", "principale", "plus", "grand", "gros", "important", "only", "seul"))


def _predicate(before: list[str]) -> bool:
    """Whether the words before a plain group make it what an actor is ("SDC is the top donor to KNOMAD",
    "la Suisse est le premier donateur"): a role, not an actor of its own."""
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _COPULAS:
            return index < len(before) - 1 and all(w in _ROLE_ARTICLES or w in _RANKS for w in before[index + 1:])
        if before[index] not in _ROLE_ARTICLES and before[index] not in _RANKS:
            return False
    return False


def _drop_roles(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """A plain group named as the role of another actor is no actor: "migrants as partners",
    "les migrants en tant que partenaires du développement", "Switzerland, as a donor". Not
    "such as NGOs", "as well as NGOs", nor a name ("as IOM"), which is an actor anyway."""
    kept: list[Mention] = []
    roles: list[Mention] = []
    for mention in mentions:
        before = [fold(t.text).rstrip("'’") for t in tokens if t.end <= mention.start][-4:]
        while before and before[-1] in _ROLE_ARTICLES:
            before.pop()
        role = mention.words[:1].islower() and (
            before[-3:] == ["en", "tant", "que"]
            or (before[-1:] == ["as"] and before[-2:-1] not in (["such"], ["well"]))
            or _predicate(before))
        # the other groups of a coordinated role go with it: "en tant que pays d'origine, de transit et de destination"
        role = role or any(r.start < mention.start < r.start + len(mention.words)
                           and mention.words.startswith(r.words) for r in roles)
        if role:
            roles.append(mention)
        elif not _before_a_name(mention, tokens):
            kept.append(mention)
    return kept


# A unit's field after a person's or a unit's title: "Mr. Stefano Scarpetta, Director, Employment, Labour and Social
# Affairs, OECD", "the Directorate for Employment, Labour and Social Affairs".
_UNIT_BEFORE = re.compile(r"\b(?:Director(?:ate)?|Head|Chief|Division|Unit|Directeur|Directrice|Direction|Chef)"
                          r"(?:\s+(?:for|of|de|des|du|de\s+la|de\s+l['’]))?[\s,]+"
                          r"(?:(?-i:[A-Z])[\w'’-]*,?\s+(?:(?:and|et)\s+)?)*$", re.I)
_FIELD_WORDS = re.compile(r"^(?:(?-i:[A-Z])[\w'’-]*|and|et|of|de|des|du|la|l['’])(?:\s+(?:(?-i:[A-Z])[\w'’-]*|and|et|"
                          r"of|de|des|du|la|l['’]))*$", re.I)
_BODY_NOUNS = re.compile(r"\b(?:ministry|minist[èe]re|department|office|agency|agence|service|services|bureau|"
                         r"commission|council|conseil)\b", re.I)


# Ministers named together speak for their governments, not for one ministry: "We, the Ministers of labour of the
# participating States" are the States (one minister is the ministry: lexicon's derived minister phrases).
_PLURAL_MINISTERS = re.compile(r"(?:ministers|ministres)\b", re.I)


def _drop_fields_of_units(mentions: list[Mention], sentence: Sentence, lexicon: CompiledLexicon) -> list[Mention]:
    """A government sector named in capitals as the field of a directorate or of someone's post is no actor: the
    OECD's "Employment, Labour and Social Affairs" are no social services."""
    text, offset = sentence.text, sentence.start
    return [m for m in mentions if not (
        lexicon.kinds.get(m.concept) == "government_sector" and _FIELD_WORDS.match(m.words)
        and not _BODY_NOUNS.search(m.words)
        and _UNIT_BEFORE.search(text[max(0, m.start - offset - 80):m.start - offset]))]


def _before_a_name(mention: Mention, tokens: Sequence[Token]) -> bool:
    """A weak word that is the title of the person named right after it: "Secretary Silvestre Bello"."""
    if mention.how != "weak":
        return False
    after = next((t for t in tokens if t.start >= mention.end), None)
    return after is not None and after.text[:1].isupper() and after.text.isalpha()


def _qualify_sectors(mentions: list[Mention], tokens: Sequence[Token], sentence: Sentence,
                     lexicon: CompiledLexicon) -> list[Mention]:
    """A ministry of a named country is that country's own actor, not the generic sector.

    "the Egyptian Ministry of Foreign Affairs", "le ministère égyptien des Affaires étrangères",
    "the Ministry of Labour of Djibouti": the sector mention becomes the country's sector
    (concept `egypt_foreign_affairs`), and a country named as its qualifier is not an actor there.
    """
    qualifiers: set[Mention] = set()
    result: list[Mention] = []
    for mention in mentions:
        if lexicon.kinds.get(mention.concept) != "government_sector" or mention in qualifiers:
            result.append(mention)
            continue
        country, start, end, qualifier = _country_of(mention, mentions, tokens, lexicon)
        if country is None or any(m.concept == mention.concept and m is not mention and m.start < end
                                  and start < m.end for m in mentions) \
                or any(m.concept not in (country, mention.concept) and m.start <= start < m.end for m in mentions):
            # ("la Coopération espagnole AECID": the adjective belongs to the body's other name; so it does in
            # "the British Council, Civipol")
            result.append(mention)
            continue
        if mention.concept.startswith(("org_", f"{country}_")):
            # A body the document names ("the Ministry of Human Resource … (MHRSD) of the Kingdom of Saudi
            # Arabia") or one the lexicon knows as a country's own (philippines_dmw) is one actor already.
            qualifiers.update(m for m in (qualifier,) if m is not None)
            result.append(replace(mention, country=country))
            continue
        if qualifier is not None:
            qualifiers.add(qualifier)
        # "le ministère égyptien" also names Egypt's government: inside the sector's name, it is not.
        qualifiers.update(m for m in mentions if m.concept == country and start <= m.start and m.end <= end)
        words = " ".join(sentence.text[start - sentence.start:end - sentence.start].split())
        result.append(replace(mention, concept=lexicon.country_sector(country, mention.concept), start=start,
                              end=end, words=words, alias=words, country=country))
    return [m for m in result if m not in qualifiers]


# ("partner states" is the EAC's word for its members)
_MEMBERS_AFTER = re.compile(r"\s+(?:member\s+states|member\s+countries|states\s+members|partner\s+states)\b", re.I)
_MEMBERS_BEFORE = re.compile(r"(?:\b(?:member\s+states|member\s+countries|partner\s+states)\s+of\s+(?:the\s+)?|"
                             r"\b(?:états|etats|pays)\s+membres\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|des\s+))$",
                             re.I)
_AGENCIES_AFTER = re.compile(r"(?:['’]s)?\s+member\s+(?:agencies|organi[sz]ations|entities)\b", re.I)
_AGENCIES_BEFORE = re.compile(r"(?:\bmember\s+(?:agencies|organi[sz]ations|entities)\s+of\s+(?:the\s+)?|"
                              r"\b(?:organismes|agences|organisations|entités|institutions)\s+membres\s+"
                              r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|des\s+))$", re.I)
_BODIES_WITH_MEMBERS = frozenset(("regional_institution", "international_organization", "regional_process",
                                  "multilateral_process"))


def _member_states(mentions: list[Mention], sentence: Sentence, lexicon: CompiledLexicon) -> list[Mention]:
    """The member states of a body are governments of their own, not the body nor "Governments": "IGAD
    Member States", "les États membres de la CEDEAO", "member states of the African Union" (the UN's
    Member States are all governments: "Governments")."""
    text, offset = sentence.text, sentence.start
    result: list[Mention] = []
    members: list[tuple[int, int]] = []  # spans of "member states" words now part of a body's members
    for mention in mentions:
        if lexicon.kinds.get(mention.concept) not in _BODIES_WITH_MEMBERS or mention.concept == "united_nations":
            result.append(mention)
            continue
        after = _MEMBERS_AFTER.match(text, mention.end - offset)
        before = _MEMBERS_BEFORE.search(text[:mention.start - offset])
        members_of = lexicon.member_states
        if after is None and before is None:
            # "les autres organismes membres du Groupe mondial sur la migration", "GMG member agencies"
            after = _AGENCIES_AFTER.match(text, mention.end - offset)
            before = _AGENCIES_BEFORE.search(text[:mention.start - offset])
            members_of = lexicon.member_agencies
        if after is None and before is None:
            result.append(mention)
            continue
        start = offset + before.start() if before else mention.start
        end = offset + after.end() if after else mention.end
        words = " ".join(text[start - offset:end - offset].split())
        result.append(replace(mention, concept=members_of(mention.concept), start=start, end=end,
                              words=words, alias=words))
        members.append((start, end))
    kept = [m for m in result
            if not (m.concept == "governments" and any(a <= m.start and m.end <= b for a, b in members))]
    return [_own_members(m, kept, text, offset, lexicon) if m.concept == "governments" else m for m in kept]


# "its Member States", "ses États membres": the members of the body named before in the sentence.
_ITS_MEMBERS = re.compile(r"^(?:its|ses)\s+(?:member\s+states|[ée]tats\s+membres)$", re.I)
_ITS_BEFORE = re.compile(r"\b(?:its|ses)\s+$", re.I)
_LISTED_WITH = re.compile(r"^\s*(?:\([^)]{1,20}\))?\s*(?:,|and|et)?\s*$", re.I)


def _own_members(mention: Mention, mentions: list[Mention], text: str, offset: int, lexicon: CompiledLexicon
                 ) -> Mention:
    """"Member States" after "its"/"ses" are the member states of a body named before them in the
    sentence: the one they are listed with ("the EU and its Member States"), else the first, which is
    most often the subject ("IOM … with the full support of its Member States"). With no body there,
    they stay "Governments"."""
    before = _ITS_BEFORE.search(text[:mention.start - offset])
    if before is None or not _ITS_MEMBERS.match(" ".join((before.group(0) + mention.words).split())):
        return mention
    bodies = [m for m in mentions if m.end <= mention.start and m.concept != "united_nations"
              and lexicon.kinds.get(m.concept) in _BODIES_WITH_MEMBERS]
    if not bodies:
        return mention
    start = offset + before.start()
    listed_with = _LISTED_WITH.match(text[bodies[-1].end - offset:start - offset])
    body = bodies[-1] if listed_with else bodies[0]
    words = " ".join(text[start - offset:mention.end - offset].split())
    return replace(mention, concept=lexicon.member_states(body.concept), start=start, words=words, alias=words)


_OF_FIELD = re.compile(r"\s+(?:de\s+la|de\s+l['’]|des|du|d['’])\s*", re.I)
_POSSESSIVE = re.compile(r".?['’]s?\s+")  # (the country's words may hold the "’s": "Qatar’s")


def _country_of(mention: Mention, mentions: list[Mention], tokens: Sequence[Token], lexicon: CompiledLexicon
                ) -> tuple[str | None, int, int, Mention | None]:
    """The country qualifying a sector mention, the span naming both, and the country's own mention."""
    before = [t for t in tokens if t.end <= mention.start][-3:]
    owner = next((m for m in mentions if m.concept in lexicon.countries and m.end < mention.start
                  and _POSSESSIVE.fullmatch(m.words[-2:] + m.sentence.text[m.end - m.sentence.start:
                                                                          mention.start - m.sentence.start])), None)
    if owner is not None:  # "Qatar’s labor ministry"
        return owner.concept, owner.start, mention.end, owner
    text, offset = mention.sentence.text, mention.sentence.start
    ministry = next((m for m in mentions if m.concept in lexicon.countries and fold(m.words).startswith("minist")
                     and _OF_FIELD.fullmatch(text[m.end - offset:mention.start - offset])), None)
    if ministry is not None:  # "le ministère marocain de la Justice": the country's frame stops before its field
        return ministry.concept, ministry.start, mention.end, ministry
    for index in range(len(before) - 1, max(len(before) - 3, -1), -1):
        country = lexicon.country_adjectives.get(before[index].norm)
        if country:  # "le ministère égyptien des affaires étrangères": the name starts at "ministère"
            start = before[index - 1].start if index and before[index - 1].norm.startswith("minist") else \
                before[index].start
            return country, min(start, mention.start), mention.end, None
    # A ministry written as a name goes on through its capitalised words: "the Ministry of Labour and Social
    # Protection of Population of Kazakhstan".
    named = mention.words[:1].isupper()
    after = [t for t in tokens if t.start >= mention.end][:10 if named else 4]
    previous_end = mention.end
    for index, token in enumerate(after):
        if "," in text[previous_end - offset:token.start - offset] \
                and (mention.words.isupper() or fold(token.text) in ("and", "et")):
            break  # a list goes on after the name: "GIZ, and Statistics Sweden" is no Swedish GIZ (but "the
            # Ministry of Inclusion, Social Security and Migration of Spain" is Spain's)
        previous_end = token.end
        country = lexicon.country_adjectives.get(token.norm)
        if country and index == 0:
            return country, mention.start, token.end, None
        found = next((m for m in mentions if m.start == token.start and m.concept in lexicon.countries), None)
        if found is not None:
            return found.concept, mention.start, found.end, found
        word = fold(token.text).rstrip("'")
        if word not in _OF and not (named and (token.text[:1].isupper() or word in ("and", "et"))):
            break
    return None, mention.start, mention.end, None


# A verb of covering or targeting right before a country names where a project works.
_COVERING = re.compile(r"\b(?:couvr\w*|cibl\w*|concern\w*|cover\w*|target\w*|spans?|operates\s+in|"
                       r"(?:pays|countries)\s+(?:suivants|following|concernés|covered|targeted|cibles))"
                       r"(?:\s+(?:les|la|le|l['’]|the|des|pays|countries|suivants|following|:))*\s*:?\s*$", re.I)
# A part of a country is a place: "au nord de la Mauritanie", "in the south of Libya".
_PART_OF = re.compile(r"\b(?:au|dans\s+le|in\s+the|to\s+the)\s+(?:nord|sud|est|ouest|centre|north|south|east|west|"
                      r"center)(?:-\w+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of)\s*(?:the\s+)?$", re.I)
# ("the Mali-Guinea border" is a place; "Mauritania’s border management" is the country's own)
_CORRIDOR_AFTER = re.compile(r"(?:[-–][\w'’ ]{2,30}?\s+(?:corridors?|routes?|border|frontière)|"
                             r"\s+(?:corridors?|routes?))\b", re.I)
_BASED_AFTER = re.compile(r"[-‑]based\b", re.I)
_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontières?)\b", re.I)
_JOINED_BEFORE = re.compile(r"[\w'’]\s*[-–]\s*$")
_CORRIDOR_BEFORE = re.compile(r"\b(?:corridors?|routes?|frontières?|borders?)\s+(?:[\w'’]+\s*[-–]\s*)?$", re.I)
# Bodies one works in, not places: "the IOE represents employers in the ILO", "dans le cadre de l'OIT".
_BODIES_NOT_PLACES = frozenset(("international_organization", "multilateral_process", "regional_process", "official",
                                "employers_organization", "trade_union"))
# Words before a name that make it a place: "in the Netherlands", "dans les pays d'accueil".
_PLACE_WORDS = frozenset(("in", "within", "across", "throughout", "from", "dans", "en", "depuis", "venu", "venus"))
# These make a place of a country only: "au Maroc", "aux Pays-Bas" (but "aide aux migrants" is not a place).
_COUNTRY_PLACE_WORDS = frozenset(("au", "aux", "a", "to", "vers", "for", "pour"))
# "de" makes a place of a country only after a word of coming from: "venus d'Albanie", "rentrés
# d'Allemagne"; "les représentants de la Mauritanie", "le soutien de la Suisse" name the government.
_FROM_WORDS = frozenset(("venu", "venus", "venue", "venues", "rentre", "rentres", "rentree", "rentrees", "revenu",
                         "revenus", "originaire", "originaires", "provenant", "provenance", "retour", "retournes",
                         "expulses", "arrives", "partis", "issus", "issu",
                         # people named by where they come from: "des saisonniers de Tunisie et de Turquie"
                         "saisonniers", "travailleurs", "travailleuses", "migrants", "migrantes", "refugies",
                         "ressortissants", "etudiants", "expatries", "emigres", "immigres",
                         # people moved from a country: "des Syriens réinstallés de Turquie et du Liban"
                         "reinstalles", "reinstallees", "evacues", "evacuees", "rapatries", "rapatriees",
                         "refoules", "deplaces"))
_ARTICLES = frozenset(("the", "le", "la", "les", "l", "des"))
# Names of places a quantifier may come before: "in many other countries" (not "in all government sectors").
_PLACE_NOUNS = frozenset(("countries", "country", "pays", "states", "etats", "cities", "city", "villes", "ville",
                          "regions", "region", "communities", "communautes", "municipalities", "communes",
                          "localities", "localites"))
_COUNTRY_NOUNS = frozenset(("countries", "country", "pays", "states", "etats"))
_MEMBERS = frozenset(("member", "members", "membre", "membres"))
# Possessives and indefinite articles: "their countries of origin", "un pays de transit".
_OWN_OR_ANY = frozenset(("their", "its", "his", "her", "leur", "leurs", "son", "sa", "ses", "a", "an", "un", "une"))
# Numbers and quantifiers between a place word and the name: "in many other countries".
_QUANTIFIERS = frozenset(("many", "several", "other", "some", "various", "numerous", "few", "most", "more", "over",
                          "all", "each", "every", "both", "these", "those", "their", "its", "our", "selected",
                          "nombreux", "nombreuses", "autres", "plusieurs", "certains", "certaines", "divers",
                          "diverses", "differents", "differentes", "quelques", "plus", "tous", "toutes", "chaque",
                          "ces", "leurs", "leur", "nos", "notre", "ses", "son", "sa"))
# Words of movement: "between" after them names places ("flows between countries"), not partners.
_FLOWS = ("flow", "movement", "mobility", "corridor", "route", "trade", "remittance", "travel", "flux",
          "mouvement", "mobilite", "echange", "transfert", "trajet", "itinerair")
_PLACE_GAP = 15  # characters between two places of one list: ", ou encore le "
_SOURCE_WORDS = frozenset(("from", "depuis"))
_ASIDE = re.compile(r"\([^()]*\)")
_HANDING = ("donat", "provid", "give", "given", "gave", "hand", "deliver", "grant", "offer", "fourni", "offert",
            "remis", "octroy", "accord")
_GIVING = ("funding", "fund", "support", "assistance", "aid", "contribution", "grant", "donation", "loan",
           "financing", "backing")
_ENVOYS = ("representative", "delegate", "delegation", "official", "observer", "partner", "minister", "envoy",
           "ambassador")
_REGION_BRACKET = re.compile(r"\b(?:in|across|throughout|en|au|aux|dans)\s[^(),;]{1,40}\([^()]*$")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|à|a)\s+(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*,\s+$")
_PLACE_LIST_WORDS = frozenset(("and", "or", "et", "ou"))
# A press release's dateline: "Brussels, Belgium, 14 December 2017 - The African Union…", "06th February
# 2017 - Tunis, Tunisia": the country of the town the news comes from.
_DATELINE_TOWN = re.compile(r"^\s*(?:[^.!?]{1,40}?\s[-–—]\s+)?(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*,\s+$")
_MONTHS = "|".join([*(month.capitalize() for month in ENGLISH_MONTHS),
                    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
                    *dict.fromkeys(form for month in FRENCH_MONTHS for form in (month, fold(month)))])
# (not "Morocco, Senegal and IOM signed…"; "Erbil, Iraq, June 27, 2022 –" is a dateline)
_DATELINE_END = re.compile(rf"\s*(?:,\s*(?:\d|(?:{_MONTHS})\b)|[-–—(]|$)")


def _in_dateline(mention: Mention, sentence: Sentence) -> bool:
    """Whether a country is named in a dateline, after its town, before the date or the dash."""
    preceding = sentence.text[:mention.start - sentence.start]
    dashed = bool(re.search(r"\s[-–—]\s", preceding))
    return bool(_DATELINE_TOWN.match(preceding)) and (
        dashed or bool(_DATELINE_END.match(sentence.text, mention.end - sentence.start)))


_GLUED_NAME = re.compile(r"[A-Z][A-Za-z]+-$")


def _glued_to_a_name(mention: Mention, mentions: list[Mention], sentence: Sentence) -> bool:
    """Whether a country ends a name it is hyphenated to ("la Bsic-Mali", a bank's), not to another actor
    ("the EU-Morocco partnership")."""
    if not _GLUED_NAME.search(sentence.text[:mention.start - sentence.start]):
        return False
    return not any(m.end == mention.start - 1 for m in mentions)


_YEAR = re.compile(r"(?:19|20)\d\d")
_TAG_AFTER = re.compile(r"\s?:\s")
_CITY_COUNTRY_GAP = re.compile(r"^,\s+(?:the\s+)?$", re.I)


def _after_its_city(mention: Mention, marked: list[Mention], sentence: Sentence, lexicon: CompiledLexicon) -> bool:
    """Whether a country follows the city government named right before it: "Beirut, Lebanon"."""
    if not marked or lexicon.kinds.get(marked[-1].concept) != "local_authority":
        return False
    return bool(_CITY_COUNTRY_GAP.match(sentence.text[marked[-1].end - sentence.start:mention.start - sentence.start]))


_COUNTRY_AFTER = re.compile(r",\s+(?:the\s+)?[A-Z]")


def _before_its_country(mention: Mention, sentence: Sentence, lexicon: CompiledLexicon) -> bool:
    """Whether a city government is named with its country after it: "Lima, Peru"."""
    return lexicon.kinds.get(mention.concept) == "local_authority" and mention.concept.startswith("org_") \
        and bool(_COUNTRY_AFTER.match(sentence.text, mention.end - sentence.start))


def _mark_places(mentions: list[Mention], tokens: Sequence[Token], sentence: Sentence,
                 lexicon: CompiledLexicon) -> list[Mention]:
    """Mentions whose words follow a place preposition, or a place they are listed with, as `located`."""
    marked: list[Mention] = []
    countries = lexicon.countries
    ends = [t.end for t in tokens]
    for mention in mentions:
        last = bisect_right(ends, mention.start)  # tokens[:last] end before the mention
        before = [fold(t.text).rstrip("'") for t in tokens[max(0, last - 6):last]]
        named_words = {fold(w) for w in re.findall(r"\w+", mention.words)}
        if before and before[-1] in _OWN_OR_ANY and not tokens[last - 1].text.isupper() \
                and mention.concept not in countries and _COUNTRY_NOUNS & named_words \
                and not _MEMBERS & named_words:  # ("its Member States" are the body's members; "the UN …")
            # "return to their countries of origin", "Haïti est un pays d'origine": the migrants' own
            # countries, or a description, not the governments of a group of countries
            marked.append(replace(mention, located=True))
            continue
        while before and before[-1] in _ARTICLES:
            before.pop()
        counted = False  # "in 31 European countries", "dans de nombreux autres pays": still places
        placelike = mention.concept in countries or bool(_PLACE_NOUNS & {fold(w) for w in re.findall(r"\w+",
                                                                                                   mention.words)})
        # (a year is no count: "Depuis 2013, la Belgique a réinstallé…" names Belgium acting)
        while placelike and before and (before[-1] in _QUANTIFIERS
                                        or (before[-1].isdigit() and not _YEAR.fullmatch(before[-1]))):
            before.pop()
            counted = True
        if counted and before and before[-1] in ("de", "d"):
            before.pop()
        before = before[-3:]
        word = before[-1] if before else ""
        # ("support from the Mayors Migration Council": "from" makes a place of places only)
        # ("funding from New Zealand": what comes from a country is its own giving)
        # ("observers from Australia, Canada and Switzerland": who comes from a country to speak for it)
        # ("new funding announced from the Government of Canada": the giving may stand two words back)
        given = word in _SOURCE_WORDS and any(w.startswith(_GIVING + _ENVOYS) for w in before[:-1])
        place = (word in _PLACE_WORDS and lexicon.kinds.get(mention.concept) not in _BODIES_NOT_PLACES
                 and (placelike or word not in _SOURCE_WORDS) and not given) \
            or (mention.concept in countries and word in _COUNTRY_PLACE_WORDS
                and not (len(before) > 1 and before[-2] in ("gouvernement", "government"))
                and not any(w.startswith(_HANDING) for w in before[:-1]))  # "donated equipment to Mauritania"
        if not place and mention.concept in countries and word in ("d", "de", "du", "des"):
            place = _after_coming_from(tokens, last)
        if not place and mention.concept in countries:
            # "Ce projet couvre les pays suivants : Djibouti, …", "the programme covers Kenya and Uganda";
            # "in Bangkok, Thailand": the country of a town named as a place
            preceding = sentence.text[:mention.start - sentence.start]
            # "au Proche-Orient (Jordanie, Syrie et Liban)": the countries of a region named as a place
            # "Gabon: les forces de l'ordre …": a news item's place tag, as a dateline
            tagged = not preceding.strip() and bool(_TAG_AFTER.match(sentence.text, mention.end - sentence.start))
            place = bool(tagged or _COVERING.search(preceding) or _PART_OF.search(preceding)
                         or _TOWN_BEFORE.search(preceding)
                         or _REGION_BRACKET.search(preceding) or _after_its_city(mention, marked, sentence, lexicon)
                         or _in_dateline(mention, sentence))
            # "the France-Senegal corridor", "le corridor Mali–Côte d'Ivoire": a route, no actor at all; nor
            # is the country where a body is based ("the Germany-based Friedrich-Ebert-Stiftung")
            if _BASED_AFTER.match(sentence.text, mention.end - sentence.start) \
                    or _CORRIDOR_AFTER.match(sentence.text, mention.end - sentence.start) \
                    or _CORRIDOR_BEFORE.search(sentence.text[:mention.start - sentence.start]) \
                    or (_BORDER_AFTER.match(sentence.text, mention.end - sentence.start)
                        and _JOINED_BEFORE.search(sentence.text[:mention.start - sentence.start])) \
                    or _glued_to_a_name(mention, mentions, sentence):
                continue
        if word in ("between", "entre") and not place:
            # What flows between countries goes from place to place: "the flow of goods between
            # countries of origin and destination", "les flux entre pays d'origine et de destination".
            at = last - 1
            while at > 0 and fold(tokens[at].text) not in ("between", "entre"):
                at -= 1
            place = any(fold(t.text).startswith(_FLOWS) for t in tokens[max(0, at - 8):at])
        if not place and marked and marked[-1].located and not _before_its_country(mention, sentence, lexicon):
            # A list of places goes on: "in countries of origin, transit and destination", "au Maroc, au Ghana"
            # (not onto the next city of a list of cities with their countries: "Freetown, Sierra Leone and
            # Lima, Peru")
            gap = sentence.text[marked[-1].end - sentence.start: mention.start - sentence.start]
            gap = _ASIDE.sub("", gap)  # "depuis la Libye (pour 51% d'entre eux), le Maroc"
            words = {fold(w) for w in re.findall(r"\w+", gap)}
            place = (mention.start < marked[-1].end
                     or (len(gap) <= _PLACE_GAP and not re.search(r"[.;:–—]|\s-\s", gap)  # (a dateline's dash)
                         and (mention.concept in countries or words <= _PLACE_LIST_WORDS)
                         # (a named body goes on no list of places: "in the EU, plus the United States, Frontex
                         # and Interpol")
                         and (placelike or lexicon.kinds.get(mention.concept) == "local_authority")))
        marked.append(replace(mention, located=True) if place else mention)
    return marked


# Common nouns that, written with a capital after a name, are part of that name: "ILO Country
# Office", "Djibouti City", "Bureau de Pays", "Western Union" name an office, a town or a company, not
# governments, cities or trade unions.
_NAME_PARTS = frozenset(("country", "city", "pays", "ville", "union"))


def _part_of_a_name(match: Match, tokens: Sequence[Token]) -> bool:
    """A common noun inside a name ("ILO Country Office"), or a weak one-word phrase written in the
    plural found in the singular: "community development", "the European Community" name no communities."""
    if match.end - match.start != 1:
        return False
    word = tokens[match.start].text
    payload = match.payload
    if isinstance(payload, Named) and payload.how == "weak" and match.phrase.written.endswith(("s", "x")) \
            and not fold(word).endswith(("s", "x")):
        return True
    if match.start == 0:
        return False
    previous = tokens[match.start - 1].text
    return word[:1].isupper() and fold(word) in _NAME_PARTS and previous[:1].isupper()


# One person's title, singular: the bodies named in it ("Director of ILO", "IOM Head of Mission")
# tell who the person is, not an actor of the text. Not ministers, ambassadors or presidents: "le
# Ministre de l'Intérieur du Sénégal" speaks for Senegal.
_TITLES = frozenset((
    "director", "head", "chief", "representative", "secretary", "commissioner", "chair", "chairperson",
    "spokesperson", "spokesman", "spokeswoman", "coordinator", "envoy", "adviser", "advisor", "officer",
    "directeur", "directrice", "chef", "representant", "representante", "secretaire", "commissaire",
    "porte-parole", "coordonnateur", "coordinatrice", "envoye", "envoyee", "conseiller", "conseillere"))
# Words that may stand between a title and the body: "Chief of Mission of IOM", "Directeur régional de l'OIM".
_TITLE_WORDS = frozenset((
    "of", "to", "for", "the", "de", "du", "des", "d", "l", "la", "le", "les", "aupres", "pour", "a", "general",
    "generale", "regional", "regionale", "executive", "executif", "special", "speciale", "deputy", "assistant",
    "resident", "residente", "adjoint", "adjointe", "mission", "delegation", "office", "division", "country",
    "bureau", "pays"))
_TITLE_OF = frozenset(("of", "to", "for", "de", "du", "des", "d", "aupres", "pour", "a"))
_NAMED_KINDS = frozenset(("international_organization", "regional_institution", "government"))
# "Berlin - ", "Djibouti City, Djibouti – " opening a press release: a place and no actor.
_PLACE_NAME = r"(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*"
_DATELINE = re.compile(rf"^{_PLACE_NAME}(?:,\s{_PLACE_NAME})?\s[-–—]\s")
# Between two bodies of one title: "to AU and ECA", "pour l'UE, la Norvège et la Suisse".
_TITLE_LIST = re.compile(r"(?:,|\s)*(?:\s(?:and|et|or|ou|for|pour))?\s+(?:the\s|l['’]|la\s|le\s|les\s)?",
                         re.IGNORECASE)
_BODY_KINDS = frozenset(("international_organization", "regional_institution"))
# Kinds of named bodies with a section per country, named by the country after the body: "Caritas France".
_SECTION_KINDS = frozenset(("civil_society", "trade_union", "private_sector", "employers_organization"))
_DOCUMENT_AFTER = re.compile(r"[’']?s?\s+(?:Conventions?|conventions?|Declarations?|Recommendations?|[Ss]tandards|"
                             r"instruments|Protocols?|Charter|Fundamental Principles)\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:conventions?|normes|instruments|recommandations?|déclarations?|protocoles?|"
                              r"standards)\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|des\s+|of\s+the\s+)$", re.I)
_OWNER_GAPS = frozenset((" ", "’s ", "'s ", " ’s ", "-"))


_LIST_OF_PLACES = frozenset(("d", "de", "du", "des", "l", "la", "le", "les", "et", "ou"))


def _after_coming_from(tokens: Sequence[Token], last: int) -> bool:
    """Whether a list of places "d'Albanie, du Ghana, d'Iraq, du Maroc" opened by a word of
    coming from ("venus", "rentrés") runs up to tokens[last - 1]."""
    for index in range(last - 1, max(-1, last - 25), -1):
        word = fold(tokens[index].text).rstrip("'’")
        if word in _FROM_WORDS:
            return True
        if word not in _LIST_OF_PLACES and not tokens[index].text[:1].isupper():
            return False
    return False


_BARE_PLACES = frozenset(("country", "countries", "pays"))
_DETERMINERS = frozenset(("the", "these", "those", "both", "all", "their", "its", "each", "le", "la", "les", "l",
                          "ces", "leur", "leurs", "son", "ses", "des", "deux", "tous"))


def _bare_place(words: str) -> bool:
    folded = [fold(w) for w in re.findall(r"\w+", words)]
    while folded and folded[0] in _DETERMINERS:
        folded.pop(0)
    return len(folded) == 1 and folded[0] in _BARE_PLACES


def _mark_titles(mentions: list[Mention], tokens: Sequence[Token], sentence: Sentence,
                 lexicon: CompiledLexicon) -> list[Mention]:
    """Mentions that name no actor of the text by themselves.

    `titled` (no actor unless named otherwise or linked): a body in one person's title ("the
    Director of ILO"), anything in the document's title or a marked heading ("**…**"), a body named
    as a document's author ("ILO Conventions"), a bare "countries" or "pays". Dropped
    (no mention at all): a dateline ("Berlin - "), the place of an office ("IOM Djibouti"), the first of two names
    joined by a slash ("NGOs/hometown associations" are the hometown associations), a plain
    group right before the named bodies it labels ("funding partners Germany, Switzerland"), a
    plain group inside a quoted title ("“… empowered citizens”"), another body's Secretary General
    ("the EAC Secretary General").
    """
    text, offset = sentence.text, sentence.start
    dateline = _DATELINE.match(text) if sentence.number == 1 else None
    dateline_end = offset + dateline.end() if dateline else -1
    heading = sentence.number == 1 and _is_heading(text) and (
        sentence.para == 1 or text.lstrip().startswith(("**", "#", "__")) or text.isupper())
    quoted = [(offset + q.start(), offset + q.end()) for q in _QUOTED_TITLE.finditer(text)]
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    marked: list[Mention] = []
    titles: list[bool] = []  # per marked mention: named in a person's title
    speaking = bool(_SPEECH.search(text))
    dropped: set[int] = set()
    for index, mention in enumerate(mentions):
        kind = lexicon.kinds.get(mention.concept)
        first, last = starts.get(mention.start), ends.get(mention.end)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        between = text[mention.end - offset:following.start - offset] if following is not None else None
        located = (mention.end <= dateline_end
                   or between == "/"
                   or (between in _APPOSITION and mention.words[:1].islower() and following is not None
                       and following.words[:1].isupper()
                       and (following.concept in lexicon.countries
                            or lexicon.kinds.get(following.concept) in _BODY_KINDS))
                   or (mention.words[:1].islower() and any(a <= mention.start and mention.end <= b for a, b in quoted)))
        titled = in_title = False
        previous = marked[-1] if marked else None
        if not located and kind in _NAMED_KINDS and first is not None and last is not None:
            in_title = _after_title(tokens, first) or _before_title(tokens, last)
            # The body of a person who speaks ("…, Chief of Mission of IOM, said") is the speaker.
            titled = in_title and not speaking
            if not in_title and previous is not None and previous.end <= mention.start:
                gap = text[previous.end - offset:mention.start - offset]
                if mention.concept in lexicon.countries and gap == " " and (
                        lexicon.kinds.get(previous.concept) in _BODY_KINDS
                        or previous.words[:1].isupper() and lexicon.kinds.get(previous.concept) in _SECTION_KINDS):
                    located = True  # "IOM Djibouti": the country office, not the country; "Caritas France"
                elif titles[-1] and _TITLE_LIST.fullmatch(gap):
                    titled = in_title = True  # the list goes on: "… de l'OIM pour l'UE, la Norvège"
        if kind == "official" and previous is not None and lexicon.kinds.get(previous.concept) in _NAMED_KINDS \
                and text[previous.end - offset:mention.start - offset] in _OWNER_GAPS:
            located = True  # "the EAC Secretary General", "IFRC Secretary-General Didier Cherpitel": that body's own
        # "fundamental ILO Conventions", "les normes de l'OIT": a body named as the author of a document
        documented = bool(_DOCUMENT_AFTER.match(text, mention.end - offset)
                          or _DOCUMENT_BEFORE.search(text, 0, mention.start - offset))
        # "in 14 countries", "the country": a bare place noun names an actor only when a link makes it one
        bare = _bare_place(mention.words)
        titles.append(in_title)
        marked.append(replace(mention, titled=titled or heading or documented or bare))
        if located:
            dropped.add(index)
    return [m for index, m in enumerate(marked) if index not in dropped]


# Verbs by which a person speaks: the body in the speaker's title speaks through them.
_SPEECH = re.compile(r"\b(?:said|says|stated|states|noted|added|explained|emphasi[sz]ed|stressed|underlined|"
                     r"highlighted|declared|remarked|told|urged|called on|a (?:déclaré|dit|souligné|ajouté|"
                     r"expliqué|indiqué|affirmé|rappelé|insisté|estimé|salué)|déclare|souligne|explique|estime)\b",
                     re.IGNORECASE)
# A plain group right before the bodies it stands for is their label: "funding partners Germany, …".
_APPOSITION = frozenset((" ", " (", ": ", " – ", " - "))
# A quoted title: capital first, no sentence mark inside, a few words ("“Strengthen social cohesion…”").
_QUOTED_TITLE = re.compile(r"[“‘«\"]\s?[A-Z][^“”‘’«»\".!?;:]{0,150}[”’»\"]")


def _is_heading(text: str) -> bool:
    """A title line: no closing stop, not too long."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1] not in ".!?:;,»”\"…" and len(stripped.split()) <= 30


def _after_title(tokens: Sequence[Token], first: int) -> bool:
    """Whether a title ends just before tokens[first]: "the Director of [ILO]", "representative to [AU]"."""
    index = first - 1
    words = 0
    while index >= 0 and words < 5:
        word = fold(tokens[index].text).rstrip("'’")
        if word in _TITLES and not tokens[index].text.endswith("s"):
            return words > 0 and fold(tokens[first - 1].text).rstrip("'’") in _TITLE_OF | {"the", "l", "la", "le"}
        if word not in _TITLE_WORDS:
            return False
        index -= 1
        words += 1
    return False


def _before_title(tokens: Sequence[Token], last: int) -> bool:
    """Whether a title starts just after tokens[last]: "the [IOM] Head of Mission"."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and fold(following.text) in _TITLES and following.text[:1].isupper()


def _applies(match: Match, tokens: Sequence[Token], lexicon: CompiledLexicon) -> bool:
    """Phrases with a context count only in a sentence holding a word of that context."""
    context = match.payload.context
    return context is None or bool(lexicon.contexts[context].find(tokens))


def _priority(match: Match) -> tuple[int, int, int, int, str]:
    """Longer phrases first; then the document's own names ("the Danish Refugee Council (DRC)"
    makes "DRC" that council); then surer ways of naming; then text order."""
    payload = match.payload
    how = payload.how if isinstance(payload, Named) else (
        "reference" if isinstance(payload, Reference) else "collective")
    own = 0 if isinstance(payload, Named) and (payload.own or payload.concept.startswith("org_")) else 1
    return (-(match.end - match.start), own, _RANK[how], match.start, str(payload))


def _mentions_of(match: Match, sentence: Sentence, tokens: Sequence[Token], lexicon: CompiledLexicon,
                 earlier: list[SentenceActors], group: int) -> list[Mention]:
    start, end = tokens[match.focus_start].start, tokens[match.focus_end - 1].end
    words = _words(sentence, tokens, match)
    if isinstance(match.payload, Named):
        if match.payload.how == "ignore":
            return []
        plain = match.phrase.focus == (0, len(match.phrase.words)) and GAP not in match.phrase.words
        alias = words if plain and match.payload.how in ("phrases", "in_context", "weak") else None
        if not plain and match.payload.how == "phrases" and GAP not in match.phrase.words:
            alias = _name_of_focus(match, lexicon)
        return [Mention(match.payload.concept, sentence, start, end, words, match.payload.how, group, alias)]
    if isinstance(match.payload, Collective):
        plain = GAP not in match.phrase.words and match.phrase.focus == (0, len(match.phrase.words))
        return [Mention(concept, sentence, start, end, words, "collective", group, words if plain else None)
                for concept in match.payload.actors]
    concepts = _referred(match.payload.kinds, lexicon, earlier)
    return [Mention(concept, sentence, start, end, words, "reference", group) for concept in concepts]


def _name_of_focus(match: Match, lexicon: CompiledLexicon) -> str | None:
    """The concept's own name for what a bracketed phrase names: "pays d'origine, de transit et
    [de destination]" names the "pays de destination", "[workers] and employers' representatives"
    the "workers' representatives". The plain phrase of the concept holding the focus words and
    most of the phrase's other words, or None."""
    focus = match.phrase.words[match.phrase.focus[0]:match.phrase.focus[1]]
    others = set(match.phrase.words)
    best: tuple[int, str] | None = None
    for phrase in lexicon.plain_phrases(match.payload.concept):
        words = phrase.words
        if not any(words[i:i + len(focus)] == focus for i in range(len(words) - len(focus) + 1)):
            continue
        shared = len(others & set(words)) * 100 - len(words)
        if best is None or shared > best[0]:
            best = (shared, phrase.written)
    return best[1] if best else None


def _referred(kinds: frozenset[str], lexicon: CompiledLexicon, earlier: list[SentenceActors]) -> list[str]:
    """The concepts of `kinds` named by the nearest earlier sentence of the paragraph naming any."""
    concepts = lexicon.concepts
    for sentence in earlier:
        found = [m.concept for m in sentence.mentions if concepts[m.concept].kind in kinds]
        if found:
            return list(dict.fromkeys(found))
    return []


def _pairs(sentence: Sentence, tokens: Sequence[Token], lexicon: CompiledLexicon, groups: _GroupCounter,
           kept_spans: list[tuple[int, int]]) -> tuple[tuple[Mention, Mention], ...]:
    """Phrases naming two actors as each other's partners, outside the actors' own names ("les acteurs de
    la coopération internationale" name international organisations, not countries of origin and hosts)."""
    pairs = []
    for match in lexicon.pairs.find(tokens):
        if any(start <= match.focus_start and match.focus_end <= end and (start, end) != (match.focus_start,
               match.focus_end) for start, end in kept_spans):
            continue
        start, end = tokens[match.focus_start].start, tokens[match.focus_end - 1].end
        if match.start > 0 and tokens[match.start].text[:1].isupper():
            continue  # in a name: "the German Corporation for International Cooperation (GIZ)"
        words, group = _words(sentence, tokens, match), groups.next()
        first, second = (Mention(concept, sentence, start, end, words, "pair", group)
                         for concept in match.payload)
        pairs.append((first, second))
    return tuple(pairs)


def _words(sentence: Sentence, tokens: Sequence[Token], match: Match) -> str:
    begin, finish = tokens[match.start].start, tokens[match.end - 1].end
    return " ".join(sentence.text[begin - sentence.start: finish - sentence.start].split())
