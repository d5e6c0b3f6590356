"""The reading pane's data: every source's paragraphs as `partnermap paragraphs` numbers them, and
each quote's offsets found with the validator's comparison."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partnermap import load_map
from partnermap.render.source_texts import quote_spans, source_texts
from partnermap.textread.paragraphs import _normalised_positions, normalise, quote_span, split_paragraphs
from tests.conftest import TESTS

READER_MAP = TESTS / "data" / "reader"


def test_quote_span_across_a_line_break_and_a_typographic_apostrophe() -> None:
    text = "2. Employers\u2019 organisations and trade unions agree to share information\non recruitment fees."
    start, end = quote_span(text, "Employers' organisations and trade unions agree to share information on "
                                  "recruitment fees")
    assert text[start:end] == ("Employers\u2019 organisations and trade unions agree to share information\n"
                               "on recruitment fees")


def test_quote_span_of_a_quote_the_text_lacks() -> None:
    assert quote_span("Governments should act.", "unions") is None
    assert quote_span("Governments should act.", "   ") is None


def test_quote_span_gives_the_first_place() -> None:
    assert quote_span("unions and  unions", "unions") == (0, 6)
    assert quote_span("a  b\t\tc", "b c") == (3, 7)


@given(st.text(alphabet=st.sampled_from(list("ab '\u2019\u201c\n\t\u00a0  ")), max_size=30))
def test_positions_normalise_exactly_as_the_validator(text: str) -> None:
    compared, positions = _normalised_positions(text)
    assert compared == normalise(text)
    assert list(positions) == sorted(set(positions)) and all(0 <= p < len(text) for p in positions)


@given(st.text(alphabet=st.sampled_from(list("ab '\u2019\n\t\u00a0")), max_size=30), st.integers(0, 30),
       st.integers(1, 8))
def test_a_found_span_holds_the_quote(text: str, at: int, length: int) -> None:
    quote = text[at:at + length]
    span = quote_span(text, quote)
    if normalise(quote) and normalise(quote) in normalise(text):
        assert span is not None
        assert normalise(text[span[0]:span[1]]) == normalise(quote)
    else:
        assert span is None


def test_source_texts_are_the_numbered_paragraphs() -> None:
    partner_map = load_map(READER_MAP)
    compact, declaration = source_texts(partner_map)
    assert compact["id"] == "compact" and compact["language"] == "en" and compact["languageName"] == "English"
    assert compact["paragraphs"] == [p.text for p in split_paragraphs(partner_map.sources["compact"].text)]
    assert len(compact["paragraphs"]) == 6 and compact["paragraphs"][3].startswith("3. This paragraph")
    assert compact["cited"] == [2, 3, 5]
    assert declaration["language"] == "fr" and declaration["cited"] == [2]


def test_every_quote_of_the_map_is_placed_in_its_paragraph() -> None:
    partner_map = load_map(READER_MAP)
    texts = {source["id"]: source["paragraphs"] for source in source_texts(partner_map)}
    spans = quote_spans(partner_map)
    evidence = [item for record in (*partner_map.actors.values(), *partner_map.links.values())
                for item in record.evidence]
    assert set(spans) == set(evidence)
    for item in evidence:
        start, end = spans[item]
        assert normalise(texts[item.source][item.para - 1][start:end]) == normalise(item.quote)
    civil = next(i for i in evidence if i.quote == "with civil society, will open welcome desks")
    assert texts["compact"][4][slice(*spans[civil])] == "with civil society, will open welcome desks"
