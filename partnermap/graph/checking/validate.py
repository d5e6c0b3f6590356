"""Read a map folder into a PartnerMap, collecting every problem of every file.

Checking is a series of passes, each taking records and giving problems: map.yaml on its own
(header.py), the source documents it declares (sources.py), each record of actors.yaml and
links.yaml on its own (records.py), then the records against each other (references.py:
duplicate ids, unknown actors, sources and links) and the quotes against the sources (quotes.py).
read_map calls them in that order, each file against what was read before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ...problems import MAX_PROBLEMS_PER_FILE, Problem, stopped_checking
from ...textread.paragraphs import QuoteIndex
from ...textread.yamlquick import Strays, iter_records
from ...textread.yamlread import decode_yaml_bytes, parse_yaml_text, read_file_bytes, read_yaml_file
from ..model.records import Actor, Evidence, Link, PartnerMap, Source, TourStep
from .fields import RecordChecker
from .header import Header, check_header
from .quotes import check_quotes
from .records import Record, RecordFile, check_record_list, check_record_stream
from .references import check_ids, check_references, check_self_loops, check_tour
from .sources import read_sources

MAP_FILE, ACTORS_FILE, LINKS_FILE = "map.yaml", "actors.yaml", "links.yaml"
_Element = TypeVar("_Element", Actor, Link)


def read_map(data_dir: Path, *, check_quotes: bool = True,
             replaced: Mapping[str, bytes] | None = None) -> tuple[PartnerMap | None, list[Problem]]:
    """Read and check the map in `data_dir`; the map is None when a file could not be read at all.

    `replaced` gives the bytes to check instead of what actors.yaml or links.yaml hold on disk
    (`partnermap review` checks an edit this way before writing it). Problems come in file and
    line order. When there are problems, the map holds the records complete enough to draw.
    """
    data_dir = Path(data_dir)
    replaced = replaced or {}
    problems: list[Problem] = []
    header = _read_header(data_dir, problems)
    context = header or Header()
    source_ids: set[str] | None = None
    sources: dict[str, Source] = {}
    if header is not None:
        declared = check_ids(header.sources, "sources", str(data_dir / MAP_FILE))
        sources, found = read_sources(declared.firsts, data_dir, str(data_dir / MAP_FILE))
        problems += declared.problems + found
        source_ids = set(declared.lines) if header.sources_complete else None
    indexes = {source_id: QuoteIndex(source.text) for source_id, source in sources.items()} if check_quotes else {}

    actors = _read_records(data_dir, ACTORS_FILE, "actors", context, replaced, problems, actor_ids=None,
                           source_ids=source_ids, indexes=indexes)
    actor_ids = set(actors.ids) if actors is not None and actors.complete else None
    links = _read_records(data_dir, LINKS_FILE, "links", context, replaced, problems, actor_ids=actor_ids,
                          source_ids=source_ids, indexes=indexes)
    tour: tuple[TourStep, ...] = ()
    if header is not None and links is not None:
        link_ids = set(links.ids) if links.complete else None
        tour, found = check_tour(header.tour, header.tour_line, str(data_dir / MAP_FILE),
                                 languages=context.languages, languages_known=context.languages_known,
                                 link_ids=link_ids)
        problems += found
    problems.sort(key=_problem_order)
    if header is None or actors is None or links is None:
        return None, problems
    partner_map = PartnerMap(
        title=header.title, description=header.description, languages=header.languages, sources=sources,
        actors=_spend(actors.firsts, lambda record: _actor(record, source_ids)),
        links=_spend(links.firsts, lambda record: _link(record, actor_ids, source_ids)),
        vocabulary=header.vocabulary, tour=tour, data_dir=data_dir,
    )
    return partner_map, problems


def _read_header(data_dir: Path, problems: list[Problem]) -> Header | None:
    """map.yaml checked on its own; None when it could not be read or holds no mapping."""
    display = str(data_dir / MAP_FILE)
    value, found = read_yaml_file(data_dir / MAP_FILE, display)
    problems += found
    if value is None:
        if not found:
            checker = RecordChecker(display)
            checker.report(1, "file is empty; expected a mapping with title, languages and sources",
                           code="empty-file")
            problems += checker.problems
        return None
    header, found = check_header(value, display)
    problems += found
    return header


@dataclass
class _CheckedFile:
    """What checking actors.yaml or links.yaml gave, for the files read after it and for the map."""

    firsts: list[Record]  # the records checked, each with an id of its own, in file order
    ids: list[str]  # every id declared (by a record checked), even by records with other problems
    complete: bool  # whether every record could be checked: only then are references to it checked


def _read_records(data_dir: Path, name: str, what: str, context: Header, replaced: Mapping[str, bytes],
                  problems: list[Problem], *, actor_ids: set[str] | None, source_ids: set[str] | None,
                  indexes: Mapping[str, QuoteIndex]) -> _CheckedFile | None:
    """Check actors.yaml or links.yaml (`what` is "actors" or "links"); None when it could not be read at all."""
    display = str(data_dir / name)
    checked, readable = _first_pass(data_dir / name, display, what, context, replaced.get(name), problems)
    if not readable:
        return None
    if checked is None:  # an empty file
        return _CheckedFile([], [], False)
    ids = check_ids(checked.records, what, display)
    found = [*checked.problems, *ids.problems,
             *check_references(checked.records, display, actor_ids=actor_ids, source_ids=source_ids)]
    if what == "links":
        found += check_self_loops(ids.firsts, display, actor_ids=actor_ids)
    found += check_quotes(checked.records, display, indexes)
    stop = _stop(found, checked)
    if stop is not None:
        # Checking the records one after the other, with every pass, would have stopped here.
        line, before = stop
        problems += [*sorted(found, key=_line)[:before], stopped_checking(display, line, before)]
        firsts = [record for record in ids.firsts if record.line < line]
    else:
        problems += found
        firsts = ids.firsts
    return _CheckedFile(firsts, [record.fields["id"] for record in firsts], checked.is_list and stop is None)


def _first_pass(path: Path, display: str, what: str, context: Header, replacement: bytes | None,
                problems: list[Problem]) -> tuple[RecordFile | None, bool]:
    """The first pass over actors.yaml or links.yaml (None for an empty file), and whether it could be read."""
    data = replacement
    if data is None:
        data, found = read_file_bytes(path, display)
        problems += found
        if data is None:
            return None, False
    text, found = decode_yaml_bytes(data, display)
    problems += found
    if text is None:
        return None, False
    try:
        return check_record_stream(iter_records(text), what, display, languages=context.languages,
                                   languages_known=context.languages_known, vocabulary=context.vocabulary), True
    except Strays:
        pass  # not in the plain layout yamlquick reads, or with a problem it leaves to the full reader
    value, found = parse_yaml_text(text, display, quick=False)
    problems += found
    if value is None:
        if not found:
            checker = RecordChecker(display)
            checker.report(1, f"file is empty; expected a list of {what} ('- id: ...')", code="empty-file")
            problems += checker.problems
        return None, not found
    return _check_list(value, display, what, context), True


def _check_list(value: Any, display: str, what: str, context: Header) -> RecordFile:
    return check_record_list(value, what, display, languages=context.languages,
                             languages_known=context.languages_known, vocabulary=context.vocabulary)


def _stop(found: list[Problem], checked: RecordFile) -> tuple[int, int] | None:
    """Where checking the records one by one stops: the line of the first record after
    MAX_PROBLEMS_PER_FILE problems, and how many were found before it; None when it does not stop."""
    if len(found) < MAX_PROBLEMS_PER_FILE:
        return None
    lines = sorted(_line(problem) for problem in found)
    starts = checked.starts if checked.stopped_at is None else [*checked.starts, checked.stopped_at]
    for start in starts:
        before = bisect_left(lines, start)
        if before >= MAX_PROBLEMS_PER_FILE:
            return start, before
    return None


def _line(problem: Problem) -> int:
    return problem.line or 0


_ACTOR_NEEDS = frozenset({"name", "kind", "evidence"})
_LINK_NEEDS = frozenset({"from", "to", "type", "strength", "evidence"})


# What the map is built from: the records' fields that passed every check. When there are problems
# (already reported), a record without what is needed to draw it is left out.

def _spend(records: list[Record], build: Callable[[Record], _Element | None]) -> dict[str, _Element]:
    """The map's actors or links built from `records`, which are let go of on the way (the list ends empty).

    A large map's records and the map's elements would otherwise be alive at once, doubling the objects
    Python's garbage collector goes through at each full collection while the map is built.
    """
    built: dict[str, _Element] = {}
    records.reverse()
    while records:
        record = records.pop()
        element = build(record)
        if element is not None:
            built[record.fields["id"]] = element
    return built


def _actor(record: Record, source_ids: set[str] | None) -> Actor | None:
    fields = record.fields
    evidence = _evidence(fields, source_ids)
    if not evidence or not fields.keys() >= _ACTOR_NEEDS:
        return None
    return Actor(line=record.line, **{**fields, "evidence": evidence})


def _link(record: Record, actor_ids: set[str] | None, source_ids: set[str] | None) -> Link | None:
    fields = record.fields
    evidence = _evidence(fields, source_ids)
    if not evidence or not fields.keys() >= _LINK_NEEDS or fields["from"] == fields["to"]:
        return None
    if actor_ids is not None and not {fields["from"], fields["to"]} <= actor_ids:
        return None
    rest = {name: value for name, value in fields.items() if name not in _LINK_FIELDS_RENAMED}
    return Link(from_actor=fields["from"], to_actor=fields["to"], evidence=evidence, line=record.line, **rest)


_LINK_FIELDS_RENAMED = frozenset({"from", "to", "evidence"})  # passed to Link by other names or built


def _evidence(fields: dict[str, Any], source_ids: set[str] | None) -> tuple[Evidence, ...]:
    """The evidence entries whose three fields are right, citing declared sources."""
    return tuple([Evidence(source, para, quote) for source, para, quote, *_ in fields.get("evidence", ())
                  if source is not None and para is not None and quote is not None
                  and (source_ids is None or source in source_ids)])


def _problem_order(problem: Problem) -> tuple[int, str, int]:
    files = (MAP_FILE, ACTORS_FILE, LINKS_FILE)
    rank = next((i for i, name in enumerate(files) if problem.file.endswith(name)), len(files))
    return rank, problem.file, problem.line or 0
