"""Cutting a document into numbered paragraphs and sentences that keep their exact offsets.

Paragraphs are the validator's own (partnermap.textread.paragraphs.split_paragraphs), so a quote
drafted here is checked against the same paragraph numbers. Sentences are slices of a
paragraph: `text` is always `document[start:end]`, so every quote is verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from ..textread.paragraphs import Paragraph, split_paragraphs
from .tokens import fold

# End of a sentence: stops, then closing quotes or brackets, then white space or the end.
_STOP = re.compile(r"[.!?…]+[)\]\"'»”’]*(?=\s|$)")
# A line break before a list item ("- ", "• ", "a) ", "3. ") also ends a sentence.
_LIST_ITEM = re.compile(r"\n[ \t]*(?=(?:[-•*–—]|\(?[a-z0-9]{1,3}[.)])[ \t])", re.I)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# A number or roman numeral alone at the start of a line is a list number ("1. Les…").
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?(?:\d{1,3}|[ivxlc]{1,5})$", re.I)


@dataclass(frozen=True)
class Sentence:
    """A sentence of paragraph `para`; `text` is document[start:end] exactly."""

    para: int
    number: int
    start: int
    end: int
    text: str

    @property
    def quote(self) -> str:
        """The sentence as an evidence quote: verbatim, white space collapsed to single spaces."""
        return " ".join(self.text.split())

    @property
    def label(self) -> str:
        """Where the sentence is, as shown in reports: '¶ 9.2' is paragraph 9, sentence 2."""
        return f"¶ {self.para}.{self.number}"


@dataclass(frozen=True)
class Document:
    """A document's text (line ends made \\n), its paragraphs and its sentences."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]


def split_document(text: str, *, abbreviations: Collection[str] = ()) -> Document:
    """Paragraphs and sentences of `text`; offsets refer to `text` with CRLF line ends made LF."""
    text = text.replace("\r\n", "\n")
    paragraphs = tuple(split_paragraphs(text))
    sentences = tuple(
        sentence
        for paragraph in paragraphs
        for sentence in split_sentences(paragraph, abbreviations=abbreviations)
    )
    return Document(text, paragraphs, sentences)


def split_sentences(paragraph: Paragraph, *, abbreviations: Collection[str] = ()) -> list[Sentence]:
    """The sentences of `paragraph`, in order, numbered from 1.

    A sentence ends at '.', '!', '?' or '…' followed by white space and a word that does not start
    in lower case, unless the period follows an abbreviation or a single letter (the initials
    of "S.E. M."); a line break before a list item ends one too.
    """
    text = paragraph.text
    cuts = sorted({*_stop_cuts(text, abbreviations), *(m.start() for m in _LIST_ITEM.finditer(text))})
    sentences: list[Sentence] = []
    begin = 0
    for cut in [*cuts, len(text)]:
        piece = text[begin:cut]
        if piece.strip():
            start = begin + len(piece) - len(piece.lstrip())
            end = begin + len(piece.rstrip())
            sentences.append(Sentence(
                paragraph.number, len(sentences) + 1,
                paragraph.start + start, paragraph.start + end, text[start:end],
            ))
        begin = cut
    return sentences


def _stop_cuts(text: str, abbreviations: Collection[str]) -> list[int]:
    cuts = []
    for stop in _STOP.finditer(text):
        following = text[stop.end():].lstrip()
        if following and following[0].islower():
            continue
        before = text[: stop.start()]
        if stop.group().startswith(".") and (_is_abbreviation(before, abbreviations)
                                             or _LIST_NUMBER.search(before)):
            continue
        cuts.append(stop.end())
    return cuts


def _is_abbreviation(before: str, abbreviations: Collection[str]) -> bool:
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = fold(found.group(1)).strip(".")
    last = word.rsplit(".", 1)[-1]
    return (len(last) == 1 and last.isalpha()) or word in abbreviations
