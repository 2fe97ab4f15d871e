"""Holders read from the parse (`components/quantities/clause.py`), on sentences written for these tests, with the
entities given by hand so that only the clause reading is tested."""

from __future__ import annotations

import logging
from functools import partial

import pytest
from spacy.language import Language

import sitrep.components.quantities  # noqa: F401  (registers the factory)
import sitrep.components.quantities.clause as clause
from sitrep.components.events.context import build_index
from sitrep.components.quantities.clause import party_names
from sitrep.record import Entity
from sitrep.syntax import ParserMissing
from tests.test_quantities import entity, extract, quantities_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quantities_pipeline()


def holder(nlp: Language, text: str, figure: str, *parties: tuple[str, str, str]) -> str | None:
    """The name of the holder of the figure starting with `figure`; `parties` are (kind, name, surface)."""
    entities = [entity(f"E{n}", kind, name, text, surface) for n, (kind, name, surface) in enumerate(parties, 1)]
    names = {e.id: e.name for e in entities}
    found = [q for q in extract(nlp, text, entities=entities) if q.text.startswith(figure)]
    assert found, f"no figure {figure!r} in {text!r}"
    return names.get(found[0].holder or "")


def party(kind: str, name: str, surface: str | None = None) -> tuple[str, str, str]:
    """An entity given by hand: its kind, name and the surface it is mentioned by."""
    return (kind, name, surface or name)


country = partial(party, "country")
group = partial(party, "group")


def test_clause_holder_is_the_subject_of_the_verb_governing_the_figure(nlp: Language) -> None:
    text = "Norway sent 300 soldiers to Latvia in May."
    assert holder(nlp, text, "300", country("Norway"), country("Latvia")) == "Norway"
    text = "Russia fired 40 missiles at Odesa overnight."
    assert holder(nlp, text, "40", country("Russia"), ("place", "Odesa", "Odesa")) == "Russia"


def test_clause_holder_through_an_infinitive_and_a_coordination(nlp: Language) -> None:
    text = "Norway has offered to send 300 soldiers to Latvia."
    assert holder(nlp, text, "300", country("Norway"), country("Latvia")) == "Norway"
    text = "Germany agreed to send 4,000 troops to Lithuania."
    assert holder(nlp, text, "4,000", country("Germany"), country("Lithuania")) == "Germany"


def test_clause_holder_of_an_infinitive_is_the_object_that_controls_it(nlp: Language) -> None:
    text = "The United States asked Japan to send 500 troops."
    assert holder(nlp, text, "500", country("United States"), country("Japan")) == "Japan"


def test_clause_holder_of_a_passive_is_its_by_party(nlp: Language) -> None:
    text = "About 40 rockets were fired by Hezbollah into northern Israel."
    assert holder(nlp, text, "About 40", group("Hezbollah"), country("Israel")) == "Hezbollah"
    text = "Five journalists were detained by the Egyptian authorities."
    assert holder(nlp, text, "Five", country("Egypt", "Egyptian")) == "Egypt"


def test_clause_holder_of_the_killed_is_never_the_attacker(nlp: Language) -> None:
    text = "The Red Hand killed 12 soldiers near Gao."
    assert holder(nlp, text, "12", group("Red Hand", "Red Hand"), ("place", "Gao", "Gao")) is None
    text = "Twelve soldiers were killed by the Red Hand on Sunday."
    assert holder(nlp, text, "Twelve", group("Red Hand", "Red Hand")) is None
    text = "Some 200 members of Hezbollah were killed in the strikes."
    assert holder(nlp, text, "Some 200", group("Hezbollah")) == "Hezbollah"  # the victims' own party


def test_clause_holder_of_a_loss_is_the_loser(nlp: Language) -> None:
    text = "Russia lost 200 tanks in the battle for Avdiivka."
    assert holder(nlp, text, "200", country("Russia"), ("place", "Avdiivka", "Avdiivka")) == "Russia"


def test_clause_no_holder_when_the_object_belongs_to_the_other_side(nlp: Language) -> None:
    assert holder(nlp, "Ukraine shot down 30 drones overnight.", "30", country("Ukraine")) is None
    assert holder(nlp, "Ukraine destroyed 12 tanks near Bakhmut.", "12", country("Ukraine")) is None
    assert holder(nlp, "The UN recorded 300 attacks on health workers.", "300", ("organization", "UN", "UN")) is None


def test_clause_money_received_is_the_payers(nlp: Language) -> None:
    text = "Ukraine received $5bn from the European Union last year."
    eu = ("organization", "European Union", "European Union")
    assert holder(nlp, text, "$5bn", country("Ukraine"), eu) == "European Union"
    text = "Nigeria received $300m in aid from the United States."
    assert holder(nlp, text, "$300m", country("Nigeria"), country("United States")) == "United States"


def test_clause_holder_through_relative_clauses(nlp: Language) -> None:
    text = "The Wagner Group, which had 5,000 fighters in Libya, pulled out."
    assert holder(nlp, text, "5,000", group("Wagner Group"), country("Libya")) == "Wagner Group"
    text = "The 900 troops that Britain sent to Estonia will stay."
    assert holder(nlp, text, "900", country("Britain"), country("Estonia")) == "Britain"


def test_clause_holder_named_after_the_counted_noun(nlp: Language) -> None:
    text = "About 300 troops from Chad arrived in Mali."
    assert holder(nlp, text, "About 300", country("Chad"), country("Mali")) == "Chad"
    text = "India bought 36 jets from France in 2016."
    assert holder(nlp, text, "36", country("India"), country("France")) == "India"  # France only sold them


def test_clause_holder_owns_the_subject_noun(nlp: Language) -> None:
    text = "The government of Kenya has pledged 1,000 police officers to Haiti."
    assert holder(nlp, text, "1,000", country("Kenya"), country("Haiti")) == "Kenya"
    text = "Russian forces fired 20 rockets at the city."
    assert holder(nlp, text, "20", country("Russia", "Russian")) == "Russia"


