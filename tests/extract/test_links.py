"""Candidate links: cooperation cues, pairs, direction, type and strength guesses."""

from __future__ import annotations

import pytest

from partnermap.extract import extract, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def links(text: str, lexicon, language: str = "en") -> list[tuple]:
    found = extract(text, lexicon=lexicon, language=language)
    return [(link.from_actor, "->" if link.directed else "--", link.to_actor, link.type, link.strength)
            for link in found.links]


def test_two_actors_need_a_cooperation_cue(lexicon) -> None:
    assert links("Trade unions and employers' organizations attended.", lexicon) == []
    assert links("Trade unions and employers' organizations should cooperate on social dialogue.", lexicon) == [
        ("employers_organizations", "--", "trade_unions", "social_dialogue", "recommended")]


def test_a_partner_marker_links_across_it_only(lexicon) -> None:
    assert links("Governments must work with the private sector and civil society.", lexicon) == [
        ("civil_society", "--", "governments", "multilateral_cooperation", "required"),
        ("governments", "--", "private_sector", "public_private_partnership", "required"),
    ]


def test_people_served_are_linked_from_the_partners_never_to_each_other(lexicon) -> None:
    assert links("Les gouvernements pourraient coopérer avec la société civile pour protéger les réfugiés "
                 "et les enfants.", lexicon, "fr") == [
        ("civil_society", "->", "children", "protection", "possible"),
        ("civil_society", "--", "governments", "protection", "possible"),
        ("civil_society", "->", "refugees", "protection", "possible"),
        ("governments", "->", "children", "protection", "possible"),
        ("governments", "->", "refugees", "protection", "possible"),
    ]


def test_type_comes_from_the_nearest_cue_and_strength_from_the_strongest_modal(lexicon) -> None:
    assert links("Banks could cooperate with diaspora associations to lower remittance costs; "
                 "this is essential.", lexicon) == [
        ("diaspora", "--", "financial_institutions", "remittances", "possible")]
    assert links("It was stressed that banks must cooperate with diaspora associations on remittances.",
                 lexicon) == [("diaspora", "--", "financial_institutions", "remittances", "required")]


def test_pair_phrases_link_countries_of_origin_and_destination(lexicon) -> None:
    assert links("La coopération internationale est essentielle pour combattre la traite.", lexicon, "fr") == [
        ("countries_of_origin", "--", "host_countries", "irregular_migration", "required")]


def test_one_link_per_pair_and_type_with_every_sentence_as_evidence(lexicon) -> None:
    found = extract("Unions should cooperate with employers' organizations. Employers' organizations "
                    "and unions may also collaborate.", lexicon=lexicon, language="en")
    (link,) = found.links
    assert (link.from_actor, link.to_actor, link.strength) == ("employers_organizations", "trade_unions", "recommended")
    assert [s.number for s in link.evidence] == [1, 2]
    assert 0 < link.confidence <= 1


def test_relevant_sentences_without_a_link_are_reported_with_a_reason(lexicon) -> None:
    found = extract("Partnerships were discussed. The private sector should cooperate more. "
                    "Unions and employers' organizations attended.", lexicon=lexicon, language="en")
    assert [(f.sentence.number, f.reason) for f in found.findings if not f.links] == [
        (1, "cooperation cue 'Partnerships' but no actor found"),
        (2, "cooperation cue 'cooperate' but one actor only"),
        (3, "2 actors but no cooperation cue"),
    ]
