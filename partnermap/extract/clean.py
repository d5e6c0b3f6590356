"""Text as it comes out of a PDF or a web page, made fit to cut into sentences.

Four repairs, each keeping the words of the text as they are (quotes are taken from the
cleaned text, which the draft stores as its source, so they stay verbatim and checkable):

- a word hyphenated across a line break is joined ("asso-\\nciations" -> "associations");
- lines repeated on every page (running headers and footers, symbols such as "A/HRC/29/36")
  and lines holding only a page number are dropped; a sentence a page break cut is joined again;
- footnote marks glued to a word or to its punctuation ("migration.12 The", "States³") are dropped;
- an inline paragraph number ("… partners. 82. Member States…") starts a new paragraph, so
  paragraph numbers follow the document's and "82." is not read as a sentence of its own.
"""

from __future__ import annotations

import re
from collections import Counter

# A lower-case word part, a hyphen, a line break, then the rest of the word in lower case.
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_A-ZÀ-Þ])")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?"
                          r"(?:\s*[-–—])?\s*$", re.I)
# A footnote mark: digits (or superscript digits) right after a lower-case word or its closing
# punctuation, before white space or the end. "G20" (capital before) and "2030" stay.
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_FOOTNOTE = re.compile(r"(?<=[a-zà-ÿ][.,;:)»”\"'’])\d{1,3}(?=\s|$)|(?<=[a-zà-ÿ]{3})\d{1,2}(?=[\s.,;:]|$)")
# A paragraph number after the end of a sentence, on the same line: "… partners. 82. Member…"
_INLINE_NUMBER = re.compile(r"(?<=[.;:!?»”\"])[ \t]+(?=\d{1,3}\.[ \t]+[A-ZÀ-Þ«“\"])")
# A paragraph number starting a line inside a block: "…the partners.\n82. Member States…"
_LINE_NUMBER = re.compile(r"(?<=[.;:!?»”\"])[ \t]*\n(?=[ \t]*\d{1,3}\.[ \t]+[A-ZÀ-Þ«“\"])")
_ENDS_SENTENCE = re.compile(r"[.!?:;…»”\"')\]]\s*$")
REPEATED_LINE = 3
"""A short line found this many times or more is a running header or footer."""
_HEADER_LENGTH = 80


def clean_text(text: str) -> str:
    """`text` with line ends made LF and the four repairs of this module applied."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_page_furniture(text)
    text = _HYPHENATED.sub("", text)
    text = _SUPERSCRIPT.sub("", text)
    text = _FOOTNOTE.sub("", text)
    text = _LINE_NUMBER.sub("\n\n", text)
    return _INLINE_NUMBER.sub("\n\n", text)


def _drop_page_furniture(text: str) -> str:
    """Lines repeated on many pages and page numbers removed; a sentence they cut is joined again."""
    lines = text.split("\n")
    counts = Counter(line.strip() for line in lines if line.strip())
    repeated = {line for line, n in counts.items()
                if n >= REPEATED_LINE and len(line) <= _HEADER_LENGTH and not _ENDS_SENTENCE.search(line)}
    if not repeated and not any(_PAGE_NUMBER.match(line) for line in lines if line.strip()):
        return text
    kept: list[str] = []
    dropped = False
    for line in lines:
        stripped = line.strip()
        if stripped and (stripped in repeated or _PAGE_NUMBER.match(stripped)):
            dropped = True
            continue
        if dropped and stripped:
            _join_cut_sentence(kept, line)
            dropped = False
        if not (dropped and not stripped):
            kept.append(line)
    cleaned = "\n".join(kept)
    # A text made only of repeated lines (or numbers) has no running header: it is all there is.
    return cleaned if cleaned.strip() else text


def _join_cut_sentence(kept: list[str], next_line: str) -> None:
    """Drop the blank lines a removed header left inside a sentence (the next line goes on it)."""
    while kept and not kept[-1].strip():
        if next_line.lstrip()[:1].islower() and any(k.strip() for k in kept):
            last = next(k for k in reversed(kept) if k.strip())
            if not _ENDS_SENTENCE.search(last):
                kept.pop()
                continue
        break
