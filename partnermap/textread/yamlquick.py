"""A quick reader for lists of records in the plain layout map files are written in; None otherwise.

Reading through PyYAML's events costs about 2 µs per event, and the actors.yaml and links.yaml
of a 50,000-actor map are millions of them. Those files, whether written by hand, by
`partnermap extract` or by a generator, almost always use a small part of YAML:

    - id: some-id                  a list of mappings, "- " at the start of the line
      kind: trade_union            fields: single-word keys, plain words or quoted text
      name: {fr: "…", en: "…"}     or one-line {…} / […] of those
      evidence:                    or a list or mapping of such values on the next lines
        - {source: s, para: 8, quote: "…"}

This module reads that part with one regular expression that splits the lines (a block of
text at a time) and one pass over them, and builds the same LineDict / LineList values as
yamlread's event builder, lines included. It gives up (raises Strays, or returns None) at the
first thing outside that part, or that the full reader would report (a duplicate key, a very
long number): yamlread then reads the text the thorough way. So a text is either read here
exactly as the full reader reads it, or not at all; tests compare the two on every YAML file of
the project and on thousands of edited ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .linedvalues import LineDict, LineList
from .scalars import (
    RESOLVED_FIRST_CHARACTERS,
    RESOLVER_RULES,
    TRUE_FALSE_NULL_TAGS,
    NumberTooLong,
    plain_tag,
    typed_scalar,
)

# Each line: indentation, an optional "- ", an optional "key:" (then spaces or the end), the rest.
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_LINES = re.compile(rf"^( *)(-(?: +|$))?(?:({_KEY}):(?: +|$))?(.*)$", re.MULTILINE)
# Texts holding any of these need the full reader: escapes, tabs, other line breaks (YAML counts
# CR, NEL, LS and PS as line ends), a byte order mark inside the text, characters YAML forbids.
_NEEDS_FULL_READER = re.compile("[\\\\\t\r\u2028\u2029\ufeff"
                                "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Values on one line. A plain word may not start with a YAML indicator; inside {…} and […] it
# also stops at , [ ] { } and holds no ':' or '#' here (YAML allows some; the full reader reads those).
_DOUBLE = r'"[^"]*"'
_SINGLE = r"'(?:[^']|'')*'"
_FLOW_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^,\[\]{}:#\n]*[^\s,\[\]{}:#])?"
_FLOW_VALUE = rf"{_DOUBLE}|{_SINGLE}|{_FLOW_PLAIN}"
_AFTER = r"(?: +#.*)? *"  # what may follow a value on its line: spaces, a comment
_FLOW_MAPPING = re.compile(rf"\{{ *(?:{_KEY}: +(?:{_FLOW_VALUE}) *(?:, *{_KEY}: +(?:{_FLOW_VALUE}) *)*)?\}}{_AFTER}")
_FLOW_LIST = re.compile(rf"\[ *(?:(?:{_FLOW_VALUE}) *(?:, *(?:{_FLOW_VALUE}) *)*)?\]{_AFTER}")
_FLOW_PAIRS = re.compile(rf"({_KEY}): +({_FLOW_VALUE})")
# The usual {…} of a map file (a name in two languages, an evidence entry) in one pass: up to four pairs.
_PAIR = rf"({_KEY}): +({_FLOW_VALUE}) *"
_SHORT_FLOW_MAPPING = re.compile(rf"\{{ *{_PAIR}(?:, *{_PAIR})?(?:, *{_PAIR})?(?:, *{_PAIR})?\}}{_AFTER}")
_FLOW_ITEMS = re.compile(rf"(?:^\[|,) *({_FLOW_VALUE})")
_QUOTED = re.compile(rf"({_DOUBLE}|{_SINGLE}){_AFTER}")
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")

# The first characters of plain words that are always text (no indicator, nothing to resolve).
_PLAIN_TEXT_FIRST = frozenset(chr(c) for c in range(0x21, 0x7f)) - _PLAIN_FIRST - RESOLVED_FIRST_CHARACTERS
# Letters that start a word YAML 1.1 may read as true/false or null (yes, No, off, null…): those words
# are letters only, so a word holding anything else ("national-council-3", "on site") is text.
_WORD_LETTERS = frozenset(first for first, rules in RESOLVER_RULES.items()
                          if first.isalpha() and {tag for tag, _ in rules} <= TRUE_FALSE_NULL_TAGS)


class Strays(Exception):
    """The text is outside the layout this module reads: read it with yamlread's full reader."""


