"""Read a map folder into a PartnerMap, collecting every problem of every file."""

from __future__ import annotations

import datetime
import gc
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ...problems import MAX_PROBLEMS_PER_FILE, Problem, shown, stopped_checking
from ...textread import yamlsplit
from ...textread.paragraphs import QuoteIndex
from ...textread.yamlread import MAX_FILE_BYTES, LineList, read_file_bytes, read_yaml_file, read_yaml_part, without_bom
from ..model.records import Actor, Evidence, Link, PartnerMap, Source, TourStep
from ..model.spec import ACTOR, EVIDENCE, KIND, LINK, LINK_TYPE, MAP, SOURCE, TOUR_STEP, FieldSpec
from ..model.vocab import SHAPES, Term, Vocabulary, shipped_vocabulary
from .fields import COLOR, DATE, INVALID, LANGUAGE, RecordChecker, describe

MAP_FILE, ACTORS_FILE, LINKS_FILE = "map.yaml", "actors.yaml", "links.yaml"


def read_map(data_dir: Path, *, check_quotes: bool = True,
             replaced: Mapping[str, bytes] | None = None) -> tuple[PartnerMap | None, list[Problem]]:
    """Read and check the map in `data_dir`; the map is None when a file could not be read at all.

    `replaced` gives the bytes to check instead of what actors.yaml or links.yaml hold on disk
    (`partnermap review` checks an edit this way before writing it).
    """
    # Reading builds millions of small objects that all stay alive: the cyclic garbage collector would
    # scan them over and over for nothing (a fifth of the load time of a 50,000-actor map, bench/).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _MapReader(Path(data_dir), check_quotes=check_quotes, replaced=replaced).read()
    finally:
        if collecting:
            gc.enable()