def test_clause_figure_measuring_a_change_is_held_by_what_changes(nlp: Language) -> None:
    text = "Japan's defence budget rose by $8bn to $55bn this year."
    assert holder(nlp, text, "$8bn", country("Japan")) == "Japan"
    assert holder(nlp, text, "$55bn", country("Japan")) == "Japan"


def test_clause_no_holder_for_shared_or_pronoun_subjects(nlp: Language) -> None:
    text = "Ethiopia and Eritrea deployed 50,000 soldiers along the frontier."
    assert holder(nlp, text, "50,000", country("Ethiopia"), country("Eritrea")) is None
    text = "Britain said they had sent 300 troops to the border."
    assert holder(nlp, text, "300", country("Britain")) is None  # "they": not named


def test_clause_parses_with_the_names_the_events_component_uses(nlp: Language) -> None:
    text = "The Red Hand militia of Mali, backed by Mali's army, sent 300 fighters to Gao."
    entities = [
        entity("E1", "group", "Red Hand militia", text, "Red Hand militia of Mali"),
        entity("E2", "country", "Mali", text, "Mali"),
        entity("E3", "place", "Gao", text, "Gao"),
    ]
    doc = nlp.make_doc(text)
    doc._.sections, doc._.entities, doc._.times, doc._.quantities, doc._.quotes = [], entities, [], [], []
    for _name, component in nlp.pipeline:
        doc = component(doc)
    expected = [(m.start, m.end, m.kind) for m in build_index(doc).mentions.items]
    assert party_names(doc, entities) == expected
    assert (1, 6, "group") in expected and (2, 3, "country") not in expected  # the outer name only
    assert 0 in doc.user_data["sitrep_parses"]  # kept on the Doc for the events component


