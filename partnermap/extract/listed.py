"""Names a document lists or gives after a noun saying what they are, though the lexicon does not know them.

"Les ONG partenaires de ces opérations sont notamment Progressio, Hermanas Juanistas et Casa Caribe",
"three NGOs (Gurdofarid, Surkhrob, TWNPlus Network)", "The partners are the Beza Posterity Development
Association; AGAR Ethiopia; Facilitator for Change": each name in capitals of such a list is a body of
the kind the noun tells (an NGO, a company, a union…), or its own name ("Haramaya University") when the
noun tells none ("partners"); an NGO's when neither does. (Words such as "Forum" or "Initiative", which
make a process of a name elsewhere, are an NGO's name in such a list: "Forum on Sustainable Child
Empowerment".)

So is a single name right after such a noun in the singular: "l’ONG JMED", "l’association AGIR-abcd",
"the NGO Tostan".
"""

from __future__ import annotations

import re

# The noun saying what the listed names are, and the kind it tells ("" for a noun telling none: "partners").
_GROUP_KINDS = (
    ("civil_society", ("ngos", "ong", "non-governmental organizations", "non-governmental organisations",
                       "organisations non gouvernementales", "organisations non-gouvernementales", "charities",
                       "associations", "networks", "réseaux", "foundations", "fondations")),
    ("", ("organizations", "organisations", "partners", "partenaires", "implementing partners")),
    ("private_sector", ("companies", "entreprises", "sociétés", "firms", "banks", "banques", "operators",
                        "opérateurs", "employers", "employeurs", "brands", "marques", "corporations",
                        "multinationals", "multinationales")),
    ("trade_union", ("unions", "trade unions", "syndicats", "centrales syndicales")),
    ("academia", ("universities", "universités", "research institutes", "instituts de recherche")),
)
_KIND_OF_GROUP = {noun: kind for kind, nouns in _GROUP_KINDS for noun in nouns}
_KIND_OF_NAME = (("academia", re.compile(r"\bUniv", re.I)),
                 ("private_sector", re.compile(r"\b(?:Bank|Banque|Company|Compagnie)\b", re.I)),
                 ("trade_union", re.compile(r"\b(?:Trade Union|Syndicat)", re.I)))
_DEFAULT_KIND = "civil_society"
_INTRODUCERS = (r"such as|including|notably|namely|in particular|like|are|were|include|"
                r"notamment|comme|dont|tel(?:le)?s que|à savoir|sont|étaient|en particulier")
_LIST_START = re.compile(
    r"(?<![\w'’-])(?P<noun>" + "|".join(sorted(map(re.escape, _KIND_OF_GROUP), key=len, reverse=True)) + r")\b"
    r"(?P<between>[^.;:()\n]{0,60}?)"
    r"(?:\(|\s*:|(?:,?\s+(?:" + _INTRODUCERS + r")\b[,:]?){1,2})\s*", re.I)
_BETWEEN_WORDS = 8
"""How many words may qualify the noun before the list ("les ONG partenaires de ces opérations sont")."""
_ITEM_SPLIT = re.compile(r"\s*(?:;|,|\band\b|\bet\b|&)\s*(?:(?:and|et)\s+)?")
_LEADING = re.compile(r"^(?:the|le|la|les|l['’]|des|du|de)\s*", re.I)
# A name: a capitalised word, then at most six more, each capitalised or a small joining word ("Colectiva
# Mujer y Salud", "Forum on Sustainable Child Empowerment").
_JOINING = r"of|for|on|de|du|des|d['’]\w+|la|y|el|del"
_NAME_ITEM = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’-]*|" + _JOINING + r")){0,6}$")
# A capitalised word opening the last item, before lower-case words go on: "Sodexo" of "Sodexo to hire …".
_NAME_START = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?=\s+[a-zà-ÿ])")
_LIST_END = re.compile(r"[.!?)\n]|\s[-–—]\s")
_MIN_ITEMS = 2


def find_listed(text: str) -> dict[str, str]:
    """Names in capitals a list introduced by a noun of bodies gives, each with its kind."""
    found: dict[str, str] = {}
    for match in _LIST_START.finditer(text):
        if len(match.group("between").split()) > _BETWEEN_WORDS:
            continue
        rest = text[match.end():match.end() + 400]
        end = _LIST_END.search(rest)
        items = [_LEADING.sub("", item.strip()) for item in _ITEM_SPLIT.split(rest[:end.start() if end else None])]
        names = []
        for index, item in enumerate(items):
            if not _NAME_ITEM.match(item):
                # the last item's name may go on with the sentence: "… and Sodexo to hire refugees"
                last = _NAME_START.match(item) if index == len(items) - 1 and index >= 1 else None
                if last is not None:
                    names.append(last.group())
                break  # the list is over: "… TWNPlus Network) on a project", "… et d'autres"
            names.append(item)
        if len(names) < _MIN_ITEMS:
            continue
        for name in names:
            if not (name.isupper() and len(name) <= 2):
                found.setdefault(name, _KIND_OF_GROUP[match.group("noun").lower()] or _kind_of_name(name))
    return found


def _kind_of_name(name: str) -> str:
    return next((kind for kind, words in _KIND_OF_NAME if words.search(name)), _DEFAULT_KIND)


# "l'ONG syndicale Nexus CGIL Emilia Romagna", "l’association AGIR-abcd": the noun in the singular, one
# adjective at most, then the name.
_SINGLE_KINDS = {"ong": "civil_society", "ngo": "civil_society", "association": "civil_society",
                 "fondation": "civil_society", "foundation": "civil_society", "syndicat": "trade_union",
                 "société": "private_sector", "company": "private_sector", "entreprise": "private_sector"}
_NOT_ADJECTIVES = r"(?:of|for|in|on|de|du|des|d|la|le|les|et|and|en|à|au|aux|civile?|internationale?)\b"
_INTRODUCED = re.compile(
    r"\b(?i:l['’]\s*|the\s+|la\s+|le\s+)(?P<noun>(?i:" + "|".join(_SINGLE_KINDS) + r"))"
    r"(?:\s+(?!" + _NOT_ADJECTIVES + r")[a-zà-ÿ]+)?\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’-]*|" + _JOINING + r"))*)")


def find_introduced(text: str) -> dict[str, tuple[str, str]]:
    """Names in capitals right after "l'ONG", "the NGO", "l'association"…: for each, the kind the noun tells
    and the words from the noun to the name's end, which name the body too (no NGOs at large besides it)."""
    found: dict[str, tuple[str, str]] = {}
    for match in _INTRODUCED.finditer(text):
        noun = match.group("noun")
        if not (noun.islower() or noun.isupper()):
            continue  # "the Association Française": a name, no noun introducing one
        words = match.group("name").split()
        while words and not words[-1][0].isupper():
            words.pop()  # "… Emilia Romagna, la CGIL": joining words end no name
        if not words or len(words) == 1 and len(words[0]) <= 2:
            continue
        name = " ".join(words)
        found.setdefault(name, (_SINGLE_KINDS[noun.lower()], text[match.start("noun"):match.start("name") + len(name)]))
    return found