class _MapReader:
    """Reads map.yaml, then actors.yaml, then links.yaml, each checked against what came before."""

    def __init__(self, data_dir: Path, *, check_quotes: bool, replaced: Mapping[str, bytes] | None = None):
        self.data_dir = data_dir
        self.replaced = dict(replaced or {})
        self.check_quotes = check_quotes
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ("en",)
        self.vocabulary: Vocabulary = shipped_vocabulary()
        self.sources: dict[str, Source] = {}
        # Ids declared, even by records with other problems, so references to them are not misreported.
        self.known_ids: dict[str, set[str]] = {"sources": set(), "actors": set(), "links": set()}
        # Whether the languages and each id list could be read in full: when a file is broken, checking
        # other files against what was read of it would report every reference as a problem of its own.
        self.languages_known = False
        self.known_complete = {"sources": False, "actors": False, "links": False}
        self.quote_indexes: dict[str, QuoteIndex] = {}
        self.actors: dict[str, Actor] = {}
        self.links: dict[str, Link] = {}
        self.checker = RecordChecker("", self.problems)
        self._field_checkers = self._make_field_checkers()
        # map.yaml's tour and its line, checked last: it names links.
        self.raw_tour: tuple[Any, int] = (None, 0)

    def read(self) -> tuple[PartnerMap | None, list[Problem]]:
        header = self._read_header()
        actors_readable = self._read_record_file(ACTORS_FILE, "actors", ACTOR, self._actor)
        links_readable = self._read_record_file(LINKS_FILE, "links", LINK, self._link)
        unreadable = header is None or not actors_readable or not links_readable
        tour = self._read_tour() if header and links_readable else ()
        self.problems.sort(key=_problem_order)
        if unreadable:
            return None, self.problems
        partner_map = PartnerMap(
            title=header.get("title", {}),
            description=header.get("description", {}),
            languages=self.languages,
            sources=self.sources,
            actors=self.actors,
            links=self.links,
            vocabulary=self.vocabulary,
            tour=tour,
            data_dir=self.data_dir,
        )
        return partner_map, self.problems

    def _display(self, name: str) -> str:
        return str(self.data_dir / name)

    # map.yaml

    def _read_header(self) -> dict[str, Any] | None:
        self.checker.file = self._display(MAP_FILE)
        value, problems = read_yaml_file(self.data_dir / MAP_FILE, self.checker.file)
        self.problems.extend(problems)
        if value is None and problems:
            return None
        if value is None:
            self.checker.report(1, "file is empty; expected a mapping with title, languages and sources")
            return None
        header = self.checker.record(value, _header_first(MAP), "map.yaml", 1, self._header_field)
        if header is None:
            return None
        self.raw_tour = value.get("tour"), value.line_of("tour")
        return header

    def _header_field(self, spec: FieldSpec, value: Any, line: int) -> Any:
        check = self.checker
        if spec.type == "languages":
            codes = [c for c, at in check.items(value, "a list of language codes", line)
                     if check.pattern("languages", c, at, LANGUAGE, "a language code like 'fr'")
                     is not INVALID]
            if codes:
                self.languages = tuple(dict.fromkeys(codes))
                self.languages_known = len(codes) == len(value)
            elif isinstance(value, list) and not value:
                check.report(line, "'languages' is empty; list at least one language code, e.g. [fr, en]")
            return self.languages
        if spec.type == "sources":
            self.known_complete["sources"] = isinstance(value, list)
            for item, at in check.items(value, "a list of sources", line):
                self._source(item, at)
            if isinstance(value, list) and not value:
                check.report(line, "'sources' is empty; declare the documents the map cites")
            return self.sources
        if spec.type in ("kinds", "link_types"):
            terms = self._terms(value, line, spec.type)
            self.vocabulary = self.vocabulary.extended(**{spec.type: terms})
            return terms
        if spec.type == "tour":
            return value  # checked once the links are known
        return self._field(spec, value, line)

    def _source(self, item: Any, line: int) -> None:
        fields = self.checker.record(item, SOURCE, "a source", line, self._field)
        if not fields or "id" not in fields:
            return
        if fields["id"] in self.known_ids["sources"]:
            self.checker.report(item.line_of("id"), f"duplicate source id {shown(fields['id'])}")
            return
        self.known_ids["sources"].add(fields["id"])
        text = self._source_text(fields.get("path"), item.line_of("path"))
        if text is None or not {"path", "title", "date", "language"} <= set(fields):
            return
        self.sources[fields["id"]] = Source(text=text, **fields)
        self.quote_indexes[fields["id"]] = QuoteIndex(text)

    def _source_text(self, path: str | None, line: int) -> str | None:
        if path is None:
            return None
        resolved = (self.data_dir / path).resolve()
        if not resolved.is_relative_to(self.data_dir.resolve()):
            self.checker.report(line, f"source path {shown(path)} leaves the map folder; keep sources inside it")
            return None
        try:
            if resolved.exists() and not resolved.is_file() and not resolved.is_dir():
                # A pipe or a device: reading it could block forever.
                self.checker.report(line, f"source path {shown(path)} is not a regular file")
                return None
            if resolved.stat().st_size > MAX_FILE_BYTES:
                size = resolved.stat().st_size / 1024 / 1024
                self.checker.report(line, f"source file {shown(path)} is {size:.0f} MB, larger than the "
                                    f"{MAX_FILE_BYTES // 1024 // 1024} MB partnermap reads; split the document")
                return None
            data = resolved.read_bytes()
        except IsADirectoryError:
            self.checker.report(line, f"source path {shown(path)} is a folder; name a UTF-8 text file")
            return None
        except FileNotFoundError:
            self.checker.report(line, f"source file {shown(path)} not found in {self.data_dir}")
            return None
        except OSError as error:
            self.checker.report(line, f"source file {shown(path)} cannot be read: {error.strerror}")
            return None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            at = data.count(b"\n", 0, error.start) + 1
            self.checker.report(line, f"source file {shown(path)} is not UTF-8 text (byte 0x{data[error.start]:02x} "
                                f"on its line {at}); save it as UTF-8")
            return None
        if "\x00" in text:
            self.checker.report(line, f"source file {shown(path)} holds NUL characters; it is not a text file")
            return None
        return text

    def _terms(self, value: Any, line: int, which: str) -> list[Term]:
        specs, what = (KIND, "an actor kind") if which == "kinds" else (LINK_TYPE, "a link type")
        terms = []
        for item, at in self.checker.items(value, f"a list of {which}", line):
            fields = self.checker.record(item, specs, what, at, self._field)
            if fields and {"id", "label", "color"} <= set(fields):
                dash = fields.get("dash")
                terms.append(Term(**{**fields, "dash": tuple(dash) if dash else None}))
        return terms

    def _read_tour(self) -> tuple[TourStep, ...]:
        value, line = self.raw_tour
        self.checker.file = self._display(MAP_FILE)
        steps = []
        for item, at in self.checker.items(value, "a list of tour steps", line):
            fields = self.checker.record(item, TOUR_STEP, "a tour step", at, self._field)
            if fields and {"title", "links"} <= set(fields):
                steps.append(TourStep(**fields))
        return tuple(steps)

    # actors.yaml and links.yaml

    def _read_record_file(self, name: str, what: str, specs: dict, build: Any) -> bool:
        """Read and check actors.yaml or links.yaml (`what` is "actors" or "links").

        False when the file could not be read at all. A large file is read and checked in two
        processes, each taking one part of its records (graph/yamlsplit.py); the parts are
        used only where that gives what checking the whole file gives (see _joinable).
        """
        display = self._display(name)
        self.checker.file = display
        if name in self.replaced:
            data, problems = self.replaced[name], []
        else:
            data, problems = read_file_bytes(self.data_dir / name, display)
        if data is None:
            self.problems.extend(problems)
            return False
        data = without_bom(data)
        parts = yamlsplit.read_in_two(data, display, partial(self._read_record_part, what, specs, build))
        if parts is not None and parts[0].stopped:
            self._add_records(what, parts[0])  # checking the whole file would have stopped there too
        elif parts is not None and _joinable(*parts):
            self._add_records(what, parts[0])
            self._add_records(what, parts[1])
        else:
            return self._read_whole_record_file(data, display, what, specs, build)
        return True

    def _read_whole_record_file(self, data: bytes, display: str, what: str, specs: dict, build: Any) -> bool:
        value, problems = read_yaml_part(data, display, 1)
        self.problems.extend(problems)
        if value is None:
            if not problems:
                self.checker.report(1, f"file is empty; expected a list of {what} ('- id: ...')")
            return not problems
        # items() reports a value that is not a list, and then gives nothing to check.
        if self.checker.items(value, f"a list of {what} ('- id: ...')", 1):
            self._add_records(what, self._check_records(value, what, specs, build))
        return True

    def _read_record_part(self, what: str, specs: dict, build: Any, data: bytes, display: str,
                          first_line: int) -> tuple[_Records | None, list[Problem]]:
        """Read and check one part of a record file; in the forked child for the second part."""
        value, problems = read_yaml_part(data, display, first_line)
        if problems or not isinstance(value, LineList):
            return None, problems
        return self._check_records(value, what, specs, build), []

    def _check_records(self, value: LineList, what: str, specs: dict, build: Any) -> _Records:
        """Check each record of `value`; what they hold is returned, not yet added to the map."""
        records = _Records()
        # The checker reports into this part's own list: a forked child sends back only what its
        # part found, and the parent adds a part's problems only if it keeps the part.
        self.checker.problems = records.problems
        try:
            for item, line in zip(value, value.item_lines, strict=True):
                if len(records.problems) >= MAX_PROBLEMS_PER_FILE:
                    records.problems.append(stopped_checking(self.checker.file, line, len(records.problems)))
                    records.stopped = True
                    break
                fields = self.checker.record(item, specs, _A_RECORD[what], line, self._field)
                if not fields or "id" not in fields:
                    continue
                if fields["id"] in records.ids:
                    message = f"duplicate {what[:-1]} id '{fields['id']}' (first at line {records.ids[fields['id']]})"
                    self.checker.report(item.line_of("id"), message)
                    continue
                records.ids[fields["id"]] = item.line_of("id")
                built = build(fields, item, line)
                if built is not None:
                    records.built[built.id] = built
        finally:
            self.checker.problems = self.problems
        return records

    def _add_records(self, what: str, records: _Records) -> None:
        self.problems.extend(records.problems)
        self.known_ids[what].update(records.ids)
        getattr(self, what).update(records.built)
        # Other files' references to these ids are checked only when every id could be read.
        self.known_complete[what] = not records.stopped

    def _actor(self, fields: dict[str, Any], item: Any, line: int) -> Actor | None:
        if not fields.keys() >= _ACTOR_NEEDS:
            return None
        return Actor(line=line, **fields)

    def _link(self, fields: dict[str, Any], item: Any, line: int) -> Link | None:
        if fields.get("from") and fields.get("from") == fields.get("to"):
            self.checker.report(item.line_of("to"), f"link joins '{fields['from']}' to itself; "
                                "'from' and 'to' must be two different actors")
            return None
        if not fields.keys() >= _LINK_NEEDS:
            return None
        source, target = fields.pop("from"), fields.pop("to")
        return Link(from_actor=source, to_actor=target, line=line, **fields)

    # field types shared by every file

    def _field(self, spec: FieldSpec, value: Any, line: int) -> Any:
        return self._field_checkers[spec.type](spec.name, value, line)

    def _make_field_checkers(self) -> dict[str, Callable[[str, Any, int], Any]]:
        """One checker per field type of spec.py, each called as checker(name, value, line).

        A table rather than a chain of comparisons: a large map checks millions of fields.
        The vocabulary is looked up at each call, since map.yaml can extend it.
        """
        check = self.checker
        return {
            "slug": check.slug,
            "text": lambda name, value, line: check.text(name, value, line, self._languages_for(value)),
            "strings": check.strings,
            "bool": check.boolean,
            "path": check.string,
            "quote": check.string,
            "url": lambda name, value, line: check.pattern(name, value, line, _URL, "an http:// or https:// address"),
            "date": lambda name, value, line: self._date(value, line),
            "language": lambda name, value, line: check.pattern(name, value, line, LANGUAGE,
                                                                "a language code like 'fr'"),
            "color": lambda name, value, line: check.pattern(name, value, line, COLOR, "a colour written #RRGGBB"),
            "shape": lambda name, value, line: check.choice(name, value, line, SHAPES, "shape"),
            "dash": lambda name, value, line: self._dash(value, line),
            "confidence": lambda name, value, line: self._confidence(value, line),
            "kind": lambda name, value, line: check.choice(name, value, line, self.vocabulary.kinds, "actor kind"),
            "link_type": lambda name, value, line: check.choice(name, value, line, self.vocabulary.link_types,
                                                                "link type"),
            "strength": lambda name, value, line: check.choice(name, value, line, self.vocabulary.strengths,
                                                               "strength"),
            "level": lambda name, value, line: check.choice(name, value, line, self.vocabulary.levels, "level"),
            "actor": lambda name, value, line: self._reference(name, value, line, "actors", "actor"),
            "link_ids": lambda name, value, line: self._link_ids(value, line),
            "evidence": lambda name, value, line: self._evidence_list(value, line),
            "source_id": lambda name, value, line: self._reference(name, value, line, "sources", "source"),
            "paragraph": lambda name, value, line: self._paragraph(value, line),
        }

    def _paragraph(self, value: Any, line: int) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.checker.report(line, f"'para' must be a paragraph number (1, 2, …), found {describe(value)}")
        return INVALID

    def _dash(self, value: Any, line: int) -> Any:
        if value is False or (isinstance(value, list) and value and all(
                isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in value)):
            return value
        found = _flow(value) if isinstance(value, list) else describe(value)
        self.checker.report(line, f"'dash' must be false or a list of positive numbers like [8, 4], found {found}")
        return INVALID

    def _confidence(self, value: Any, line: int) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
            return float(value)
        self.checker.report(line, f"'confidence' must be a number from 0 to 1, found {describe(value)}")
        return INVALID

    def _date(self, value: Any, line: int) -> Any:
        if self.checker.pattern("date", value, line, DATE, "a date written YYYY-MM-DD") is INVALID:
            return INVALID
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            self.checker.report(line, f"'date' {shown(value)} is not a day of the calendar")
            return INVALID
        return value

    def _languages_for(self, value: Any) -> tuple[str, ...]:
        """The languages a text may use; any, when map.yaml's list could not be read in full."""
        if self.languages_known or not isinstance(value, dict):
            return self.languages
        return tuple(key for key in value if isinstance(key, str)) or self.languages

    def _reference(self, name: str, value: Any, line: int, ids: str, what: str) -> Any:
        """An id of an actor, link or source, checked only when every id of that kind could be read."""
        if self.known_complete[ids]:
            return self.checker.choice(name, value, line, self.known_ids[ids], what)
        return self.checker.string(name, value, line)

    def _link_ids(self, value: Any, line: int) -> Any:
        ids = []
        for item, at in self.checker.items(value, "a list of link ids", line):
            if self._reference("links", item, at, "links", "link") is not INVALID:
                ids.append(item)
        return tuple(ids)

    def _evidence_list(self, value: Any, line: int) -> Any:
        evidence = []
        for item, at in self.checker.items(value, "a list of {source, para, quote}", line):
            fields = self.checker.record(item, EVIDENCE, "evidence", at, self._field)
            if fields and len(fields) == 3:
                self._check_quote(fields, item.line_of("quote"))
                evidence.append(Evidence(**fields))
        if not evidence:
            if isinstance(value, list) and not value:
                self.checker.report(line, "'evidence' is empty; give at least one {source, para, quote}")
            return INVALID
        return tuple(evidence)

    def _check_quote(self, fields: dict[str, Any], line: int) -> None:
        index = self.quote_indexes.get(fields["source"])
        if not self.check_quotes or index is None:
            return
        quote, para = fields["quote"], fields["para"]
        if index.contains(quote, para):
            return
        if para > len(index.paragraphs):
            message = (f"paragraph {para} does not exist: source '{fields['source']}' has "
                       f"{len(index.paragraphs)} paragraphs")
        elif found := index.paragraphs_containing(quote):
            where = ", ".join(map(str, found))
            message = f"quote is in paragraph {where} of source '{fields['source']}', not {para}"
        else:
            matched = index.matching_prefix(quote, para)
            detail = f"; it matches up to {matched!r}" if len(matched) >= 10 else ""
            message = (f"quote not found in paragraph {para} of source '{fields['source']}'{detail}; "
                       "copy it verbatim from the text")
        self.checker.report(line, message)


