"""Entities and places: one test per family, on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.components.entities import SPANS_KEY, entities_in, entity_at
from sitrep.pipeline import extract, get_nlp
from sitrep.record import Entity, Extraction


def _entities(text: str) -> list[Entity]:
    return extract(text).entities


def _named(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in entities]}"
    return found[0]


def _by_id(entities: list[Entity], ident: str) -> Entity:
    return next(e for e in entities if e.id == ident)


def test_entities_country_forms_join_one_entity() -> None:
    text = (
        "The American envoy met U.S. diplomats in Oslo. The United States and the US Navy later said "
        "the United States of America would stay."
    )
    entities = _entities(text)
    us = _named(entities, "United States")
    assert us.kind == "country" and us.code == "US" and us.lat is not None
    assert {m.text for m in us.mentions} >= {"American", "U.S.", "United States", "United States of America"}
    assert len([e for e in entities if e.code == "US"]) == 1
    assert all(text[m.start : m.end] == m.text for e in entities for m in e.mentions)


def test_entities_demonyms_map_to_their_country() -> None:
    entities = _entities("Dutch engineers and Iranian-backed fighters were seen near the border.")
    assert _named(entities, "Netherlands").code == "NL"
    iran = _named(entities, "Iran")
    group = next(e for e in entities if e.kind == "group")
    assert group.attributes["backer"] == iran.id
    assert not any(e.name == "Northern Mariana Islands" for e in entities)


def test_entities_hyphenated_pair_names_both_countries() -> None:
    entities = _entities("Officials prepared the next U.S.-Iraq talks.")
    assert {e.code for e in entities if e.kind == "country"} == {"US", "IQ"}


def test_entities_cities_and_directional_regions_have_coordinates() -> None:
    entities = _entities("Drones struck Kharkiv before dawn, and fighting spread across southern Ukraine.")
    city = _named(entities, "Kharkiv")
    assert city.kind == "place" and city.lat is not None and 49 < city.lat < 51
    region = _named(entities, "southern Ukraine")
    assert region.kind == "place" and region.attributes["country"] == _named(entities, "Ukraine").id
    assert not any(e.name == "southern" for e in entities)


def test_entities_facilities_are_places() -> None:
    entities = _entities("Crews flew from Incirlik Air Base to Camp Lemonnier on Monday.")
    assert _named(entities, "Incirlik Air Base").kind == "place"
    assert _named(entities, "Camp Lemonnier").kind == "place"
    assert not any(e.kind == "person" for e in entities)


def test_entities_lexicon_aliases_join_armed_groups() -> None:
    entities = _entities("Daesh claimed the attack. Analysts said ISIL cells and the Islamic State were weakened.")
    isis = _named(entities, "ISIS")
    assert isis.kind == "organization" and isis.attributes["category"] == "armed group"
    assert {m.text for m in isis.mentions} == {"Daesh", "ISIL", "Islamic State"}


def test_entities_military_units_and_task_forces() -> None:
    text = "Marines of Charlie Company, 2nd Battalion, 7th Marine Regiment joined Task Force Tarawa in the desert."
    entities = _entities(text)
    battalion = _named(entities, "2nd Battalion")
    regiment = _named(entities, "7th Marine Regiment")
    assert battalion.attributes["parent"] == regiment.id
    assert _named(entities, "Task Force Tarawa").kind == "organization"
    assert not any(e.name == "Marines of Charlie Company" for e in entities)


def test_entities_national_bodies_tie_to_their_country() -> None:
    entities = _entities("Jordan's defense ministry said the Jordanian military had intercepted two drones.")
    ministry = next(e for e in entities if e.kind == "organization" and "ministry" in e.name)
    jordan = _named(entities, "Jordan")
    assert ministry.attributes["country"] == jordan.id


def test_entities_people_by_title_with_affiliation() -> None:
    entities = _entities("Ukrainian Defense Minister Rustem Umerov visited troops. Umerov later flew home.")
    person = _named(entities, "Rustem Umerov")
    assert person.attributes["title"] == "Defense Minister"
    assert person.attributes["affiliation"] == _named(entities, "Ukraine").id
    assert [m.text for m in person.mentions] == ["Rustem Umerov", "Umerov"]


def test_entities_appositive_gives_role_and_affiliation() -> None:
    entities = _entities("John Kirby, the White House's national security spokesman, spoke on Monday.")
    person = _named(entities, "John Kirby")
    assert person.attributes["role"] == "national security spokesman"
    assert person.attributes["affiliation"] == _named(entities, "White House").id


def test_entities_first_names_find_untitled_people() -> None:
    entities = _entities("Later, Maria Lopez and Ahmed Rashid met in May to discuss aid.")
    people = {e.name for e in entities if e.kind == "person"}
    assert people == {"Maria Lopez", "Ahmed Rashid"}


def test_entities_photo_credit_names_a_photographer() -> None:
    text = (
        "Soldiers train in Poland\n\nSoldiers trained near the border on Friday.\n\n"
        "A soldier fires a rifle during training in Poland, March 3, 2024.\nSpc. Dana Whitfield/US Army\n"
    )
    extraction = extract(text)
    person = _named(extraction.entities, "Dana Whitfield")
    assert person.attributes["role"] == "photographer"
    assert _by_id(extraction.entities, person.attributes["affiliation"]).name == "U.S. Army"


def test_entities_equipment_designations() -> None:
    entities = _entities("The convoy carried M777 howitzers, while MQ-9 Reaper drones and F-16s flew overhead.")
    names = {e.name for e in entities if e.kind == "equipment"}
    assert names == {"M777 howitzers", "MQ-9 Reaper drones", "F-16s"}
    assert not any(e.kind == "equipment" for e in _entities("COVID-19 slowed the 2024 budget."))


def test_entities_spans_and_entity_at_agree() -> None:
    nlp = get_nlp()
    text = "Sabine Brandt, a NATO spokeswoman, said Brandt had met Polish officials in Warsaw."
    doc = nlp(nlp.make_doc(text))
    spans = doc.spans[SPANS_KEY]
    assert {s.label_ for s in spans} >= {"person", "organization", "country", "place"}
    start = text.index("Warsaw")
    assert entity_at(doc, start, start + len("Warsaw")).name == "Warsaw"  # type: ignore[union-attr]
    second = text.index("Brandt", 10)
    assert entity_at(doc, second, second + 6).name == "Sabine Brandt"  # type: ignore[union-attr]
    assert entity_at(doc, text.index("said"), text.index("said") + 4) is None


def test_entities_ids_follow_first_mention() -> None:
    entities = _entities("Canada and Mexico met, then Canada left.")
    assert [(e.id, e.name) for e in entities] == [("E1", "Canada"), ("E2", "Mexico")]


def test_entities_seed_expectations(shared: Path) -> None:
    extraction: Extraction = extract((shared / "seed" / "article.txt").read_text(encoding="utf-8"))
    markdown = (shared / "seed" / "expected.md").read_text(encoding="utf-8")
    block = markdown.split("## Entities", 1)[1].split("\n## ", 1)[0]
    codes = dict(re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) \((?:country, )?([A-Z]{2})[;)]", block))
    names = {e.name: e for e in extraction.entities}
    for name, code in codes.items():
        assert name in names and names[name].code == code, name
    for name in ("Baghdad", "Al Asad Airbase", "Northern Iraq", "northeast Syria"):
        assert names[name].kind == "place"
    for name in ("Joe Biden", "Mohammed al-Sudani", "Sabrina Singh", "Bruce Daddis", "Vincent Levelev"):
        assert names[name].kind == "person"
    assert names["Iranian-backed militia groups"].kind == "group"
    assert not any(e.kind == "person" and e.name in ("Task Force Elkhound", "Al Asad") for e in extraction.entities)


@pytest.fixture
def tiny_ner(tmp_path: Path) -> Path:
    """A tiny NER model trained here on a few sentences written for this test."""
    import random

    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("ORG")
    data = [
        ("Officials at Zentrix said the plan was ready.", "Zentrix"),
        ("Zentrix denied the report on Tuesday.", "Zentrix"),
        ("Analysts expect Zentrix to expand.", "Zentrix"),
        ("The firm Orvane published a study.", "Orvane"),
    ]
    examples = []
    for text, name in data:
        start = text.index(name)
        examples.append(Example.from_dict(nlp.make_doc(text), {"entities": [(start, start + len(name), "ORG")]}))
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.to_disk(tmp_path / "tiny_ner")
    return tmp_path / "tiny_ner"


def test_entities_statistical_model_adds_candidates(tiny_ner: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_nlp()
    text = "Zentrix said the plan was ready."
    without = nlp(nlp.make_doc(text))
    assert not any(e.name == "Zentrix" for e in without._.entities)
    monkeypatch.setenv("SITREP_SPACY_MODEL", str(tiny_ner))
    with_model = nlp(nlp.make_doc(text))
    found = [e for e in with_model._.entities if e.name == "Zentrix"]
    assert found and found[0].kind == "organization"


def test_entities_byline_names_reporters_and_places_take_their_country() -> None:
    text = (
        "Jets land at remote base\n\nBy Tomasz Nowak\n\n"
        "Fighter jets landed at Incirlik Air Base, Turkey, on Monday, officials said.\n"
    )
    entities = extract(text).entities
    assert _named(entities, "Tomasz Nowak").attributes["role"] == "reporter"
    base = _named(entities, "Incirlik Air Base")
    assert base.attributes["country"] == _named(entities, "Turkey").id
    assert not any(e.kind == "person" and "Jets" in e.name for e in entities)


def test_entities_results_lines_name_teams_not_places() -> None:
    text = (
        "Standings after Sunday:\nDENVER 5 PHOENIX 2\nOmaha 61 40 .604\n\n"
        "The convoy left Denver at 5 a.m. on 2 roads.\n"
    )
    entities = extract(text).entities
    teams = {e.name for e in entities if e.kind == "organization"}
    assert {"Phoenix", "Omaha"} <= teams
    assert not any(e.kind == "place" and e.name in ("Phoenix", "Omaha") for e in entities)
    denver = [e for e in entities if e.name == "Denver"]
    assert any(e.kind == "place" for e in denver)


def test_entities_ships_slashed_designations_and_unknown_towns() -> None:
    text = (
        "The destroyer USS Mason escorted tankers while F/A-18 jets flew patrols. "
        "Shelling hit Kfar Kila, Lebanon, and Hamas leader Yahya Sinwar was named."
    )
    entities = _entities(text)
    ship = _named(entities, "USS Mason")
    assert ship.kind == "equipment" and ship.attributes["type"] == "ship"
    assert any(e.kind == "equipment" and e.mentions[0].text.startswith("F/A-18") for e in entities)
    town = _named(entities, "Kfar Kila")
    assert town.kind == "place" and town.attributes["country"] == _named(entities, "Lebanon").id
    leader = _named(entities, "Yahya Sinwar")
    assert leader.attributes["affiliation"] == _named(entities, "Hamas").id
    assert not any(e.name == "A-18" for e in entities)


def test_entities_component_pickles_and_handles_empty_docs() -> None:
    import pickle

    nlp = get_nlp()
    pipe = pickle.loads(pickle.dumps(nlp.get_pipe("sitrep_entities")))
    doc = nlp.make_doc("")
    doc._.sections = []
    assert pipe(doc)._.entities == []
    assert entity_at(doc, 0, 0) is None


def test_entities_national_forces_are_organizations_tied_to_their_country() -> None:
    entities = _entities("Russian forces shelled the town, and Ukrainian troops held the bridge.")
    forces = _named(entities, "Russian forces")
    assert forces.kind == "organization" and forces.attributes["country"] == _named(entities, "Russia").id
    assert not any(e.name == "Ukrainian troops" for e in entities)


def test_entities_in_lists_mentions_inside_a_span() -> None:
    nlp = get_nlp()
    text = "Canada and Mexico met in Ottawa. Later, Brazil joined."
    doc = nlp(nlp.make_doc(text))
    first = text.index(".")
    names = [e.name for e, _, _ in entities_in(doc, 0, first)]
    assert names == ["Canada", "Mexico", "Ottawa"]
    assert "Brazil" not in names
    assert entities_in(doc, first, first + 1) == []


def test_entities_names_in_any_cased_script_stop_before_places() -> None:
    entities = _entities("Recep Tayyip Erdoğan spoke by phone with Donald Trump Seattle officials said.")
    people = {e.name for e in entities if e.kind == "person"}
    assert "Recep Tayyip Erdoğan" in people
    assert "Donald Trump" in people and "Donald Trump Seattle" not in people
    assert not any(e.kind == "person" and e.name.startswith("S.") for e in _entities("S. Korea said N. Korea fired."))


def test_entities_expected_markdown_parser_reads_kinds_names_and_codes() -> None:
    from sitrep.eval.entities import expected_entities

    markdown = (
        '# x\n\n## Entities (canonical name, kind)\nFrance (country, FR; from "French"), Chile (CL),\n'
        "Peru; places: Lima, southern Chile; persons: Ana Diaz (title Mayor) and Luis Rojas;\n"
        "equipment: T-72 tanks.\n\n## Times\n- nothing\n"
    )
    assert expected_entities(markdown) == [
        ("country", "France", "FR"),
        ("country", "Chile", "CL"),
        ("country", "Peru", None),
        ("place", "Lima", None),
        ("place", "southern Chile", None),
        ("person", "Ana Diaz", None),
        ("person", "Luis Rojas", None),
        ("equipment", "T-72 tanks", None),
    ]


def test_entities_unknown_acronyms_are_organizations_outside_capital_lines() -> None:
    entities = _entities("Officials from the KRPX said the GDP figures were NEVER released.\nKRPX WINS TITLE AT HOME\n")
    orgs = [e for e in entities if e.kind == "organization"]
    assert [e.name for e in orgs] == ["KRPX"] and len(orgs[0].mentions) == 1
    assert not any(e.name in ("GDP", "NEVER", "WINS", "TITLE") for e in entities)


def test_entities_known_office_holder_is_affiliated_with_their_country() -> None:
    from sitrep.pipeline import extract

    x = extract("Talks in Paris\n\nPresident Emmanuel Macron met French commanders and Germany's envoy on Monday.")
    by_id = {e.id: e for e in x.entities}
    macron = next(e for e in x.entities if e.name == "Emmanuel Macron")
    assert by_id[macron.attributes["affiliation"]].code == "FR"
    other = extract("Talks resumed\n\nPresident Ana Ruiz met French commanders on Monday.")
    ruiz = next(e for e in other.entities if e.kind == "person")
    assert "affiliation" not in ruiz.attributes


def test_entities_korean_names_stay_whole() -> None:
    names = {e.name: e.kind for e in extract("Leader Kim Jong Un met Moon Jae-in and Ri Son-gwon.").entities}
    assert names.get("Kim Jong Un") == "person" and names.get("Moon Jae-in") == "person"
    assert "Un" not in names and "Moon Jae" not in names


def test_entities_shared_city_name_defaults_to_most_populous_place() -> None:
    entities = _entities("Talks in Moscow ended without a deal, and a rally followed in Manchester.")
    moscow, manchester = _named(entities, "Moscow"), _named(entities, "Manchester")
    assert moscow.lat is not None and 55 < moscow.lat < 56.5 and 36 < (moscow.lon or 0) < 39
    assert manchester.lat is not None and 53 < manchester.lat < 54 and -3 < (manchester.lon or 0) < -2


def test_entities_state_after_city_picks_that_city() -> None:
    entities = _entities("The contractor, based in Arlington, Virginia, lost the bid. Arlington officials agreed.")
    arlington = _named(entities, "Arlington")
    assert arlington.lat is not None and 38.5 < arlington.lat < 39.2 and -77.5 < (arlington.lon or 0) < -76.8
    assert len(arlington.mentions) == 2


def test_entities_article_state_picks_the_namesake() -> None:
    entities = _entities("The governor of Alabama visited Birmingham after the storm hit the state's north.")
    birmingham = _named(entities, "Birmingham")
    assert birmingham.lat is not None and 33 < birmingham.lat < 34 and -87.5 < (birmingham.lon or 0) < -86


def test_entities_small_town_written_with_its_state_is_found() -> None:
    entities = _entities("A man from Chippewa Falls, Wisconsin, and a woman from Allen, Texas, were charged.")
    town = _named(entities, "Chippewa Falls")
    assert town.kind == "place" and town.lat is not None and 44 < town.lat < 45.5
    allen = _named(entities, "Allen")
    assert allen.kind == "place" and allen.lat is not None and 32.5 < allen.lat < 33.5
    assert not any(e.kind == "person" for e in entities)


def test_entities_capital_that_acts_is_its_country() -> None:
    text = (
        "Washington said it would answer. Beijing's response came within hours, and talks with Moscow stalled. "
        "The envoy then flew to Beijing."
    )
    entities = _entities(text)
    us, china = _named(entities, "United States"), _named(entities, "China")
    assert us.kind == "country" and [m.text for m in us.mentions] == ["Washington"]
    assert china.kind == "country" and china.mentions[0].start == text.index("Beijing")
    assert _named(entities, "Russia").code == "RU"
    city = next(e for e in entities if e.kind == "place")
    assert city.name == "Beijing" and city.mentions[0].start == text.rindex("Beijing")


def test_entities_capital_that_keeps_or_hands_over_is_its_country() -> None:
    entities = _entities("Washington keeps some 900 troops in the region. Beijing fired twelve missiles into the sea.")
    assert _named(entities, "United States").mentions[0].text == "Washington"
    assert _named(entities, "China").mentions[0].text == "Beijing"
    assert not any(e.kind == "place" for e in entities)


def test_entities_capital_described_stays_a_place() -> None:
    entities = _entities("Kabul was quiet on Monday. Beijing has twenty million people. Moscow will respond.")
    assert {e.name for e in entities if e.kind == "place"} == {"Kabul", "Beijing"}
    assert _named(entities, "Russia").mentions[0].text == "Moscow"


def test_entities_capital_joined_to_a_party_is_its_country() -> None:
    text = "Protesters turned on the city's government and Beijing, while flights between London and Paris resumed."
    entities = _entities(text)
    assert _named(entities, "China").mentions[0].text == "Beijing"
    assert {e.name for e in entities if e.kind == "place"} == {"London", "Paris"}


def test_entities_korean_and_peer_names_hold_no_place() -> None:
    text = "Kim Jong Un met Moon Jae-in at the border. Lord Jones of Birkenhead welcomed the meeting."
    entities = _entities(text)
    assert {e.name for e in entities if e.kind == "person"} >= {"Kim Jong Un", "Moon Jae-in"}
    assert not [e for e in entities if e.kind in ("place", "country")]
    lord = next(e for e in entities if e.kind == "person" and "Jones" in e.name)
    assert lord.mentions[0].text.endswith("Birkenhead")


def test_entities_facilities_lie_at_their_city() -> None:
    text = (
        "The prisoners were moved to Evin prison in Tehran.\n\nFans filled the Harbour Stadium on Sunday. "
        "The final was played in Cardiff."
    )
    entities = _entities(text)
    prison = _named(entities, "Evin prison")
    assert prison.lat is not None and abs(prison.lat - 35.69) < 0.3
    stadium = _named(entities, "Harbour Stadium")
    cardiff = _named(entities, "Cardiff")
    assert stadium.lat == cardiff.lat and stadium.attributes["near"] == cardiff.id


def test_entities_dateline_in_capitals_is_a_place() -> None:
    entities = _entities("KALBAR, Jordan (Reuters) - Police said a convoy had arrived.")
    place = _named(entities, "Kalbar")
    assert place.kind == "place" and place.attributes["country"] == _named(entities, "Jordan").id


def test_entities_cities_in_a_sports_report_are_teams() -> None:
    text = (
        "Leicester beat Gloucester 24-10 in the league on Saturday, with two tries from their captain and a "
        "penalty in the second half. The match was played in Cardiff in front of a full stadium, and the "
        "coach praised his squad."
    )
    entities = _entities(text)
    assert _named(entities, "Leicester").kind == "organization"
    assert _named(entities, "Gloucester").kind == "organization"
    assert _named(entities, "Cardiff").kind == "place"


def test_entities_away_side_before_a_score_is_a_team_and_a_dateline_stays_a_place() -> None:
    text = (
        "PHOENIX, Ariz. — The coach retired after five seasons. His team won a playoff game but was crushed at "
        "Carolina 49-15 in the championship, and the quarterback scored one touchdown all season. The final "
        "was played in Minneapolis."
    )
    entities = _entities(text)
    assert _named(entities, "Carolina").kind == "organization"
    assert _named(entities, "Phoenix").kind == "place"
    assert _named(entities, "Minneapolis").kind == "place"


def test_entities_law_firm_named_after_a_town_is_an_organization() -> None:
    entities = _entities("Daniel Wall of Latham & Watkins LLP said in a filing that the deal was legal.")
    assert _named(entities, "Latham & Watkins LLP").kind == "organization"
    assert not any(e.kind == "place" for e in entities)


def test_entities_american_football_words_make_a_sports_report() -> None:
    text = (
        "The rookie linebacker had two sacks and an interception against Denver, and the receiver ran for 90 "
        "yards. Denver still leads the division after the kickoff was moved."
    )
    assert _named(_entities(text), "Denver").kind == "organization"


def test_entities_direction_before_a_place_in_a_sports_report_is_a_team() -> None:
    text = (
        "Eastern Michigan routs Northern Illinois. The quarterback threw three touchdowns as Eastern Michigan "
        "rolled past Northern Illinois, 45-17, ending their title hopes in the league; the coach praised the "
        "season of a squad that played in northern Ohio and now eyes the north London club."
    )
    entities = _entities(text)
    assert _named(entities, "Eastern Michigan").kind == "organization"
    assert _named(entities, "Northern Illinois").kind == "organization"
    assert not any(e.name in ("Michigan", "Illinois") for e in entities)
    assert _named(entities, "northern Ohio").kind == "place"
    assert _named(entities, "north London").kind == "place"  # a lower-case direction describes, names no side


def test_entities_cities_outside_sport_stay_places() -> None:
    entities = _entities("Leicester and Bristol were hit by floods, and the army was sent to help.")
    assert _named(entities, "Leicester").kind == "place"


def test_entities_surname_of_a_name_with_a_middle_initial_is_the_person() -> None:
    text = (
        "Trump asked for national security adviser John R. Bolton's resignation. \"I informed John Bolton last "
        'night," Trump wrote. Bolton said he had offered to resign.'
    )
    entities = _entities(text)
    assert not any(e.kind == "place" for e in entities)
    assert any(e.kind == "person" and m.text == "Bolton" for e in entities for m in e.mentions)


def test_entities_unlisted_side_named_in_a_result_is_a_team() -> None:
    text = (
        "Essex beat Glamorgan by six wickets on the final day of the championship match, after a fine innings from "
        "their captain and two late wickets for the visiting bowler."
    )
    entities = _entities(text)
    assert _named(entities, "Glamorgan").kind == "organization"
    assert not any(e.kind == "place" for e in entities)


def test_entities_country_at_the_start_of_a_title_case_headline_is_a_mention() -> None:
    found = _entities("Chile Launches New Patrol Boat Off Its Coast\n\nThe boat left port on Monday.")
    assert [e.name for e in found if e.kind == "country"] == ["Chile"]


def test_entities_political_parties_are_organizations() -> None:
    x = extract("The Tories and the Lib Dems joined Labour in voting against the bill; the SNP abstained.")
    found = {e.name: e.kind for e in x.entities}
    assert {"Conservative Party", "Liberal Democrats", "Labour Party", "Scottish National Party"} <= set(found)
    assert {found[n] for n in ("Conservative Party", "Labour Party")} == {"organization"}


def test_entities_a_family_name_written_first_is_a_later_mention_of_the_person() -> None:
    x = extract("Leader Kim Jong Un visited the army base. When Kim arrived, soldiers cheered.")
    kim = next(e for e in x.entities if e.name == "Kim Jong Un")
    assert [m.text for m in kim.mentions] == ["Kim Jong Un", "Kim"]


def test_entities_guessed_name_sharing_a_surname_does_not_block_the_known_person() -> None:
    text = (
        "Shares rose, CEO Tim Cook said on Tuesday.\n\n"
        "Hosting Cook, the founder praised the firm. Later Cook said business users came first."
    )
    entities = _entities(text)
    cook = [e for e in entities if e.name == "Tim Cook"]
    assert cook and [m.text for m in cook[0].mentions] == ["Tim Cook", "Cook", "Cook"]  # "Hosting" opens no name
    assert not any(e.kind == "place" for e in entities)


def test_entities_words_between_scores_are_one_team() -> None:
    text = (
        "Second division soccer results after a season of late goals and a penalty or two:\n"
        "Kastel Utrecht 2 Sporting Toulon 1\n"
        "Standings:\nSporting Toulon 3 2 1 0 6 2 7\n"
    )
    entities = _entities(text)
    teams = {m.text for e in entities if e.kind == "organization" for m in e.mentions}
    assert {"Kastel Utrecht", "Sporting Toulon"} <= teams
    assert not {"Utrecht", "Lyon", "Sporting", "Kastel"} & teams
    assert not any(e.kind == "place" for e in entities)


def test_entities_unlisted_name_beside_a_team_in_a_results_line_is_a_team() -> None:
    entities = _entities("Results on Saturday:\nKastel Utrecht 2 Brontvale 1\n")
    assert any(e.kind == "organization" and e.name == "Brontvale" for e in entities)


def test_entities_a_kind_word_before_a_name_makes_it_an_organization() -> None:
    text = (
        "Shares in the Dutch chemicals group Veldhoven Chemie rose after the daily Tagesbote reported a bid by "
        "state oil company Empresa de Petroleos. The retail chain manager Anna Berg said nothing."
    )
    orgs = {e.name for e in _entities(text) if e.kind == "organization"}
    assert {"Veldhoven Chemie", "Tagesbote", "Empresa de Petroleos"} <= orgs
    assert "Anna Berg" not in orgs


def test_entities_a_company_named_without_its_legal_form_is_the_same_company() -> None:
    text = (
        "Marlowe Tooling Plc said on Monday profits rose. Analysts said Marlowe Tooling would gain.\n"
        "-- Oslo Newsroom , +47 22 00 00 00\n"
    )
    orgs = [m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions]
    assert "Marlowe Tooling Plc" in orgs and "Marlowe Tooling" in orgs
    assert "Oslo Newsroom" in orgs


def test_entities_one_and_inside_an_organization_name() -> None:
    text = "The Harbour and Fisheries Commission fined Alder Corp and Birch Inc on Monday."
    orgs = {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert "Harbour and Fisheries Commission" in orgs
    assert "Alder Corp and Birch Inc" not in orgs


def test_entities_a_kind_word_with_a_name_before_it_names_nothing_after_it() -> None:
    text = "A colonel told the Harwick Press news agency Marlowe's withdrawal was final."
    orgs = {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert "Marlowe" not in orgs


def test_entities_a_results_table_makes_a_sports_report_and_a_city_beside_v_a_side() -> None:
    text = "Saturday:\nBrontvale 3 Kastel 1\nDunmore 2 Ashby 2\nHolt 0 Crayford 1\nMonday:\nLeeds v Brontvale\n"
    entities = _entities(text)
    assert _named(entities, "Leeds").kind == "organization"
    assert not any(e.kind == "place" for e in entities)


def test_entities_a_standings_row_with_points_like_years_is_a_results_line() -> None:
    text = "Table:\nPerth 21 15 1 5 2123 1631 130.2 62\nHobart 21 14 0 7 2009 1844 108.9 56\n"
    orgs = {e.name for e in _entities(text) if e.kind == "organization"}
    assert {"Perth", "Hobart"} <= orgs


def test_entities_a_state_with_a_nickname_after_it_is_a_club_in_sport() -> None:
    text = (
        "The Oregon Salmons beat the visitors 5-2 in the baseball game as the pitcher held on through the ninth "
        "inning and a home run settled the league match for the season."
    )
    orgs = {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert "Oregon Salmons" in orgs


def test_entities_a_kind_word_before_a_titled_person_names_no_organization() -> None:
    entities = _entities("At the fair, company CEO Maria Lindqvist showed the new phone.")
    assert _named(entities, "Maria Lindqvist").kind == "person"
    assert not any(e.kind == "organization" for e in entities)


def _org_mentions(text: str) -> set[str]:
    return {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}


def test_entities_a_list_of_fixtures_makes_a_sports_report() -> None:
    text = "Weekend fixtures:\nDivision two - Crewe v Walsall , Luton v Barnet , Bury v Wrexham .\n"
    entities = _entities(text)
    assert _named(entities, "Crewe").kind == "organization" and _named(entities, "Luton").kind == "organization"
    assert not any(e.kind == "place" for e in entities)


def test_entities_a_court_case_with_v_makes_no_sports_report() -> None:
    entities = _entities("The judge in Leeds cited Smith v Jones in the ruling.")
    assert _named(entities, "Leeds").kind == "place"


def test_entities_a_label_opening_a_line_of_a_score_card_is_no_team() -> None:
    text = "The fly-half kicked two penalties and the striker scored in the league match.\nPenalties : Preston 2 .\n"
    assert "Penalties" not in _org_mentions(text)


def test_entities_a_town_named_like_a_sport_is_the_sport_in_a_sports_report() -> None:
    text = (
        "RUGBY UNION - KENT WIN TOUR MATCH .\n"
        "The fly-half kicked three penalties and the scrum held as the tries came in the league match .\n"
    )
    entities = _entities(text)
    assert not any(m.text == "RUGBY" for e in entities for m in e.mentions)


def test_entities_a_score_written_with_a_hyphen_is_one_score() -> None:
    text = "RUGBY - KESTREL DEFEAT HALBURY 33-26\nThe fly-half kicked penalties and scored tries in the league match.\n"
    assert not any("DEFEAT" in m for m in _org_mentions(text))


def test_entities_an_acronym_with_a_figure_beside_it_is_no_organization() -> None:
    text = "The call option was quoted at DEM 3.30 as 10,000 KRLA fighters defected."
    orgs = _org_mentions(text)
    assert "DEM" not in orgs and "KRLA" in orgs


def test_entities_a_name_before_a_kind_word_is_that_organization() -> None:
    text = "Police seized copies, the Morgenpost newspaper said. The Kurdish agency and the Paris daily agreed."
    orgs = _org_mentions(text)
    assert "Morgenpost" in orgs
    assert "Kurdish" not in orgs and "Paris" not in orgs


def test_entities_party_after_a_name_makes_no_organization() -> None:
    text = "Thousands gathered for the New Year's Eve party at the gate."
    assert "Eve" not in _org_mentions(text)


def test_entities_an_acronym_before_a_name_makes_one_name() -> None:
    text = "Striker Jan Bos left KVB Haarlem for RKT Groningen on Monday. He told VOA Pentagon reporters so."
    orgs = _org_mentions(text)
    assert {"KVB Haarlem", "RKT Groningen"} <= orgs
    assert "VOA Pentagon" not in orgs


def test_entities_a_club_and_its_town_written_together_are_one_club() -> None:
    text = (
        "Fortuna Eltville beat Boldrup in the league match and the striker scored twice before halftime while "
        "the goalkeeper saved a penalty. Ripon City drew with Ashford Rovers."
    )
    orgs = _org_mentions(text)
    assert {"Fortuna Eltville", "Ripon City", "Ashford Rovers"} <= orgs


def test_entities_a_company_s_first_word_alone_is_the_company() -> None:
    text = "Shares in Varrick Gold Corp rose on Monday. Varrick said output would grow."
    entities = _entities(text)
    varrick = [e for e in entities if any(m.text == "Varrick" for m in e.mentions)]
    assert varrick and varrick[0].kind == "organization"


def test_entities_a_club_written_in_capitals_in_a_headline_is_the_club() -> None:
    text = (
        "BASEBALL - OTTERS RALLY .\n"
        "The Kelso Otters beat the visitors 6-5 as the pitcher struck out five in the ninth inning of the league "
        "game for the season .\n"
    )
    assert "OTTERS" in _org_mentions(text)


def test_entities_a_body_named_again_by_its_last_word() -> None:
    text = "The Harbour Commission fined the firm. Commission spokesman Ian Dale said the Commission would appeal."
    entities = _entities(text)
    body = _named(entities, "Harbour Commission")
    assert sum(m.text == "Commission" for m in body.mentions) == 2


def test_entities_a_name_in_brackets_with_a_minute_in_a_results_line_is_a_scorer() -> None:
    text = (
        "Soccer league matches on Saturday ( halftime in brackets ) :\n"
        "Brontvale 1 ( Karsten 52nd ) Kastel 2 ( Vodar 8th , Lemmik 85th ) .\nAttendance 9,000 .\n"
    )
    entities = _entities(text)
    assert _named(entities, "Karsten").kind == "person" and _named(entities, "Lemmik").kind == "person"
    assert _named(entities, "Kastel").kind == "organization"


def test_entities_a_league_in_a_sports_report_is_a_competition() -> None:
    text = (
        "The pitcher struck out six in the ninth inning as the home run settled the game, leaving the club top of "
        "the Coastal League standings for the season."
    )
    assert "Coastal League" not in _org_mentions(text)
    assert "Frontier League" in _org_mentions("The Frontier League party won three seats in the election.")


def test_entities_radio_or_television_ends_a_broadcaster_s_name() -> None:
    orgs = _org_mentions("Official Marovo Radio said on Sunday that the talks were off.")
    assert "Marovo Radio" in orgs


def test_entities_more_words_end_an_organization_name() -> None:
    text = "The Halvard Brothers bank and the Orrin Historical Society backed the Kestrel Pharmaceuticals bid."
    orgs = _org_mentions(text)
    assert {"Halvard Brothers", "Orrin Historical Society", "Kestrel Pharmaceuticals"} <= orgs


def test_entities_two_sides_and_their_scores_are_teams_even_named_like_people() -> None:
    text = "League soccer matches on Saturday :\nMartin Rovers 2 Kastel 0\nBrontvale 1 Ashby 1\nHolt 0 Crayford 3\n"
    entities = _entities(text)
    assert _named(entities, "Martin Rovers").kind == "organization"


def test_entities_a_name_that_goes_on_past_an_organization_word_is_no_organization() -> None:
    orgs = _org_mentions("At the Coastal Motors Show, Kestrel Motors showed a car. Ravel Armed Forces Ondiga spoke.")
    assert "Coastal Motors" not in orgs and "Kestrel Motors" in orgs and "Ravel Armed Forces" in orgs


def test_entities_a_side_in_a_line_of_two_sides_may_be_an_everyday_word() -> None:
    text = "League soccer matches on Saturday :\nForward 2 Kastel 1\nBrontvale 1 Ashby 1\nHolt 0 Crayford 3\n"
    assert _named(_entities(text), "Forward").kind == "organization"


def test_entities_a_place_named_with_a_body_s_word_stands_for_no_body() -> None:
    entities = _entities("Troops entered the West Bank on Monday. Bank officials said the Bank would close.")
    assert not any(e.kind == "organization" for e in entities)


def test_entities_a_body_s_people_after_its_name_do_not_lengthen_it() -> None:
    orgs = _org_mentions("Harbour Police Commissioner Anna Berg and the Trade Committee member Ivo Lind spoke.")
    assert "Harbour Police" in orgs and "Trade Committee" in orgs


def test_entities_a_sea_named_of_a_country_is_one_place() -> None:
    x = extract("Pirates boarded a tanker in the Gulf of Guinea, and a cyclone formed over the Bay of Bengal.")
    places = {m.text: e for e in x.entities for m in e.mentions}
    assert places["Gulf of Guinea"].kind == "place" and places["Bay of Bengal"].kind == "place"
    assert "Persian Gulf" not in {e.name for e in x.entities}
    assert not [e for e in x.entities if e.kind == "country"]  # neither Guinea nor Bengal is named as a country


def test_entities_a_direction_and_island_is_no_iceland() -> None:
    x = extract("Heavy rain flooded farms on the North Island of New Zealand.")
    assert {e.code for e in x.entities if e.kind == "country"} == {"NZ"}
    assert "North Island" in {e.name for e in x.entities if e.kind == "place"}


def test_entities_a_federal_court_district_is_an_organization() -> None:
    x = extract("Prosecutors in the Eastern District of Virginia charged a man from Alexandria, Virginia.")
    kinds = {m.text: e.kind for e in x.entities for m in e.mentions}
    assert kinds["Eastern District of Virginia"] == "organization"
    assert kinds["Alexandria"] == "place" and kinds["Virginia"] == "place"  # the state outside the name stays


def test_entities_a_group_named_after_a_region_is_the_group() -> None:
    x = extract("Al-Qaeda in the Arabian Peninsula claimed the bombing in Yemen.")
    kinds = {m.text: e.kind for e in x.entities for m in e.mentions}
    assert kinds["Al-Qaeda in the Arabian Peninsula"] == "organization" and "Arabian Peninsula" not in kinds


def test_entities_a_faith_before_a_building_word_names_no_place() -> None:
    x = extract("A bomber struck a Shiite mosque in Herat, and a Catholic church was burned in Mosul.")
    assert {m.text for e in x.entities if e.kind == "place" for m in e.mentions} == {"Herat", "Mosul"}


def test_entities_an_everyday_word_and_a_news_agency_are_no_towns() -> None:
    x = extract("Grenade attacks wounded six people in Mogadishu, (Prensa Latina) reported.")
    kinds = {m.text: e.kind for e in x.entities for m in e.mentions}
    assert "Grenade" not in kinds and kinds["Prensa Latina"] == "organization"


def test_entities_a_name_before_district_is_a_place_without_a_point() -> None:
    x = extract("Taliban fighters overran Achin district of Nangarhar province overnight.")
    places = {m.text: e for e in x.entities if e.kind == "place" for m in e.mentions}
    assert "Achin district" in places and places["Achin district"].lat is None


def test_entities_a_town_before_district_stays_the_town() -> None:
    x = extract("Gunmen attacked Haditha district in Anbar province, Iraqi police said.")
    haditha = next(e for e in x.entities for m in e.mentions if m.text.startswith("Haditha"))
    assert haditha.lat is not None and abs(haditha.lat - 34.14) < 0.5


def test_entities_an_acronym_spelled_out_in_lower_case_is_no_organization() -> None:
    text = (
        "Farmers feared foot-and-mouth disease (FMD) would spread. FMD was found on two farms, "
        "the Kestrel Farmers Union (KFU) said, and the KFU asked for help."
    )
    orgs = _org_mentions(text)
    assert "FMD" not in orgs
    assert "KFU" in orgs


def test_entities_a_dateline_town_in_capitals_is_no_organization() -> None:
    text = "AL-VARNA, West Bank (AP) — Troops left the camp on Monday.\nKLPA, the rebel group, said it held the hills."
    orgs = _org_mentions(text)
    assert not orgs & {"AL", "VARNA", "AL-VARNA"}
    assert "KLPA" in orgs


def test_entities_an_acronym_opening_a_competition_name_is_no_organization() -> None:
    text = "Hopefuls for the KVFA Cup met in June, and the KVFA said it would fine two clubs."
    starts = {m.start for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert text.index("KVFA Cup") not in starts
    assert text.index("KVFA said") in starts


def test_entities_a_name_ending_in_a_legal_form_is_a_company_not_a_person() -> None:
    text = "Laura Kestrel Ltd said profits rose, and shares of Dennis Varga Cos fell."
    kinds = {e.name: e.kind for e in _entities(text)}
    assert kinds.get("Laura Kestrel Ltd") == "organization"
    assert kinds.get("Dennis Varga Cos") == "organization"


def test_entities_a_schedule_line_opens_with_the_visiting_team() -> None:
    text = (
        "BASEBALL - LEAGUE SCHEDULE\nThe pitcher and the batting coach stay for the playoffs this season.\n"
        "Schedule for Sunday:\nSEATTLE AT BOSTON\nTEXAS AT KANSAS CITY\nThe talks at Geneva resumed.\n"
    )
    kinds = {m.text: e.kind for e in _entities(text) for m in e.mentions}
    assert kinds.get("SEATTLE") == "organization" and kinds.get("TEXAS") == "organization"
    assert kinds.get("Geneva") != "organization"


def test_entities_a_body_word_after_a_rank_opens_no_persons_name() -> None:
    text = "Major League Baseball said the final would move, and Margaret Court presented the cup."
    people = {e.name for e in _entities(text) if e.kind == "person"}
    assert not any("League" in name for name in people)
    assert "Margaret Court" in people


def test_entities_a_first_name_inside_a_places_name_opens_no_person() -> None:
    text = "He read it in the San Marcos Courier, and the St. Louis Kestrels won again."
    people = {e.name for e in _entities(text) if e.kind == "person"}
    assert not people & {"Marcos Courier", "Louis Kestrels"}


def test_entities_and_joins_a_name_after_a_plural_body_word() -> None:
    text = (
        "The Securities and Futures Commission fined Kestrel Corp and Halbury Inc on Monday, "
        "and Varna Airlines and Kestrel Airlines merged."
    )
    orgs = _org_mentions(text)
    assert "Securities and Futures Commission" in orgs
    assert {"Kestrel Corp", "Halbury Inc", "Varna Airlines", "Kestrel Airlines"} <= orgs


def test_entities_a_name_before_shares_that_moved_is_a_company() -> None:
    text = "Halburco shares fell 3 percent after Halburco shareholders met. Kestrel shares his view of the deal."
    orgs = _org_mentions(text)
    assert "Halburco" in orgs
    assert "Kestrel" not in orgs


def test_entities_the_name_after_a_riders_country_is_the_team() -> None:
    text = (
        "CYCLING - TOUR OF KESTREL\nThe race, the sprint, the tournament and the season ended.\n"
        "1. Gianni Rossetti ( Italy ) Halburco 3:10\n2. Peter Vance ( Canada ) Kestrelbank all same time\n"
    )
    orgs = _org_mentions(text)
    assert {"Halburco", "Kestrelbank"} <= orgs
    assert "Italy" not in orgs and "Gianni Rossetti" not in orgs


def test_entities_the_name_after_a_stake_in_is_a_company() -> None:
    text = "Shares in Halburco rose after Kestrel Capital bought a stake in Varnell Mining, not a stake in Ukraine."
    orgs = _org_mentions(text)
    assert {"Halburco", "Varnell Mining"} <= orgs
    assert "Ukraine" not in orgs


def test_entities_a_headline_in_sentence_case_keeps_its_guessed_names() -> None:
    # most of its words are capitalised, but "meets" is not: capitals still mark names
    x = extract("President Kelto Barusk meets Anvar Telmos in Doha\n\nThe two men talked on Monday, aides said.")
    assert "Anvar Telmos" in [e.name for e in x.entities]


def test_entities_a_theatre_or_an_auditorium_is_a_place_not_a_person() -> None:
    entities = _entities("The band played the Morris Beach Theater in Wantagh and the Ryman Auditorium in Nashville.")
    assert _named(entities, "Morris Beach Theater").kind == "place"
    assert _named(entities, "Ryman Auditorium").kind == "place"
    assert not any(e.kind == "person" for e in entities)


def test_entities_a_name_before_a_us_states_full_name_is_a_place_there() -> None:
    entities = _entities("A gunman killed six people in Harlowmere, Connecticut, on Friday.")
    assert _named(entities, "Harlowmere").kind == "place"
    entities = _entities("Later, Iraq officials said the storm had passed. Later, Texas officials agreed.")
    assert not any(e.name == "Later" for e in entities)


def test_entities_an_acronym_in_brackets_after_a_place_is_that_place() -> None:
    entities = _entities("Jets struck the Lower Zab River Valley (LZRV) on Monday, and fighters left the LZRV at dawn.")
    assert not any(e.kind == "organization" for e in entities)
    basin = next(e for e in entities if any(m.text == "LZRV" for m in e.mentions))
    assert basin.kind == "place" and len(basin.mentions) == 3


def test_entities_a_firm_named_like_a_town_after_a_word_only_a_firm_is_called_is_the_firm() -> None:
    kinds = {m.text: e.kind for e in _entities("Japanese automaker Toyota cut prices.") for m in e.mentions}
    assert kinds["Toyota"] == "organization"
    kinds = {m.text: e.kind for e in _entities("The plant lies in Toyota, Japan.") for m in e.mentions}
    assert kinds["Toyota"] == "place"


def test_entities_a_city_before_a_local_office_and_its_holder_is_a_place_and_a_person() -> None:
    text = "Clark County Sheriff Joseph Lombardo said the gunman acted alone."
    found = {(e.kind, e.name) for e in extract(text).entities}
    assert ("person", "Joseph Lombardo") in found and ("place", "Clark County") in found
    found = {(e.kind, e.name) for e in extract("Paris Prosecutor Francois Molins said five were held.").entities}
    assert ("place", "Paris") in found


def test_entities_a_name_of_several_words_ending_a_longer_one_is_that_person() -> None:
    entities = _entities("The nomination went to businessman Rocky De La Fuente in May. Critics of De La Fuente said "
                         "he had never held office.")  # fmt: skip
    people = [e for e in entities if e.kind == "person"]
    assert [[m.text for m in e.mentions] for e in people] == [["Rocky De La Fuente", "De La Fuente"]]


def test_entities_monarch_by_title_keeps_apart_from_a_namesake() -> None:
    entities = _entities("President Karim Hadi met King Hadi of Norland. Queen Selma of Jordan greeted Anna Selma.")
    people = {e.name: e for e in entities if e.kind == "person"}
    assert {m.text for m in people["Karim Hadi"].mentions} == {"Karim Hadi"}
    assert people["Hadi"].attributes["title"] == "King"
    assert {m.text for m in people["Anna Selma"].mentions} == {"Anna Selma"}
    assert people["Selma"].attributes["affiliation"] == _named(entities, "Jordan").id


def test_entities_namesakes_tied_to_two_countries_stay_apart() -> None:
    entities = _entities("Iraq's President Barham Salih met President Salih of Yemen in Baghdad.")
    full = _named(entities, "Barham Salih")
    assert [m.text for m in full.mentions] == ["Barham Salih"]
    assert _named(entities, "Salih").attributes["affiliation"] == _named(entities, "Yemen").id


def test_entities_title_alone_still_joins_the_full_name() -> None:
    entities = _entities("Joe Biden spoke in Dover. President Biden later left, and King Abdullah met Biden.")
    biden = _named(entities, "Joe Biden")
    assert [m.text for m in biden.mentions] == ["Joe Biden", "Biden", "Biden"]


def test_entities_bare_shared_name_joins_the_person_named_last() -> None:
    text = (
        "Karim Hadi spoke in the morning. Officials then met King Hadi of Jordan. In the meeting, Hadi asked for "
        "help. On Friday, Karim Hadi refused, and Hadi left."
    )
    entities = _entities(text)
    king = next(e for e in entities if e.kind == "person" and e.attributes.get("title") == "King")
    full = _named(entities, "Karim Hadi")
    assert [m.start for m in king.mentions] == [text.index("King Hadi") + 5, text.index("meeting, Hadi") + 9]
    assert [m.text for m in full.mentions] == ["Karim Hadi", "Karim Hadi", "Hadi"]


def test_entities_a_plural_nickname_after_the_is_a_side_in_a_sports_report() -> None:
    text = (
        "BASEBALL - LATE RALLY LIFTS HOSTS .\n"
        "Ortega homered twice and the Comets beat the Red Herons 5-3 on Tuesday , their third straight win of the "
        "season . The Red Herons have lost four in a row , and the pitcher said the Americans in the bullpen were "
        "tired . The Comets host the Olympics champions next week in the first game of the playoffs .\n"
    )
    entities = _entities(text)
    teams = {m.text for e in entities if e.kind == "organization" for m in e.mentions}
    assert {"Comets", "Red Herons"} <= teams
    assert not {"Americans", "Olympics"} & teams


def test_entities_names_opening_rows_of_standings_are_sides_even_named_like_people() -> None:
    text = (
        "SOCCER - NORTHERN LEAGUE STANDINGS .\n"
        "Standings after Saturday 's matches ( tabulate under played , won , drawn , lost , goals for , against , "
        "points ) :\n"
        "Harwell 4 3 1 0 9 2 10\nMorgan 4 2 1 1 6 5 7\nBlue Star 4 0 0 4 2 11 0\n"
        "Top scorer : Dean Morgan of Harwell with 5 goals .\n"
    )
    entities = _entities(text)
    teams = {m.text for e in entities if e.kind == "organization" for m in e.mentions}
    assert {"Harwell", "Morgan", "Blue Star"} <= teams
    assert "Dean Morgan" in {m.text for e in entities if e.kind == "person" for m in e.mentions}


def test_entities_a_single_line_of_figures_makes_no_side() -> None:
    text = "CRICKET - SCORES .\nThe match, the innings and the season ended.\nMorgan 4 3 1 0 9 2\n"
    assert "Morgan" not in {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}


def test_entities_an_itinerary_of_dated_fixtures_makes_a_sports_report() -> None:
    text = (
        "CRICKET - TOURISTS ' PROGRAMME .\nThe visitors will play four matches .\nProgramme :\n"
        "May 4 v Harwell\nMay 7 v Somerset ( two days )\nMay 10-12 v Norfolk ( three days )\n"
    )
    teams = {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert {"Somerset", "Norfolk"} <= teams
    court = "The judge cited Roe v Wade in Washington and said the ruling of May 4 v the state stood."
    assert "Washington" not in {m.text for e in _entities(court) if e.kind == "organization" for m in e.mentions}


def test_entities_a_side_keeps_the_letters_of_its_town_in_brackets() -> None:
    text = (
        "SOCCER - NORTHERN LEAGUE RESULTS .\nResults of league matches on Saturday :\n"
        "Harwell 2 Dobrava ( K ) 0\nDobrava ( S ) 1 Kestrel 1\nStandings :\n"
        "Dobrava ( S ) 4 2 1 1 8 5 7\nDobrava ( K ) 4 0 1 3 2 9 1\n"
    )
    teams = {m.text for e in _entities(text) if e.kind == "organization" for m in e.mentions}
    assert {"Dobrava ( K )", "Dobrava ( S )", "Harwell"} <= teams
    assert not {"K", "S", "Dobrava"} & teams
