"""Editing actors.yaml or links.yaml record by record: every line not in a changed field stays byte for byte."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..graph.model.spec import FieldSpec
from .spans import RecordSpan, record_spans, split_lines
from .yamltext import field_lines, plain

_REMOVED = None


class RecordFile:
    """One record file's lines and records; `replace` and `remove` are applied by `to_bytes`."""

    def __init__(self, data: bytes, display: str, specs: Mapping[str, FieldSpec]):
        self.lines = split_lines(data)
        # A last line without its line ending gets one while editing, and loses it again in to_bytes.
        self.final_newline = not self.lines or self.lines[-1].endswith(("\n", "\r"))
        if not self.final_newline:
            self.lines[-1] += "\r\n" if self.lines[0].endswith("\r\n") else "\n"
        self.spans = {span.id: span for span in record_spans(data, display)}
        self.specs = specs
        self.newline = "\r\n" if self.lines and self.lines[0].endswith("\r\n") else "\n"
        self._changes: dict[str, dict[str, Any] | None] = {}

    def records(self) -> dict[str, dict[str, Any]]:
        """Every record as it will be written, in file order (removed ones left out)."""
        current = {}
        for record_id, span in self.spans.items():
            change = self._changes.get(record_id, span.value)
            if change is not _REMOVED:
                current[record_id] = plain(change)
        return current

    def replace(self, record_id: str, fields: dict[str, Any]) -> None:
        self._changes[record_id] = fields

    def remove(self, record_id: str) -> None:
        self._changes[record_id] = _REMOVED

    def changed(self) -> list[str]:
        return [record_id for record_id, change in self._changes.items() if change is not _REMOVED]

    def removed(self) -> list[str]:
        return [record_id for record_id, change in self._changes.items() if change is _REMOVED]

    def to_bytes(self) -> bytes:
        lines = list(self.lines)
        # From the last record up, so that the line numbers of the ones above stay true.
        for span in sorted(self.spans.values(), key=lambda s: s.start, reverse=True):
            if span.id not in self._changes:
                continue
            change = self._changes[span.id]
            if change is _REMOVED:
                start, end = _removed_range(lines, span)
                del lines[start:end]
            else:
                lines[span.start:span.end] = self._record_lines(span, change)
        if self.spans and all(self._changes.get(i, True) is _REMOVED for i in self.spans):
            while lines and not lines[-1].strip():
                lines.pop()
            lines.append(f"[]{self.newline}")  # a file of comments alone would not be a list
        text = "".join(lines)
        return (text if self.final_newline else text.removesuffix(self.newline)).encode("utf-8")

    def _record_lines(self, span: RecordSpan, fields: dict[str, Any]) -> list[str]:
        """The record's new lines: unchanged fields as they were, changed ones written again."""
        old = span.value
        if span.fields is None or span.fields[0].key not in fields:
            return self._whole_record(fields)
        indent = span.fields[1].lead if len(span.fields) > 1 else " " * len(span.fields[0].lead)
        item_indent = self._item_indent(span, indent)
        kept = [f.key for f in span.fields if f.key in fields]
        inserted = self._insertions(kept, [key for key in fields if key not in old])
        starts = [f.start for f in span.fields[1:]] + [span.fields[-1].end]
        out: list[str] = []
        for field, following in zip(span.fields, starts, strict=True):
            if field.key in fields and plain(old[field.key]) == plain(fields[field.key]):
                out += self.lines[field.start:field.end]
            elif field.key in fields:
                out += self._written(field.key, fields[field.key], field.lead, item_indent)
            for key in inserted.get(field.key, ()):
                out += self._written(key, fields[key], indent, item_indent)
            out += self.lines[field.end:following]  # comments between fields stay
        return out

    def _insertions(self, kept: list[str], new: list[str]) -> dict[str, list[str]]:
        """For each kept field, the new fields written after it: in the order of the record spec."""
        order = {key: rank for rank, key in enumerate(self.specs)}
        after: dict[str, list[str]] = {}
        for key in sorted(new, key=lambda k: order.get(k, len(order))):
            rank = order.get(key, len(order))
            earlier = [k for k in kept if order.get(k, len(order)) < rank]
            anchor = earlier[-1] if earlier else kept[0]
            after.setdefault(anchor, []).append(key)
        return after

    def _written(self, key: str, value: Any, lead: str, item_indent: str) -> list[str]:
        return [line + self.newline for line in field_lines(key, value, lead=lead, item_indent=item_indent)]

    def _item_indent(self, span: RecordSpan, indent: str) -> str:
        """How the file indents the `- ` of list items inside a record (evidence), from this record."""
        for field in span.fields or ():
            if field.end - field.start > 1:
                line = self.lines[field.start + 1]
                stripped = line.lstrip(" ")
                if stripped.startswith("- "):
                    return line[: len(line) - len(stripped)]
        return indent + "  "

    def _whole_record(self, fields: dict[str, Any]) -> list[str]:
        """A record whose fields share lines (a flow mapping), written again one field per line."""
        out: list[str] = []
        for index, (key, value) in enumerate(fields.items()):
            out += self._written(key, value, "- " if index == 0 else "  ", "    ")
        return out


def _removed_range(lines: list[str], span: RecordSpan) -> tuple[int, int]:
    """The record's lines and the blank lines that separated it from what came before (or, if none, after)."""
    start = span.start
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    if start < span.start:
        return start, span.end
    end = span.end
    while end < len(lines) and not lines[end].strip():
        end += 1
    return span.start, end
