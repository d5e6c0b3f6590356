"""Named organisations, countries and plain groups: found whole, kept distinct, never inside another name."""

from __future__ import annotations

import pytest

from partnermap.extract import extract, load_lexicon
from partnermap.extract.countries import country_concepts


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def actors(text: str, lexicon, language: str = "en") -> dict[str, str]:
    """Actor id -> kind, for the actors drafted from `text`."""
    return {a.concept.id: a.concept.kind for a in extract(text, lexicon=lexicon, language=language).actors}


def test_un_bodies_are_found_by_french_and_english_names_and_acronyms(lexicon) -> None:
    assert set(actors("Le PNUD, le HCDH, l'OCDE, le CCS et le Groupe mondial sur la migration coopèrent avec "
                      "l'Assemblée générale.", lexicon, "fr")) == {
        "undp", "ohchr", "oecd", "ceb", "global_migration_group", "general_assembly"}
    assert set(actors("UNDP, OHCHR, the OECD, the CEB and the GMG report to the General Assembly.", lexicon)) == {
        "undp", "ohchr", "oecd", "ceb", "global_migration_group", "general_assembly"}


def test_an_actor_is_never_found_inside_a_longer_name(lexicon) -> None:
    assert actors("Le Fonds des Nations Unies pour la population (FNUAP) soutient les États.", lexicon, "fr") == {
        "unfpa": "international_organization", "governments": "government"}
    assert "social_services" not in actors("The OECD Directorate for Employment, Labour and Social Affairs "
                                           "met labour market experts.", lexicon)
    assert set(actors("Labor market actors met the Ministry of Health.", lexicon)) == {"health_services"}
    assert set(actors("Les acteurs du marché du travail ont rencontré le ministère de la Santé.", lexicon,
                      "fr")) == {"health_services"}
    # The compact is a document (bench/extract/ANNOTATING.md): it names no actor, not even "States".
    assert actors("The Global Compact for Safe, Orderly and Regular Migration was adopted.", lexicon) == {}


def test_acronyms_count_only_in_capitals(lexicon) -> None:
    assert "african_union" in actors("L'UA et l'UE coopèrent.", lexicon, "fr")
    assert "african_union" not in actors("Les migrants ont recours au dialogue et ua sert à rien.", lexicon, "fr")
    assert "african_union" not in actors("The au pair programme helps families.", lexicon)


def test_forums_and_processes_stay_distinct(lexicon) -> None:
    found = actors("The GFMD and the High-level Dialogue should cooperate with the Global Migration Group.", lexicon)
    assert {"gfmd", "high_level_dialogue", "global_migration_group"} <= set(found)


def test_named_countries_come_from_pycountry_in_french_and_english(lexicon) -> None:
    concepts = country_concepts()
    assert len(concepts) >= 240
    assert concepts["netherlands"].name == {"en": "Netherlands", "fr": "Pays-Bas"}
    assert concepts["sweden"].kind == "government"
    assert set(actors("Sweden, Morocco and the Netherlands should work with governments.", lexicon)) >= {
        "sweden", "morocco", "netherlands", "governments"}
    assert set(actors("La Suède, le Maroc et les Pays-Bas devraient coopérer avec le gouvernement allemand.",
                      lexicon, "fr")) == {"sweden", "morocco", "netherlands", "germany"}
    # A short name the English and French lists of one country share is still that country's.
    assert set(actors("UNDP and the Government of Moldova met Iran and Viet Nam.", lexicon)) == {
        "undp", "moldova", "iran", "vietnam"}


def test_a_ministry_of_a_named_country_is_that_countrys_own(lexicon) -> None:
    found = extract("The Egyptian Ministry of Foreign Affairs should cooperate with the Ministry of Labour of "
                    "Morocco.", lexicon=lexicon, language="en")
    named = {a.concept.id: (a.concept.kind, a.concept.name["en"], a.aliases) for a in found.actors}
    assert named == {
        "egypt_foreign_affairs": ("government_sector", "Foreign affairs (Egypt)",
                                  ["Egyptian Ministry of Foreign Affairs"]),
        "morocco_labour_ministries": ("government_sector", "Labour ministries (Morocco)",
                                      ["Ministry of Labour of Morocco"]),
    }
    assert set(actors("Le ministère égyptien des affaires étrangères coopère avec le HCR.", lexicon, "fr")) == {
        "egypt_foreign_affairs", "unhcr"}
    # The field after the adjective ("ministère marocain de la Justice") still belongs to the ministry's name.
    assert set(actors("Le ministère marocain de la Justice coopère avec le Niger.", lexicon, "fr")) == {
        "morocco_justice", "niger"}
    assert set(actors("Un ministère malien coopère avec le HCR.", lexicon, "fr")) == {"mali", "unhcr"}
    assert set(actors("Le projet est financé par le ministère fédéral allemand des Affaires étrangères (AA) et mis "
                      "en œuvre par l'OIM.", lexicon, "fr")) == {"germany_foreign_affairs", "iom"}
    # "a financé" folds like "aux finances": no ministry of finance
    assert set(actors("Le ministère allemand a financé l'OIM.", lexicon, "fr")) == {"germany", "iom"}


def test_its_member_states_are_those_of_the_body_named_before(lexicon) -> None:
    assert set(actors("The EU and its Member States met IOM.", lexicon)) == {
        "european_union", "european_union_member_states", "iom"}
    assert set(actors("IOM held a dialogue with UNICEF and the full support of its Member States.", lexicon)) == {
        "iom", "unicef", "iom_member_states"}
    assert set(actors("La CEDEAO coopère avec l'OIM pour ses États membres.", lexicon, "fr")) == {
        "ecowas", "iom", "ecowas_member_states"}
    # With no body before them, they are governments at large.
    assert set(actors("Its Member States met IOM.", lexicon)) == {"governments", "iom"}


def test_experts_invited_as_such_are_an_actor_but_a_bodys_experts_are_not(lexicon) -> None:
    # an event named after those who attend names no experts
    assert set(actors("IOM's first expert workshop gathered governments.", lexicon)) == {"iom", "governments"}
    assert set(actors("Un atelier d'experts a réuni l'OIM et les gouvernements.", lexicon, "fr")) == {
        "iom", "governments"}
    assert actors("La réunion a rassemblé des experts, des praticiens et les gouvernements.", lexicon, "fr") == {
        "experts": "academia", "governments": "government"}
    assert actors("The meeting brought together experts and governments.", lexicon) == {
        "experts": "academia", "governments": "government"}
    assert set(actors("Les experts de la CEDEAO ont rencontré l'OIM.", lexicon, "fr")) == {"ecowas", "iom"}
    assert set(actors("Experts from UNHCR met IOM.", lexicon)) == {"unhcr", "iom"}


def test_a_country_name_that_is_an_ordinary_word_needs_a_frame(lexicon) -> None:
    # "Réunion" is a French overseas region and, with a capital in titles, a meeting.
    assert set(actors("Une Réunion Thématique a été organisée par l'OIM.", lexicon, "fr")) == {"iom"}
    assert set(actors("Le gouvernement de la Réunion et l'OIM coopèrent.", lexicon, "fr")) == {"reunion", "iom"}


def test_towns_listed_with_their_countries_in_a_sentence_about_cities_are_city_governments(lexicon) -> None:
    found = actors("The cities selected for support are Barranquilla, Colombia; Beirut, Lebanon; Freetown, "
                   "Sierra Leone and Lima, Peru.", lexicon)
    assert {"org_barranquilla", "org_beirut", "org_freetown", "org_lima"} <= set(found)
    assert found["org_beirut"] == "local_authority"
    assert not {"colombia", "lebanon", "sierra_leone", "peru"} & set(found)  # the countries are places
    # With no word about cities, a name before a country is no town.
    assert set(actors("The meeting in Geneva, Switzerland brought IOM and UNHCR together.", lexicon)) == {
        "iom", "unhcr"}


def test_a_french_name_goes_on_through_a_before_a_capital(lexicon) -> None:
    found = actors("L’Office des Tunisiens à l’Etranger (OTE) coopère avec l'OIT.", lexicon, "fr")
    assert found == {"org_ote": "government_sector", "ilo": "international_organization"}


def test_names_listed_between_semicolons_are_read_in_a_mostly_capitalised_sentence(lexicon) -> None:
    found = actors("Also joining are the Good Samaritan Association; the Mary Joy Development Association; and "
                   "IOM.", lexicon)
    assert {"org_good_samaritan_association", "org_mary_joy_development_association", "iom"} <= set(found)


def test_workers_own_bodies_are_unions_and_a_haute_autorite_is_a_governments(lexicon) -> None:
    found = actors("The Domestic Workers Committee (DWC) at the National Federation of Employees and Workers in "
                   "Lebanon (FENASOL) met the ILO.", lexicon)
    assert (found["org_dwc"], found["org_fenasol"]) == ("trade_union", "trade_union")
    found = actors("Le FORIM et la Haute Autorité pour la consolidation de la paix (HACP) coopèrent.", lexicon, "fr")
    assert found == {"forim": "migrant_association", "org_hacp": "government_sector"}


def test_workers_and_employers_groups_are_their_organisations(lexicon) -> None:
    assert set(actors("Workers’ and employers’ groups met the ILO.", lexicon)) == {
        "trade_unions", "employers_organizations", "ilo"}


def test_a_name_is_read_back_from_its_acronyms_initials(lexicon) -> None:
    found = actors("L’OFII coopère avec l’Agence nationale pour l’emploi et le travail indépendant (ANETI).", lexicon,
                   "fr")
    assert found == {"ofii": "government_sector", "org_aneti": "government_sector"}
    # an elided article does not hide the word telling the kind
    assert actors("Enabel travaille avec le Réseau flamand d’entreprises (VOKA).", lexicon, "fr")["org_voka"] == \
        "employers_organization"
    # initials that do not spell the acronym name nothing
    assert set(actors("L’OFII coopère avec le travail indépendant (ANETI).", lexicon, "fr")) == {"ofii"}


def test_a_sentence_listing_names_in_capitals_is_no_title(lexicon) -> None:
    found = actors("IOM launched a project. The partners are the Beza Posterity Development Association, the Good "
                   "Samaritan Association and UNICEF.", lexicon)
    assert set(found) == {"iom", "org_beza_posterity_development_association", "org_good_samaritan_association",
                          "unicef"}
    # a region named with its acronym is a place
    assert set(actors("IOM works in the Southern Nations Nationalities and Peoples’ Region (SNNPR) with the EU.",
                      lexicon)) == {"iom", "european_union"}


