"""The first pass over actors.yaml or links.yaml: each record on its own, against the field table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...problems import MAX_PROBLEMS_PER_FILE, Problem
from ...textread.yamlread import LineList
from ..model.spec import ACTOR, LINK, FieldSpec
from ..model.vocab import Vocabulary
from .field_types import FieldTypes
from .fields import RecordChecker

SPECS: dict[str, dict[str, FieldSpec]] = {"actors": ACTOR, "links": LINK}
_A_RECORD = {"actors": "an actor", "links": "a link"}


@dataclass(slots=True)
class Record:
    """One record as the first pass leaves it: the fields whose value is right, and the line of each key.

    Evidence is held as (fields, key lines) pairs, one per entry, for the later passes.
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
    checker = RecordChecker(display)
    if not isinstance(value, LineList):
        checker.items(value, f"a list of {what} ('- id: ...')", 1)  # reports what was found instead
        return RecordFile([], checker.problems, [], is_list=False)
    types = FieldTypes(checker, languages=languages, languages_known=languages_known, vocabulary=vocabulary)
    specs, a_record = SPECS[what], _A_RECORD[what]
    records: list[Record] = []
    problems = checker.problems
    for index, (item, line) in enumerate(zip(value, value.item_lines, strict=True)):
        if len(problems) >= MAX_PROBLEMS_PER_FILE:
            return RecordFile(records, problems, value.item_lines[:index], stopped_at=line)
        fields = checker.record(item, specs, a_record, line, types.convert)
        if fields:
            records.append(Record(fields, item.key_lines, line))
    return RecordFile(records, problems, value.item_lines)
