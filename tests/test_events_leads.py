"""Events: the main event of an article as its headline and first sentences tell it, read on text no gold covers
(directives told to a party, projectiles fired, probes of reports, dismissals, place names before attack nouns,
figurative shots, aircraft downed, subpoenas, hyphenated verbs, a headline's toll after a colon, restrictions
lifted)."""

from __future__ import annotations

import sitrep
from sitrep.record import Event, Extraction

_BODY = "The figures were given on Monday by officials in the region, who spoke to reporters at a briefing."


def headline_events(headline: str) -> list[Event]:
    """The events an article states in its headline (its body says nothing of them)."""
    text = f"{headline}\n\n{_BODY}\n"
    return [e for e in sitrep.extract(text).events if e.evidence.start < len(headline)]


def roles(x: Extraction, event: Event) -> tuple[list[str], list[str]]:
    names = {e.id: e.name for e in x.entities}
    return [names.get(a, a) for a in event.actors], [names.get(t, t) for t in event.targets]


def test_events_telling_a_party_to_act_is_a_request() -> None:
    x = sitrep.extract("The garrison commander told his soldiers to withdraw from the river crossing.")
    requests = [e for e in x.events if e.type == "REQUEST"]
    assert len(requests) == 1
    assert roles(x, requests[0]) == (["garrison commander"], ["soldiers"])


def test_events_a_headline_telling_a_party_to_act_is_a_request() -> None:
    assert [e.type for e in headline_events("Egypt tells foreign navies to leave Red Sea")] == ["REQUEST"]
    assert [e.type for e in headline_events("Turkey tells rebels to quit border town")] == ["REQUEST"]


def test_events_telling_what_was_said_or_to_no_party_is_no_request() -> None:
    assert sitrep.extract("The minister told the court that the brigade had left the valley.").events == []
    assert sitrep.extract("The spokesman told reporters to expect more arrests.").events == []
    assert sitrep.extract("A shopkeeper told everyone to get down behind the counter.").events == []


def test_events_a_projectile_fired_is_a_weapons_test_or_an_attack() -> None:
    test = sitrep.extract("Pyongyang fired a projectile over the northern islands on Sunday.").events
    assert [e.type for e in test] == ["MOBILIZE"]
    attack = sitrep.extract("The militia launched two projectiles at the airport on Sunday.").events
    assert [e.type for e in attack] == ["ASSAULT"]


