"""Candidate links: cooperation cues, pairs, direction, type and strength guesses."""

from __future__ import annotations

import pytest

from partnermap.extract import extract, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def links_of(text: str, lexicon, language: str = "en") -> list:
    return extract(text, lexicon=lexicon, language=language).links


def links(text: str, lexicon, language: str = "en") -> list[tuple]:
    found = extract(text, lexicon=lexicon, language=language)
    return [(link.from_actor, "->" if link.directed else "--", link.to_actor, link.type, link.strength)
            for link in found.links]


@pytest.fixture(scope="module")
def edges(lexicon):
    """The (from, to) ends of the links drafted from a text: edges(text, language="en")."""
    def ends(text: str, language: str = "en") -> set[tuple[str, str]]:
        return {(a, b) for a, _, b, _, _ in links(text, lexicon, language)}
    return ends


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


def test_type_comes_from_the_cue_nearest_the_pair_not_the_farthest(lexicon) -> None:
    assert links("Trade unions should cooperate with employers' organizations on remittance costs rather than "
                 "on border management.", lexicon) == [
        ("employers_organizations", "--", "trade_unions", "remittances", "recommended")]
    assert links("Trade unions should cooperate with employers' organizations on border management rather than "
                 "on remittance costs.", lexicon) == [
        ("employers_organizations", "--", "trade_unions", "border_cooperation", "recommended")]


def test_strength_comes_from_the_modal_governing_the_cue(lexicon) -> None:
    assert links("Banks could cooperate with diaspora associations to lower remittance costs; "
                 "this is essential.", lexicon) == [
        ("diaspora", "--", "financial_institutions", "remittances", "possible")]
    assert links("It was stressed that banks must cooperate with diaspora associations on remittances.",
                 lexicon) == [("diaspora", "--", "financial_institutions", "remittances", "required")]
    # The main verb governs, not the "il est nécessaire" of a later subordinate clause.
    assert links("Reconnaissons que les ONG coopèrent avec les syndicats et qu'il est nécessaire d'améliorer "
                 "l'image des migrants.", lexicon, "fr")[1] == (
        "ngos", "--", "trade_unions", "public_awareness", "endorsed")


def test_a_list_of_participants_gives_no_link(lexicon) -> None:
    assert links("The meeting brought together representatives of governments, UN agencies, civil society, the "
                 "business sector, migrant and diaspora associations and academia to continue the dialogue.",
                 lexicon) == []


def test_those_represented_at_a_meeting_are_not_partners_of_each_other(lexicon) -> None:
    assert links("Representatives of governments, IOM and civil society met in Geneva to discuss cooperation.",
                 lexicon) == []
    assert links("Des représentants des gouvernements, de l'OIM et de la société civile se sont réunis pour "
                 "discuter de la coopération.", lexicon, "fr") == []
    assert len(links("Participants suggested that national statistical offices, IOM and academic institutions "
                     "collaborate on a common methodology.", lexicon)) == 3


def test_a_word_that_is_both_actor_and_cue_is_no_cue(lexicon) -> None:
    assert links("Les gouvernements, le HCR et les ONG ont pris la parole au Dialogue de haut niveau.",
                 lexicon, "fr") == []


def test_the_addressee_of_an_encouragement_is_the_subject(lexicon) -> None:
    assert links("The Special Rapporteur encourages NGOs to cooperate with the States.", lexicon) == [
        ("governments", "--", "ngos", "multilateral_cooperation", "recommended")]


def test_an_adverbial_partner_joins_the_subject_of_the_clause(lexicon) -> None:
    assert [link[:3] for link in links("Les États, en coopération avec l'OIM, devraient protéger les migrants.",
                                       lexicon, "fr")] == [
        ("governments", "--", "iom"), ("governments", "->", "migrants"), ("iom", "->", "migrants")]


def test_partnerships_between_two_actors_join_them_not_the_speaker(lexicon) -> None:
    assert [link[:3] for link in links("The Council promotes partnerships between trade unions and employers' "
                                       "organizations.", lexicon)] == [
        ("employers_organizations", "--", "trade_unions")]


def test_a_second_verb_shares_the_subject_of_the_first(lexicon) -> None:
    assert [link[:3] for link in links("Trade unions should develop joint programmes with IOM and combine their "
                                       "efforts with the ILO.", lexicon)] == [
        ("ilo", "--", "trade_unions"), ("iom", "--", "trade_unions")]


def test_they_stands_for_the_actors_named_just_before(lexicon) -> None:
    assert links("The Special Rapporteur praises NGOs for their work. They should establish a dialogue with the "
                 "States.", lexicon) == [("governments", "--", "ngos", "multilateral_cooperation", "recommended")]


def test_they_may_stand_for_actors_of_an_earlier_paragraph(lexicon) -> None:
    # "these groups" and "they" in paragraph 2 are the NGOs of paragraph 1; the Special
    # Rapporteur, a single official, is no antecedent of "they".
    assert links("The Special Rapporteur has met many NGOs.\n\nThe Special Rapporteur recognizes the work of "
                 "these groups. They should establish a dialogue with the States.", lexicon) == [
        ("governments", "--", "ngos", "multilateral_cooperation", "recommended")]


def test_engagement_with_a_list_and_no_subject_joins_none_of_the_list(lexicon) -> None:
    assert links("Delegates stressed the need to foster greater engagement with social partners and the private "
                 "sector regarding the protection of migrant workers.", lexicon) == [
        ("employers_organizations", "->", "migrant_workers", "protection", "required"),
        ("private_sector", "->", "migrant_workers", "protection", "required"),
        ("trade_unions", "->", "migrant_workers", "protection", "required")]


def test_partners_stands_for_the_list_a_text_introduced_as_partners(lexicon) -> None:
    found = links("Partners implementing the programme (ILO, IOM and UNHCR) and funding partners Germany and "
                  "Sweden met in Addis Ababa. Trade unions should work with implementing partners.", lexicon)
    assert {link[:3] for link in found} == {
        ("ilo", "--", "trade_unions"), ("iom", "--", "trade_unions"), ("trade_unions", "--", "unhcr")}
    assert links("Trade unions should work with implementing partners.", lexicon) == []


def test_a_co_verb_makes_its_agents_partners(lexicon) -> None:
    assert {link[:3] for link in links("The GFMD is co-chaired by Sweden and Morocco.", lexicon)} == {
        ("gfmd", "--", "morocco"), ("gfmd", "--", "sweden"), ("morocco", "--", "sweden")}
    assert [link[:3] for link in links("La réunion a été co-présidée par la Suède et le Maroc.", lexicon, "fr")] == [
        ("morocco", "--", "sweden")]
    assert len(links("IOM, UNHCR and UNICEF co-chair the working group.", lexicon)) == 3


def test_a_heading_is_never_the_evidence_of_a_link(lexicon) -> None:
    found = extract("Cooperation between governments and trade unions\n\nGovernments should work with employers.",
                    lexicon=lexicon, language="en")
    assert [(link.from_actor, link.to_actor, link.evidence[0].para) for link in found.links] == [
        ("governments", "private_sector", 2)]
    # a longer line in title case is a heading too; a headline written as a sentence is not
    title = ("ILO-UNHCR Partnership Programme on Fair Recruitment and Decent Work for Women Migrant Workers in "
             "South Asia and the Middle East - NEPAL\n\nThe programme works with employers.")
    assert not any(link.evidence[0].para == 1 for link in extract(title, lexicon=lexicon, language="en").links)
    headline = "L’OIT et le HCR unissent leurs efforts pour la protection des travailleurs\n\nLe texte suit."
    assert pairs(headline, lexicon, "fr") == {frozenset(("ilo", "unhcr"))}


def test_pair_phrases_link_countries_of_origin_and_destination(lexicon) -> None:
    assert links("Les pays d'origine savent que la coopération internationale est essentielle pour combattre la "
                 "traite.", lexicon, "fr") == [
        ("countries_of_origin", "--", "host_countries", "irregular_migration", "required")]
    # neither named: the phrase alone is no partnership of the document's
    assert links("La coopération internationale est essentielle pour combattre la traite.", lexicon, "fr") == []


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


def test_actors_joined_by_a_hyphen_are_partners(lexicon) -> None:
    assert ("switzerland", "--", "undp") in [
        link[:3] for link in links("The project builds on Switzerland-UNDP support to hometown associations.", lexicon)]
    assert [link[:3] for link in links("Le sommet UA-UE a eu lieu à Abidjan.", lexicon, "fr")] == [
        ("african_union", "--", "european_union")]


def test_who_gives_support_is_not_its_object(lexicon) -> None:
    # "la contribution des diasporas": the diasporas contribute; the media do not support them.
    assert links("Les médias et les associations de migrants ont un rôle important à jouer pour faire connaître "
                 "la contribution des diasporas.", lexicon, "fr") == [
        ("media", "--", "migrant_associations", "multilateral_cooperation", "recommended")]


def test_the_support_of_a_giver_to_a_receiver_links_them_not_the_speaker(lexicon) -> None:
    assert links("Plusieurs délégations ont salué l'appui technique de l'OIT aux structures tripartites "
                 "nationales.", lexicon, "fr") == [
        ("ilo", "--", "tripartite_bodies", "social_dialogue", "endorsed")]
    assert [link[:3] for link in links("Delegations welcomed the financial support of the European Union to "
                                       "trade unions.", lexicon)] == [("european_union", "--", "trade_unions")]


def test_a_list_goes_on_through_other_mechanisms_in_particular(lexicon) -> None:
    assert [link[:3] for link in links(
        "Saluons les efforts de la communauté internationale dans le cadre tant du système des Nations Unies que "
        "d'autres mécanismes, tout particulièrement le Forum mondial sur la migration et le développement.",
        lexicon, "fr")] == [("gfmd", "--", "governments"), ("governments", "--", "international_organizations")]


