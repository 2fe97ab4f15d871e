"""Events: PLOVER types told by words the lexicon lacked (synonyms by sense, light verbs, nominal events) and by
parties the tagger reads as names, on one-sentence reports in the style of the PLOVER gold records."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.record import Extraction


def types(text: str) -> list[str]:
    return sorted({e.type for e in sitrep.extract(text).events})


def actors_of(x: Extraction, kind: str) -> list[str]:
    names = {e.id: e.name for e in x.entities}
    return [names.get(a, a) for e in x.events if e.type == kind for a in e.actors]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # praise and backing by other words
        ("Chile lauded Peru's decision to hold a referendum on the border.", "SUPPORT"),
        ("Canada voiced strong backing for Kenya's bid to join the Security Council.", "SUPPORT"),
        ("Spain threw its weight behind the Algerian plan for the Sahel.", "SUPPORT"),
        ("Ghana welcomed the truce between the two Sudanese factions.", "SUPPORT"),
        # disapproval by other words
        ("Moscow lambasted Tokyo for joining the naval drills.", "ACCUSE"),
        ("The Kenyan minister castigated the police for their handling of the riots.", "ACCUSE"),
        # an accord reached, an understanding
        ("Peru and Bolivia reached an understanding on the shared lake.", "AGREE"),
        # forces pulled back, positions given up
        ("The militia pulled its fighters back from the ridge above the town.", "RETREAT"),
        ("The garrison abandoned its positions along the river.", "RETREAT"),
        # a person sought from another state
        ("Tunisia sought the extradition of the former governor from Qatar.", "REQUEST"),
        # a step others want, excluded
        ("Caracas ruled out negotiations with the opposition before the vote.", "REJECT"),
        # people kept from something by an authority, access cut
        ("The junta barred foreign reporters from entering the province.", "COERCE"),
        ("The authorities blocked access to the messaging service during the vote.", "COERCE"),
        # relief handed out or shipped
        ("The Red Cross distributed food to families displaced by the fighting in Ituri.", "AID"),
        # pardons granted
        ("The president granted clemency to forty jailed opposition members.", "CONCEDE"),
        # sides that join forces
        ("Mauritania and Senegal joined forces to fight smuggling gangs.", "COOPERATE"),
        # attacks by other verbs, and a volley of weapons
        ("Government jets pounded rebel positions near the airport.", "ASSAULT"),
        ("Militants slaughtered eleven farmers in the north of the province.", "ASSAULT"),
        ("The militia sent a barrage of drones at the air base.", "ASSAULT"),
        # a hunger strike gone on
        ("Jailed activists went on a hunger strike over their detention.", "PROTEST"),
    ],
)
def test_events_plover_synonyms_by_sense(text: str, kind: str) -> None:
    assert kind in types(text)


def test_events_plover_a_warning_that_the_warner_would_block_or_cut_is_a_threat() -> None:
    assert "THREATEN" in types("Hungary warned Brussels that it would veto the aid package.")
    assert "THREATEN" in types("Qatar warned the group that it would expel its leaders from Doha.")
    # a warning of what others would do is none
    assert "THREATEN" not in types("The agency warned that the storm would cut power to the coast.")


def test_events_plover_a_bare_count_that_stages_or_takes_to_the_streets_is_a_crowd() -> None:
    x = sitrep.extract("Thousands staged a demonstration against the new tax in Accra.")
    assert actors_of(x, "PROTEST") == ["Thousands"]
    assert "PROTEST" in types("Hundreds took to the streets of Lima to oppose the pardon.")


def test_events_plover_a_plural_party_at_the_head_of_a_sentence_is_a_crowd() -> None:
    x = sitrep.extract("Demonstrators rallied outside the ministry in Yerevan.")
    assert actors_of(x, "PROTEST") == ["Demonstrators"]


def test_events_plover_figurative_and_business_senses_stay_no_events() -> None:
    assert types("The bakery chain pounded its rivals with price cuts.") == []
    assert types("Fans welcomed the decision to keep the coach.") == []
    assert types("Analysts ruled out a deal between the two carmakers.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # measures against a state by other nouns and verbs
        ("Canberra imposed a visa ban on three Burmese generals.", "SANCTION"),
        ("Bamako kicked out the Ivorian ambassador on Monday.", "SANCTION"),
        ("Minsk declared the Polish consul persona non grata.", "SANCTION"),
        ("Britain suspended budget support to Malawi after the disputed vote.", "SANCTION"),
        # a prison term handed down, a party dissolved
        ("A military court handed down a twenty-year sentence to the former mayor.", "COERCE"),
        ("The ruling council dissolved the largest opposition party.", "COERCE"),
        # warrants issued, a state protesting to another
        ("The tribunal issued an arrest warrant for the militia commander.", "ACCUSE"),
        ("China protested to Canada over the detention of its nationals.", "ACCUSE"),
        # forces made ready
        ("The navy put its ships on high alert off the coast.", "MOBILIZE"),
        ("Armenia placed its forces on the highest level of combat readiness.", "MOBILIZE"),
        # weapons given up
        ("The rebel faction handed over its weapons to the peacekeepers.", "RETREAT"),
        # aircraft that hit targets
        ("Syrian jets hit rebel targets outside the city.", "ASSAULT"),
    ],
)
def test_events_plover_light_verbs_and_nominal_measures(text: str, kind: str) -> None:
    assert kind in types(text)


def test_events_plover_a_record_hit_or_a_vote_won_stays_no_event() -> None:
    assert types("The company's shares hit a record high on Friday.") == []
    assert types("The league suspended support for the coach.") == []


def test_events_plover_relief_handed_over_is_aid_and_a_person_handed_over_is_released() -> None:
    assert types("Norwegian volunteers handed over three tonnes of medicine to the hospital in Kismayo.") == ["AID"]
    assert types("The militia handed over the kidnapped engineer to the tribal elders.") == ["CONCEDE"]


def test_events_plover_bases_or_settlements_evacuated_are_a_withdrawal_not_aid() -> None:
    assert types("Under the accord, Armenia will evacuate its outposts along the ridge.") == ["RETREAT"]
    assert types("Soldiers evacuated the wounded villagers by helicopter.") == ["AID"]


def test_events_plover_a_battle_fought_by_armed_sides_is_fighting() -> None:
    assert types("Army units and militiamen fought a fierce battle for the bridge.") == ["ASSAULT"]
    assert types("The two teams fought a fierce battle for the cup.") == []
    assert types("The widow fought a long legal battle for compensation.") == []


def test_events_plover_a_charge_set_off_or_shells_lobbed_are_an_attack() -> None:
    assert types("Militants set off a roadside bomb near the governor's convoy.") == ["ASSAULT"]
    assert types("The rebels lobbed mortar shells into the garrison.") == ["ASSAULT"]
    assert types("The verdict set off a wave of speculation in the markets.") == []


def test_events_plover_a_measure_or_a_blow_promised_on_a_condition_is_a_threat() -> None:
    assert "THREATEN" in types("Ottawa said it would impose sanctions on the generals if they delayed the vote.")
    assert "THREATEN" in types("The bloc will suspend its aid to the council unless it frees the prisoners.")
    assert types("Markets would respond well if the central bank cut rates.") == []
