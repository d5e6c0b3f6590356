"""Checking one YAML record against its FieldSpec table, collecting every problem."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ...problems import Problem, did_you_mean, shown
from ...textread.linedvalues import LineDict, LineList
from ..model.spec import FieldSpec

SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")

def describe(value: Any) -> str:
    """How a value found in YAML is named in messages ("a list", "text 'abc'", "a number (2.5)")."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    shown = str(value) if len(str(value)) <= 40 else f"{str(value)[:37]}..."
    if isinstance(value, str):
        return f"text {shown!r}"
    if isinstance(value, int):
        return f"a whole number ({shown})"
    return f"a number ({shown})"


class RecordChecker:
    """Collects, in `problems`, the problems of the records of one file it is asked to check."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def report(self, line: int | None, message: str, *, code: str) -> None:
        self.problems.append(Problem(self.file, line, message, code=code))

    def record(
        self,
        value: Any,
        specs: dict[str, FieldSpec],
        what: str,
        line: int,
        convert: Callable[[FieldSpec, Any, int], Any],
    ) -> dict[str, Any] | None:
        """Check `value` is a mapping with the fields of `specs`; return the converted fields.

        `convert(spec, value, line)` checks one present field and returns its converted value,
        or `INVALID` after reporting a problem.
        """
        if not isinstance(value, LineDict):
            self.report(line, f"expected {what} (a mapping of fields), found {describe(value)}", code="not-a-mapping")
            return None
        converted: dict[str, Any] = {}
        if not value.keys() <= specs.keys():
            for key in value:
                if key not in specs:
                    suggestion = did_you_mean(str(key), specs)
                    self.report(value.line_of(key), f"unknown field {shown(key)} in {what}{suggestion}",
                                code="unknown-field")
        key_lines = value.key_lines
        for name, spec in specs.items():
            field = value.get(name)
            if field is None:
                if spec.required:
                    found = "is empty" if name in value else "is missing"
                    self.report(value.line_of(name), f"required field '{name}' {found} in {what}",
                                code="missing-field")
                continue
            result = convert(spec, field, key_lines[name])
            if result is not INVALID:
                converted[name] = result
        return converted

    def items(self, value: Any, what: str, line: int) -> Iterable[tuple[Any, int]]:
        """The items of a list with their lines; reports and yields nothing when not a list."""
        if value is None:
            return []
        if not isinstance(value, LineList):
            self.report(line, f"expected {what}, found {describe(value)}", code="not-a-list")
            return []
        return zip(value, value.item_lines, strict=True)

    # Checkers for the scalar field types; each returns the value or INVALID.

    def string(self, name: str, value: Any, line: int) -> Any:
        if value.__class__ is str and value and not value.isspace():
            return value  # the common case first, without copying the text as strip() would
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, str):
            self.report(line, f"'{name}' is empty; expected text", code="empty-text")
        else:
            # Quotes turn a number or true/false into text; they cannot turn a list into text.
            hint = "; put it in quotes" if isinstance(value, (bool, int, float)) else ""
            self.report(line, f"'{name}' must be text, found {describe(value)}{hint}", code="not-text")
        return INVALID

    def slug(self, name: str, value: Any, line: int) -> Any:
        if value.__class__ is str and SLUG.match(value):
            return value  # the common case, first: a large map has hundreds of thousands of ids
        if self.string(name, value, line) is INVALID:
            return INVALID
        if not SLUG.match(value):
            hint = re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_") or "actor_1"
            self.report(
                line,
                f"'{name}' {shown(value)} is not a valid id: use lower-case letters, digits, '_' and '-' "
                f"(e.g. '{hint}')",
                code="bad-id",
            )
            return INVALID
        return value

    def pattern(self, name: str, value: Any, line: int, pattern: re.Pattern[str], accepted: str, *, code: str) -> Any:
        if self.string(name, value, line) is INVALID:
            return INVALID
        if not pattern.match(value):
            self.report(line, f"'{name}' {shown(value)} is not {accepted}", code=code)
            return INVALID
        return value

    def boolean(self, name: str, value: Any, line: int) -> Any:
        if isinstance(value, bool):
            return value
        self.report(line, f"'{name}' must be true or false, found {describe(value)}", code="not-true-or-false")
        return INVALID

    def choice(self, name: str, value: Any, line: int, accepted: Iterable[str], what: str, *, code: str) -> Any:
        if value.__class__ is str and isinstance(accepted, (set, frozenset, dict)) and value in accepted:
            return value  # the common case, first: every link names two actors, a type and a strength
        if self.string(name, value, line) is INVALID:
            return INVALID
        # Sets and mappings are searched as they are: copying 50,000 actor ids per link made loading quadratic.
        if not isinstance(accepted, (set, frozenset, dict, tuple)):
            accepted = list(accepted)
        if value not in accepted:
            self.report(line, f"unknown {what} {shown(value)} in '{name}'{did_you_mean(value, accepted)}", code=code)
            return INVALID
        return value

    def text(self, name: str, value: Any, line: int, languages: tuple[str, ...]) -> Any:
        """A text: a string for every language, or a mapping language -> string."""
        if isinstance(value, str):
            if not value or value.isspace():
                self.report(line, f"'{name}' is empty; expected text", code="empty-text")
                return INVALID
            return {language: value for language in languages}
        if not isinstance(value, LineDict):
            self.report(
                line,
                f"'{name}' must be text or one text per language ({', '.join(languages)}), "
                f"found {describe(value)}",
                code="not-text",
            )
            return INVALID
        result: dict[str, str] = {}
        for language, translated in value.items():
            at = value.line_of(language)
            if language not in languages:
                accepted = ", ".join(languages)
                self.report(at, f"language {shown(language)} in '{name}' is not one of the map's ({accepted})",
                            code="unknown-language")
            elif self.string(f"{name}.{language}", translated, at) is not INVALID:
                result[language] = translated
        if not result:
            if not value:
                self.report(line, f"'{name}' is empty; expected text", code="empty-text")
            return INVALID
        # In the map's order of languages, not the file's: {en: …, fr: …} and {fr: …, en: …} are one text.
        return {language: result[language] for language in languages if language in result}

    def strings(self, name: str, value: Any, line: int) -> Any:
        result = []
        for item, at in self.items(value, f"'{name}' to be a list of texts", line):
            if self.string(name, item, at) is not INVALID:
                result.append(item)
        return tuple(result)


INVALID = object()
"""Returned by a checker after it reported a problem."""
