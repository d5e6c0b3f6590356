"""Organisations a document names with their acronym, though the lexicon does not know them.

"le Conseil européen des réfugiés et exilés (ECRE)", "the National Coordination Bureau on
Migration (NCBM)": a name followed by an acronym in brackets is an organisation of its own. So
is a capitalised name opened by "Ministry", "National", "State"… ("the Ministry of Women and
Family", "the National Institute of Statistics") that no lexicon phrase names whole, and a name
written the French way, its first word only in capitals ("la Banque nationale", french_names.py).
Its kind comes from the words of its name (a ministry, a network, a forum…); a name whose
words tell no kind (a project, a declaration) is left alone. The name and the acronym then
find the organisation anywhere in the document, the acronym only in capitals.

The document may also name more for bodies the lexicon knows: the acronym it gives one ("the
International Rescue Committee (IRC)"), "the Commission" of the one regional institution it names;
and city governments named with a word saying so ("Nairobi City County", then "Nairobi"; "les
mairies de Rabat et Oujda").
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass, replace

from .compiled import CompiledLexicon, Named
from .document import ENGLISH_MONTHS
from .french_names import HEAD_WORDS, french_names
from .lexicon import Concept
from .listed import find_introduced, find_listed
from .phrases import Phrase, parse_phrase
from .tokens import fold

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Z0-9-]*s?)\s*\)")  # "(MWAs)": a plural's too
_WORDS = re.compile(r"[\w'’-]+|[^\w\s]")
_STOPS = frozenset(("the", "a", "an", "le", "la", "les", "l", "un", "une", "by", "with", "and the", "par", "avec",
                    "from", "to", "que", "qui", "which", "that"))
MAX_NAME_WORDS = 10
# Verbs no organisation's name holds: a name read back from its acronym stops before them ("l'AMAPPE
# est membre de l'Association européenne de démocratie locale (ALDA)").
_VERBS = frozenset(("est", "sont", "etait", "etaient", "sera", "seront", "ont", "is", "are", "was", "were", "has",
                    "have", "had", "will"))
# The word of a name that tells its kind, first match wins (words folded, prefixes allowed).
_KIND_WORDS = (
    # A council or a government of a region or a town: "le Conseil régional de Kayes", "Nairobi City County".
    ("local_authority", ("conseil regional", "conseil departemental", "conseil general", "conseil municipal",
                         "conseil communal", "regional council", "county council", "city council", "municipal council",
                         "district council", "county government", "city government", "mairie", "municipalit",
                         # "le Syndicat Inter Collectivités Méraguémou": a syndicate of local authorities
                         "intercommunal", "inter collectivit", "intercollectivit",
                         # a Swiss canton's body: "le Bureau cantonal pour l'intégration (BCI)"
                         "cantonal", "cantonaux")),
    # Before "union", "council", "congress": "Arab Trade Union Confederation", "Trades Union Congress".
    ("trade_union", ("syndica", "trade union", "trades union", "workers' union", "labour congress",
                     "labor congress")),
    ("employers_organization", ("employer", "employeur", "patronat", "chamber of commerce", "chambers of commerce",
                                "chambers",  # "the Federation of Saudi Chambers"
                                "chambre de commerce", "chambres de commerce", "enterprises", "entreprises",
                                "industry and commerce", "industrie et commerce", "chambre de metiers",
                                "chambre des metiers")),
    ("government_sector", ("ministr", "minister", "department", "departement", "directorate", "direction", "division",
                           "bureau", "office national", "national", "chancellery", "chancellerie", "haute autorite",
                           "administration", "federal", "interministeri", "inter-ministeri", "commissariat",
                           "central bank", "banque centrale", "banco central",
                           # "la Délégation générale des Maliens de l'extérieur": a state body
                           "delegation generale", "delegation interministerielle", "delegation nationale",
                           # a statistics office: "Statistics Sweden (SCB)", "Institut national de la statistique"
                           "statistic")),
    # Recruiters' associations and named banks are businesses ("Association of Hong Kong Manpower
    # Agencies"); the development banks are in the lexicon already.
    ("private_sector", ("manpower", "recruiter", "recruitment agenc", "employment agenc", "placement agenc",
                        "banco", "bank", "banque", "company", "companies", "compagnie")),
    ("migrant_association", ("hometown", "diaspora", "ressortissant", "non-resident", "migrant worker association",
                             "migrant workers association", "migrant association")),
    # After the ministries: "la Fédération de la jeunesse éthiopienne", but "Ministry of Youth".
    ("youth_association", ("youth", "jeunesse", "jeunes")),
    # Schools, institutes and training centres ("ZPRIME Professional Driving Institute", "Institut Supérieur des
    # Sciences de la Mer"); a national one is the state's, as above.
    ("academia", ("universit", "institut", "school", "ecole", "college", "academ", "training cent",
                  "centre de formation", "centre de qualification")),
    ("regional_institution", ("union", "community", "communaute", "authority", "autorite")),
    ("multilateral_process", ("forum", "dialogue", "process", "processus", "initiative", "committee", "comite",
                              "conference", "consultations")),
    ("international_organization", ("organization", "organisation", "fund", "fonds", "bank", "banque",
                                     "programme", "program", "agency", "agence", "mission des nations unies",
                                     "united nations mission", "un mission")),
    ("civil_society", ("council", "conseil", "network", "reseau", "association", "federation", "alliance",
                       "foundation", "fondation", "centre", "center", "coalition", "platform", "plateforme",
                       "confederation", "society", "societe", "ngo", "ong", "trust", "ligue", "league",
                       "charit")),
)


@dataclass(frozen=True)
class NamedOrganisation:
    """A name and its acronym, as the document writes them, and the kind its words tell; `short` is
    one more name the body goes by ("Nairobi" for "Nairobi City County")."""

    name: str
    acronym: str
    kind: str
    short: str = ""

    @property
    def id(self) -> str:
        return "org_" + re.sub(r"[^a-z0-9]+", "_", fold(self.acronym or self.name)).strip("_")


# "ERRIN (European Return and Reintegration Network)": the acronym first, its name in brackets.
_ACRONYM_FIRST = re.compile(r"(?<![\w'’])([A-Z][A-Za-z]*[A-Z][A-Z0-9-]*)\s*\(\s*([A-Z][^()]{3,150}?)\s*\)")


def find_named(text: str, national: frozenset[str] = frozenset()) -> list[NamedOrganisation]:
    """Every 'Name (ACRONYM)' or 'ACRONYM (Name)' of `text` whose name tells a kind, first occurrence of
    each acronym."""
    found: dict[str, NamedOrganisation] = {}
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym in found:
            continue
        before = text[max(0, match.start() - 200):match.start()]
        # Words whose initials spell the acronym are its name, articles and all: "le Ministère de la
        # Jeunesse et de l'Emploi Jeune (MJEJ)", "l'Agence nationale pour l'emploi et le travail indépendant (ANETI)".
        # A longer name read back from the acronym keeps its owner: "the United Nations High Level Dialogue (HLD)".
        by_initials, plain = _name_by_initials(before, acronym), _name_before(before)
        name = plain if plain.endswith(by_initials) else by_initials
        listed = _name_before(before, through_commas=True)  # "Ministry of Labour, Employment and Social Protection"
        if listed != plain and len(listed) > len(name) and _kind(listed, national):
            name = listed
        kind = _kind(name, national) if name else None
        if not kind:
            name = plain
            kind = _kind(name, national) if name else None
        if not kind:  # "the Association for the Development of X (ADX)": the name goes on past "for the"
            name = _name_before(before, through_articles=True)
            kind = _kind(name, national) if name else None
        if name and kind:
            name = _after_coordination(name, national)
            found[acronym] = NamedOrganisation(name, acronym, kind=_kind(name, national) or kind)
    for match in _ACRONYM_FIRST.finditer(text):
        acronym, name = match.group(1), " ".join(match.group(2).split())
        words = name.split()
        if acronym in found or len(words) < 2 or len(words) > MAX_NAME_WORDS or name[0] != acronym[0] \
                or not all(w[0].isupper() or fold(w) in _CONNECTORS for w in words):
            continue  # a name in capitals, starting as its acronym does: "ERRIN (European Return …)"
        kind = _kind(name, national)
        if kind:
            found[acronym] = NamedOrganisation(name, acronym, kind)
    return list(found.values())


def _after_coordination(name: str, national: frozenset[str]) -> str:
    """The name after its last "and"/"et" when only that part tells a kind: read back from its acronym, "le
    soutien des Nations Unies et de l'Autorité intergouvernementale sur le développement (IGAD)" names the
    Authority; "Ministère du Travail et de l'Emploi" and "Red Cross and Red Crescent Societies" stay whole."""
    words = name.split()
    last = max((i for i, word in enumerate(words) if i and fold(word) in ("and", "et")), default=0)
    if not last:
        return name
    before, after = " ".join(words[:last]), _name_before(" ".join(words[last + 1:]), through_articles=True)
    return after if after and _kind(after, national) and not _kind(before, national) else name


# Words opening the name of a government body, and words that may stand inside such a name.
_BODY_HEADS = frozenset(("Ministry", "Ministère", "ministère", "National", "Nationale", "State", "Federal",
                         "Office", "Bureau", "Department", "Département", "Directorate", "Direction", "Division",
                         "Commissariat"))
_OF_WORDS = frozenset(("of", "for", "on", "de", "du", "des", "d"))
_CONNECTORS = frozenset(("of", "for", "on", "and", "the", "de", "du", "des", "la", "l", "et", "d", "&"))


def find_bodies(text: str, national: frozenset[str] = frozenset()) -> list[NamedOrganisation]:
    """Capitalised names of government bodies without an acronym ("Ministry of Women and Family")."""
    words = list(re.finditer(r"[\w’'-]+", text))
    found: dict[str, NamedOrganisation] = {}
    index = 0
    while index < len(words):
        if words[index].group() not in _BODY_HEADS:
            index += 1
            continue
        end = index + 1
        last_capital = index
        while end < len(words) and text[words[end - 1].end():words[end].start()].strip(" ") == "":
            word = words[end].group()
            previous = fold(words[end - 1].group()).rstrip("'’")
            # "… and the National Institute…" starts a new name; "National Coordination Bureau" goes on.
            if word in _BODY_HEADS and previous not in _OF_WORDS and not words[end - 1].group()[0].isupper():
                break
            if previous in ("and", "et") and (fold(word).rstrip("'’") in ("the", "la", "le", "les", "l")
                                              or len(word) > 1 and word.isupper()):
                break  # "… of the Philippines and the U.S. Department…", "… Committees and UNHCR": another name
            if word in _PERSON_TITLES and previous not in _TITLE_OPENERS \
                    and words[end - 1].group() not in _TITLE_QUALIFIERS:
                break  # "National Human Rights Committee Qatar Chair Dr Ali…": a person's title and name follow
            if word[0].isupper():
                last_capital = end
            elif fold(word).rstrip("'’") not in _CONNECTORS:
                break
            end += 1
        name = text[words[index].start():words[last_capital].end()]
        capitals = sum(1 for w in words[index:last_capital + 1] if w.group()[0].isupper())
        kind = _kind(name, national)
        if capitals >= 2 and kind == "government_sector" and name not in found:
            found[name] = NamedOrganisation(name, "", kind)
        index = last_capital + 1
    return list(found.values())


# Words heading the name of an organisation, a network or a forum written in capitals without
# an acronym ("the Alliance of Hometown Associations", "the Mayors Migration Council").
_ORGANISATION_HEADS = frozenset((
    "Alliance", "Network", "Federation", "Association", "Associations", "Council", "Forum", "Platform",
    "Coalition", "Confederation", "Union", "Committee", "Commission", "Centre", "Center", "Institute",
    "Foundation", "Organisation", "Organization", "Agency", "Fund", "Bank", "Initiative", "Partnership",
    "Board", "Secretariat", "Observatory", "Mechanism", "Dialogue", "Process", "Conference", "Group", "Trust",
    "Society", "Chamber", "Chambers", "Administration"))
# "the" goes on a name after "of", "for", "on" only: "… Associations and the Southern …" are two.
_NAME_WORD = r"(?:[A-Z][\w’'-]*|(?:of|for|on)(?:\s+the)?|and|&)"
_NAME_RUN = re.compile(rf"\b(?:the|The)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})+)")


_DATES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                    *(month.capitalize() for month in ENGLISH_MONTHS)))


def _singular(word: str) -> str:
    """A plural head word in the singular ("Committees": "Committee"); any other word as it is."""
    return word[:-1] if word.endswith("s") and word[:-1] in _ORGANISATION_HEADS else word


# A line ending as a sentence does is no title, however many names it lists in capitals ("Also joining
# are the Good Samaritan Association; the Mary Joy Development Association; …").
_SENTENCE_END = re.compile(r"[\w)][.!?]\s*$")


# A person's title before the body they serve: "the Head of …", "the Executive Director of …" (not "the
# Executive Committee of …", a body of its own).
_PERSON_TITLES = frozenset(("Head", "Director", "President", "Chair", "Chairperson", "Chairman", "Secretary",
                            "Minister", "Representative", "Coordinator", "Officer", "Ambassador", "Commissioner",
                            "Director-General", "Manager", "Secretary-General"))
_TITLE_QUALIFIERS = frozenset(("Executive", "Deputy", "Vice", "Chief", "Regional", "Country", "General", "Assistant"))
# Words before a title word that keep it in a body's name: "Office of the President", "of the Prime Minister".
_TITLE_OPENERS = frozenset(("the", "of", "prime", "for"))


def _after_title(parts: list[str]) -> list[str]:
    """The words of a name after a person's title and its "of" ("Executive Director of Employers
    Confederation of Zimbabwe" → "Employers Confederation of Zimbabwe"); the words as they are when none."""
    if "of" not in parts:
        return parts
    title = parts[:parts.index("of")]
    if title and title[-1] in _PERSON_TITLES and all(w in _TITLE_QUALIFIERS for w in title[:-1]):
        rest = parts[len(title) + 1:]
        return rest[1:] if rest[:1] == ["the"] else rest
    return parts