def test_a_cue_opening_the_clause_takes_the_subject_after_its_comma(lexicon) -> None:
    # (training is a partnership too: the Government trains the employers' organizations, with the ILO)
    assert [link[:3] for link in links("In close cooperation with the ILO, the Government will train employers' "
                                       "organizations.", lexicon)] == [
        ("employers_organizations", "--", "governments"), ("employers_organizations", "--", "ilo"),
        ("governments", "--", "ilo")]
    assert [link[:3] for link in links("A la veille des Consultations annuelles avec les ONG, le HCR a signé un "
                                       "accord.", lexicon, "fr")] == [("ngos", "--", "unhcr")]


def test_a_verb_cue_is_found_in_its_other_forms(lexicon) -> None:
    assert [link[:3] for link in links("L'OIM travaille avec le gouvernement du Maroc.", lexicon, "fr")] == [
        ("iom", "--", "morocco")]
    assert [link[:3] for link in links("L'OIT fournit une assistance technique aux ministères du travail.",
                                       lexicon, "fr")] == [("ilo", "--", "labour_ministries")]
    assert [link[:3] for link in links("Le PNUD appuie les autorités locales.", lexicon, "fr")] == [
        ("local_authorities", "--", "undp")]
    assert [link[:3] for link in links("UNDP engaged with local authorities.", lexicon)] == [
        ("local_authorities", "--", "undp")]


def test_funding_backs_the_agent_of_a_passive(lexicon) -> None:
    assert ("european_union", "--", "iom") in [link[:3] for link in links(
        "Le projet, mis en œuvre par l'OIM avec un financement de l'Union européenne, appuie les autorités locales.",
        lexicon, "fr")]


def test_a_verb_followed_by_a_preposition_names_no_giver(lexicon) -> None:
    # "aider à développer des politiques": the policies give nothing; the subject helps.
    assert [link[:3] for link in links("Les syndicats pourraient aider à développer des politiques de migration.",
                                       lexicon, "fr")] == [("governments", "--", "trade_unions")]


def test_a_partner_worked_with_towards_a_purpose_acts_towards_it_too(lexicon) -> None:
    assert {link[:3] for link in links("IOM will work with UNHCR to support local authorities.", lexicon)} == {
        ("iom", "--", "local_authorities"), ("iom", "--", "unhcr"), ("local_authorities", "--", "unhcr")}
    assert ("local_authorities", "--", "moldova") in [link[:3] for link in links(
        "Le PNUD travaillera avec le gouvernement de la Moldavie pour appuyer les autorités locales.", lexicon, "fr")]


def test_with_the_support_of_links_the_giver_to_whom_it_backs(lexicon) -> None:
    assert ("european_union", "--", "iom") in [
        link[:3] for link in links("With the support of the European Union, IOM trains border officials.", lexicon)]
    assert ("european_union", "--", "governments") in [
        link[:3] for link in links("Le gouvernement, avec l'appui financier de l'Union européenne, forme les "
                                   "garde-frontières.", lexicon, "fr")]


def test_partnerships_between_four_actors_join_each_pair(lexicon) -> None:
    assert len(links("The meeting called for partnerships between governments, the private sector, diaspora "
                     "associations and academia.", lexicon)) == 6
    assert links("The meeting brought together governments, the private sector, diaspora associations and "
                 "academia to discuss cooperation.", lexicon) == []


def test_and_between_them_and_y_adds_partners_of_the_same_cue(lexicon) -> None:
    assert [link[:3] for link in links("Participants called for stronger cooperation between law enforcement "
                                       "agencies, and between them and the judiciary.", lexicon)] == [
        ("judiciary", "--", "law_enforcement")]
    assert {link[:3] for link in links("La coopération entre les syndicats et les employeurs, et entre les "
                                       "ONG et les autorités locales, est essentielle.", lexicon, "fr")} == {
        ("private_sector", "--", "trade_unions"), ("local_authorities", "--", "ngos")}


def test_an_adverb_may_stand_inside_a_verb_cue(lexicon) -> None:
    assert [link[:3] for link in links("IOM works closely with the private sector.", lexicon)] == [
        ("iom", "--", "private_sector")]


def test_in_cooperation_with_after_the_object_joins_the_clause_subject(lexicon) -> None:
    assert [link[:3] for link in links("IOM trains border officials in collaboration with UNHCR.", lexicon)] == [
        ("border_control", "--", "iom"), ("iom", "--", "unhcr")]
    assert [link[:3] for link in links("Le gouvernement soutient les syndicats en partenariat avec l'OIT.",
                                       lexicon, "fr")] == [("governments", "--", "ilo"),
                                                           ("governments", "--", "trade_unions")]
    assert [link[:3] for link in links("The Special Rapporteur encourages States to act in partnership with "
                                       "NGOs.", lexicon)] == [("governments", "--", "ngos")]


def test_its_or_their_cooperation_stands_for_the_actors_named_before(lexicon) -> None:
    assert [link[:3] for link in links("UNDP opened an office in Chisinau. Its partnership with UNHCR dates back "
                                       "to 1990.", lexicon)] == [("undp", "--", "unhcr")]
    assert [link[:3] for link in links("Les ONG jouent un rôle essentiel. Leur coopération avec les autorités "
                                       "locales doit être renforcée.", lexicon, "fr")] == [
        ("local_authorities", "--", "ngos")]


def test_with_a_givers_support_links_the_giver_to_whom_it_backs(lexicon) -> None:
    assert [link[:3] for link in links("With European Union support, IOM trains border officials.", lexicon)] == [
        ("border_control", "--", "iom"), ("european_union", "--", "iom")]
    assert {link[:3] for link in links("It supports the Alliance of Hometown Associations, a platform created "
                                       "with Switzerland-UNDP support.", lexicon)} >= {
        ("org_alliance_of_hometown_associations", "--", "switzerland"),
        ("org_alliance_of_hometown_associations", "--", "undp")}
    assert [link[:3] for link in links("The European Union supports IOM.", lexicon)] == [
        ("european_union", "--", "iom")]


def test_a_list_told_to_cooperate_names_partners(lexicon) -> None:
    assert len(links("Governments, employers' organizations, trade unions and civil society should cooperate "
                     "closely.", lexicon)) == 6
    assert links("Governments, employers' organizations, trade unions and civil society attended the "
                 "consultation.", lexicon) == []


def test_a_recommendation_for_the_sectors_of_government_links_each_to_the_government(lexicon) -> None:
    found = links("Les capacités doivent être renforcées dans tous les secteurs du gouvernement, y compris la "
                  "justice, l'intérieur et les services sociaux.", lexicon, "fr")
    assert found == [("governments", "--", "interior", "capacity_building", "required"),
                     ("governments", "--", "justice", "capacity_building", "required"),
                     ("governments", "--", "social_services", "capacity_building", "required")]
    assert links("Les secteurs du gouvernement, y compris la justice et l'intérieur, ont été présentés.",
                 lexicon, "fr") == []


def test_a_partner_in_collaboration_with_the_subject_shares_its_later_verbs(lexicon) -> None:
    # IGAD acts with the ILO: the project is funded for both, and both support the Ministry;
    # the European Union, named on the way, is no subject of "supports".
    found = extract("The ILO, in collaboration with IGAD through a project funded by the European Union, supports "
                    "the Ministry of Labour.", lexicon=lexicon, language="en")
    assert {(link.from_actor, link.to_actor) for link in found.links} == {
        ("igad", "ilo"), ("european_union", "ilo"), ("european_union", "igad"), ("ilo", "labour_ministries"),
        ("igad", "labour_ministries")}
    assert {(link.from_actor, link.to_actor) for link in links_of(
        "Le HCR, en coopération avec l'OIM, soutient les syndicats.", lexicon, "fr")} == {
        ("iom", "unhcr"), ("iom", "trade_unions"), ("trade_unions", "unhcr")}


def test_those_supported_together_are_not_partners_of_each_other(lexicon) -> None:
    # No subject: someone empowers them, which makes them no partners of one another.
    assert links("The programme will also work on empowering trade unions, employers' organizations and local "
                 "authorities.", lexicon) == []


def test_a_second_verb_keeps_the_subject_past_the_first_verbs_object(lexicon) -> None:
    # "tirer parti des compétences de" is the governments' verb, not the civil society's.
    assert links("Les gouvernements devraient coopérer avec la société civile et tirer parti des compétences "
                 "de l'OIT et des autres organismes membres du Groupe mondial sur la migration.", lexicon, "fr") == [
        ("civil_society", "--", "governments", "knowledge_sharing", "recommended"),
        ("global_migration_group_member_agencies", "--", "governments", "knowledge_sharing", "recommended"),
        ("governments", "--", "ilo", "knowledge_sharing", "recommended"),
    ]
    assert links("Les missions permanentes maintiennent des contacts étroits avec le HCR.", lexicon, "fr") == [
        ("foreign_affairs", "--", "unhcr", "knowledge_sharing", "endorsed")]


def test_a_subject_given_partners_by_its_first_verb_is_no_list_of_partners_for_the_next(lexicon) -> None:
    assert links("Les associations d'employeurs et les syndicats pourraient aider à développer des politiques "
                 "de migration et à appuyer leur mise en œuvre.", lexicon, "fr") == [
        ("employers_organizations", "--", "governments", "policy_development", "possible"),
        ("governments", "--", "trade_unions", "policy_development", "possible"),
    ]


def test_the_project_stands_for_the_actors_running_it(lexicon) -> None:
    found = links("Sweden and the ILO start a new project on labour migration.\n\nThe project will work on "
                  "empowering trade unions and employers' organizations. The Ministry of Labour will strengthen "
                  "its cooperation with partners.", lexicon)
    assert {(a, b) for a, _, b, _, _ in found} == {
        ("employers_organizations", "ilo"), ("employers_organizations", "sweden"), ("ilo", "trade_unions"),
        ("sweden", "trade_unions"),
        # "partners", no list introduced as such: the project's
        ("ilo", "labour_ministries"), ("labour_ministries", "sweden")}


