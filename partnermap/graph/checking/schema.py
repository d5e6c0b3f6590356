"""JSON Schemas of the map files, for editors that complete and check YAML."""

from __future__ import annotations

from typing import Any

from ..model.spec import ACTOR, EVIDENCE, KIND, LINK, LINK_TYPE, MAP, SOURCE, TOUR_STEP, FieldSpec
from ..model.vocab import SHAPES, Vocabulary, shipped_vocabulary
from .fields import COLOR, DATE, LANGUAGE, SLUG

SCHEMA_NAMES = ("map", "actors", "links")
_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(name: str, vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """The JSON Schema of `map`, `actors` or `links` files, with the vocabulary's values as enums."""
    vocabulary = vocabulary or shipped_vocabulary()
    types = _field_types(vocabulary)
    if name == "map":
        body = _object(MAP, types, "A partnermap map.yaml file.")
    elif name in ("actors", "links"):
        specs = ACTOR if name == "actors" else LINK
        body = {
            "type": "array",
            "description": f"A partnermap {name}.yaml file: a list of {name}.",
            "items": _object(specs, types, f"One {name[:-1]}."),
        }
    else:
        raise ValueError(f"unknown schema {name!r}; accepted: {', '.join(SCHEMA_NAMES)}")
    return {"$schema": _DRAFT, "$id": f"https://partnermap.invalid/schema/{name}.json",
            "title": f"partnermap {name}.yaml", **body}


def _object(specs: dict[str, FieldSpec], types: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {name: {**types[spec.type], "description": spec.description}
                       for name, spec in specs.items()},
        "required": [name for name, spec in specs.items() if spec.required],
        "additionalProperties": False,
    }


def _field_types(vocabulary: Vocabulary) -> dict[str, Any]:
    string = {"type": "string", "minLength": 1}
    slug = {"type": "string", "pattern": SLUG.pattern}
    text = {"oneOf": [string, {"type": "object", "additionalProperties": string, "minProperties": 1}]}
    types: dict[str, Any] = {
        "slug": slug, "text": text, "path": string, "quote": string, "actor": slug, "source_id": slug,
        "strings": {"type": "array", "items": string},
        "bool": {"type": "boolean"},
        "url": {"type": "string", "pattern": r"^https?://\S+$"},
        "date": {"type": "string", "pattern": DATE.pattern},
        "language": {"type": "string", "pattern": LANGUAGE.pattern},
        "languages": {"type": "array", "items": {"type": "string", "pattern": LANGUAGE.pattern},
                      "minItems": 1},
        "color": {"type": "string", "pattern": COLOR.pattern},
        "shape": {"enum": list(SHAPES)},
        "dash": {"oneOf": [{"const": False},
                           {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1}]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "paragraph": {"type": "integer", "minimum": 1},
        "link_ids": {"type": "array", "items": slug, "minItems": 1},
        "kind": {"enum": list(vocabulary.kinds)},
        "link_type": {"enum": list(vocabulary.link_types)},
        "strength": {"enum": list(vocabulary.strengths)},
        "level": {"enum": list(vocabulary.levels)},
    }
    types["evidence"] = {"type": "array", "minItems": 1,
                         "items": _object(EVIDENCE, types, "A verbatim quote and its paragraph.")}
    types["sources"] = {"type": "array", "minItems": 1,
                        "items": _object(SOURCE, types, "A document the map cites.")}
    types["kinds"] = {"type": "array", "items": _object(KIND, types, "An extra actor kind.")}
    types["link_types"] = {"type": "array", "items": _object(LINK_TYPE, types, "An extra link type.")}
    types["tour"] = {"type": "array", "items": _object(TOUR_STEP, types, "A step of the tour.")}
    return types