def find_organisations(text: str, national: frozenset[str] = frozenset()) -> list[NamedOrganisation]:
    """Capitalised names after "the" holding an organisation's head word, without an acronym
    ("the Alliance of Hometown Associations"). Lines written in capitals (titles) are left out."""
    found: dict[str, NamedOrganisation] = {}
    for line in text.splitlines():
        words = re.findall(r"[A-Za-z][\w’'-]*", line)
        if not words or sum(1 for w in words if w[0].isupper()) > len(words) / 2 and not _SENTENCE_END.search(line):
            continue  # a title written in capitals tells no name apart, a sentence listing names does
        for match in _NAME_RUN.finditer(line):
            parts = _after_possessor(match.group(1).split())
            # "the Good Samaritan Association and UNICEF", "the National Steering Committees and UNHCR": a
            # head word closes the name before "and"; "the … Association on Wednesday": a day or month after
            # "on", "of" is no part of it
            closing = next((i for i in range(1, len(parts))
                            if parts[i] == "and" and _singular(parts[i - 1]) in _ORGANISATION_HEADS
                            or parts[i] in _OF_WORDS and i + 1 < len(parts) and parts[i + 1] in _DATES), None)
            parts = parts[:closing]
            while parts and not parts[-1][0].isupper():
                parts.pop()
            parts = _after_title(parts)
            capitals = [w for w in parts if w[0].isupper()]
            if len(capitals) < 2 or not any(w in _ORGANISATION_HEADS for w in capitals) or parts[0] == "Head":
                continue
            name = " ".join(parts)
            kind = _kind(name, national)
            if kind and kind != "government_sector" and name not in found:
                found[name] = NamedOrganisation(name, "", kind)
    return list(found.values())


