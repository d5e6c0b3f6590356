"""Where each record of actors.yaml / links.yaml, and each field of a record, sits in the file's lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import PartnermapError
from ..textread.linedvalues import LineDict, LineList
from ..textread.yamlread import read_yaml_bytes


@dataclass(frozen=True)
class FieldSpan:
    """The lines [start, end) of one field, 0-based; `lead` is what precedes the key on its first line."""

    key: str
    start: int
    end: int
    lead: str


@dataclass(frozen=True)
class RecordSpan:
    """The lines [start, end) of one record, 0-based, without the blank and comment lines after it.

    `fields` is None when two fields share a line (a record written as a flow mapping): such a
    record can only be written again whole.
    """

    id: str
    start: int
    end: int
    value: LineDict
    fields: tuple[FieldSpan, ...] | None


class UnreadableFile(PartnermapError):
    """A record file that cannot be edited record by record (not a list of mappings with ids)."""


def split_lines(data: bytes) -> list[str]:
    """The file's lines, each with its own line ending, so that joining them gives the bytes back."""
    return data.decode("utf-8").splitlines(keepends=True) if data else []


def record_spans(data: bytes, display: str) -> list[RecordSpan]:
    """Every record of a YAML list of mappings, in file order."""
    value, problems = read_yaml_bytes(data, display)
    if problems:
        raise UnreadableFile(problems[0].format())
    if value is None:
        return []
    if not isinstance(value, LineList):
        raise UnreadableFile(f"{display}: expected a list of records ('- id: ...')")
    lines = split_lines(data)
    starts = [line - 1 for line in value.item_lines]
    spans = []
    for index, (item, start) in enumerate(zip(value, starts, strict=True)):
        if not isinstance(item, LineDict) or not isinstance(item.get("id"), str):
            raise UnreadableFile(f"{display}:{start + 1}: a record without an id cannot be reviewed")
        following = starts[index + 1] if index + 1 < len(starts) else len(lines)
        end = _trim(lines, start, following)
        spans.append(RecordSpan(item["id"], start, end, item, _field_spans(lines, item, start, end)))
    return spans


def _trim(lines: list[str], start: int, end: int) -> int:
    """`end` moved back over blank and comment lines: those belong to the file, not to the record."""
    while end > start + 1 and _is_blank_or_comment(lines[end - 1]):
        end -= 1
    return end


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _field_spans(lines: list[str], item: LineDict, start: int, end: int) -> tuple[FieldSpan, ...] | None:
    keyed = sorted((item.line_of(key) - 1, key) for key in item)
    if len({at for at, _ in keyed}) != len(keyed) or not keyed or keyed[0][0] != start:
        return None
    spans = []
    for index, (at, key) in enumerate(keyed):
        following = keyed[index + 1][0] if index + 1 < len(keyed) else end
        lead = _lead(lines[at], key)
        if lead is None:
            return None
        spans.append(FieldSpan(key, at, _trim(lines, at, following), lead))
    return tuple(spans)


def _lead(line: str, key: Any) -> str | None:
    """The characters before `key` on its line ('- ' or spaces), or None if the key is not written plainly."""
    text = str(key)
    stripped = line.lstrip(" -")
    if not stripped.startswith(text):
        return None
    lead = line[: len(line) - len(stripped)]
    return lead if lead.strip(" ") in ("", "-") else None
