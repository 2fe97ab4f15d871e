"""Events: the main event of a wire lead as its headline and first sentence tell it, typed and with its parties
(the place a retreat leaves, headlines whose subject the tagger misread, "X to do Y" headlines)."""

from __future__ import annotations

import sitrep
from sitrep.record import Event, Extraction

_BODY = "The figures were given on Monday by officials in the region, who spoke to reporters at a briefing."


def headline_events(headline: str) -> tuple[Extraction, list[Event]]:
    """The extraction of an article and the events its headline states (its body says nothing of them)."""
    x = sitrep.extract(f"{headline}\n\n{_BODY}\n")
    return x, [e for e in x.events if e.evidence.start < len(headline)]


def roles(x: Extraction, event: Event) -> tuple[list[str], list[str]]:
    names = {e.id: e.name for e in x.entities}
    return [names.get(a, a) for a in event.actors], [names.get(t, t) for t in event.targets]


def test_events_main_a_retreat_leaves_the_place_after_from_or_out_of() -> None:
    x = sitrep.extract("Canada will withdraw its soldiers from Latvia by the end of the year.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("RETREAT", ["Canada"], ["Latvia"])]
    x = sitrep.extract("Belgium pulled its troops out of Chad in March.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("RETREAT", ["Belgium"], ["Chad"])]
    x = sitrep.extract("The withdrawal of French troops from Niger was completed on Friday.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("RETREAT", ["France"], ["Niger"])]


def test_events_main_a_deployment_from_a_place_does_not_target_it() -> None:
    x = sitrep.extract("The ministry began sending reinforcements from Germany to the eastern border.")
    assert [e.type for e in x.events] == ["MOBILIZE"]
    assert "Germany" not in roles(x, x.events[0])[1]


def test_events_main_a_headline_of_a_party_to_do_an_act_plans_it() -> None:
    x, events = headline_events("Latvia to expel Belarusian diplomat")
    assert [(e.type, e.modality) for e in events] == [("SANCTION", "planned")]
    assert roles(x, events[0])[0] == ["Latvia"]
    x, events = headline_events("Police to arrest protest leaders")
    assert [(e.type, e.modality) for e in events] == [("COERCE", "planned")]
    assert roles(x, events[0]) == (["Police"], ["protest leaders"])


def test_events_main_the_name_before_a_headlines_colon_labels_it_and_does_not_act() -> None:
    x, events = headline_events("Chad: Boko Haram kills 14 in island raid")
    assert [e.type for e in events] == ["ASSAULT"]
    assert roles(x, events[0])[0] == ["Boko Haram"]
    x, events = headline_events("Niger: Al-Shabaab kills 6 in border ambush")
    assert [e.type for e in events] == ["ASSAULT"]
    assert roles(x, events[0])[0] == ["al-Shabaab"]


def test_events_main_a_craft_or_building_struck_is_an_attack_whoever_struck_it() -> None:
    x = sitrep.extract(
        "Tanker hit off Eritrea\n\nASMARA - An oil tanker was struck by a drone off the coast of Eritrea on Friday, "
        "the navy said. Rebels later claimed responsibility for the attack.\n"
    )
    assert [e.type for e in x.events] == ["ASSAULT"]
    assert any(m.text.startswith("An oil tanker was struck by a drone") for m in x.events[0].mentions)


def test_events_main_a_craft_or_building_hit_by_weather_or_in_words_is_no_attack() -> None:
    assert sitrep.extract("The ferry was hit by a huge wave off the coast of Norway on Monday.").events == []
    assert sitrep.extract("A hotel in the town was struck by lightning during the storm.").events == []
    assert sitrep.extract("Shares in the shipping firm were hit by the strike on Monday.").events == []


def test_events_main_an_act_in_a_phrase_of_time_under_a_plan_took_place() -> None:
    x = sitrep.extract("Rwanda and Burundi agreed on Monday to a truce after three days of fighting along the lake.")
    assert {(e.type, e.modality) for e in x.events} == {("AGREE", "asserted"), ("ASSAULT", "asserted")}


def test_events_main_an_act_in_a_clause_of_time_under_a_plan_is_still_to_come() -> None:
    x = sitrep.extract("Britain will keep its base in the desert after British troops leave Iraq.")
    assert [(e.type, e.modality) for e in x.events] == [("RETREAT", "planned")]


def test_events_main_a_reduced_relative_read_as_the_main_verb_befalls_its_subject() -> None:
    x = sitrep.extract("Two engineers abducted in southern Niger last month were released on Sunday, their firm said.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [
        ("COERCE", [], ["engineers"]),
        ("CONCEDE", [], ["engineers"]),
    ]


def test_events_main_destroying_arms_in_use_is_an_attack_not_damage_to_property() -> None:
    x = sitrep.extract("Rebels destroyed two army tanks near the town of Goma on Monday.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("ASSAULT", ["Rebels"], ["army"])]
    x = sitrep.extract("The militia destroyed a fuel depot used by the army near the town on Monday.")
    assert [e.type for e in x.events] == ["COERCE"]


def test_events_main_a_retreat_named_as_what_talks_are_about_is_no_event_for_its_place() -> None:
    x = sitrep.extract("Sudan and Chad resumed talks today on a Sudanese troop pullback from Chad and future trade.")
    assert [e.type for e in x.events] == ["CONSULT"]
