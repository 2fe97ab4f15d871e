"""Events: senses that look like security events and are not (sport, business, fiction, history, habit, words),
beside the real events that must still be read. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

import sitrep


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in sitrep.extract(text).events]


@pytest.mark.parametrize(
    "sentence",
    [
        # a story told by a work, whatever its grammar
        "The novel tells of a deserter who murders his sergeant in 1916.",
        "The documentary recounts how guerrillas ambushed a patrol in 1987.",
        "In the new series, insurgents storm the presidential palace and seize the minister.",
        "The sequel sees the pirates invade a sleepy island kingdom.",
        # a past happening named by its year, reported by nothing in the clause
        "The 1991 invasion of Kuwait still divides the two countries.",
        # companies among themselves, named or not
        "Netflix captured a third of the streaming market within five years.",
        "Samsung launched a fresh assault on Apple's grip on the premium phone market.",
        "Analysts blamed the slump on fears of a recession in Europe.",
        # sport: a score after "a", motor racing, storming to a win
        "The Spaniard shot a 65 on Sunday to win the title by three strokes.",
        "The young Kenyan stormed to victory in the women's race.",
        # a tendency, not a happening
        "Paramedics are frequently attacked on night shifts, the union says.",
        # force done only to words or decisions
        "Her plan for the railways was shot down by the finance committee.",
        # advice to the public from no party named
        "Forecasters expect more snow and urged people to avoid travel.",
    ],
)
def test_look_alikes_state_no_event(sentence: str) -> None:
    assert events(sentence) == []


def test_attack_in_words_is_criticism() -> None:
    assert events("The senator launched a scathing attack on the prime minister's housing plan.") == [
        ("ACCUSE", "disapprove")
    ]
    assert events("The opposition leader made a withering attack on the minister.") == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Guerrillas launched a fierce attack on an army post near the border.", "ASSAULT"),
        ("Blackwater contractors shot dead two civilians at a checkpoint.", "ASSAULT"),
        ("Al-Qaeda planned the 1998 bombings of the U.S. embassies in Kenya and Tanzania.", "ASSAULT"),
        ("Gunmen attacked a convoy on the coastal road on Monday.", "ASSAULT"),
        ("Militants shot down an army helicopter over the valley.", "ASSAULT"),
        ("Police urged residents to leave their homes before the river burst its banks.", "REQUEST"),
        ("The president met and thanked the soldiers at the base.", "CONSULT"),
    ],
)
def test_real_events_beside_the_look_alikes(sentence: str, type_: str) -> None:
    assert type_ in [t for t, _mode in events(sentence)]


def test_meeting_a_target_shared_by_a_coordinated_verb_is_no_meeting() -> None:
    assert events("The chief executive said the group would meet or even beat all of its sales targets.") == []
