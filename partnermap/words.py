"""partnermap's own words in French and English, and the one rule for other languages.

The rule: a table gives the words of the language asked for, else English (a map may be in
Spanish; its report then reads in English). Each table holds every language in full, with the
same keys (a test checks it), so no sentence mixes two languages.
Sentences with numbers or names are built here too (counted, possessive, broker_reasons), so
that analysis code computes data and never words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

FALLBACK = "en"

Words = dict[str, str | tuple[str, ...]]
T = TypeVar("T")

# The words of `partnermap stats`: headings, counts and the reasons given for brokers.
REPORT_WORDS: dict[str, Words] = {
    "en": {
        "colon": ": ", "selection": "Selection", "everything": "the whole map",
        "actor": ("actor", "actors"), "link": ("link", "links"),
        "source": ("source", "sources"), "pair": ("pair of partners", "pairs of partners"), "density": "density",
        "component": ("component", "components"), "community_count": ("community", "communities"),
        "exact": "exact", "sampled": "estimated from {n} actors (seed {seed})",
        "betweenness": "Betweenness", "by_kind": "Actors by kind", "by_level": "Actors by level",
        "by_type": "Links by type", "by_strength": "Links by strength", "by_source": "Links by source",
        "actor_table": "Actors", "component_list": "Components", "community_list": "Communities",
        "community": "{name} community", "brokers": "Brokers: whose removal most disconnects communities",
        "coverage": "Coverage: links of each type with an actor of each kind at one end",
        "gaps": "Gaps", "without_links": "Actors in no partnership", "kinds_without": "Kinds in no partnership",
        "types_without": "Link types no actor of a kind takes part in", "types_unused": "Link types no link has",
        "none": "none", "more": "and {n} more", "unspecified": "unspecified",
        "header": ("id", "kind", "degree", "weighted", "betweenness", "pagerank", "community"),
        "sources_cited": "Sources: paragraphs the map cites",
        "cited_of": "{cited} of {total} paragraphs cited", "not_cited": "not cited",
        # A name made possessive: (after a final s, otherwise).
        "possessive": ("{name}'", "{name}'s"),
        "only_link": "only link between {a} community and {b}",
        "cuts_off": "removing it cuts {n} off from the rest of the map: {names}",
        "over_time": "Over time: what each document adds and restates", "adds": "adds", "restates": "restates",
        "several_links": "Links stated by several documents", "several_actors": "Actors named by several documents",
        "document": ("document", "documents"), "since": "first {date}",
    },
    "fr": {
        "colon": " : ", "selection": "Sélection", "everything": "toute la carte",
        "actor": ("acteur", "acteurs"), "link": ("lien", "liens"),
        "source": ("source", "sources"), "pair": ("paire de partenaires", "paires de partenaires"),
        "density": "densité", "component": ("composante", "composantes"),
        "community_count": ("communauté", "communautés"),
        "exact": "exacte", "sampled": "estimée depuis {n} acteurs (graine {seed})",
        "betweenness": "Intermédiarité", "by_kind": "Acteurs par catégorie", "by_level": "Acteurs par niveau",
        "by_type": "Liens par type", "by_strength": "Liens par force", "by_source": "Liens par source",
        "actor_table": "Acteurs", "component_list": "Composantes", "community_list": "Communautés",
        "community": "communauté de {name}",
        "brokers": "Intermédiaires : ceux dont le retrait déconnecte le plus les communautés",
        "coverage": "Couverture : liens de chaque type dont un acteur de chaque catégorie est partie",
        "gaps": "Lacunes", "without_links": "Acteurs sans partenariat",
        "kinds_without": "Catégories sans partenariat",
        "types_without": "Types de lien auxquels aucun acteur d'une catégorie ne prend part",
        "types_unused": "Types de lien qu'aucun lien n'a", "none": "aucun", "more": "et {n} autres",
        "unspecified": "non précisé",
        "header": ("id", "catégorie", "degré", "pondéré", "intermédiarité", "pagerank", "communauté"),
        "sources_cited": "Sources : paragraphes que la carte cite",
        "cited_of": "{cited} sur {total} paragraphes cités", "not_cited": "non cités",
        # French puts the name after a preposition ("communauté de …"): it stays as it is.
        "possessive": ("{name}", "{name}"),
        "only_link": "seul lien entre la communauté de {a} et celle de {b}",
        "cuts_off": "le retirer coupe {n} du reste de la carte : {names}",
        "over_time": "Dans le temps : ce que chaque document ajoute et reprend", "adds": "ajoute",
        "restates": "reprend", "several_links": "Liens que plusieurs documents énoncent",
        "several_actors": "Acteurs que plusieurs documents nomment", "document": ("document", "documents"),
        "since": "d'abord le {date}",
    },
}
# The legend of `export` drawings (SVG, PNG): its headings and the note on arrows.
DRAWING_WORDS: dict[str, Words] = {
    "en": {"actors": "Actors", "partnerships": "Partnerships", "strength": "Strength",
           "one_way": "→ one-way partnership"},
    "fr": {"actors": "Acteurs", "partnerships": "Partenariats", "strength": "Force",
           "one_way": "→ partenariat orienté"},
}
# How many actors a broker's reason names before "and N more".
REASON_NAMES_SHOWN = 3


def in_language(table: Mapping[str, T], language: str | None) -> T:
    """The words of `table` in `language`, else in English: the one rule of every table."""
    return table[language] if language is not None and language in table else table[FALLBACK]


def report_words(language: str | None) -> Words:
    """The words of the stats report in `language` (English when partnermap has none for it)."""
    return in_language(REPORT_WORDS, language)


def word(words: Words, key: str) -> str:
    """One word of a table (not a pair of singular and plural forms)."""
    value = words[key]
    assert isinstance(value, str), key
    return value


def forms(words: Words, key: str) -> tuple[str, ...]:
    """A word's forms: (singular, plural), or the parts of a row of words."""
    value = words[key]
    assert isinstance(value, tuple), key
    return value


def counted(number: int, words: Words, key: str) -> str:
    """`number` with the singular or plural of the word `key`: "1 actor", "3 acteurs"."""
    singular, plural = forms(words, key)
    return f"{number} {singular if number == 1 else plural}"


def listed(names: list[str], words: Words, shown: int) -> str:
    """The first `shown` names, then "and N more" when there are others."""
    text = ", ".join(names[:shown])
    if len(names) > shown:
        text += " " + word(words, "more").format(n=len(names) - shown)
    return text


def possessive(name: str, language: str | None) -> str:
    """`name` as its language says "X's community": "Governments'", "Civil society's" in English,
    unchanged in French, whose sentences put it after a preposition ("communauté de …")."""
    after_s, otherwise = forms(report_words(language), "possessive")
    return (after_s if name.endswith("s") else otherwise).format(name=name)


def broker_reasons(language: str | None, only_link_between: list[tuple[str, str]], cut_off: list[str]) -> list[str]:
    """Why an actor is a broker, in words: each pair of communities (named after an actor) it
    alone links, then the actors removing it cuts off (names)."""
    words = report_words(language)
    reasons = [word(words, "only_link").format(a=possessive(first, language), b=possessive(second, language))
               for first, second in only_link_between]
    if cut_off:
        reasons.append(word(words, "cuts_off").format(n=counted(len(cut_off), words, "actor"),
                                                      names=listed(cut_off, words, REASON_NAMES_SHOWN)))
    return reasons
