"""Capitals that act for their country (`components/entities/capitals.py`), on sentences written for these tests."""

from __future__ import annotations

from sitrep.pipeline import extract
from sitrep.record import Entity


def _places(text: str) -> dict[str, Entity]:
    """Each place or country entity by the text of each of its mentions."""
    return {m.text: e for e in extract(text).entities if e.kind in ("place", "country") for m in e.mentions}


def test_capitals_act_with_any_verb_form() -> None:
    places = _places(
        "Abe said Tokyo would shoot down missiles. After Washington invaded, Pyongyang is playing a dangerous game. "
        "Kabul was attacked, and flights between London and Paris resumed."
    )
    assert places["Tokyo"].code == "JP" and places["Washington"].code == "US" and places["Pyongyang"].code == "KP"
    assert places["Kabul"].kind == "place" and places["Paris"].kind == "place"


def test_capitals_and_before_a_party_acts() -> None:
    places = _places("Washington and the Taliban held talks, and the envoy flew to London and the UN.")
    assert places["Washington"].code == "US"
    assert places["London"].kind == "place"


def test_capitals_between_two_parties_after_a_noun_of_dealings() -> None:
    places = _places("Tensions between Pyongyang and Washington rose, while talks between Moscow and Kyiv stalled. "
                     "The envoy travelled between Berlin and Paris.")  # fmt: skip
    assert places["Pyongyang"].code == "KP" and places["Washington"].code == "US"
    assert places["Moscow"].code == "RU" and places["Kyiv"].code == "UA"
    assert places["Berlin"].kind == "place" and places["Paris"].kind == "place"


def test_capitals_first_of_two_acting_capitals_acts_too() -> None:
    places = _places("Seoul and Tokyo agreed to share intelligence, while London and Paris back the plan. He "
                     "visited Moscow and Beijing said nothing.")  # fmt: skip
    assert places["Seoul"].code == "KR" and places["Tokyo"].code == "JP"
    assert places["London"].kind == "place" and places["Paris"].kind == "place"
    assert places["Moscow"].kind == "place" and places["Beijing"].code == "CN"


def test_capitals_possessive_actor_noun_wins_over_a_place_word() -> None:
    places = _places("Analysts pointed to Pyongyang's latest missile test. In Washington's view the deal was dead. "
                     "Crowds filled Beijing's Tiananmen Square.")  # fmt: skip
    assert places["Pyongyang"].code == "KP" and places["Washington"].code == "US"
    assert places["Beijing"].kind == "place"


def test_capitals_possessive_noun_after_two_modifiers() -> None:
    places = _places("The envoy backed Washington's current diplomatic efforts, and Seoul's Foreign Ministry agreed. "
                     "London's mayor opened a bridge.")  # fmt: skip
    assert places["Washington"].code == "US" and places["Seoul"].code == "KR"
    assert places["London"].kind == "place"


def test_capitals_named_as_the_source_of_a_claim_act() -> None:
    x = extract("It was the sixth launch this year, according to Seoul. Reporters travelled to Seoul.")
    kinds = [(m.start, e.kind) for e in x.entities if e.name in ("South Korea", "Seoul") for m in e.mentions]
    assert [kind for _, kind in sorted(kinds)] == ["country", "place"]


def test_capitals_adverb_before_the_verb() -> None:
    places = _places("Berlin currently maintains two satellites, and critics tried to pressure Moscow into talks.")
    assert places["Berlin"].code == "DE" and places["Moscow"].code == "RU"


def test_capitals_continue_to_before_a_listed_verb() -> None:
    places = _places("Moscow and Beijing continue to insist on talks, while Kabul continues to grow.")
    assert places["Moscow"].code == "RU" and places["Beijing"].code == "CN"
    assert places["Kabul"].kind == "place"


def test_capitals_sanctioned_or_threatening_capitals_act() -> None:
    x = extract("The UN imposed new sanctions on Pyongyang after the launch. Guam faces a threat from Pyongyang. "
                "An attack on Kabul left four dead.")  # fmt: skip
    kinds = sorted((m.start, e.kind) for e in x.entities if e.name in ("North Korea", "Pyongyang", "Kabul")
                   for m in e.mentions)  # fmt: skip
    assert [kind for _, kind in kinds] == ["country", "country", "place"]


def test_capitals_a_territory_capital_named_like_a_person_never_acts() -> None:
    x = extract("Hamilton said the plan would fail, Stanley rejected it and Douglas warned of delays.")
    assert not [e for e in x.entities if e.kind == "country"]


def test_capitals_another_spelling_of_a_capital_acts() -> None:
    places = _places("Kiev warned Moscow, and Belgrade said it would not recognise the vote.")
    assert places["Kiev"].code == "UA" and places["Belgrade"].code == "RS"


def test_capitals_in_a_list_of_other_states_act() -> None:
    states = _places("Seoul, Washington and other neighbouring countries condemned the launch.")
    cities = _places("Flights to Berlin, Madrid and other cities resumed.")
    assert states["Seoul"].code == "KR" and states["Washington"].code == "US"
    assert cities["Berlin"].kind == "place" and cities["Madrid"].kind == "place"


