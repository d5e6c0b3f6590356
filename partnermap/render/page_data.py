"""Everything the page needs, as one JSON-ready dict: texts in every language, styles, evidence.

The page picks the language itself, so every text keeps all its translations here.
"""

from __future__ import annotations

import math
from typing import Any

from ..graph.analysis.metrics import METRIC_NAMES
from ..graph.model.records import Actor, Evidence, Link, PartnerMap
from ..graph.model.vocab import Term
from ..graph.output.layout import PendingLayout, start_layout
from ..graph.output.style import FALLBACK_COLOR
from .network_data import network_data
from .options import vis_options
from .source_texts import Span, quote_spans, source_texts
from .timeline_data import timeline_data
from .ui_text import language_name, ui_text

Metrics = dict[str, dict[str, float | int]]


def page_data(
    partner_map: PartnerMap, *, language: str, theme: str, physics: bool = False,
    metrics: Metrics | None = None, layout: PendingLayout | None = None,
) -> dict[str, Any]:
    """The map as the page's script reads it (see assets/map/, data.js first).

    `layout` (start_layout for this map, every theme) may have been started earlier; the
    positions are only waited for at the end, so that on large maps the layout's child process
    runs while the rest is built.
    """
    layout = start_layout(partner_map) if layout is None else layout
    actors = list(partner_map.actors.values())
    links = list(partner_map.links.values())
    vocabulary = partner_map.vocabulary
    kinds = {actor.kind for actor in actors}
    levels = {actor.level for actor in actors if actor.level}
    types = {link.type for link in links}
    strengths = {link.strength for link in links}
    spans = quote_spans(partner_map)
    data = {
        "title": partner_map.title,
        "description": partner_map.description,
        "languages": list(partner_map.languages),
        "languageNames": {code: language_name(code) for code in partner_map.languages},
        "language": language,
        "theme": theme,
        "ui": ui_text(partner_map.languages),
        "kinds": [_term(t) for t in vocabulary.kinds.values() if t.id in kinds],
        "linkTypes": [_term(t) for t in vocabulary.link_types.values() if t.id in types],
        "strengths": [_term(t) for t in vocabulary.strengths.values() if t.id in strengths],
        "levels": [_term(t) for t in vocabulary.levels.values() if t.id in levels],
        "unlevelled": any(not actor.level for actor in actors),
        "sources": [
            {"id": s.id, "title": s.title, "date": s.date, "language": s.language, "url": s.url}
            for s in partner_map.sources.values()
        ],
        "sourceTexts": source_texts(partner_map),  # the reading pane's paragraphs (assets/map/reader.js)
        "actors": [_actor(actor, (metrics or {}).get(actor.id), spans) for actor in actors],
        "links": [_link(link, spans) for link in links],
        "tour": [{"title": step.title, "links": list(step.links)} for step in partner_map.tour],
        "timeline": timeline_data(partner_map),  # None for a map of one date (assets/map/timeline.js)
        "hasMetrics": bool(metrics),
        "metricNames": list(METRIC_NAMES),  # the order the actor panel lists metrics in
        "fallbackColor": FALLBACK_COLOR,  # for a kind or link type without a colour, as drawn
        "options": vis_options(len(actors), physics=physics),
    }
    network = network_data(partner_map, language=language, layout=layout)
    return {**data, "nodes": network.nodes, "edges": network.edges}


def _term(term: Term) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": term.id, "label": term.label}
    for name in ("color", "shape", "width"):
        if getattr(term, name) is not None:
            entry[name] = getattr(term, name)
    if term.dash is not None:
        entry["dash"] = list(term.dash)
    return entry


def _evidence(evidence: tuple[Evidence, ...], spans: dict[Evidence, Span | None]) -> list[dict[str, Any]]:
    """Each quote with its offsets [start, end) in its paragraph, null when it is not found there."""
    placed = []
    for item in evidence:
        span = spans.get(item)
        placed.append({**item.to_dict(), "start": span[0] if span else None, "end": span[1] if span else None})
    return placed


def _actor(actor: Actor, metrics: dict[str, Any] | None, spans: dict[Evidence, Span | None]) -> dict[str, Any]:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "level": actor.level,
        "aliases": list(actor.aliases), "description": actor.description,
        "evidence": _evidence(actor.evidence, spans), "confidence": actor.confidence,
        "needsReview": actor.needs_review, "metrics": _metrics(metrics),
    }


def _link(link: Link, spans: dict[Evidence, Span | None]) -> dict[str, Any]:
    return {
        "id": link.id, "from": link.from_actor, "to": link.to_actor, "type": link.type,
        "strength": link.strength, "directed": link.directed, "summary": link.summary,
        "description": link.description, "evidence": _evidence(link.evidence, spans),
        "sources": sorted({item.source for item in link.evidence}),
        "confidence": link.confidence, "needsReview": link.needs_review,
    }


def _metrics(values: dict[str, Any] | None) -> dict[str, float | int | None] | None:
    """Numbers only, rounded so that the page's bytes do not depend on floating-point noise."""
    if not values:
        return None
    cleaned: dict[str, float | int | None] = {}
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if isinstance(value, float):
            cleaned[str(name)] = round(value, 6) if math.isfinite(value) else None
        else:
            cleaned[str(name)] = int(value)
    return cleaned
