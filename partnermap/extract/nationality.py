"""People and bodies named by a nationality: "15,000 Syrians", "des travailleurs tunisiens" (the people a
text serves, not their government), and one noun with two countries' adjectives ("les gouvernements marocain
et espagnol": both governments)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .compiled import CompiledLexicon
from .mentions import Mention, in_text_order
from .segment import Sentence
from .tokens import Token, fold

# People named by a nationality and a word for people: "Ethiopian workers", "des travailleurs tunisiens".
_PEOPLE_NOUNS = frozenset(("workers", "worker", "nationals", "citizens", "expatriates", "families", "nurses",
                           "students", "seafarers", "travailleurs", "travailleuses", "ressortissants", "citoyens",
                           "expatries", "familles", "etudiants", "infirmiers", "infirmieres"))
# Before a French nationality noun ("des Nigériens", "951 Ivoiriens"): capitals tell the noun from the adjective.
_PEOPLE_BEFORE = frozenset(("des", "les", "aux", "ces", "de", "d", "nos", "leurs", "nombreux", "milliers", "plusieurs",
                            "the", "local", "many", "young", "of", "for", "to", "and", "et"))
# Heads of a body's name a few words before: "le ministère chargé des Marocains résidant à l'étranger".
_BODY_HEAD_PREFIXES = ("minist", "depart", "secretar", "office", "direction", "agenc", "bureau", "haut conseil")


def nationals(mentions: list[Mention], tokens: Sequence[Token], sentence: Sentence, lexicon: CompiledLexicon,
              next_group: Callable[[], int]) -> list[Mention]:
    """The people of a nationality a sentence names, a group of people served: "15,000 Syrians", "local
    Kenyans", "951 Ivoiriens", "Ethiopian workers", "des travailleurs tunisiens à l'étranger"."""
    covered = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for index, token in enumerate(tokens):
        if any(first <= token.start < last for first, last in covered):
            continue
        country, start, end = None, token.start, token.end
        before = fold(tokens[index - 1].text).rstrip("'’") if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text[:1].isupper() and (before in _PEOPLE_BEFORE or before.isdigit()) \
                and (lexicon.language == "fr" or token.text.endswith("s")):
            country = _demonym(token, lexicon)  # "Syrians", "des Nigériens" (not "Syrian" alone: an adjective)
        if country is None and after is not None and fold(after.text) in _PEOPLE_NOUNS \
                and not any(first <= after.start < last for first, last in covered):
            country, end = _demonym(token, lexicon), after.end  # "Ethiopian workers"
        if country is None and fold(token.text) in _PEOPLE_NOUNS and after is not None:
            country, end = _demonym(after, lexicon), after.end  # "travailleurs tunisiens"
        if country is None or country not in lexicon.concepts \
                or any(fold(t.text).startswith(_BODY_HEAD_PREFIXES) for t in tokens[max(0, index - 6):index]):
            continue  # ("le ministère chargé des Marocains résidant à l'étranger": a ministry's name)
        words = sentence.text[start - sentence.start:end - sentence.start]
        covered.append((start, end))
        added.append(Mention(lexicon.nationals(country), sentence, start, end, words, "phrases", next_group(),
                             alias=words))
    return in_text_order([*mentions, *added]) if added else mentions


def _demonym(token: Token, lexicon: CompiledLexicon) -> str | None:
    """The country whose people or adjective `token` is: "Syrians", "Iraqis", "tunisiens"."""
    folded = fold(token.text)
    return lexicon.country_adjectives.get(token.norm) or (
        lexicon.country_adjectives.get(lexicon.normaliser.word(folded[:-1])) if folded.endswith("s") else None)


_NEXT_ADJECTIVE = re.compile(r"(?:\s*,\s*|\s+(?:et|and|ou|or)\s+)([\w'’-]+)")


def coordinated_adjectives(mentions: list[Mention], sentence: Sentence, lexicon: CompiledLexicon,
                           next_group: Callable[[], int]) -> list[Mention]:
    """Bodies of two countries named by one noun: "les gouvernements marocain et espagnol", "les douanes
    béninoise et nigériane" name Spain's government and Nigeria's customs too."""
    added: list[Mention] = []
    for mention in mentions:
        words = mention.words.split()
        country = lexicon.country_adjectives.get(lexicon.normaliser.word(words[-1])) if len(words) > 1 else None
        if country is None or not (mention.concept == country or mention.concept.startswith(f"{country}_")):
            continue
        sector = mention.concept[len(country) + 1:]
        end = mention.end
        while (following := _NEXT_ADJECTIVE.match(sentence.text, end - sentence.start)) is not None:
            other = lexicon.country_adjectives.get(lexicon.normaliser.word(following.group(1)))
            if other is None or other == country:
                break
            end = sentence.start + following.end()
            concept = lexicon.country_sector(other, sector) if sector else other
            added.append(replace(mention, concept=concept, start=sentence.start + following.start(1), end=end,
                                 words=following.group(1), alias=None, group=next_group()))
    return in_text_order([*mentions, *added]) if added else mentions