def test_envoys_from_a_country_speak_for_it_and_its_army_is_its_own(lexicon) -> None:
    assert {"australia", "canada"} <= set(actors("Observers from Australia and Canada met IOM.", lexicon))
    assert set(actors("Le PAM travaille avec l’armée américaine.", lexicon, "fr")) == {
        "wfp", "united_states_armed_forces"}
    assert set(actors("The Democratic Republic of Congo (DRC) met IOM.", lexicon)) == {"congo", "iom"}


def test_a_financing_instrument_is_no_actor(lexicon) -> None:
    found = actors("The Mayors Migration Council launched the Global Cities Fund for Inclusive Pandemic "
                   "Response. The EU Emergency Trust Fund for Africa (EUTF) funds IOM.", lexicon)
    assert not any(actor.startswith("org_") for actor in found)
    assert {"mayors_migration_council", "european_union", "iom"} <= set(found)


def test_places_are_not_actors(lexicon) -> None:
    assert "local_authorities" not in actors("In the cities she visited, the Special Rapporteur met NGOs.", lexicon)
    assert set(actors("Des experts venus d'Albanie et du Ghana ont rencontré l'OIM.", lexicon, "fr")) == {"iom"}


def test_plain_groups_the_lexicon_used_to_lack(lexicon) -> None:
    assert set(actors("Employers, churches and bar associations should work with source countries, consultative "
                      "processes and the public.", lexicon)) == {
        "private_sector", "civil_society", "countries_of_origin", "regional_processes", "citizens"}
    assert set(actors("La communauté internationale et les mécanismes régionaux doivent informer le public.",
                      lexicon, "fr")) == {"governments", "regional_processes", "citizens"}
    assert set(actors("NGOs and civil society should cooperate.", lexicon)) == {"ngos", "civil_society"}


def test_an_organisation_named_with_its_acronym_becomes_an_actor(lexicon) -> None:
    found = extract("Le HCR a signé un accord avec le Conseil européen des réfugiés et exilés (ECRE). "
                    "L'ECRE coopère avec les ONG.", lexicon=lexicon, language="fr")
    ecre = next(a for a in found.actors if a.concept.id == "org_ecre")
    assert ecre.concept.kind == "civil_society" and len(ecre.sentences) == 2
    assert {(link.from_actor, link.to_actor) for link in found.links} >= {("org_ecre", "unhcr"), ("ngos", "org_ecre")}


def test_a_government_body_named_in_capitals_is_an_actor_of_its_own(lexicon) -> None:
    found = actors("The ILO trained the Ministry of Women and Family and the National Institute of Statistics, "
                   "with the Ministry of Labour.", lexicon)
    assert found == {"ilo": "international_organization",
                     "org_ministry_of_women_and_family": "government_sector",
                     "org_national_institute_of_statistics": "government_sector",
                     "labour_ministries": "government_sector"}


def test_places_after_numbers_and_quantifiers_datelines_and_names_holding_a_common_noun(lexicon) -> None:
    assert set(actors("L'UNHCR aide les réfugiés dans 31 pays européens et dans de nombreux autres pays.",
                      lexicon, "fr")) == {"unhcr", "refugees"}
    # A dateline opens a press release; "City" and "Country" written in a name are part of it.
    assert set(actors("Djibouti City, Djibouti – The ILO Country Office met IOM.", lexicon)) == {"ilo", "iom"}
    assert set(actors("Berlin - L'OIM a rencontré le HCR.", lexicon, "fr")) == {"iom", "unhcr"}
    # nor does the "Union" of a company's name name trade unions: the company is an actor of its own
    assert set(actors("UNDP and Western Union will cooperate.", lexicon)) == {"undp", "western_union"}


def test_bodies_named_only_in_a_persons_title_are_no_actors(lexicon) -> None:
    found = actors("The ILO met the Head of EU Delegation, the representative to AU and ECA M. Musindo, "
                   "and the IOM Head of Mission Mrs. Davio, and Ms Daviot, Chief of Mission of UNHCR Djibouti.",
                   lexicon)
    assert set(found) == {"ilo"}
    found = actors("Eugenio Ambrosi, Directeur régional de l’OIM pour l’UE, la Norvège et la Suisse, a parlé "
                   "au HCR.", lexicon, "fr")
    assert set(found) == {"unhcr"}
    # Named otherwise too, the body is an actor.
    assert set(actors("The IOM Head of Mission said IOM supports NGOs.", lexicon)) == {"iom", "ngos"}


def test_a_phrase_naming_several_groups_gives_each_its_own_name(lexicon) -> None:
    found = extract("The workshop brings together workers and employers’ representatives. Migrants live in "
                    "countries of origin, transit and destination, and cooperation between them is needed.",
                    lexicon=lexicon, language="en")
    aliases = {a.concept.id: a.aliases for a in found.actors}
    assert aliases["trade_unions"] == ["workers' representatives"]
    assert aliases["employers_organizations"] == ["employers' representatives"]


def test_a_government_body_name_holding_a_second_head_word_stays_whole(lexicon) -> None:
    found = actors("The ILO met the National Coordination Bureau on Migration.", lexicon)
    assert found == {"ilo": "international_organization",
                     "org_national_coordination_bureau_on_migration": "government_sector"}


def test_more_plain_groups_of_real_documents(lexicon) -> None:
    assert set(actors("NGOs should assist migrants held in detention and work with all the participating "
                      "countries, local action groups and home communities.", lexicon)) == {
        "ngos", "detained_migrants", "governments", "local_action_groups", "local_communities"}
    assert set(actors("Les signataires de la Convention et les institutions officielles coopèrent avec le HCR.",
                      lexicon, "fr")) == {"states_parties", "public_institutions", "unhcr"}


def test_headings_slashes_and_quoted_titles(lexicon) -> None:
    # A body named only in the document's title heading is no actor of its own.
    assert set(actors("Déclaration du Dialogue de haut niveau\n\nLes États saluent l'OIM.", lexicon, "fr")) == {
        "governments", "iom"}
    # "NGOs/hometown associations" are the hometown associations; a quoted project title names no group.
    assert set(actors("The project brought together NGOs/hometown associations and UNDP in a new project "
                      "- “Strengthen social cohesion through empowered citizens”.", lexicon)) == {
        "migrant_associations", "undp"}


def test_an_organisation_named_in_capitals_without_acronym_is_an_actor_of_its_own(lexicon) -> None:
    found = actors("UNDP will support the Alliance of Hometown Associations and the Southern Corridor Process, "
                   "as adopted by the AU Executive Council.", lexicon)
    assert found == {"undp": "international_organization",
                     "org_alliance_of_hometown_associations": "migrant_association",
                     "org_southern_corridor_process": "regional_process",
                     "african_union": "regional_institution"}
    # A title in capitals names nothing by its capitals alone.
    assert "org_global_forum_on_something" not in actors("The Global Forum On Something Meets The Press\n\n"
                                                         "UNDP spoke.", lexicon)


def test_named_processes_and_more_bodies_are_actors_of_their_own(lexicon) -> None:
    assert set(actors("The Rabat Process, the Colombo Process and regional consultative processes met the "
                      "African Development Bank, the UN Country Team and the Global Refugee Forum.",
                      lexicon)) == {"rabat_process", "colombo_process", "regional_processes", "afdb",
                                    "un_country_team", "global_refugee_forum"}
    assert set(actors("Le Processus de Khartoum, la CEDEAO, l'UEMOA et la Banque africaine de développement "
                      "coopèrent avec le Comité international de la Croix-Rouge.", lexicon, "fr")) == {
        "khartoum_process", "ecowas", "uemoa", "afdb", "icrc"}


def test_what_flows_between_countries_goes_between_places(lexicon) -> None:
    assert set(actors("The AU sees migrant workers as crucial in the flow of goods between countries of origin "
                      "and destination.", lexicon)) == {"african_union", "migrant_workers"}
    assert {"countries_of_origin", "host_countries"} <= set(actors(
        "Partnerships between countries of origin and destination should grow.", lexicon))


def test_a_country_after_de_is_a_place_only_after_a_word_of_coming_from(lexicon) -> None:
    assert set(actors("Les représentants de la Mauritanie et du Tchad ont rencontré l'OIM.", lexicon, "fr")) == {
        "mauritania", "chad", "iom"}
    assert set(actors("Des experts de l’OIM venus d’Albanie, du Ghana, d’Iraq, du Maroc et de Turquie ont parlé.",
                      lexicon, "fr")) == {"iom"}
    # A minister speaks for the ministry, the country's own: the country is no place there.
    assert "senegal_interior" in actors("Le Ministre de l'Intérieur du Sénégal a salué l'OIM.", lexicon, "fr")


def test_country_names_of_the_un_and_of_common_use_and_more_adjectives(lexicon) -> None:
    assert set(actors("Le gouvernement de l'Iraq, le Myanmar et les autorités tunisiennes coopèrent.", lexicon,
                      "fr")) == {"iraq", "myanmar", "tunisia"}
    assert set(actors("Turkey, the DRC and the Ukrainian Government met UNHCR.", lexicon)) == {
        "turkiye", "congo", "ukraine", "unhcr"}
    # "Congo" alone is the Republic of the Congo, never both Congos; "Korea" alone names neither Korea.
    concepts = country_concepts()
    assert "Congo" not in concepts["congo"].phrases["en"] and "Congo" in concepts["congo_cg"].phrases["en"]
    assert "Korea" not in {*concepts["south_korea"].phrases["en"], *concepts["north_korea"].phrases["en"]}


def test_donors_parliaments_humanitarian_actors_and_labels_of_named_bodies(lexicon) -> None:
    assert set(actors("Donor countries, parliamentarians, humanitarian organizations and UN specialized agencies "
                      "should work with partner countries.", lexicon)) == {
        "donors", "parliaments", "humanitarian_actors", "international_organizations", "governments"}
    # A plain group right before the bodies it stands for only labels them.
    assert set(actors("The funding partners Germany and Sweden met the donors (Norway).", lexicon)) == {
        "germany", "sweden", "norway"}


def test_departments_and_directorates_of_governments_are_bodies_of_their_own(lexicon) -> None:
    found = actors("The Department of Labor and Employment of the Philippines and the Directorate of Immigration "
                   "met IOM.", lexicon)
    assert found == {"org_department_of_labor_and_employment_of_the_philippines": "government_sector",
                     "org_directorate_of_immigration": "government_sector", "iom": "international_organization"}