def test_events_investigating_reports_of_a_crime_is_an_inquiry() -> None:
    x = sitrep.extract("Bavarian police are investigating reports of several sexual assaults at the fair.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    assert roles(x, x.events[0])[0] == ["Bavarian police"]


def test_events_ousting_an_adviser_or_a_minister_is_a_dismissal_not_an_attack() -> None:
    assert headline_events("President ousts defence adviser Marlow") == []
    assert headline_events("Kenyan president Ruto ousts national security adviser Kamau") == []
    assert sitrep.extract("The prime minister ousted his interior minister on Friday.").events == []
    coup = sitrep.extract("The army ousted President Adel Baro in a coup on Friday.").events
    assert [e.type for e in coup] == ["ASSAULT"]


def test_events_a_place_name_ending_in_s_before_an_attack_noun_is_no_attacker() -> None:
    x = sitrep.extract(f"ISIS claims Las Vegas attack\n\n{_BODY}\n")
    actors = [a for e in x.events for a in roles(x, e)[0]]
    assert "Las Vegas" not in actors
    assert "ISIS" in actors


def test_events_a_moon_shot_is_no_shooting() -> None:
    assert headline_events("NASA's commercial moon shot: two firms to bid") == []


def test_events_a_gerund_or_an_s_form_of_downing_brings_down_what_flies() -> None:
    assert [e.type for e in headline_events("Syria downs Israeli drone over Golan")] == ["ASSAULT"]
    x = sitrep.extract("Iran admitted downing the airliner by mistake.")
    assert [e.type for e in x.events] == ["ASSAULT"]
    assert roles(x, x.events[0])[0] == ["Iran"]
    assert sitrep.extract("The veteran celebrated by downing a pint with his old unit.").events == []


def test_events_a_subpoena_issued_is_an_inquiry() -> None:
    x = sitrep.extract("The Senate committee issued a subpoena to the defence secretary on Friday.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    assert [e.type for e in sitrep.extract("The inquiry subpoenaed the army chief on Friday.").events] == ["ACCUSE"]


def test_events_a_hyphenated_verb_is_inflected_on_its_last_part() -> None:
    x = sitrep.extract("Pakistan test-fired its new Babur cruise system on Tuesday.")
    assert [e.type for e in x.events] == ["MOBILIZE"]
    assert roles(x, x.events[0])[0] == ["Pakistan"]


def test_events_a_headline_verb_written_with_a_hyphen_heads_the_headline() -> None:
    events = headline_events("Pakistan test-fires nuclear-capable missile")
    assert [e.type for e in events] == ["MOBILIZE"]


def test_events_a_place_before_a_compound_attack_noun_says_where() -> None:
    x = sitrep.extract(f"Kabul suicide blast kills 20\n\n{_BODY}\n")
    assert not any("Kabul" in roles(x, e)[0] for e in x.events)


def test_events_a_headline_toll_after_a_colon_is_the_attacks() -> None:
    assert [e.type for e in headline_events("Kandahar blast: 20 dead")] == ["ASSAULT"]
    assert headline_events("Kandahar blast: police say toll unclear") == []


def test_events_a_restriction_lifted_or_ended_is_eased_not_imposed() -> None:
    assert [e.type for e in sitrep.extract("The junta ended the state of emergency on Monday.").events] == ["CONCEDE"]
    assert [e.type for e in sitrep.extract("The army lifted martial law in the south.").events] == ["CONCEDE"]
    assert [e.type for e in sitrep.extract("The junta extended the state of emergency.").events] == ["COERCE"]


def _one(text: str, type_: str) -> tuple[Extraction, Event]:
    x = sitrep.extract(text)
    found = [e for e in x.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in x.events]
    return x, found[0]


def test_events_a_weapon_plural_after_a_nationality_is_no_verb() -> None:
    text = (
        "Ukrainian drones struck an oil depot deep inside Russia overnight, setting off a fire that burned for "
        "hours, the regional governor said."
    )
    x, strike = _one(text, "ASSAULT")
    assert roles(x, strike)[0] == ["Ukraine"]


def test_events_armed_men_hurting_someone_named_by_a_sport_or_a_film_is_still_an_attack() -> None:
    text = "Colombian rebels kidnapped the father of a football star in the northern province of La Guajira."
    x, abduction = _one(text, "COERCE")
    assert roles(x, abduction)[1] == ["father"]


def test_events_a_result_between_verb_and_object_is_still_a_shooting() -> None:
    x, shooting = _one("Masked gunmen shot dead a local councillor outside a mosque in the port city.", "ASSAULT")
    assert roles(x, shooting) == (["gunmen"], ["local councillor"])


def test_events_trading_fire_is_fighting_between_both_named_sides() -> None:
    x, fight = _one("Indian and Pakistani soldiers exchanged fire across the ceasefire line on Tuesday.", "ASSAULT")
    assert roles(x, fight)[0] == ["India", "Pakistan"]


def test_events_a_participle_after_a_comma_tells_of_the_main_clause_not_a_noun_before_it() -> None:
    x = sitrep.extract(
        "A roadside bomb tore through a convoy carrying Malian soldiers near the town of Gao, killing at least nine, "
        "the army said."
    )
    assert x.events and all(not e.actors for e in x.events)
    x = sitrep.extract(
        "Gunmen stormed a police station in northwestern Pakistan before dawn on Thursday, killing four officers, "
        "local officials said."
    )
    kill = [e for e in x.events if e.mode == "kill"]
    assert kill and roles(x, kill[0]) == (["Gunmen"], ["officers"])


def test_events_a_participle_with_of_after_a_noun_is_done_to_that_noun() -> None:
    text = "Iran executed a man convicted of killing a security officer during protests, the judiciary said."
    x = sitrep.extract(text)
    assert all("man" not in roles(x, e)[0] for e in x.events)
    text = "The state hanged a farmer convicted of shooting a police commander, the court said."
    x, conviction = _one(text, "ACCUSE")
    assert roles(x, conviction) == ([], ["farmer"])


def test_events_what_is_cut_from_a_named_party_is_done_to_it() -> None:
    x, sanction = _one("The regional bloc suspended Guinea's membership after the putsch.", "SANCTION")
    assert roles(x, sanction) == (["regional bloc"], ["Guinea"])
    x, recall = _one("The government recalled its ambassador from Caracas.", "SANCTION")
    assert "Caracas" not in roles(x, recall)[0]


def test_events_emergency_rule_readiness_and_forced_returns() -> None:
    assert [e.type for e in sitrep.extract("The junta extended martial law in the eastern provinces.").events] == [
        "COERCE"
    ]
    x, alert = _one("Greece put its navy on a high level of combat readiness.", "MOBILIZE")
    assert roles(x, alert)[0] == ["Greece"]
    x, moved = _one("Dozens of Afghan migrants were forcibly returned from Iran last week.", "COERCE")
    assert "Iran" not in roles(x, moved)[1]


def test_events_a_past_clause_after_after_happened_whatever_was_vowed() -> None:
    text = "Hezbollah vowed to retaliate after an Israeli strike killed one of its senior commanders in Beirut."
    x = sitrep.extract(text)
    kill = [e for e in x.events if e.mode == "kill"]
    assert kill and kill[0].modality != "planned"


def test_events_criminals_named_by_nationality_are_no_state() -> None:
    x, hijack = _one("A tanker was hijacked by Nigerian pirates off the coast of Togo.", "COERCE")
    assert "Nigeria" not in roles(x, hijack)[0]


def test_events_a_named_plot_to_kill_is_its_owners() -> None:
    x = sitrep.extract("Police said they had uncovered an Iranian plot to assassinate a dissident journalist.")
    kill = [e for e in x.events if e.mode == "kill"]
    assert kill and roles(x, kill[0])[0] == ["Iran"]


def test_events_an_event_noun_with_its_own_phrase_is_no_modifier() -> None:
    x = sitrep.extract("The senate approved the deployment of 800 police officers to Somalia.")
    assert "MOBILIZE" in [e.type for e in x.events]


def test_events_intercepting_a_missile_is_no_seizure_but_a_ship_is() -> None:
    assert sitrep.extract("The army intercepted two rockets fired from the border area.").events == []
    assert [e.type for e in sitrep.extract("The coast guard intercepted a boat carrying weapons.").events] == ["COERCE"]


def test_events_a_headline_title_before_a_name_is_no_second_object() -> None:
    x = sitrep.extract(
        "Pakistan arrests former PM Nawaz Sharif at airport\n\n"
        "Former prime minister Nawaz Sharif, 74, returned from exile last month.\n"
    )
    [arrest] = x.events
    assert arrest.type == "COERCE" and roles(x, arrest) == (["Pakistan"], ["Nawaz Sharif"])


def test_events_an_of_phrase_after_a_short_phrase_is_the_event_nouns() -> None:
    x, arrest = _one("A court in Minsk ordered the arrest in absentia of an exiled blogger.", "COERCE")
    assert roles(x, arrest)[1] == ["blogger"]


def test_events_evidence_of_a_relative_clause_starts_at_its_noun_not_the_preposition() -> None:
    x = sitrep.extract("The minister spoke of a gunman who shot three guards at the gate.")
    [shooting] = [e for e in x.events if e.type == "ASSAULT"]
    assert shooting.evidence.text.startswith("a gunman")


def test_events_settlers_named_by_nationality_are_no_state() -> None:
    x, arson = _one("Israeli settlers set fire to two houses in a village near Hebron.", "COERCE")
    assert roles(x, arson)[0] == ["Israeli settlers"]


def test_events_stationing_forces_is_a_mobilization() -> None:
    text = "Moscow will station nuclear-capable missiles in Belarus next year, the defence minister said."
    x, move = _one(text, "MOBILIZE")
    assert roles(x, move)[0] == ["Russia"]


def test_events_a_phrase_of_the_passive_followed_by_an_object_is_active() -> None:
    x, sentence = _one("A military tribunal sentenced to death a former army officer accused of treason.", "ACCUSE")
    assert roles(x, sentence) == (["military tribunal"], ["former army officer"])


def test_events_a_warship_read_with_its_verb_as_one_noun() -> None:
    text = "A British Royal Navy frigate shot down two drones over the Red Sea, the ministry said."
    x, downing = _one(text, "ASSAULT")
    assert roles(x, downing)[0]


def test_events_a_gerund_subject_after_a_subordinator_is_no_act_of_the_main_clause() -> None:
    x = sitrep.extract("The navy evacuated islanders from the northern coast as shelling intensified.")
    assert [e.type for e in x.events] == ["AID"]


def test_events_annexing_ground_and_brokering_a_deal() -> None:
    x, annexation = _one("Armenia said Baku annexed three border villages after the war.", "ASSAULT")
    assert roles(x, annexation)[0] == ["Azerbaijan"]
    x, mediation = _one("Oman brokered a truce between the Yemeni government and the rebels.", "CONSULT")
    assert roles(x, mediation)[0] == ["Oman"]


def test_events_a_partys_buildings_stand_for_it_when_raided() -> None:
    x, raid = _one("Soldiers raided the offices of two opposition parties in the capital.", "ASSAULT")
    assert roles(x, raid)[1] == ["opposition parties"]


def test_events_the_forces_of_a_party_that_speaks_are_its_own() -> None:
    x = sitrep.extract(
        "Separatist fighters captured the port of Kismayo on Monday. The army said in a statement that its forces had "
        "pulled out of the port."
    )
    retreats = [e for e in x.events if e.type == "RETREAT"]
    assert retreats and all(roles(x, e)[0] == ["army"] for e in retreats)


def test_events_a_withdrawal_from_positions_moves_forces_and_one_from_a_stance_does_not() -> None:
    text = "The militia retook the bridge after the army withdrew from its positions, residents said."
    x, retreat = _one(text, "RETREAT")
    assert roles(x, retreat)[0] == ["army"]
    assert [e.type for e in sitrep.extract("The government withdrew from its position on the tax.").events] == []


def test_events_a_killing_and_the_attack_it_happened_in_are_one_event() -> None:
    x = sitrep.extract(
        "Drone attack kills three U.S. soldiers at base in Jordan\n\n"
        "Three American service members were killed and dozens wounded in a drone attack on a small U.S. base in "
        "northeastern Jordan, President Joe Biden said on Sunday, blaming Iran-backed militant groups.\n\n"
        "Biden said the United States would respond to the attack, the first deadly strike on U.S. forces in the "
        "region since the war in Gaza began.\n"
    )
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and "United States" in roles(x, attacks[0])[1]


def test_events_a_modal_whose_verb_is_left_out_asks_nothing() -> None:
    x = sitrep.extract(
        "Defence Minister Carl Brandt spoke in Oslo on Monday.\n\n"
        '"Giving in now would hand the rebels a win they must not and will not get," the minister said.\n'
    )
    assert [e.type for e in x.events if e.type == "REQUEST"] == []


def test_events_claiming_a_strike_is_an_attack_and_taking_blame_for_a_walkout_is_not() -> None:
    text = "A drone hit the airbase at dawn. The Ansar Brigade later claimed responsibility for the strike."
    x, claim = _one(text, "ASSAULT")
    assert roles(x, claim)[0] == ["Ansar Brigade"]
    assert sitrep.extract("The union said it would take responsibility for the strike at the port.").events == []


def test_events_a_noun_a_verb_of_its_type_takes_is_its_happening_unless_it_names_its_own_sides() -> None:
    x = sitrep.extract("The opposition leader turned down a Kenyan offer to host a summit next month.")
    hosting = [e for e in x.events if e.type == "CONSULT"]
    assert len(hosting) == 1 and roles(x, hosting[0])[0] == ["Kenya"]
    x = sitrep.extract("Norway and Turkey are mediating talks between the army and the rebels.")
    assert [e.type for e in x.events].count("CONSULT") == 2


def test_events_a_claim_of_the_attack_names_its_doer_and_a_named_attack_stays_apart() -> None:
    lead = "A roadside bomb hit an army truck near Mogadishu on Monday, killing four soldiers.\n\n"
    x = sitrep.extract(lead + "Al-Shabaab claimed responsibility for the attack in a statement.\n")
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and roles(x, attacks[0]) == (["al-Shabaab"], ["soldiers"])
    x = sitrep.extract(lead + "Al-Shabaab also claimed responsibility for the Kismayo hotel bombing in March.\n")
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 2


def test_events_a_weapon_that_hits_something_is_a_strike_and_a_record_hit_is_not() -> None:
    x = sitrep.extract("Russian drones hit a power station in the Sumy region overnight, the governor said.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("ASSAULT", ["Russia"])]
    passive = sitrep.extract("A school in Deir al-Balah was hit by an Israeli missile on Friday.").events
    assert [e.type for e in passive] == ["ASSAULT"]
    assert sitrep.extract("Gold prices hit a new high on Tuesday as investors sought safety.").events == []


def test_events_a_state_that_protests_does_so_in_words() -> None:
    x = sitrep.extract("Egypt's foreign ministry summoned the Israeli ambassador in Cairo to protest the incursion.")
    assert [(e.type, e.mode) for e in x.events] == [("ACCUSE", "disapprove")]
    crowd = sitrep.extract("Thousands of students protested the tuition increase outside the ministry in Santiago.")
    assert [(e.type, e.mode) for e in crowd.events] == [("PROTEST", "demonstrate")]
    assert all(e.type != "ACCUSE" for e in headline_events("Chile protests spread to the capital"))


def test_events_what_a_violation_is_of_is_wronged_not_blamed() -> None:
    x = sitrep.extract(
        "Iraq's foreign ministry summoned the Turkish charge d'affaires in Baghdad to protest what it called a "
        "violation of Iraqi sovereignty."
    )
    expected = [("ACCUSE", (["Iraq's foreign ministry"], ["charge d'affaires"]))]
    assert [(e.type, roles(x, e)) for e in x.events] == expected


def test_events_a_plot_given_as_the_reason_for_an_arrest_is_the_arrested_side_s() -> None:
    body = sitrep.extract("Police in Vienna detained two teenagers over a plot to bomb a concert on Friday.")
    assert [e.type for e in body.events] == ["COERCE"]  # the police plot nothing
    text = "Police detain two teenagers over plot to attack concert"
    x = sitrep.extract(f"{text}\n\n{_BODY}\n")
    head = [e for e in x.events if e.evidence.start < len(text)]
    assert [(e.type, roles(x, e)[0]) for e in head] == [("COERCE", ["Police"]), ("ASSAULT", ["teenagers"])]


def test_events_a_headline_s_unnamed_doer_and_the_body_s_named_one_are_one_arrest() -> None:
    x = sitrep.extract(
        "Police arrest four men over arson attack on mosque\n\n"
        "Dutch police arrested four men on Thursday over an arson attack on a mosque in Utrecht, prosecutors said.\n"
    )
    arrests = [e for e in x.events if e.type == "COERCE"]
    assert len(arrests) == 1
    assert "Netherlands" in roles(x, arrests[0])[0]


def test_events_the_purpose_of_an_act_charged_is_not_the_accuser_s() -> None:
    x = sitrep.extract(
        "The United States on Thursday imposed sanctions on a network of ships and companies it accused of smuggling "
        "Iranian oil to fund Yemen's Houthi movement, the Treasury Department said."
    )
    assert [roles(x, e)[0] for e in x.events if e.type == "AID"] in ([], [[]], [["Iran"]])


def test_events_a_headline_that_says_who_did_it_gives_the_doer_not_the_sayer() -> None:
    text = "Pakistan says militants attacked checkpoint near Afghan border, killing 12 soldiers"
    x = sitrep.extract(f"{text}\n\n{_BODY}\n")
    assert [(e.type, roles(x, e)) for e in x.events] == [("ASSAULT", (["militants"], ["soldiers"]))]


def test_events_a_claim_goes_to_the_attack_not_to_the_attackers_own_losses() -> None:
    x = sitrep.extract(
        "Gunmen stormed a police station in Balochistan on Friday, killing five officers, officials said. "
        "Three attackers were killed in the gunfight. The Balochistan Liberation Army claimed responsibility "
        "for the attack."
    )
    claimed = [e for e in x.events if any("Liberation Army" in a for a in roles(x, e)[0])]
    assert len(claimed) == 1 and "officers" in roles(x, claimed[0])[1]


def test_events_a_place_beside_a_border_is_not_the_neighbouring_country() -> None:
    text = "Pakistan says militants attacked checkpoint near Afghan border, killing 12 soldiers"
    x = sitrep.extract(f"{text}\n\n{_BODY}\n")
    names = {e.id: e.name for e in x.entities}
    assert [names.get(e.location or "") for e in x.events] == [None]


def test_events_forces_backed_by_allies_act_and_are_backed() -> None:
    x = sitrep.extract(
        "Somali government forces backed by African Union troops recaptured the town of Bulo Burde from al Shabaab "
        "militants on Monday after heavy fighting, a regional official said."
    )
    by_type = {e.type: roles(x, e) for e in x.events}
    assert by_type["SUPPORT"] == (["troops", "African Union"], ["government forces"])
    assert by_type["ASSAULT"][0] == ["government forces"]


def test_events_a_group_s_fighters_in_its_statement_are_its_own() -> None:
    x = sitrep.extract(
        "Hamas, which is backed by Iran, said in a statement that its fighters had withdrawn from the hospital."
    )
    retreats = [e for e in x.events if e.type == "RETREAT"]
    assert [roles(x, e)[0] for e in retreats] == [["Hamas"]]


def test_events_a_team_attacking_from_the_whistle_is_sport() -> None:
    x = sitrep.extract("Ajax scored three times as Rotterdam attacked from the first whistle in a goalless first half.")
    assert x.events == []


def test_events_a_headline_place_and_the_body_s_town_in_it_are_one_shooting() -> None:
    x = sitrep.extract(
        "Two killed as gunman opens fire at Ohio church\n\n"
        "A gunman opened fire at a church in Dayton, Ohio, on Sunday, killing two people, police said.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_a_state_s_guards_and_the_state_are_one_seizer() -> None:
    x = sitrep.extract(
        "Iran seizes oil tanker in Strait of Hormuz\n\n"
        "Iran's Revolutionary Guards seized an oil tanker in the Strait of Hormuz on Friday, state media said.\n"
    )
    assert len([e for e in x.events if e.type == "COERCE"]) == 1


def test_events_a_place_phrase_after_the_object_is_no_object_of_the_phrase() -> None:
    x = sitrep.extract("Venezuela has seized several fishing boats in the region since January.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "seize")]
    town = sitrep.extract("The rebels seized the town of Goma on Tuesday.")
    assert [e.type for e in town.events] == ["ASSAULT"]


def test_events_a_verb_after_to_names_no_party() -> None:
    x = sitrep.extract(
        "Serbia, Kosovo agree to resume border patrols after clashes\n\n"
        "Serbia and Kosovo agreed on Monday to resume joint patrols, officials said.\n"
    )
    names = {e.name for e in x.entities}
    assert "resume border patrols" not in names


def test_events_whom_a_charged_act_hit_is_not_charged() -> None:
    x = sitrep.extract(
        "The dissidents, who rejected a 2016 peace deal, are accused of drug trafficking and attacks on soldiers "
        "and police."
    )
    assert [roles(x, e)[1] for e in x.events if e.type == "ACCUSE"] == [["dissidents"]]


def test_events_one_toll_told_twice_is_one_killing() -> None:
    x = sitrep.extract(
        "Colombian army kills 7 dissident rebels in bombing raid\n\n"
        "Colombia's military killed seven members of a dissident faction of the former FARC rebel group in an air "
        "strike in the southern province of Guaviare, officials said.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_damage_an_attack_did_is_part_of_the_attack() -> None:
    x = sitrep.extract(
        "Yemen's Houthi movement said on Wednesday it had attacked a Liberian-flagged cargo ship in the Gulf of "
        "Aden with missiles and drones, setting it on fire."
    )
    assert [e.type for e in x.events] == ["ASSAULT"]


def test_events_what_a_side_responded_with_is_its_act() -> None:
    x = sitrep.extract("Israel retaliated with air strikes on Hamas positions in Gaza, the army said.")
    assert [roles(x, e) for e in x.events] == [(["Israel"], ["Hamas"])]


def test_events_condemning_the_attack_told_before_judges_its_doers() -> None:
    x = sitrep.extract(
        "Russian missiles struck a shopping centre in Kharkiv on Sunday, killing six people, officials said. "
        "The European Union condemned the attack."
    )
    judged = [roles(x, e) for e in x.events if e.type == "ACCUSE"]
    assert judged == [(["European Union"], ["Russia"])]
    own = sitrep.extract("Unknown gunmen shot dead a judge in Kabul on Monday. The Taliban condemned the killing.")
    assert [roles(own, e)[1] for e in own.events if e.type == "ACCUSE"] in ([["gunmen"]], [["Unknown gunmen"]])
def test_events_a_party_judged_at_fault_by_a_speaker_is_accused() -> None:
    x = sitrep.extract("The interior ministers have been complacent about the border, a parliamentary committee said.")
    accused = [e for e in x.events if e.type == "ACCUSE"]
    assert len(accused) == 1 and roles(x, accused[0]) == (["parliamentary committee"], ["interior ministers"])
    assert accused[0].modality == "asserted"
    x = sitrep.extract("Finance Minister Oskar Lind was wrong to ignore the warnings, the opposition leader said.")
    accused = [e for e in x.events if e.type == "ACCUSE"]
    assert len(accused) == 1 and roles(x, accused[0]) == (["opposition leader"], ["Oskar Lind"])


def test_events_a_judgement_of_a_thing_or_by_no_one_accuses_no_one() -> None:
    assert sitrep.extract("The casualty figures were wrong, the army spokesman said.").events == []
    assert sitrep.extract("The prime minister said it would be irresponsible to cut the defence budget.").events == []
    assert sitrep.extract("The generals have been complacent about the threat.").events == []
    assert sitrep.extract("The minister said he had been wrong about the war.").events == []


def test_events_a_demand_said_by_its_speaker_is_made_and_one_in_a_quotation_reported() -> None:
    x = sitrep.extract("Chad must withdraw its troops from the border, Niger said on Monday.")
    demands = [e for e in x.events if e.type == "REQUEST"]
    assert len(demands) == 1 and roles(x, demands[0])[0] == ["Niger"]
    assert demands[0].modality == "asserted"
    x = sitrep.extract('"Chad must withdraw its troops," the Nigerien envoy said.')
    assert [e.modality for e in x.events if e.type == "REQUEST"] == ["reported"]


def test_events_an_office_holder_who_reports_a_release_or_an_arrest_did_it() -> None:
    x = sitrep.extract("Interior Minister Karim Haddad said 40 protesters were arrested overnight.")
    arrests = [e for e in x.events if e.type == "COERCE"]
    assert len(arrests) == 1 and roles(x, arrests[0]) == (["Karim Haddad"], ["protesters"])


def test_events_a_ruling_that_a_party_broke_the_law_accuses_that_party() -> None:
    x = sitrep.extract("The High Court ruled on Tuesday that the government's plan to hold migrants was unlawful.")
    rulings = [e for e in x.events if e.type == "ACCUSE"]
    assert len(rulings) == 1 and roles(x, rulings[0]) == (["High Court"], ["government"])
    x = sitrep.extract("The Supreme Court ruled that the detention of protesters without charge breaches the law.")
    assert [e.type for e in x.events if e.type == "ACCUSE"] == ["ACCUSE"]
    assert sitrep.extract("The court ruled on Monday that the vote would go ahead in March.").events == []


def test_events_backing_a_call_or_a_plan_is_support_and_backing_away_is_not() -> None:
    x = sitrep.extract("MPs have backed calls for an independent inquiry into the arms sales.")
    backing = [e for e in x.events if e.type == "SUPPORT"]
    assert len(backing) == 1 and roles(x, backing[0])[0] == ["MPs"]
    assert sitrep.extract("The senator may back away from his stance on the sanctions.").events == []


def test_events_the_sides_of_fighting_that_resumed_somewhere_between_them() -> None:
    x = sitrep.extract("Heavy fighting resumed in the port city on Sunday between the army and rebel militias.")
    fighting = [e for e in x.events if e.type == "ASSAULT"]
    assert len(fighting) == 1 and fighting[0].actors


def test_events_charged_over_a_happening_or_with_a_crime_named_by_its_verb() -> None:
    x = sitrep.extract("Two police officers have been charged with beating a protester in the capital.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    x = sitrep.extract("A teenager was charged over the stabbing of a soldier near the barracks.")
    assert "ACCUSE" in [e.type for e in x.events]
    assert sitrep.extract("The agency charged over the summer with overseeing the vote said it was ready.").events == []


def test_events_sanctions_agreed_are_told_beside_the_agreement() -> None:
    x = sitrep.extract("European Union leaders agreed on Friday a new package of sanctions against Belarus.")
    sanctions = [e for e in x.events if e.type == "SANCTION"]
    assert len(sanctions) == 1 and roles(x, sanctions[0]) == (["European Union"], ["Belarus"])
    x = sitrep.extract("The rebels agreed to withdraw from the town.")
    assert [e.type for e in x.events] == ["AGREE"]


def test_events_a_passive_clause_hung_on_its_report_does_not_undergo_the_speaker() -> None:
    text = "The three Kenyan sailors still held at the port are to be released and flown home within days, the "
    x = sitrep.extract(text + "foreign minister has announced.")
    freed = [e for e in x.events if e.type == "CONCEDE"]
    assert all("foreign minister" not in roles(x, e)[1] for e in freed)


def test_events_terror_suspects_after_a_noun_are_people_not_a_verb() -> None:
    text = "Foreign terror suspects currently detained without trial could be placed under house arrest instead."
    x = sitrep.extract(text)
    held = [e for e in x.events if e.type == "COERCE"]
    assert held and roles(x, held[0])[1] == ["terror suspects"]
    assert sitrep.extract("The agency suspects that the militia planted the bomb.").events == []


def test_events_drills_named_after_their_sides_are_not_the_threatener_s() -> None:
    heads = headline_events('North Korea threatens "overwhelming" response to US-South Korea drills')
    assert [e.type for e in heads] == ["THREATEN"]


def test_events_a_deployment_suspended_is_not_under_way() -> None:
    heads = headline_events("Kenya suspends deployment of police to Haiti after court ruling")
    assert [(e.type, e.modality) for e in heads] == [("MOBILIZE", "negated")]


def test_events_curbing_a_flow_restricts_no_one_and_curbing_protests_does() -> None:
    agreed = sitrep.extract("The two governments agreed to curb the flow of fentanyl across the border.").events
    assert [e.type for e in agreed] == ["AGREE"]
    x = sitrep.extract("The junta moved to curb protests and dissent in the capital.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "restrict")]


def test_events_an_office_holder_and_the_body_they_act_for_are_one_side() -> None:
    x = sitrep.extract(
        "UN chief calls for ceasefire in Sudan as famine spreads\n\n"
        "U.N. Secretary-General Antonio Guterres on Thursday called on Sudan's warring parties to agree to an "
        "immediate ceasefire.\n"
    )
    assert len([e for e in x.events if e.type == "REQUEST"]) == 1


def test_events_help_a_deployment_is_sent_to_give_is_no_aid_of_its_own() -> None:
    x = sitrep.extract("The president deployed the army to help the police restore order in the capital.")
    assert [e.type for e in x.events] == ["MOBILIZE"]


def test_events_weapons_downed_are_their_owners_even_as_a_counted_object() -> None:
    x = sitrep.extract("Russia's defence ministry said its forces destroyed 29 Ukrainian drones over the Kursk region.")
    assert [roles(x, e)[1] for e in x.events] == [["Ukraine"]]


def test_events_a_nationality_on_the_weapon_before_an_attack_noun_names_its_doer() -> None:
    x = sitrep.extract(
        "An Israeli drone strike on a car in southern Lebanon on Tuesday killed a senior Hezbollah field commander, "
        "security sources said."
    )
    assert [roles(x, e)[0] for e in x.events] == [["Israel"]]


def test_events_lifting_a_veto_is_a_concession() -> None:
    x = sitrep.extract("Slovakia lifted its veto on the aid package after talks with the Commission.")
    assert [(e.type, e.mode) for e in x.events] == [("CONCEDE", "ease")]


def test_events_what_sanctions_target_is_not_attacked() -> None:
    x = sitrep.extract(
        "BRUSSELS - European Union governments agreed on Wednesday to impose a 15th package of sanctions on Russia, "
        "targeting dozens of tankers in Moscow's so-called shadow fleet, EU diplomats said."
    )
    assert "ASSAULT" not in [e.type for e in x.events]
    assert [roles(x, e)[0] for e in x.events if e.type == "AGREE"] == [["European Union"]]


def test_events_a_headline_s_unnamed_sides_and_the_body_s_named_ones_are_one_clash() -> None:
    x = sitrep.extract(
        "Thai and Cambodian troops clash on disputed border\n\n"
        "BANGKOK - Thai and Cambodian troops exchanged fire along their disputed border on Monday, killing one "
        "Cambodian soldier, officials from both countries said.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_attacks_a_party_is_responsible_for_are_its_own() -> None:
    x = sitrep.extract(
        "The Israeli military said it had targeted a Hezbollah operative responsible for rocket attacks on "
        "northern Israel."
    )
    expected = [(["Hezbollah"], ["northern Israel"]), (["Israel Defense Forces"], ["Hezbollah"])]
    assert sorted(roles(x, e) for e in x.events) == expected


def test_events_the_main_verb_after_a_set_off_description_is_its_subject_s() -> None:
    x = sitrep.extract(
        "Opposition leader Venancio Mondlane, who says the vote was rigged, urged his supporters to continue "
        "demonstrations until the results are overturned."
    )
    assert [roles(x, e) for e in x.events if e.type == "REQUEST"] == [(["Venancio Mondlane"], ["supporters"])]
    ngo = sitrep.extract(
        "The National Unity Government, a shadow administration formed by ousted lawmakers, called on the United "
        "Nations to impose an arms embargo on the junta."
    )
    asked = [roles(ngo, e) for e in ngo.events if e.type == "REQUEST"]
    assert len(asked) == 1 and asked[0][1] == ["United Nations"] and asked[0][0]


def test_events_a_march_and_its_purpose_are_one_protest_after_a_count() -> None:
    x = sitrep.extract(
        "Police fired tear gas to disperse thousands of opposition supporters who marched in the capital on Thursday "
        "to protest disputed election results, witnesses said."
    )
    protests = [e for e in x.events if e.type == "PROTEST"]
    assert len(protests) == 1 and not protests[0].evidence.text.startswith("of ")


def test_events_a_verb_after_an_auxiliary_is_a_verb_whatever_the_parse() -> None:
    # "Ukrainian military" is given to the parser as one word, "military", read as an adjective with the verb
    x = sitrep.extract("Russia's defence ministry said its forces had destroyed Ukrainian military equipment.")
    assert len(x.events) == 1 and x.events[0].evidence.text.endswith("equipment")


def test_events_a_count_hung_on_the_report_is_the_object() -> None:
    x = sitrep.extract(
        "Turkish police on Friday detained 30 people suspected of planning a bomb attack on a shopping district in "
        "Istanbul, the interior ministry said."
    )
    arrests = [e for e in x.events if e.type == "COERCE"]
    assert len(arrests) == 1 and arrests[0].evidence.text.endswith("detained 30 people")


def test_events_what_a_party_calls_an_act_is_no_act_of_its_own() -> None:
    assert sitrep.extract("The junta called the sanctions politically motivated.").events == []


def test_events_keeping_a_truce_agrees_nothing_new() -> None:
    x = sitrep.extract("The envoy urged the two armies to keep the ceasefire along the river.")
    assert [e.type for e in x.events] == ["REQUEST"]


def test_events_helping_with_an_act_of_its_own_borrows_no_object() -> None:
    x = sitrep.extract(
        "Oman, which helped mediate the talks, welcomed the decision and urged both sides to keep the peace."
    )
    assert "AID" not in [e.type for e in x.events]


def test_events_a_subject_read_as_a_noun_after_after() -> None:
    x = sitrep.extract(
        "Protesters storm parliament in Baghdad\n\n"
        "BAGHDAD - Hundreds of supporters of a Shiite cleric broke into Iraq's parliament on Saturday.\n\n"
        "The protesters later left the building after the cleric told them to go home.\n"
    )
    requests = [e for e in x.events if e.type == "REQUEST"]
    assert len(requests) == 1 and roles(x, requests[0])[0] == ["cleric"]


def test_events_a_clause_naming_no_party_stays_with_the_clause_it_holds() -> None:
    x = sitrep.extract(
        "KYIV - Ukraine's air force said on Sunday it had shot down 20 of 25 drones that Russia launched overnight.\n\n"
        "A drone hit an apartment block in the city of Odesa, killing two people and injuring five, the regional "
        "governor said.\n"
    )
    shot = [e for e in x.events if "shot down" in e.evidence.text]
    assert len(shot) == 1 and not any("Odesa" in m.text for m in shot[0].mentions)
    assert any("Odesa" in e.evidence.text for e in x.events)


def test_events_doers_described_two_ways_with_one_toll_are_one() -> None:
    x = sitrep.extract(
        "Gunmen abduct 14 passengers from bus in central Nigeria\n\n"
        "ABUJA - Armed men stopped a passenger bus on a highway in Kogi state on Wednesday and kidnapped 14 "
        "travellers, police said.\n"
    )
    assert len([e for e in x.events if e.type == "COERCE"]) == 1


def test_events_diplomats_declared_unwelcome_are_expelled() -> None:
    x = sitrep.extract("Lithuania declared three Belarusian diplomats persona non grata on Tuesday.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("SANCTION", ["Lithuania"], ["Belarus"])]


def test_events_a_purpose_a_crowd_gathered_for_was_done() -> None:
    x = sitrep.extract("Relatives of the detained journalists gathered outside the court on Monday to protest.")
    protests = [e for e in x.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].modality == "asserted"


def test_events_the_act_a_party_is_accused_of_is_reported() -> None:
    x = sitrep.extract(
        "Vietnam on Friday accused Chinese coast guard ships of ramming and firing water cannon at a Vietnamese "
        "fishing boat near the Paracel Islands."
    )
    acts = [e for e in x.events if e.type != "ACCUSE"]
    assert acts and all(e.modality == "reported" for e in acts)


def test_events_the_noun_before_of_is_the_subject_of_a_verb_hung_on_the_phrase() -> None:
    x = sitrep.extract("Supporters of the jailed opposition leader gathered outside the prison to protest.")
    protests = [e for e in x.events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].evidence.text.startswith("Supporters")


def test_events_a_place_noun_hurts_no_one() -> None:
    x = sitrep.extract(
        "Clashes between two armed groups in the Sudanese capital killed at least 12 people and wounded dozens "
        "overnight, the health ministry said on Tuesday."
    )
    killings = [e for e in x.events if e.type == "ASSAULT"]
    assert killings and all(roles(x, e)[0] == [] for e in killings)


def test_events_one_toll_by_one_side_is_one_happening_whatever_the_places() -> None:
    x = sitrep.extract(
        "Indian troops kill four militants in Kashmir gunfight\n\n"
        "SRINAGAR - Indian security forces killed four suspected militants in a gunfight in the Kupwara district of "
        "Kashmir on Thursday, police said.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_a_town_taken_from_a_party_is_taken_from_that_party() -> None:
    x = sitrep.extract("Iraqi troops retook the town of Tal Afar from the Islamic State on Sunday.")
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and roles(x, attacks[0])[1] == ["ISIS"]  # the name the group goes by in the gazetteer


def test_events_a_body_retelling_a_headline_s_act_with_no_doer_tells_the_same() -> None:
    x = sitrep.extract(
        "Houthis release crew of seized cargo ship\n\n"
        "SANAA - The sailors were handed over to Omani officials on Tuesday, a mediator said.\n"
    )
    assert len([e for e in x.events if e.type == "CONCEDE"]) == 1


def test_events_the_purpose_of_an_act_one_is_accused_of_is_the_accused_s() -> None:
    x = sitrep.extract("Serbia's president accused Kosovo of staging arrests to intimidate the Serb minority.")
    acts = [e for e in x.events if e.type != "ACCUSE"]
    assert acts and all(roles(x, e)[0] == ["Kosovo"] for e in acts)


def test_events_a_headline_s_toll_and_the_body_s_toll_told_as_more_than_it_are_one() -> None:
    x = sitrep.extract(
        "Nigerian army says it killed 30 jihadists in air strikes\n\n"
        "MAIDUGURI - Nigeria's air force killed more than 30 Boko Haram fighters in strikes on their camps near Lake "
        "Chad, the military said on Monday.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_any_act_of_a_kind_is_possible() -> None:
    x = sitrep.extract(
        "Tehran said on Sunday that it would respond immediately to any Israeli attack on its oil terminals."
    )
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert attacks and all(e.modality == "possible" for e in attacks)


def test_events_an_envoy_s_post_is_the_party_aimed_at() -> None:
    x = sitrep.extract("Chile on Monday recalled its ambassador to Bolivia for consultations.")
    assert [(e.type, *roles(x, e)) for e in x.events] == [("SANCTION", ["Chile"], ["Bolivia"])]
    sent = sitrep.extract("Lima expelled the Bolivian ambassador to Peru on Friday.")  # the sending country's envoy
    assert [roles(sent, e)[1] for e in sent.events] == [["Bolivian ambassador", "Bolivia"]]


def test_events_an_act_told_beside_a_suspension_is_not_suspended() -> None:
    x = sitrep.extract(
        "Mali's military government suspended the broadcasts of French television channel France 24 on Sunday, "
        "accusing it of spreading false reports about the army."
    )
    accusations = [e for e in x.events if e.type == "ACCUSE"]
    assert len(accusations) == 1 and accusations[0].modality == "asserted"
    assert roles(x, accusations[0])[1] == ["France 24"]
    assert "COERCE" in [e.type for e in x.events]


def test_events_a_town_taken_and_the_party_it_was_taken_from_agree() -> None:
    x = sitrep.extract(
        "Somali army retakes town from al-Shabaab\n\n"
        "MOGADISHU - Somali troops recaptured the town of Bulo Burde on Tuesday after heavy fighting, officials said.\n"
    )
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_destroying_one_s_own_arms_is_no_attack() -> None:
    x = sitrep.extract("Kazakhstan destroyed its missiles and bombers under the treaty, the ministry said.")
    assert "ASSAULT" not in [e.type for e in x.events]


def test_events_condemning_a_pointed_act_judges_its_doers_of_any_type() -> None:
    x = sitrep.extract(
        "Russia launches naval drills near Japan\n\n"
        "TOKYO - Russia's navy began exercises in the Sea of Japan on Monday. Japan's defence ministry condemned the "
        "drills as a threat.\n"
    )
    judged = [e for e in x.events if e.type == "ACCUSE"]
    assert len(judged) == 1 and roles(x, judged[0])[1] == ["Russia"]


def test_events_the_noun_a_relation_describes_does_what_follows() -> None:
    loyal = sitrep.extract("Militants loyal to the group attacked a police post on Monday.")
    linked = sitrep.extract("Gunmen linked to the militia attacked a police post on Monday.")
    assert [roles(loyal, e)[0] for e in loyal.events] == [["Militants"]]
    assert [roles(linked, e)[0] for e in linked.events] == [["Gunmen"]]


def test_events_hackers_are_a_party() -> None:
    x = sitrep.extract("COPENHAGEN - Hackers linked to Russia attacked Danish energy firms last year, a report said.")
    assert [roles(x, e)[0] for e in x.events if e.type == "ASSAULT"] == [["Hackers"]]


def test_events_a_gathering_one_sets_out_to_break_up_is_going_on() -> None:
    x = sitrep.extract(
        "Kenyan police fired tear gas on Tuesday to break up a rally by thousands of opposition supporters."
    )
    rallies = [e for e in x.events if e.type == "PROTEST"]
    assert len(rallies) == 1 and rallies[0].modality == "asserted"


def test_events_the_side_fire_was_exchanged_with_is_the_target() -> None:
    x = sitrep.extract("Soldiers surrounded the compound and exchanged fire with the gunmen for several hours.")
    assert [roles(x, e) for e in x.events if e.type == "ASSAULT"] == [(["Soldiers"], ["gunmen"])]


def test_events_the_group_is_the_armed_group_named_last() -> None:
    x = sitrep.extract(
        "KABUL - Islamic State militants attacked a Shiite mosque in Kabul on Friday, police said. The group said "
        "in a statement that its fighters had targeted worshippers.\n"
    )
    attacks = [e for e in x.events if e.type == "ASSAULT"]  # the group's own telling merges with the attack
    assert len(attacks) == 1 and roles(x, attacks[0])[0] == ["ISIS"]


def test_events_an_armed_group_named_after_its_country_is_the_doer() -> None:
    x = sitrep.extract("Peru's Shining Path guerrillas ambushed a police patrol near the river on Sunday.")
    ambush = [e for e in x.events if e.type == "ASSAULT"]
    assert ambush and roles(x, ambush[0])[0] == ["Shining Path"]
    x = sitrep.extract("Somalia's al-Shabaab militants stormed a hotel in Mogadishu late on Friday.")
    assert [roles(x, e)[0] for e in x.events if e.type == "ASSAULT"] == [["al-Shabaab"]]


def test_events_the_harm_told_after_a_charge_is_charged_too() -> None:
    x = sitrep.extract("Ghana accused the smugglers of ramming a patrol boat off the coast, injuring four sailors.")
    hurt = [e for e in x.events if e.type == "ASSAULT"]
    assert hurt and all(roles(x, e)[0] == ["smugglers"] for e in hurt)
    x = sitrep.extract("Chad accused the rebels of raiding a market near the lake, killing eleven traders.")
    raid = [e for e in x.events if e.type == "ASSAULT"]
    assert [roles(x, e)[0] for e in raid] == [["rebels"]] and raid[0].modality == "reported"


def test_events_its_forces_are_the_speakers_after_a_joined_speech_verb() -> None:
    text = (
        "Rebels of the Northern Front said they had taken the garrison town after a week of fighting.\n\n"
        "The army rejected the account and said its soldiers had driven back the attack, killing scores of rebels."
    )
    x = sitrep.extract(text)
    killing = [e for e in x.events if e.type == "ASSAULT" and "killing" in e.evidence.text]
    assert killing and roles(x, killing[0])[0] == ["army"]


def test_events_summoning_an_envoy_to_protest_is_the_summoners_disapproval() -> None:
    x = sitrep.extract("Seoul summoned Japan's ambassador to protest the shrine visit, the ministry said.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("ACCUSE", ["South Korea"])]
    x = sitrep.extract("Norway summoned Russia's envoy to protest the detention of two fishermen.")
    assert all(roles(x, e)[0] != ["Russia"] for e in x.events)


def test_events_a_reduced_relative_with_by_describes_the_subject() -> None:
    x = sitrep.extract("A militia backed by Tehran fired mortars at a coalition outpost in Deir ez-Zor.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("ASSAULT", ["militia"])]
    x = sitrep.extract("Police officers led by a senior commander raided the house of an opposition leader on Friday.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("ASSAULT", ["Police officers"])]
    x = sitrep.extract("The truce plan was backed by Egypt and Qatar on Monday.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("SUPPORT", ["Egypt", "Qatar"])]


def test_events_a_day_that_owns_an_attack_is_no_doer() -> None:
    text = (
        "A car bomb killed six soldiers at a checkpoint near the airport on Sunday.\n\n"
        "The Eastern Brigade claimed responsibility for Sunday's attack."
    )
    x = sitrep.extract(text)
    assert [roles(x, e)[0] for e in x.events if e.type == "ASSAULT"] == [["Eastern Brigade"]]


def test_events_a_happening_that_tells_when_another_act_was_done_is_its_own() -> None:
    x = sitrep.extract("Syria vowed to respond after an air strike by Israel on a depot near Homs.")
    assert [roles(x, e)[0] for e in x.events if e.type == "ASSAULT"] == [["Israel"]]
    x = sitrep.extract("The army sent two battalions to the valley after a gun battle between rival militias.")
    battles = [e for e in x.events if e.type == "ASSAULT"]
    assert len(battles) == 1 and roles(x, battles[0])[0] == ["rival militias"]


def test_events_a_happening_a_past_time_owns_was_done() -> None:
    x = sitrep.extract("A newsreader was brought back to announce last month's missile test by the army.")
    assert [(e.type, e.modality) for e in x.events] == [("MOBILIZE", "asserted")]


def test_events_a_comparison_with_sides_is_no_happening() -> None:
    assert sitrep.extract("Nothing would be worse than a clash between the two navies over the strait.").events == []


def test_events_a_headline_and_a_body_that_give_one_toll_are_one_happening() -> None:
    text = (
        "Army shelling of market kills at least 14, medics say\n\n"
        "At least 14 people were killed when the army shelled a market in the north of the country on Friday, "
        "medics said."
    )
    x = sitrep.extract(text)
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_events_the_object_before_a_closing_report_is_not_its_speaker() -> None:
    x = sitrep.extract("Gunmen abducted at least 30 pupils on Friday, police and parents said.")
    abductions = [e for e in x.events if e.type == "COERCE"]
    assert abductions and roles(x, abductions[0]) == (["Gunmen"], ["pupils"])
    x = sitrep.extract("The militia seized six aid workers near the border on Sunday, officials and witnesses said.")
    seized = [e for e in x.events if e.type == "COERCE"]
    assert seized and roles(x, seized[0])[1] == ["aid workers"] and "witnesses" not in seized[0].evidence.text


def test_events_a_title_with_of_names_the_person_after_it() -> None:
    x = sitrep.extract("Secretary of Defense Lloyd Austin hosted the talks on Tuesday.")
    assert [roles(x, e)[0] for e in x.events] == [["Lloyd Austin"]]
    assert [e.name for e in x.entities if e.kind == "person"] == ["Lloyd Austin"]


def test_events_a_headline_told_below_in_other_words_is_one_event() -> None:
    text = (
        "Britain sanctions Russian arms network\n\n"
        "Britain on Tuesday imposed sanctions on 14 firms and six people it said supplied drones to Moscow, the "
        "Foreign Office said.\n\nRussia's embassy called the measures illegal."
    )
    x = sitrep.extract(text)
    assert len([e for e in x.events if e.type == "SANCTION"]) == 1


def test_events_a_denied_charge_names_no_accuser() -> None:
    x = sitrep.extract("Beijing has repeatedly denied accusations that it supplied weapons to the junta.")
    assert all(roles(x, e)[0] != ["China"] for e in x.events if e.type == "ACCUSE")
    x = sitrep.extract("Caracas has previously rejected allegations that it sheltered the rebels.")
    assert [(e.type, roles(x, e)[0]) for e in x.events] == [("REJECT", ["Venezuela"])]


def test_events_gangs_named_by_their_country_act_for_no_state() -> None:
    x = sitrep.extract("Ecuadorian gangs attacked a police station in Guayaquil overnight.")
    assert [roles(x, e)[0] for e in x.events] == [["Ecuadorian gangs"]]


def test_events_those_hurt_in_the_attack_told_before_are_its_toll() -> None:
    text = (
        "Gunmen raided a police post near the border late on Friday, officials said.\n\n"
        "Four officers were killed in the attack, according to a local official."
    )
    x = sitrep.extract(text)
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and roles(x, attacks[0])[0] == ["Gunmen"]


def test_events_a_headline_report_after_a_comma_names_no_victim() -> None:
    for headline, speaker in (
        ("Russian missile strike on Dnipro kills 5, official says", "official"),
        ("Drone attack on Sumy kills 3, governor says", "governor"),
    ):
        x = sitrep.extract(f"{headline}\n\nThe shelling hit a bus station in the morning, the {speaker} said.")
        assert x.events and all(speaker not in roles(x, e)[1] for e in x.events)


def test_events_a_verb_after_had_read_as_an_adjective_is_the_verb() -> None:
    x = sitrep.extract("Russia's defence ministry said its forces had struck Ukrainian military targets overnight.")
    strikes = [e for e in x.events if e.type == "ASSAULT"]
    assert strikes and roles(x, strikes[0])[0] == ["Russian Ministry of Defence"]


def test_events_a_conjunct_with_no_conjunction_is_no_second_doer() -> None:
    x = sitrep.extract(
        "A Russian missile strike on a dormitory sheltering displaced families in Kherson killed at least six people "
        "on Monday, the regional governor said."
    )
    kills = [e for e in x.events if e.type == "ASSAULT"]
    assert kills and all(roles(x, e)[0] == ["Russia"] for e in kills)
    x = sitrep.extract("France, Germany, Italy and Spain imposed sanctions on Iran.")
    assert [roles(x, e)[0] for e in x.events] == [["France", "Germany", "Italy", "Spain"]]
