"""The vocabularies of a map: actor kinds, link types, strengths and levels, with their styles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

VOCABULARIES = ("kinds", "link_types", "strengths", "levels")
# Shapes vis-network draws with the label below them, which keeps sizes comparable.
SHAPES = ("dot", "square", "diamond", "triangle", "triangleDown", "star", "hexagon")


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary; style fields are None where they do not apply."""

    id: str
    label: dict[str, str]
    color: str | None = None
    shape: str | None = None
    dash: tuple[int, ...] | None = None
    weight: float | None = None
    width: float | None = None

    def label_in(self, language: str) -> str:
        return self.label.get(language) or self.label.get("en") or next(iter(self.label.values()), self.id)


@dataclass(frozen=True)
class Vocabulary:
    """Every vocabulary of a map, each an ordered mapping id -> Term."""

    kinds: dict[str, Term] = field(default_factory=dict)
    link_types: dict[str, Term] = field(default_factory=dict)
    strengths: dict[str, Term] = field(default_factory=dict)
    levels: dict[str, Term] = field(default_factory=dict)

    def extended(self, *, kinds: Iterable[Term] = (), link_types: Iterable[Term] = ()) -> Vocabulary:
        """A copy with a map's own kinds and link types added (or overriding shipped ones)."""
        return replace(
            self,
            kinds={**self.kinds, **{t.id: t for t in kinds}},
            link_types={**self.link_types, **{t.id: t for t in link_types}},
        )


def _term(entry: dict[str, Any]) -> Term:
    dash = entry.get("dash")
    return Term(
        id=entry["id"],
        label=dict(entry["label"]),
        color=entry.get("color"),
        shape=entry.get("shape"),
        dash=tuple(dash) if dash else None,
        weight=entry.get("weight"),
        width=entry.get("width"),
    )


@cache
def shipped_vocabulary() -> Vocabulary:
    """The vocabularies that ship with partnermap (partnermap/vocab/*.yaml)."""
    folder = resources.files("partnermap") / "vocab"
    loaded = {}
    for name in VOCABULARIES:
        entries = yaml.load((folder / f"{name}.yaml").read_text(encoding="utf-8"), Loader=_Loader)
        loaded[name] = {entry["id"]: _term(entry) for entry in entries}
    return Vocabulary(**loaded)