def test_an_elided_article_is_not_part_of_an_organisations_name(lexicon) -> None:
    found = extract("Le HCR coopère avec l'Agence marocaine de coopération internationale (AMCI).", lexicon=lexicon,
                    language="fr")
    amci = next(a for a in found.actors if a.concept.id == "org_amci")
    assert amci.concept.name["fr"] == "Agence marocaine de coopération internationale (AMCI)"
    assert amci.concept.kind == "government_sector"


def test_a_ministry_the_lexicon_does_not_know_is_a_body_in_french_and_its_countrys_government_in_english(
        lexicon) -> None:
    # (French writes the whole name after the adjective, and the annotators draw the ministry: a body of its own)
    assert actors("Le ministère marocain chargé des Marocains résidant à l'étranger a rencontré le HCR.", lexicon,
                  "fr") == {"org_ministere_marocain_charge_des_marocains_residant_a_l_etranger": "government_sector",
                            "unhcr": "international_organization"}
    # (an English name run stops at "in charge of": the adjective names the government)
    assert set(actors("The Moroccan Ministry in charge of Moroccans Living Abroad met UNHCR.", lexicon)) == {
        "morocco", "unhcr"}


def test_communities_or_populations_alone_name_no_actor(lexicon) -> None:
    assert set(actors("UNHCR and IFRC help the communities affected by the conflict.", lexicon)) == {
        "unhcr", "ifrc"}
    assert set(actors("L'OIM aide les populations vulnérables et les communautés locales.", lexicon, "fr")) == {
        "iom", "local_communities"}


def test_a_weak_plural_word_found_in_the_singular_names_nobody(lexicon) -> None:
    assert set(actors("Community development was funded by the European Community for local communities.",
                      lexicon)) == {"european_union", "local_communities"}
    assert "local_communities" not in actors("Community development matters to UNDP.", lexicon)


def test_the_body_of_a_person_who_speaks_is_the_speaker(lexicon) -> None:
    assert set(actors("Mr Musa, Chief of Mission of UNHCR in Ghana, said the programme will help returnees.",
                      lexicon)) == {"unhcr", "returnees"}
    # The places of a speaker's title are no speakers: "pour l'UE, la Norvège et la Suisse".
    assert set(actors("Eugenio Ambrosi, Directeur régional de l’OIM pour l’UE, la Norvège et la Suisse, a déclaré "
                      "que le HCR aide.", lexicon, "fr")) == {"iom", "unhcr"}


def test_the_united_nations_as_a_whole_but_not_its_documents_or_places(lexicon) -> None:
    assert set(actors("The African Union and the United Nations signed a framework.", lexicon)) == {
        "african_union", "united_nations"}
    assert set(actors("Guided by the UN Charter and the United Nations Sustainable Development Goals, IOM met at "
                      "UN Headquarters. A whole-of-government approach is needed.", lexicon)) == {"iom"}
    assert set(actors("D'autres pays sont représentés par leurs missions permanentes auprès des Nations Unies à "
                      "Genève; l'ONU salue l'Union africaine.", lexicon, "fr")) == {
        "foreign_affairs", "united_nations", "african_union"}  # (bare "pays", linked to nobody, is no actor)


def test_the_government_of_a_document_naming_one_countrys_government_is_that_country(lexicon) -> None:
    found = extract("The Government of Djibouti met IOM. The Government will work with employers. Governments "
                    "should cooperate.", lexicon=lexicon, language="en")
    mentions = {a.concept.id: [m.words for m in a.mentions] for a in found.actors}
    assert mentions["djibouti"] == ["Government of Djibouti", "Government"]
    assert mentions["governments"] == ["Governments"]
    # Two countries' governments: "the Government" tells neither.
    assert "governments" in actors("The Government of Mali and the Government of Niger met. The Government "
                                   "spoke.", lexicon)


def test_population_as_a_figure_or_a_migrant_group_is_not_the_public(lexicon) -> None:
    assert set(actors("The migrant population and refugee populations grew; population data and the working-age "
                      "population were discussed with UNFPA.", lexicon)) == {"migrants", "refugees", "unfpa"}


def test_a_documents_own_acronym_wins_and_a_national_ngo_is_civil_society(lexicon) -> None:
    # The councils are in the gazetteer: the acronym the document gives them is theirs, not Congo's.
    found = actors("The Danish Refugee Council (DRC) works with UNHCR. DRC trains staff of the Norwegian Refugee "
                   "Council (NRC).", lexicon)
    assert found == {"danish_refugee_council": "civil_society", "unhcr": "international_organization",
                     "norwegian_refugee_council": "civil_society"}
    found = actors("The Syrian Refugee Council (SRC) works with UNHCR. SRC trains staff.", lexicon)
    assert found == {"org_src": "civil_society", "unhcr": "international_organization"}
    assert actors("The DRC and Rwanda met UNHCR.", lexicon)["congo"] == "government"


def test_special_rapporteurs_of_other_mandates_stay_distinct(lexicon) -> None:
    assert set(actors("The Special Rapporteur on trafficking in persons and the Special Rapporteur on the human "
                      "rights of migrants met.", lexicon)) == {"special_rapporteur_trafficking",
                                                                "special_rapporteur_migrants"}


def test_places_after_demonstratives_and_possessives(lexicon) -> None:
    assert set(actors("IOM works in all countries of the region, in these countries and in their communities.",
                      lexicon)) == {"iom"}
    assert "governments" in actors("Capacities are needed in all government sectors, including justice.", lexicon)


def test_a_group_named_as_the_role_of_another_actor_is_no_actor(lexicon) -> None:
    assert set(actors("Reconnaissons le rôle des migrants en tant que partenaires du développement.", lexicon,
                      "fr")) == {"migrants"}
    assert set(actors("Switzerland, as a donor, funds IOM.", lexicon)) == {"switzerland", "iom"}
    # "such as", "as well as" list actors, they give no role.
    assert "ngos" in actors("Civil society groups such as NGOs met.", lexicon)
    assert "ngos" in actors("IOM as well as NGOs met.", lexicon)


def test_a_known_body_named_after_a_possessor_is_that_body(lexicon) -> None:
    # "the UN’s International Fund … (IFAD)" is IFAD, not a second organisation named from the whole phrase.
    assert actors("The UN’s International Fund for Agricultural Development (IFAD) has developed two new "
                  "partnerships to make remittances cheaper for migrant workers.", lexicon) == {
        "ifad": "international_organization", "migrant_workers": "beneficiary"}


def test_a_past_participle_folded_like_a_sector_word_names_no_sector(lexicon) -> None:
    # "financé" folds to "finance": funding is not the finance ministries.
    assert set(actors("Le projet, financé par l'Union européenne, appuie le ministère de l'Intérieur.", lexicon,
                      "fr")) == {"european_union", "interior"}
    assert "finance_ministries" in actors("Les ministères de l'Intérieur et des Finances coopèrent.", lexicon, "fr")


def test_unions_employers_agencies_and_ngos_by_their_own_names(lexicon) -> None:
    found = actors("The ITUC signed an agreement with the International Organisation of Employers, Expertise France "
                   "and the Danish Refugee Council.", lexicon)
    assert found == {"ituc": "trade_union", "ioe": "employers_organization", "expertise_france": "government_sector",
                     "danish_refugee_council": "civil_society"}


def test_a_name_the_lexicon_lacks_tells_a_union_or_employers_and_is_found_once(lexicon) -> None:
    found = actors("In 2015 the council signed a memorandum with the Kenya Federation of Employers (KFE) and the "
                   "Gulf Trade Union Confederation (GTUC), to protect migrant workers.", lexicon)
    assert found["org_kfe"] == "employers_organization"
    assert found["org_gtuc"] == "trade_union"
    assert not any(concept.startswith("org_gulf") for concept in found)  # one organisation, not two
    assert actors("Members of the Southern Africa Forum on Migration (SAFM) met to share data with IOM.",
                  lexicon)["org_safm"] == "regional_process"


def test_employers_and_workers_of_tripartism_are_their_organisations(lexicon) -> None:
    assert actors("Dans un cadre de dialogue social tripartite avec ses mandants (Gouvernement – Employeurs – "
                  "Travailleurs), l'OIT élabore des normes.", lexicon, "fr") == {
        "governments": "government", "employers_organizations": "employers_organization",
        "trade_unions": "trade_union", "ilo": "international_organization"}
    # Without tripartism, employers are the private sector, and workers name nobody.
    assert actors("Employers should work with governments to protect workers.", lexicon) == {
        "private_sector": "private_sector", "governments": "government"}
    assert set(actors("Les représentants des employeurs et des travailleurs devraient coopérer.", lexicon, "fr")) == {
        "employers_organizations", "trade_unions"}


def test_countries_of_origin_transit_and_destination_in_any_order_and_their_people(lexicon) -> None:
    for text in ("Responsibility is shared between countries of destination, transit and origin.",
                 "Responsibility is shared between countries of transit, origin and destination."):
        assert set(actors(text, lexicon)) == {"countries_of_origin", "transit_countries", "host_countries"}
    assert set(actors("A forum between Asian countries of labour origin and destination.", lexicon)) == {
        "countries_of_origin", "host_countries"}
    # "des migrants" tells whose countries they are: the migrants are no actor there.
    assert set(actors("Le dialogue renforce la coopération entre les pays d'origine, de transit et de destination "
                      "des migrants.", lexicon, "fr")) == {"countries_of_origin", "transit_countries", "host_countries"}


def test_a_name_described_after_a_comma_is_an_actor_of_the_kind_described(lexicon) -> None:
    found = actors("IFAD is partnering with In Touch, a Senegalese pioneering fintech, and Orange Money, a mobile "
                   "money operator, to lower the cost of remittances.", lexicon)
    assert found["org_in_touch"] == "private_sector" and found["org_orange_money"] == "private_sector"
    assert actors("Tostan, une ONG sénégalaise, travaille avec le HCR.", lexicon, "fr")["org_tostan"] == \
        "civil_society"
    # A sentence's first word is no part of the name, nor a word of the sentence before.
    named = {a for a in actors("IOM met UNHCR. However, a company said so. With Tostan, an NGO, IOM works.", lexicon)
             if a.startswith("org_")}
    assert named == {"org_tostan"}


