"""Read one YAML file into plain Python values that remember their line numbers.

PyYAML's loaders lose line numbers, keep the last of two duplicate keys and
expand aliases without limit. This module walks PyYAML's event stream (libyaml's
C parser when present) instead and builds the values itself, so that:

- every mapping and list knows the line of each key and item, for `file:line`
  messages;
- duplicate keys, aliases, explicit tags and multi-document files are reported
  as problems instead of being silently accepted;
- nesting is bounded, so a hostile file fails fast, never with a RecursionError.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..problems import MAX_PROBLEMS_PER_FILE, Problem, shown, stopped_checking
from . import textfile
from .linedvalues import LineDict, LineList
from .scalars import (
    MAX_NUMBER_CHARS,
    PLAIN_SCALAR_TAGS,
    RESOLVED_FIRST_CHARACTERS,
    STANDARD_TAG,
    NumberTooLong,
    plain_tag,
    typed_scalar,
)
from .yamlquick import read_records_quickly

# libyaml's parser is several times faster; the pure-Python one behaves the same. Declared as either
# class so that mypy accepts both assignments with PyYAML's stubs (types-PyYAML) installed or not.
_Loader: type[yaml.CSafeLoader] | type[yaml.SafeLoader]
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built (yaml.__with_libyaml__)
    _Loader = yaml.SafeLoader

MAX_DEPTH = 32
TOO_DEEP = f"nesting deeper than {MAX_DEPTH} levels; a map needs at most 5"
# Characters YAML itself allows in a file (YAML 1.1, "printable"); the others are also those XML refuses.
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class _Abort(Exception):
    """The file cannot be read further; the problem is already recorded."""


def read_yaml_file(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Read `path`; return its value (None when unreadable) and the problems found.

    `display` is the file name used in messages.
    """
    data, problems = read_file_bytes(path, display)
    if data is None:
        return None, problems
    return read_yaml_bytes(data, display)


