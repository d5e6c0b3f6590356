"""Adding to a map's YAML files line by line: every line already there stays byte for byte.

A merge only inserts lines (evidence items, `needs_review: true`, a source entry) and appends
records; the one line it may replace is a `needs_review: false` that has to become true.
"""

from __future__ import annotations

from typing import Any

from ..errors import PartnermapError
from ..review.spans import RecordSpan, record_spans, split_lines
from ..review.yamltext import field_lines, flow, plain
from ..textread.linedvalues import LineDict, LineList
from ..textread.yamlread import read_yaml_bytes


class CannotEdit(PartnermapError):
    """A file laid out so that lines cannot be added to it without writing existing ones again."""


class LineEdits:
    """Insertions and appends to one file's lines, applied by `to_bytes` from the bottom up."""

    def __init__(self, data: bytes, display: str):
        self.display = display
        self.lines = split_lines(data)
        self.newline = "\r\n" if self.lines and self.lines[0].endswith("\r\n") else "\n"
        if self.lines and not self.lines[-1].endswith(("\n", "\r")):
            self.lines[-1] += self.newline
        self._inserted: dict[int, list[str]] = {}
        self._replaced: dict[int, str] = {}
        self._appended: list[list[str]] = []

    def insert(self, before: int, lines: list[str]) -> None:
        self._inserted.setdefault(before, []).extend(line + self.newline for line in lines)

    def replace(self, index: int, line: str) -> None:
        self._replaced[index] = line + self.newline

    def append(self, lines: list[str]) -> None:
        """A block at the end of the file, after a blank line."""
        self._appended.append([line + self.newline for line in lines])

    def changed(self) -> bool:
        return bool(self._inserted or self._replaced or self._appended)

    def to_bytes(self) -> bytes:
        out: list[str] = []
        for index, line in enumerate(self.lines):
            out += self._inserted.get(index, [])
            out.append(self._replaced.get(index, line))
        out += self._inserted.get(len(self.lines), [])
        if self._appended and [line.strip() for line in out if line.strip() and not line.lstrip().startswith("#")] \
                == ["[]"]:
            out = [line for line in out if line.strip() != "[]"]  # an empty list gets its first records
        for block in self._appended:
            if out and out[-1].strip():
                out.append(self.newline)
            out += block
        return "".join(out).encode("utf-8")


class RecordEdits(LineEdits):
    """Additions to actors.yaml or links.yaml: evidence and review marks on records, new records."""

    def __init__(self, data: bytes, display: str):
        super().__init__(data, display)
        self.spans: dict[str, RecordSpan] = {span.id: span for span in record_spans(data, display)}

    def add_evidence(self, record_id: str, items: list[dict[str, Any]]) -> None:
        """`items` after the record's last evidence item, in the file's own indentation."""
        span = self._span(record_id)
        field = next((f for f in span.fields or () if f.key == "evidence"), None)
        if field is None or field.end - field.start < 2:
            line = span.start + 1 if field is None else field.start + 1
            raise CannotEdit(f"{self.display}:{line}: the evidence of '{record_id}' is not a list of one item "
                             "per line; write it so (as partnermap extract and the bundled map do) and merge again")
        item_line = self.lines[field.start + 1]
        indent = item_line[: len(item_line) - len(item_line.lstrip(" "))]
        self.insert(field.end, [f"{indent}- {flow(item)}" for item in items])

    def mark_for_review(self, record_id: str) -> None:
        """`needs_review: true` at the end of the record, or a `needs_review: false` turned true."""
        span = self._span(record_id)
        fields = span.fields or ()
        if span.value.get("needs_review") is True:
            return
        for field in fields:
            if field.key == "needs_review":
                if field.end - field.start != 1:
                    raise CannotEdit(f"{self.display}:{field.start + 1}: needs_review of '{record_id}' spans "
                                     "several lines; write it on one and merge again")
                self.replace(field.start, f"{field.lead}needs_review: true")
                return
        indent = fields[1].lead if len(fields) > 1 else "  "
        self.insert(span.end, [f"{indent}needs_review: true"])

    def evidence_of(self, record_id: str) -> list[dict[str, Any]]:
        value = self._span(record_id).value.get("evidence")
        return [plain(item) for item in value] if isinstance(value, list) else []

    def _span(self, record_id: str) -> RecordSpan:
        span = self.spans[record_id]
        if span.fields is None:
            raise CannotEdit(f"{self.display}:{span.start + 1}: '{record_id}' is written as one flow mapping; "
                             "write it one field per line and merge again")
        return span


def record_lines(record: dict[str, Any]) -> list[str]:
    """A new record in the layout of partnermap's files: one field per line, evidence items below."""
    lines: list[str] = []
    for index, (key, value) in enumerate(record.items()):
        lines += field_lines(key, value, lead="- " if index == 0 else "  ", item_indent="    ")
    return lines


def add_source(data: bytes, display: str, entry: dict[str, Any]) -> bytes:
    """map.yaml with `entry` as the last item of its `sources` list."""
    value, problems = read_yaml_bytes(data, display)
    if problems:
        raise CannotEdit(problems[0].format())
    if not isinstance(value, LineDict) or not isinstance(value.get("sources"), LineList) \
            or not value["sources"].item_lines:
        raise CannotEdit(f"{display}: no block list under 'sources:' to add the document to")
    edits = LineEdits(data, display)
    sources: LineList = value["sources"]
    key_line = value.line_of("sources") - 1
    following = sorted(line - 1 for line in value.key_lines.values() if line - 1 > key_line)
    end = following[0] if following else len(edits.lines)
    while end > key_line + 1 and (not edits.lines[end - 1].strip() or edits.lines[end - 1].lstrip().startswith("#")):
        end -= 1
    first = edits.lines[sources.item_lines[0] - 1]
    indent = first[: len(first) - len(first.lstrip(" "))]
    if not first.lstrip(" ").startswith("- "):
        raise CannotEdit(f"{display}:{sources.item_lines[0]}: sources are not written as a block list ('- id: …')")
    # A date stays unquoted, as map.yaml's other dates (the caller checked it is YYYY-MM-DD).
    written = [f"  date: {value}" if key == "date" else line
               for (key, value), line in zip(entry.items(), record_lines(entry), strict=True)]
    lines = [f"{indent}{line}" for line in written]
    edits.insert(end, lines)
    return edits.to_bytes()
