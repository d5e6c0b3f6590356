"""Source documents: splitting them into numbered paragraphs and finding quotes in them."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Typographic apostrophes and quotation marks compare equal to their ASCII forms.
_TYPOGRAPHIC = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                "\u00ab": '"', "\u00bb": '"'}
# Runs of white space, and single white-space characters other than a plain space.
_WHITE_SPACE = re.compile(r"\s{2,}|[^\S ]")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


@dataclass(frozen=True)
class Paragraph:
    """A block of text between blank lines; `start`/`end` are offsets in the whole text."""

    number: int
    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split `text` into paragraphs numbered from 1, keeping exact offsets.

    A paragraph is a block of non-blank lines; a line holding only white space is blank.
    """
    return list(_split(text))


# One render splits each source three times (coverage, the reading pane's texts, quote offsets):
# the last few texts' paragraphs are kept, as a tuple so no caller can change them for another.
@functools.lru_cache(maxsize=8)
def _split(text: str) -> tuple[Paragraph, ...]:
    text = text.replace("\r\n", "\n")
    paragraphs: list[Paragraph] = []
    position = 0
    for separator in [*_BLANK_LINES.finditer(text), None]:
        end = separator.start() if separator else len(text)
        block = text[position:end]
        stripped = block.strip()
        if stripped:
            start = position + block.index(stripped[0])
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, start + len(stripped), stripped))
        if separator:
            position = separator.end()
    return tuple(paragraphs)


def normalise(text: str) -> str:
    """The form in which quotes are compared: typographic marks made ASCII, white space collapsed."""
    # str.replace per mark is about four times faster than str.translate on the megabytes of
    # text a large map cites (bench/RESULTS.md); a single space is left as it is.
    for mark, ascii_form in _TYPOGRAPHIC.items():
        if mark in text:
            text = text.replace(mark, ascii_form)
    if "  " not in text and text.isprintable():
        return text.strip()  # no white space but single spaces: nothing to collapse (most quotes)
    return _WHITE_SPACE.sub(" ", text).strip()


def quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` first appears in `text`, compared as the validator compares them (see
    `normalise`), as offsets [start, end) in `text` itself; None when it does not appear."""
    return quote_spans_in(text, [quote])[0]


def quote_spans_in(text: str, quotes: Sequence[str]) -> list[tuple[int, int] | None]:
    """quote_span for several quotes of one text, which is normalised only once."""
    compared, positions = _normalised_positions(text)
    spans: list[tuple[int, int] | None] = []
    for quote in quotes:
        wanted = normalise(quote)
        found = compared.find(wanted) if wanted else -1
        # The quote's last character is not white space, so it stands for exactly one character.
        spans.append((positions[found], positions[found + len(wanted) - 1] + 1) if found >= 0 else None)
    return spans


def _normalised_positions(text: str) -> tuple[str, Sequence[int]]:
    """`normalise(text)`, with the offset in `text` each of its characters comes from."""
    for mark, ascii_form in _TYPOGRAPHIC.items():  # one character for one: offsets do not move
        if mark in text:
            text = text.replace(mark, ascii_form)
    left = len(text) - len(text.lstrip())
    if "  " not in text and text.isprintable():  # nothing to collapse (most paragraphs): no list to build
        stripped = text.strip()
        return stripped, range(left, left + len(stripped))
    pieces: list[str] = []
    positions: list[int] = []
    kept = 0
    for run in _WHITE_SPACE.finditer(text):
        pieces += [text[kept:run.start()], " "]
        positions += [*range(kept, run.start()), run.start()]
        kept = run.end()
    pieces.append(text[kept:])
    positions += range(kept, len(text))
    joined = "".join(pieces)
    left, right = len(joined) - len(joined.lstrip()), len(joined.rstrip())
    return joined[left:right], positions[left:right]


class QuoteIndex:
    """The normalised paragraphs of one source, for checking many quotes quickly."""

    def __init__(self, text: str):
        self.paragraphs = [normalise(p.text) for p in split_paragraphs(text)]

    def paragraphs_containing(self, quote: str) -> list[int]:
        """Numbers of the paragraphs where `quote` appears."""
        wanted = normalise(quote)
        return [n for n, text in enumerate(self.paragraphs, 1) if wanted in text]

    def contains(self, quote: str, para: int) -> bool:
        return 1 <= para <= len(self.paragraphs) and normalise(quote) in self.paragraphs[para - 1]

    def matching_prefix(self, quote: str, para: int) -> str:
        """The longest start of `quote` found in paragraph `para` (to show where a quote goes wrong)."""
        wanted = normalise(quote)
        text = self.paragraphs[para - 1] if 1 <= para <= len(self.paragraphs) else ""
        low, high = 0, len(wanted)
        while low < high:  # binary search: a prefix of a found prefix is found too
            middle = (low + high + 1) // 2
            if wanted[:middle] in text:
                low = middle
            else:
                high = middle - 1
        return wanted[:low]