def read_file_bytes(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """The bytes of the YAML file `path`, or None and the problem when it cannot or should not be read."""
    try:
        return textfile.read_file_bytes(path), []
    except textfile.Unreadable as refusal:
        return None, [_refusal_problem(refusal, display)]


_REFUSALS: dict[str, Callable[[textfile.Unreadable], str]] = {
    "not-a-regular-file": lambda _: "not a regular file; a map folder holds map.yaml, actors.yaml and links.yaml "
                                    "as files",
    "file-too-large": lambda refusal: f"file is {refusal.size_mb:.0f} MB, larger than the {textfile.MAX_FILE_MB} MB "
                                      "partnermap reads; split the map into smaller maps",
    "file-not-found": lambda _: "file not found; a map folder holds map.yaml, actors.yaml and links.yaml",
    "file-unreadable": lambda refusal: f"cannot read file: {refusal.reason}",
    "not-utf8": lambda refusal: f"not valid UTF-8 (byte 0x{refusal.byte:02x}); save the file as UTF-8",
    "nul-character": lambda _: "NUL character found; this is not a text file",
}


def read_yaml_bytes(data: bytes, display: str) -> tuple[Any, list[Problem]]:
    """Parse YAML `data` (UTF-8, a byte order mark allowed); return its value (None when unreadable) and the
    problems found."""
    text, problems = decode_yaml_bytes(data, display)
    if text is None:
        return None, problems
    return parse_yaml_text(text, display)


def decode_yaml_bytes(data: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """The text of the YAML file `display` (whose bytes are `data`), or None and the problem."""
    try:
        return textfile.decode_text(data), []
    except textfile.Unreadable as refusal:
        return None, [_refusal_problem(refusal, display)]


def _refusal_problem(refusal: textfile.Unreadable, display: str) -> Problem:
    """Why the file `display` was not read, in this module's words (the line: where, for an undecodable text)."""
    return Problem(display, refusal.line, _REFUSALS[refusal.code](refusal), code=refusal.code)


def parse_yaml_text(text: str, display: str, *, quick: bool = True) -> tuple[Any, list[Problem]]:
    """Parse YAML `text`, the content of the file `display`; return its value (None when unreadable) and
    the problems found.

    A list of records in the plain layout is read by yamlquick, unless `quick` is false (the caller
    tried it already); anything else, or anything with a problem, by the full reader below.
    """
    if quick:
        records = read_records_quickly(text)
        if records is not None:
            return records, []
    builder = _Builder(display)
    loader = None
    try:
        loader = _Loader(text)  # the pure-Python loader checks the characters here already
        builder.run(loader)
    except _Abort:
        return None, builder.problems
    except yaml.MarkedYAMLError as error:
        return None, [*builder.problems, _syntax_problem(error, text, display)]
    except yaml.reader.ReaderError as error:  # a character YAML forbids, written raw in the file
        if not isinstance(error.character, int):
            return None, [*builder.problems, Problem(display, None, f"YAML error: {error.reason}",
                                                     code="yaml-syntax")]
        # The first such character is the one reported (libyaml's position counts bytes, not characters).
        line = text.count("\n", 0, max(text.find(chr(error.character)), 0)) + 1
        message = f"control character U+{error.character:04X} is not allowed in a YAML file; remove it"
        return None, [*builder.problems, Problem(display, line, message, code="control-character")]
    except yaml.YAMLError as error:
        summary = str(error).splitlines()[0] if str(error) else "unreadable"
        return None, [*builder.problems, Problem(display, None, f"YAML error: {summary}", code="yaml-syntax")]
    finally:
        if loader is not None:
            loader.dispose()
    return builder.value, builder.problems


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    if mark is not None:
        lines = text.splitlines()
        source_line = lines[mark.line] if mark.line < len(lines) else ""
        indentation = source_line[: len(source_line) - len(source_line.lstrip())]
        if "\t" in indentation or "'\\t'" in str(error.problem):
            return Problem(display, line, "tab character in indentation; YAML indents with spaces only",
                           code="tab-indentation")
    reason = (error.problem or error.context or "syntax error").strip()
    if "nesting depth" in reason:
        # libyaml 0.2.5 as bundled with PyYAML >= 6.0.4 stops deep nesting itself, scanning ahead
        # of the events this module counts; its limit is far above ours, so the message is the same.
        return Problem(display, line, TOO_DEEP, code="nesting-too-deep")
    return Problem(display, line, f"YAML syntax error: {reason}", code="yaml-syntax")


def _tag_message(tag: str) -> str:
    short = tag.replace(STANDARD_TAG, "!!")
    return f"YAML tag {shown(short)} is not allowed; a map holds plain data (text, numbers, lists, mappings)"


class _Builder:
    """Turns a stream of YAML events into LineDict / LineList / scalar values.

    A 50,000-actor map is millions of events, so `run` handles the common ones (plain or
    quoted text, mappings, lists, no tag or anchor) inline; anything unusual goes through
    the methods below it, which also report the problems.
    """

    def __init__(self, display: str, first_line: int = 1):
        self.display = display
        self.first_line = first_line  # the file's line number of the text's first line
        self.problems: list[Problem] = []
        self.value: Any = None
        # frames: [container, pending_key, pending_key_line]; pending_key is _LIST_ITEM for a list
        self._stack: list[list[Any]] = []
        self._documents = 0
        self._aliases = 0
        self._first_alias_line = 0

    def run(self, loader: Any) -> None:
        """Build the value from `loader`'s events, up to the end of the stream."""
        stack = self._stack
        get_event = loader.get_event
        plain_cache: dict[str, Any] = {}
        first_line = self.first_line
        while True:
            event = get_event()
            kind = event.__class__
            if kind is yaml.ScalarEvent:
                line = event.start_mark.line + first_line
                value = event.value
                if event.tag is not None or event.anchor is not None:
                    value = self._unusual_scalar(event, line)
                elif event.implicit[0]:  # plain: may be a number, true/false or null
                    if value[:1] in RESOLVED_FIRST_CHARACTERS:
                        cached = plain_cache.get(value, _NO_KEY)
                        if cached is _NO_KEY:
                            cached = self._construct_scalar(event, line)
                            if len(value) <= MAX_NUMBER_CHARS:
                                plain_cache[value] = cached
                        value = cached
                elif event.style == '"' and _UNPRINTABLE.search(value):
                    value = self._unusual_scalar(event, line)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                line = self._check_collection(event)
                if kind is yaml.MappingStartEvent:
                    stack.append([LineDict(line), _NO_KEY, line])
                else:
                    stack.append([LineList(line), _LIST_ITEM, line])
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = stack.pop()[0]
                line = value.line
            elif kind is yaml.StreamEndEvent:
                break
            elif kind is yaml.DocumentStartEvent:
                self._document_start(event)
                continue
            elif kind is yaml.AliasEvent:
                line = self._alias(event)
                value = None
            else:  # stream start, document end
                continue
            # Attach the finished value to the collection being read.
            if not stack:
                self.value = value
                continue
            frame = stack[-1]
            key = frame[1]
            if key is _LIST_ITEM:
                frame[0].append(value)
                frame[0].item_lines.append(line)
            elif key is _NO_KEY:
                frame[1], frame[2] = self._usable_key(value, line), line
            else:
                frame[1] = _NO_KEY
                self._add_entry(frame[0], key, value, frame[2])
        if self._aliases:
            self._report(
                self._first_alias_line,
                f"YAML aliases (*name) are not allowed ({self._aliases} found); write the values out",
                code="yaml-alias",
            )

    def _report(self, line: int | None, message: str, *, code: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            self.problems.append(stopped_checking(self.display, line, len(self.problems)))
            raise _Abort
        self.problems.append(Problem(self.display, line, message, code=code))

    def _document_start(self, event: Any) -> None:
        self._documents += 1
        if self._documents > 1:
            line = event.start_mark.line + self.first_line
            self._report(line, "more than one YAML document (---); keep one per file", code="several-documents")
            raise _Abort

    def _check_collection(self, event: Any) -> int:
        line: int = event.start_mark.line + self.first_line
        if event.anchor is not None:
            self._report(line, f"YAML anchor {shown('&' + event.anchor)} is not allowed; write the values out",
                         code="yaml-anchor")
        collection = "map" if event.__class__ is yaml.MappingStartEvent else "seq"
        if event.tag not in (None, "!", f"{STANDARD_TAG}{collection}"):
            self._report(line, _tag_message(event.tag), code="yaml-tag")
        if len(self._stack) >= MAX_DEPTH:
            self._report(line, TOO_DEEP, code="nesting-too-deep")
            raise _Abort
        return line

    def _unusual_scalar(self, event: Any, line: int) -> Any:
        """A scalar with a tag, an anchor or an escaped control character: report, then construct."""
        if event.style == '"' and (bad := _UNPRINTABLE.search(event.value)):
            # Only escapes ("\x01", "\0", "\e") can produce these: the parser refuses them written raw.
            self._report(line, f"text holds the control character U+{ord(bad[0]):04X} (written as an escape); "
                         "HTML, XML and CSV outputs cannot carry it: remove it", code="control-character")
        if event.anchor is not None:
            self._report(line, f"YAML anchor {shown('&' + event.anchor)} is not allowed; write the values out",
                         code="yaml-anchor")
        return self._construct_scalar(event, line)

    def _alias(self, event: Any) -> int:
        line: int = event.start_mark.line + self.first_line
        if not self._aliases:
            self._first_alias_line = line
        self._aliases += 1
        return line

    def _construct_scalar(self, event: Any, line: int) -> Any:
        tag = event.tag
        if tag in (None, "!"):
            if not event.implicit[0]:
                return event.value  # quoted: always text
            tag = plain_tag(event.value, event.implicit)
        elif tag not in PLAIN_SCALAR_TAGS:
            self._report(line, _tag_message(event.tag), code="yaml-tag")
            return event.value
        try:
            return typed_scalar(tag, event.value)
        except NumberTooLong:
            self._report(line, f"number {event.value[:20]}… has {len(event.value)} characters; "
                         f"a map's numbers have at most {MAX_NUMBER_CHARS}", code="number-too-long")
            return event.value

    def _usable_key(self, key: Any, line: int) -> Any:
        if isinstance(key, (LineDict, LineList)):
            self._report(line, "a key must be a single word or text, not a list or mapping", code="key-not-text")
            return _UNUSABLE_KEY
        return key

    def _add_entry(self, container: LineDict, key: Any, value: Any, line: int) -> None:
        if key is _UNUSABLE_KEY:
            return
        if key in container:
            first = container.key_lines[key]
            self._report(line, f"duplicate key {shown(key)} (first at line {first}); keep only one",
                         code="duplicate-key")
            return
        container[key] = value
        container.key_lines[key] = line


_NO_KEY = object()
_LIST_ITEM = object()
_UNUSABLE_KEY = object()