def read_records_quickly(text: str) -> LineList | None:
    """The list of records YAML `text` holds, with its lines, or None when `text` needs yamlread's full reader."""
    records = LineList(0)
    try:
        for record in iter_records(text):
            records.append(record)
            records.item_lines.append(record.line)
    except Strays:
        return None
    records.line = records.item_lines[0]  # iter_records gives at least one record, or raises Strays
    return records


def iter_records(text: str) -> Iterator[LineDict]:
    """The records of YAML `text` one by one, each as soon as it is read.

    Raises Strays, possibly after some records, when the text needs the full reader. A caller
    that checks each record as it comes keeps only what it keeps of them: a large file's values
    never pile up, which spares Python's garbage collector most of its work.
    """
    if _NEEDS_FULL_READER.search(text):
        raise Strays
    values = _Values()
    value, keys = values.value, values.keys
    text_first, word_letters = _PLAIN_TEXT_FIRST, _WORD_LETTERS
    record = LineDict(0)  # the record being read, once `started`
    started = False
    key_lines = record.key_lines
    fields_indent = "\n"  # the indentation of a record's fields after its first line (none before a record)
    # The field whose value is on the next lines, and that value (a LineList or LineDict) once begun.
    open_key: str | None = None
    nested: Any = None
    nested_indent = ""
    # The common lines ("  key: word", "  key: \"text\"") are read inline: a large map has millions.
    for number, (indent, dash, key, rest) in enumerate(_split_lines(text), start=1):
        if key and indent == fields_indent and not dash:  # another field of the record: the most common line
            if open_key is not None:
                record[open_key], open_key = nested, None
        elif not key:
            if not dash and (not rest or rest[0] == "#"):
                continue  # blank line or comment
            # An item of the list that is the value of `open_key`.
            if not dash or open_key is None or len(indent) < len(fields_indent) or not rest or rest[0] == "#":
                raise Strays  # a continued value, or a mapping or list inside the item: left to the full reader
            if nested is None:
                nested, nested_indent = LineList(number), indent
            elif nested.__class__ is not LineList or indent != nested_indent:
                raise Strays
            nested.append(value(rest, number))
            nested.item_lines.append(number)
            continue
        elif dash:  # "- key: …": a new record
            if indent:
                raise Strays
            if started:
                if open_key is not None:
                    record[open_key], open_key = nested, None
                yield record
            record, started = LineDict(number), True
            key_lines = record.key_lines
            fields_indent = " " * len(dash)
        elif open_key is not None and len(indent) > len(fields_indent):  # a key of the mapping that is
            if not rest or rest[0] == "#":                                 # the value of `open_key`
                raise Strays
            if nested is None:
                nested, nested_indent = LineDict(number), indent
            elif nested.__class__ is not LineDict or indent != nested_indent:
                raise Strays
            _add(nested, keys.get(key) or values.key(key), value(rest, number), number)
            continue
        else:
            raise Strays
        # A field of the current record, on its own line or after the record's "- ".
        field = keys.get(key) or values.key(key)
        if field in key_lines:
            raise Strays  # a duplicate key: the full reader reports it
        key_lines[field] = number
        if not rest or rest[0] == "#":
            open_key, nested = field, None
            record[field] = None  # its value follows: the key takes its place in the order now
            continue
        first, last = rest[0], rest[-1]
        if ((first in text_first or (first in word_letters and not rest.isalpha()))
                and last != " " and last != ":" and ": " not in rest and " #" not in rest):
            record[field] = rest  # a plain word that can only be text
        elif first == '"' and last == '"' and rest.count('"') == 2:
            record[field] = rest[1:-1]
        else:
            record[field] = value(rest, number)
    if not started:
        raise Strays  # no record: not a list of records, or an empty file
    if open_key is not None:
        record[open_key] = nested
    yield record