def test_a_list_introduced_as_partners_names_partners_of_the_programme(lexicon) -> None:
    found = links("Partners of the Joint Labour Migration Programme met in Addis Ababa.\n\nPartners implementing "
                  "the programme (ILO, UNHCR and UNDP); funding partners Germany and Sweden attended.", lexicon)
    assert {(a, b) for a, _, b, _, _ in found} == {
        ("germany", "jlmp"), ("ilo", "jlmp"), ("jlmp", "sweden"), ("jlmp", "undp"), ("jlmp", "unhcr")}


def test_the_organization_stands_for_the_last_organisation_named(lexicon) -> None:
    assert links("Le HCR collabore avec les gouvernements. Les institutions officielles reçoivent une aide "
                 "financière de l'organisation.", lexicon, "fr")[1][:3] == ("public_institutions", "--", "unhcr")
    assert links("The OECD works with governments. Trade unions receive technical support from the "
                 "organization.", lexicon)[1][:3] == ("oecd", "--", "trade_unions")
    # organising, not an organisation
    assert len(links("The OECD works with governments. The organization of the conference was left to trade "
                     "unions, which cooperate.", lexicon)) == 1


def test_a_pronoun_stands_for_the_last_actors_of_its_number(edges) -> None:
    assert edges("Trade unions and employers' organizations met the OECD in Paris. Its cooperation with the ILO "
                 "is essential.") == {("ilo", "oecd")}
    assert edges("Trade unions and employers' organizations met the OECD in Paris. Their cooperation with the "
                 "ILO is essential.") == {("employers_organizations", "ilo"), ("ilo", "trade_unions")}
    # the staff of a body are many: "ils" are IOM's experts, not UNHCR
    assert edges("Le HCR a rencontré des experts de l'OIM à Genève. Ils coopèrent avec les syndicats.",
                 "fr") == {("iom", "trade_unions")}
    # "it is" stands for nobody: "they" does
    assert edges("The OECD met trade unions and employers' organizations. It is essential that they cooperate "
                 "with the ILO.") == {("employers_organizations", "ilo"), ("ilo", "trade_unions")}


def test_co_occurrence_links_those_serving_people_to_them_not_to_each_other(lexicon) -> None:
    # a support cue with no subject: IOM, civil society and local governments are not partners of each other
    assert links("Return programmes for returning migrants should be designed with local governments and "
                 "implemented with the support of IOM and civil society organizations.", lexicon) == [
        ("civil_society", "->", "returnees", "policy_implementation", "recommended"),
        ("iom", "->", "returnees", "policy_implementation", "recommended"),
        ("local_authorities", "->", "returnees", "policy_implementation", "recommended"),
    ]


def test_who_receives_support_is_the_subject_of_receive(lexicon) -> None:
    found = {(a, d, b) for a, d, b, _, _ in links(
        "Dans de nombreux pays, les syndicats qui travaillent pour les réfugiés reçoivent une aide financière "
        "du HCR.", lexicon, "fr")}
    # the countries are where, not who: no link to them
    assert found == {("trade_unions", "--", "unhcr"), ("trade_unions", "->", "refugees"), ("unhcr", "->", "refugees")}


def test_a_passive_with_no_agent_is_the_documents_subject_when_clear(edges) -> None:
    # the project's runners
    assert edges("Switzerland and UNDP start a new project on diaspora engagement.\n\nGoing forward, local "
                 "communities will be supported in their efforts.") >= {
        ("switzerland", "local_communities"), ("undp", "local_communities")}
    # who declares ("We, the Ministers … of the participating States"): the governments
    assert edges("We, the Ministers of labour of the participating States,\n\nHereby declare:\n\n(a) Return "
                 "programmes for returning migrants should be designed with local governments and implemented "
                 "with the support of IOM and civil society organizations.") == {
        ("governments", "local_authorities"), ("civil_society", "governments"), ("governments", "iom"),
        ("local_authorities", "returnees"), ("civil_society", "returnees"), ("iom", "returnees"),
        ("governments", "returnees")}
    # no clear subject: nobody
    assert edges("Local communities will be supported in their efforts.") == set()


def test_membership_of_a_body_is_a_link(lexicon) -> None:
    assert links("Plusieurs de ces États sont membres du Comité exécutif du HCR.", lexicon, "fr") == [
        ("governments", "--", "unhcr_executive_committee", "global_dialogue", "endorsed")]
    assert links("Sweden is a member of the Global Forum on Migration and Development.", lexicon) == [
        ("gfmd", "--", "sweden", "global_dialogue", "endorsed")]


def test_a_partner_joined_after_the_people_served_helps_the_subject_who_serves_them(edges) -> None:
    assert edges("Labour ministries should offer training to migrant workers, in cooperation with trade "
                 "unions.") == {("labour_ministries", "migrant_workers"), ("labour_ministries", "trade_unions")}
    assert edges("Labour ministries should cooperate with trade unions to offer training to migrant workers.") == {
        ("labour_ministries", "migrant_workers"), ("labour_ministries", "trade_unions"),
        ("trade_unions", "migrant_workers")}


def test_the_countries_a_project_reaches_are_linked_from_it(edges) -> None:
    assert edges("Partners of the Joint Labour Migration Programme met in Addis Ababa.\n\nRepresentatives of "
                 "countries where the programme will be implemented, such as Mali, Ghana and Kenya, "
                 "attended.") == {("ghana", "jlmp"), ("jlmp", "kenya"), ("jlmp", "mali")}
    # (the two launching it together are partners too)
    assert edges("La Suisse et le PNUD lancent un nouveau projet. Les pays où le projet sera mis en œuvre, "
                 "notamment le Mali et le Niger, ont salué cette initiative.", "fr") == {
        ("switzerland", "undp"), ("mali", "switzerland"), ("mali", "undp"), ("niger", "switzerland"),
        ("niger", "undp")}
    assert edges("Representatives of countries such as Mali and Ghana attended.") == set()


def test_it_is_implemented_by_stands_for_the_programme_and_its_implementer_partners_in_turn(lexicon) -> None:
    found = {(a, b) for a, _, b, _, _ in links(
        "The Joint Migration and Development Initiative (JMDI) is funded by the European Union and Switzerland. "
        "It is implemented by UNDP in partnership with IOM and ILO.", lexicon)}
    assert {("jmdi", "undp"), ("iom", "undp"), ("ilo", "undp")} <= found
    assert ("iom", "jmdi") not in found
    # no programme named before: its implementers are partners of each other
    assert {(a, b) for a, _, b, _, _ in links("Le programme est mis en œuvre par l'OIT et le PNUD.", lexicon,
                                               "fr")} == {("ilo", "undp")}
    assert links("UNICEF provided support to trade unions.", lexicon)[0][:3] == ("trade_unions", "--", "unicef")


def test_sharing_with_is_a_cue_and_an_apposition_no_partner(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links("States should share data with IOM and the OECD.", lexicon)} == {
        ("governments", "iom"), ("governments", "oecd")}
    assert {(a, b) for a, _, b, _, _ in links(
        "L'OIM, l'organisme des Nations Unies chargé des migrations, et le gouvernement allemand veulent "
        "partager des informations.", lexicon, "fr")} == {("germany", "international_organizations"),
                                                           ("germany", "iom")}
    assert len(links("Sweden, the Netherlands and Morocco cooperate on migration.", lexicon)) == 3


def test_a_short_name_stands_for_the_body_named_before_and_it_for_the_last_subject(lexicon) -> None:
    found = {(a, b) for a, _, b, _, _ in links(
        "The Global Migration Group brings together heads of agencies.\n\nThe Group works closely with the Global "
        "Forum on Migration and Development and supports Member States. It also cooperates with civil society.",
        lexicon)}
    assert found == {("gfmd", "global_migration_group"), ("global_migration_group", "governments"),
                     ("civil_society", "global_migration_group")}


def test_a_partner_found_with_no_subject_is_no_partner_of_the_clauses_other_actors(lexicon) -> None:
    # who works with the GFMD is not said: no co-occurrence link between the GFMD and the States
    assert links("Somebody works closely with the Global Forum on Migration and Development and supports Member "
                 "States.", lexicon) == []


def test_a_possessive_right_before_the_cue_names_its_subject(lexicon) -> None:
    found = {(a, b) for a, _, b, _, _ in links(
        "Nous saluons l'appui de l'OIM aux diasporas et lui demandons de poursuivre sa coopération avec les "
        "services statistiques nationaux.", lexicon, "fr")}
    assert ("iom", "statistics_offices") in found and ("diaspora", "statistics_offices") not in found


def test_a_participle_with_says_who_it_was_done_with(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links("Trade unions run training programmes developed with the ILO.",
                                               lexicon)} == {("ilo", "trade_unions")}
    assert {(a, b) for a, _, b, _, _ in links(
        "Les associations de la diaspora pourraient orienter ces fonds vers des projets menés avec les "
        "collectivités locales.", lexicon, "fr")} == {("diaspora", "local_authorities")}
    assert links("Trade unions compared with the ILO are small.", lexicon) == []


def test_implementing_partners_of_a_project_are_its_runners_partners_not_each_others(lexicon) -> None:
    found = {(a, b) for a, _, b, _, _ in links(
        "Le Mali et l'OIT lancent un nouveau projet.\n\nLes partenaires de mise en œuvre du projet (OIM, HCR et "
        "PNUD) se réuniront en juin.", lexicon, "fr")}
    assert found == {("ilo", "mali"), ("ilo", "iom"), ("ilo", "undp"), ("ilo", "unhcr"), ("iom", "mali"),
                     ("mali", "undp"), ("mali", "unhcr")}


