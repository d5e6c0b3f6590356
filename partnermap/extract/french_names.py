"""Where a French text names an organisation without an acronym: French capitalises a name's first
word only ("la Fédération des associations franco-africaines de développement", "l'Office des
travailleurs tunisiens à l'étranger", "le ministère chargé des Marocains résidant à l'étranger"),
so the English reading of a run of capitals cannot find its end.

A name here opens with a head noun after an article ("la Banque", "l'Académie") and goes on
through adjectives and complements ("de la Police nationale", "pour le développement"); it ends
at the first word that is neither (a verb, a punctuation mark, "et" before anything but a
complement). Whether the name tells a kind is for the caller to judge.
"""

from __future__ import annotations

import re

from .tokens import fold

# Nouns heading an organisation's name; "ministère" is often written without its capital.
_HEADS = frozenset((
    "Agence", "Association", "Fédération", "Confédération", "Conseil", "Comité", "Commission", "Centre",
    "Institut", "Fondation", "Organisation", "Réseau", "Plateforme", "Coalition", "Union", "Alliance",
    "Observatoire", "Secrétariat", "Office", "Autorité", "Académie", "Chambre", "Banque", "Collectif",
    "Mouvement", "Syndicat", "Caisse", "Groupement", "Mutuelle", "Direction", "Ministère", "ministère",
    "Haut", "Haute", "Département", "Région", "Mairie", "Commune", "Préfecture", "Province", "Ligue"))
HEAD_WORDS = frozenset(fold(head) for head in _HEADS)
"""The heads, folded: a French name written all in lower case still opens with one ("l'union générale …")."""
_ARTICLES = frozenset(("le", "la", "les", "l", "du", "des", "au", "aux"))
_LINKS = frozenset(("de", "du", "des", "d", "pour", "sur", "contre", "a", "au", "aux"))
_NOUN_ARTICLES = frozenset(("la", "le", "les", "l"))
# "à" goes on with a name before "l'étranger" only ("l'Office des Tunisiens à l'Étranger"), "au" and "aux"
# before a common noun too ("coopération au développement", "aide aux femmes"); elsewhere they start a
# place, a time or an aim ("à Niamey", "au Maroc", "à la réunion", "aux côtés de").
_ABROAD = frozenset(("etranger", "exterieur"))
_NOT_COMPLEMENTS = frozenset(("cotes", "niveau", "cours", "sein", "titre", "profit", "moyen", "terme", "lieu"))
# Endings of French adjectives and participles ("nationale", "tunisiens", "résidant"), folded; the ending
# of a conjugated verb ("soutient", "organise") is none of them.
_ADJECTIVE_ENDINGS = (
    "al", "ale", "ales", "aux", "ien", "ienne", "iens", "iennes", "een", "eenne", "eens", "eennes", "ais", "aise",
    "aises", "ain", "aine", "ains", "aines", "ique", "iques", "if", "ive", "ifs", "ives", "el", "elle", "els",
    "elles", "aire", "aires", "oire", "oires", "ois", "oise", "oises", "ant", "ante", "ants", "antes", "iste",
    "istes", "ier", "iere", "iers", "ieres", "ieur", "ieure", "ieurs")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # "chargé", before folding makes them a verb's "e"
_NOT_ADJECTIVES = frozenset((
    "et", "est", "a", "au", "aux", "ont", "sont", "leur", "leurs", "sur", "pour", "les", "des", "ces", "ses", "mes",
    "tes", "nos", "vos", "que", "qui", "une", "elle", "elles", "entre", "comme", "dans", "avec", "afin", "selon",
    "lors", "apres", "avant", "depuis", "contre", "pendant", "vers", "chez"))
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_SIDES = frozenset(("une", "autre"))
MAX_NAME_WORDS = 12
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")


def _word(token: str) -> str:
    """A word folded, its elided article cut off: "l'Étranger" → "etranger"."""
    return fold(_unelided(token))


def _unelided(token: str) -> str:
    """A word without its elided article: "l'Emploi" → "Emploi"."""
    return re.sub(r"^[lLdD]['’](?=\w)", "", token)


def _elided(token: str) -> str:
    """The elided article a word starts with ("l'", "d'"), folded; "" when none."""
    match = re.match(r"^([lLdD])['’](?=\w)", token)
    return match.group(1).lower() if match else ""


def _adjective(token: str) -> bool:
    word = fold(token)
    return token[:1].islower() and not _elided(token) and word not in _NOT_ADJECTIVES and len(word) > 2 \
        and (word.endswith(_ADJECTIVE_ENDINGS) or token.endswith(_PARTICIPLE_ENDINGS))


def french_names(text: str) -> list[str]:
    """The organisation names of `text` written the French way, in order, each once."""
    tokens = _WORD.findall(text)
    found: list[str] = []
    for index, token in enumerate(tokens):
        head = _unelided(token)
        article = _elided(token) == "l" or index and fold(tokens[index - 1]) in _ARTICLES
        if head not in _HEADS or not article:
            continue
        words = _name_from(tokens, index, head)
        name = " ".join(words)
        if len(words) >= 2 and name not in found:
            found.append(name)
    return found


def _name_from(tokens: list[str], index: int, head: str) -> list[str]:
    """The words of the name opening with the head noun at `index` (its article cut off)."""
    words = [head]
    at = index + 1
    while at < len(tokens) and len(words) < MAX_NAME_WORDS:
        token = tokens[at]
        if token[:1].isupper() and not _elided(token) or _adjective(token):
            words.append(token)  # "Haut Conseil", "franco-africaines", "nationale"
            at += 1
            continue
        complement = _complement(tokens, at)
        if not complement:
            break
        words += complement
        at += len(complement)
    return words


def _complement(tokens: list[str], at: int) -> list[str]:
    """The words of a complement starting at `at` ("de la Police", "et des affaires", "à l'étranger"),
    up to its noun; [] when none starts there."""
    words: list[str] = []
    token = tokens[at]
    if fold(token) == "et" and at + 1 < len(tokens) and (fold(tokens[at + 1]) in ("de", "du", "des")
                                                          or _elided(tokens[at + 1]) == "d"):
        words.append(token)  # "des Marocains … et des affaires de la migration"
        at += 1
        token = tokens[at]
    link = _elided(token) if _elided(token) == "d" else fold(token)
    if link not in _LINKS:
        return []
    if _elided(token):  # "d'épargne": the link and the noun in one token
        # ("la Commission marocaine … d'une part, et la Commission nigérienne … d'autre part": sides, no name)
        if fold(_unelided(token)) in _SIDES and at + 1 < len(tokens) and fold(tokens[at + 1]) == "part":
            return []
        return [*words, token]
    words.append(token)
    at += 1
    if at < len(tokens) and fold(tokens[at]) in _NOUN_ARTICLES:
        words.append(tokens[at])
        at += 1
    if at >= len(tokens) or not re.match(r"\w", tokens[at]) or fold(tokens[at]) in _NOT_ADJECTIVES:
        return []
    noun = tokens[at]
    if link == "pour" and words[-1] == token and noun[:1].islower() and fold(noun).endswith(_INFINITIVE_ENDINGS):
        return []  # "le Comité national COVID-19 pour sensibiliser les communautés": an aim, not the name
    if words[0] == "et" and (_unelided(noun).isupper() or _unelided(noun) in _HEADS):
        return []  # "… et des Sports et de l'ONG Graspi", "… et de la Commission": another body
    if link in ("a", "au", "aux") and _word(noun) not in _ABROAD \
            and (link == "a" or noun[:1].isupper() or fold(noun) in _NOT_COMPLEMENTS):
        return []
    return [*words, noun]