def test_capitals_a_continent_that_acts_is_no_place() -> None:
    acting = _places("They must, with Europe and others, guard the camps. Europe warned Iran.")
    lying = _places("Protests spread across Europe, and Europe's largest city grew.")
    assert "Europe" not in acting and lying["Europe"].kind == "place"


def test_capitals_a_continent_beside_a_country_or_before_a_modal_stays_a_place() -> None:
    x = extract("The row echoed in both Germany and Europe at large, and Europe will get the car first.")
    assert [m.text for e in x.entities if e.kind == "place" for m in e.mentions] == ["Europe", "Europe"]


def test_capitals_a_capital_of_two_words_acts_for_its_country() -> None:
    x = extract("Islamabad blamed New Delhi for the raid, and Abu Dhabi has offered to mediate.")
    codes = {m.text: e.code for e in x.entities if e.kind == "country" for m in e.mentions}
    assert codes == {"Islamabad": "PK", "New Delhi": "IN", "Abu Dhabi": "AE"}


def test_capitals_a_capital_of_two_words_after_a_place_word_is_the_city() -> None:
    x = extract("The envoy flew to New Delhi on Monday and met officials in Abu Dhabi.")
    assert {m.text for e in x.entities if e.kind == "place" for m in e.mentions} == {"New Delhi", "Abu Dhabi"}


def test_capitals_that_expect_plan_or_seek_act_for_their_country() -> None:
    places = _places("Seoul expects exports to recover, Tokyo plans to raise spending and Beijing seeks new ties. "
                     "The mayor of Ottawa expects record crowds.")  # fmt: skip
    assert places["Seoul"].code == "KR" and places["Tokyo"].code == "JP" and places["Beijing"].code == "CN"
    assert places["Ottawa"].kind == "place"


def test_capitals_that_trade_or_exchange_with_another_state_act_for_their_country() -> None:
    places = _places("New Delhi and Islamabad traded accusations after Bogota's protest.")
    assert places["New Delhi"].code == "IN" and places["Islamabad"].code == "PK" and places["Bogota"].code == "CO"
    assert _places("Residents in Lagos traded goods at the market.")["Lagos"].kind == "place"


def test_capitals_a_capital_after_another_country_possessive_is_that_country_city() -> None:
    places = _places("A car bomb in Lebanon's Tripoli wounded four people on Sunday.")
    tripoli = places["Tripoli"]
    assert tripoli.kind == "place" and tripoli.lat is not None and abs(tripoli.lat - 34.43) < 0.5


def test_capitals_a_capital_listed_after_a_place_word_is_a_place() -> None:
    places = _places("Aid workers in Amman and Damascus reported shortages on Monday.")
    assert places["Damascus"].kind == "place" and places["Amman"].kind == "place"
    assert _places("Amman and Damascus traded accusations.")["Damascus"].kind == "country"


def test_capitals_a_capital_before_a_city_service_is_the_city() -> None:
    x = extract("The safety area was requested by Berlin police, the organizers said.")
    assert "Germany" not in {e.name for e in x.entities if e.kind == "country"}


def test_capitals_two_capitals_that_disagree_are_their_countries() -> None:
    places = _places("Paris and Berlin disagreed on the budget again.")
    assert places["Paris"].kind == "country" and places["Berlin"].kind == "country"


def test_capitals_the_seat_of_a_union_that_acts_is_not_its_country() -> None:
    places = _places("Brussels fined the carmaker 2 billion euros on Tuesday.")
    assert places["Brussels"].kind == "place"  # the European Union's seat, not Belgium acting


def test_capitals_a_capital_glued_to_a_word_of_backing_is_the_backing_state() -> None:
    places = _places("Tehran-backed militias fired rockets at the base.")
    assert places["Tehran"].kind == "country" and places["Tehran"].code == "IR"
    assert _places("A Kabul-based aid group said 12 died.")["Kabul"].kind == "place"


def test_capitals_after_a_modal_and_be_with_a_verb_in_ing_act() -> None:
    places = _places("Officials said Ankara and Athens will be seeking new talks at the summit.")
    assert places["Ankara"].code == "TR" and places["Athens"].code == "GR"


def test_capitals_with_any_adverb_in_ly_before_the_verb_act() -> None:
    places = _places(
        "It was the largest bomb Pyongyang has ever tested, and Tehran has constantly threatened to retaliate. "
        "Despite Moscow and Ankara loudly and repeatedly denouncing the strike, it went ahead."
    )
    assert places["Pyongyang"].code == "KP" and places["Tehran"].code == "IR"
    assert places["Moscow"].code == "RU" and places["Ankara"].code == "TR"


def test_capitals_that_exchange_resume_or_conduct_act() -> None:
    places = _places(
        "Ministers said Ankara and Baghdad continue to exchange accusations over the dam. The adviser suggested "
        "that Tehran resume talks. If Pyongyang conducts another test, sanctions will follow."
    )
    assert places["Ankara"].code == "TR" and places["Baghdad"].code == "IQ"
    assert places["Tehran"].code == "IR" and places["Pyongyang"].code == "KP"