# "In Touch, a Senegalese pioneering fintech", "Orange Money, a mobile money operator", "Tostan, une ONG
# sénégalaise": a name in capitals described by what it is right after a comma.
_DESCRIBED_KINDS = (
    ("private_sector", ("fintech", "company", "companies", "operator", "bank", "firm", "start-up", "startup",
                        "provider", "corporation", "enterprise", "business", "entreprise", "société", "opérateur",
                        "banque", "fournisseur", "groupe")),
    ("civil_society", ("ngo", "non-governmental organization", "non-governmental organisation", "charity",
                       "association", "foundation", "network", "organisation non gouvernementale", "ong",
                       "fondation", "réseau", "collectif")),
    ("trade_union", ("trade union", "union", "syndicat", "confédération syndicale")),
    ("migrant_association", ("diaspora organization", "diaspora organisation", "diaspora association",
                             "association de la diaspora", "association de migrants")),
)
_KIND_DESCRIBED = {word: kind for kind, words in reversed(_DESCRIBED_KINDS) for word in words}
"""The kind each describing noun tells (the first kind listed wins: "trade union" before "union")."""
_DESCRIBED = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w&'’-]*\s){0,3}[A-Z][\w&'’-]*),\s+(?:a|an|une?)\s+((?:[\w'’-]+\s+){0,5}?)(?i:("
    + "|".join(sorted({w for _, words in _DESCRIBED_KINDS for w in words}, key=len, reverse=True))
    + r"))\b")


_OPENERS = frozenset(("with", "and", "in", "for", "of", "on", "avec", "et", "en", "pour", "de", "however", "also",
                      "moreover", "today", "yesterday"))


def find_described(text: str) -> list[NamedOrganisation]:
    """Names in capitals a comma and an indefinite description follow ("In Touch, a fintech")."""
    found: dict[str, NamedOrganisation] = {}
    for match in _DESCRIBED.finditer(text):
        name, noun = match.group(1), match.group(3).lower()
        words = name.split()
        before = text[max(0, match.start() - 20):match.start()].rstrip()
        opening = not before or before[-1] in ".!?:;\n"
        while opening and words and fold(words[0]) in _STOPS | _OPENERS:
            words.pop(0)  # "With Tostan, an NGO, …" opening a sentence: the name starts after "With"
        name = " ".join(words)
        if not name or name.isupper() and len(name) <= 2:
            continue
        kind = _KIND_DESCRIBED.get(noun)
        if kind and name not in found:
            found[name] = NamedOrganisation(name, "", kind)
    return list(found.values())


def find_french_organisations(text: str, national: frozenset[str] = frozenset()) -> list[NamedOrganisation]:
    """Names written the French way, without an acronym, whose words tell a kind ("la Banque nationale",
    "l'Office des travailleurs tunisiens à l'étranger")."""
    found = []
    for name in french_names(text):
        kind = _kind(name, national)
        if kind:
            found.append(NamedOrganisation(name, "", kind))
    return found


def _after_possessor(words: list[str]) -> list[str]:
    """The words of a name after its possessor: "the UN’s International Fund for…" is the fund's own name."""
    possessor = max((i for i, w in enumerate(words) if re.search(r"['’]s$", w)), default=-1)
    return words[possessor + 1:]


_ARTICLES = frozenset(("the", "le", "la", "les", "l"))
_LINKING = frozenset(("of", "for", "on", "pour", "sur", "contre", "de", "against"))


_CAPITALISED_NEXT = re.compile(r"^(?:[lL]['’])?[A-ZÀ-Ý]")


# Words an acronym's letters skip ("Agence nationale pour l'emploi et le travail indépendant": ANETI).
_UNLETTERED = frozenset(("of", "for", "on", "and", "the", "in", "to", "de", "du", "des", "d", "la", "le", "les", "l",
                         "pour", "et", "a", "au", "aux", "en", "sur"))


def _name_by_initials(text: str, acronym: str) -> str:
    """The words ending `text` whose initials spell `acronym`, the small words between them aside;
    "" when no such words end it."""
    letters = [c for c in acronym if c.isalpha()]
    if not 2 <= len(letters) <= MAX_NAME_WORDS or not acronym.isupper():
        return ""
    words = re.findall(r"[\w’'-]+", text)
    start = len(words)
    for letter in reversed(letters):
        while start and fold(_unelided(words[start - 1])) in _UNLETTERED:
            start -= 1
        if not start or fold(_unelided(words[start - 1]))[:1] != fold(letter):
            return ""
        start -= 1
    name = words[start:]
    name[0] = _unelided(name[0])
    # (a French name may be written in lower case: "l'union générale tunisienne du travail (UGTT)")
    return " ".join(name) if name[0][:1].isupper() or fold(name[0]) in HEAD_WORDS else ""


_ELIDED = re.compile(r"^[LlDd]['’](?=\w)")


def _unelided(word: str) -> str:
    """A word without its elided article: "l'emploi" → "emploi"."""
    return _ELIDED.sub("", word)


def _name_before(text: str, through_articles: bool = False, through_commas: bool = False) -> str:
    """The words of a name ending `text`: back to an article, a punctuation mark or MAX_NAME_WORDS;
    `through_articles`: past an article after "of", "for", "pour" ("the Association for the Development of…");
    `through_commas`: past the comma of a list of capitalised words ending the name ("Centre for Jobs,
    Migration and Reintegration")."""
    words = _WORDS.findall(text)
    name: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if through_commas and word == "," and index and words[index - 1][:1].isupper() \
                and not words[index - 1].isupper() and _capital_list(name):
            name.insert(0, word)
            continue
        folded = fold(word).rstrip("'’")
        after_linking = through_articles and folded in _ARTICLES and index > 0 \
            and fold(words[index - 1]).rstrip("'’") in _LINKING
        # ("l'Office des Tunisiens à l'Étranger": "à" before a capital goes on with the name)
        before_capital = word in ("à", "aux") and index + 1 < len(words) \
            and _CAPITALISED_NEXT.match(words[index + 1]) is not None
        inside = after_linking or before_capital
        stop = folded in _STOPS and not (len(word) > 1 and word.isupper())  # "the UN Refugee Agency": no article
        if not word[0].isalnum() or stop and not inside or folded in _VERBS \
                or len(name) >= MAX_NAME_WORDS:
            break
        name.insert(0, word)
    name = _after_possessor(name)
    while name and not _unelided(name[0])[:1].isupper():  # a name starts with a capital
        name.pop(0)
    if name:  # "l'Agence française de développement"
        name[0] = _unelided(name[0])
    return " ".join(name).replace(" ,", ",") if len(name) >= 2 else ""


def _capital_list(words: list[str]) -> bool:
    """Whether the words read so far are capitalised words joined by one "and" ("Migration and Reintegration"),
    with no comma yet."""
    joins = [w for w in words if w in ("and", "et", "&")]
    return len(joins) == 1 and "," not in words and words[-1][:1].isupper() \
        and all((w[:1].isupper() and not w.isupper()) or w in ("and", "et", "&") for w in words)  # no acronyms


# With a country's adjective, these words make a government's body; without them the body is the
# country's civil society ("the Norwegian Refugee Council", "la Croix-Rouge française").
_STATE_WORDS = ("agenc", "ministr", "depart", "office", "service", "bureau", "cooperation", "development",
                "developpement", "directorate", "direction", "embass", "ambassade", "consul", "chancell",
                "government", "gouvernement", "federal", "national", "nationale", "state", "etat", "authorit",
                "autorit", "administration", "inspector", "inspection", "police", "gendarmerie", "commission",
                "secretariat")
# (nor is a document or an aim: "the Strategic Objective of the London Syria Conference", "le Plan d'action")
_PROGRAMME_HEADS = frozenset(("programme", "program", "projet", "project", "strategic", "objective", "objectif",
                              "strategy", "strategie", "plan", "framework", "cadre", "agenda", "declaration",
                              "convention", "protocol", "protocole", "report", "rapport", "roadmap", "policy",
                              "politique"))
_GLOBAL = frozenset(("global", "international", "world", "mondial", "multilateral"))
# The heads of a process's name, regional unless a word above makes it global ("the Caribbean Migration
# Consultations", "le Processus de Rabat").
_REGIONAL_HEADS = frozenset(("process", "processus", "dialogue", "forum", "consultations"))
# Workers' own bodies: a federation, committee or union whose name says whose it is.
_WORKERS = frozenset(("workers", "worker", "employees", "travailleurs", "travailleuses", "salaries",
                      "teachers", "enseignants", "nurses", "infirmiers", "journalists", "journalistes"))
_WORKERS_BODIES = frozenset(("federation", "confederation", "committee", "union", "congress", "council", "association",
                             "comite", "conseil", "organisation", "organization"))
# Owners whose "syndicats" are employers' bodies.
_OWNERS = frozenset(("exploitants", "patronal", "patronale", "patronaux", "employeurs", "employers"))
# Heads of the names of financing instruments (the funds and facilities the lexicon does not know as
# organisations, as it knows IFAD or UNCDF).
_INSTRUMENT_HEADS = frozenset(("fund", "fonds", "facility", "facilite"))
_PLACE_HEADS = frozenset(("region", "province", "governorate", "district"))
_NAME_BREAKS = frozenset(("for", "of", "on", "to", "pour", "de", "du", "des", "d"))


def _head(words: list[str]) -> str:
    """The head noun of a name's folded words: the first French one ("Fonds fiduciaire…"), else the
    last before "for"/"of" ("Global Cities Fund for…")."""
    if not words:
        return ""
    if words[0] in _INSTRUMENT_HEADS:
        return words[0]
    before = list(itertools.takewhile(lambda word: word not in _NAME_BREAKS, words))
    return before[-1] if before else words[0]


# Heads of a territory's own name ("Région de Matam"), a local authority when the name is short: "Département
# de la Santé" or "Département fédéral des affaires étrangères" name ministries.
_TERRITORY_HEADS = frozenset(("departement", "region", "province", "prefecture", "gouvernorat", "wilaya", "commune",
                              "municipalite", "mairie", "ville"))
_STATE_NAMES = frozenset(("federal", "federale", "etat", "affaires", "ministere"))
# Words naming a world region (folded prefixes): an agency or an organisation of a region is a regional body.
_REGIONAL_WORDS = ("caribbean", "caribeen", "african", "africain", "pacific", "pacifique", "arab", "european",
                   "europeen", "asian", "asiatique", "andean", "andin", "inter-american", "interamericain",
                   "nordic", "nordique", "mediterranean", "mediterraneen", "sahel", "gulf", "golfe")
# Words making a network, an organisation or a forum one of civil society's.
_CIVIL = frozenset(("civil", "civile", "civiles", "ngo", "ngos", "ong", "non-governmental", "non-gouvernementale",
                    "non-gouvernementales"))
_CIVIL_OVERRIDES = frozenset(("international_organization", "regional_institution", "multilateral_process",
                              "regional_process"))
# French heads of a state's own bodies, first in their names: an agency for young people is no youth association.
_STATE_AGENCY_HEADS = frozenset(("agence", "office", "direction", "secretariat", "commissariat"))


def _kind(name: str, national: frozenset[str] = frozenset()) -> str | None:
    """The kind the name's words tell; a possessor ("the African Union's Committee") is left out,
    and a body qualified by a country adjective ("Swiss Agency…") is a government's own."""
    name = re.split(r"['’]s\b", name)[-1]
    # ("Réseau flamand d'entreprises": "entreprises"; "Swedish Teachers' Union": "teachers")
    words = [fold(_unelided(w)).rstrip("'’") for w in _WORDS.findall(name)]
    if set(words) & _WORKERS and set(words) & _WORKERS_BODIES:  # "Domestic Workers Committee"
        return "trade_union"
    if words and words[0] in _WORKERS_BODIES | {"centrale"} and "travail" in words:
        return "trade_union"  # "Union générale tunisienne du travail", "Confédération générale du travail"
    if words and words[0] in _WORKERS_BODIES and {"industrie", "industry"} & set(words):
        return "employers_organization"  # "Union tunisienne de l'industrie, du commerce et de l'artisanat"
    if set(words) & _OWNERS:  # "Fédération nationale des syndicats d'exploitants agricoles": farm owners' unions
        return "employers_organization"
    if words and (words[0] in _PROGRAMME_HEADS or _head(words) in _PROGRAMME_HEADS):
        return None  # "Programme conjoint sur les migrations…", "National Durable Solutions Strategy": no actor
    if {"federal", "federale"} & set(words) and {"government", "gouvernement"} & set(words):
        return None  # "the Federal Government of Somalia": the country's government, as the lexicon names it
    if _head(words) in _INSTRUMENT_HEADS:
        return None  # "the Global Cities Fund", "Fonds fiduciaire d'urgence": money a body manages, no actor
    if words and words[0] in _TERRITORY_HEADS and len(words) <= 3 and not _STATE_NAMES & set(words):
        return "local_authority"  # "le Département des Yvelines", "la Région de Matam", "Commune de Montreuil"
    if _head(words) in _PLACE_HEADS:
        return None  # "Southern Nations, Nationalities and Peoples' Region (SNNPR)": a place
    told = _kind_told(words)
    if told in _CIVIL_OVERRIDES and _CIVIL & set(words):
        return "civil_society"  # "the Regional Network of Civil Organizations for Migration (RNCOM)"
    if told == "government_sector" and {"regional", "administration"} <= set(words):
        return "local_authority"  # "the Regional Banadir Administration": a region's own government
    if told == "trade_union":
        return told  # "Indian National Trade Union Congress": a union, whatever its country's words
    if told == "international_organization" and any(word.startswith(_REGIONAL_WORDS) for word in words):
        return "regional_institution"  # "Caribbean Disaster Emergency Management Agency", "Agence européenne …"
    singular = {word[:-1] if word.endswith("s") else word for word in words}  # "l'Office des Tunisiens à l'Étranger"
    if national & (set(words) | singular) and any(word.startswith(_STATE_WORDS) for word in words):
        return "government_sector"  # "Swiss Agency for…", "Agence française de développement"
    return told


def _kind_told(words: list[str]) -> str | None:
    """The kind of the first entry of _KIND_WORDS the folded words hold."""
    joined = " ".join(words)
    for kind, prefixes in _KIND_WORDS:
        if any(" " in prefix and re.search(rf"\b{re.escape(prefix)}", joined) for prefix in prefixes) \
                or any(word.startswith(prefix) for word in words for prefix in prefixes if " " not in prefix):
            if kind == "multilateral_process" and _REGIONAL_HEADS & set(words) \
                    and not _GLOBAL & set(words):
                return "regional_process"  # "the Southern Corridor Process", "le Processus de Rabat"
            if kind == "employers_organization" and any(w.startswith(("ministr", "depart")) for w in words):
                continue  # "the Ministry of Small and Medium Enterprises" is a ministry
            if kind == "academia" and words[0] in _STATE_AGENCY_HEADS | {"organisation", "organization"}:
                continue  # "l'Agence universitaire de la Francophonie" is an agency that serves universities
            if kind == "youth_association" and words[0] in _STATE_AGENCY_HEADS:
                return "government_sector"  # "l'Agence Emploi Jeunes", "Office national de la jeunesse"
            return kind
    return None


def _other_body(organisation: NamedOrganisation, known: set[str], compiled: CompiledLexicon) -> bool:
    """Whether the acronym's known bodies are all countries while the name is an organisation's."""
    return all(concept in compiled.countries for concept in known) and organisation.kind != "government"


# "Kampala Capital City", "Nairobi City County", "Koboko District Local Government", "the City of Montreal",
# "la Ville de Montreuil": a city or district government, named by its town; the town's name alone then names
# it too ("Nairobi and Kampala commit").
_TOWN = r"([A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+)?)"
_CITY_AFTER = re.compile(_TOWN + r"\s+(?:Capital\s+City(?:\s+(?:Authority|Council))?|"
                         r"City\s+(?:County(?:\s+Government)?|Council|Government|Authority)|"
                         r"Metropolitan\s+Municipality|Municipal\s+Council|County\s+(?:Government|Council)|"
                         r"District\s+(?:Local\s+Government|Council|Administration)|Town\s+Council)\b")
_CITY_BEFORE = re.compile(r"\b(?:City|Municipality|Ville|Mairie|Municipalité)\s+(?:of|de|d['’])\s*" + _TOWN)
# "les mairies de Rabat et Oujda", "the cities of Baidoa and Kismayo": city governments named together.
_TOWN_WORDS = _TOWN[1:-1]
# ("in the cities of …", "dans les villes de …" name places, not their governments)
_CITIES_OF = re.compile(r"(?<!\bin the )(?<!\bdans les )(?<!\ben )"
                        r"\b(?:[Cc]ities|[Mm]unicipalities|[Vv]illes|[Mm]airies|[Mm]unicipalités|[Cc]ommunes)"
                        rf"\s+(?:of|de|d['’])\s*((?:{_TOWN_WORDS})(?:\s*,\s*(?:{_TOWN_WORDS}))*"
                        rf"\s+(?:and|et)\s+(?:d['’])?\s*(?:{_TOWN_WORDS}))")
_LISTED_TOWN = re.compile(_TOWN)


# "The cities selected are Barranquilla, Colombia; Beirut, Lebanon and Mexico City": towns, each with its
# country, listed in a sentence about cities.
_CITY_WORDS = re.compile(r"\b(?:cities|towns|municipalities|mayors|villes|communes|municipalités|maires)\b", re.I)
_TOWN_COUNTRY = re.compile(r"(?<![\w'’-])" + _TOWN + r",\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_SENTENCE = re.compile(r"[^.!?\n]+")


def find_cities(text: str, compiled: CompiledLexicon) -> list[NamedOrganisation]:
    """City governments named with a word saying so, or listed with their countries in a sentence about
    cities; not a country's namesake town ("Djibouti City")."""
    found: dict[str, NamedOrganisation] = {}
    listed = (match for sentence in _SENTENCE.finditer(text) if _CITY_WORDS.search(sentence.group())
              for match in _TOWN_COUNTRY.finditer(sentence.group())
              if _names_country(match.group(2), compiled))
    together = (town for match in _CITIES_OF.finditer(text) for town in _LISTED_TOWN.findall(match.group(1)))
    for match in (*_CITY_AFTER.finditer(text), *_CITY_BEFORE.finditer(text), *listed, *together):
        town = match if isinstance(match, str) else match.group(1)
        known = {m.payload.concept for m in compiled.names.find(compiled.normaliser.tokens(town))}
        if known or town in found:
            continue
        name = town if isinstance(match, str) or match.re is _TOWN_COUNTRY else " ".join(match.group().split())
        found[town] = NamedOrganisation(name, "", "local_authority", town)
    return sorted(found.values(), key=lambda o: text.index(o.short))


def _names_country(words: str, compiled: CompiledLexicon) -> bool:
    """Whether `words` open with a country's name ("Sierra Leone", "the Philippines")."""
    return any(m.start == 0 and m.payload.concept in compiled.countries
               for m in compiled.names.find(compiled.normaliser.tokens(words)))


# "the GoSL", "GoE": a government written "Go" and its country's initials, as development documents do.
_GOVERNMENT_OF = re.compile(r"(?<![\w-])Go([A-Z]{1,3})(?![\w-])")


def _government_initials(compiled: CompiledLexicon, text: str) -> list[tuple[Phrase, Named]]:
    """"GoSL" for the government of Sri Lanka when the text names Sri Lanka and no other country of those
    initials."""
    found = []
    named = {m.payload.concept for m in compiled.names.find(compiled.normaliser.tokens(text))
             if m.payload.concept in compiled.countries}
    for initials in sorted(set(_GOVERNMENT_OF.findall(text))):
        countries = [country for country in sorted(named)
                     if "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", compiled.concepts[country].name["en"])
                                ) == initials]
        if len(countries) == 1:
            found.append((parse_phrase(f"Go{initials}", compiled.normaliser), Named(countries[0], "phrases")))
    return found


_BARE_COMMISSION = re.compile(r"\b(?:[Tt]he|[Ll]a)\s+Commission\b(?!\s+(?:of|on|for|de|du|des|d['’]|sur|pour|[A-Z]))")


def _commission(compiled: CompiledLexicon, text: str) -> list[tuple[Phrase, Named]]:
    """"The Commission" of a text naming one regional institution only is that body's ("the Commission
    together with the EU Member States" is the EU's; its Commission is among its lexicon names)."""
    if not _BARE_COMMISSION.search(text):
        return []
    named = {m.payload.concept for m in compiled.names.find(compiled.normaliser.tokens(text))
             if m.payload.how != "ignore" and compiled.kinds.get(m.payload.concept) == "regional_institution"}
    if len(named) != 1:
        return []
    return [(parse_phrase("Commission", compiled.normaliser), Named(named.pop(), "phrases", own=True))]


def _known_where_written(compiled: CompiledLexicon, text: str, body: NamedOrganisation) -> bool:
    """Whether the lexicon reads a name of two words or more where the text writes `body`: a French name
    read short ("Agence italienne pour la coopération", of "… au développement") is the known body's, while
    "la Banque nationale" is more than "banques". A country's frame read short is no name of the body ("le
    ministère tchadien de l'Environnement" is more than "ministère tchadien", Chad's government), unless the
    name goes on with a field the lexicon knows ("le ministère égyptien des affaires étrangères": that field's
    ministry of the country, detect.py)."""
    at = text.find(body.name)
    tokens = compiled.normaliser.tokens(text[at:at + len(body.name) + 200])
    named = len(compiled.normaliser.tokens(body.name))
    found = [m for m in compiled.names.find(tokens) if m.payload.how != "ignore"]
    frames = [m for m in found if m.start == 0 and m.end > 1 and m.payload.concept in compiled.countries
              and m.end < named]
    if any(m.start == 0 and m.end > 1 and m not in frames for m in found):
        return True
    return bool(frames) and any(compiled.kinds.get(m.payload.concept) == "government_sector" and 0 < m.start <= named
                                for m in found)


_OWN_BODY_HEADS = frozenset(("foundation", "fondation"))
_UN_BODY_HEADS = frozenset(("centre", "center", "office", "programme", "program", "fund", "agency", "mission", "team",
                            "network", "institute", "university", "commission", "bureau", "centres", "offices"))
_OWNER_KINDS = frozenset(("international_organization", "regional_institution"))


def _as_unit_of_owner(body: NamedOrganisation, compiled: CompiledLexicon) -> NamedOrganisation:
    """A unit named after the international body it belongs to is of that body's kind: "le Département de la
    santé et des migrations de l'OMS", "the Migration Unit of the African Union Commission"."""
    tokens = compiled.normaliser.tokens(body.name)
    owners = [m for m in compiled.names.find(tokens) if m.start > 1 and m.end == len(tokens)
              and m.payload.how != "ignore" and compiled.kinds.get(m.payload.concept) in _OWNER_KINDS]
    if not owners:  # or opened by the UN's name: "the United Nations Information Centre"
        owners = [m for m in compiled.names.find(tokens) if m.start == 0 and m.end < len(tokens)
                  and m.payload.concept == "united_nations"]
    return replace(body, kind=compiled.kinds[owners[0].payload.concept]) if owners else body


def _known_acronym_after(compiled: CompiledLexicon, text: str, body: NamedOrganisation) -> bool:
    """Whether the text writes, right after `body`'s name, an acronym the lexicon knows: "l'Agence italienne de
    coopération pour le développement (AICS)" is AICS, however its name is worded."""
    at = text.find(body.name)
    bracket = re.match(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z])\s*\)", text[at + len(body.name):]) if at >= 0 else None
    return bracket is not None and any(m.payload.how != "ignore" for m in
                                       compiled.names.find(compiled.normaliser.tokens(bracket.group(1))))