def test_the_member_states_of_a_body_are_governments_of_their_own(lexicon) -> None:
    assert actors("IOM strengthens the capacity of IGAD Member States.", lexicon) == {
        "iom": "international_organization", "igad_member_states": "government"}
    assert set(actors("L'OIM renforce les capacités des États membres de la CEDEAO.", lexicon, "fr")) == {
        "iom", "ecowas_member_states"}
    assert set(actors("The UN Member States adopted the compact with IOM.", lexicon)) >= {"governments", "iom"}


def test_a_body_one_works_in_is_no_place(lexicon) -> None:
    assert set(actors("The IOE represents employers in the ILO.", lexicon)) >= {"ioe", "ilo"}
    assert "morocco" not in actors("IOM works in Morocco.", lexicon)


def test_displaced_persons_and_host_communities(lexicon) -> None:
    assert actors("Le projet crée des opportunités pour les personnes déplacées et les communautés hôtes.", lexicon,
                  "fr") == {"displaced_persons": "beneficiary", "host_communities": "beneficiary"}
    assert actors("La société d'accueil et les communautés hôtes des réfugiés.", lexicon, "fr") == {
        "host_society": "public", "host_communities": "beneficiary", "refugees": "beneficiary"}


def test_countries_a_project_covers_are_places(lexicon) -> None:
    assert not {"djibouti", "yemen"} & set(actors("Ce projet régional couvre les pays suivants : Djibouti, Égypte et "
                                                  "Yémen.", lexicon, "fr"))
    assert actors("The programme covers Kenya, Uganda and Ethiopia.", lexicon) == {}
    assert set(actors("IOM supports Kenya and Uganda.", lexicon)) == {"iom", "kenya", "uganda"}


def test_countries_naming_a_corridor_are_no_actors(lexicon) -> None:
    assert actors("The partnership targets the France-Senegal corridor, which channels remittances.", lexicon) == {}
    assert set(actors("France and Senegal signed an agreement.", lexicon)) == {"france", "senegal"}


def test_an_acronym_followed_by_its_name_in_brackets_is_an_organisation(lexicon) -> None:
    found = actors("The SAMN (Southern African Migration Network) works with IOM.", lexicon)
    assert found["org_samn"] == "civil_society" and "iom" in found
    assert not any(a.startswith("org_") for a in actors("UNHCR (Geneva) works with IOM (the UN Migration Agency).",
                                                          lexicon))


def test_national_migration_agencies_and_city_networks(lexicon) -> None:
    assert actors("L'OFII travaille avec Cités et gouvernements locaux unis.", lexicon, "fr") == {
        "ofii": "government_sector", "uclg": "local_authority"}
    assert actors("Cities Alliance supports the Mayors Mechanism.", lexicon) == {
        "cities_alliance": "international_organization", "mayors_mechanism": "multilateral_process"}


def test_people_named_inside_a_title_in_capitals_are_no_actors(lexicon) -> None:
    assert set(actors("States should ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
                      "Especially Women and Children, with UNODC.", lexicon)) == {"governments", "unodc"}
    assert "migrants" in actors("IOM helps Migrants in need.", lexicon)


def test_population_movements_and_migrant_resource_centres_name_nobody(lexicon) -> None:
    assert actors("The agreement anticipates population movements in the region.", lexicon) == {}
    assert actors("A migrant resource centre will open.", lexicon) == {}
    assert actors("Le Pacte mondial pour les réfugiés a été salué.", lexicon, "fr") == {}


def test_a_known_body_keeps_the_acronym_the_document_gives_it(lexicon) -> None:
    assert actors("The International Rescue Committee (IRC) works with UNHCR. IRC trains local NGOs.",
                  lexicon) == {"international_rescue_committee": "civil_society", "unhcr": "international_organization",
                               "ngos": "civil_society"}


def test_a_name_with_an_acronym_runs_past_for_the(lexicon) -> None:
    # (the short reading, "Développement du Cercle de Yélimané en France", tells no kind)
    assert actors("L’Association pour le Développement du Cercle de Yélimané en France (ADCYF) fédère les "
                  "ressortissants.", lexicon, "fr") == {"org_adcyf": "civil_society"}
    # A programme is no actor, whoever runs it.
    assert "org_pcmm" not in actors("Le Programme conjoint sur les migrations de la main-d’œuvre (PCMM) est "
                                    "présenté à la CEDEAO.", lexicon, "fr")


def test_a_bodys_secretary_general_is_not_the_uns(lexicon) -> None:
    assert actors("The EAC Secretary General, Dr. Peter Mathuki, signed the MoU with UNHCR.", lexicon) == {
        "eac": "regional_institution", "unhcr": "international_organization"}
    assert "secretary_general" in actors("The Secretary-General should cooperate with IOM.", lexicon)


def test_the_country_of_a_town_named_as_a_place_is_no_actor(lexicon) -> None:
    assert "thailand" not in actors("Australia and Indonesia launched an office in Bangkok, Thailand, to support "
                                    "the Bali Process.", lexicon)
    assert "thailand" in actors("Australia and Thailand launched an office in Bangkok.", lexicon)


def test_common_as_an_adjective_is_no_municipality(lexicon) -> None:
    assert "local_authorities" not in actors("L’OIT appuie la CEDEAO pour l’application de l’approche commune de "
                                             "la migration.", lexicon, "fr")
    assert "local_authorities" in actors("Les communes coopèrent avec l’OIM.", lexicon, "fr")


def test_a_body_support_comes_from_is_no_place(lexicon) -> None:
    assert "mayors_migration_council" in actors("Nairobi will implement this pledge with support from the Mayors "
                                                "Migration Council.", lexicon)
    assert "nepal" not in actors("Migrants from Nepal met IOM.", lexicon)


def test_the_countries_of_a_region_named_as_a_place_are_no_actors(lexicon) -> None:
    assert set(actors("La Suisse a lancé des projets au Proche-Orient (Jordanie, Syrie et Liban) avec le HCR.",
                      lexicon, "fr")) == {"switzerland", "unhcr"}
    assert "ghana" in actors("The project partners (Ghana, Nigeria and Senegal) work with ECOWAS.", lexicon)


def test_names_headed_by_trust_society_or_division_are_bodies(lexicon) -> None:
    found = actors("Nairobi will implement this pledge with support from local civil society organizations "
                   "including the Pamoja Trust in Kenya, and UNHCR signed two agreements with the Sheikh Abdullah "
                   "Al-Nouri Charitable Society to help refugees in the camps.", lexicon)
    assert found["org_pamoja_trust"] == "civil_society"
    assert found["org_sheikh_abdullah_al_nouri_charitable_society"] == "civil_society"
    assert actors("Au DFAE, la Division Sécurité Humaine et la DDC sont en charge de cette thématique.", lexicon,
                  "fr")["org_division_securite_humaine"] == "government_sector"
    assert "international_organizations" in actors("La DDC soutient les agences onusiennes.", lexicon, "fr")


def test_a_body_named_only_as_a_documents_author_is_no_actor(lexicon) -> None:
    assert "ilo" not in actors("Saudi Arabia enhanced protection consistent with fundamental ILO Conventions.",
                               lexicon)
    assert "ilo" not in actors("Les normes de l’OIT guident les États.", lexicon, "fr")
    assert "ilo" in actors("The ILO supports Member States in applying its Conventions.", lexicon)


def test_a_body_the_document_names_keeps_its_id_beside_its_country(lexicon) -> None:
    found = actors("The Ministry of Human Resource and Social Development (MHRSD) of the Kingdom of Saudi Arabia "
                   "works with the Department of Migrant Workers of the Republic of the Philippines. The MHRSD "
                   "agreed.", lexicon)
    assert {"org_mhrsd", "philippines_dmw"} <= set(found)
    assert not any(a.startswith(("saudi_arabia_", "philippines_philippines")) for a in found)


def test_a_city_government_is_named_by_its_town_too(lexicon) -> None:
    found = actors("Kampala Capital City commits to partner with Nairobi City County. Nairobi and Kampala will "
                   "support refugees.", lexicon)
    assert found["org_kampala_capital_city"] == found["org_nairobi_city_county"] == "local_authority"
    assert actors("La Ville de Montreuil coopère avec l’OIM.", lexicon, "fr")["org_ville_de_montreuil"] == \
        "local_authority"
    # a country's namesake capital is a place
    assert not any(a.startswith("org_") for a in actors("Djibouti City Council met IOM.", lexicon))


def test_a_bare_country_noun_names_an_actor_only_when_linked(lexicon) -> None:
    assert "governments" not in actors("In Touch is a fintech with presence in 14 countries.", lexicon)
    assert "governments" in actors("Countries should cooperate with IOM.", lexicon)
    assert "governments" in actors("The Member States met in Geneva.", lexicon)


def test_the_member_agencies_of_a_body_are_an_actor_of_their_own(lexicon) -> None:
    assert actors("L'OIM et les autres organismes membres du Groupe mondial sur la migration coopèrent.", lexicon,
                  "fr") == {"iom": "international_organization",
                            "global_migration_group_member_agencies": "international_organization"}
    assert set(actors("The GMG member agencies work with the UN Network.", lexicon)) == {
        "global_migration_group_member_agencies", "un_network_on_migration"}


def test_a_group_an_actor_is_said_to_be_is_no_actor(lexicon) -> None:
    assert set(actors("SDC is the top donor to the KNOMAD.", lexicon)) == {"sdc", "knomad"}
    assert "donors" in actors("Donors should support IOM.", lexicon)


def test_an_aim_or_a_document_named_in_capitals_is_no_organisation(lexicon) -> None:
    assert not any(a.startswith("org_") for a in actors(
        "The project contributes to the Strategic Objective of the London Syria Conference, with the ILO.", lexicon))


def test_bodies_of_enterprises_and_chambers_of_commerce_are_employers_bodies(lexicon) -> None:
    found = actors("The Commission and the Association of European Chambers of Commerce and Industry (ACCI) met the "
                   "European Association of Craft, Small and Medium-sized Enterprises (EACE) yesterday.", lexicon)
    assert found["org_acci"] == found["org_eace"] == "employers_organization"
    assert actors("The Ministry of Small and Medium Enterprises works with IOM.", lexicon)[
        "org_ministry_of_small_and_medium_enterprises"] == "government_sector"


def test_the_uk_foreign_office_under_its_older_names_is_one_actor(lexicon) -> None:
    assert actors("The project is funded by the UK Foreign and Commonwealth Office and run by the ILO.", lexicon) == {
        "fcdo": "government_sector", "ilo": "international_organization"}


