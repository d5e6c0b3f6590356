"""Paragraph and sentence splitting: exact offsets, the validator's paragraph numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnermap.extract.segment import split_document
from partnermap.textread.paragraphs import QuoteIndex, split_paragraphs

FIXTURES = Path(__file__).parent.parent / "data" / "extract"
DOCUMENTS = sorted(FIXTURES.glob("*/sources/*.txt"))
SEED_SOURCE = Path(__file__).parent.parent.parent / "data" / "sources" / "hld2006-roundtable4-chair-summary.fr.txt"


@pytest.mark.parametrize("path", [SEED_SOURCE, *DOCUMENTS], ids=lambda p: p.name)
def test_every_sentence_is_an_exact_slice_quoted_in_its_paragraph(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    document = split_document(text)
    index = QuoteIndex(text)
    assert [p.text for p in document.paragraphs] == [p.text for p in split_paragraphs(text)]
    for sentence in document.sentences:
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert index.contains(sentence.quote, sentence.para), sentence.label


def test_sentences_split_at_stops_but_not_after_initials_abbreviations_or_list_numbers() -> None:
    text = "1. S.E. M. Ndongou a parlé. Les participants, e.g. les États, ont conclu !\n\nDernier ? Oui."
    document = split_document(text, abbreviations=["e.g"])
    assert [(s.para, s.number, s.text) for s in document.sentences] == [
        (1, 1, "1. S.E. M. Ndongou a parlé."),
        (1, 2, "Les participants, e.g. les États, ont conclu !"),
        (2, 1, "Dernier ?"),
        (2, 2, "Oui."),
    ]


def test_lower_case_after_a_period_continues_the_sentence_and_line_breaks_inside_are_kept() -> None:
    document = split_document("Voir l'art. 5 du texte, etc. et la suite\ndu texte.\n", abbreviations=["art"])
    (sentence,) = document.sentences
    assert sentence.text == "Voir l'art. 5 du texte, etc. et la suite\ndu texte."
    assert sentence.quote == "Voir l'art. 5 du texte, etc. et la suite du texte."


def test_list_items_on_their_own_lines_are_sentences_and_crlf_keeps_offsets() -> None:
    text = "We commit to:\r\n- work with unions\r\n- consult employers\r\n\r\n   \r\nEnd."
    document = split_document(text)
    assert [(s.para, s.text) for s in document.sentences] == [
        (1, "We commit to:"), (1, "- work with unions"), (1, "- consult employers"), (2, "End.")]
    for sentence in document.sentences:
        assert document.text[sentence.start:sentence.end] == sentence.text
