"""Events: the main event of an article as its headline and lead state it (telegraphic grammar, names that say
where or what a party stands for, phrases whose negation is part of their meaning)."""

from __future__ import annotations

import sitrep
from sitrep.eval.oracle import annotate, events_of, mentions_of
from sitrep.record import Entity, Event

_BODY = "The figures were given on Monday by officials in the region, who spoke to reporters at a briefing."


def entity(text: str, id: str, kind: str, name: str, *surfaces: str) -> Entity:
    return Entity(id, kind, name, mentions=mentions_of(text, *surfaces))


def headline_events(headline: str) -> list[Event]:
    """The events an article states in its headline (its body says nothing of them)."""
    text = f"{headline}\n\n{_BODY}\n"
    return [e for e in sitrep.extract(text).events if e.evidence.start < len(headline)]


def given_names(text: str, entities: list[Entity], type_: str) -> list[list[str]]:
    """The actors' names of each event of `type_`, given the entities of the text."""
    doc = annotate(text, entities=entities)
    by_id = {e.id: e.name for e in doc._.entities}
    return [[by_id[i] for i in e.actors] for e in doc._.events if e.type == type_]


def names(text: str, ids: list[str]) -> list[str]:
    found = sitrep.extract(text)
    by_id = {e.id: e.name for e in found.entities}
    return [by_id.get(i, i) for i in ids]


def test_events_troops_on_standby_are_mobilized() -> None:
    events = sitrep.extract("The defence ministry put 600 paratroopers on standby near the border.").events
    assert [e.type for e in events] == ["MOBILIZE"]
    assert not sitrep.extract("The hospital keeps an ambulance on standby during the marathon.").events


def test_events_will_not_tolerate_is_a_threat_not_its_denial() -> None:
    events = sitrep.extract("The president said he will not tolerate attacks on the aid convoys.").events
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1 and threats[0].modality != "negated"


def test_events_negation_inside_a_trigger_does_not_negate_it() -> None:
    text = "Ostrovia will not allow Freedonia to annex the island."
    ents = [
        entity(text, "E1", "country", "Ostrovia", "Ostrovia"),
        entity(text, "E2", "country", "Freedonia", "Freedonia"),
    ]
    threat = [e for e in events_of(text, entities=ents) if e.type == "THREATEN"]
    assert len(threat) == 1 and threat[0].modality == "asserted" and threat[0].actors == ["E1"]
    denied = [e for e in events_of("Ostrovia did not threaten Freedonia.", entities=[]) if e.type == "THREATEN"]
    assert all(e.modality == "negated" for e in denied)


def test_events_a_boss_can_act() -> None:
    text = "The army boss condemned the ambush on the convoy."
    event = next(e for e in sitrep.extract(text).events if e.type == "ACCUSE")
    assert names(text, event.actors) == ["army boss"]


def test_events_headline_irregular_past_with_result_is_passive() -> None:
    events = headline_events("Three aid workers shot dead in northern province")
    assert len(events) == 1 and events[0].type == "ASSAULT"
    text = f"Three aid workers shot dead in northern province\n\n{_BODY}\n"
    assert names(text, events[0].targets) == ["aid workers"] and not events[0].actors


def test_events_headline_past_with_a_noun_hung_on_it_is_passive() -> None:
    events = [e for e in headline_events("Four miners killed in clashes with riot police") if e.type == "ASSAULT"]
    text = f"Four miners killed in clashes with riot police\n\n{_BODY}\n"
    assert any("miners" in names(text, e.targets) for e in events)
    assert not any("miners" in names(text, e.actors) for e in events)


def test_events_place_before_an_attack_noun_says_where() -> None:
    text = f"Leeds shooting leaves six hurt\n\n{_BODY}\n"
    events = sitrep.extract(text).events
    assert not any("Leeds" in names(text, e.actors) for e in events)


def test_events_place_before_a_verb_still_acts() -> None:
    text = "Moscow attacks Kyiv with drones overnight."
    event = next(e for e in sitrep.extract(text).events if e.type == "ASSAULT")
    assert names(text, event.actors) == ["Moscow"]


