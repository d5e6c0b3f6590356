"""Keeping a drafted link's summary true when its type or strength changes.

`partnermap extract` ends each summary with the type and strength it guessed, e.g.
"Governments — Migrants: Protection (endorsed)". When the curator changes them, a summary
still ending that way is given the new labels; any other summary (written by a person) is left alone.
"""

from __future__ import annotations

from typing import Any

from ..graph.model.vocab import Vocabulary


def refreshed_summary(old: dict[str, Any], new: dict[str, Any], vocabulary: Vocabulary) -> Any:
    """`new`'s summary, its drafted ending rewritten for `new`'s type and strength when they changed."""
    summary = new.get("summary")
    if not isinstance(summary, dict) or (old.get("type"), old.get("strength")) == (new.get("type"),
                                                                                    new.get("strength")):
        return summary
    refreshed = dict(summary)
    for code, text in summary.items():
        before, after = _ending(old, vocabulary, code), _ending(new, vocabulary, code)
        if before and after and isinstance(text, str) and text.endswith(before):
            refreshed[code] = text[: len(text) - len(before)] + after
    return refreshed


def _ending(fields: dict[str, Any], vocabulary: Vocabulary, code: str) -> str | None:
    link_type = vocabulary.link_types.get(str(fields.get("type")))
    strength = vocabulary.strengths.get(str(fields.get("strength")))
    if link_type is None or strength is None:
        return None
    return f"{link_type.label_in(code)} ({strength.label_in(code).lower()})"
