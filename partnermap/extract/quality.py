"""Scoring a drafted map against a hand-annotated (gold) map of the same document.

Matching rules (also in docs/extract.md):

- An extracted actor E matches a gold actor G when they have the same kind and either
  * a name: some name or alias of E equals some name or alias of G once both are put in
    normal form (case, accents, plurals, article forms and leading articles ignored), or
  * evidence, when E matches no gold actor by name: E has evidence in a paragraph where G
    has a quote, the two quotes overlap (one contains the other), and one of E's names or
    aliases is written inside G's quote.
- An extracted link matches a gold link when its two ends match the gold link's two ends,
  in either order unless both links are directed. Types are compared separately: a matched
  gold link "agrees on type" when one of the extracted links matching it has its type.
- Precision = share of extracted actors (links) matching at least one gold actor (link);
  recall = share of gold actors (links) matched by at least one extracted one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..graph.model.records import Actor, Link, PartnerMap
from ..textread.paragraphs import normalise
from .compiled import compiled_for
from .lexicon import Lexicon

_LEADING = {"le", "de", "a", "un", "une", "leur", "ce", "the", "of", "an", "their", "these", "all"}


@dataclass(frozen=True)
class Score:
    """Precision and recall of one kind of element, with the counts behind them."""

    matched_extracted: int
    extracted: int
    matched_gold: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched_extracted / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0


@dataclass(frozen=True)
class Quality:
    """How a draft compares with a gold map; the lists name what was missed or extra."""

    actors: Score
    links: Score
    same_type: int
    """How many matched gold links one matching drafted link agrees with on type."""
    same_strength: int
    missed_actors: tuple[str, ...]
    extra_actors: tuple[str, ...]
    missed_links: tuple[str, ...]
    extra_links: tuple[str, ...]

    @property
    def type_agreement(self) -> float:
        return self.same_type / self.links.matched_gold if self.links.matched_gold else 0.0

    @property
    def strength_agreement(self) -> float:
        return self.same_strength / self.links.matched_gold if self.links.matched_gold else 0.0


class Names:
    """Normal forms of names, by the rules of every language of the lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.normalisers = [compiled_for(lexicon, code).normaliser for code in sorted(lexicon.languages)]

    def keys(self, texts: Iterable[str]) -> set[tuple[str, ...]]:
        keys = set()
        for text in texts:
            for normaliser in self.normalisers:
                words = [t.norm for t in normaliser.tokens(text)]
                while len(words) > 1 and words[0] in _LEADING:
                    words.pop(0)
                if words:
                    keys.add(tuple(words))
        return keys

    def written_in(self, texts: Iterable[str], quote: str) -> bool:
        """Whether one of `texts` appears, in normal form, inside `quote`."""
        for normaliser in self.normalisers:
            quote_words = [t.norm for t in normaliser.tokens(quote)]
            for text in texts:
                words = [t.norm for t in normaliser.tokens(text)]
                if words and any(quote_words[i:i + len(words)] == words
                                 for i in range(len(quote_words) - len(words) + 1)):
                    return True
        return False


def _names(actor: Actor) -> list[str]:
    return [*actor.name.values(), *actor.aliases]


def names_match(extracted: Actor, gold: Actor, names: Names) -> bool:
    """Same kind, and a name or alias in common (in normal form)."""
    return extracted.kind == gold.kind and bool(names.keys(_names(extracted)) & names.keys(_names(gold)))


def evidence_match(extracted: Actor, gold: Actor, names: Names) -> bool:
    """Same kind, overlapping quotes in one paragraph, and a name of `extracted` in the gold quote."""
    if extracted.kind != gold.kind:
        return False
    for mine in extracted.evidence:
        for theirs in gold.evidence:
            if mine.para != theirs.para:
                continue
            a, b = normalise(mine.quote), normalise(theirs.quote)
            if (a in b or b in a) and names.written_in(_names(extracted), theirs.quote):
                return True
    return False


def actor_matches(draft: PartnerMap, gold: PartnerMap, lexicon: Lexicon) -> dict[str, set[str]]:
    """For each drafted actor, the gold actors it matches: by name, else by evidence."""
    names = Names(lexicon)
    gold_for = {}
    for e in draft.actors.values():
        by_name = {g.id for g in gold.actors.values() if names_match(e, g, names)}
        gold_for[e.id] = by_name or {g.id for g in gold.actors.values() if evidence_match(e, g, names)}
    return gold_for


def compare_maps(draft: PartnerMap, gold: PartnerMap, lexicon: Lexicon) -> Quality:
    """Score `draft` against `gold` (both maps of the same single document)."""
    gold_for = actor_matches(draft, gold, lexicon)
    found_gold = {g for ids in gold_for.values() for g in ids}
    actor_score = Score(sum(1 for ids in gold_for.values() if ids), len(draft.actors),
                        len(found_gold), len(gold.actors))
    link_pairs = [(e, g) for e in draft.links.values() for g in gold.links.values()
                  if _links_match(e, g, gold_for)]
    link_score = Score(len({e.id for e, _ in link_pairs}), len(draft.links),
                       len({g.id for _, g in link_pairs}), len(gold.links))
    matched_gold = {g.id for _, g in link_pairs}
    same_type = {g.id for e, g in link_pairs if e.type == g.type}
    same_strength = {g.id for e, g in link_pairs if e.strength == g.strength}
    matched_draft = {e.id for e, _ in link_pairs}
    return Quality(
        actors=actor_score,
        links=link_score,
        same_type=len(same_type),
        same_strength=len(same_strength),
        missed_actors=tuple(sorted(set(gold.actors) - found_gold)),
        extra_actors=tuple(sorted(e for e, ids in gold_for.items() if not ids)),
        missed_links=tuple(sorted(set(gold.links) - matched_gold)),
        extra_links=tuple(sorted(set(draft.links) - matched_draft)),
    )


def _links_match(extracted: Link, gold: Link, gold_for: dict[str, set[str]]) -> bool:
    ends_from, ends_to = gold_for.get(extracted.from_actor, set()), gold_for.get(extracted.to_actor, set())
    if gold.from_actor in ends_from and gold.to_actor in ends_to:
        return True
    either_way = not (extracted.directed and gold.directed)
    return either_way and gold.from_actor in ends_to and gold.to_actor in ends_from
