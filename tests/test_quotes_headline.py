"""Speech in an article's headline (components/quotes/headline.py): "Roe: …", "…, Roe Says", "Roe Says …". Sentences
written for these tests."""

from __future__ import annotations

from sitrep.components.quotes.headline import title_case
from sitrep.pipeline import get_nlp
from tests.test_quotes import only, person, quotes_of, speaker_text

_BODY = "\n\nThe senator spoke to farmers in Iowa on Monday."


def test_headline_name_and_colon_give_the_name_s_words() -> None:
    text = "Jo Marley: Farm Prices Will Fall Again This Winter." + _BODY
    quote = only(quotes_of(text, [person("E1", text, "Jo Marley")]))
    assert quote.kind == "indirect"
    assert quote.text == "Farm Prices Will Fall Again This Winter"
    assert speaker_text(quote) == "Jo Marley"


def test_headline_name_no_entity_knows_speaks_for_no_one() -> None:
    assert quotes_of("Breaking News: Farm Prices Will Fall Again This Winter." + _BODY) == []


def test_headline_place_before_a_colon_speaks_for_no_one() -> None:
    text = "Kabul: Farm Prices Will Fall Again This Winter." + _BODY
    assert quotes_of(text, [person("E1", text, "Kabul", kind="place")]) == []


def test_headline_title_before_a_colon_speaks_for_no_one() -> None:
    assert quotes_of("The Latest: Farm prices fall again in the north." + _BODY) == []
    assert quotes_of("Stealth Over Health: Farm prices fall again in the north." + _BODY) == []


def test_headline_colon_inside_a_paragraph_is_no_headline() -> None:
    text = "Jo Marley: farm prices will fall again. The senator spoke to farmers."
    assert quotes_of(text, [person("E1", text, "Jo Marley")]) == []


def test_headline_in_title_case_capitalized_verb_after_the_speaker_is_a_cue() -> None:
    quote = only(quotes_of("Farm Prices Will Fall Again This Winter, Jo Marley Says." + _BODY))
    assert quote.text == "Farm Prices Will Fall Again This Winter"
    assert speaker_text(quote) == "Jo Marley"


def test_headline_in_title_case_capitalized_verb_before_the_clause_is_a_cue() -> None:
    quote = only(quotes_of("Jo Marley Says Farm Prices Will Fall Again." + _BODY))
    assert quote.text == "Farm Prices Will Fall Again"
    assert speaker_text(quote) == "Jo Marley"


def test_headline_in_capitals_is_no_title_case() -> None:
    nlp = get_nlp()
    assert not title_case(nlp.make_doc("FARM PRICES WILL FALL, MARLEY SAYS"), 7)
    assert title_case(nlp.make_doc("Farm Prices Will Fall, Marley Says"), 7)


def test_headline_in_title_case_past_verb_is_no_cue() -> None:
    assert quotes_of("Jo Marley Told Farm Prices Would Fall Again." + _BODY) == []


def test_headline_marks_inside_a_title_case_report_are_no_direct_quote() -> None:
    quote = only(quotes_of("‘Truther’ Jo Marley Is Wrong About Farms, Ana Vale Says." + _BODY))
    assert quote.kind == "indirect"
    assert speaker_text(quote) == "Ana Vale"


def test_headline_question_after_a_colon_is_no_one_s_words() -> None:
    text = "Jo Marley: Reformer Or Career Politician?" + _BODY
    assert quotes_of(text, [person("E1", text, "Jo Marley")]) == []


def test_headline_body_before_a_colon_is_a_label() -> None:
    text = "Delta Survey: Farm Prices Will Fall Again This Winter." + _BODY
    assert quotes_of(text, [person("E1", text, "Delta Survey", kind="organization")]) == []