def test_the_high_commissioner_of_a_text_on_refugees_is_unhcr(lexicon) -> None:
    assert "unhcr" in actors("Le Comité exécutif reconnaît l'appui des Etats aux efforts que déploie le Haut "
                             "Commissaire en faveur des réfugiés.", lexicon, "fr")
    assert "unhcr" not in actors("The High Commissioner for Human Rights met IOM on refugees.", lexicon)
    assert "unhcr" not in actors("The High Commissioner met IOM.", lexicon)


def test_a_name_read_back_from_its_acronym_stops_at_a_verb(lexicon) -> None:
    found = extract("L’AMAPPE est également membre de l’Association européenne de démocratie locale (ALDA).",
                    lexicon=lexicon, language="fr")
    names = {a.concept.id: a.concept.name["fr"] for a in found.actors}
    assert names["org_alda"] == "Association européenne de démocratie locale (ALDA)"


def test_education_funds_disaster_displacement_platform_and_local_partners(lexicon) -> None:
    found = actors("Le HCR est soutenu par Education Cannot Wait, le Partenariat mondial pour l’éducation et Educate "
                   "A Child, avec ses partenaires locaux.", lexicon, "fr")
    assert found == {"unhcr": "international_organization", "education_cannot_wait": "international_organization",
                     "global_partnership_for_education": "international_organization",
                     "educate_a_child": "civil_society", "local_partners": "civil_society"}
    assert actors("IOM signed a MoU with the Platform on Disaster Displacement (PDD).", lexicon) == {
        "iom": "international_organization", "platform_on_disaster_displacement": "multilateral_process"}


def test_a_name_read_back_from_its_acronym_starts_after_a_coordination_only_its_second_part_tells(lexicon) -> None:
    found = extract("Avec le soutien des Nations Unies et de l’Autorité intergouvernementale sur le développement "
                    "(IGAD), l’OIM a organisé deux ateliers.", lexicon=lexicon, language="fr")
    assert {a.concept.id for a in found.actors} == {"united_nations", "igad", "iom"}
    ministry = extract("Le Ministère du Travail et de l’Emploi (MTE) coopère avec l’OIM.", lexicon=lexicon,
                       language="fr")
    assert {a.concept.id: a.concept.name["fr"] for a in ministry.actors}["org_mte"] == \
        "Ministère du Travail et de l’Emploi (MTE)"


def test_plural_acronyms_administrations_and_academics(lexicon) -> None:
    assert actors("The centre helped to form Migrant Worker Associations (MWAs) to offer services.", lexicon) == {
        "org_mwas": "migrant_association"}
    assert actors("Parmi les organismes figuraient l’Administration pour les affaires des réfugiés et des rapatriés "
                  "(ARRA) et des universitaires.", lexicon, "fr") == {"org_arra": "government_sector",
                                                                      "academia": "academia"}


def test_a_french_name_without_acronym_is_read_to_its_end(lexicon) -> None:
    found = extract("Le projet a été mis en œuvre avec la Banque nationale, l’Académie de la Police nationale et le "
                    "ministère chargé des Marocains résidant à l’étranger et des affaires de la migration.",
                    lexicon=lexicon, language="fr")
    names = {a.concept.name["fr"]: a.concept.kind for a in found.actors}
    assert names == {
        "Banque nationale": "government_sector", "Académie de la Police nationale": "government_sector",
        "ministère chargé des Marocains résidant à l’étranger et des affaires de la migration": "government_sector"}
    # A body the lexicon knows stays that body, though the name read the French way stops short of its end
    assert set(actors("L’Agence italienne pour la coopération au développement finance le projet.", lexicon,
                      "fr")) == {"aics"}


def test_federal_bodies_domestic_workers_and_youth_federations(lexicon) -> None:
    assert actors("The Federal Employment Agency (BA) signed an agreement.", lexicon)["org_ba"] == "government_sector"
    assert actors("La Fédération de la jeunesse éthiopienne a participé.", lexicon, "fr") == {
        "org_federation_de_la_jeunesse_ethiopienne": "youth_association"}
    assert set(actors("Les employées de maison étrangères et les bureaux de placement.", lexicon, "fr")) == {
        "domestic_workers", "private_sector"}
    assert set(actors("Private employment agencies recruit migrant domestic workers.", lexicon)) == {
        "private_sector", "domestic_workers"}


def test_governmental_and_non_governmental_actors_are_two_groups(lexicon) -> None:
    assert set(actors("L’OIM accompagne les acteurs gouvernementaux et non gouvernementaux.", lexicon, "fr")) == {
        "iom", "governments", "ngos"}
    assert set(actors("IOM supports governmental and non-governmental actors.", lexicon)) == {
        "iom", "governments", "ngos"}
    assert set(actors("Le HCR œuvre de concert avec l’équipe humanitaire au Tchad.", lexicon, "fr")) == {
        "unhcr", "humanitarian_country_team"}  # ("au Tchad": a place)


def test_a_country_in_a_dateline_is_a_place(lexicon) -> None:
    assert set(actors("Brussels, Belgium, 14 December 2017 - The African Union works with IOM.", lexicon)) == {
        "african_union", "iom"}
    assert "tunisia" not in actors("06th February 2017 - Tunis, Tunisia - UNODC trains officials.", lexicon)
    assert set(actors("Tunis, Tunisia - UNODC trains officials.", lexicon)) == {"unodc"}  # no place after the dash
    # a list of countries opening a sentence is no dateline
    assert set(actors("Morocco, Senegal and IOM signed an agreement.", lexicon)) == {"morocco", "senegal", "iom"}


def test_names_opened_by_the_people_served_strategies_and_federal_governments(lexicon) -> None:
    assert actors("The Solidarity Center works with the Migrant Workers Union.", lexicon)[
        "org_migrant_workers_union"] == "trade_union"
    assert set(actors("The UN will work with the Federal Government of Somalia to implement the National Durable "
                      "Solutions Strategy.", lexicon)) == {"united_nations", "somalia"}
    assert actors("L’opération a été soutenue par le Comité interministériel contre la traite des personnes.",
                  lexicon, "fr") == {"org_comite_interministeriel_contre_la_traite_des_personnes": "government_sector"}


def test_interpol_and_a_first_name_that_is_a_country(lexicon) -> None:
    assert set(actors("L’OIM s’unit à Interpol pour combattre la traite.", lexicon, "fr")) == {"iom", "interpol"}
    assert "dominica" not in actors("Une réunion a eu lieu entre Dominique Martin et l’ONUDC.", lexicon, "fr")


def test_relevant_ministries_state_bodies_and_law_enforcement_officers(lexicon) -> None:
    assert set(actors("The team met relevant Ministries and NGOs.", lexicon)) == {"public_institutions", "ngos"}
    assert set(actors("Les ministères concernés et les institutions nationales.", lexicon, "fr")) == {
        "public_institutions"}
    assert set(actors("L’ONUDC formera des agents pour l'application de la loi.", lexicon, "fr")) == {
        "unodc", "law_enforcement"}


def test_a_pair_phrase_inside_an_actors_name_names_no_pair(lexicon) -> None:
    assert set(actors("Ils présenteront leurs résultats à la société civile et aux acteurs de la coopération "
                      "internationale.", lexicon, "fr")) == {"civil_society", "international_organizations"}
    assert set(actors("Les pays d'origine savent que la coopération internationale est essentielle.", lexicon,
                      "fr")) == {"countries_of_origin", "host_countries"}
    # a phrase alone implies no actors: "international cooperation" names no country
    assert actors("La coopération internationale est essentielle.", lexicon, "fr") == {}
    # nor does it inside a name, however it is written
    assert set(actors("IOM and the German Corporation for International Cooperation (GIZ) work with returnees.",
                      lexicon)) == {"iom", "giz", "returnees"}


def test_city_governments_named_together_consultations_and_secretariats(lexicon) -> None:
    found = actors("L'OIM a travaillé avec les mairies de Rabat et Oujda.", lexicon, "fr")
    assert found["org_rabat"] == found["org_oujda"] == "local_authority"
    assert "org_kismayo" not in actors("IOM works in the cities of Baidoa and Kismayo.", lexicon)  # places
    assert actors("UNHCR attended the Caribbean Migration Consultations (CMC).", lexicon)[
        "org_cmc"] == "regional_process"
    assert actors("The Secretariat of Sudanese Working Abroad (SSWA) works with IOM.", lexicon)[
        "org_sswa"] == "government_sector"
    assert "cilss" in actors("Le Comité permanent Inter-Etats de Lutte contre la Sécheresse dans le Sahel (CILSS) "
                             "coopère avec l'OIM.", lexicon, "fr")


def test_countries_joined_after_the_word_border_are_a_place_and_county_governments(lexicon) -> None:
    assert actors("Trois postes de contrôle à Sèmè Kraké (Frontière Bénin-Nigeria) et à Noépé (Frontière "
                  "Togo-Ghana).", lexicon, "fr") == {}
    assert actors("UNHCR and the Turkana County Government signed an agreement.", lexicon)[
        "org_turkana_county_government"] == "local_authority"


def test_customs_security_forces_commissariats_and_plan_international(lexicon) -> None:
    assert set(actors("The analysis was conducted with the National Employment Service and Commissariat for Refugees "
                      "and Migration.", lexicon)) == {"org_national_employment_service",
                                                      "org_commissariat_for_refugees_and_migration"}
    found = actors("Les forces de sécurité et Plan International coopèrent avec les douanes béninoises.", lexicon, "fr")
    assert found == {"benin_border_control": "government_sector", "law_enforcement": "government_sector",
                     "plan_international": "civil_society"}


def test_people_named_by_their_country_of_origin_and_owners_unions(lexicon) -> None:
    assert actors("Le secteur fait appel aussi à des saisonniers de Tunisie et de Turquie.", lexicon, "fr") == {}
    assert actors("La Fédération nationale des syndicats d’exploitants agricoles (FNSEA) a signé avec l'OFII.", lexicon,
                  "fr")["org_fnsea"] == "employers_organization"


def test_development_agencies_and_regional_bodies_of_the_sahel_and_indian_ocean(lexicon) -> None:
    assert actors("Le projet est financé par la coopération espagnole AECID et l'AFD, avec le G5 Sahel et la "
                  "Commission de l’océan Indien (COI).", lexicon, "fr") == {
        "aecid": "government_sector", "afd": "government_sector", "g5_sahel": "regional_institution",
        "indian_ocean_commission": "regional_institution"}
    # a country adjective inside a body's own name makes no second, national actor of it
    assert set(actors("Le projet FAIR III est financé par la Swiss Development Cooperation.", lexicon, "fr")) == {
        "sdc"}
    assert set(actors("The R4V platform and Islamic Relief work with GANHRI.", lexicon)) == {
        "r4v", "islamic_relief", "ganhri"}