def pairs(text: str, lexicon, language: str = "en") -> set[frozenset[str]]:
    return {frozenset((link.from_actor, link.to_actor)) for link in links_of(text, lexicon, language)}


def test_signing_an_agreement_or_a_memorandum_links_the_signatories(lexicon) -> None:
    assert pairs("UNHCR signed a memorandum of understanding with UNICEF.", lexicon) == {frozenset(("unhcr", "unicef"))}
    assert pairs("UNHCR and UNICEF signed a memorandum.", lexicon) == {frozenset(("unhcr", "unicef"))}
    assert pairs("Le HCR a signé un protocole d'accord avec l'UNICEF.", lexicon, "fr") == {
        frozenset(("unhcr", "unicef"))}
    assert pairs("Le ministère du Travail a reçu une délégation de l'OIT.", lexicon, "fr") == {
        frozenset(("labour_ministries", "ilo"))}


def test_training_the_staff_of_a_body_links_the_trainer_to_it(lexicon) -> None:
    assert links("IOM organized a workshop for officials of the Ministry of Labour.", lexicon) == [
        ("iom", "--", "labour_ministries", "capacity_building", "endorsed")]
    assert pairs("The ILO trained labour inspectors from the Ministry of Labour.", lexicon) == {
        frozenset(("ilo", "labour_ministries"))}
    assert pairs("L'OIM a organisé un atelier de formation à l'intention des agents du ministère de l'Intérieur.",
                 lexicon, "fr") == {frozenset(("iom", "interior"))}


def test_without_the_cooperation_of_a_list_joins_the_subject_to_each(lexicon) -> None:
    assert pairs("States cannot manage migration alone, without the cooperation of international organizations, "
                 "civil society and the private sector.", lexicon) == {
        frozenset(("governments", "international_organizations")), frozenset(("governments", "civil_society")),
        frozenset(("governments", "private_sector"))}
    assert pairs("The joint work of IOM and UNHCR is welcome.", lexicon) == {frozenset(("iom", "unhcr"))}


def test_helping_others_cooperate_links_the_helper_to_each_of_them(lexicon) -> None:
    assert pairs("The ILO supported the negotiation of an agreement between Madagascar and Lebanon.", lexicon) == {
        frozenset(("ilo", "madagascar")), frozenset(("ilo", "lebanon")), frozenset(("madagascar", "lebanon"))}
    assert pairs("IOM facilitated the dialogue between Guinea and Mali.", lexicon) == {
        frozenset(("iom", "guinea")), frozenset(("iom", "mali")), frozenset(("guinea", "mali"))}
    # Calling for a dialogue is no part in it.
    assert pairs("Sweden called for dialogue between countries of origin and destination.", lexicon) == {
        frozenset(("countries_of_origin", "host_countries"))}
    # A bilateral agreement between named countries joins them, not the generic countries of origin and destination.
    assert pairs("Ethiopia signed a bilateral labour agreement with Saudi Arabia.", lexicon) == {
        frozenset(("ethiopia", "saudi_arabia"))}


def test_joining_this_partnership_links_the_newcomer_to_its_partners(lexicon) -> None:
    assert pairs("IOM and UNHCR launched a joint programme. NGOs should also take part in this partnership.",
                 lexicon) == {frozenset(("iom", "unhcr")), frozenset(("ngos", "iom")), frozenset(("ngos", "unhcr"))}
    assert pairs("L'OIM et le HCR ont lancé un programme conjoint. Les ONG devraient aussi participer à ce "
                 "partenariat.", lexicon, "fr") == {frozenset(("iom", "unhcr")), frozenset(("ngos", "iom")),
                                                      frozenset(("ngos", "unhcr"))}
    # Without a demonstrative pointing back, taking part is no partnership with the last partners.
    assert pairs("IOM and UNHCR launched a joint programme. NGOs took part in a workshop.", lexicon) == {
        frozenset(("iom", "unhcr"))}


def test_the_organiser_of_a_training_is_linked_to_those_it_brings_together(lexicon) -> None:
    found = links("L'OIM a organisé un atelier de formation à Dakar. L'atelier a réuni des représentants des ONG et "
                  "du ministère du Travail.", lexicon, "fr")
    assert {(a, b, kind) for a, _, b, kind, _ in found} == {("iom", "ngos", "capacity_building"),
                                                             ("iom", "labour_ministries", "capacity_building")}
    # A meeting nobody is said to organise as a training links nobody.
    assert links("The meeting brought together representatives of governments, UN agencies and civil society.",
                 lexicon) == []
    assert links("IOM opened an office. The office brought together governments and NGOs.", lexicon) == []


def test_a_fronted_funder_backs_the_subject_after_the_comma(lexicon) -> None:
    assert pairs("Through the initiative, co-financed by the European Union (EU), IFAD is partnering with UNICEF.",
                 lexicon) == {frozenset(("european_union", "ifad")), frozenset(("ifad", "unicef"))}


def test_actors_described_between_commas_stay_one_list(lexicon) -> None:
    assert pairs("IFAD is partnering with In Touch, a Senegalese fintech, and Orange Money, a mobile money operator.",
                 lexicon) == {frozenset(("ifad", "org_in_touch")), frozenset(("ifad", "org_orange_money"))}


def test_the_means_an_actor_takes_part_through_keeps_the_list_going(lexicon) -> None:
    found = pairs("UNHCR will implement this pledge with support from the International Rescue Committee through "
                  "its Re:BUiLD program, the Mayors Migration Council, and UNICEF.", lexicon)
    assert found == {frozenset(("unhcr", giver)) for giver in ("international_rescue_committee",
                                                                "mayors_migration_council", "unicef")}


def test_a_fronted_list_of_givers_backs_the_subject_after_the_list(lexicon) -> None:
    expected = {frozenset(("ifad", giver)) for giver in ("european_union", "luxembourg", "uncdf")}
    assert pairs("With financial support from the European Commission, the government of Luxembourg and UNCDF, "
                 "IFAD will establish a fund.", lexicon) == expected
    assert pairs("Grâce à l'appui de l'UE, du Luxembourg et du FENU, le FIDA a créé un fonds.", lexicon,
                 "fr") == expected
    # a few words may describe the subject, when its verb follows
    assert pairs("With support from the Consultative Group to Assist the Poor, the Rome-headquartered IFAD will "
                 "establish a fund.", lexicon) == {frozenset(("ifad", "cgap"))}


def test_actors_cooperating_to_serve_people_are_partners_of_each_other(lexicon) -> None:
    assert pairs("IOM and UNHCR cooperate closely to protect refugees.", lexicon) == {
        frozenset(("iom", "unhcr")), frozenset(("iom", "refugees")), frozenset(("unhcr", "refugees"))}
    assert frozenset(("ilo", "tunisia")) in pairs("L’OIT et la Tunisie unissent leurs efforts pour la protection des "
                                                  "travailleurs migrants.", lexicon, "fr")


def test_a_frame_opening_the_sentence_leaves_the_subject_after_its_comma(lexicon) -> None:
    assert frozenset(("ilo", "unhcr")) in pairs(
        "Dans le cadre de son projet financé par l'Union européenne et en coopération avec le HCR, l'OIT "
        "sensibilise les acteurs.", lexicon, "fr")


def test_a_list_of_names_between_semicolons_is_one_list(lexicon) -> None:
    found = pairs("IOM launched a project. The partners are the Beza Posterity Development Association; the Good "
                  "Samaritan Association; the Mary Joy Development Association and UNICEF.", lexicon)
    assert found == {frozenset(("iom", partner)) for partner in (
        "org_beza_posterity_development_association", "org_good_samaritan_association",
        "org_mary_joy_development_association", "unicef")}
    # a long part after a semicolon is a clause of its own
    assert pairs("IOM should cooperate with UNHCR; the governments, however, should strengthen their laws and "
                 "policies on migration now.", lexicon) == {frozenset(("iom", "unhcr"))}


def test_bodies_working_together_with_a_partner_are_partners_of_each_other(lexicon) -> None:
    assert pairs("UNDP and IOM are working with the Iraqi government.", lexicon) == {
        frozenset(("undp", "iom")), frozenset(("undp", "iraq")), frozenset(("iom", "iraq"))}


def test_whoever_a_body_acts_under_the_authority_of_is_its_partner(lexicon) -> None:
    found = pairs("Sous l’autorité du gouvernement haïtien et en étroit partenariat avec la Mission des Nations Unies "
                  "à Haïti (MINUSTAH) et les ONG, le PAM entamera les distributions.", lexicon, "fr")
    assert found == {frozenset(("wfp", other)) for other in ("haiti", "org_minustah", "ngos")}


def test_a_companion_joins_the_subjects_joint_action(lexicon) -> None:
    expected = {frozenset(("mauritania", "senegal")), frozenset(("mauritania", "unhcr")),
                frozenset(("senegal", "unhcr"))}
    assert pairs("Mauritania and Senegal, together with UNHCR, signed an agreement.", lexicon) == expected
    assert pairs("Les Gouvernements de Mauritanie et du Sénégal, ensemble avec l'UNHCR ont signé un accord "
                 "tripartite.", lexicon, "fr") == expected


def test_people_a_clause_merely_names_are_served_by_nobody(lexicon) -> None:
    assert pairs("IOM cooperates with UNHCR in a region where migrants keep arriving.", lexicon) == {
        frozenset(("iom", "unhcr"))}
    assert pairs("L'OIM coopère avec le HCR dans une région où les migrants arrivent en grand nombre.", lexicon,
                 "fr") == {frozenset(("iom", "unhcr"))}
    # a word of serving before them, or a passive of serving after them, says they are served
    assert frozenset(("iom", "migrants")) in pairs("IOM cooperates with UNHCR to assist migrants.", lexicon)
    assert frozenset(("iom", "trafficking_victims")) in pairs(
        "IOM cooperates with UNHCR so that victims of trafficking are protected.", lexicon)
    # and so are the others of a list whose first member is served
    found = pairs("Les États coopèrent avec le HCR pour protéger les demandeurs d'asile, les réfugiés, les femmes "
                  "et les enfants.", lexicon, "fr")
    assert {frozenset(("unhcr", group)) for group in ("refugees", "women", "children")} <= found


