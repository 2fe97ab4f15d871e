"""Holders named by a pronoun or a definite description (`components/quantities/antecedents.py`), a part's holder
and the payer of money asked for (`context.py`, `clause.py`), on sentences written for these tests with the entities
given by hand."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from sitrep.record import Entity, Mention
from tests.test_quantities import extract, quantities_pipeline
from tests.test_quantities_clause import country, group, holder, party


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quantities_pipeline()


org = partial(party, "organization")


def test_antecedents_subject_pronoun_stands_for_the_party_of_its_sentence(nlp: Language) -> None:
    text = "Norway said it would send 300 soldiers to Latvia."
    assert holder(nlp, text, "300", country("Norway"), country("Latvia")) == "Norway"
    text = "The Red Hand said they had carried out 15 attacks on the garrison."
    assert holder(nlp, text, "15", group("Red Hand")) == "Red Hand"
    text = "On Monday, Norway said it had fired 20 missiles."
    assert holder(nlp, text, "20", country("Norway")) == "Norway"


def test_antecedents_party_a_speaker_speaks_for_opens_the_sentence(nlp: Language) -> None:
    text = "A spokesman for the Vostok army said 40 of its soldiers had been captured."
    assert holder(nlp, text, "40", org("Vostok army")) == "Vostok army"
    text = "Officials from the Red Hand said they had fired 12 rockets at the port."
    assert holder(nlp, text, "12", group("Red Hand")) == "Red Hand"
    text = "Police arrested a cousin of the Red Hand leader. Officers said its 40 fighters had fled."
    assert holder(nlp, text, "40", group("Red Hand")) is None


def test_antecedents_possessive_before_or_inside_the_figure(nlp: Language) -> None:
    text = "Norway will keep its 900 soldiers in Latvia."
    assert holder(nlp, text, "900", country("Norway"), country("Latvia")) == "Norway"
    text = "The Red Hand said 14 of their fighters were captured."
    assert holder(nlp, text, "14", group("Red Hand")) == "Red Hand"
    text = "Shortly after the vote, Mr Lund ordered his staff to hold back $40m in grants."
    assert holder(nlp, text, "$40m", ("person", "Mr Lund", "Mr Lund")) == "Mr Lund"


def test_antecedents_pronoun_stands_for_the_subject_of_the_sentence_before(nlp: Language) -> None:
    text = "Norway has a small navy. It has sent 300 sailors to the Baltic."
    assert holder(nlp, text, "300", country("Norway")) == "Norway"
    text = "The Red Hand rejected the talks.\nThey still have 2,000 fighters in the hills."
    assert holder(nlp, text, "2,000", group("Red Hand")) == "Red Hand"


def test_antecedents_definite_description_stands_for_the_named_party(nlp: Language) -> None:
    text = "The Red Hand rejected the talks. The group also has 5,000 fighters."
    assert holder(nlp, text, "5,000", group("Red Hand")) == "Red Hand"
    text = "The Red Hand rejected the talks. The group's 5,000 fighters stayed in the hills."
    assert holder(nlp, text, "5,000", group("Red Hand")) == "Red Hand"
    text = "The Red Hand rejected the talks. The militant group also has 5,000 fighters."
    assert holder(nlp, text, "5,000", group("Red Hand")) == "Red Hand"
    text = "The Red Hand attacked the base. The group said it used four car bombs."
    assert holder(nlp, text, "four", group("Red Hand")) == "Red Hand"
    text = "Norway's Ministry of Defence met the press. The ministry will send 200 soldiers."
    ministry = org("Ministry of Defence")
    assert holder(nlp, text, "200", country("Norway"), ministry) == "Ministry of Defence"


def test_antecedents_description_needs_a_name_that_fits_it(nlp: Language) -> None:
    text = "The Red Hand met the envoy. The ministry will send 200 soldiers."
    assert holder(nlp, text, "200", group("Red Hand")) is None  # no ministry is named
    text = "The government has 40 jets."
    assert holder(nlp, text, "40", org("Red Cross")) is None  # no country named at all


def test_antecedents_no_holder_when_the_pronoun_may_stand_for_another(nlp: Language) -> None:
    text = "Norway and Sweden met on Monday. They will send 300 soldiers to Latvia."
    assert holder(nlp, text, "300", country("Norway"), country("Sweden"), country("Latvia")) is None
    text = "The Red Hand seized the villagers. They had 40 rifles."
    assert holder(nlp, text, "40", group("Red Hand")) is None  # "they" may be the villagers
    text = "Norway ordered the frigate in 2019. The frigate was launched in May. It carries 40 missiles."
    assert holder(nlp, text, "40", country("Norway")) is None  # "it" may be the frigate
    text = "Britain said they had sent 300 troops to the border."
    assert holder(nlp, text, "300", country("Britain")) is None  # a singular name is no "they"


def test_antecedents_no_holder_from_a_name_inside_a_phrase_or_a_place(nlp: Language) -> None:
    text = "The talks stalled over Norway's demands. It has sent 300 soldiers to the border."
    assert holder(nlp, text, "300", country("Norway")) is None
    text = "Fighting spread across Mali last week. It has 3,000 soldiers in the north."
    assert holder(nlp, text, "3,000", country("Mali")) is None


def test_antecedents_reach_only_the_paragraph_or_the_sentence_before(nlp: Language) -> None:
    text = "Norway sent aid.\n\nThe weather was cold. Fog covered the port. It has sent 300 soldiers to Latvia."
    assert holder(nlp, text, "300", country("Norway"), country("Latvia")) is None
    text = "It is believed that 300 soldiers were sent by the ministry."
    assert holder(nlp, text, "300", country("Norway")) is None  # "it" standing for no one


def test_antecedents_never_a_news_agency(nlp: Language) -> None:
    text = "Reuters reported the deal on Monday. It said 300 soldiers had been sent."
    at = text.index("Reuters")
    agency = Entity(
        id="E1",
        kind="organization",
        name="Reuters",
        attributes={"category": "news agency"},
        mentions=[Mention(at, at + 7, "Reuters")],
    )
    found = [q for q in extract(nlp, text, entities=[agency]) if q.text.startswith("300")]
    assert found and found[0].holder is None


def test_antecedents_keep_the_guidelines_rules_by_category(nlp: Language) -> None:
    text = "The Red Hand said it killed 12 soldiers near the bridge."
    assert holder(nlp, text, "12", group("Red Hand")) is None  # the attacker never holds the killed
    text = "The Red Hand said it was holding 20 hostages."
    assert holder(nlp, text, "20", group("Red Hand")) == "Red Hand"  # the custodian
    text = "Norway said 12 of its soldiers were killed."
    assert holder(nlp, text, "12", country("Norway")) == "Norway"  # the victims' side


def test_parts_take_the_wholes_holder(nlp: Language) -> None:
    text = "Of the $9bn approved by Congress, $1bn has been spent."
    congress = org("Congress")
    assert holder(nlp, text, "$1bn", congress) == "Congress"
    text = "Norway lost 40 of its 300 tanks in the battle."
    assert holder(nlp, text, "40", country("Norway")) == "Norway"
    text = "Only six of the rebel group's 90 raids this year hit Norway."
    assert holder(nlp, text, "six", group("Red Hand", "the rebel group"), country("Norway")) == "Red Hand"
    text = "Of the 50 people at the rally, 12 were arrested."
    assert holder(nlp, text, "12", country("Norway")) is None  # the whole has no holder


def test_clause_money_asked_for_is_the_payers(nlp: Language) -> None:
    text = "Kenya asked the World Bank for $2bn in loans."
    assert holder(nlp, text, "$2bn", country("Kenya"), org("World Bank")) == "World Bank"
    text = "Kenya will seek an extra $80bn from the World Bank later this year."
    assert holder(nlp, text, "$80bn", country("Kenya"), org("World Bank")) == "World Bank"


def test_figure_credited_to_his_name_is_held_by_the_one_he_stands_for(nlp: Language) -> None:
    person = partial(party, "person")
    text = "With 31 wins to her name, Ada Moss is the clear favourite."
    assert holder(nlp, text, "31", person("Ada Moss")) == "Ada Moss"
    text = "Ada Moss, with 31 wins and two titles to her credit, is the clear favourite."
    assert holder(nlp, text, "31", person("Ada Moss")) == "Ada Moss"
    text = "Ada Moss left the club with 31 trophies."
    assert holder(nlp, text, "31", person("Ada Moss")) is None  # no "to her name"


def test_antecedents_description_names_no_party_of_its_own_sentence(nlp: Language) -> None:
    police = org("Latvian police")
    text = "Latvian police freed 18 hostages held by the militants."
    assert holder(nlp, text, "18", police) is None  # "the militants" are not the police
    text = "The Red Hand stormed the town. Latvian police freed 18 hostages held by the militants."
    assert holder(nlp, text, "18", police, group("Red Hand")) == "Red Hand"


def test_antecedents_description_after_a_comma_stands_for_a_name_of_its_sentence(nlp: Language) -> None:
    text = "Norway opened its borders in 2015, with the country welcoming more than 300,000 refugees."
    assert holder(nlp, text, "more than 300,000", country("Norway")) == "Norway"


def test_antecedents_name_modifying_a_described_party_is_not_what_it_stands_for(nlp: Language) -> None:
    text = "The Norwegian arms maker Nordlys said it sold 40 tanks to Latvia."
    parties = (country("Norway", "Norwegian"), country("Latvia"))
    assert holder(nlp, text, "40", *parties) == "Latvia"  # the buyer: no pronoun needed
    text = "The Norwegian arms company said it had spent $40m on the plant."
    assert holder(nlp, text, "$40m", country("Norway", "Norwegian")) is None  # "it" is the company, not Norway


def test_antecedents_possessive_is_not_a_nationality_on_a_plural_noun(nlp: Language) -> None:
    text = "Latvia said Norwegian ships had rammed two of its patrol boats."
    assert holder(nlp, text, "two", country("Latvia"), country("Norway", "Norwegian")) == "Latvia"
    text = "Estonia said Swedish troops had seized three of its trucks."
    assert holder(nlp, text, "three", country("Estonia"), country("Sweden", "Swedish")) == "Estonia"


def test_antecedents_description_after_a_verb_of_saying_stands_for_the_name_before(nlp: Language) -> None:
    text = "Norway's defence minister said the country would send 300 soldiers to Latvia."
    assert holder(nlp, text, "300", country("Norway"), country("Latvia")) == "Norway"
    text = "Latvian troops freed 12 hostages held by the group."
    assert holder(nlp, text, "12", country("Latvia", "Latvian")) is None


def test_antecedents_description_of_a_group_after_a_verb_of_saying_is_not_the_speaker(nlp: Language) -> None:
    text = "The Blue Cross said 300 prisoners held by the rebels were freed."
    assert holder(nlp, text, "300", org("Blue Cross")) is None


def test_antecedents_a_pronoun_stands_for_a_person_named_after_a_title(nlp: Language) -> None:
    text = "When police came, Mr. Lund lay dead. He left behind 23 rifles in the room."
    assert holder(nlp, text, "23", ("person", "Lund", "Lund")) == "Lund"


def test_antecedents_we_and_our_in_a_quote_are_its_speakers(nlp: Language) -> None:
    text = '"Two of our guards were wounded," the Red Hand said.'
    assert holder(nlp, text, "Two", group("Red Hand")) == "Red Hand"
    text = 'Norway said: "We have sent 300 sailors to the Baltic."'
    assert holder(nlp, text, "300", country("Norway")) == "Norway"
    text = '"Two of our guards were wounded," said the Red Hand.'
    assert holder(nlp, text, "Two", group("Red Hand")) == "Red Hand"
    text = 'The Red Hand met on Monday. "Two of our guards were wounded," a doctor said.'
    assert holder(nlp, text, "Two", group("Red Hand")) is None  # the speaker is no party named


def test_antecedents_name_after_a_hyphenated_modifier_still_opens_its_sentence(nlp: Language) -> None:
    text = "The Kurdish-led Red Hand took the dam. The group said 30 of its fighters were killed."
    assert holder(nlp, text, "30", group("Red Hand")) == "Red Hand"
    text = "The Iran-backed Red Hand said they had fired 12 drones."
    assert holder(nlp, text, "12", group("Red Hand")) == "Red Hand"


def test_antecedents_name_leading_a_described_party_is_not_what_it_stands_for(nlp: Language) -> None:
    text = "The Norway-led coalition said it had lost 12 soldiers."
    assert holder(nlp, text, "12", country("Norway")) is None
    text = "The Norway-led alliance said it had carried out 20 raids."
    assert holder(nlp, text, "20", country("Norway")) is None


def test_antecedents_possessive_does_not_stand_for_the_doer_of_an_attack(nlp: Language) -> None:
    text = "Russian shelling wounded five of its soldiers."
    assert holder(nlp, text, "five", country("Russia", "Russian")) is None
    text = "Ukraine said Russian shelling wounded five of its soldiers."
    assert holder(nlp, text, "five", country("Ukraine"), country("Russia", "Russian")) == "Ukraine"
    text = "Hamas said Israeli air strikes killed 12 of its fighters."
    assert holder(nlp, text, "12", group("Hamas"), country("Israel", "Israeli")) == "Hamas"
    text = "Russia said 12 of its servicemen died."
    assert holder(nlp, text, "12", country("Russia")) == "Russia"


def test_antecedents_possessive_of_victims_is_never_the_subject_that_killed_them(nlp: Language) -> None:
    text = "Latvia said the Red Hand killed 12 of its soldiers."
    assert holder(nlp, text, "12", country("Latvia"), group("Red Hand")) == "Latvia"
    text = "On Friday Norway said the Red Hand had reportedly wounded nine of its guards."
    assert holder(nlp, text, "nine", country("Norway"), group("Red Hand")) == "Norway"
    text = "The Red Hand said it had killed 12 soldiers and lost 30 of its fighters."
    assert holder(nlp, text, "30", group("Red Hand")) == "Red Hand"


def test_antecedents_description_of_a_business_by_its_trade(nlp: Language) -> None:
    text = "Halvorsen Mutual posted a profit. The insurer lost $6.4 million in its marine business."
    assert holder(nlp, text, "$6.4", org("Halvorsen Mutual")) == "Halvorsen Mutual"
    text = "Nordfly said bookings rose. The airline will spend $900 million on new jets."
    assert holder(nlp, text, "$900", org("Nordfly")) == "Nordfly"


def test_antecedents_a_sum_said_again_in_another_measure_shares_the_holder(nlp: Language) -> None:
    text = "Halvorsen offered $14 a share in cash, or $31 million, for the rival."
    assert holder(nlp, text, "$31", org("Halvorsen")) == "Halvorsen"
    text = "Halvorsen Mutual paid $410m (£215m) for the shipyard."
    assert holder(nlp, text, "£215m", org("Halvorsen Mutual")) == "Halvorsen Mutual"


def test_antecedents_the_country_of_a_currency_holds_no_sum(nlp: Language) -> None:
    text = "The board approved a payout of 1,200 Danish kroner a share."
    assert holder(nlp, text, "1,200", country("Denmark", "Danish")) is None
    text = "The shares closed at 40 Canadian cents."
    assert holder(nlp, text, "40", country("Canada", "Canadian")) is None


def test_antecedents_a_joined_sum_with_its_own_by_party_is_that_partys(nlp: Language) -> None:
    text = (
        "It comes on top of a $200,000 reward offered by the Justice Ministry, plus a $40,000 award offered by the"
        " Police Board."
    )
    parties = (org("Justice Ministry"), org("Police Board"))
    assert holder(nlp, text, "$40,000", *parties) == "Police Board"


def test_antecedents_the_owner_of_a_part_taken_in_what_a_sum_measures_holds_it(nlp: Language) -> None:
    text = "Halvorsen said its withdrawal from the $410m contract was final."
    assert holder(nlp, text, "$410m", org("Halvorsen")) == "Halvorsen"
    text = "Norway's stake in the $2bn pipeline is small."
    assert holder(nlp, text, "$2bn", country("Norway")) == "Norway"


def test_antecedents_they_after_a_states_men_stands_for_the_state(nlp: Language) -> None:
    text = "Norwegian police said they had detained 40 people."
    assert holder(nlp, text, "40", country("Norway", "Norwegian")) == "Norway"
    text = "Norwegian security forces said they had arrested 12 men at the border."
    assert holder(nlp, text, "12", country("Norway", "Norwegian")) == "Norway"


def test_antecedents_they_after_two_parties_joined_across_an_article_is_open(nlp: Language) -> None:
    text = "The Russians and the Ukrainians said they had exchanged 90 prisoners."
    assert holder(nlp, text, "90", country("Russia", "Russians"), country("Ukraine", "Ukrainians")) is None


# qty14


def _person_of(text: str, name: str, country_id: str) -> Entity:
    at = text.find(name)
    return Entity(id="E9", kind="person", name=name, attributes={"affiliation": country_id},
                  mentions=[Mention(at, at + len(name), name)])


def test_antecedents_his_country_is_the_person_s_country(nlp: Language) -> None:
    text = "Polish President Jan Nowak said his country would buy 500 rocket launchers."
    at = text.find("Polish")
    poland = Entity(id="E1", kind="country", name="Poland", mentions=[Mention(at, at + 6, "Polish")])
    found = extract(nlp, text, entities=[poland, _person_of(text, "Jan Nowak", "E1")])
    assert [q.holder for q in found if q.text.startswith("500")] == ["E1"]
    text = "Jan Nowak said his government would send 1,000 police officers."  # no country for him: none
    found = extract(nlp, text, entities=[_person_of(text, "Jan Nowak", "E7")])
    assert [q.holder for q in found if q.text.startswith("1,000")] in ([None], ["E9"])


def test_antecedents_name_written_with_its_lower_case_rest(nlp: Language) -> None:
    text = "The Vostok group entered Latvia in 2021. It has some 1,500 fighters there."
    parties = party("organization", "Vostok Group", "Vostok"), country("Latvia")
    assert holder(nlp, text, "some 1,500", *parties) == "Vostok Group"


def test_antecedents_their_after_a_nationality_and_officials(nlp: Language) -> None:
    text = "Norwegian officials said three of their soldiers were killed."
    assert holder(nlp, text, "three", country("Norway", "Norwegian")) == "Norway"


def test_antecedents_we_in_a_quote_after_said_in_a_statement(nlp: Language) -> None:
    text = 'The Red Hand said in a statement: "We have 5,000 fighters ready."'
    assert holder(nlp, text, "5,000", group("Red Hand")) == "Red Hand"


def test_antecedents_the_military_stands_for_a_named_armed_force(nlp: Language) -> None:
    text = "The Norwegian Defence Forces began an operation on Sunday. The military said it had carried out 40 strikes."
    assert holder(nlp, text, "40", org("Norwegian Defence Forces")) == "Norwegian Defence Forces"
    text = "The Red Hand began an operation on Sunday. The military said it had carried out 40 strikes."
    assert holder(nlp, text, "40", group("Red Hand")) is None  # no armed force of that name


# qty15: a possessive on what a verb hits or aims at is not the hitter's


def test_antecedents_a_possessive_on_a_target_is_not_the_attackers(nlp: Language) -> None:
    text = "Latvia said Russia had fired water cannon at two of its patrol boats."
    assert holder(nlp, text, "two", country("Latvia"), country("Russia")) == "Latvia"
    text = "Estonia said the Red Hand destroyed 12 of its tanks."
    assert holder(nlp, text, "12", country("Estonia"), group("Red Hand")) == "Estonia"
    text = "Norway said it had fired 30 of its missiles at the base."
    assert holder(nlp, text, "30", country("Norway")) == "Norway"  # its own, with no named doer


# qty17: a description after the name's verb is another party, not one the name modifies


def test_antecedents_a_description_after_the_name_s_verb_leaves_the_name(nlp: Language) -> None:
    text = "The Vostok army said rebels shelled its base near Tarn. Nine of its soldiers were wounded."
    assert holder(nlp, text, "Nine", org("Vostok army")) == "Vostok army"
    text = "The Vostok army said militants attacked a camp. It said three of its soldiers were killed."
    assert holder(nlp, text, "three", org("Vostok army")) == "Vostok army"
    text = "The Vostok militant group said it had fired 40 rockets."  # the name modifies the group: none
    assert holder(nlp, text, "40", country("Vostok")) is None


def _holder_of(nlp: Language, text: str, figure: str, entities: list[Entity]) -> str | None:
    names = {e.id: e.name for e in entities}
    found = [q for q in extract(nlp, text, entities=entities) if q.text.startswith(figure)]
    assert found, f"no figure {figure!r} in {text!r}"
    return names.get(found[0].holder or "")


def test_antecedents_the_group_s_in_the_of_phrase_of_the_figure(nlp: Language) -> None:
    text = "A spokesman for the Red Hand said 30 of the group's fighters had been killed."
    assert holder(nlp, text, "30", group("Red Hand")) == "Red Hand"
    text = "A Red Hand spokesman said 30 of the group's fighters had been killed."
    assert holder(nlp, text, "30", group("Red Hand")) == "Red Hand"
    text = "The Red Hand shelled the port. Norway said it killed 30 of the group's fighters."
    assert holder(nlp, text, "30", group("Red Hand"), country("Norway")) == "Red Hand"


def test_antecedents_a_description_for_the_party_a_speaker_speaks_for(nlp: Language) -> None:
    text = "A spokesman for the Red Hand said the group was holding 40 hostages."
    assert holder(nlp, text, "40", group("Red Hand")) == "Red Hand"
    text = "The Red Hand said the group was holding 40 hostages."  # the speaker itself: another group
    assert holder(nlp, text, "40", group("Red Hand")) is None


def test_antecedents_the_group_is_no_state_s_army(nlp: Language) -> None:
    text = "A spokesman for the Norwegian army said the group had fired 40 rockets."
    norway = Entity(id="E1", kind="country", name="Norway", mentions=[Mention(22, 31, "Norwegian")])
    army = Entity(
        id="E2", kind="organization", name="Norwegian army", mentions=[Mention(22, 36, "Norwegian army")],
        attributes={"country": "E1"},
    )
    assert _holder_of(nlp, text, "40", [norway, army]) is None


def test_antecedents_they_after_a_state_s_men_owned_with_a_possessive(nlp: Language) -> None:
    text = "Norway's federal police said they had arrested 40 people in Bergen."
    assert holder(nlp, text, "40", country("Norway")) == "Norway"


def test_antecedents_the_group_stands_for_an_armed_group_wherever_it_is_named(nlp: Language) -> None:
    text = "The Norwegian army launched an offensive against the Red Hand. It said 13 of the group's fighters died."
    norway = Entity(id="E1", kind="country", name="Norway", mentions=[Mention(4, 13, "Norwegian")])
    army = Entity(
        id="E2", kind="organization", name="Norwegian army", mentions=[Mention(4, 18, "Norwegian army")],
        attributes={"country": "E1"},
    )
    at = text.find("Red Hand")
    hand = Entity(
        id="E3", kind="organization", name="Red Hand", mentions=[Mention(at, at + 8, "Red Hand")],
        attributes={"category": "armed group", "affiliation": "E1"},
    )
    assert _holder_of(nlp, text, "13", [norway, army, hand]) == "Red Hand"
    plain = Entity(id="E3", kind="organization", name="Red Hand", mentions=[Mention(at, at + 8, "Red Hand")])
    assert _holder_of(nlp, text, "13", [norway, army, plain]) is None  # no armed group: not clear
