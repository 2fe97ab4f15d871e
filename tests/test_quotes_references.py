"""Speakers named by a role or a body noun alone ("the minister", "the ministry", "it") and names behind stacked
abbreviated titles. Sentences written for these tests."""

from __future__ import annotations

from tests.test_quotes import HEADLINE, person, quotes_of


def test_quotes_stacked_abbreviated_titles_stay_in_the_speaker_name() -> None:
    text = HEADLINE + '"The depot is empty," said Lt. Col. Ann Rey, a spokeswoman for the brigade.'
    (quote,) = quotes_of(text, [person("E1", text, "Ann Rey")])
    assert quote.speaker is not None and quote.speaker.text == "Lt. Col. Ann Rey"
    assert quote.speaker.entity == "E1"


def test_quotes_stacked_titles_before_a_relative_clause_and_the_verb() -> None:
    text = HEADLINE + "Maj. Gen. Bo Lind, who leads the garrison, said the road would stay shut."
    (quote,) = quotes_of(text, [person("E1", text, "Bo Lind")])
    assert quote.speaker is not None and quote.speaker.text == "Maj. Gen. Bo Lind"


def test_quotes_the_role_goes_to_the_one_person_given_that_title() -> None:
    text = (
        HEADLINE + "Mayor Ines Roth met Governor Paul Stern on Monday. "
        '"The bridge must reopen by spring," the governor said.'
    )
    entities = [person("E1", text, "Ines Roth"), person("E2", text, "Paul Stern")]
    (quote,) = quotes_of(text, entities)
    assert quote.speaker is not None and quote.speaker.text == "the governor"
    assert quote.speaker.entity == "E2"


def test_quotes_the_role_goes_to_a_name_with_that_role_set_off_after_it() -> None:
    text = (
        HEADLINE + "Omar Diallo, the mayor, toured the shelters with two nurses. "
        '"We have beds for another hundred people," the mayor said.'
    )
    (quote,) = quotes_of(text, [person("E1", text, "Omar Diallo")])
    assert quote.speaker is not None and quote.speaker.entity == "E1"
    # a role inside a relative clause after the name is no title of that person
    text = (
        HEADLINE + "Ivan Bell, the man who attacked the governor, was detained on Friday. "
        '"He is a danger to everyone," the governor said.'
    )
    (quote,) = quotes_of(text, [person("E1", text, "Ivan Bell")])
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_an_abbreviated_rank_gives_its_role() -> None:
    text = HEADLINE + 'Gen. Ruth Kagame inspected the lines. "Morale is high," the general told reporters.'
    (quote,) = quotes_of(text, [person("E1", text, "Ruth Kagame")])
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_the_role_with_a_modifier_picks_the_holder_it_fits() -> None:
    text = (
        HEADLINE + "Foreign Minister Ana Vidal met Defence Minister Raul Ortiz in Lima. "
        '"We disagree on the timing," the defence minister said.'
    )
    entities = [person("E1", text, "Ana Vidal"), person("E2", text, "Raul Ortiz")]
    (quote,) = quotes_of(text, entities)
    assert quote.speaker is not None and quote.speaker.entity == "E2"
    # the role alone, held by both, names no one
    text = (
        HEADLINE + "Foreign Minister Ana Vidal met Defence Minister Raul Ortiz in Lima. "
        '"We disagree on the timing," the minister said.'
    )
    entities = [person("E1", text, "Ana Vidal"), person("E2", text, "Raul Ortiz")]
    (quote,) = quotes_of(text, entities)
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_it_goes_to_the_body_the_sentence_before_opens_with() -> None:
    text = (
        HEADLINE + "The Red Crescent suspended its convoys on Sunday. "
        '"Our drivers cannot work safely," it said.'
    )
    (quote,) = quotes_of(text, [person("E1", text, "Red Crescent", kind="organization")])
    assert quote.speaker is not None and quote.speaker.text == "it"
    assert quote.speaker.entity == "E1"
    # a body that is no subject of the sentence before is not what "it" stands for
    text = (
        HEADLINE + "Fighters attacked a warehouse of the Red Crescent on Sunday. "
        '"Nothing is left of the stock," it said.'
    )
    (quote,) = quotes_of(text, [person("E1", text, "Red Crescent", kind="organization")])
    assert quote.speaker is None or quote.speaker.entity is None


def test_quotes_the_body_noun_goes_to_the_body_whose_name_ends_in_it() -> None:
    text = (
        HEADLINE + "The Interior Ministry summoned the envoy of Norland on Friday. "
        '"Such flights are a violation," the ministry said.'
    )
    entities = [person("E1", text, "Interior Ministry", kind="organization"), person("E2", text, "Norland",
                kind="country")]
    (quote,) = quotes_of(text, entities)
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_the_group_goes_to_the_body_the_sentence_before_opens_with() -> None:
    text = HEADLINE + 'The Valley Front denied the report. "These claims are false," the group said.'
    (quote,) = quotes_of(text, [person("E1", text, "Valley Front", kind="group")])
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_stacked_titles_right_after_the_quote_leave_it_attributed() -> None:
    text = HEADLINE + '"Two of them are in surgery," Maj. Gen. Lena Ortiz told reporters.'
    (quote,) = quotes_of(text, [person("E1", text, "Lena Ortiz")])
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Maj. Gen. Lena Ortiz"
