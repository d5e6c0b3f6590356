"""Values read from YAML that remember where they were written, for `file:line` messages."""

from __future__ import annotations

from typing import Any


class LineDict(dict[Any, Any]):
    """A mapping read from YAML: `line` is where it starts, `key_lines[key]` where each key is."""

    # Slots, and no call to dict.__init__ (which has nothing to do): a large map makes a million of these.
    __slots__ = ("line", "key_lines")

    def __init__(self, line: int):
        self.line = line
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A list read from YAML: `line` is where it starts, `item_lines[i]` where item i starts."""

    __slots__ = ("line", "item_lines")

    def __init__(self, line: int):
        self.line = line
        self.item_lines: list[int] = []
