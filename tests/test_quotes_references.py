"""Speakers named by a role or a body noun alone ("the minister", "the ministry", "it") and names behind stacked
abbreviated titles. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from sitrep.eval.times import read_timeml
from sitrep.pipeline import extract, get_nlp
from sitrep.reader import prepare
from sitrep.record import Entity, Mention, Quote
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


# -- session 22, branch quotes19: own battery of wire-style passages ------------------------------------------------


def test_quotes_a_party_and_state_tag_before_a_colon_is_no_speaker() -> None:
    text = HEADLINE + 'Rep. Tom Keller, R-Texas: "I saw nothing that justifies these strikes."'
    (quote,) = quotes_of(text, [person("E1", text, "Tom Keller")])
    assert quote.speaker is not None and quote.speaker.text == "Rep. Tom Keller"
    text = HEADLINE + 'Sen. Maria Ortega (D-Calif.): "The evidence was compelling and the threat was real."'
    (quote,) = quotes_of(text, [person("E1", text, "Maria Ortega")])
    assert quote.speaker is not None and quote.speaker.text == "Sen. Maria Ortega"


def test_quotes_a_name_set_off_before_a_role_that_ends_at_a_colon_speaks() -> None:
    text = HEADLINE + 'Vice Adm. Brad Cole, commander of the Fifth Fleet: "This is the largest seizure this year."'
    (quote,) = quotes_of(text, [person("E1", text, "Brad Cole"), person("E2", text, "Fifth Fleet", kind="org")])
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_a_kin_role_set_off_before_a_name_tells_the_gender() -> None:
    text = (
        HEADLINE + "Fadumo Ali was selling tomatoes. Her husband, Abdi Warsame, was at the mosque. "
        '"I heard a sound like thunder," she said. "I found her under a table," he said.'
    )
    entities = [person("E1", text, "Fadumo Ali"), person("E2", text, "Abdi Warsame")]
    first, second = quotes_of(text, entities)
    assert first.speaker is not None and first.speaker.entity == "E1"
    assert second.speaker is not None and second.speaker.entity == "E2"


def test_quotes_two_curly_apostrophes_close_a_double_quote() -> None:
    text = HEADLINE + "“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is wrong.”"
    first, second = quotes_of(text, [person("E1", text, "Will Moy")])
    assert first.text == "“It was an attempt to mislead voters,’’"
    assert first.speaker is not None and first.speaker.entity == "E1"
    assert second.speaker is not None and second.speaker.entity == "E1"


def test_quotes_an_inverted_verb_after_a_question_reports_it_past_a_relative_clause() -> None:
    text = HEADLINE + '"Where did the money go?" asked Rep. Hal Moreno, a Democrat whose district borders Mexico.'
    (quote,) = quotes_of(text, [person("E1", text, "Hal Moreno"), person("E2", text, "Mexico", kind="country")])
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_a_name_set_off_after_a_role_quoted_as_saying_speaks() -> None:
    text = HEADLINE + 'The rebel leader, Abu Karim Nasser, was quoted by the agency as saying: "We will hold the town."'
    (quote,) = quotes_of(text, [person("E1", text, "Abu Karim Nasser")])  # the role is no reported clause
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def test_quotes_the_other_of_two_described_people_speaks() -> None:
    text = (
        HEADLINE + 'Two nurses spoke by phone. "We ran out of oxygen," said one, a midwife. '
        '"Nobody came to help us," the other said.'
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.text == "one"
    assert second.speaker is not None and second.speaker.text == "the other"


def _named_twice(text: str, full: str, short: str) -> Entity:
    """A person record with a mention of the full name and one of the short name in a possessive after it."""
    first = text.index(full)
    second = text.index(short + "'s", first + len(full))
    mentions = [Mention(first, first + len(full), full), Mention(second, second + len(short), short)]
    return Entity("E1", "person", full, mentions=mentions)


def test_quotes_kin_or_a_representative_after_a_possessive_is_not_the_owner() -> None:
    text = HEADLINE + 'Imran Roe was jailed on Monday. "He is innocent," Roe\'s sister told reporters.'
    (quote,) = quotes_of(text, [_named_twice(text, "Imran Roe", "Roe")])
    assert quote.speaker is not None and quote.speaker.text == "Roe's sister" and quote.speaker.entity is None
    text = HEADLINE + 'Tara Vance posted a message. "The label is lying," Vance\'s rep told reporters.'
    (quote,) = quotes_of(text, [_named_twice(text, "Tara Vance", "Vance")])
    assert quote.speaker is not None and quote.speaker.entity is None


def test_quotes_it_goes_to_the_body_whose_name_holds_a_place_word() -> None:
    text = HEADLINE + 'The Kurdish Authority condemned the raid. "This is a war crime," it said.'
    start = text.index("Kurdish")
    body = Entity("E1", "organization", "Kurdish Authority", mentions=[Mention(start, start + 17, "Kurdish Authority")])
    place = Entity("E2", "country", "Kurdistan", mentions=[Mention(start, start + 7, "Kurdish")])
    (quote,) = quotes_of(text, [body, place])
    assert quote.speaker is not None and quote.speaker.entity == "E1"


def _quotes_and_people(text: str) -> tuple[list[Quote], dict[str, str]]:
    """The quotes of `text` (no entities given) and the people the quotes component recorded, id -> name."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.sections = prepare(text).layout.sections
    doc._.published = None
    for name in ("times", "quantities", "quotes", "events", "entities"):
        setattr(doc._, name, [])
    doc = nlp.get_pipe("sitrep_quotes")(nlp.get_pipe("sitrep_sentences")(doc))
    return doc._.quotes, {e.id: e.name for e in doc._.entities if e.kind == "person"}


