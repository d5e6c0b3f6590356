"""Paragraph numbering and quote matching, the basis of every evidence check."""

from __future__ import annotations

from partnermap.textread.paragraphs import QuoteIndex, normalise, split_paragraphs
from tests.conftest import SEED_MAP

SEED_TEXT = SEED_MAP / "sources" / "hld2006-roundtable4-chair-summary.fr.txt"


def test_paragraphs_are_blocks_between_blank_lines_with_exact_offsets() -> None:
    text = "\n\nTitle\n\nFirst line\nsame paragraph\n   \nLast"
    paragraphs = split_paragraphs(text)
    assert [(p.number, p.text) for p in paragraphs] == [
        (1, "Title"), (2, "First line\nsame paragraph"), (3, "Last")]
    assert all(text[p.start:p.end] == p.text for p in paragraphs)


def test_seed_document_has_thirteen_paragraphs() -> None:
    paragraphs = split_paragraphs(SEED_TEXT.read_text(encoding="utf-8"))
    assert len(paragraphs) == 13
    assert paragraphs[6].text.startswith("Il y a eu un consensus général")
    assert paragraphs[12].text == "Merci, Madame la Présidente."


def test_normalise_only_white_space_and_typographic_quotes() -> None:
    assert normalise("l\u2019Etat  \n «libre»") == "l'Etat \"libre\""
    assert normalise("Étape") != normalise("Etape")


def test_quote_index_finds_quotes_across_line_breaks() -> None:
    index = QuoteIndex("Intro\n\nthe private\nsector and \u201cunions\u201d")
    assert index.contains('private sector and "unions"', 2)
    assert not index.contains("private sector", 1)
    assert index.paragraphs_containing("private") == [2]
    assert index.matching_prefix("the private sector and employers", 2) == "the private sector and "
