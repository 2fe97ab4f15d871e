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
        # companies and people of the markets among themselves
        "Netflix captured a third of the streaming market within five years.",
        "Analysts blamed the slump on fears of a recession in Europe.",
        # sport: a score after "a", storming to a win
        "The Spaniard shot a 65 on Sunday to win the title by three strokes.",
        "The young Kenyan stormed to victory in the women's race.",
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
    ("look_alike", "real", "type_"),
    [
        (
            "Samsung launched a fresh assault on Apple's grip on the premium phone market.",
            "Blackwater contractors shot dead two civilians at a checkpoint.",
            "ASSAULT",
        ),
        (
            "The 1991 invasion of Kuwait still divides the two countries.",
            "Al-Qaeda planned the 1998 bombings of the U.S. embassies in Kenya and Tanzania.",
            "ASSAULT",
        ),
        (
            "Paramedics are frequently attacked on night shifts, the union says.",
            "Gunmen attacked a convoy on the coastal road on Monday.",
            "ASSAULT",
        ),
        (
            "Her plan for the railways was shot down by the finance committee.",
            "Militants shot down an army helicopter over the valley.",
            "ASSAULT",
        ),
        (
            "Forecasters expect more snow and urged people to avoid travel.",
            "Police urged residents to leave their homes before the river burst its banks.",
            "REQUEST",
        ),
        (
            "The senator launched a scathing attack on the prime minister's housing plan.",
            "Guerrillas launched a fierce attack on an army post near the border.",
            "ASSAULT",
        ),
        (
            "Ministers clashed over the pension reform at a stormy cabinet meeting.",
            "Riot police clashed with stone-throwing youths in the old city.",
            "ASSAULT",
        ),
        (
            "The broadcaster shelved a documentary about the abduction of the ambassador.",
            "Rebels abducted the ambassador on the road to the airport.",
            "COERCE",
        ),
        (
            "The watch comes in two finishes, silver and gold, capable of holding 200 and 400 albums and will sell for "
            "$299.",
            "The rebels are holding 12 soldiers and three civilians.",
            "COERCE",
        ),
        (
            "The chief executive said the group would meet or even beat all of its sales targets.",
            "The president met and thanked the soldiers at the base.",
            "CONSULT",
        ),
    ],
)
def test_the_rule_that_drops_a_look_alike_keeps_the_real_event(look_alike: str, real: str, type_: str) -> None:
    assert type_ not in [t for t, _mode in events(look_alike)]
    assert type_ in [t for t, _mode in events(real)]


# -- the register of an article: sport, business, culture, science, weather, health --------------------------------
_OTHER_DOMAINS = [
    "Kovac edges Ortiz in Rotterdam\n\nMarta Kovac beat Lena Ortiz 7-5 6-4 in Rotterdam on Thursday to reach the "
    "semi-final. Kovac attacked the net from the first game and fired nine aces past her opponent. Ortiz fought back "
    "in the second set but could not break serve. The top seed will face the defending champion on Saturday.",
    "Lumen shares slide as rival undercuts prices\n\nShares in Lumen fell 12 percent on Monday after the company "
    "said a rival had captured a quarter of its market with cheaper products. Chief executive Ana Berg said the group "
    "would fight back and launch an offensive in Asia. Analysts said the company had been under attack from online "
    "sellers for a year. Its profit fell by a third in the quarter.",
    "Snow closes roads in the north\n\nHeavy snow closed dozens of roads across the north on Sunday, and "
    "forecasters warned that temperatures would fall to minus 15 overnight. The weather office urged drivers to "
    "stay at home and told hikers to keep off the hills. More snow is expected on Tuesday, with strong winds.",
    "Review: 'Iron Coast' is a slow burn\n\nIn 'Iron Coast', a grieving fisherman hunts the smugglers who killed "
    "his brother and takes their leader hostage. The film's director shot most of it at night. Critics praised "
    "the actor in the lead role, but the film has struggled at the box office since its premiere in May.",
    "Band returns with a darker record\n\nThe folk band Wren released its fourth album on Friday, and it entered the "
    "charts at number two. Its closing track tells the story of a soldier who deserts and kills his sergeant. Critics "
    "called it their best record yet, and fans have sold out the band's spring concert tour.",
]


@pytest.mark.parametrize("article", _OTHER_DOMAINS)
def test_an_article_of_another_domain_states_no_event(article: str) -> None:
    assert events(article) == []


def test_an_article_of_another_domain_keeps_the_force_of_the_police() -> None:
    article = (
        "Derby abandoned after crowd trouble\n\nThe derby between the two clubs was abandoned in the 70th minute on "
        "Saturday with the score at 1-1. Police arrested 14 fans after fights broke out in the stadium. The league "
        "said it would open an inquiry, and both coaches condemned the scenes. The fixture will be replayed."
    )
    assert "COERCE" in [t for t, _mode in events(article)]


# -- figures in security prose -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister's speech was a shot across the bows of the army.",
        "The president's decree is an assault on the army, the generals said.",
        "The air force's budget request drew sharp questions from the committee.",
        "Migrants have historically been accused by politicians of spreading disease.",
    ],
)
def test_figures_state_no_event(sentence: str) -> None:
    assert events(sentence) == []


@pytest.mark.parametrize(
    ("real", "type_"),
    [
        ("Militants carried out a mortar attack on the base on Monday.", "ASSAULT"),
        ("The rebels rejected the government's request for a ceasefire.", "REJECT"),
        ("Prosecutors have accused the former general of ordering the massacre.", "ACCUSE"),
    ],
)
def test_the_real_events_beside_the_figures_stay(real: str, type_: str) -> None:
    assert type_ in [t for t, _mode in events(real)]
