"""The pass that checks each quote against the paragraph of the source it cites."""

from __future__ import annotations

from collections.abc import Mapping

from ...problems import MAX_PROBLEMS_PER_FILE, Problem
from ...textread.paragraphs import QuoteIndex
from .fields import RecordChecker
from .records import Record


def check_quotes(records: list[Record], display: str, indexes: Mapping[str, QuoteIndex]) -> list[Problem]:
    """Each quote must be in its paragraph; `indexes` holds the sources that could be read, by id."""
    checker = RecordChecker(display)
    for record in records:
        if len(checker.problems) >= MAX_PROBLEMS_PER_FILE:
            break
        for source, para, quote, _, _, quote_line in record.fields.get("evidence", ()):
            if source is None or para is None or quote is None:  # a field is wrong, and reported already
                continue
            index = indexes.get(source)
            if index is not None and not index.contains(quote, para):
                code, message = _not_found(index, source, para, quote)
                checker.report(quote_line, message, code=code)
    return checker.problems


def _not_found(index: QuoteIndex, source: str, para: int, quote: str) -> tuple[str, str]:
    """The code and message saying where a quote that is not in its paragraph went wrong."""
    if para > len(index.paragraphs):
        count = len(index.paragraphs)
        return "paragraph-not-found", f"paragraph {para} does not exist: source '{source}' has {count} paragraphs"
    if found := index.paragraphs_containing(quote):
        where = ", ".join(map(str, found))
        return "quote-in-other-paragraph", f"quote is in paragraph {where} of source '{source}', not {para}"
    matched = index.matching_prefix(quote, para)
    detail = f"; it matches up to {matched!r}" if len(matched) >= 10 else ""
    return "quote-not-found", (f"quote not found in paragraph {para} of source '{source}'{detail}; "
                               "copy it verbatim from the text")
