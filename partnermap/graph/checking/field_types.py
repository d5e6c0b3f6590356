"""How each field type of spec.py is checked, given a map's languages and vocabulary."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection
from functools import partial
from typing import Any

from ...problems import shown
from ..model.spec import EVIDENCE, FieldSpec
from ..model.vocab import SHAPES, Vocabulary, shipped_vocabulary
from .fields import COLOR, DATE, INVALID, LANGUAGE, RecordChecker, describe

_URL = re.compile(r"^https?://\S+$")

EvidenceEntry = tuple[str | None, int | None, str | None, int, int, int]
"""One evidence entry as checked: its source, para and quote (None where missing or wrong, which is
reported already), then the line of each. Plain values in a plain tuple, which Python's garbage
collector stops tracking: a large map has hundreds of thousands of entries."""


class FieldTypes:
    """Checks one field of a record by its type: `convert(spec, value, line)` gives its value or INVALID.

    Problems go to `checker`. References to other records (a link's actors, evidence's source)
    are only checked to be text here, since the records they name may not be read yet;
    references.py checks that they exist. Only the ids in `link_ids` (the tour's links) are
    checked here, when given.
    """

    def __init__(self, checker: RecordChecker, *, languages: tuple[str, ...] = ("en",),
                 languages_known: bool = False, vocabulary: Vocabulary | None = None,
                 link_ids: Collection[str] | None = None):
        self.checker = checker
        self.languages = languages
        # When map.yaml's languages could not all be read, a text may use any language.
        self.languages_known = languages_known
        self.vocabulary = vocabulary or shipped_vocabulary()
        self.link_ids = link_ids
        self._table = self._make_table()

    def convert(self, spec: FieldSpec, value: Any, line: int) -> Any:
        return self._table[spec.type](spec.name, value, line)

    def _make_table(self) -> dict[str, Callable[[str, Any, int], Any]]:
        """One checker per field type, each called as checker(name, value, line).

        A table rather than a chain of comparisons: a large map checks millions of fields.
        """
        check = self.checker
        vocabulary = self.vocabulary
        # functools.partial rather than lambdas: one Python call less per field, millions in a large map.
        return {
            "slug": check.slug,
            "text": self._text,
            "strings": check.strings,
            "bool": check.boolean,
            "path": check.string,
            "quote": check.string,
            "url": partial(check.pattern, pattern=_URL, accepted="an http:// or https:// address", code="bad-url"),
            "date": self._date,
            "language": partial(check.pattern, pattern=LANGUAGE, accepted="a language code like 'fr'",
                                code="bad-language-code"),
            "color": partial(check.pattern, pattern=COLOR, accepted="a colour written #RRGGBB", code="bad-color"),
            "shape": partial(check.choice, accepted=SHAPES, what="shape", code="unknown-shape"),
            "dash": self._dash,
            "confidence": self._confidence,
            "kind": partial(check.choice, accepted=vocabulary.kinds, what="actor kind", code="unknown-kind"),
            "link_type": partial(check.choice, accepted=vocabulary.link_types, what="link type",
                                 code="unknown-link-type"),
            "strength": partial(check.choice, accepted=vocabulary.strengths, what="strength", code="unknown-strength"),
            "level": partial(check.choice, accepted=vocabulary.levels, what="level", code="unknown-level"),
            "actor": check.string,
            "source_id": check.string,
            "link_ids": self._link_ids,
            "evidence": self._evidence_list,
            "paragraph": self._paragraph,
        }

    def _text(self, name: str, value: Any, line: int) -> Any:
        return self.checker.text(name, value, line, self._languages_for(value))

    def _languages_for(self, value: Any) -> tuple[str, ...]:
        """The languages a text may use; any, when map.yaml's list could not be read in full."""
        if self.languages_known or not isinstance(value, dict):
            return self.languages
        return tuple(key for key in value if isinstance(key, str)) or self.languages

    def _paragraph(self, name: str, value: Any, line: int) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.checker.report(line, f"'para' must be a paragraph number (1, 2, …), found {describe(value)}",
                            code="bad-paragraph")
        return INVALID

    def _dash(self, name: str, value: Any, line: int) -> Any:
        if value is False or (isinstance(value, list) and value and all(
                isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in value)):
            return value
        found = _flow(value) if isinstance(value, list) else describe(value)
        self.checker.report(line, f"'dash' must be false or a list of positive numbers like [8, 4], found {found}",
                            code="bad-dash")
        return INVALID

    def _confidence(self, name: str, value: Any, line: int) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
            return float(value)
        self.checker.report(line, f"'confidence' must be a number from 0 to 1, found {describe(value)}",
                            code="bad-confidence")
        return INVALID

    def _date(self, name: str, value: Any, line: int) -> Any:
        if self.checker.pattern("date", value, line, DATE, "a date written YYYY-MM-DD", code="bad-date") is INVALID:
            return INVALID
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            self.checker.report(line, f"'date' {shown(value)} is not a day of the calendar", code="bad-date")
            return INVALID
        return value

    def _link_ids(self, name: str, value: Any, line: int) -> Any:
        ids = []
        for item, at in self.checker.items(value, "a list of link ids", line):
            if self.link_ids is not None:
                checked = self.checker.choice("links", item, at, self.link_ids, "link", code="unknown-link")
            else:
                checked = self.checker.string("links", item, at)
            if checked is not INVALID:
                ids.append(item)
        return tuple(ids)

    def _evidence_list(self, name: str, value: Any, line: int) -> Any:
        """Each entry's fields of the right shape, with its mapping: sources and quotes are checked later."""
        evidence: list[EvidenceEntry] = []
        for item, at in self.checker.items(value, "a list of {source, para, quote}", line):
            fields = self.checker.record(item, EVIDENCE, "evidence", at, self.convert)
            if fields:
                lines = item.key_lines
                evidence.append((fields.get("source"), fields.get("para"), fields.get("quote"),
                                 lines.get("source", at), lines.get("para", at), lines.get("quote", at)))
        if not evidence:
            if isinstance(value, list) and not value:
                self.checker.report(line, "'evidence' is empty; give at least one {source, para, quote}",
                                    code="empty-list")
            return INVALID
        return tuple(evidence)


def _flow(values: list[Any]) -> str:
    """A short list as YAML writes it on one line: [8, true, x]."""
    items = ", ".join("true" if v is True else "false" if v is False else "null" if v is None
                      else describe(v) if isinstance(v, (list, dict)) else shown(v, limit=20) if isinstance(v, str)
                      else str(v) for v in values[:8])
    return f"[{items}{', …' if len(values) > 8 else ''}]"