def test_people_named_in_an_opening_clause_of_reason_are_not_served(lexicon) -> None:
    assert pairs("As most migrants, refugees and IDPs live in urban areas, UN-Habitat is supporting cities alongside "
                 "IOM.", lexicon) == {frozenset(("un_habitat", "iom")), frozenset(("un_habitat", "local_authorities"))}
    assert frozenset(("iom", "refugees")) in pairs("UN-Habitat is working alongside IOM to protect refugees.",
                                                   lexicon)


def test_alongside_names_a_partner(lexicon) -> None:
    assert pairs("UNHCR will establish coordination mechanisms alongside NGOs.", lexicon) == {
        frozenset(("unhcr", "ngos"))}
    # the word alone is the cue, with no other word of cooperation in the clause
    assert pairs("UNHCR works in camps alongside NGOs, while trade unions and employers wait.", lexicon) == {
        frozenset(("unhcr", "ngos"))}


def test_strengthening_the_capacities_of_a_body_links_whoever_does_it(lexicon) -> None:
    assert pairs("L'OIM renforce les capacités du ministère de l'Intérieur.", lexicon, "fr") == {
        frozenset(("iom", "interior"))}
    assert pairs("UNDP strengthens the capacity of the Ministry of Labour.", lexicon) == {
        frozenset(("undp", "labour_ministries"))}


def test_a_task_given_to_several_actors_makes_them_partners(lexicon) -> None:
    assert len(pairs("It is crucial for governments, employers' representatives, workers' representatives, and "
                     "civil society to review labour migration policies.", lexicon)) == 6
    assert links("Il est essentiel pour les gouvernements et les syndicats de revoir les politiques.", lexicon,
                 "fr") == [("governments", "--", "trade_unions", "social_dialogue", "required")]
    assert links("It is important for migrants to know their rights.", lexicon) == []


def test_people_listed_among_the_partners_work_with_the_subject_only(lexicon) -> None:
    assert pairs("IOM works closely with national authorities, civil society and local communities.", lexicon) == {
        frozenset(("iom", "governments")), frozenset(("iom", "civil_society")),
        frozenset(("iom", "local_communities"))}


def test_working_hand_in_hand_or_side_by_side_is_cooperation(lexicon) -> None:
    assert pairs("IOM has been working hand in hand with the Ministry of Health since 2010.", lexicon) == {
        frozenset(("iom", "health_services"))}
    assert pairs("L'OIM intervient aux côtés du HCR.", lexicon, "fr") == {frozenset(("iom", "unhcr"))}


def test_the_dialogue_in_lower_case_stands_for_the_dialogue_named_before(lexicon) -> None:
    assert pairs("The Abu Dhabi Dialogue was established in 2008. Civil society has been invited to contribute to "
                 "the dialogue.", lexicon) == {frozenset(("abu_dhabi_dialogue", "civil_society"))}


def test_the_capacities_of_the_bodies_an_including_list_names_are_theirs(lexicon) -> None:
    found = pairs("UNICEF and IOM will enhance the capacities of a large spectrum of actors, including civil society "
                  "and governmental authorities.", lexicon)
    assert found == {frozenset(("unicef", "civil_society")), frozenset(("unicef", "governments")),
                     frozenset(("iom", "civil_society")), frozenset(("iom", "governments"))}


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_previous_sentence(lexicon) -> None:
    text = ("With the financial support of the EU, the ILO developed a model contract for Ethiopia. It has supported "
            "the negotiation of a bilateral labour agreement between Madagascar and Lebanon.")
    found = pairs(text, lexicon)
    assert {frozenset(("ilo", "madagascar")), frozenset(("ilo", "lebanon"))} <= found
    assert frozenset(("european_union", "madagascar")) not in found


def test_joining_others_and_joint_initiatives_in_french(lexicon) -> None:
    assert pairs("Des pays d'accueil se sont joints au HCR et à la Banque mondiale pour exprimer leur soutien.",
                 lexicon, "fr") == {frozenset(("host_countries", "unhcr")), frozenset(("host_countries", "world_bank"))}
    assert frozenset(("errin", "european_union_member_states")) in pairs(
        "ERRIN, initiative conjointe de 15 États membres de l'UE, propose une aide aux migrants.", lexicon, "fr")


def test_a_role_opening_the_sentence_names_no_partner(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "As Bali Process Co-chairs, Indonesia and Australia will co-manage the office in consultation with UNHCR "
        "and IOM.", lexicon)} == {("australia", "indonesia"), ("australia", "iom"), ("australia", "unhcr"),
                                  ("indonesia", "iom"), ("indonesia", "unhcr")}


def test_those_who_launch_something_together_are_partners(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links("Australia and Indonesia today launched a support office.",
                                              lexicon)} == {("australia", "indonesia")}
    assert links("IOM launched a report.", lexicon) == []


def test_a_comma_and_with_name_a_partner_only_when_an_actor_follows(edges) -> None:
    assert edges("IFAD is partnering with In Touch, a Senegalese fintech, with presence in 14 countries.") == {
        ("ifad", "org_in_touch")}
    assert edges("The seven IGAD countries host refugees, with over 8 million IDPs.") == set()
    assert edges("Les communes devraient mettre en place, avec les associations de migrants, des guichets.",
                 "fr") == {("local_authorities", "migrant_associations")}


def test_examples_of_further_partners_go_on_with_the_list(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "L’OIM coopère avec le gouvernement du Niger, et divers acteurs nationaux et internationaux comme la "
        "société civile et les syndicats.", lexicon, "fr")} == {
        ("iom", "niger"), ("civil_society", "iom"), ("iom", "trade_unions")}


def test_a_support_verb_after_its_subject_names_no_giver(lexicon) -> None:
    # "appuie la Commission de la CEDEAO": "de" follows the object, not the support noun "l'appui de"
    assert {(a, b) for a, _, b, _, _ in links("L’OIT appuie la Commission de la CEDEAO et la Mauritanie.",
                                              lexicon, "fr")} == {("ecowas_commission", "ilo"), ("ilo", "mauritania")}


def test_an_agreement_stands_for_those_who_made_it(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "The East African Community (EAC) and the International Organization for Migration (IOM) have signed a "
        "Memorandum of Understanding. The partnership further seeks to support EAC partner states.", lexicon)} == {
        ("eac", "iom"), ("eac", "eac_member_states"), ("eac_member_states", "iom")}
    assert {(a, b) for a, _, b, _, _ in links(
        "La Suisse et le PNUD ont signé un accord. L'accord soutiendra les autorités locales.", lexicon, "fr")} == {
        ("switzerland", "undp"), ("local_authorities", "switzerland"), ("local_authorities", "undp")}
    # "the agreement between A and B" names its own parties
    assert {(a, b) for a, _, b, _, _ in links(
        "Switzerland and Norway signed a new agreement. The agreement between IOM and UNHCR is older.", lexicon)} == {
        ("norway", "switzerland"), ("iom", "unhcr")}


def test_the_commission_of_a_text_about_one_regional_body_is_that_bodys(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "The Commission together with the EU Member States has launched Talent Partnerships with Tunisia and "
        "Egypt.", lexicon)} == {
        ("egypt", "european_union"), ("egypt", "european_union_member_states"),
        ("european_union", "european_union_member_states"), ("european_union", "tunisia"),
        ("european_union_member_states", "tunisia")}
    # two regional bodies named: "the Commission" tells neither
    assert "european_union" not in {a for link in links(
        "The Commission works with IOM. The African Union and the EU met.", lexicon) for a in (link[0], link[2])}


def test_the_subject_announcing_a_list_acts_in_its_items(lexicon) -> None:
    text = ("Through the project, IOM will:\n\n1. Build the capacity of labour ministries;\n\n2. Work with trade "
            "unions.\n\nThe ILO works with employers.\n\nFinally, cooperate with the GFMD.")
    found = {(a, b) for a, _, b, _, _ in links(text, lexicon)}
    assert {("iom", "labour_ministries"), ("iom", "trade_unions"), ("ilo", "private_sector")} <= found
    # the list ended with the paragraph that is no item: the last call has no subject
    assert not any("gfmd" in pair for pair in found)
    assert {(a, b) for a, _, b, _, _ in links(
        "Par le biais de ce projet, l’OIT s’emploie à:\n\n• Promouvoir la coopération avec la CEDEAO.\n\n"
        "• Renforcer les capacités des organisations d'employeurs.", lexicon, "fr")} == {
        ("ecowas", "ilo"), ("employers_organizations", "ilo")}


def test_a_cooperation_led_by_one_body_with_others_joins_them(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "Le Pacte a été adopté après deux années de consultations menées par le HCR auprès des organisations "
        "internationales et de la société civile.", lexicon, "fr")} == {
        ("international_organizations", "unhcr"), ("civil_society", "unhcr")}
    assert {(a, b) for a, _, b, _, _ in links("A dialogue was launched in 2014 by the EU with Morocco.",
                                              lexicon)} == {("european_union", "morocco")}


def test_a_donation_is_support(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "IOM has donated equipment to enhance Mauritania’s border management capacity.", lexicon)} == {
        ("iom", "mauritania")}


def test_what_is_handed_to_a_country_goes_to_its_government(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links("IOM donated equipment to Mauritania.", lexicon)} == {
        ("iom", "mauritania")}
    assert "mauritania" not in {a for link in links("Migrants travel to Mauritania with IOM.", lexicon)
                                for a in (link[0], link[2])}