def test_acronyms_in_the_possessive_or_plural_are_still_acronyms(lexicon) -> None:
    assert set(actors("ICMPD’s expertise will help the UNCTs.", lexicon)) == {"icmpd", "un_country_team"}
    # a lower-case word stays no acronym
    assert "african_union" not in actors("Il est allé au marché.", lexicon, "fr")


def test_a_list_of_places_goes_on_past_an_aside_and_ou_encore(lexicon) -> None:
    found = actors("951 Ivoiriens sont rentrés, principalement depuis la Libye (pour 51% d'entre eux), le Maroc, "
                   "la Tunisie ou encore le Niger, avec l'appui de l'OIM.", lexicon, "fr")
    assert set(found) == {"iom", "cote_divoire_nationals"}


def test_a_title_before_a_persons_name_is_no_un_secretary_general(lexicon) -> None:
    assert "secretary_general" not in actors("Secretary Silvestre Bello III of DOLE met the ILO.", lexicon)
    assert "secretary_general" in actors("Plusieurs orateurs ont salué la proposition du Secrétaire.", lexicon,
                                         "fr")


def test_both_countries_of_a_document_naming_two_are_those_two(lexicon) -> None:
    found = actors("Nepal and Jordan signed an MOU. The MOU urges both governments to conclude bilateral "
                   "agreements.", lexicon)
    assert {"nepal", "jordan"} <= set(found) and "governments" not in found
    # with three countries named, "both countries" stays unresolved
    assert "governments" in actors("Nepal, India and Jordan met. Both governments should cooperate.", lexicon)


def test_recruiters_associations_and_named_banks_are_businesses(lexicon) -> None:
    found = actors("The Association of Hong Kong Manpower Agencies (AHKMA) and the Society of Hong Kong-Accredited "
                   "Recruiters in the Philippines (SHARP) signed the code with Banco de la Producción (BANPRO).",
                   lexicon)
    assert {kind for id_, kind in found.items() if id_.startswith("org_")} == {"private_sector"}
    assert len([id_ for id_ in found if id_.startswith("org_")]) == 3


def test_one_noun_with_two_country_adjectives_names_both_countries_bodies(lexicon) -> None:
    assert set(actors("L'accord est appuyé par les gouvernements marocain et espagnol.", lexicon, "fr")) == {
        "morocco", "spain"}
    assert set(actors("Les douanes béninoise et nigériane coopèrent.", lexicon, "fr")) == {
        "benin_border_control", "nigeria_border_control"}


def test_people_of_a_nationality_are_a_group_served_not_their_government(lexicon) -> None:
    assert actors("UNHCR helped 15,000 Syrians and local Kenyans.", lexicon) == {
        "unhcr": "international_organization", "syria_nationals": "beneficiary", "kenya_nationals": "beneficiary"}
    assert set(actors("IOM supports Ethiopian workers in countries of destination.", lexicon)) == {
        "iom", "ethiopia_nationals"}
    assert set(actors("L'OIM a aidé 951 Ivoiriens et des travailleurs tunisiens à l'étranger.", lexicon, "fr")) == {
        "iom", "cote_divoire_nationals", "tunisia_nationals"}
    # an adjective is no people: "le gouvernement sénégalais" is Senegal's government, "a Syrian NGO" nobody
    assert set(actors("Le gouvernement sénégalais a reçu les Sénégalais de l'étranger.", lexicon, "fr")) == {
        "senegal", "senegal_nationals"}
    assert "syria_nationals" not in actors("UNHCR met the Syrian delegation.", lexicon)


def test_french_councils_departments_and_regions_are_local_authorities(lexicon) -> None:
    found = actors("La délégation du Conseil régional de Kayes a rencontré le Département des Yvelines et la Région "
                   "de Matam.", lexicon, "fr")
    assert found == {"org_conseil_regional_de_kayes": "local_authority",
                     "org_departement_des_yvelines": "local_authority", "org_region_de_matam": "local_authority"}
    # a ministry's department is no local authority
    assert actors("Le Département d'État des États-Unis finance le projet.", lexicon, "fr") == {
        "org_departement_d_etat_des_etats_unis": "government_sector"}


def test_a_ministry_named_in_full_keeps_the_country_at_its_end(lexicon) -> None:
    assert set(actors("The Ministry of Labour and Social Protection of Population of Kazakhstan met the ILO.",
                      lexicon)) == {"kazakhstan_labour_ministries", "ilo"}


def test_a_un_bodys_name_opening_with_the_uns_is_still_that_body(lexicon) -> None:
    assert set(actors("The International Finance Corporation (IFC), together with the United Nations Refugee Agency "
                      "(UNHCR), launched a competition.", lexicon)) == {"ifc", "unhcr"}


def test_a_countrys_ministry_named_with_a_possessive_is_that_countrys(lexicon) -> None:
    assert set(actors("The study was commissioned by Qatar’s labor ministry.", lexicon)) == {"qatar_labour_ministries"}


def test_a_district_local_government_is_a_named_local_authority(lexicon) -> None:
    assert actors("Koboko District Local Government and UNHCR support refugees.", lexicon)[
        "org_koboko_district_local_government"] == "local_authority"


def test_named_parties_of_a_bilateral_agreement_are_no_countries_at_large(lexicon) -> None:
    assert set(actors("The Government of Ethiopia signed a bilateral labour agreement with the Kingdom of Saudi "
                      "Arabia.", lexicon)) == {"ethiopia", "saudi_arabia"}
    assert {"countries_of_origin", "host_countries"} <= set(actors(
        "Countries of origin should sign bilateral labour agreements.", lexicon))


def test_a_country_giving_funds_is_an_actor_even_two_words_after_the_giving(lexicon) -> None:
    assert "canada" in actors("New funding announced from the Government of Canada will allow IOM to act.", lexicon)


def test_a_french_name_worded_otherwise_is_the_known_body_its_acronym_names(lexicon) -> None:
    assert set(actors("Le projet est financé par l’Agence italienne de coopération pour le développement (AICS).",
                      lexicon, "fr")) == {"aics"}


def test_coast_guards_remittance_companies_and_a_companys_foundation(lexicon) -> None:
    found = actors("The Libyan Coast Guard met Western Union, the Western Union Foundation and the Humanitarian "
                   "Coordinator.", lexicon)
    assert {"libya_border_control", "western_union", "org_western_union_foundation", "resident_coordinator"} <= set(
        found)


def test_names_listed_after_a_noun_of_bodies_are_bodies_of_the_kind_it_tells(lexicon) -> None:
    found = actors("Les ONG partenaires de ces opérations sont notamment Progressio, Hermanas Juanistas et Colectiva "
                   "Mujer y Salud.", lexicon, "fr")
    assert {found[i] for i in ("org_progressio", "org_hermanas_juanistas", "org_colectiva_mujer_y_salud")} == {
        "civil_society"}
    # "partners" tells no kind: a university is academia, a "Forum" or an "Initiative" an NGO, not a process
    found = actors("IOM works with partners. The partners are AGAR Ethiopia; Forum on Sustainable Child "
                   "Empowerment; Hunde Oromo Grassroots Development Initiative and Haramaya University.", lexicon)
    assert found["org_haramaya_university"] == "academia"
    assert {found[i] for i in ("org_agar_ethiopia", "org_forum_on_sustainable_child_empowerment",
                               "org_hunde_oromo_grassroots_development_initiative")} == {"civil_society"}
    # a list in brackets ends at its bracket; names the lexicon knows stay its own
    found = actors("Experts work with three NGOs (Gurdofarid, Surkhrob, TWNPlus Network) on a project.", lexicon)
    assert {"org_gurdofarid", "org_surkhrob", "org_twnplus_network"} <= set(found)
    assert not any(a.startswith("org_") for a in actors("Partners such as IOM, UNHCR and the World Bank met.", lexicon))
    # one name is no list, and a list of common words is none
    assert not any(a.startswith("org_") for a in actors(
        "NGOs such as Tostan work here. Partners include local groups, churches and schools.", lexicon))


def test_a_name_given_right_after_ngo_or_association_is_that_body_alone(lexicon) -> None:
    found = actors("Le projet est mis en place par l’ONG syndicale Nexus CGIL Emilia Romagna et l’association "
                   "AGIR-abcd.", lexicon, "fr")
    assert found["org_nexus_cgil_emilia_romagna"] == "civil_society" and found["org_agir_abcd"] == "civil_society"
    assert "ngos" not in found  # "l'ONG" introduces the name: no NGOs at large besides it
    assert actors("IOM works with the NGO Tostan.", lexicon)["org_tostan"] == "civil_society"
    # a capitalised noun is part of a name, and "la société civile" is civil society
    assert not any(a.startswith("org_") for a in actors("La société civile Malienne et l’association de la "
                                                        "diaspora travaillent.", lexicon, "fr"))


def test_pronounceable_acronyms_in_one_capital_and_more_regional_bodies_and_unions(lexicon) -> None:
    assert set(actors("L'Unesco et la Cedeao travaillent avec l'Unicef, la CGIL et l'OTAO.", lexicon, "fr")) == {
        "unesco", "ecowas", "unicef", "cgil", "otuwa"}
    found = actors("The Caribbean Congress of Labour and Caribbean Employers’ Confederation met the Commission of "
                   "the OECS.", lexicon)
    assert found == {"caribbean_congress_of_labour": "trade_union",
                     "caribbean_employers_confederation": "employers_organization", "oecs": "regional_institution"}
    # the one-capital form needs its capital: "l'unesco" in lower case is no name
    assert "unesco" not in actors("le programme de l'unesco", lexicon, "fr")


def test_a_name_in_capitals_ends_before_a_date_and_before_another_bodys_acronym(lexicon) -> None:
    found = actors("The Manpower Association of Cambodia and the Thai-Cambodian Relations Association on Wednesday "
                   "signed a memorandum.", lexicon)
    assert "org_thai_cambodian_relations_association" in found
    assert set(actors("The delegates, their respective National Steering Committees and UNHCR presented updates.",
                      lexicon)) >= {"org_national_steering_committees", "unhcr"}


def test_a_workers_organisation_named_in_full_is_a_union(lexicon) -> None:
    assert actors("L'Organisation des Travailleurs de l'Afrique centrale (OTAC) a parlé.", lexicon, "fr")[
        "org_otac"] == "trade_union"


