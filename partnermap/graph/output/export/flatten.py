"""A map as flat, typed attributes: the one table of columns every export format writes.

GEXF, GraphML, CSV and most graph tools hold only scalar values, so per-language texts become
one column per language (`name_fr`, `name_en`), lists and evidence become text, and styles
(colour, size, position) come from partnermap.graph.output.style and partnermap.graph.output.layout so that
every export looks like the HTML map. Positions are in graph coordinates: x to the right and
y *upwards*, as Gephi, Gephi Lite and matplotlib draw them (the page's y is -y).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...analysis.timeline import Stated, timeline
from ...model.records import Evidence, Link, PartnerMap, Text
from ..layout import layout_positions
from ..style import degrees, edge_style, node_style

Value = str | int | float | bool
"""A flat attribute value; an absent key means "no value"."""

# Separates the items of a list written as text. Kumu reads `|` as a list separator too.
LIST_SEPARATOR = " | "
COLUMN_TYPES = ("string", "integer", "double", "boolean")


@dataclass(frozen=True)
class Column:
    """One attribute: its name in graph formats, its type, and its spreadsheet header."""

    name: str
    type: str
    title: str


@dataclass(frozen=True)
class FlatNode:
    id: str
    values: dict[str, Value]


@dataclass(frozen=True)
class FlatEdge:
    id: str
    source: str
    target: str
    directed: bool
    values: dict[str, Value]


@dataclass(frozen=True)
class FlatGraph:
    """A map ready to write: columns in a fixed order, then nodes and edges in file order."""

    title: str
    language: str
    languages: tuple[str, ...]
    node_columns: tuple[Column, ...]
    edge_columns: tuple[Column, ...]
    nodes: tuple[FlatNode, ...]
    edges: tuple[FlatEdge, ...]

    def node_column(self, name: str) -> Column:
        return next(c for c in self.node_columns if c.name == name)

    def edge_column(self, name: str) -> Column:
        return next(c for c in self.edge_columns if c.name == name)


def flatten(
    partner_map: PartnerMap,
    *,
    language: str | None = None,
    metrics: Mapping[str, Mapping[str, int | float]] | None = None,
) -> FlatGraph:
    """`partner_map` as flat typed attributes, labels in `language` (default: the map's).

    `metrics` (actor id -> {name: number}, as partnermap.graph.analysis.metrics.actor_metrics returns)
    adds one node column per measure.
    """
    language = language or partner_map.language
    over_time = timeline(partner_map)
    metric_columns = _metric_columns(metrics)
    node_columns = _node_columns(partner_map.languages, metric_columns)
    edge_columns = _edge_columns(partner_map.languages)
    return FlatGraph(
        title=partner_map.text(partner_map.title, language),
        language=language,
        languages=partner_map.languages,
        node_columns=node_columns,
        edge_columns=edge_columns,
        nodes=_nodes(partner_map, language, metrics or {}, metric_columns, over_time.actors),
        edges=tuple(_edge(partner_map, link, language, over_time.links[link.id])
                    for link in partner_map.links.values()),
    )


def evidence_text(evidence: Iterable[Evidence]) -> str:
    """Evidence as one line of text: `source ¶para: quote | source ¶para: quote`."""
    return LIST_SEPARATOR.join(f"{e.source} ¶{e.para}: {e.quote}" for e in evidence)


# When a link or actor was first stated (the earliest source its evidence quotes, see
# graph/analysis/timeline.py) and by how many documents: GEXF also writes it as a spell.
_TIME_COLUMNS = (Column("first_date", "string", "First date"), Column("documents", "integer", "Documents"))


def _node_columns(languages: tuple[str, ...], metric_columns: tuple[Column, ...]) -> tuple[Column, ...]:
    return (
        Column("label", "string", "Label"),
        Column("kind_label", "string", "Type"),
        Column("description", "string", "Description"),
        Column("level_label", "string", "Level"),
        Column("aliases", "string", "Aliases"),
        *_per_language("name", "Name", languages),
        *_per_language("description", "Description", languages),
        Column("evidence", "string", "Evidence"),
        Column("confidence", "double", "Confidence"),
        Column("needs_review", "boolean", "Needs review"),
        *_TIME_COLUMNS,
        *metric_columns,
        Column("color", "string", "Color"),
        Column("shape", "string", "Shape"),
        Column("size", "double", "Size"),
        Column("x", "double", "X"),
        Column("y", "double", "Y"),
        Column("kind", "string", "Type ID"),
        Column("level", "string", "Level ID"),
    )


def _edge_columns(languages: tuple[str, ...]) -> tuple[Column, ...]:
    return (
        Column("label", "string", "Type"),
        Column("strength_label", "string", "Strength"),
        Column("summary", "string", "Summary"),
        Column("description", "string", "Description"),
        Column("directed", "boolean", "Directed"),
        Column("weight", "double", "Weight"),
        *_per_language("summary", "Summary", languages),
        *_per_language("description", "Description", languages),
        Column("evidence", "string", "Evidence"),
        Column("confidence", "double", "Confidence"),
        Column("needs_review", "boolean", "Needs review"),
        *_TIME_COLUMNS,
        Column("color", "string", "Color"),
        Column("width", "double", "Width"),
        Column("dash", "string", "Dash"),
        Column("link_type", "string", "Type ID"),
        Column("strength", "string", "Strength ID"),
    )


def _per_language(name: str, title: str, languages: tuple[str, ...]) -> list[Column]:
    return [Column(f"{name}_{code}", "string", f"{title} ({code})") for code in languages]


def _metric_columns(metrics: Mapping[str, Mapping[str, int | float]] | None) -> tuple[Column, ...]:
    """One column per measure, integer when every value is an int, else double."""
    if not metrics:
        return ()
    names: dict[str, str] = {}
    for values in metrics.values():
        for name, value in values.items():
            is_integer = isinstance(value, int) and not isinstance(value, bool)
            names[name] = "integer" if is_integer and names.get(name, "integer") == "integer" else "double"
    return tuple(Column(name, kind, name.replace("_", " ").capitalize()) for name, kind in names.items())


def _nodes(partner_map: PartnerMap, language: str, metrics: Mapping[str, Mapping[str, int | float]],
           metric_columns: tuple[Column, ...], stated: Mapping[str, Stated]) -> tuple[FlatNode, ...]:
    vocabulary = partner_map.vocabulary
    positions = layout_positions(partner_map)
    counts = degrees(partner_map)
    nodes = []
    for actor in partner_map.actors.values():
        style = node_style(partner_map, actor, counts.get(actor.id, 0))
        x, y = positions.get(actor.id, (0.0, 0.0))
        kind = vocabulary.kinds.get(actor.kind)
        level = vocabulary.levels.get(actor.level) if actor.level else None
        values: dict[str, Value | None] = {
            "label": partner_map.text(actor.name, language),
            "kind_label": kind.label_in(language) if kind else actor.kind,
            "description": partner_map.text(actor.description, language) if actor.description else None,
            "level_label": (level.label_in(language) if level else actor.level) if actor.level else None,
            "aliases": LIST_SEPARATOR.join(actor.aliases) if actor.aliases else None,
            **_texts("name", actor.name, partner_map.languages),
            **_texts("description", actor.description, partner_map.languages),
            "evidence": evidence_text(actor.evidence),
            "confidence": actor.confidence,
            "needs_review": actor.needs_review,
            **_time_values(stated.get(actor.id)),
            **_metric_values(metrics.get(actor.id, {}), metric_columns),
            "color": style.color.upper(),
            "shape": style.shape,
            "size": float(style.size),
            "x": float(x),
            # The page draws y downwards; graph tools draw it upwards.
            "y": -float(y) + 0.0,
            "kind": actor.kind,
            "level": actor.level,
        }
        nodes.append(FlatNode(actor.id, _present(values)))
    return tuple(nodes)


def _edge(partner_map: PartnerMap, link: Link, language: str, stated: Stated) -> FlatEdge:
    vocabulary = partner_map.vocabulary
    link_type = vocabulary.link_types.get(link.type)
    strength = vocabulary.strengths.get(link.strength)
    style = edge_style(partner_map, link)
    values: dict[str, Value | None] = {
        "label": link_type.label_in(language) if link_type else link.type,
        "strength_label": strength.label_in(language) if strength else link.strength,
        "summary": partner_map.text(link.summary, language) if link.summary else None,
        "description": partner_map.text(link.description, language) if link.description else None,
        "directed": link.directed,
        "weight": float(strength.weight) if strength and strength.weight is not None else 1.0,
        **_texts("summary", link.summary, partner_map.languages),
        **_texts("description", link.description, partner_map.languages),
        "evidence": evidence_text(link.evidence),
        "confidence": link.confidence,
        "needs_review": link.needs_review,
        **_time_values(stated),
        "color": style.color.upper(),
        "width": float(style.width),
        "dash": ",".join(str(step) for step in style.dash) if style.dash else None,
        "link_type": link.type,
        "strength": link.strength,
    }
    return FlatEdge(link.id, link.from_actor, link.to_actor, link.directed, _present(values))


def _time_values(stated: Stated | None) -> dict[str, Value | None]:
    if stated is None or not stated.sources:
        return {"first_date": None, "documents": 0}
    return {"first_date": stated.first_date, "documents": stated.documents}


def _texts(name: str, text: Text, languages: tuple[str, ...]) -> dict[str, str | None]:
    """One value per language, exactly as written (no fallback: an empty cell means 'not translated')."""
    return {f"{name}_{code}": text.get(code) or None for code in languages}


def _metric_values(values: Mapping[str, int | float], columns: tuple[Column, ...]) -> dict[str, int | float]:
    return {column.name: (int(values[column.name]) if column.type == "integer" else float(values[column.name]))
            for column in columns if values.get(column.name) is not None}


def _present(values: dict[str, Value | None]) -> dict[str, Value]:
    return {name: value for name, value in values.items() if value is not None}
