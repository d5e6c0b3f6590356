"""partnermap's own words: every language complete, and English for the others."""

from __future__ import annotations

import pytest

from partnermap.render.ui_text import UI_TEXT, ui_text
from partnermap.words import (
    DRAWING_WORDS,
    FALLBACK,
    REPORT_WORDS,
    broker_reasons,
    in_language,
    possessive,
    report_words,
)

TABLES = {"report": REPORT_WORDS, "drawing": DRAWING_WORDS, "page": UI_TEXT}


@pytest.mark.parametrize("name", list(TABLES))
def test_every_language_of_a_table_has_every_word_in_the_same_form(name: str) -> None:
    table = TABLES[name]
    english = table[FALLBACK]
    for language, words in table.items():
        assert set(words) == set(english), language
        for key, value in words.items():
            assert type(value) is type(english[key]), (language, key)
            if isinstance(value, tuple):
                assert len(value) == len(english[key]), (language, key)


def test_a_language_without_words_reads_english() -> None:
    assert in_language({"en": "yes", "fr": "oui"}, "fr") == "oui"
    assert in_language({"en": "yes", "fr": "oui"}, "es") == "yes"
    assert in_language({"en": "yes", "fr": "oui"}, None) == "yes"
    assert report_words("es") is REPORT_WORDS["en"]
    assert ui_text(("es", "fr")) == {"es": UI_TEXT["en"], "fr": UI_TEXT["fr"]}


def test_possessives() -> None:
    assert possessive("Unions", "en") == "Unions'"
    assert possessive("Civil society", "en") == "Civil society's"
    assert possessive("Syndicats", "fr") == "Syndicats"
    assert possessive("Sindicatos", "es") == "Sindicatos'"


def test_broker_reasons_name_three_actors_then_count_the_others() -> None:
    assert broker_reasons("en", [("Ministry", "Unions")], ["A", "B", "C", "D", "E"]) == [
        "only link between Ministry's community and Unions'",
        "removing it cuts 5 actors off from the rest of the map: A, B, C and 2 more"]
    assert broker_reasons("fr", [], ["A"]) == ["le retirer coupe 1 acteur du reste de la carte : A"]
    assert broker_reasons("es", [], []) == []
