"""Where a French text's organisation names end (partnermap/extract/french_names.py)."""

from __future__ import annotations

from partnermap.extract.french_names import french_names


def test_a_name_goes_on_through_adjectives_and_complements() -> None:
    assert french_names("Elle est hébergée chez la Fédération des associations franco-africaines de développement "
                        "(Fafrad) à Paris.") == ["Fédération des associations franco-africaines de développement"]
    assert french_names("Le Réseau d’aide aux femmes et l’Office des travailleurs tunisiens à l’étranger, de "
                        "l’emploi.") == ["Réseau d’aide aux femmes", "Office des travailleurs tunisiens à l’étranger"]


def test_a_name_ends_at_a_verb_a_place_or_another_body() -> None:
    assert french_names("Le Conseil national présente son rapport au Maroc.") == ["Conseil national"]
    assert french_names("l’Agence nationale au Maroc et l’Institut national aux côtés de l’OIM") == [
        "Agence nationale", "Institut national"]
    assert french_names("À la demande du Ministère de la Jeunesse et des Sports nigérien et de l’ONG Graspi") == [
        "Ministère de la Jeunesse et des Sports nigérien"]


def test_only_a_head_noun_after_an_article_opens_a_name() -> None:
    assert french_names("Commission nationale des droits") == []  # no article: a heading, a list item
    assert french_names("La réunion de la Commission a eu lieu.") == []  # one word: "the Commission" of the text