def test_capitals_with_an_irregular_participle_or_needs_to_act() -> None:
    places = _places("The strike came after Tehran had given warnings to shipping. Officials say Baghdad needs to "
                     "seek new loans. Kabul has become a crowded city.")  # fmt: skip
    assert places["Tehran"].code == "IR" and places["Baghdad"].code == "IQ"
    assert places["Kabul"].kind == "place"


def test_capitals_asked_to_act_between_for_and_to() -> None:
    places = _places("Diplomats called for Caracas to release the detainees.")
    assert places["Caracas"].code == "VE"
    assert _places("She bought tickets for Caracas and flew there.")["Caracas"].kind == "place"


def test_capitals_feelings_abilities_and_media_after_the_possessive() -> None:
    places = _places("Much to Ankara's chagrin, the vote passed. Analysts noted Moscow's inability to broker a deal. "
                     "The claim was carried by Tehran's state media.")  # fmt: skip
    assert places["Ankara"].code == "TR" and places["Moscow"].code == "RU" and places["Tehran"].code == "IR"


def test_capitals_blamed_for_a_deed_or_in_a_war_of_words_act() -> None:
    places = _places("Seoul said the blasts were blamed on Pyongyang. A war of words between Ankara and Paris grew.")
    assert places["Pyongyang"].code == "KP" and places["Ankara"].code == "TR" and places["Paris"].code == "FR"


def test_capitals_given_as_examples_of_cities_stay_cities() -> None:
    places = _places("Asian cities like Bangkok have pledged to cut pollution, and capitals such as Hanoi said the "
                     "same.")  # fmt: skip
    assert places["Bangkok"].kind == "place" and places["Hanoi"].kind == "place"


def test_capitals_a_capital_that_something_befalls_stays_a_city() -> None:
    places = _places("Cairo has also historically and regularly suffered from smog, and Tehran has repeatedly "
                     "experienced floods.")  # fmt: skip
    assert places["Cairo"].kind == "place" and places["Tehran"].kind == "place"


def test_capitals_with_a_state_of_mind_after_a_copula_act() -> None:
    places = _places("Ankara is also concerned about the dam. Tehran was unwilling to talk. Kabul was quiet.")
    assert places["Ankara"].code == "TR" and places["Tehran"].code == "IR" and places["Kabul"].kind == "place"


def test_capitals_another_spelling_acts_only_in_the_article_that_uses_it() -> None:
    first = _places("Kiev warned Moscow on Sunday that talks would stall.")
    second = _places("Washington warned Moscow on Sunday that talks would stall.")
    again = _places("Kiev warned Moscow on Sunday that talks would stall.")
    assert first["Kiev"].code == "UA" and again["Kiev"].code == "UA"
    assert second["Washington"].code == "US" and first["Moscow"].code == "RU"


def test_capitals_first_of_two_acts_when_the_second_has_two_words() -> None:
    places = _places("Doha and New Delhi warned of reprisals. Later, Riyadh and Abu Dhabi called for calm.")
    assert places["Doha"].code == "QA" and places["New Delhi"].code == "IN"
    assert places["Riyadh"].code == "SA" and places["Abu Dhabi"].code == "AE"
    cities = _places("Direct flights between Riyadh and Kuwait City resumed this week.")
    assert cities["Riyadh"].kind == "place" and cities["Kuwait City"].kind == "place"


def test_capitals_a_list_of_capitals_before_a_listed_verb_all_act() -> None:
    places = _places("Canberra, Wellington and Tokyo condemned the test on Friday.")
    assert places["Canberra"].code == "AU" and places["Wellington"].code == "NZ" and places["Tokyo"].code == "JP"
    cities = _places("Flights between Canberra, Wellington and Tokyo resumed on Friday.")
    assert cities["Canberra"].kind == "place" and cities["Tokyo"].kind == "place"


def test_capitals_between_two_parties_after_a_noun_of_dealings_and_where_it_is_held() -> None:
    places = _places("Officials said the talks in Oslo between Kabul and the Taliban stalled again.")
    assert places["Kabul"].code == "AF" and places["Oslo"].kind == "place"
    cities = _places("Flights in Europe between Oslo and Berlin resumed.")
    assert cities["Oslo"].kind == "place" and cities["Berlin"].kind == "place"


def test_capitals_a_capital_opening_a_clause_after_comma_and_acts() -> None:
    places = _places("Ottawa has recalled its envoy, and Canberra has withdrawn its trade team as well.")
    assert places["Canberra"].code == "AU" and places["Ottawa"].code == "CA"
    listed = _places("Ferries between Helsinki, Tallinn, and Stockholm resumed on Monday.")
    assert listed["Stockholm"].kind == "place"


def test_capitals_act_with_an_irregular_participle() -> None:
    places = _places("Officials said Tehran had fought a proxy war for years and Washington has led the response.")
    assert places["Tehran"].code == "IR" and places["Washington"].code == "US"


def test_capitals_act_with_an_irregular_past() -> None:
    places = _places("Yerevan froze the talks on Monday after Baku withdrew its negotiators.")
    assert places["Yerevan"].code == "AM" and places["Baku"].code == "AZ"