def test_a_countrys_own_border_services_are_the_country_a_border_between_two_is_a_place(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "IOM has donated equipment to enhance Mauritania’s border management capacity.", lexicon)} == {
        ("iom", "mauritania")}
    assert links("Trade on the Mali-Guinea border grew with IOM.", lexicon) == []


def test_a_capitalised_cue_inside_a_sentence_belongs_to_a_name(lexicon) -> None:
    # "Coordinators" heads a list of people, it joins nobody
    assert links("Co-Chairs: El Salvador, Philippines Coordinators: Mr. Hasan Er and Mr. Can Aygül, Presidency "
                 "for Turks Abroad.", lexicon) == []
    assert links("Held in Brussels, participants at the launch included members of the diaspora, IOM and UNHCR.",
                 lexicon) == []
    # an event named with a cue word keeps it when its partners follow: "Consultations annuelles avec les ONG"
    assert {(a, b) for a, _, b, _, _ in links(
        "A la veille des Consultations annuelles avec les ONG, le HCR a signé un accord.", lexicon, "fr")} >= {
        ("ngos", "unhcr")}
    # a sentence may open with one: "Cooperation with IOM is essential for the Government"
    assert links("Cooperation between IOM and UNHCR is essential.", lexicon) != []


def test_bodies_acting_jointly_are_partners_of_each_other_and_of_what_they_act_on(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links("UNHCR and IOM will jointly support the Government of Chad.",
                                              lexicon)} == {("iom", "unhcr"), ("chad", "iom"), ("chad", "unhcr")}


def test_an_initiative_no_runner_is_given_for_is_the_protagonists(lexicon) -> None:
    text = ("L’OIM a rencontré les autorités du Mali.\n\nL’OIM fournit un soutien aux gouvernements de la "
            "région.\n\nCette initiative de 1,5 million de dollars est financée par le gouvernement du Japon.")
    assert ("iom", "japan") in {(a, b) for a, _, b, _, _ in links(text, lexicon, "fr")}
    # two organisations named as often: the initiative is no one's
    text = ("UNHCR met IOM.\n\nUNHCR and IOM spoke.\n\nThe initiative is funded by Japan.")
    assert not any("japan" in (a, b) for a, _, b, _, _ in links(text, lexicon))


def test_a_project_funded_by_one_and_implemented_by_others_links_funder_and_implementers(lexicon) -> None:
    expected = {frozenset(("european_union", runner)) for runner in ("iom", "ilo", "icmpd")}
    implementers = {frozenset(pair) for pair in (("iom", "ilo"), ("iom", "icmpd"), ("ilo", "icmpd"))}
    assert pairs("The project is funded by the EU and implemented by IOM, ILO and ICMPD.", lexicon) == \
        expected | implementers  # (the implementers work together: test_co_implementers_and_joint_funders_…)
    assert expected <= pairs("Financée par l’UE, la phase sera mise en œuvre par un consortium d’agences spécialisées "
                             "comprenant l’OIM, l’OIT et l’ICMPD.", lexicon, "fr")
    # funders said to fund jointly act together
    assert frozenset(("european_union", "ecowas")) in pairs(
        "Le projet est financé de façon conjointe par l’Union européenne et la CEDEAO et mis en œuvre par l’OIM.",
        lexicon, "fr")


def test_the_members_of_a_consortium_are_partners_of_each_other(lexicon) -> None:
    assert pairs("The project is run by a consortium of IOM, ILO and ICMPD.", lexicon) == {
        frozenset(pair) for pair in (("iom", "ilo"), ("iom", "icmpd"), ("ilo", "icmpd"))}


def test_a_fronted_funder_backs_the_implementer_and_co_funders_are_partners(lexicon) -> None:
    assert {(a, b) for a, _, b, _, _ in links(
        "Financé par le gouvernement suisse, il a été mis en œuvre par l’OIM.", lexicon, "fr")} == {
        ("iom", "switzerland")}
    assert {(a, b) for a, _, b, _, _ in links(
        "Il a été prolongé grâce à un cofinancement de la Suisse et de la Belgique.", lexicon, "fr")} == {
        ("belgium", "switzerland")}


def test_a_comma_the_givers_list_goes_on_after_is_the_lists_own(lexicon) -> None:
    found = {(a, b) for a, _, b, _, _ in links(
        "Grâce à l'appui financier du Canada à travers le Programme de stabilisation (PSOP), du Japon et de la "
        "Suisse, l'OIM met en oeuvre un projet pilote.", lexicon, "fr")}
    assert ("canada", "iom") in found
    assert not any("japan" in pair and "canada" in pair for pair in found)


def test_a_sentence_counts_once_towards_the_protagonist(lexicon) -> None:
    # "the project" makes the start of its sentence read twice; IOM is still named in two sentences, as
    # UNHCR is, so the initiative is no one's
    text = ("UNHCR met IOM.\n\nIOM presented the project to the ministers.\n\nUNHCR spoke.\n\n"
            "The initiative is funded by Japan.")
    assert not any("japan" in (a, b) for a, _, b, _, _ in links(text, lexicon))


def test_a_partner_marker_said_again_after_but_also_goes_on_with_the_partners(lexicon) -> None:
    assert pairs("Le HCR collabore avec les autorités marocaines, mais également avec plusieurs ONG.", lexicon,
                 "fr") == {frozenset(("unhcr", "morocco")), frozenset(("unhcr", "ngos"))}
    assert pairs("UNHCR works with the Moroccan authorities but also with NGOs.", lexicon) == {
        frozenset(("unhcr", "morocco")), frozenset(("unhcr", "ngos"))}


def test_a_fronted_giver_may_follow_a_short_phrase_of_time_or_place(lexicon) -> None:
    assert pairs("Le mois dernier, avec le soutien des Nations Unies et de l’IGAD, l’OIM a organisé deux ateliers.",
                 lexicon, "fr") == {frozenset(("iom", "united_nations")), frozenset(("iom", "igad"))}
    assert pairs("In 2019, with the support of the United Nations, IOM trained officials.", lexicon) == {
        frozenset(("iom", "united_nations"))}


def test_partners_listed_after_its_partners_are_the_opening_actors_partners(lexicon) -> None:
    assert pairs("By November 2020, UNHCR implemented its programmes through 51 partners, including NGOs, WFP "
                 "and local authorities.", lexicon) == {
        frozenset(("unhcr", "ngos")), frozenset(("unhcr", "wfp")), frozenset(("unhcr", "local_authorities"))}
    assert pairs("L'OIM travaille avec ses partenaires, notamment le PNUD et le HCR.", lexicon, "fr") == {
        frozenset(("iom", "undp")), frozenset(("iom", "unhcr"))}
    # partners named beside the actors, not as theirs, are a list of participants
    assert pairs("Governments and partners such as IOM and UNHCR attended the meeting.", lexicon) == set()


def test_partners_listed_before_their_owner(lexicon) -> None:
    found = pairs("With partners such as the Tent Partnership for Refugees and the International Chamber of Commerce, "
                  "UNHCR has mobilized support.", lexicon)
    assert {frozenset(("unhcr", "tent_partnership")),
            frozenset(("unhcr", "org_international_chamber_of_commerce"))} <= found


def test_an_instance_named_after_its_group_is_no_partner_of_it(lexicon) -> None:
    found = pairs("En appui des actions du gouvernement, le PAM œuvre avec d’autres agences des Nations Unies, comme "
                  "le HCR.", lexicon, "fr")
    assert frozenset(("wfp", "unhcr")) in found
    assert frozenset(("international_organizations", "unhcr")) not in found


def test_co_implementers_and_joint_funders_are_partners(lexicon) -> None:
    assert pairs("The FMM West Africa project, implemented by IOM, ILO and ICMPD, started in 2013.", lexicon) == {
        frozenset(("iom", "ilo")), frozenset(("iom", "icmpd")), frozenset(("ilo", "icmpd"))}
    assert pairs("It is funded jointly by the European Union and ECOWAS.", lexicon) == {
        frozenset(("european_union", "ecowas"))}
    # six implementers are a consortium's members, not six partners of each other
    assert pairs("The project, implemented by IOM, ILO, ICMPD, UNDP, UNHCR and UNICEF, started in 2013.",
                 lexicon) == set()


def test_co_creators_of_a_project_are_partners(lexicon) -> None:
    assert pairs("Le projet a été créé par l'OIM et le PNUD.", lexicon, "fr") == {frozenset(("iom", "undp"))}


def test_co_implementers_named_after_jointly(lexicon) -> None:
    assert pairs("Le projet est mis en œuvre conjointement par l'OIM et le PNUD.", lexicon, "fr") == {
        frozenset(("iom", "undp"))}


def test_bodies_doing_a_joint_thing_together_are_partners(lexicon) -> None:
    assert pairs("A joint assessment of the interventions has been launched by UN-Habitat, UNDP and ILO.",
                 lexicon) == {frozenset(("un_habitat", "undp")), frozenset(("un_habitat", "ilo")),
                              frozenset(("undp", "ilo"))}
    assert pairs("L'atelier a été organisé conjointement par l'OIM et le HCR.", lexicon, "fr") == {
        frozenset(("iom", "unhcr"))}
    assert pairs("Une conférence conjointement organisée par la CEDEAO, l'UNICEF et l'OIM.", lexicon, "fr") == {
        frozenset(("ecowas", "unicef")), frozenset(("ecowas", "iom")), frozenset(("unicef", "iom"))}
    # an assessment launched by several bodies, not said to be joint, joins nobody
    assert pairs("An assessment of the interventions has been launched by UN-Habitat, UNDP and ILO.",
                 lexicon) == set()


def test_the_implementer_named_in_full_partners_with_those_after_in_partnership_with(lexicon) -> None:
    found = pairs("Le projet est financé par l’Union européenne et mis en œuvre par l’Organisation internationale pour "
                  "les migrations (OIM) en partenariat avec l’ICMPD et l’OIT.", lexicon, "fr")
    assert {frozenset(("iom", "icmpd")), frozenset(("iom", "ilo"))} <= found
    assert frozenset(("european_union", "icmpd")) not in found