def _acronym_written(text: str, name: str, compiled: CompiledLexicon) -> str:
    """An acronym the text writes on its own that spells the initials of `name`, a body named without one
    ("the Internal Displacement Monitoring Centre … Implemented by IDMC"); "" when none, or when the
    lexicon knows the acronym as another body's."""
    words = [_unelided(w) for w in re.findall(r"[\w’'-]+", name)]
    initials = "".join(w[0] for w in words if fold(w) not in _UNLETTERED).upper()
    if len(initials) < 3 or not re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", text):
        return ""
    known = [m for m in compiled.names.find(compiled.normaliser.tokens(initials)) if m.payload.how != "ignore"]
    return "" if known else initials


_BASED = re.compile(r"^\S+[-‑]based\s+")


def _without_base(body: NamedOrganisation) -> NamedOrganisation:
    """The name without where the body is based: "the US-based Solidarity Center" is the Solidarity Center."""
    name = _BASED.sub("", body.name)
    return replace(body, name=name) if name and name != body.name else body


def _short_names_joined(found: list[NamedOrganisation]) -> list[NamedOrganisation]:
    """A name that opens a longer one of the same kind is that body named short ("the Supreme Committee on
    Delivery and Legacy", then "the Supreme Committee"): one body, which the short name finds too."""
    kept: list[NamedOrganisation] = []
    short_of: dict[str, str] = {}  # a longer name → the short name that opens it
    for body in found:
        longer = None if body.acronym else next((o for o in found if o is not body and o.kind == body.kind
                                                 and o.name.startswith(body.name + " ")), None)
        if longer is None:
            kept.append(body)
        else:
            short_of.setdefault(longer.name, body.name)
    return [replace(o, short=short_of[o.name]) if o.name in short_of and not o.short else o for o in kept]


