"""What each record of a map may hold: one table shared by validation and the JSON Schemas."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record. `type` names a checker in partnermap.graph.checking.fields."""

    name: str
    type: str
    required: bool
    description: str


def _fields(*rows: tuple[str, str, bool, str]) -> dict[str, FieldSpec]:
    return {name: FieldSpec(name, type_, required, doc) for name, type_, required, doc in rows}


SOURCE = _fields(
    ("id", "slug", True, "Identifier used by evidence to cite this source."),
    ("path", "path", True, "Path of the UTF-8 text file, relative to the map folder."),
    ("title", "text", True, "Title of the document."),
    ("date", "date", True, "Date of the document, YYYY-MM-DD."),
    ("language", "language", True, "Language code of the document (fr, en…)."),
    ("url", "url", False, "Where the document is published (http or https)."),
)
KIND = _fields(
    ("id", "slug", True, "Identifier of the actor kind."),
    ("label", "text", True, "Name of the kind shown in legends."),
    ("color", "color", True, "Colour as #RRGGBB."),
    ("shape", "shape", False, "Node shape on the map."),
)
LINK_TYPE = _fields(
    ("id", "slug", True, "Identifier of the link type."),
    ("label", "text", True, "Name of the type shown in legends."),
    ("color", "color", True, "Colour as #RRGGBB."),
    ("dash", "dash", False, "false for a solid line, or a dash pattern in pixels ([8, 4])."),
)
TOUR_STEP = _fields(
    ("title", "text", True, "Title shown for this step."),
    ("links", "link_ids", True, "Ids of the links this step highlights."),
)
MAP = _fields(
    ("title", "text", True, "Title of the map."),
    ("description", "text", False, "What the map shows."),
    ("languages", "languages", True, "Language codes of the map's texts; the first is the default."),
    ("sources", "sources", True, "The documents the map cites."),
    ("kinds", "kinds", False, "Actor kinds added to the shipped ones."),
    ("link_types", "link_types", False, "Link types added to the shipped ones."),
    ("tour", "tour", False, "Steps of the workshop tour."),
)
EVIDENCE = _fields(
    ("source", "source_id", True, "Id of a source declared in map.yaml."),
    ("para", "paragraph", True, "Number of the paragraph that holds the quote (from 1)."),
    ("quote", "quote", True, "Words copied verbatim from that paragraph."),
)
_REVIEW = (
    ("confidence", "confidence", False, "How sure a drafting tool was, from 0 to 1."),
    ("needs_review", "bool", False, "true while nobody has checked this element."),
)
ACTOR = _fields(
    ("id", "slug", True, "Unique identifier (lower-case letters, digits, _ and -)."),
    ("name", "text", True, "Name, as text or one per language."),
    ("kind", "kind", True, "Actor kind."),
    ("level", "level", False, "Level at which the actor works."),
    ("aliases", "strings", False, "Other names, used by search."),
    ("description", "text", False, "Description, as text or one per language."),
    ("evidence", "evidence", True, "Quotes of the sources that name this actor."),
    *_REVIEW,
)
LINK = _fields(
    ("id", "slug", True, "Unique identifier (lower-case letters, digits, _ and -)."),
    ("from", "actor", True, "Id of the first actor."),
    ("to", "actor", True, "Id of the second actor."),
    ("type", "link_type", True, "Type of partnership."),
    ("strength", "strength", True, "How strongly the source asks for it."),
    ("directed", "bool", False, "true when the partnership goes from 'from' to 'to' only."),
    ("summary", "text", False, "The partnership in one sentence."),
    ("description", "text", False, "Curator's notes: gaps in the source, judgement calls."),
    ("evidence", "evidence", True, "Quotes of the sources that recommend this partnership."),
    *_REVIEW,
)
