"""The first pass over map.yaml: title, languages, sources, vocabularies; the tour is kept for later."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...problems import Problem
from ..model.records import Text
from ..model.spec import KIND, LINK_TYPE, MAP, SOURCE, FieldSpec
from ..model.vocab import Term, Vocabulary, shipped_vocabulary
from .field_types import FieldTypes
from .fields import INVALID, LANGUAGE, RecordChecker
from .records import Record


@dataclass
class Header:
    """What map.yaml declares, as far as it could be read."""

    title: Text = field(default_factory=dict)
    description: Text = field(default_factory=dict)
    languages: tuple[str, ...] = ("en",)
    # Whether every language could be read: when not, a text may use any language.
    languages_known: bool = False
    vocabulary: Vocabulary = field(default_factory=shipped_vocabulary)
    sources: list[Record] = field(default_factory=list)  # every source record, in file order
    sources_complete: bool = False  # whether 'sources' was a list (else no source id is known for sure)
    tour: Any = None  # checked once the links are known (references.check_tour)
    tour_line: int = 0


def check_header(value: Any, display: str) -> tuple[Header | None, list[Problem]]:
    """Check map.yaml's value; the header is None when the value is not a mapping."""
    checker = RecordChecker(display)
    types = FieldTypes(checker)
    header = Header()

    def convert(spec: FieldSpec, field_value: Any, line: int) -> Any:
        if spec.type == "languages":
            _read_languages(header, checker, field_value, line)
            types.languages, types.languages_known = header.languages, header.languages_known
            return header.languages
        if spec.type == "sources":
            header.sources_complete = isinstance(field_value, list)
            for item, at in checker.items(field_value, "a list of sources", line):
                fields = checker.record(item, SOURCE, "a source", at, types.convert)
                if fields:
                    header.sources.append(Record(fields, item.key_lines, at))
            if isinstance(field_value, list) and not field_value:
                checker.report(line, "'sources' is empty; declare the documents the map cites", code="empty-list")
            return field_value
        if spec.type in ("kinds", "link_types"):
            terms = _terms(field_value, line, spec.type, checker, types)
            header.vocabulary = header.vocabulary.extended(**{spec.type: terms})
            return terms
        if spec.type == "tour":
            header.tour, header.tour_line = field_value, line
            return field_value
        return types.convert(spec, field_value, line)

    fields = checker.record(value, _header_first(MAP), "map.yaml", 1, convert)
    if fields is None:
        return None, checker.problems
    header.title, header.description = fields.get("title", {}), fields.get("description", {})
    return header, checker.problems


def _read_languages(header: Header, checker: RecordChecker, value: Any, line: int) -> None:
    codes = [code for code, at in checker.items(value, "a list of language codes", line)
             if checker.pattern("languages", code, at, LANGUAGE, "a language code like 'fr'",
                                code="bad-language-code") is not INVALID]
    if codes:
        header.languages = tuple(dict.fromkeys(codes))
        header.languages_known = len(codes) == len(value)
    elif isinstance(value, list) and not value:
        checker.report(line, "'languages' is empty; list at least one language code, e.g. [fr, en]",
                       code="empty-list")


def _terms(value: Any, line: int, which: str, checker: RecordChecker, types: FieldTypes) -> list[Term]:
    """The actor kinds or link types map.yaml adds to the shipped ones."""
    specs, what = (KIND, "an actor kind") if which == "kinds" else (LINK_TYPE, "a link type")
    terms = []
    for item, at in checker.items(value, f"a list of {which}", line):
        fields = checker.record(item, specs, what, at, types.convert)
        if fields and {"id", "label", "color"} <= set(fields):
            dash = fields.get("dash")
            terms.append(Term(**{**fields, "dash": tuple(dash) if dash else None}))
    return terms


def _header_first(specs: dict[str, FieldSpec]) -> dict[str, FieldSpec]:
    """map.yaml's fields in the order they must be read: languages before any text."""
    order = ["languages", *(name for name in specs if name != "languages")]
    return {name: specs[name] for name in order}