def test_a_unit_named_after_an_international_body_is_of_its_kind_and_a_name_ends_before_an_aim(lexicon) -> None:
    found = actors("Le Département de la santé et des migrations de l'OMS a organisé l'atelier. L’OIM soutiendra "
                   "le Comité national COVID-19 pour sensibiliser les communautés.", lexicon, "fr")
    assert found["org_departement_de_la_sante_et_des_migrations_de_l_oms"] == "international_organization"
    assert "org_comite_national_covid_19" in found
    assert "org_centre_pour_la_protection_des_migrants" in actors(
        "Le Centre pour la protection des migrants travaille avec l'OIM.", lexicon, "fr")


def test_a_government_written_go_and_its_countrys_initials_is_that_country(lexicon) -> None:
    found = extract("In Ethiopia, the ILO works with the GoE to reintegrate returnees.", lexicon=lexicon,
                    language="en")
    assert [m.words for a in found.actors if a.concept.id == "ethiopia" for m in a.mentions] == ["Ethiopia", "GoE"]
    # two countries of the text share the initials: no guess
    assert "GoE" not in {m.words for a in extract("The GoE works with Egypt and Eritrea.", lexicon=lexicon,
                                                      language="en").actors for m in a.mentions}


def test_initials_spelling_the_acronym_give_the_whole_name(lexicon) -> None:
    found = actors("L’OIM, en collaboration avec le Ministère de la Jeunesse et de l’Emploi Jeune (MJEJ), a lancé "
                   "le projet.", lexicon, "fr")
    assert found == {"iom": "international_organization", "org_mjej": "government_sector"}
    # a longer name ending with the initials' words keeps its owner: no separate "United Nations"
    found = actors("IOM prepared the United Nations High Level Dialogue (HLD) with Sweden.", lexicon)
    assert "united_nations" not in found and "org_hld" in found


def test_a_union_is_a_union_and_a_youth_employment_agency_a_state_body(lexicon) -> None:
    found = actors("The General Federation of Bahrain Trade Unions (GFBTU) has joined forces with the Indian National "
                   "Trade Union Congress (INTUC).", lexicon)
    assert found["org_intuc"] == "trade_union"
    found = actors("L’OIM organise un salon. D’où la présence d’un stand de l’Agence Emploi Jeunes, venue présenter "
                   "ses offres.", lexicon, "fr")
    assert found["org_agence_emploi_jeunes"] == "government_sector"


def test_labour_receiving_countries_are_host_countries_not_labour_ministries(lexicon) -> None:
    found = actors("The Ministry of Overseas Indian Affairs made concerted efforts to enter into Memoranda of "
                   "Understanding (MoU) with the major labor receiving countries.", lexicon)
    assert "labour_ministries" not in found and found["host_countries"] == "government"
    assert "countries_of_origin" in actors("IOM works with labour-sending countries.", lexicon)


def test_their_own_countries_are_places_and_a_country_of_origin_a_description(lexicon) -> None:
    assert set(actors("IOM helps migrants return to their countries of origin.", lexicon)) == {"iom", "migrants"}
    assert "countries_of_origin" not in actors("Haïti est un pays d’origine pour les victimes. L’OIM appuie le "
                                               "gouvernement.", lexicon, "fr")
    # the group of countries itself stays an actor
    assert "countries_of_origin" in actors("IOM works with countries of origin.", lexicon)


def test_a_name_with_a_list_of_capitalised_words_runs_past_its_comma(lexicon) -> None:
    found = actors("GIZ works with the Ministry of Labour, Invalids and Social Affairs (MOLISA).", lexicon)
    assert found.get("org_molisa") == "government_sector"
    # a list of acronyms before a name is no name
    assert "org_ci" not in actors("IOM, UNHCR and Caritas Internationalis (CI) met in Geneva.", lexicon)


def test_another_bodys_secretary_general_is_not_the_uns(lexicon) -> None:
    assert set(actors("Le Secrétaire général du ministère a rencontré l’OIM.", lexicon, "fr")) == {"iom"}
    assert set(actors("Sharan Burrow, General Secretary of the ITUC, met IOM.", lexicon)) == {"ituc", "iom"}
    assert set(actors("Fiji’s Permanent Secretary for Rural Development met IOM.", lexicon)) == {"fiji", "iom"}
    assert "secretary_general" in actors("Le Secrétaire général de l’ONU a rencontré l’OIM.", lexicon, "fr")


def test_an_acronym_spelling_a_body_named_earlier_is_that_body(lexicon) -> None:
    text = ("According to the Internal Displacement Monitoring Centre, one million people moved. Implemented by "
            "IDMC and the Pacific Community (SPC), the project improved data.")
    found = extract(text, lexicon=lexicon, language="en")
    (centre,) = [a for a in found.actors if a.concept.id == "org_internal_displacement_monitoring_centre"]
    assert "IDMC" in centre.aliases
    assert {(link.from_actor, link.to_actor) for link in found.links} == {
        ("org_internal_displacement_monitoring_centre", "org_spc")}


def test_regional_agencies_banks_and_schools_have_their_own_kinds(lexicon) -> None:
    found = actors("IOM met the Caribbean Disaster Emergency Management Agency (CDEMA) and the African Development "
                   "Bank.", lexicon)
    assert found["org_cdema"] == "regional_institution" and found["afdb"] == "regional_institution"
    found = actors("The delegation visited the ZPRIME Professional Driving Institute with GIZ.", lexicon)
    assert found["org_zprime_professional_driving_institute"] == "academia"
    found = actors("L’OIM a équipé l’Institut Supérieur des Sciences de la Mer (ISSM) et l’Agence universitaire de la "
                   "Francophonie (AUF).", lexicon, "fr")
    assert found["org_issm"] == "academia" and found["org_auf"] == "international_organization"


def test_a_french_name_in_lower_case_is_read_from_its_acronym(lexicon) -> None:
    found = actors("Le projet est réalisé avec l’union générale tunisienne du travail (UGTT) et l’union tunisienne de "
                   "l’industrie, du commerce et de l’artisanat (UTICA).", lexicon, "fr")
    assert found == {"org_ugtt": "trade_union", "org_utica": "employers_organization"}
    # a name in lower case must open with a body's head noun
    assert not any(a.startswith("org_") for a in actors("Les travailleurs migrants de retour au pays (TMRP) sont "
                                                         "aidés par l’OIM.", lexicon, "fr"))


def test_a_country_tagging_a_news_item_is_a_place(lexicon) -> None:
    assert "gabon" not in actors("Gabon: les forces de l’ordre formées par le HCR et l’OIM.", lexicon, "fr")
    assert "gabon" in actors("Le Gabon et le HCR coopèrent.", lexicon, "fr")


def test_the_un_before_a_name_is_no_article(lexicon) -> None:
    # "UN" is not the French "un": the UN Refugee Agency (UNHCR) is UNHCR, not a second "Refugee Agency"
    assert set(actors("IOM works with the UN Refugee Agency (UNHCR).", lexicon)) == {"iom", "unhcr"}


def test_public_employment_and_migration_services_are_known(lexicon) -> None:
    found = actors("Le Forem, Actiris et le VDAB travaillent avec Fedasil et l’Office des étrangers.", lexicon, "fr")
    assert found == {"forem": "government_sector", "actiris": "government_sector", "vdab": "government_sector",
                     "fedasil": "government_sector", "belgium_immigration_office": "government_sector"}
    found = actors("Officials met at Employment and Social Development Canada, Service Canada and Citizenship and "
                   "Immigration Canada.", lexicon)
    assert {"esdc", "service_canada", "ircc"} <= set(found) and "canada" not in found
    assert set(actors("France Travail et l’AFPA accompagnent les réfugiés.", lexicon, "fr")) == {
        "france_travail", "afpa", "refugees"}


def test_a_ministry_named_with_its_countrys_adjective_is_its_own_body(lexicon) -> None:
    found = actors("L’OIM et le ministère tchadien de l’Environnement ont convenu de renforcer leur collaboration.",
                   lexicon, "fr")
    assert found == {"iom": "international_organization",
                     "org_ministere_tchadien_de_l_environnement": "government_sector"}
    # the adjective alone still names the government: "le ministère tchadien" is Chad's
    assert "chad" in actors("L’OIM a rencontré le ministère tchadien.", lexicon, "fr")


def test_a_persons_title_is_no_part_of_a_bodys_name(lexicon) -> None:
    found = actors("The Executive Director of Employers Confederation of Zimbabwe, Mrs Nester Mukwehwa, met the ILO.",
                   lexicon)
    assert not any("director" in actor for actor in found)
    # a body whose name opens as a title does is still that body
    found = actors("IOM reported to the Executive Committee of the Global Migration Platform in Geneva.", lexicon)
    assert "org_executive_committee_of_the_global_migration_platform" in found


def test_a_syndicate_of_local_authorities_is_no_trade_union(lexicon) -> None:
    found = actors("La ville de Montreuil coopère avec le Syndicat Inter Collectivités Méraguémou.", lexicon, "fr")
    assert "local_authority" in found.values() and "trade_union" not in found.values()


def test_brands_listed_are_companies_and_a_delegation_generale_a_state_body(lexicon) -> None:
    found = actors("Tent gathered major global brands such as Airbnb, Mastercard and Sodexo to hire refugees.", lexicon)
    assert {found.get(name) for name in ("org_airbnb", "org_mastercard", "org_sodexo")} == {"private_sector"}
    found = actors("L’UNICEF coopère avec la Délégation générale des Maliens de l’extérieur (DGME).", lexicon, "fr")
    assert found.get("org_dgme") == "government_sector"


def test_postal_networks_are_a_state_sector(lexicon) -> None:
    assert actors("The UPU works with postal networks and postal banks to cut remittance costs.", lexicon) == {
        "upu": "international_organization", "postal_services": "government_sector"}
    assert "postal_services" in actors("L’UPU s’appuie sur les réseaux postaux.", lexicon, "fr")


def test_a_statistics_office_and_a_federation_of_chambers(lexicon) -> None:
    found = actors("The AU Commission works with Statistics Sweden (SCB) and the Federation of Saudi Chambers.",
                   lexicon)
    assert found.get("org_scb") == "government_sector" and "sweden" not in found
    assert "employers_organization" in {kind for actor, kind in found.items() if "chambers" in actor}