def with_named(compiled: CompiledLexicon, text: str) -> CompiledLexicon:
    """`compiled` extended by the organisations `text` names with an acronym the lexicon lacks."""
    new = []
    aliases: list[tuple[Phrase, Named]] = []
    adjectives = frozenset(fold(a) for a in compiled.country_adjectives)
    for organisation in map(_without_base, find_named(text, adjectives)):
        tokens = compiled.normaliser.tokens(organisation.acronym)
        known = {m.payload.concept for m in compiled.names.find(tokens) if m.payload.how != "ignore"}
        # The document's own "Name (ACRONYM)" wins over another body of the same acronym: "the
        # Danish Refugee Council (DRC)" is not the Democratic Republic of the Congo.
        # ("the United Nations Refugee Agency (UNHCR)": a UN body's name opens with the UN's, and is still UNHCR)
        named_as = {m.payload.concept for m in compiled.names.find(compiled.normaliser.tokens(organisation.name))
                    if m.payload.how != "ignore" and m.start == 0} - {"united_nations"}
        if (known and (named_as & known or not named_as and not _other_body(organisation, known, compiled))) \
                or organisation.id in compiled.concepts:
            continue
        name_tokens = compiled.normaliser.tokens(organisation.name)
        whole = {m.payload.concept for m in compiled.names.find(name_tokens)
                 if m.payload.how != "ignore" and m.start == 0 and m.end == len(name_tokens)}
        if len(whole) == 1:  # "the International Rescue Committee (IRC)": the known body, by its acronym too
            acronym = parse_phrase(organisation.acronym, compiled.normaliser)
            aliases.append((acronym, Named(whole.pop(), "phrases", own=True)))
            continue
        new.append(organisation)
    aliases += _commission(compiled, text)
    if _GOVERNMENT_OF.search(text):
        aliases += _government_initials(compiled, text)
    bodies = find_bodies(text, adjectives)
    cities = find_cities(text, compiled)
    served = compiled.lexicon.served_kinds or frozenset()
    # (a French name read longer or shorter than a name already found is that one: "Ministère de la
    # Jeunesse et des Sports nigérien")
    french = [body for body in find_french_organisations(text, adjectives)
              if not _known_where_written(compiled, text, body) and not _known_acronym_after(compiled, text, body)
              and not any(body.name.startswith(o.name) or o.name.startswith(body.name) for o in [*new, *bodies])]
    listed = [*(NamedOrganisation(name, "", kind, short=introduced)
                for name, (kind, introduced) in find_introduced(text).items()),
              *(NamedOrganisation(name, "", kind) for name, kind in find_listed(text).items())]
    for body in map(_without_base, [*bodies, *find_organisations(text, adjectives), *french, *find_described(text),
                                    *cities, *listed]):
        tokens = compiled.normaliser.tokens(body.name)
        # A name the lexicon already reads from its first words ("Ministry of Labour of Morocco", "AU
        # Executive Council") is known; "State" alone (governments) does not make "State Chancellery" known,
        # nor "banques" (financial institutions) "la Banque nationale", nor the people a body serves its
        # name ("the Migrant Workers Union", "the Norwegian Refugee Council").
        # (a company's foundation is a body of its own: "the Western Union Foundation")
        starts = [m for m in compiled.names.find(tokens) if m.start == 0 and m.payload.how != "ignore"
                  and not (m.end < len(tokens) and fold(tokens[-1].text) in _OWN_BODY_HEADS)
                  # (a UN body the lexicon lacks: "the United Nations Information Centre")
                  and not (m.end < len(tokens) and m.payload.concept == "united_nations"
                           and fold(tokens[-1].text) in _UN_BODY_HEADS)
                  # (a French body the text names after its country's frame: _known_where_written kept it)
                  and not (body in french and m.end < len(tokens) and m.payload.concept in compiled.countries)
                  and compiled.kinds.get(m.payload.concept) not in served
                  and (m.end > 1 or compiled.kinds.get(m.payload.concept) == "government_sector"
                       or body not in bodies and body not in french and body not in cities)]
        # (nor one a name with an acronym already gave: "the Arab Trade Union Confederation (ArabTUC)", "the
        # Australian Department of Foreign Affairs and Trade (DFAT)")
        if starts or body.id in compiled.concepts or any(o.id == body.id or o.name == body.name
                                                         or o.acronym and o.name.endswith(" " + body.name)
                                                         for o in new):
            continue
        new.append(_as_unit_of_owner(body, compiled))
    new = _short_names_joined(new)
    if not new and not aliases:
        return compiled
    extended = copy.copy(compiled)
    extended.concepts = dict(compiled.concepts)
    extended.kinds = dict(compiled.kinds)
    entries = aliases
    for organisation in new:
        written = f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name
        extended.concepts[organisation.id] = Concept(
            id=organisation.id, name={"fr": written, "en": written}, kind=organisation.kind)
        extended.kinds[organisation.id] = organisation.kind
        later = "" if organisation.acronym else _acronym_written(text, organisation.name, compiled)
        for phrase in (organisation.name, organisation.acronym, organisation.short, later):
            if not phrase:
                continue
            entries.append((parse_phrase(phrase, compiled.normaliser), Named(organisation.id, "phrases")))
    extended.names = compiled.names.extended(entries)
    return extended
