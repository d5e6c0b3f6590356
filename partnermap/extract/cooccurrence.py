"""Links the rules leave out, scored from how two actors share sentences.

The rules of links.py draft a link only where a construction they know joins two actors. On
documents they were not tuned on they miss many partnerships the text does state, in words no
rule foresaw. So every other pair of actors named in one sentence is scored by a small logistic
model over what the sentences show (how many actors they name, whether a cue stands between or
after the two, whether the two are only items of a list, how often they meet); a pair scoring
at least the model's threshold is drafted, with its score as confidence (most are below the
rules' links'). The weights are data (pair_model.json), fitted on the development documents by
bench/train_pair_model.py. Only on request (`partnermap extract --cooccurrence`): on the first
documents measured after it was fitted it found more links but fewer right ones per link drafted;
docs/extract.md gives the figures.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .arguments import RECIPROCAL_MARKERS, is_list_glue
from .clauses import is_heading
from .compiled import CompiledLexicon
from .cues import Cue, find_cues
from .guesses import FALLBACK_STRENGTH, governing_strength, link_type
from .links import CandidateLink
from .mentions import Mention, SentenceActors
from .tokens import fold

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Meeting:
    """What one sentence shows of two actors it names."""

    sentence: SentenceActors
    first: Mention
    second: Mention
    cues: tuple[Cue, ...]
    actors: int
    """How many actors the sentence names (candidates only)."""
    listed: bool
    """Only list words and punctuation stand between the two ("IOM, UNHCR and UNICEF")."""
    others_between: int
    reciprocal: bool
    """"between", "entre"… stands between the two."""

    @property
    def words_between(self) -> int:
        offset = self.sentence.sentence.start
        return len(_WORD.findall(self.sentence.sentence.text[self.first.end - offset:self.second.start - offset]))

    @property
    def cue_between(self) -> bool:
        return any(self.first.end <= c.start and c.end <= self.second.start for c in self.cues)

    @property
    def cue_before(self) -> bool:
        return any(c.end <= self.first.start for c in self.cues)

    @property
    def cue_after(self) -> bool:
        return any(c.start >= self.second.end for c in self.cues)


@dataclass
class PairCandidate:
    """Two actors no rule linked, with every sentence naming both."""

    first: str
    second: str
    served_ends: int
    meetings: list[Meeting] = field(default_factory=list)

    def features(self, actors_in_document: int) -> dict[str, float]:
        """The model's inputs; bench/train_pair_model.py fits weights for exactly these names."""
        meetings = self.meetings
        return {
            "meetings": math.log1p(len(meetings)),
            "fewest_actors": math.log(min(m.actors for m in meetings)),
            "fewest_words_between": math.log1p(min(m.words_between for m in meetings)),
            "fewest_actors_between": math.log1p(min(m.others_between for m in meetings)),
            "only_listed": float(all(m.listed for m in meetings)),
            "cue_between": float(any(m.cue_between for m in meetings)),
            "cue_before": float(any(m.cue_before for m in meetings)),
            "cue_after": float(any(m.cue_after for m in meetings)),
            "reciprocal_word": float(any(m.reciprocal for m in meetings)),
            "no_cue": float(all(not m.cues for m in meetings)),
            "served_ends": float(self.served_ends),
            "document_actors": math.log(max(1, actors_in_document)),
        }


@dataclass(frozen=True)
class PairModel:
    """Logistic weights per feature, an intercept, and the score a pair needs to be drafted."""

    intercept: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


MODEL_FILE = "pair_model.json"


@lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    """The model fitted by bench/train_pair_model.py, shipped beside this module."""
    data = json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return PairModel(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()},
                     float(data["threshold"]))


def pair_candidates(sentences: Sequence[SentenceActors], links: Sequence[CandidateLink],
                    lexicon: CompiledLexicon) -> tuple[list[PairCandidate], int]:
    """The pairs of actors named in one sentence that no drafted link joins, in document order,
    and how many actors the document names (both inputs of the model)."""
    linked = {frozenset((link.from_actor, link.to_actor)) for link in links}
    served = lexicon.lexicon.served_kinds or frozenset()
    candidates: dict[frozenset[str], PairCandidate] = {}
    named: set[str] = set()
    for sentence in sentences:
        mentions = _candidate_mentions(sentence)
        named |= {m.concept for m in mentions}
        if is_heading(sentence.sentence):
            continue
        actors = len({m.concept for m in mentions})
        cues: tuple[Cue, ...] | None = None
        for i, first in enumerate(mentions):
            for second in mentions[i + 1:]:
                key = frozenset((first.concept, second.concept))
                if len(key) < 2 or first.group == second.group or key in linked:
                    continue
                ends_served = sum(1 for m in (first, second) if lexicon.kinds.get(m.concept) in served)
                if ends_served == 2:  # the people partnerships serve are never partners of each other
                    continue
                if cues is None:
                    cues = tuple(find_cues(sentence, lexicon))
                candidate = candidates.setdefault(key, PairCandidate(first.concept, second.concept, ends_served))
                candidate.meetings.append(_meeting(sentence, first, second, mentions, cues, actors))
    return list(candidates.values()), len(named)


def cooccurrence_links(sentences: Sequence[SentenceActors], links: Sequence[CandidateLink],
                       lexicon: CompiledLexicon, model: PairModel) -> list[CandidateLink]:
    """A link for each pair of actors sharing a sentence that the model scores at its threshold or more."""
    candidates, actors = pair_candidates(sentences, links, lexicon)
    drafted = []
    for candidate in candidates:
        score = model.score(candidate.features(actors))
        if score >= model.threshold:
            drafted.append(_link(candidate, round(score, 2), lexicon))
    return drafted


def _candidate_mentions(sentence: SentenceActors) -> list[Mention]:
    """The mentions that may be partners: not a place ("in Niger") nor a person's title, in text order."""
    return sorted((m for m in sentence.mentions if not (m.located or m.titled)), key=lambda m: (m.start, m.end))


def _meeting(sentence: SentenceActors, first: Mention, second: Mention, mentions: list[Mention],
             cues: tuple[Cue, ...], actors: int) -> Meeting:
    offset = sentence.sentence.start
    between = sentence.sentence.text[first.end - offset:second.start - offset] if second.start >= first.end else ""
    others = sum(1 for m in mentions if first.end <= m.start and m.end <= second.start
                 and m.concept not in (first.concept, second.concept))
    reciprocal = any(fold(word) in RECIPROCAL_MARKERS for word in _WORD.findall(between))
    return Meeting(sentence, first, second, cues, actors, is_list_glue(between), others, reciprocal)


def _link(candidate: PairCandidate, score: float, lexicon: CompiledLexicon) -> CandidateLink:
    """The drafted link: type and strength read from the first sentence that has cues, else the first."""
    best = next((m for m in candidate.meetings if m.cues), candidate.meetings[0])
    cues = list(best.cues)
    link_type_found, guessed_from = link_type(best.first, best.second, cues, lexicon, directed=False)
    strengths = [c for c in cues if c.category == "strength"]
    linking = [c for c in cues if c.category in ("cooperation", "support")]
    if linking:
        strength = governing_strength(strengths, linking[0])
    else:
        strength = min(strengths, key=lambda c: c.start).value if strengths else FALLBACK_STRENGTH
    evidence = sorted({m.sentence.sentence for m in candidate.meetings}, key=lambda s: s.start)
    return CandidateLink(candidate.first, candidate.second, False, link_type_found, strength, score,
                         evidence, cues, guessed_from, scored=True)
