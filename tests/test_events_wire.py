"""Events: wire reports of courts, border incidents and security operations read whole (two acts joined by "and"
told as two clauses, an area sealed off, a verdict of guilty naming who did the act, "was shot" read as a noun,
claims of an attack told before, an attack named by its weapon)."""

from __future__ import annotations

import sitrep
from sitrep.record import Event, Extraction


def roles(x: Extraction, event: Event) -> tuple[list[str], list[str]]:
    names = {e.id: e.name for e in x.entities}
    return [names.get(a, a) for a in event.actors], [names.get(t, t) for t in event.targets]


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def test_events_two_joined_acts_each_keep_their_own_clause() -> None:
    x = sitrep.extract("The regional government condemned the lynching and demanded a full inquiry.")
    condemned, demanded = of_type(x, "ACCUSE"), of_type(x, "REQUEST")
    assert [e.evidence.text for e in condemned] == ["The regional government condemned the lynching"]
    assert [e.evidence.text for e in demanded] == ["demanded a full inquiry"]


def test_events_a_conviction_and_a_sentence_are_two_clauses() -> None:
    x = sitrep.extract("A district court convicted the former governor of fraud and jailed him for six years.")
    convicted = of_type(x, "ACCUSE")
    assert [e.evidence.text for e in convicted] == ["A district court convicted the former governor of fraud"]


def test_events_a_shared_object_still_joins_the_first_act() -> None:
    x = sitrep.extract("A sniper shot and killed two border guards near the crossing on Friday.")
    assert any("two border guards" in e.evidence.text for e in x.events)


def test_events_sealing_off_a_place_is_a_restriction_not_a_deal() -> None:
    x = sitrep.extract("Troops sealed off the market after the blast.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "restrict")]
    y = sitrep.extract("Riot police cordoned off the parliament building on Tuesday.")
    assert [(e.type, e.mode) for e in y.events] == [("COERCE", "restrict")]
    z = sitrep.extract("The two governments sealed an agreement on fishing rights on Monday.")
    assert [e.type for e in z.events] == ["AGREE"]


def test_events_two_kinds_of_coercion_in_one_sentence_are_two_events() -> None:
    x = sitrep.extract("Soldiers sealed off the village and detained eleven men, the army said.")
    coerced = of_type(x, "COERCE")
    assert sorted(e.mode for e in coerced) == ["arrest", "restrict"]
    sealed = next(e for e in coerced if e.mode == "restrict")
    assert roles(x, sealed)[1] == []  # the men were detained, not sealed off


def test_events_a_guilty_verdict_names_who_did_the_act() -> None:
    x = sitrep.extract("A jury found a farmer guilty on Friday of murdering a customs officer near the border.")
    killings = of_type(x, "ASSAULT")
    assert len(killings) == 1
    actors, targets = roles(x, killings[0])
    assert actors == ["farmer"] and targets == ["customs officer"]
    y = sitrep.extract("The tribunal found him guilty of attacking two peacekeepers.")
    assert all(roles(y, e)[0] != ["tribunal"] for e in of_type(y, "ASSAULT"))


def test_events_was_shot_read_as_a_noun_is_still_done_to_its_subject() -> None:
    x = sitrep.extract("The spokesman said the officer was shot twice.")
    shots = of_type(x, "ASSAULT")
    assert len(shots) == 1
    assert roles(x, shots[0]) == ([], ["officer"])


def test_events_a_group_claiming_the_attack_names_its_doer() -> None:
    x = sitrep.extract(
        "Gunmen ambushed a convoy near the lake on Sunday, killing seven soldiers. The rebel group claimed the ambush."
    )
    attacks = of_type(x, "ASSAULT")
    assert len(attacks) == 1
    assert "rebel group" in " ".join(roles(x, attacks[0])[0])


def test_events_an_attack_named_by_its_weapon_is_no_criticism() -> None:
    x = sitrep.extract("Commander Ahmed Saleh launched a tank attack on the town.")
    assert [e.type for e in x.events] == ["ASSAULT"]
    y = sitrep.extract("The senator launched a scathing attack on the minister.")
    assert [e.type for e in y.events] == ["ACCUSE"]