def test_the_agent_just_before_in_cooperation_with_is_the_partner_not_the_first_actor(lexicon) -> None:
    found = pairs("Le projet est financé de façon conjointe par l’Union européenne et la CEDEAO et mis en œuvre par "
                  "l’Organisation internationale pour les migrations (OIM) en partenariat avec l’ICMPD.", lexicon, "fr")
    assert frozenset(("iom", "icmpd")) in found
    assert frozenset(("ecowas", "icmpd")) not in found


def test_a_body_and_those_who_set_it_up_are_partners(lexicon) -> None:
    assert frozenset(("iom", "midwa")) in pairs("MIDWA was established in December 2000 by IOM with the support of "
                                                "the EU.", lexicon)
    # "by" far from the founding names no founder
    assert frozenset(("iom", "midwa")) not in pairs("MIDWA was established in 2000. It was praised by IOM.", lexicon)


def test_those_who_commission_a_study_together_are_partners(lexicon) -> None:
    assert pairs("The study, commissioned by the ILO and UNHCR, praised measures taken.", lexicon) == {
        frozenset(("ilo", "unhcr"))}


def test_the_agent_of_a_projects_coordination_is_its_partner_in_what_follows(lexicon) -> None:
    assert pairs("Le projet est coordonné par le BIT et mis en œuvre en partenariat étroit avec le gouvernement "
                 "marocain.", lexicon, "fr") == {frozenset(("ilo", "morocco"))}
    # a funder is no partner of those the project works with
    assert frozenset(("european_union", "ngos")) not in pairs(
        "The project is funded by the EU and works with NGOs.", lexicon)


def test_an_acronyms_office_named_by_its_country_stays_in_the_list(lexicon) -> None:
    found = pairs("Erbil, Iraq, June 27, 2022 – UNDP Iraq and IOM, in partnership with UNHCR, held a workshop.",
                  lexicon)
    assert {frozenset(("undp", "unhcr")), frozenset(("iom", "unhcr"))} <= found
    # the country of a dateline with a written date is a place
    assert not any("iraq" in pair for pair in found)


def test_co_organisers_co_hosts_and_joint_missions_join_their_bodies(lexicon) -> None:
    assert pairs("Le HCR et l'OIM ont organisé le 18 décembre un forum national.", lexicon, "fr") == {
        frozenset(("unhcr", "iom"))}
    assert pairs("Une mission conjointe du HCR et du PAM a été organisée.", lexicon, "fr") == {
        frozenset(("unhcr", "wfp"))}
    assert frozenset(("unhcr", "switzerland")) in pairs(
        "More than 100 companies attend the Forum, co-hosted by UNHCR and the Government of Switzerland.", lexicon)
    # one body organising is alone: no partner
    assert pairs("Le HCR a organisé un forum national.", lexicon, "fr") == set()


def test_an_opening_with_several_partners_joins_each_to_the_subject(lexicon) -> None:
    assert pairs("In cooperation with the ILO, with UNHCR and with NGOs, IOM will train officials.", lexicon) == {
        frozenset(("iom", "ilo")), frozenset(("iom", "unhcr")), frozenset(("iom", "ngos"))}
    assert pairs("En coordination avec le gouvernement du Mali, avec les ONG, l'OIM apporte un soutien.", lexicon,
                 "fr") == {frozenset(("iom", "mali")), frozenset(("iom", "ngos"))}


def test_a_second_adjunct_of_the_opening_joins_the_subject_too(lexicon) -> None:
    assert pairs("Ethiopia - En collaboration étroite avec le gouvernement éthiopien et avec le soutien des Nations "
                 "Unies et de l’IGAD, l’OIM a organisé deux ateliers.", lexicon, "fr") == {
        frozenset(("iom", "ethiopia")), frozenset(("iom", "united_nations")), frozenset(("iom", "igad"))}


def test_a_supporter_inside_the_subjects_phrase_is_no_subject(lexicon) -> None:
    found = pairs("L’OIT et la Tunisie avec l’appui de l’AICS unissent leurs efforts pour la protection des "
                  "travailleurs.", lexicon, "fr")
    assert {frozenset(("ilo", "tunisia")), frozenset(("aics", "ilo")), frozenset(("aics", "tunisia"))} <= found


def test_partners_a_text_lists_are_the_partners_of_the_organisation_it_is_about(lexicon) -> None:
    found = pairs("IOM is partnering with local NGOs in Ethiopia. IOM will assist returnees. The partners are AGAR "
                  "Ethiopia; Facilitator for Change and Hunde Oromo Grassroots Development Initiative.", lexicon)
    assert {frozenset(("iom", "org_agar_ethiopia")), frozenset(("iom", "org_facilitator_for_change")),
            frozenset(("iom", "org_hunde_oromo_grassroots_development_initiative"))} <= found
    # an NGO whose name holds "Initiative" is no project the others are partners of
    assert not any("org_hunde_oromo_grassroots_development_initiative" in pair and "iom" not in pair for pair in found)
    # places are where partners are, not partners
    assert pairs("Cities Alliance works with cities. Cities Alliance supports the leadership of partner cities in "
                 "Ethiopia, Somalia and Uganda.", lexicon) & {frozenset(("cities_alliance", "ethiopia"))} == set()


def test_an_aside_after_the_givers_of_support_names_no_receiver(lexicon) -> None:
    assert pairs("The Brazilian government, with the technical support of UNHCR and IOM, linked to the UN, checked "
                 "city shelters.", lexicon) == {frozenset(("brazil", "unhcr")), frozenset(("brazil", "iom"))}


def test_the_funder_of_the_project_funds_the_implementers_a_later_sentence_names(lexicon) -> None:
    assert pairs("Over the past decade, the European Union (EU) funded programme has strengthened asylum systems "
                 "across the region. Implemented as a partnership among Frontex, IOM and UNHCR, this initiative has "
                 "supported national authorities.", lexicon) >= {
        frozenset(("european_union", "frontex")), frozenset(("european_union", "iom")),
        frozenset(("european_union", "unhcr"))}
    assert pairs("Le projet, financé par l’UE, a aidé les migrants. Il est mis en œuvre par l’OIM et le HCR.",
                 lexicon, "fr") >= {frozenset(("european_union", "iom")), frozenset(("european_union", "unhcr"))}
    # no funder named before: the implementers are partners of each other only
    assert pairs("The programme has helped migrants. It is implemented by IOM and UNHCR.", lexicon) == {
        frozenset(("iom", "unhcr"))}


def test_a_time_between_a_cooperation_verb_and_its_with_keeps_the_cue(lexicon) -> None:
    assert pairs("IOM partnered over the month of June with GIZ and UNHCR.", lexicon) == {
        frozenset(("iom", "giz")), frozenset(("iom", "unhcr"))}
    assert pairs("IOM worked in 2019 with UNHCR.", lexicon) == {frozenset(("iom", "unhcr"))}


def test_two_bodies_that_host_initiate_or_open_something_together_are_partners(lexicon) -> None:
    assert pairs("L’OIT et l’UA initient une conférence africaine sur la migration de main-d’œuvre.", lexicon,
                 "fr") == {frozenset(("african_union", "ilo"))}
    assert pairs("La Commission de l’Union africaine et l’OIT ont accueilli la réunion tripartite.", lexicon,
                 "fr") == {frozenset(("african_union", "ilo"))}


def test_the_two_organizations_stand_for_the_last_two_bodies_named(edges) -> None:
    assert edges("L’OIM a ouvert un bureau à Goma avec le HCR. Les deux organisations appuient le gouvernement de la "
                 "RDC.", "fr") == {("congo", "iom"), ("congo", "unhcr")}
    assert edges("IOM opened an office in Goma with UNHCR. Both organizations support the Government of the "
                 "DRC.") == {("congo", "iom"), ("congo", "unhcr")}
    # the noun chooses the kind: "both countries" are the last two countries, not the agency between them
    assert edges("Chile and Peru met with IOM in Lima. Both countries will cooperate with UNHCR.") >= {
        ("chile", "unhcr"), ("peru", "unhcr")}
    assert ("iom", "unhcr") not in edges("Chile and Peru met with IOM in Lima. Both countries will cooperate with "
                                         "UNHCR.")
    # "in both countries" is a place, and a reference with one body named before it stands for nothing
    assert edges("IOM works in Lima. The two agencies will cooperate with UNHCR.") == set()


def test_a_body_and_its_partner_are_linked(edges) -> None:
    assert edges("Le HCR et son partenaire, le Conseil tunisien pour les réfugiés (CTR), ont achevé l’exercice.",
                 "fr") == {("org_ctr", "unhcr")}
    assert edges("UNHCR and its partner, the Norwegian Refugee Council, completed the registration.") == {
        ("norwegian_refugee_council", "unhcr")}


def test_handing_over_equipment_is_support(lexicon) -> None:
    found = links("Le HCR a remis au Ministère de l’Administration territoriale un lot de matériels.", lexicon, "fr")
    assert [(a, b) for a, _, b, _, _ in found] == [("org_ministere_de_l_administration_territoriale", "unhcr")]


def test_the_sides_of_an_agreement_end_their_names(lexicon) -> None:
    found = links("L'accord a été signé entre la Commission marocaine de lutte contre la traite d'une part, et la "
                  "Commission nigérienne de lutte contre la traite d'autre part.", lexicon, "fr")
    assert [(a, b) for a, _, b, _, _ in found] == [("org_commission_marocaine_de_lutte_contre_la_traite",
                                                    "org_commission_nigerienne_de_lutte_contre_la_traite")]