def test_quotes_a_named_speaker_no_entity_records_is_recorded_for_the_pronoun_that_stands_for_them() -> None:
    text = (
        HEADLINE + "Candidate Ruth Njeri disputed the count on Monday. "
        '"The tallies were changed overnight," Njeri told supporters. "We will appeal," she said.'
    )
    quotes, people = _quotes_and_people(text)
    first, second = quotes
    assert second.speaker is not None and second.speaker.text == "she"
    assert first.speaker is not None and second.speaker.entity == first.speaker.entity
    assert people == {second.speaker.entity: "Ruth Njeri"}


def test_quotes_a_recorded_speaker_keeps_the_gender_of_the_first_name_given_before() -> None:
    text = (
        HEADLINE + "Candidate Ruth Njeri disputed the count on Monday. "
        '"The tallies were changed overnight," Njeri told supporters. "We will appeal," he said.'
    )
    quotes, people = _quotes_and_people(text)
    assert quotes[1].speaker is not None and quotes[1].speaker.entity is None
    assert people == {}


def test_quotes_a_described_speaker_or_a_body_is_recorded_as_no_person() -> None:
    for speaker in ("a nurse at the clinic", "the Kremlin"):
        text = HEADLINE + f'"The wards are full," {speaker} said. "We turn people away," she said.'
        quotes, people = _quotes_and_people(text)
        assert quotes[1].speaker is not None and quotes[1].speaker.entity is None
        assert people == {}


def test_quotes_a_kin_word_before_a_first_name_no_entity_records_is_that_speaker() -> None:
    text = (
        HEADLINE + "Her brother Tomas said the family had never lost hope. "
        '"We knew she would come home," he said.'
    )
    quotes, people = _quotes_and_people(text)
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "he"
    assert quotes[1].speaker.entity is not None and people[quotes[1].speaker.entity] == "Tomas"


def test_quotes_a_word_capitalized_only_where_its_sentence_opens_is_recorded_as_no_person() -> None:
    text = (
        HEADLINE + "Sadly remarks like these travel fast, said the councillor.\n\n"
        "Sadly, nobody wrote them down. Honestly said the minutes were lost. "
        '"We will find them," he said.'
    )
    _quotes, people = _quotes_and_people(text)
    assert "Honestly" not in people.values()


def test_quotes_a_role_and_a_name_no_entity_records_are_recorded_for_the_pronoun_after_them() -> None:
    text = (
        HEADLINE + "At the harbour on Monday, Maltese premier Borg called for calm. "
        '"Nobody gains from a blockade," he said.'
    )
    quotes, people = _quotes_and_people(text)
    assert quotes[-1].speaker is not None and people.get(quotes[-1].speaker.entity or "") == "Borg"


def test_quotes_a_time_is_never_recorded_as_a_person(shared: Path) -> None:
    """A news text where a deadline ("until 9 a.m. Tuesday to sign a paper promising ...") reads as a commitment's
    speaker, later stood for by a pronoun: no person "Tuesday" is recorded."""
    path = next((shared / "data" / "tempeval3").glob("*/APW20000403.0057.tml"))
    gold = read_timeml(path)
    x = extract(gold.text, published=gold.published)
    assert not [e for e in x.entities if e.kind == "person" and e.name in ("Tuesday", "9 a.m. Tuesday")]