def test_events_name_on_another_happening_is_not_the_attacker() -> None:
    text = "A Karlov rally shooting wounded four people."
    actors = given_names(text, [entity(text, "E1", "person", "Ivo Karlov", "Karlov")], "ASSAULT")
    assert actors and all("Ivo Karlov" not in names for names in actors)
    text = "A Freedonian missile strike killed ten soldiers."
    ents = [entity(text, "E1", "country", "Freedonia", "Freedonian")]
    assert given_names(text, ents, "ASSAULT") == [["Freedonia"]]


def test_events_pro_or_anti_name_is_what_protesters_stand_for() -> None:
    for text in ("Pro-Karlov demonstrators marched through the capital on Sunday.",
                 "Anti-Karlov protesters blocked the main highway."):
        actors = given_names(text, [entity(text, "E1", "person", "Ivo Karlov", "Karlov")], "PROTEST")
        assert actors and all("Ivo Karlov" not in names for names in actors)


def test_events_headline_bare_number_is_the_people_arrested() -> None:
    events = headline_events("Riot police arrest 35 after night of looting")
    assert [e.type for e in events] == ["COERCE"]
    text = f"Riot police arrest 35 after night of looting\n\n{_BODY}\n"
    assert names(text, events[0].actors) == ["Riot police"]
    assert not sitrep.extract("The minister released 40 pages of the report.").events


def test_events_headline_verb_after_a_party_word_is_its_verb() -> None:
    events = headline_events("Navy chief slams ministry over budget cuts")
    assert [e.type for e in events] == ["ACCUSE"]
    text = f"Navy chief slams ministry over budget cuts\n\n{_BODY}\n"
    assert names(text, events[0].actors) == ["Navy chief"]


def test_events_criminal_charges_are_an_accusation() -> None:
    events = sitrep.extract("Prosecutors charged the former governor with bribery on Friday.").events
    assert [e.type for e in events] == ["ACCUSE"]
    assert not sitrep.extract("The commission charged with overseeing the ballot met on Monday.").events


def test_events_aircraft_downed_is_an_attack() -> None:
    events = sitrep.extract("Rebel fighters downed an army helicopter near the pass.").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_events_hanged_is_a_killing_and_hung_is_not() -> None:
    assert [e.type for e in sitrep.extract("The junta hanged four dissidents at dawn.").events] == ["ASSAULT"]
    assert not sitrep.extract("Flags of the junta hung from every balcony.").events


def test_events_dropped_investigation_is_a_concession_not_an_inquiry() -> None:
    events = sitrep.extract("Prosecutors dropped their investigation into the opposition leader.").events
    assert [e.type for e in events] == ["CONCEDE"]


def test_events_pleading_guilty_asks_nothing() -> None:
    events = sitrep.extract("The former guard pleaded guilty to smuggling weapons into the prison.").events
    assert "REQUEST" not in [e.type for e in events]
    events = sitrep.extract("The families pleaded with the militia to release the hostages.").events
    assert "REQUEST" in [e.type for e in events]


def test_events_headline_accused_of_is_passive() -> None:
    events = headline_events("Defence minister accused of lying to parliament")
    text = f"Defence minister accused of lying to parliament\n\n{_BODY}\n"
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and names(text, accusations[0].targets) == ["Defence minister"]
    assert not accusations[0].actors


def test_events_call_for_an_end_to_fighting_is_no_fighting_by_the_caller() -> None:
    events = headline_events("EU calls for end to fighting in Libya")
    assert [e.type for e in events] == ["REQUEST"]


def test_events_police_firing_tear_gas_is_coercion() -> None:
    events = headline_events("Riot police fire tear gas at students in Lagos")
    assert [e.type for e in events] == ["COERCE"]


def test_events_the_pope_can_act() -> None:
    text = "The pope condemned the bombing of the cathedral."
    event = next(e for e in sitrep.extract(text).events if e.type == "ACCUSE")
    assert names(text, event.actors) == ["pope"]


def test_events_organizers_can_be_acted_on() -> None:
    text = "The interior minister condemned the organizers of the banned march."
    event = next(e for e in sitrep.extract(text).events if e.type == "ACCUSE")
    assert names(text, event.targets) == ["organizers"]
