"""Actor detection: one actor per concept, every surface form and every mention kept."""

from __future__ import annotations

import pytest

from partnermap.extract import extract, load_lexicon
from partnermap.extract.pipeline import Extraction


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def actors(found: Extraction) -> dict[str, list[str]]:
    return {a.concept.id: [m.words for m in a.mentions] for a in found.actors}


def test_elision_plural_and_typographic_apostrophes_find_one_concept(lexicon) -> None:
    found = extract("Les associations d’employeurs ont parlé. Une association des employeurs aussi. "
                    "L'organisation d'employeurs a conclu.", lexicon=lexicon, language="fr")
    assert actors(found) == {"employers_organizations": [
        "associations d’employeurs", "association des employeurs", "organisation d'employeurs"]}
    (actor,) = found.actors
    # Every surface form is an alias (first spelling of each), every sentence is evidence.
    assert actor.aliases == ["associations d’employeurs", "association des employeurs",
                             "organisation d'employeurs"]
    assert [s.number for s in actor.sentences] == [1, 2, 3]


def test_longest_phrase_wins_and_ignored_phrases_hide_words(lexicon) -> None:
    found = extract("Les gouvernements locaux et le Ministre d'État ont parlé aux chefs d'État.",
                    lexicon=lexicon, language="fr")
    assert actors(found) == {"local_authorities": ["gouvernements locaux"]}


def test_coordinated_phrases_name_both_actors(lexicon) -> None:
    found = extract("They met migrant and youth associations.", lexicon=lexicon, language="en")
    assert actors(found) == {"migrant_associations": ["migrant and youth associations"],
                             "youth_associations": ["migrant and youth associations"]}
    youth = next(a for a in found.actors if a.concept.id == "youth_associations")
    assert youth.aliases == []  # a bracketed phrase is evidence, not a name


def test_in_context_phrases_need_their_context(lexicon) -> None:
    listed = extract("Capacities are needed in all government sectors, including justice and the interior.",
                     lexicon=lexicon, language="en")
    alone = extract("Justice was served in the interior.", lexicon=lexicon, language="en")
    assert set(actors(listed)) == {"governments", "justice", "interior"}
    assert actors(alone) == {}


def test_references_and_collectives(lexicon) -> None:
    found = extract("Regional consultative processes were praised. These processes should be supported "
                    "by the social partners.", lexicon=lexicon, language="en")
    assert actors(found) == {
        "regional_processes": ["Regional consultative processes", "These processes"],
        "employers_organizations": ["social partners"],
        "trade_unions": ["social partners"],
    }


def test_speakers_stand_for_governments_only_when_voicing_support(lexicon) -> None:
    supporting = extract("Participants welcomed the proposal of the Secretary-General.", lexicon=lexicon,
                         language="en")
    noting = extract("Participants noted the proposal of the Secretary-General.", lexicon=lexicon, language="en")
    assert set(actors(supporting)) == {"governments", "secretary_general"}
    assert set(actors(noting)) == {"secretary_general"}
    governments = next(a for a in supporting.actors if a.concept.id == "governments")
    assert governments.aliases == [] and governments.confidence == 0.5


def test_language_is_detected_from_common_words(lexicon) -> None:
    assert extract("Les syndicats et les employeurs sont des partenaires.", lexicon=lexicon).language.language == "fr"
    assert extract("The unions and the employers are partners.", lexicon=lexicon).language.language == "en"