def test_a_name_read_with_its_countrys_adjective_is_one_body_and_a_year_is_no_count(lexicon) -> None:
    # Read with its acronym and again by its head word without the adjective: one body, not two.
    found = extract("The Australian Department of Foreign Affairs and Trade (DFAT) works with IOM.",
                    lexicon=lexicon, language="en")
    assert {a.concept.id: sorted(a.aliases) for a in found.actors} == {
        "org_dfat": ["Australian Department of Foreign Affairs and Trade", "DFAT"], "iom": ["IOM"]}
    # "Depuis 2013, la Belgique" names Belgium acting, not a count of places ("dans 31 pays").
    assert set(actors("Depuis 2013, la Belgique a réinstallé des réfugiés.", lexicon, "fr")) == {
        "belgium", "refugees"}


def test_where_a_body_is_based_and_its_country_section_name_no_country(lexicon) -> None:
    assert set(actors("The union has support from the Germany-based Friedrich Foundation and UNHCR.", lexicon)) == {
        "trade_unions", "org_friedrich_foundation", "unhcr"}
    assert set(actors("The US-based Solidarity Center supports the union.", lexicon)) == {
        "org_solidarity_center", "trade_unions"}
    # "Caritas France" is the French section of Caritas, as "IOM Djibouti" is IOM's office there.
    assert set(actors("The union has support from Caritas France and UNHCR.", lexicon)) == {
        "trade_unions", "caritas", "unhcr"}


def test_belgian_and_swiss_federal_bodies_and_a_cantons_own(lexicon) -> None:
    assert actors("Le CGRA, l’OE et le SPF Affaires étrangères travaillent avec le Conseil fédéral.",
                  lexicon, "fr") == {
        "belgium_cgrs": "government_sector", "belgium_immigration_office": "government_sector",
        "belgium_fps_foreign_affairs": "government_sector", "swiss_federal_council": "government"}
    assert actors("Le Bureau cantonal pour l’intégration (BCI) coopère avec le HCR.", lexicon, "fr") == {
        "org_bci": "local_authority", "unhcr": "international_organization"}


def test_a_teachers_union_is_a_union_and_non_resident_nationals_a_diaspora(lexicon) -> None:
    assert actors("Almega signed with the Swedish Teachers' Union and the National Union of Teachers.", lexicon) == {
        "org_swedish_teachers_union": "trade_union", "org_national_union_of_teachers": "trade_union"}
    assert actors("The Non-Resident Nepali Association (NRNA) met IOM.", lexicon) == {
        "org_nrna": "migrant_association", "iom": "international_organization"}


def test_disaster_risk_reduction_and_belgian_child_protection_bodies(lexicon) -> None:
    assert set(actors("The NRC worked with UNDRR.", lexicon)) == {"norwegian_refugee_council", "undrr"}
    assert set(actors("Child Focus, le Service des Tutelles et le Commissariat général aux réfugiés et apatrides ont "
                      "signé le protocole.", lexicon, "fr")) == {"child_focus", "belgium_guardianship_service",
                                                                 "belgium_cgrs"}


def test_a_name_opening_a_longer_one_is_that_body_named_short(lexicon) -> None:
    found = extract("The Supreme Committee on Delivery and Legacy works with the ILO. The Supreme Committee also "
                    "works with UNHCR.", lexicon=lexicon, language="en")
    assert {a.concept.id: a.aliases for a in found.actors} == {
        "org_supreme_committee_on_delivery_and_legacy": ["Supreme Committee"], "ilo": ["ILO"], "unhcr": ["UNHCR"]}


def test_a_body_named_in_capitals_ends_before_a_persons_title(lexicon) -> None:
    assert set(actors("National Human Rights Committee Qatar Chair Dr Ali Bin Al Marri met UNHCR.", lexicon)) == {
        "org_national_human_rights_committee_qatar", "unhcr"}
    assert set(actors("The Office of the Prime Minister of Uganda works with UNHCR.", lexicon)) == {
        "org_office_of_the_prime_minister_of_uganda", "unhcr"}


def test_an_acronym_written_as_a_name_still_names_its_body_but_not_inside_a_persons_name(lexicon) -> None:
    assert set(actors("L’Ofii travaille avec l'Unicef et la Cedeao.", lexicon, "fr")) == {"ofii", "unicef", "ecowas"}
    assert set(actors("Dr Ali Al Marri met Unicef.", lexicon)) == {"unicef"}
    # short ones and those that are words stay acronyms only in capitals
    assert set(actors("Made in Europe, the goods reached IOM.", lexicon)) == {"iom"}


def test_a_country_hyphenated_to_a_name_ends_that_name(lexicon) -> None:
    assert set(actors("La Bsic-Mali travaille avec le HCR.", lexicon, "fr")) == {"unhcr"}
    # (not when it is hyphenated to another actor: both are partners)
    assert set(actors("The EU-Morocco partnership works.", lexicon)) == {"european_union", "morocco"}


def test_countries_covered_moved_from_or_named_by_their_part_are_places(lexicon) -> None:
    assert set(actors("Les feuilles de route couvrent la Guinée, le Burkina Faso et le Sénégal, avec l'OIM.",
                      lexicon, "fr")) == {"iom"}
    assert set(actors("Il s’agit de Syriens réinstallés de Turquie et du Liban par le HCR.", lexicon, "fr")) == {
        "syria_nationals", "unhcr"}
    assert set(actors("L'OIM aide les migrants au nord de la Mauritanie.", lexicon, "fr")) == {"iom", "migrants"}


def test_a_network_of_civil_organisations_is_civil_society(lexicon) -> None:
    assert actors("The Regional Network of Civil Organizations for Migration (RNCOM) met IOM.", lexicon) == {
        "org_rncom": "civil_society", "iom": "international_organization"}


def test_a_league_amnesty_in_lower_case_and_the_tunisian_parliament(lexicon) -> None:
    assert actors("À l’instar d’Amnesty international et de la Ligue tunisienne des droits de l’Homme, "
                  "l’Assemblée des représentants du peuple a participé.", lexicon, "fr") == {
        "amnesty_international": "civil_society",
        "org_ligue_tunisienne_des_droits_de_l_homme": "civil_society", "parliaments": "government_sector"}


def test_police_agencies_and_more_ngos_go_on_no_list_of_places(lexicon) -> None:
    # a named body is no place of a list of places before it
    assert set(actors("It combines resources from countries in the EU, plus the United States, Frontex and Interpol, "
                      "with Europol.", lexicon)) == {"frontex", "interpol", "europol"}
    assert set(actors("Immigration New Zealand, Mercy Corps and Handicap International met IOM.", lexicon)) == {
        "immigration_new_zealand", "mercy_corps", "handicap_international", "iom"}
    # a ministry's name ends at a comma: "GIZ, and Statistics Sweden" is no Swedish GIZ
    assert "giz" in actors("IGAD works with partners IOM, GIZ, and Statistics Sweden.", lexicon)


def test_the_un_written_before_a_un_body_is_part_of_its_name(lexicon) -> None:
    found = actors("The UN High Commissioner for Refugees (UNHCR) and the United Nations Department of Economic and "
                   "Social Affairs (UN DESA) cooperate.", lexicon)
    assert set(found) == {"unhcr", "undesa"}
    # the United Nations named on its own stays an actor
    assert set(actors("The United Nations and IOM cooperate.", lexicon)) == {"united_nations", "iom"}


def test_the_un_in_a_title_a_document_or_a_mission_is_no_actor(lexicon) -> None:
    assert set(actors("The UN Special Rapporteur on the human rights of migrants met IOM.", lexicon)) == {
        "special_rapporteur_migrants", "iom"}
    assert set(actors("Le Rapporteur spécial des Nations Unies a rencontré l'OIM.", lexicon, "fr")) == {
        "special_rapporteur_migrants", "iom"}
    assert set(actors("UN Member States work with IOM.", lexicon)) == {"governments", "iom"}
    assert set(actors("IOM and ILO met to achieve the United Nations Global Compact for Safe, Orderly and Regular "
                      "Migration.", lexicon)) == {"iom", "ilo"}
    assert set(actors("Ambassador Knutsson, Permanent Mission of Sweden to the UN in Geneva, worked with IOM.",
                      lexicon)) == {"sweden", "iom"}


def test_a_directorate_s_field_is_no_sector(lexicon) -> None:
    found = actors("The keynote speaker, Mr. Stefano Scarpetta, Director, Employment, Labour and Social Affairs, OECD, "
                   "worked with IOM.", lexicon)
    assert set(found) == {"oecd", "iom"}
    # a ministry named after someone's post stays
    assert "labour_ministries" in actors("Ms Smith, Director, Ministry of Labour, worked with IOM.", lexicon)


def test_a_country_s_coordinated_roles_are_no_actors(lexicon) -> None:
    found = actors("Le Ghana fait face à un contexte migratoire en tant que pays d’origine, de transit et de "
                   "destination.", lexicon, "fr")
    assert set(found) == {"ghana"}
    assert {"transit_countries", "host_countries"} <= set(
        actors("L'OIM aide les pays d’origine, de transit et de destination.", lexicon, "fr"))


def test_a_country_s_delegation_is_the_country(lexicon) -> None:
    assert set(actors("La délégation ivoirienne travaille aux côtés du Mali.", lexicon, "fr")) == {
        "cote_divoire", "mali"}
    assert set(actors("The Moroccan delegation worked with the delegation of Senegal.", lexicon)) == {
        "morocco", "senegal"}


def test_a_minister_speaks_for_the_ministry(lexicon) -> None:
    assert set(actors("Le ministre du Travail a signé un accord avec l'OIM.", lexicon, "fr")) == {
        "labour_ministries", "iom"}
    assert set(actors("The Minister of Labour signed an agreement with IOM.", lexicon)) == {"labour_ministries", "iom"}


def test_a_un_body_the_lexicon_lacks_is_its_own_actor(lexicon) -> None:
    found = actors("The United Nations Development Programme and the United Nations Information Centre provided "
                   "support.", lexicon)
    assert found == {"undp": "international_organization",
                     "org_united_nations_information_centre": "international_organization"}


def test_a_country_s_chairmanship_is_the_country(lexicon) -> None:
    assert set(actors("The theme of the Turkish Chairmanship is shared with IOM.", lexicon)) == {"turkiye", "iom"}


def test_the_ecowas_commission_is_its_own_actor(lexicon) -> None:
    assert set(actors("La Commission de la CEDEAO et la CEDEAO coopèrent avec l'OIM.", lexicon, "fr")) == {
        "ecowas_commission", "ecowas", "iom"}