def _split_lines(text: str) -> Iterator[tuple[str, str, str, str]]:
    """`_LINES`' groups for each line of `text`, a block of lines at a time.

    One list for the whole text would be a million tuples for the garbage collector to go
    through at each full collection while the file is read.
    """
    start, size = 0, len(text)
    while True:
        end = text.find("\n", min(start + _BLOCK_CHARACTERS, size))
        if end < 0:
            yield from _LINES.findall(text, start)
            return
        yield from _LINES.findall(text, start, end)
        start = end + 1


_BLOCK_CHARACTERS = 1 << 16


def _add(mapping: LineDict, key: str, value: Any, line: int) -> None:
    if key in mapping:
        raise Strays  # a duplicate key: the full reader reports it
    mapping[key] = value
    mapping.key_lines[key] = line


class _Values:
    """Turns the text of one-line values into values; plain words are resolved once each."""

    def __init__(self) -> None:
        self.plain_words: dict[str, Any] = {}
        self.keys: dict[str, str] = {}  # each key as written, once read as a key

    def value(self, rest: str, line: int) -> Any:
        """The value written at the end of a line: quoted text, {…}, […] or a plain word."""
        first = rest[0]
        if first == '"' or first == "'":
            match = _QUOTED.fullmatch(rest)
            if match is None:
                raise Strays
            return _unquote(match.group(1))
        if first == "{":
            short = _SHORT_FLOW_MAPPING.fullmatch(rest)
            if short is not None:
                groups = short.groups()
                present = len(groups) - groups.count(None)  # the pairs the text has, then None for the others
                pairs: Iterable[tuple[str, str]] = zip(groups[0:present:2], groups[1:present:2], strict=True)
            elif _FLOW_MAPPING.fullmatch(rest) is not None:
                pairs = _FLOW_PAIRS.findall(rest)
            else:
                raise Strays
            mapping = LineDict(line)
            key_lines, keys = mapping.key_lines, self.keys
            for written, text in pairs:
                key = keys.get(written) or self.key(written)
                if key in mapping:
                    raise Strays  # a duplicate key: the full reader reports it
                mapping[key] = _unquote(text) if text[0] == '"' or text[0] == "'" else self.plain(text)
                key_lines[key] = line
            return mapping
        if first == "[":
            if _FLOW_LIST.fullmatch(rest) is None:
                raise Strays
            items = LineList(line)
            for text in _FLOW_ITEMS.findall(rest):
                items.append(self.flow_value(text))
                items.item_lines.append(line)
            return items
        comment = rest.find(" #")
        if comment >= 0:
            rest = rest[:comment]
        rest = rest.rstrip(" ")
        if first in _PLAIN_FIRST or ": " in rest or rest[-1] == ":":
            raise Strays
        return self.plain(rest)

    def flow_value(self, text: str) -> Any:
        first = text[0]
        return _unquote(text) if first == '"' or first == "'" else self.plain(text)

    def key(self, text: str) -> str:
        key = self.plain(text)
        if key.__class__ is not str:
            raise Strays  # a key such as "yes" or "null": the full reader reports it
        self.keys[text] = key
        return str(key)

    def plain(self, text: str) -> Any:
        """A plain (unquoted) word as YAML 1.1 reads it: a number, true/false, null or text."""
        first = text[0]
        if first not in RESOLVED_FIRST_CHARACTERS or (first in _WORD_LETTERS and not text.isalpha()):
            return text
        resolved = self.plain_words.get(text, _UNSEEN)
        if resolved is _UNSEEN:
            resolved = self.plain_words[text] = _resolve(text)
        return resolved


def _resolve(text: str) -> Any:
    try:
        return typed_scalar(plain_tag(text), text)
    except NumberTooLong:
        raise Strays from None  # the full reader reports it


def _unquote(text: str) -> str:
    if text[0] == '"':
        return text[1:-1]
    return text[1:-1].replace("''", "'")


_UNSEEN = object()
