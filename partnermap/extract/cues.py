"""Cue phrases: the words of a sentence that tell of cooperation or support, or of a link's type or strength.

Verb cues are found in their other forms too ("travaille avec", "engaged with", "works closely with");
a partner inserted after a comma (", avec X,"), a participle followed by "with" ("programmes developed
with trade unions") and a word made with "co-" ("co-chaired by") are cooperation cues of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .compiled import CompiledLexicon
from .document import ENGLISH_MONTHS
from .lexicon import Lexicon
from .mentions import SentenceActors
from .phrases import PhraseMatcher, inflected, parse_phrase
from .tokens import Token, fold


@dataclass(frozen=True)
class Cue:
    """A cue phrase found in a sentence: `category` is cooperation, support, type or strength."""

    category: str
    value: str
    start: int
    end: int
    words: str


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
    cues = [c for c in cues if not _in_a_name(c, text.text, text.start)]
    # A cue found by two of its forms ("work with", "works with") counts once.
    return sorted(set(cues), key=lambda c: (c.start, c.end, c.category, c.value))


# Before a word that may open a sentence of its own: a heading, a colon, a bullet.
_OPENING = re.compile(r"(?:^|[.:;!?•·▪–—(\[\n\"“«]\s*)$")


def _in_a_name(cue: Cue, text: str, offset: int) -> bool:
    """A cooperation or support word written with a capital inside a sentence belongs to a name or a title
    ("the Federal Ministry of Economic Cooperation", "the IGAD Regional Consultation Process",
    "Coordinators: Mr. …"), not to the sentence's verbs; acronyms ("MoU") stay cues."""
    first = cue.words.split()[0] if cue.words else ""
    return (cue.category in ("cooperation", "support") and first[:1].isupper() and not first.isupper()
            and not _OPENING.search(text[:cue.start - offset])
            and not _MARKED.match(text, cue.end - offset))  # "des Consultations annuelles avec les ONG"


_MARKED = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:with|avec|between|entre|among|parmi)\b", re.I)


def _without_adverbs(tokens: Sequence[Token], language: str) -> Sequence[Token]:
    """The tokens without the adverbs and times that may stand inside a verb cue: "works closely with",
    "partnered actively with", "partnered over the month of June with" (English "-ly" words and times;
    French cues take their partner marker a few words on, "collabore étroitement avec")."""
    if language != "en":
        return tokens
    timed = _time_adjuncts(tokens)
    kept = tuple(t for index, t in enumerate(tokens) if index not in timed
                 and not (len(t.text) > 4 and t.text.islower() and t.text.endswith("ly")))
    return kept if len(kept) < len(tokens) else tokens


_TIME_OPENERS = frozenset(("in", "over", "during", "since", "throughout", "until"))
_TIME_WORDS = frozenset(("the", "of", "month", "months", "year", "years", "week", "weeks", "past", "last", "early",
                         "late", "mid"))
_TIME_ENDS = frozenset((*ENGLISH_MONTHS, "month", "months", "year", "years", "week", "weeks"))
_TIME_REACH = 5
"""How many words a time adjunct may hold after its preposition ("over the month of June")."""


def _time_adjuncts(tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens of times a verb and its "with" may hold between them: "in June", "over the
    month of June", "in 2019"."""
    dropped: set[int] = set()
    for index, token in enumerate(tokens):
        if fold(token.text) not in _TIME_OPENERS:
            continue
        for end in range(index + 1, min(len(tokens), index + 1 + _TIME_REACH)):
            word = fold(tokens[end].text)
            if word in _TIME_ENDS or word.isdigit() and len(word) == 4:
                dropped.update(range(index, end + 1))
                break
            if word not in _TIME_WORDS:
                break
    return dropped


COMITATIVE = frozenset(("with", "avec"))
_INSERTED_REACH = 3
"""How many words after ", with" the partner it inserts must start within."""


def _inserted_partners(sentence: SentenceActors, lexicon: CompiledLexicon) -> list[Cue]:
    """", avec X," / ", with X,": a partner inserted in the clause is a cooperation cue of its own
    ("Les communes devraient mettre en place, avec les associations, des guichets")."""
    text, offset = sentence.sentence.text, sentence.sentence.start
    tokens = sentence.tokens
    starts = {m.start for m in sentence.mentions}
    cues = []
    for index, token in enumerate(tokens):
        if fold(token.text) in COMITATIVE and text[:token.start - offset].rstrip().endswith(","):
            # (an actor must follow close by: ", with over 8 million IDPs" or ", with a contribution of"
            # names no partner)
            if any(t.start in starts for t in tokens[index + 1:index + 1 + _INSERTED_REACH]):
                cues.append(Cue("cooperation", "cooperation", token.start, token.start, token.text))
    return cues


_DONE_WITH = re.compile(r"\b(?P<participle>\w+(?:ed|é|ée|és|ées))\s+(?:(?:jointly|closely|conjointement|"
                        r"étroitement)\s+)?(?P<marker>with|avec)\b", re.I)
_NOT_DONE_WITH = frozenset(("compared", "associated", "faced", "confronted", "concerned", "dealt", "equipped",
                            "provided", "filled", "combined", "linked", "compare", "associe", "associes", "associee",
                            "associees", "confronte", "confrontes", "equipe", "equipes", "charged", "credited"))


DONE_WITH = "done_with"
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
    for match in _JOINED_BY.finditer(text):  # "Sweden, joined by Morocco and the Netherlands, convened…"
        start, end = offset + match.start(1), offset + match.end(1)
        if not any(c.start < end and start < c.end for c in found):
            cues.append(Cue("cooperation", JOINT, start, end, match.group(1)))
    return cues


# (after a comma: "Sweden, joined by Morocco"; not "They were joined by refugee leaders")
_JOINED_BY = re.compile(r"(?<=,)\s*(joined|rejointe?s?)\s+(?:by|par)\b", re.I)