def test_the_bodies_organising_or_initiating_together_are_partners(edges) -> None:
    assert edges("The meeting, hosted by Thailand and organized by WHO, UNDP and IOM, brings together officials.") == {
        ("iom", "undp"), ("iom", "who"), ("undp", "who")}
    assert edges("This is part of a joint initiative of ILO, the UN Refugee Agency (UNHCR) and UNICEF.") == {
        ("ilo", "unhcr"), ("ilo", "unicef"), ("unhcr", "unicef")}
    assert edges("Organisée à l’initiative du HCR et de l’OIM, cette rencontre a formé des policiers.", "fr") >= {
        ("iom", "unhcr")}


def test_the_funder_of_the_project_funds_who_runs_it_when_the_sentence_does_not_say(edges) -> None:
    text = ("IOM trained border officials in Accra. IOM also equipped two border posts. The project, funded by "
            "the European Union, ends in May.")
    assert ("european_union", "iom") in edges(text)
    # no organisation the text is about: nobody to fund
    assert edges("IOM and UNHCR met in Accra. The project, funded by the European Union, ends in May.") == set()


def test_co_pilots_and_bodies_joining_forces_are_partners(edges) -> None:
    assert edges("Le programme est copiloté par l’OFII, France Travail et l’AFPA.", "fr") == {
        ("afpa", "france_travail"), ("afpa", "ofii"), ("france_travail", "ofii")}
    assert ("fedasil", "forem") in edges("Le Forem s’associe à Fedasil pour l’intégration des demandeurs d’asile.",
                                         "fr")
    assert edges("IOM teamed up with UNICEF in Accra.") == {("iom", "unicef")}


def test_a_joint_endeavour_between_bodies_and_a_regional_administration(lexicon, edges) -> None:
    assert ("ethiopia", "united_nations") in edges("It is a joint endeavor between the government of Ethiopia and the "
                                                   "United Nations.")
    found = extract("It will be implemented by the Regional Banadir Administration in partnership with UNDP.",
                    lexicon=lexicon, language="en")
    assert {a.concept.id: a.concept.kind for a in found.actors}["org_regional_banadir_administration"] == \
        "local_authority"
    assert [(link.from_actor, link.to_actor) for link in found.links] == [
        ("org_regional_banadir_administration", "undp")]


def test_a_country_s_own_ministry_is_not_its_partner(edges) -> None:
    # The ministry is part of Spain's government: it works with the ILO, not with Spain.
    found = edges("WAFIRA is implemented by the Ministry of Inclusion, Social Security and Migration of Spain in "
                  "conjunction with the International Labour Organisation (ILO).")
    assert found == {("ilo", "org_ministry_of_inclusion")}
    assert edges("New Zealand’s Ministry of Business, Innovation and Employment (MBIE) works with New Zealand "
                 "and the ILO.") == {("ilo", "org_mbie")}


def test_managing_a_programme_with_a_body_is_a_partnership(edges) -> None:
    # (a first sentence ending with "…" is no heading: its actors stay)
    assert edges("Fedasil gère le programme de réinstallation avec le CGRA, en collaboration avec des partenaires "
                 "comme le HCR, l’OIM… Ces derniers jouent un rôle clé.", "fr") >= {
        ("belgium_cgrs", "fedasil"), ("fedasil", "iom"), ("fedasil", "unhcr")}
    assert edges("IOM manages the centre with UNHCR.") == {("iom", "unhcr")}


def test_discussions_held_together_are_a_partnership(edges) -> None:
    assert edges("UNHCR and UNICEF have held discussions to attract investment.") == {("unhcr", "unicef")}


def test_the_signatories_of_an_agreement_are_partners_of_each_other(edges) -> None:
    assert edges("The memorandum was signed by IOM, UNHCR and UNICEF.") == {
        ("iom", "unhcr"), ("iom", "unicef"), ("unhcr", "unicef")}
    assert len(edges("Le protocole a été signé par l'OIM, le HCR, l'UNICEF, le PNUD, l'OIT et l'OMS.", "fr")) == 15


def test_a_country_named_as_a_place_is_no_fallback_partner(edges) -> None:
    # No subject around "assisted": the people served are not linked to the places they were stranded in.
    assert edges("Since 2017, over 68,000 migrants stranded mainly in Niger (25,400) and Libya (29,900), have "
                 "been assisted to voluntary return.") == set()


def test_a_pronoun_of_a_closed_quotation_is_the_speakers(edges) -> None:
    assert edges("Nigeria, Mali and Guinea represent half of the caseload. “I can have them here now,” said Seyiba, "
                 "a returnee assisted by IOM.") == {("iom", "returnees")}


def test_an_and_inside_a_name_ends_no_fronted_phrase(edges) -> None:
    # "Economic and Social Affairs" is one name, not a list going on after the comma
    assert edges("In close collaboration with the OECD and IOM, the United Nations Department of Economic and "
                 "Social Affairs (UN DESA) organized the first forum.") == {("iom", "undesa"), ("oecd", "undesa")}


def test_a_list_runs_on_past_the_states_of_the_un(edges) -> None:
    # "les États membres de l'ONU" is one item of the list: the UN in it neither ends the list nor is a partner
    found = edges("Des consultations ont été menées par le HCR auprès des États membres de l’ONU, des organisations "
                  "internationales et de la société civile.", "fr")
    assert {("governments", "unhcr"), ("international_organizations", "unhcr"), ("civil_society", "unhcr")} <= found
    assert not any("united_nations" in pair for pair in found)


def test_joined_by_makes_partners_of_all(edges) -> None:
    found = edges("The Government of Sweden, joined by the Governments of Morocco and Netherlands, convened a "
                  "thematic meeting.")
    assert found == {("morocco", "netherlands"), ("morocco", "sweden"), ("netherlands", "sweden")}
    # (a pronoun's "were joined by" names no partner of a country)
    assert edges("They were joined by refugee community leaders.") == set()


def test_a_member_chairing_a_process_is_linked_to_it(edges) -> None:
    assert edges("The Government of Sweden, current GFMD 2013-2014 Chair-in-Office, convened a meeting.") == {
        ("gfmd", "sweden")}
    assert edges("La République de l’Équateur, en sa qualité de président 2019 du Forum mondial sur la migration et "
                 "le développement (FMMD), accueille cette réunion.", "fr") == {("ecuador", "gfmd")}
    # a verb after the comma is no apposition: who co-chairs is read by the co-chair cue
    assert ("australia", "bali_process") not in edges(
        "We, the Foreign Ministers of Indonesia and Australia, had the honour to co-chair the Sixth Ministerial "
        "Conference of the Bali Process.")


def test_a_short_name_in_brackets_goes_on_with_the_list(edges) -> None:
    found = edges("Le projet sera mis en œuvre dans le cadre d’une coopération entre le gouvernement du Ghana, le "
                  "Réseau des Nations unies sur les migrations (Réseau) et l’Union européenne.", "fr")
    assert found == {("european_union", "ghana"), ("european_union", "un_network_on_migration"),
                     ("ghana", "un_network_on_migration")}


def test_the_body_named_before_who_runs_it_is_their_partner(edges) -> None:
    found = edges("Des villes réunies autour du Mécanisme des maires (piloté par CGLU et l'OIM) ont participé.", "fr")
    assert {("iom", "mayors_mechanism"), ("mayors_mechanism", "uclg")} <= found


def test_a_backer_then_a_list_closed_by_its_verb(edges) -> None:
    # the EU backs; the ILO and IOM, subject of "ont co-organisé", act together
    assert edges("Avec l’appui de l’Union européenne (UE), l’Organisation internationale du Travail (OIT) et l’OIM ont "
                 "co-organisé une conférence.", "fr") == {("european_union", "ilo"), ("european_union", "iom"),
                                                          ("ilo", "iom")}
    # a comma after the backers' "and" closes their list: Luxembourg backs IFAD, not the EU
    found = edges("With support from the EU, Luxembourg and UNCDF, IFAD will launch a facility.")
    assert ("european_union", "luxembourg") not in found and ("ifad", "luxembourg") in found


def test_the_parties_to_a_joint_declaration_are_partners_however_many(edges) -> None:
    found = edges("Le Niger, le Tchad, la Libye, l'Union européenne, la France, l'Allemagne, l'Italie et l'Espagne ont "
                  "affirmé, dans une déclaration conjointe adoptée à Niamey, leur volonté de coopérer.", "fr")
    assert len(found) == 28 and ("germany", "niger") in found


def test_the_members_making_up_a_body_are_partners(edges) -> None:
    found = edges("Le projet est mis en œuvre par un consortium de partenaires (OIM, ICMPD et OIT).", "fr")
    assert {("icmpd", "iom"), ("ilo", "iom"), ("icmpd", "ilo")} <= found
    found = edges("The Mayors Mechanism, composed of UCLG and IOM, took part.")
    assert {("iom", "mayors_mechanism"), ("mayors_mechanism", "uclg"), ("iom", "uclg")} <= found


def test_the_three_parties_of_a_tripartite_agreement(edges) -> None:
    assert edges("Chad recently signed a Tripartite Agreement with the Central African Republic and UNHCR.") == {
        ("central_african_republic", "chad"), ("central_african_republic", "unhcr"), ("chad", "unhcr")}
    assert ("central_african_republic", "unhcr") in edges(
        "Le Tchad a signé un accord tripartite avec la République centrafricaine et le HCR.", "fr")
    assert ("central_african_republic", "unhcr") not in edges(
        "Chad signed an agreement with the Central African Republic and UNHCR.")


def test_in_a_consortium_with_a_list(edges) -> None:
    found = edges("The project is coordinated by GIZ in a consortium with the British Council, Civipol, Expertise "
                  "France, IOM and UNODC.")
    assert found == {("british_council", "giz"), ("civipol", "giz"), ("expertise_france", "giz"), ("giz", "iom"),
                     ("giz", "unodc")}
