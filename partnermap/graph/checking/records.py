"""The first pass over actors.yaml or links.yaml: each record on its own, against the field table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...problems import MAX_PROBLEMS_PER_FILE, Problem
from ...textread.linedvalues import LineDict, LineList
from ..model.spec import ACTOR, LINK, FieldSpec
from ..model.vocab import Vocabulary
from .field_types import FieldTypes
from .fields import RecordChecker

SPECS: dict[str, dict[str, FieldSpec]] = {"actors": ACTOR, "links": LINK}
_A_RECORD = {"actors": "an actor", "links": "a link"}


@dataclass(slots=True)
class Record:
    """One record as the first pass leaves it: the fields whose value is right, and the line of each key.

    Evidence is held as field_types.EvidenceEntry tuples (values, then their lines), for the later passes.
    """

    fields: dict[str, Any]
    key_lines: dict[Any, int]
    line: int  # where the record starts

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class RecordFile:
    """What the first pass found in actors.yaml or links.yaml."""

    records: list[Record]  # the mappings it checked, in file order
    problems: list[Problem]
    starts: list[int]  # the line of every record checked, mapping or not
    # The line of the first record left unchecked because of too many problems (None: every one checked).
    stopped_at: int | None = None
    is_list: bool = True  # False when the file holds something else than a list (and no record)


def check_record_list(value: Any, what: str, display: str, *, languages: tuple[str, ...],
                      languages_known: bool, vocabulary: Vocabulary) -> RecordFile:
    """Check each record of `value`, what actors.yaml or links.yaml holds (`what` is "actors" or "links").

    Checking stops at the first record after MAX_PROBLEMS_PER_FILE problems.
    """
    if not isinstance(value, LineList):
        checker = RecordChecker(display)
        checker.items(value, f"a list of {what} ('- id: ...')", 1)  # reports what was found instead
        return RecordFile([], checker.problems, [], is_list=False)
    return _check_records(zip(value, value.item_lines, strict=True), what, display, languages=languages,
                          languages_known=languages_known, vocabulary=vocabulary)


def check_record_stream(records: Iterable[LineDict], what: str, display: str, *, languages: tuple[str, ...],
                        languages_known: bool, vocabulary: Vocabulary) -> RecordFile:
    """check_record_list for records read one by one (textread.yamlquick.iter_records): each is checked as it
    comes, and only what the checks keep of it stays in memory. Every record is read, even after checking stops,
    so that the reader can still find it needs to give way to the full reader (it raises Strays then)."""
    return _check_records(((record, record.line) for record in records), what, display, languages=languages,
                          languages_known=languages_known, vocabulary=vocabulary)


def _check_records(items: Iterable[tuple[Any, int]], what: str, display: str, *, languages: tuple[str, ...],
                   languages_known: bool, vocabulary: Vocabulary) -> RecordFile:
    checker = RecordChecker(display)
    types = FieldTypes(checker, languages=languages, languages_known=languages_known, vocabulary=vocabulary)
    specs, a_record = SPECS[what], _A_RECORD[what]
    records: list[Record] = []
    starts: list[int] = []
    problems = checker.problems
    items = iter(items)
    for item, line in items:
        if len(problems) >= MAX_PROBLEMS_PER_FILE:
            for _ in items:
                pass  # read to the end: see check_record_stream
            return RecordFile(records, problems, starts, stopped_at=line)
        starts.append(line)
        fields = checker.record(item, specs, a_record, line, types.convert)
        if fields:
            records.append(Record(fields, item.key_lines, line))
    return RecordFile(records, problems, starts)
