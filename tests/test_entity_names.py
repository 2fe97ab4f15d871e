"""Names of people and organisations on unseen news (issue 16): whole names, titles kept out of them, bodies not
read as people. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from sitrep.pipeline import extract


def _kinds(text: str) -> dict[str, str]:
    """Mention text → entity kind, for every mention."""
    return {m.text: e.kind for e in extract(text).entities for m in e.mentions}


def _person(text: str, name: str) -> dict[str, str]:
    people = [e for e in extract(text).entities if e.kind == "person" and e.name == name]
    assert people, f"{name!r} is no person in {_kinds(text)}"
    return people[0].attributes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The paper was written at the Halvorsen Center for Maritime Studies in Oslo.", "Halvorsen Center"),
        ("Engineers at the Marcus Webb Laboratory tested the drone.", "Marcus Webb Laboratory"),
        ("A reporter for the Washington Post asked about the convoy.", "Washington Post"),
        ("The Daily Mail said the minister had resigned.", "Daily Mail"),
        ("The U.S. Securities and Exchange Commission opened an inquiry.", "U.S. Securities and Exchange Commission"),
        ("Air France cancelled its flights to Beirut.", "Air France"),
        ("Doctors Without Borders said the camp was overcrowded.", "Doctors Without Borders"),
    ],
)
def test_bodies_named_like_people_are_organizations(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == "organization", kinds
    assert not any(kind == "person" and mention in name for mention, kind in kinds.items()), kinds


def test_body_word_alone_after_a_venue_name_is_no_organization() -> None:
    kinds = _kinds("The final was played at the Riverside Tennis Centre on Sunday.")
    assert "organization" not in kinds.values()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Acme Chief Executive Daniel Ortega Ruiz said the offer was fair.", "Daniel Ortega Ruiz", "Chief Executive"),
        ("Lt. Cmdr. Sarah Okafor said the frigate was not hit.", "Sarah Okafor", "Lt. Cmdr."),
        ("Kenyan Minister of Defence Wanjiru Kamau said troops would stay.", "Wanjiru Kamau", "Minister of Defence"),
        ("Japanese Minister of Defence Haruto Okabe said the missile fell at sea.", "Haruto Okabe",
         "Minister of Defence"),
    ],
)  # fmt: skip
def test_titles_stay_out_of_names(text: str, name: str, title: str) -> None:
    assert _person(text, name).get("title") == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Henry VIII dissolved the monasteries.", "Henry VIII"),
        ("Under Leopold III, the kingdom stayed neutral.", "Leopold III"),
        ("Pope John Paul II visited Krakow.", "John Paul II"),
    ],
)
def test_regnal_numbers_belong_to_the_name(text: str, name: str) -> None:
    _person(text, name)


def test_a_pronoun_after_a_given_name_is_no_regnal_number() -> None:
    assert "Jim I" not in _kinds("I told Jim I would call back.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opposition lawmaker Kang Min-jae walked out of the chamber.", "Kang Min-jae"),
        ("Kang Min-jae walked out of the chamber on Tuesday.", "Kang Min-jae"),
        ("The envoy met Chen Wei-ling in Taipei.", "Chen Wei-ling"),
    ],
)
def test_family_name_and_hyphened_given_name_is_a_person(text: str, name: str) -> None:
    _person(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier Morales said the talks had failed.",
        "Initially Portugal opposed the plan.",
        "Deploying Patriots will not end the crisis, the minister said.",
        "Summary Stretching before a run helps.",
    ],
)
def test_sentence_adverbs_and_verbs_open_no_name(text: str) -> None:
    kinds = _kinds(text)
    assert not any(" " in mention and kind == "person" for mention, kind in kinds.items()), kinds


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("She was a finalist for the 2019 Lena Brandt Awards.", "Lena Brandt Awards"),
        ("He studied at the Institute of Naval Studies, said Omar Farouk Diallo.", "Naval Studies"),
        ("The ruling cited the Twenty-Eighth Amendment.", "Twenty-Eighth Amendment"),
        ("German Interior Minister Klaus Brenner said the border would open.", "German Interior"),
    ],
)
def test_names_of_things_are_no_people(text: str, wrong: str) -> None:
    assert _kinds(text).get(wrong) != "person"


def test_surname_that_opens_a_body_name_still_ends_a_person_name() -> None:
    text = "The group's deputy leader, Sirajuddin Haqqani, heads its Haqqani network."
    kinds = _kinds(text)
    assert kinds.get("Sirajuddin Haqqani") == "person"
    assert kinds.get("Haqqani network") == "organization"


def test_time_zones_are_no_organizations() -> None:
    kinds = _kinds("The rocket lifted off at 6:07 a.m. JST, or 4:07 p.m. PDT on Thursday.")
    assert "JST" not in kinds and "PDT" not in kinds


def test_name_stops_before_a_place_it_runs_into() -> None:
    kinds = _kinds("Photo by Maria Chen Las Vegas Review-Journal")
    assert kinds.get("Maria Chen") == "person"
    assert "Maria Chen Las" not in kinds


def test_common_given_names_open_names() -> None:
    kinds = _kinds("Bob Halloran met Bill Ostrowski in Denver.")
    assert kinds.get("Bob Halloran") == "person" and kinds.get("Bill Ostrowski") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rapper Kanye West cancelled his tour on Friday.", "Kanye West"),
        ("Former footballer Tafadzwa Moyo now coaches in Leeds.", "Tafadzwa Moyo"),
    ],
)
def test_a_role_noun_in_lower_case_opens_a_name(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person"


def test_a_role_noun_capitalized_opens_no_name() -> None:
    assert _kinds("The Singer World Series began in Colombo.").get("World Series") != "person"


def test_a_county_after_a_titled_given_name_is_the_surname() -> None:
    text = "The presenter Victoria Derbyshire asked the minister about the strike. Derbyshire pressed him twice."
    kinds = _kinds(text)
    assert kinds.get("Victoria Derbyshire") == "person" and kinds.get("Derbyshire") == "person"


def test_a_town_after_a_titled_surname_stays_a_town() -> None:
    kinds = _kinds("President Trump Seattle visit was cancelled.")
    assert kinds.get("Seattle") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tents put up by the Danish Red Cross sheltered the families.", "Danish Red Cross"),
        ("The Qatar Red Crescent sent two ambulances across the border.", "Qatar Red Crescent"),
    ],
)
def test_a_national_society_keeps_its_nationality(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "organization"


def test_two_names_glued_by_a_hyphen_open_one_body() -> None:
    kinds = _kinds("Lin Wei, a fellow at the Carnegie-Tsinghua Center for Global Policy, said talks would resume.")
    assert kinds.get("Carnegie-Tsinghua Center") == "organization" and "Carnegie" not in kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Victoria Okonkwo said the convoy had left.", "Victoria Okonkwo"),
        ("Grace Pruitt told reporters the talks would resume.", "Grace Pruitt"),
    ],
)
def test_ambiguous_given_name_opens_a_person(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person"


def test_ambiguous_given_name_is_no_title_nor_date() -> None:
    kinds = _kinds("In June Kestrelmark agreed, and Queen Selma of Jordan visited.")
    assert "June Kestrelmark" not in kinds and "Queen Selma" not in kinds


def test_masthead_word_makes_a_newspaper() -> None:
    kinds = _kinds("The Cape Herald said on Monday that the Nakuru Gazette had closed.")
    assert kinds.get("Cape Herald") == "organization" and kinds.get("Nakuru Gazette") == "organization"


def test_name_after_newspaper_is_the_outlet_everywhere() -> None:
    kinds = _kinds("Mendoza reported the arrests. Officials told the provincial newspaper Mendoza on Friday.")
    assert kinds.get("Mendoza") == "organization"


def test_ambiguous_given_name_before_an_unknown_word_needs_a_person_context() -> None:
    assert _kinds("Fans of Virginia Okafor, the singer, waited.").get("Virginia Okafor") == "person"
    assert _kinds("He studied at Virginia Tech before the war.").get("Virginia Tech") != "person"


def _mentions(text: str, name: str) -> list[str]:
    """The mention texts of the entity so named."""
    found = [e for e in extract(text).entities if e.name == name]
    assert found, f"no {name!r} in {_kinds(text)}"
    return [m.text for m in found[0].mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ne Win ordered the border closed in the dry season.", "Ne Win"),
        ("Daw Aung San Suu Kyi sent a letter to the electoral board.", "Aung San Suu Kyi"),
        ("Than Shwe ruled the country until the handover.", "Than Shwe"),
        ("Reporters waited outside while Nyan Win spoke to the monks.", "Nyan Win"),
        ("The order came from Hla Htay Win, the deputy commander.", "Hla Htay Win"),
    ],
)
def test_burmese_names_are_one_person(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person"


def test_burmese_short_name_joins_the_full_one() -> None:
    text = "Aung San Suu Kyi addressed the crowd at noon. Later Suu Kyi left for the capital."
    assert _mentions(text, "Aung San Suu Kyi") == ["Aung San Suu Kyi", "Suu Kyi"]
    assert "person" not in _kinds("Both teams said the match was a Win Win for the league.").values()


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Hamza bin Laden recorded a message. Hamza urged his followers to fight.", "Hamza bin Laden", "Hamza"),
        ("Khalid al-Amiri led the unit. Amiri was wounded in the ambush.", "Khalid al-Amiri", "Amiri"),
    ],
)
def test_arabic_names_are_named_again_by_their_short_form(text: str, name: str, short: str) -> None:
    assert short in _mentions(text, name)


@pytest.mark.parametrize(
    ("text", "agency", "body"),
    [
        ("Reuters Japan Coast Guard officers search the harbour after the storm.", "Reuters", "Japan Coast Guard"),
        ("Anadolu Agency Iraqi Security Forces members check cars at the gate.", "Anadolu Agency",
         "Iraqi Security Forces"),
    ],
)  # fmt: skip
def test_agency_credit_stays_out_of_the_caption_body(text: str, agency: str, body: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(agency) == "organization" and kinds.get(body) == "organization", kinds
    office = _kinds("A letter reached the Reuters Nairobi Bureau on Friday.")  # the agency's own office
    assert office.get("Reuters Nairobi Bureau") == "organization", office


@pytest.mark.parametrize(
    ("text", "flight"),
    [
        ("Dennis Air Flight 208 lost contact over the gulf.", "Dennis Air Flight 208"),
        ("Relatives of those aboard Eastern Skies Flight QK41 gathered at the airport.", "Eastern Skies Flight QK41"),
    ],
)
def test_flights_are_no_people(text: str, flight: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(flight) == "equipment", kinds
    assert "person" not in kinds.values()


def test_merchant_ship_prefix_names_a_ship() -> None:
    kinds = _kinds("Pirates boarded the MV Silver Pelican off the coast.")
    assert kinds.get("MV Silver Pelican") == "equipment", kinds
    assert "person" not in kinds.values()


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Envoys from the two Koreas will meet next week.", "two Koreas", "North Korea and South Korea"),
        ("Trade between both Sudans has collapsed.", "both Sudans", "Sudan and South Sudan"),
    ],
)
def test_two_countries_named_at_once_are_one_group(text: str, mention: str, name: str) -> None:
    group = [e for e in extract(text).entities if e.name == name]
    assert group and group[0].kind == "group" and group[0].mentions[0].text == mention
    assert len(group[0].attributes["countries"]) == 2


def test_accented_given_name_opens_a_name() -> None:
    assert _kinds("Álvaro Quintero Ríos denied the charges in court.").get("Álvaro Quintero Ríos") == "person"


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Sheikh Faris bin Hamad Al Sabah hosted the talks. Sheikh Faris welcomed the delegates.",
         "Faris bin Hamad Al Sabah", "Faris"),
        ("Ricardo Montoya Quesada left the ministry. Montoya said he was tired.", "Ricardo Montoya Quesada",
         "Montoya"),
    ],
)  # fmt: skip
def test_later_short_mentions_join_the_full_name(text: str, name: str, short: str) -> None:
    assert short in _mentions(text, name)
    assert [e.name for e in extract(text).entities if e.kind == "person"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tran Duc Thang chaired the provincial committee.", "Tran Duc Thang"),
        ("Police questioned Jeong Min Ho about the leak.", "Jeong Min Ho"),
    ],
)
def test_family_name_and_two_spaced_syllables_are_a_person(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "person"
    assert "person" not in _kinds("The Wu Tang Clan played two sets in Busan.").values()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kenya's General Staff said the attack failed.", "Kenya's General Staff"),
        ("Latvia's border guard said four migrants tried to cross.", "Latvia's border guard"),
        ("Chile's emergencies ministry sent rescuers to the valley.", "Chile's emergencies ministry"),
    ],
)
def test_national_bodies_are_organizations(text: str, body: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(body) == "organization", kinds
    assert "person" not in kinds.values()


def test_a_rank_before_a_staff_names_no_one() -> None:
    kinds = _kinds("The General Staff of the Armed Forces of Peru issued a statement.")
    assert "person" not in kinds.values(), kinds


def test_photographer_name_stops_before_a_peoples_adjective() -> None:
    kinds = _kinds("Reuters/Amir Cohen Israeli soldiers stand guard near the border fence.")
    assert kinds.get("Amir Cohen") == "person", kinds
    assert kinds.get("Israeli") == "country", kinds
    assert _kinds("Viorel Moldovan scored twice before the break.").get("Viorel Moldovan") == "person"


def test_agency_acronym_opens_no_longer_name() -> None:
    kinds = _kinds("Xinhua/IANS Chinese coast guard vessels sail near the reef.")
    assert kinds.get("Chinese coast guard") == "organization", kinds
    assert not any(name.startswith("IANS ") for name in kinds), kinds


def test_a_name_after_known_as_is_the_same_person_everywhere() -> None:
    text = (
        "Ibrahim Musa Tahir, known as Wadgar, leads the militia. Later Wadgar told reporters the truce was over. "
        "Rafael Ortiz Pena, better known as El Gato, was arrested. El Gato denied the charges."
    )
    people = {e.name: sorted(m.text for m in e.mentions) for e in extract(text).entities if e.kind == "person"}
    assert people.get("Ibrahim Musa Tahir") == ["Ibrahim Musa Tahir", "Wadgar", "Wadgar"], people
    assert people.get("Rafael Ortiz Pena") == ["El Gato", "El Gato", "Rafael Ortiz Pena"], people


def test_kunya_names_the_person_later_on() -> None:
    text = "Abu Hamza al-Tikriti ran the cell for years. Abu Hamza was captured near the border in spring."
    assert _mentions(text, "Abu Hamza al-Tikriti") == ["Abu Hamza al-Tikriti", "Abu Hamza"]


def test_names_a_place_inside_an_arabic_name_the_gazetteer_lacks_is_no_place() -> None:
    lebanon = _kinds("Snipers fired on Bab al-Tabbaneh overnight, Lebanese soldiers said.")
    iraq = _kinds("A car bomb went off in Mosul al-Jadida, and another in al-Qaim, Iraqi police said.")
    libya = _kinds("Militia fighters held Hay al-Zawiya for a week.")
    assert lebanon.get("Bab") != "place" and iraq.get("Jadida") != "place" and libya.get("Zawiya") != "place"
    assert iraq["Mosul"] == "place" and iraq["al-Qaim"] == "place"  # a town's own name, and a name opened by "al-"


def test_names_a_country_that_is_the_surname_of_a_person_named_in_full_is_that_person() -> None:
    kinds = _kinds("Rep. Dana Jordan chaired the hearing. Reporters later asked Jordan about the subpoenas.")
    assert kinds["Jordan"] == "person"
    both = _kinds("Rep. Dana Jordan flew to Amman on Monday. Jordan's foreign ministry said she met the king.")
    assert both["Jordan"] == "country"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former PM Rashid Qureshi flew home to Multan after two years abroad.", "Rashid Qureshi"),
        ("Police said ex-PM Farooq Leghari had left the country.", "Farooq Leghari"),
        ("Deputy PM Tomasz Wlodek met the envoy on Friday.", "Tomasz Wlodek"),
    ],
)
def test_names_after_the_headline_title_pm_are_people(text: str, name: str) -> None:
    assert _person(text, name).get("title") in ("PM", "Deputy PM")


def test_names_pm_after_a_clock_figure_is_a_time_and_titles_no_one() -> None:
    kinds = _kinds("Polling stations close at 8 PM Central Time on Sunday, and the count starts at 9 PM Friday.")
    assert "person" not in kinds.values(), kinds


def test_names_an_honorific_before_one_word_is_part_of_the_name() -> None:
    text = "Sheikh Rehana left Khulna by car. Rehana later reached the border. Mullah Akhtar led the council."
    people = {e.name: sorted(m.text for m in e.mentions) for e in extract(text).entities if e.kind == "person"}
    assert people.get("Sheikh Rehana") == ["Rehana", "Rehana"], people
    assert "Mullah Akhtar" in people, people
    full = "Emir Sheikh Saud bin Faisal Al Nasser hosted the talks. Sheikh Saud later left."
    named = [e.name for e in extract(full).entities if e.kind == "person"]
    assert named == ["Saud bin Faisal Al Nasser"], named


def test_names_a_titled_surname_names_the_person_again_but_not_after_the() -> None:
    text = "President Valcourt arrived in Lyon. Valcourt said the talks would resume, and the Valcourt visit ended."
    mentions = _mentions(text, "Valcourt")
    assert mentions == ["Valcourt", "Valcourt"], mentions


def test_names_an_honorific_between_name_words_is_part_of_the_name() -> None:
    people = [e.name for e in extract("Omar Sheikh Abdullahi arrived in Baidoa for talks.").entities
              if e.kind == "person"]  # fmt: skip
    assert people == ["Omar Sheikh Abdullahi"], people


def _headlined(headline: str, body: str) -> dict[str, str]:
    """Mention text → entity kind, for an article whose first paragraph is its headline."""
    return {m.text: e.kind for e in extract(f"{headline}\n\n{body}").entities for m in e.mentions}


def test_names_a_title_case_headline_verb_ends_a_name() -> None:
    kinds = _headlined("Former PM Rashid Qureshi Returns To Multan After Two Years", "He landed on Saturday.")
    assert kinds.get("Rashid Qureshi") == "person", kinds
    kinds = _headlined("Ex-President Ortiz Questioned By Police In Quito", "The hearing lasted three hours.")
    assert kinds.get("Ortiz") == "person" and "Ortiz Questioned" not in kinds, kinds
    kinds = _headlined("Gunmen Storm Hotel In Mogadishu", "Police said four attackers were killed.")
    assert not any(k in ("place", "organization") and "Storm" in m for m, k in kinds.items()), kinds
    surname = _headlined("Jeremy Hunt Visits Warsaw As Talks Resume", "The minister arrived on Monday.")
    assert surname.get("Jeremy Hunt") == "person", surname


def test_names_a_title_case_headline_with_an_arabic_particle_and_a_full_name_again() -> None:
    kinds = _headlined("Hadi al-Ameri Rejects Vote Results In Baghdad", "The militia leader spoke on Monday.")
    assert kinds.get("Hadi al-Ameri") == "person", kinds
    text = "Tomas Varga Concedes Defeat In Slovak Vote\n\nPresident Tomas Varga said on Monday he accepted it."
    people = [e for e in extract(text).entities if e.kind == "person"]
    assert [sorted(m.text for m in e.mentions) for e in people] == [["Tomas Varga", "Tomas Varga"]], people


def test_names_a_company_ends_at_its_legal_form_before_of_and_its_town() -> None:
    x = extract("The deal was signed by Brenton Drugs Inc of Tampa, Fla., and by Halvor Life Co of Georgia.")
    orgs = {m.text for e in x.entities if e.kind == "organization" for m in e.mentions}
    assert {"Brenton Drugs Inc", "Halvor Life Co of Georgia"} <= orgs
    assert "Tampa" in {m.text for e in x.entities if e.kind == "place" for m in e.mentions}
    y = extract("Officials of the Ministry of Defence and the Bank of Korea met.")
    assert {"Ministry of Defence", "Bank of Korea"} <= {m.text for e in y.entities for m in e.mentions}


def test_names_a_body_opening_the_name_of_a_day_or_a_contest_is_no_mention() -> None:
    x = extract("Markets were shut for Labour Day, and the Fed Cup final opened as the Labour Party met in Leeds.")
    orgs = {m.text for e in x.entities if e.kind == "organization" for m in e.mentions}
    assert "Labour Party" in orgs
    assert not {"Labour", "Fed"} & orgs
