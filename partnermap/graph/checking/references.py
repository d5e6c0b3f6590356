"""The passes that check records against each other: duplicate ids, references to unknown records."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ...problems import MAX_PROBLEMS_PER_FILE, Problem
from ..model.records import TourStep
from ..model.spec import TOUR_STEP
from .field_types import FieldTypes
from .fields import RecordChecker
from .records import Record


@dataclass
class Ids:
    """The ids a file declares: `lines` maps each to the line of its first declaration."""

    lines: dict[str, int] = field(default_factory=dict)
    firsts: list[Record] = field(default_factory=list)  # the records with an id not declared before them
    problems: list[Problem] = field(default_factory=list)


def check_ids(records: list[Record], what: str, display: str) -> Ids:
    """Every record's id must be its own (`what` is "actors", "links" or "sources")."""
    checker = RecordChecker(display)
    ids = Ids(problems=checker.problems)
    for record in records:
        if len(checker.problems) >= MAX_PROBLEMS_PER_FILE:
            break
        record_id = record.fields.get("id")
        if record_id is None:
            continue
        if record_id in ids.lines:
            where = record.line_of("id")
            if what == "sources":
                checker.report(where, f"duplicate source id '{record_id}'", code="duplicate-id")
            else:
                checker.report(where, f"duplicate {what[:-1]} id '{record_id}' (first at line {ids.lines[record_id]})",
                               code="duplicate-id")
            continue
        ids.lines[record_id] = record.line_of("id")
        ids.firsts.append(record)
    return ids


def check_references(records: list[Record], display: str, *, actor_ids: Collection[str] | None,
                     source_ids: Collection[str] | None) -> list[Problem]:
    """Links' actors and evidence's sources must be declared.

    An id list that could not be read in full is None: checking against what was read of it
    would report every reference to the rest as a problem of its own.
    """
    checker = RecordChecker(display)
    for record in records:
        if len(checker.problems) >= MAX_PROBLEMS_PER_FILE:
            break
        fields = record.fields
        if actor_ids is not None:
            for end in ("from", "to"):
                if end in fields:
                    checker.choice(end, fields[end], record.line_of(end), actor_ids, "actor", code="unknown-actor")
        if source_ids is not None:
            for source, _, _, source_line, _, _ in fields.get("evidence", ()):
                if source is not None:
                    checker.choice("source", source, source_line, source_ids, "source", code="unknown-source")
    return checker.problems


def check_self_loops(links: list[Record], display: str, *, actor_ids: Collection[str] | None) -> list[Problem]:
    """A link joins two different actors (only links whose ends are known actors are looked at)."""
    checker = RecordChecker(display)
    for link in links:
        end = link.fields.get("from")
        if end and end == link.fields.get("to") and (actor_ids is None or end in actor_ids):
            checker.report(link.line_of("to"), f"link joins '{end}' to itself; "
                           "'from' and 'to' must be two different actors", code="self-loop")
    return checker.problems


def check_tour(value: Any, line: int, display: str, *, languages: tuple[str, ...], languages_known: bool,
               link_ids: Collection[str] | None) -> tuple[tuple[TourStep, ...], list[Problem]]:
    """map.yaml's tour, whose steps name links (`link_ids`: None when links.yaml could not be read in full)."""
    checker = RecordChecker(display)
    types = FieldTypes(checker, languages=languages, languages_known=languages_known, link_ids=link_ids)
    steps = []
    for item, at in checker.items(value, "a list of tour steps", line):
        fields = checker.record(item, TOUR_STEP, "a tour step", at, types.convert)
        if fields and {"title", "links"} <= set(fields):
            steps.append(TourStep(**fields))
    return tuple(steps), checker.problems