def _header_first(specs: dict[str, FieldSpec]) -> dict[str, FieldSpec]:
    """map.yaml's fields in the order they must be read: languages before any text."""
    order = ["languages", *(name for name in specs if name != "languages")]
    return {name: specs[name] for name in order}


def _problem_order(problem: Problem) -> tuple[int, str, int]:
    files = (MAP_FILE, ACTORS_FILE, LINKS_FILE)
    rank = next((i for i, name in enumerate(files) if problem.file.endswith(name)), len(files))
    return rank, problem.file, problem.line or 0


_A_RECORD = {"actors": "an actor", "links": "a link"}


@dataclass
class _Records:
    """What the records of (part of) actors.yaml or links.yaml hold, once checked."""

    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)  # every id declared, with its line
    built: dict[str, Actor | Link] = field(default_factory=dict)  # the records complete enough to draw
    stopped: bool = False  # True when checking stopped at MAX_PROBLEMS_PER_FILE


def _joinable(first: _Records, second: _Records) -> bool:
    """Whether two parts of a file, checked apart, give what checking the whole file gives.

    Not when an id is declared in both (its second declaration is a duplicate), nor when checking
    the whole file would have stopped in the second part, at fewer problems than the part found.
    """
    if first.ids.keys() & second.ids.keys():
        return False
    return len(first.problems) + len(second.problems) < MAX_PROBLEMS_PER_FILE and not second.stopped

# The fields without which an actor or a link cannot be drawn (their own problems are already reported).
_ACTOR_NEEDS = frozenset({"name", "kind", "evidence"})
_LINK_NEEDS = frozenset({"from", "to", "type", "strength", "evidence"})

_URL = re.compile(r"^https?://\S+$")


def _flow(values: list[Any]) -> str:
    """A short list as YAML writes it on one line: [8, true, x]."""
    items = ", ".join("true" if v is True else "false" if v is False else "null" if v is None
                      else describe(v) if isinstance(v, (list, dict)) else shown(v, limit=20) if isinstance(v, str)
                      else str(v) for v in values[:8])
    return f"[{items}{', …' if len(values) > 8 else ''}]"