def test_clause_without_the_parser_keeps_the_phrase_holders(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing(*_args: object, **_kwargs: object) -> None:
        raise ParserMissing("no parser weights here")

    monkeypatch.setattr(clause, "parse_sentences", missing)
    text = "Norway sent 300 soldiers and 40 Danish vehicles to Latvia."
    parties: list[Entity] = [
        entity("E1", "country", "Norway", text, "Norway"),
        entity("E2", "country", "Denmark", text, "Danish"),
    ]
    with caplog.at_level(logging.WARNING):
        found = extract(nlp, text, entities=parties)
    assert [q.holder for q in found] == [None, "E2"]
    assert "no parser weights here" in caplog.text


def test_clause_figure_takes_the_party_a_later_mention_names(nlp: Language) -> None:
    text = "The deal keeps the 700 troops in the south. The 700 Danish troops will leave. Another 50 troops stay."
    denmark = entity("E1", "country", "Denmark", text, "Danish")
    found = extract(nlp, text, entities=[denmark])
    assert [(q.value, q.holder) for q in found] == [(700, "E1"), (700, "E1"), (50, None)]
    text = "The 80 troops stayed. The 80 Danish troops and the 80 Swedish troops left."
    parties = [entity("E1", "country", "Denmark", text, "Danish"), entity("E2", "country", "Sweden", text, "Swedish")]
    assert extract(nlp, text, entities=parties)[0].holder is None  # two parties named: no one of them


def test_clause_detainees_are_held_only_through_custody(nlp: Language) -> None:
    text = "The Taliban are holding 20 foreign hostages in Kandahar."
    assert holder(nlp, text, "20", group("Taliban"), ("place", "Kandahar", "Kandahar")) == "Taliban"
    text = "Sara Vance, a lawyer who represents 12 detainees, met Britain's envoy."
    assert holder(nlp, text, "12", ("person", "Sara Vance", "Sara Vance"), country("Britain", "Britain's")) is None


def test_clause_no_holder_from_a_relative_clause_on_another_word(nlp: Language) -> None:
    text = "The 11 nations in the pact, to which Japan is committed, met in Lima."
    assert holder(nlp, text, "11", country("Japan"), ("place", "Lima", "Lima")) is None


def test_clause_qualifier_read_as_a_preposition_leaves_the_figure_an_object(nlp: Language) -> None:
    text = "The Malian army suffered about 90 casualties near Menaka."
    place = ("place", "Menaka", "Menaka")
    assert holder(nlp, text, "about 90", country("Mali", "Malian"), place) == "Mali"
    text = "The Malian army repelled about 90 attacks near Menaka."
    assert holder(nlp, text, "about 90", country("Mali", "Malian"), place) is None  # the attacks were another's


def test_clause_holder_from_a_passive_relative_on_the_counted_noun(nlp: Language) -> None:
    text = "Thirty sailors who had been held by the Red Hand were freed on Monday."
    assert holder(nlp, text, "Thirty", group("Red Hand", "Red Hand")) == "Red Hand"
    text = "Thirty sailors who had been attacked by the Red Hand were freed on Monday."
    assert holder(nlp, text, "Thirty", group("Red Hand", "Red Hand")) is None  # attacked: no custody
    text = "Twelve villagers who were killed by the Red Hand were buried on Monday."
    assert holder(nlp, text, "Twelve", group("Red Hand", "Red Hand")) is None  # the killer holds no victims


def test_clause_holder_of_a_named_group_after_the_counted_noun(nlp: Language) -> None:
    text = "Around 400 members of the Vostok battalion crossed into Georgia."
    vostok = ("organization", "Vostok", "Vostok")
    assert holder(nlp, text, "Around 400", vostok, country("Georgia")) == "Vostok"
    text = "Around 400 victims of the Vostok raids were buried in Georgia."
    assert holder(nlp, text, "Around 400", vostok, country("Georgia")) is None  # a name qualifying a thing


def test_clause_counted_noun_read_as_a_modifier_of_the_next_noun_is_the_object(nlp: Language) -> None:
    # the parser reads "40 soldiers" as a bare modifier of "battle", "6 missiles" of "center" in these sentences
    text = "Sweden lost 40 soldiers in the battle for Kiruna."
    assert holder(nlp, text, "40", country("Sweden"), ("place", "Kiruna", "Kiruna")) == "Sweden"
    text = "Norway fired 6 missiles at a governmental center in Gao."
    assert holder(nlp, text, "6", country("Norway"), ("place", "Gao", "Gao")) == "Norway"
    text = "Norway destroyed 6 missiles at a governmental center in Gao."
    assert holder(nlp, text, "6", country("Norway"), ("place", "Gao", "Gao")) is None  # another's missiles


def test_clause_people_who_fled_are_held_by_the_country_taking_them_in(nlp: Language) -> None:
    text = "Kenya has taken in more than 400,000 refugees since April."
    assert holder(nlp, text, "more than 400,000", country("Kenya")) == "Kenya"
    text = "Kenya admitted 30,000 refugees last year."
    assert holder(nlp, text, "30,000", country("Kenya")) == "Kenya"
    text = "Kenya accepted 12 proposals last year."
    assert holder(nlp, text, "12", country("Kenya")) is None  # taking in holds people, not any figure


def test_clause_counted_noun_read_as_a_bare_adverbial_is_the_object(nlp: Language) -> None:
    # the parser reads "59 missiles" here as a bare adverbial of "launched", as it would "last week"
    text = "At Smith's orders, Norwegian warships launched 59 missiles at a Danish airfield"
    parties = (("person", "Smith", "Smith"), country("Norway", "Norwegian"), country("Denmark", "Danish"))
    assert holder(nlp, text, "59", *parties) == "Norway"


def test_clause_holder_owns_a_compound_in_the_subject(nlp: Language) -> None:
    text = "Latvian border guards have detained 34 people near the frontier."
    assert holder(nlp, text, "34", country("Latvia", "Latvian")) == "Latvia"
    text = "A Chadian army helicopter dropped two bombs on the village."
    assert holder(nlp, text, "two", country("Chad", "Chadian")) == "Chad"
    text = "Latvian border guards have shot down 3 drones near the frontier."
    assert holder(nlp, text, "3", country("Latvia", "Latvian")) is None  # the drones were another's


def test_clause_attacks_are_held_by_the_party_claiming_them(nlp: Language) -> None:
    text = "The Red Hand claimed responsibility for three bombings in Gao."
    assert holder(nlp, text, "three", group("Red Hand", "Red Hand"), ("place", "Gao", "Gao")) == "Red Hand"
    text = "The Red Hand denied responsibility for three bombings in Gao."
    assert holder(nlp, text, "three", group("Red Hand", "Red Hand"), ("place", "Gao", "Gao")) is None
    text = "The Red Hand claimed responsibility for the deaths of 12 soldiers."
    assert holder(nlp, text, "12", group("Red Hand", "Red Hand")) is None  # the killer holds no victims


def test_clause_subject_of_a_copula_or_a_raising_passive(nlp: Language) -> None:
    text = "Norway is to send 500 more troops to Latvia."
    assert holder(nlp, text, "500", country("Norway"), country("Latvia")) == "Norway"
    text = "Norway is believed to have 900 tanks."
    assert holder(nlp, text, "900", country("Norway")) == "Norway"


def test_clause_doer_of_a_verb_read_as_a_modifier_of_its_subject(nlp: Language) -> None:
    # the parser hangs "fired" on "forces" as a modifier ("the forces [that] fired ...") in this sentence
    text = "Latvian forces fired 30 drones and 10 missiles overnight."
    latvia = ("organization", "Latvian forces", "Latvian forces")
    assert holder(nlp, text, "30", latvia) == "Latvian forces"
    assert holder(nlp, text, "10", latvia) == "Latvian forces"


def test_clause_members_of_a_group_noun_in_apposition(nlp: Language) -> None:
    # the parser reads "around 120 personnel" as a modifier of "company" with no preposition
    text = "Norway has offered Latvia a company of rangers, around 120 personnel, and two helicopters."
    assert holder(nlp, text, "around 120", country("Norway"), country("Latvia")) == "Norway"


def test_clause_weapons_handed_over_are_the_recipients(nlp: Language) -> None:
    text = "Norway will sell 40 tanks to Latvia."
    assert holder(nlp, text, "40", country("Norway"), country("Latvia")) == "Latvia"
    text = "Norway delivered 40 tanks last year."
    assert holder(nlp, text, "40", country("Norway")) is None  # the seller holds none; no recipient named
    text = "Norway bought 40 tanks from Latvia."
    assert holder(nlp, text, "40", country("Norway"), country("Latvia")) == "Norway"


def test_clause_money_borrowed_is_the_lenders(nlp: Language) -> None:
    text = "Ukraine borrowed $5bn from the World Bank last year."
    bank = ("organization", "World Bank", "World Bank")
    assert holder(nlp, text, "$5bn", country("Ukraine"), bank) == "World Bank"


def test_clause_detainees_freed_by_a_rescuer_are_the_captors(nlp: Language) -> None:
    text = "About 300 girls kidnapped by the Red Hand were rescued by the Malian army."
    parties = (group("Red Hand", "Red Hand"), country("Mali", "Malian"))
    assert holder(nlp, text, "About 300", *parties) == "Red Hand"  # the rescuer held none of them


def test_clause_subject_of_a_clause_the_parser_hung_beside_its_noun(nlp: Language) -> None:
    text = "Turkey, which hosts 3.6 million refugees, asked for more aid."
    assert holder(nlp, text, "3.6", country("Turkey")) == "Turkey"
    text = "Kenya, a key ally, sent 1,000 police officers to Haiti."
    assert holder(nlp, text, "1,000", country("Kenya"), country("Haiti")) == "Kenya"


def test_clause_doer_of_a_main_verb_read_as_a_participle_on_a_root_subject(nlp: Language) -> None:
    text = "His North Korean comrades fired 30 bullets, hitting the guard with two."
    assert holder(nlp, text, "30", country("North Korea", "North Korean")) == "North Korea"


def test_clause_possessor_of_the_counted_noun_across_its_modifiers(nlp: Language) -> None:
    text = "Norway's annual $700bn budget is the largest in Europe."
    assert holder(nlp, text, "$700bn", country("Norway")) == "Norway"
    text = "The Red Hand's last 5,000 fighters hold the hills."
    assert holder(nlp, text, "5,000", group("Red Hand")) == "Red Hand"


def test_clause_particle_of_a_phrasal_verb_is_no_preposition_of_the_figure(nlp: Language) -> None:
    text = "Jordan has taken in 600,000 refugees since the war began."
    assert holder(nlp, text, "600,000", country("Jordan")) == "Jordan"


def test_clause_money_a_thing_is_bought_for_is_the_buyers(nlp: Language) -> None:
    text = "Norway bought 40 tanks for $300m."
    assert holder(nlp, text, "$300m", country("Norway")) == "Norway"
    text = "Norway sold 40 tanks for $300m."
    assert holder(nlp, text, "$300m", country("Norway")) is None  # the buyer pays, and is not named


def test_clause_infinitive_of_a_noun_of_intention_is_its_makers(nlp: Language) -> None:
    text = "Norway announced a plan to send 500 troops to Latvia."
    assert holder(nlp, text, "500", country("Norway"), country("Latvia")) == "Norway"
    text = "Latvia backed Norway's plan to send 500 troops."
    assert holder(nlp, text, "500", country("Norway"), country("Latvia")) == "Norway"
    text = "Latvia condemned a plan to send 500 troops to the border."
    assert holder(nlp, text, "500", country("Latvia")) is None  # someone else's plan


def test_clause_name_modifying_armed_men_after_of_is_their_party(nlp: Language) -> None:
    text = "Norway has offered Latvia a company of Norwegian Army soldiers, around 120 personnel and two helicopters."
    army = ("organization", "Norwegian Army", "Norwegian Army")
    assert holder(nlp, text, "around 120", army, country("Latvia")) == "Norwegian Army"
    assert holder(nlp, text, "two", army, country("Latvia")) == "Norwegian Army"
    text = "About 40 victims of the Red Hand attack were buried on Sunday."
    assert holder(nlp, text, "About 40", group("Red Hand")) is None  # a name on a thing owns no victims


def test_clause_custodian_of_the_counted_noun_wins_over_the_clause(nlp: Language) -> None:
    police = ("organization", "Latvian police", "Latvian police")
    text = "Latvian police freed 18 hostages held by the Red Hand."
    assert holder(nlp, text, "18", police, group("Red Hand")) == "Red Hand"
    text = "Latvian police freed 18 hostages held by gunmen."
    assert holder(nlp, text, "18", police) is None  # held by unnamed gunmen, not by the police


def test_clause_figure_a_changed_object_is_raised_to_is_its_owners(nlp: Language) -> None:
    text = "Norway will raise its navy to 9,000 sailors."
    assert holder(nlp, text, "9,000", country("Norway")) == "Norway"


def test_clause_money_from_a_party_is_that_payers(nlp: Language) -> None:
    bank = ("organization", "World Bank", "World Bank")
    text = "A $3bn loan from the World Bank was approved."
    assert holder(nlp, text, "$3bn", bank) == "World Bank"
    text = "Latvia will get $2bn in aid from Norway."
    assert holder(nlp, text, "$2bn", country("Latvia"), country("Norway")) == "Norway"
    text = "About 300 jets from Norway were sold."
    assert holder(nlp, text, "About 300", country("Norway")) is None  # the seller holds no weapons sold


def test_clause_figure_said_of_an_owned_subject_is_the_owners(nlp: Language) -> None:
    text = "Norway's defence budget is $50bn this year."
    assert holder(nlp, text, "$50bn", country("Norway")) == "Norway"
    text = "The budget of Norway was $50bn last year."
    assert holder(nlp, text, "$50bn", country("Norway")) == "Norway"


def test_clause_loss_incurred_is_the_subjects(nlp: Language) -> None:
    text = "Norway has incurred 300 casualties in the battle."
    assert holder(nlp, text, "300", country("Norway")) == "Norway"


def test_clause_sum_of_money_made_or_had_is_the_subjects(nlp: Language) -> None:
    text = "Norway has debts of $160bn."
    assert holder(nlp, text, "$160bn", country("Norway")) == "Norway"
    text = "Latvia condemned a loan of $160bn."
    assert holder(nlp, text, "$160bn", country("Latvia")) is None


HOLDER_SHAPES = [
    # (sentence, figure, parties as (kind, name, surface), the holder's name or None)
    ("Norway's troops crossed the border, and 300 of Norway's troops stayed.", "300",
     [("country", "Norway", "Norway")], "Norway"),
    ("About 1,500 troops of the Latvian army were sent to the border.", "About 1,500",
     [("organization", "Latvian army", "Latvian army")], "Latvian army"),
    ("The Latvian army said 14 soldiers were killed in the attack.", "14",
     [("organization", "Latvian army", "Latvian army")], None),  # the reporter is not the holder
    ("At least 30 people were killed by Latvian forces.", "At least 30",
     [("organization", "Latvian forces", "Latvian forces")], None),  # never the attacker of the killed
    ("Norway paid $12m to the families.", "$12m", [("country", "Norway", "Norway")], "Norway"),
    ("Norway detained 60 people after the protests.", "60", [("country", "Norway", "Norway")], "Norway"),
    ("Nine Norwegian soldiers were killed in a roadside bombing.", "Nine",
     [("country", "Norway", "Norwegian")], "Norway"),
    ("About 50 prisoners held by the Red Hand were freed.", "About 50",
     [("group", "Red Hand", "Red Hand")], "Red Hand"),
    ("Norway said it had lost 300 soldiers in the battle.", "300", [("country", "Norway", "Norway")], "Norway"),
    ("Norway fired 40 missiles at the port. It also launched 60 drones.", "60", [("country", "Norway", "Norway")],
     "Norway"),
    ("The Red Hand said 14 of its fighters were wounded.", "14", [("group", "Red Hand", "Red Hand")], "Red Hand"),
    ("Norway has deployed about 5,000 soldiers in the north.", "about 5,000", [("country", "Norway", "Norway")],
     "Norway"),
    ("The Red Hand is holding about 130 hostages.", "about 130", [("group", "Red Hand", "Red Hand")], "Red Hand"),
    ("Norway pledged $2bn in military aid to Latvia.", "$2bn",
     [("country", "Norway", "Norway"), ("country", "Latvia", "Latvia")], "Norway"),
    ("Norway shot down 30 drones overnight.", "30", [("country", "Norway", "Norway")], None),  # another's drones
    ("Norway will sell 40 jets to Latvia.", "40",
     [("country", "Norway", "Norway"), ("country", "Latvia", "Latvia")], "Latvia"),
    ("Norway and Latvia sent 500 troops.", "500",
     [("country", "Norway", "Norway"), ("country", "Latvia", "Latvia")], None),  # shared: no one holder
    ("Latvia asked Norway to send 1,000 more troops.", "1,000",
     [("country", "Norway", "Norway"), ("country", "Latvia", "Latvia")], "Norway"),
    ("Norway, which has 5,000 troops in the region, said it would send more.", "5,000",
     [("country", "Norway", "Norway")], "Norway"),
    ("About 400 soldiers from Latvia joined the force.", "About 400", [("country", "Latvia", "Latvia")], "Latvia"),
    ("The Red Hand claimed responsibility for three bombings.", "three", [("group", "Red Hand", "Red Hand")],
     "Red Hand"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "parties", "want"), HOLDER_SHAPES)
def test_clause_holder_shapes_of_news(
    nlp: Language, text: str, figure: str, parties: list[tuple[str, str, str]], want: str | None
) -> None:
    assert holder(nlp, text, figure, *parties) == want


def test_clause_holder_of_acts_a_party_does_is_the_doer(nlp: Language) -> None:
    text = "Iran has conducted 40 missile tests since 2015."
    assert holder(nlp, text, "40", country("Iran")) == "Iran"
    text = "Norway staged three naval drills in the Arctic on Monday."
    assert holder(nlp, text, "three", country("Norway")) == "Norway"
    assert holder(nlp, "Japan tracked five launches last year.", "five", country("Japan")) is None


def test_clause_holder_of_a_figure_after_a_verb_and_its_particle(nlp: Language) -> None:
    text = "The Latvian army left behind 40 tanks near Riga."
    assert holder(nlp, text, "40", country("Latvia", "Latvian"), ("place", "Riga", "Riga")) == "Latvia"
    assert holder(nlp, "The Red Hand handed in 300 rifles.", "300", group("Red Hand")) == "Red Hand"


def test_clause_holder_of_more_of_a_figure_is_that_figures(nlp: Language) -> None:
    text = "The strike killed 20 Malian soldiers and wounded dozens more."
    assert holder(nlp, text, "dozens", country("Mali", "Malian")) == "Mali"


def test_clause_no_holder_of_acts_for_a_pronoun_doer(nlp: Language) -> None:
    text = "The Security Council imposed new sanctions on Iran after it staged two missile tests in May."
    un = ("organization", "UN Security Council", "Security Council")
    assert holder(nlp, text, "two", un, country("Iran")) is None


def test_clause_holder_of_an_act_of_the_figure_is_who_orders_it(nlp: Language) -> None:
    text = "Canada announced the deployment of 450 soldiers to Latvia."
    assert holder(nlp, text, "450", country("Canada"), country("Latvia")) == "Canada"
    assert holder(nlp, "Egypt ordered the release of 40 prisoners.", "40", country("Egypt")) == "Egypt"
    assert holder(nlp, "Iran condemned the release of 40 prisoners.", "40", country("Iran")) is None
    text = "Norway approved the sale of 12 jets to Chile."  # never the approver's; the taker's, as "sold 12 jets to"
    assert holder(nlp, text, "12", country("Norway"), country("Chile")) == "Chile"
    text = "Norway approved the sale of 12 jets."
    assert holder(nlp, text, "12", country("Norway")) is None


def test_clause_holder_of_a_sum_reported_is_the_reporter_of_its_own_result(nlp: Language) -> None:
    text = "Nokia reported a net loss of $3bn for the year."
    assert holder(nlp, text, "$3bn", ("organization", "Nokia", "Nokia")) == "Nokia"
    text = "Analysts expected a loss of $3bn at Nokia."
    assert holder(nlp, text, "$3bn", ("organization", "Nokia", "Nokia")) is None


def test_clause_what_a_verb_of_handing_over_gives_with_goes_by_its_kind(nlp: Language) -> None:
    text = "Washington has provided Kyiv with $40bn in military aid."
    us, kyiv = country("United States", "Washington"), country("Ukraine", "Kyiv")
    assert holder(nlp, text, "$40bn", us, kyiv) == "United States"  # money: the giver pays
    text = "Norway has supplied Ukraine with 40 Leopard tanks since May."
    assert holder(nlp, text, "40", country("Norway"), country("Ukraine")) == "Ukraine"  # weapons: the taker uses


def test_clause_a_counted_noun_read_as_a_verb_leaves_the_number_the_object(nlp: Language) -> None:
    text = "Hezbollah launched a wave of attacks. The group fired 12 drones at ships."
    assert holder(nlp, text, "12", group("Hezbollah")) == "Hezbollah"


def test_clause_holder_of_people_in_custody_is_the_custodian(nlp: Language) -> None:
    text = "About 80 prisoners in Norwegian custody refused food."
    assert holder(nlp, text, "About 80", country("Norway", "Norwegian")) == "Norway"
    text = "The 14 hostages remain in the custody of the Red Hand."
    assert holder(nlp, text, "14", group("Red Hand")) == "Red Hand"
    text = "Nine pilots are still held in Latvian captivity."
    assert holder(nlp, text, "Nine", country("Latvia", "Latvian")) == "Latvia"


def test_clause_holder_of_people_is_the_side_they_are_loyal_or_linked_to(nlp: Language) -> None:
    text = "About 3,000 fighters loyal to the Red Hand attacked the port."
    assert holder(nlp, text, "About 3,000", group("Red Hand")) == "Red Hand"
    text = "The army said 40 militiamen loyal to the Red Hand had surrendered."
    assert holder(nlp, text, "40", group("Red Hand")) == "Red Hand"


def test_clause_holder_of_things_kept_is_the_subject_of_a_verb_of_maintaining(nlp: Language) -> None:
    text = "Norway maintains four spy satellites over the Arctic."
    assert holder(nlp, text, "four", country("Norway")) == "Norway"
    text = "Latvia operates 12 patrol boats on the coast."
    assert holder(nlp, text, "12", country("Latvia")) == "Latvia"


def test_clause_holder_of_people_held_in_a_country_s_jails_is_that_country(nlp: Language) -> None:
    text = "About 5,000 prisoners are held in Latvian jails."
    assert holder(nlp, text, "About 5,000", country("Latvia", "Latvian")) == "Latvia"


def test_clause_holder_of_things_won_or_people_employed_is_the_subject(nlp: Language) -> None:
    text = "The Red Hand won 35 seats in the vote."
    assert holder(nlp, text, "35", group("Red Hand")) == "Red Hand"
    text = "Latvia employs 5,000 people at the port."
    assert holder(nlp, text, "5,000", country("Latvia")) == "Latvia"


def test_clause_the_doer_of_an_act_of_killing_or_building_holds_what_it_counts(nlp: Language) -> None:
    text = "The government of Latvia ordered the culling of 30,000 pigs."
    assert holder(nlp, text, "30,000", country("Latvia")) == "Latvia"
    text = "Norway announced the construction of 40 new bridges."
    assert holder(nlp, text, "40", country("Norway")) == "Norway"
    text = "Norway condemned the killing of 300 whales."
    assert holder(nlp, text, "300", country("Norway")) is None


def test_clause_people_serving_with_or_working_for_a_party_are_its(nlp: Language) -> None:
    text = "Two volunteers with the Red Hand were wounded."
    assert holder(nlp, text, "Two", group("Red Hand")) == "Red Hand"
    text = "Two reporters working for the Red Hand were wounded."
    assert holder(nlp, text, "Two", group("Red Hand")) == "Red Hand"
    text = "Two members of the militant group Red Hand were buried."
    assert holder(nlp, text, "Two", group("Red Hand")) == "Red Hand"
    text = "Twelve men were jailed for Red Hand membership."
    assert holder(nlp, text, "Twelve", group("Red Hand")) is None  # a name that only qualifies a thing


def test_clause_people_seized_are_held_by_the_seizer_and_things_seized_by_no_one(nlp: Language) -> None:
    text = "Norway seized 12 sailors on Monday."
    assert holder(nlp, text, "12", country("Norway")) == "Norway"
    text = "Twelve sailors were seized by the Red Hand."
    assert holder(nlp, text, "Twelve", group("Red Hand")) == "Red Hand"
    text = "Norway seized 40 rifles on Monday."
    assert holder(nlp, text, "40", country("Norway")) is None


def test_clause_holder_of_an_infinitive_after_an_adjective_of_readiness_is_its_subject(nlp: Language) -> None:
    text = "France is ready to contribute 4,000 troops to the force."
    assert holder(nlp, text, "4,000", country("France")) == "France"
    text = "Japan is willing to give $500 million to Ukraine."
    assert holder(nlp, text, "$500", country("Japan"), country("Ukraine")) == "Japan"
    text = "Hamas is ready to release 30 hostages."
    assert holder(nlp, text, "30", group("Hamas")) == "Hamas"


def test_clause_people_among_a_count_lend_it_no_party(nlp: Language) -> None:
    text = "Two Latvian nurses are among the 15 people detained in the raid."
    assert holder(nlp, text, "15", country("Latvia", "Latvian")) is None
    text = "Norway's defence budget is $50bn."
    assert holder(nlp, text, "$50bn", country("Norway")) == "Norway"


def test_clause_custody_phrase_on_the_verb_of_the_counted_object_names_the_custodian(nlp: Language) -> None:
    text = "The Red Cross said it had visited 1,200 detainees in Afghan prisons."
    red_cross = ("organization", "Red Cross", "Red Cross")
    assert holder(nlp, text, "1,200", country("Afghanistan", "Afghan"), red_cross) == "Afghanistan"


def test_clause_things_made_sold_or_hired_are_the_makers(nlp: Language) -> None:
    assert holder(nlp, "Norway has built seven bridges in the north.", "seven", country("Norway")) == "Norway"
    assert holder(nlp, "Latvia sold 78,000 cars last year.", "78,000", country("Latvia")) == "Latvia"
    assert holder(nlp, "Norway will hire 10,000 teachers.", "10,000", country("Norway")) == "Norway"
    assert holder(nlp, "Norway sold 40 tanks to Latvia.", "40", country("Norway"), country("Latvia")) == "Latvia"


def test_clause_holder_of_an_infinitive_the_tagger_read_as_a_noun_is_the_subject(nlp: Language) -> None:
    text = "Norway wants to deploy 900 soldiers to Latvia."
    assert holder(nlp, text, "900", country("Norway"), country("Latvia")) == "Norway"
    text = "Denmark wants to station 250 troops in Estonia."
    assert holder(nlp, text, "250", country("Denmark"), country("Estonia")) == "Denmark"


def test_clause_counted_noun_read_as_a_clause_verb_is_the_verbs_object(nlp: Language) -> None:
    text = "Indian police arrested 12 suspects in Delhi."
    assert holder(nlp, text, "12", country("India", "Indian"), ("place", "Delhi", "Delhi")) == "India"
    text = "Turkish authorities detained 30 suspects over the attack."
    assert holder(nlp, text, "30", country("Turkey", "Turkish")) == "Turkey"


def test_clause_a_verb_read_as_a_modifier_of_the_counted_noun_governs_it(nlp: Language) -> None:
    text = "Boko Haram abducted 276 girls."
    assert holder(nlp, text, "276", group("Boko Haram")) == "Boko Haram"


def test_clause_the_leader_of_a_led_coalition_holds_its_acts(nlp: Language) -> None:
    text = "The Saudi-led coalition carried out 25 air strikes on Sanaa overnight."
    parties = (country("Saudi Arabia", "Saudi"), ("place", "Sanaa", "Sanaa"))
    assert holder(nlp, text, "25", *parties) == "Saudi Arabia"


def test_clause_armed_men_from_a_party_are_its_own(nlp: Language) -> None:
    text = "Rebels from the Red Hand deployed 400 fighters."
    assert holder(nlp, text, "400", group("Red Hand")) == "Red Hand"
    text = "Gunmen from Hezbollah killed 12 soldiers and captured 30 others."
    assert holder(nlp, text, "30", ("organization", "Hezbollah", "Hezbollah")) == "Hezbollah"


def test_clause_votes_secured_or_polled_are_the_subjects_and_reports_received_no_ones(nlp: Language) -> None:
    text = "The Red Hand secured 52,000 votes in the vote."
    assert holder(nlp, text, "52,000", group("Red Hand")) == "Red Hand"
    text = "The Red Hand polled 4,200 votes in the by-election."
    assert holder(nlp, text, "4,200", group("Red Hand")) == "Red Hand"
    text = "The Red Hand received 800 reports of looting last year."
    assert holder(nlp, text, "800", group("Red Hand")) is None


# qty14: misreadings of the parser mended, and places left that are no origin


def test_clause_holder_of_an_object_read_as_a_subject_of_the_verb_of_saying(nlp: Language) -> None:
    text = "Poland will deploy 10,000 soldiers to its border with Belarus, the defence minister said."
    assert holder(nlp, text, "10,000", country("Poland"), country("Belarus")) == "Poland"
    text = "Norway is sending 2,000 more soldiers, Defence Secretary Ola Berg said."
    assert holder(nlp, text, "2,000", country("Norway"), ("person", "Ola Berg", "Ola Berg")) == "Norway"


def test_clause_holder_of_a_subject_with_a_by_agent_read_as_an_active_verb(nlp: Language) -> None:
    text = "Officials said 85 strikes carried out by Norwegian forces hit targets in Latvia."
    assert holder(nlp, text, "85", country("Norway", "Norwegian"), country("Latvia")) == "Norway"
    text = "85 strikes carried out by Norwegian forces hit targets in Latvia."
    assert holder(nlp, text, "85", country("Norway", "Norwegian"), country("Latvia")) == "Norway"


def test_clause_holder_of_a_counted_noun_read_as_a_complement(nlp: Language) -> None:
    text = "The Nordic Fund has pledged 1 billion euros to Latvia."
    assert holder(nlp, text, "1 billion", party("organization", "Nordic Fund"), country("Latvia")) == "Nordic Fund"


def test_clause_holder_of_a_verb_of_having_read_as_an_auxiliary(nlp: Language) -> None:
    text = "The US has roughly 40,000 troops in the Middle East, officials said."
    assert holder(nlp, text, "roughly 40,000", country("United States", "US")) == "United States"


def test_clause_holder_of_two_subjects_is_the_one_nearest_the_verb(nlp: Language) -> None:
    text = "Britain's Ministry of Defence estimates Russia has lost 500,000 soldiers."
    parties = country("United Kingdom", "Britain"), country("Russia")
    assert holder(nlp, text, "500,000", *parties) == "Russia"


def test_clause_holder_is_no_place_a_verb_of_taking_away_leaves(nlp: Language) -> None:
    text = "The UN withdrew 300 peacekeepers from Mali."
    assert holder(nlp, text, "300", party("organization", "United Nations", "UN"), country("Mali")) == "United Nations"
    text = "France withdrew its last 1,500 soldiers from Niger in December."
    assert holder(nlp, text, "1,500", country("France"), country("Niger")) == "France"
    text = "About 300 troops from Chad arrived in Mali."  # an origin stays the holder
    assert holder(nlp, text, "About 300", country("Chad"), country("Mali")) == "Chad"


def test_clause_holder_of_a_change_is_its_subject_s_owner(nlp: Language) -> None:
    text = "The Pentagon's budget rose by $30 billion."
    assert holder(nlp, text, "$30 billion", party("organization", "Pentagon")) == "Pentagon"
    text = "Poland's economy grew 2 percent last year."
    assert holder(nlp, text, "2 percent", country("Poland")) == "Poland"
    text = "Sales rose 5 percent in Poland."  # no owner named
    assert holder(nlp, text, "5 percent", country("Poland")) is None


def test_clause_holder_of_a_verb_tagged_an_adjective_after_a_modal(nlp: Language) -> None:
    text = "Sweden would free 30 prisoners, its minister said."
    assert holder(nlp, text, "30", country("Sweden")) == "Sweden"


def test_clause_holder_of_an_instrument_is_the_doer_that_uses_it(nlp: Language) -> None:
    text = "Norway attacked Latvia with 40 drones overnight."
    assert holder(nlp, text, "40", country("Norway"), country("Latvia")) == "Norway"
    text = "Norway retaliated with 100 airstrikes on Latvia."
    assert holder(nlp, text, "100", country("Norway"), country("Latvia")) == "Norway"
    text = "Latvia was attacked with 40 drones overnight."  # a passive without its doer: none
    assert holder(nlp, text, "40", country("Latvia")) is None
    text = "Norway launched a massive attack involving 500 drones."
    assert holder(nlp, text, "500", country("Norway")) == "Norway"


def test_clause_holder_of_attacks_in_an_in_phrase_is_the_doer(nlp: Language) -> None:
    text = "Norway struck the port in 12 attacks."
    assert holder(nlp, text, "12", country("Norway")) == "Norway"
    text = "Norway hit the base in 12 separate attacks."
    assert holder(nlp, text, "12", country("Norway")) == "Norway"
    text = "Norway lost 40 soldiers in 12 attacks."  # a verb of loss: another's attacks
    assert holder(nlp, text, "12", country("Norway")) is None
    text = "Forty Red Hand fighters died in 12 strikes."
    assert holder(nlp, text, "12", group("Red Hand")) is None


def test_clause_holder_of_a_verb_after_to_tagged_an_adjective(nlp: Language) -> None:
    text = "The Red Hand has agreed to free 3 hostages on Saturday."
    assert holder(nlp, text, "3", group("Red Hand")) == "Red Hand"


# qty15: relative clauses and a verb of having read as an auxiliary


def test_clause_holder_whose_stands_for_the_name_before_it(nlp: Language) -> None:
    text = "Estonia, whose 700 soldiers guard the border, denied the claim."
    assert holder(nlp, text, "700", country("Estonia")) == "Estonia"
    text = "The Red Hand, whose 300 fighters hold the valley, said nothing."
    assert holder(nlp, text, "300", group("Red Hand")) == "Red Hand"
    text = "Chad, whose army lost 24 soldiers in the raid, vowed revenge."  # "whose" on the subject of the verb
    assert holder(nlp, text, "24", country("Chad")) == "Chad"
    text = "Kenya, whose police arrested 40 protesters, rejected the criticism."
    assert holder(nlp, text, "40", country("Kenya")) == "Kenya"


def test_clause_holder_of_a_relative_clause_on_a_name_read_as_the_root(nlp: Language) -> None:
    text = "Chad, which sent 1,200 soldiers to Mali, said it would withdraw them."
    assert holder(nlp, text, "1,200", country("Chad"), country("Mali")) == "Chad"


def test_clause_holder_of_a_having_auxiliary_with_the_figure_hung_on_the_later_verb(nlp: Language) -> None:
    text = "Estonia has 800 troops stationed in Latvia, the defence ministry said."
    assert holder(nlp, text, "800", country("Estonia"), country("Latvia")) == "Estonia"
    text = "Norway has 600 troops based in Lithuania, the ministry said."
    assert holder(nlp, text, "600", country("Norway"), country("Lithuania")) == "Norway"


def test_clause_holder_of_a_sum_whose_number_was_read_as_the_object(nlp: Language) -> None:
    text = "The European Union will disburse 4.2 billion euros to Moldova in March."
    parties = party("organization", "European Union"), country("Moldova")
    assert holder(nlp, text, "4.2 billion", *parties) == "European Union"


def test_clause_holder_of_a_compound_counted_noun_the_parser_misread(nlp: Language) -> None:
    text = "Norway's contribution of 1,000 police officers to Latvia has been delayed."
    assert holder(nlp, text, "1,000", country("Norway"), country("Latvia")) == "Norway"
    text = "Kenya's contribution of 1,000 police officers to Haiti has been delayed."  # the compound split in two
    assert holder(nlp, text, "1,000", country("Kenya"), country("Haiti")) == "Kenya"


def test_clause_holder_is_the_subject_not_its_apposition_read_as_a_second_subject(nlp: Language) -> None:
    text = "Poland, NATO's eastern flank, will buy 1,000 tanks from Norway."
    parties = country("Poland"), party("organization", "NATO"), country("Norway")
    assert holder(nlp, text, "1,000", *parties) == "Poland"


def test_clause_holder_keeper_or_maker_of_things_counted(nlp: Language) -> None:
    text = "By May the Red Hand controlled 20 villages in the north."
    assert holder(nlp, text, "20", group("Red Hand")) == "Red Hand"
    text = "Acme said it had shipped 50,000 phones to its dealers."
    assert holder(nlp, text, "50,000", party("organization", "Acme")) == "Acme"
    text = "Norway exported 40 tonnes of salmon to Japan."
    assert holder(nlp, text, "40", country("Norway"), country("Japan")) == "Norway"


def test_clause_holder_name_before_a_common_noun_read_as_a_name(nlp: Language) -> None:
    text = "The Vostok party won 32 seats in the assembly."
    assert holder(nlp, text, "32", party("organization", "Vostok")) == "Vostok"
    text = "The Vostok movement has about 3,000 fighters."
    assert holder(nlp, text, "about 3,000", party("organization", "Vostok")) == "Vostok"


def test_clause_holder_past_a_time_phrase_read_as_a_second_subject(nlp: Language) -> None:
    text = "Norway this month threatened to send 900 soldiers to the border."
    assert holder(nlp, text, "900", country("Norway")) == "Norway"
    text = "The Red Hand this week fired 30 rockets at the port."
    assert holder(nlp, text, "30", group("Red Hand")) == "Red Hand"


def test_clause_sum_in_the_of_phrase_of_a_thing_paid_is_the_payers(nlp: Language) -> None:
    text = "Norway paid a ransom of $3 million for the two sailors."
    assert holder(nlp, text, "$3 million", country("Norway")) == "Norway"
    text = "Acme granted a loan of $40 million to the port authority."
    assert holder(nlp, text, "$40 million", party("organization", "Acme")) == "Acme"
    text = "Norway received a payment of $3 million from the insurers."  # the receiver pays nothing
    assert holder(nlp, text, "$3 million", country("Norway")) is None


def test_clause_weapons_in_the_of_phrase_of_a_sale_are_the_takers(nlp: Language) -> None:
    text = "Norway approved the sale of 12 patrol boats to Latvia."
    assert holder(nlp, text, "12", country("Norway"), country("Latvia")) == "Latvia"
    text = "Germany has agreed to the delivery of 18 tanks to Estonia."
    assert holder(nlp, text, "18", country("Germany"), country("Estonia")) == "Estonia"


def test_clause_members_of_a_named_force_act_for_it(nlp: Language) -> None:
    text = "Members of the Vostok militia fired 30 rockets at the port."
    assert holder(nlp, text, "30", group("Vostok")) == "Vostok"
    text = "Armed groups from the Red Hand forces abducted 25 civilians near the border."
    assert holder(nlp, text, "25", group("Red Hand")) == "Red Hand"
    text = "Opponents of the Norwegian government fired 30 rockets at the port."  # no members of it
    assert holder(nlp, text, "30", country("Norway", "Norwegian")) is None


def test_clause_holder_is_the_name_before_an_apposition_read_as_the_subject(nlp: Language) -> None:
    text = "Norway, a key ally of Latvia, has sent 1,000 soldiers to the border."
    assert holder(nlp, text, "1,000", country("Norway"), country("Latvia")) == "Norway"
    text = "Chad, a key ally of France, has sent 1,000 soldiers to Niger."
    assert holder(nlp, text, "1,000", country("Chad"), country("France"), country("Niger")) == "Chad"


def test_clause_holder_of_a_reported_clause_read_as_a_parataxis_of_the_verb_of_saying(nlp: Language) -> None:
    text = "Officials said Qatar, which mediated the talks, would pay $6 million to each family."
    assert holder(nlp, text, "$6 million", country("Qatar")) == "Qatar"
