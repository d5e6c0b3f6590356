"""The guesses a drafted link takes from its sentence: its type, its strength and the confidence of the draft."""

from __future__ import annotations

from .compiled import CompiledLexicon
from .cues import Cue
from .mentions import Mention

FALLBACK_TYPE = "multilateral_cooperation"
FALLBACK_STRENGTH = "endorsed"
GOVERNING_REACH = 30
"""At most this many characters between a modal and the cue it governs ("should also work with")."""


def governing_strength(strengths: list[Cue], cue: Cue) -> str:
    """The strength of the verb governing the cue: the modal just before it ("must cooperate",
    "are encouraged to work with"), else the clause's first modal (its main verb: "Reconnaissons
    … qu'il est nécessaire de …" is endorsed), else `possible`."""
    close = [s for s in strengths if s.end <= cue.start and cue.start - s.end <= GOVERNING_REACH]
    if close:
        return max(close, key=lambda s: s.end).value
    return min(strengths, key=lambda s: s.start).value if strengths else FALLBACK_STRENGTH


def link_type(a: Mention, b: Mention, cues: list[Cue], lexicon: CompiledLexicon,
              directed: bool) -> tuple[str, str]:
    """The type cue nearest the pair (its later actor, or the one served); else a default from kinds."""
    later = b.start if directed else max(a.start, b.start)
    typed = [c for c in cues if c.category == "type"]
    if typed:
        nearest = min(typed, key=lambda c: (abs(c.start - later), c.start))
        return nearest.value, "cue"
    kinds = lexicon.kinds
    pair = frozenset((kinds[a.concept], kinds[b.concept]))
    for default_kinds, default_type in lexicon.lexicon.type_defaults:
        if default_kinds == pair:
            return default_type, "kinds"
    if directed and lexicon.lexicon.served_type:
        return lexicon.lexicon.served_type, "kinds"
    return FALLBACK_TYPE, "fallback"


def confidence(a: Mention, b: Mention, linking: list[Cue], guessed_from: str, has_strength: bool,
               crowd: int) -> float:
    """How sure the draft is of a link: its cues, how its actors were found, how crowded the sentence."""
    score = 0.55 if any(c.category == "cooperation" for c in linking) else 0.4
    score += {"cue": 0.15, "kinds": 0.05, "fallback": 0.0}[guessed_from]
    score += 0.1 if has_strength else 0.0
    score -= 0.03 * max(0, crowd - 3)
    score *= min(1.0, min(a.confidence, b.confidence) / 0.9)
    return round(min(0.95, max(0.05, score)), 2)


