"""Place names the words around them show to name something else, or to lie elsewhere
(`components/entities/misreads.py`), on sentences written for these tests."""

from __future__ import annotations

from sitrep.pipeline import extract
from tests.place_helpers import near as _near
from tests.place_helpers import places_of as _places


def test_misreads_title_in_quotation_marks_is_no_place() -> None:
    places = _places("The actor flew in from the set of “Dayton,” a crime drama, and later toured Dayton.")
    assert [m.text for m in places["Dayton"].mentions] == ["Dayton"]
    assert places["Dayton"].mentions[0].start > 60


def test_misreads_publication_after_capital_the_is_no_place() -> None:
    places = _places("According to a long report by The Atlantic, the charity kept a list of names.")
    assert "Atlantic" not in places
    assert "Atlantic" in _places("Two tankers crossed the Atlantic in March.")


def test_misreads_town_heading_an_organization_is_no_place() -> None:
    places = _places("He chairs the Alliance for Rural Schools, a lobby group based in Ohio.")
    assert "Alliance" not in places
    assert "Ohio" in places


def test_misreads_town_before_a_street_word_is_the_street() -> None:
    places = _places("Officers closed E. TOLEDO AVE. after the crash, the sheriff said.")
    assert "TOLEDO" not in places
    assert _near(_places("A Toledo street vendor was robbed on Monday.")["Toledo"], 41.66, -83.56)
    assert _near(_places("The vendor moved to Toledo")["Toledo"], 41.66, -83.56)  # a name ending the text


def test_misreads_capitals_acronym_in_running_text_is_no_place() -> None:
    places = _places("Lawmakers debated DACA protections for two hours on Tuesday.")
    assert "DACA" not in places
    assert "SEOUL" in _places("SEOUL (Reuters) - Officials met on Tuesday.")


def test_misreads_name_after_kinship_word_is_a_person() -> None:
    text = "The farmer and his wife Kali sold the land last year."
    assert "Kali" not in _places(text)


def test_misreads_name_set_off_after_a_kinship_or_person_noun_is_a_person() -> None:
    assert "Adelaide" not in _places("The suspect's mother, Adelaide, told reporters he was innocent.")
    assert "Jordan" not in _places("The victim, Jordan, was 19 and lived with her son Chad.")
    assert "Chad" not in _places("The victim lived with her son Chad.")
    places = _places("Troops from his brother's unit, in Jordan, met Mother Russia's envoy.")
    assert places["Jordan"].code == "JO" and places["Russia"].code == "RU"


def test_misreads_washington_after_a_us_town_is_the_state() -> None:
    places = _places("The rocket maker is based in Kent, Washington, near Seattle.")
    assert places["Washington"].lat is None and places["Washington"].kind == "place"
    assert _near(places["Kent"], 47.38, -122.23)


def test_misreads_city_named_like_a_state_in_a_list_of_states_is_the_state() -> None:
    places = _places("Members lived in Ohio, Oregon, New York and Washington, the group said.")
    assert places["New York"].lat is None
    assert places["Washington"].lat is None


def test_misreads_washington_dc_stays_the_city() -> None:
    places = _places("She moved from Ohio to Washington, D.C., in 2015.")
    assert _near(places["Washington"], 38.9, -77.04)


def test_misreads_place_qualified_by_another_state_keeps_no_point() -> None:
    places = _places("She retired to North Manchester, Indiana, where her sister lives.")
    assert _near(places["North Manchester"], 41.00, -85.77)  # the town of Indiana (GeoNames cities1000), not England


def test_misreads_city_named_venue_in_a_story_elsewhere_keeps_no_point() -> None:
    text = (
        "Shots rang out near the Strip in Las Vegas, Nevada. Guests fled the Luxor Hotel, and one said the noise "
        "came from either Mandalay or Luxor."
    )
    places = _places(text)
    assert places["Luxor"].lat is None
    assert _near(places["Las Vegas"], 36.17, -115.14)
    assert _near(_places("Tourists returned to Luxor and its temples, Egypt's ministry said.")["Luxor"], 25.7, 32.64)


def test_misreads_city_before_its_own_state_code_stays_the_city() -> None:
    places = _places("New York, NY – The firm opened a second office this spring.")
    assert _near(places["New York"], 40.71, -74.0)


def test_misreads_name_after_a_years_possessive_is_a_work() -> None:
    places = _places("The band played 1974's Memphis and other songs in Denver.")
    assert "Memphis" not in places
    assert "Denver" in places


def test_misreads_name_glued_to_a_letter_code_is_a_product() -> None:
    places = _places("The phone ships with its S-Pen and a case, the Seoul-based maker said.")
    assert "Pen" not in places
    assert "Seoul" in places


def test_misreads_an_everyday_word_opening_a_sentence_names_no_facility() -> None:
    x = extract("Memo: Federal prison guards falsified records. Evin prison held him for a year.")
    assert [e.name for e in x.entities if e.kind == "place"] == ["Evin prison"]


def test_misreads_a_city_named_like_a_state_after_a_direction_is_the_state() -> None:
    x = extract("Snow closed schools in upstate New York, and storms hit western New York on Friday.")
    places = {m.text: e for e in x.entities if e.kind == "place" for m in e.mentions}
    assert places["New York"].name == "New York" and places["New York"].lat is None
    assert places["western New York"].lat is None  # an area of the state, not Manhattan
    assert _near(_places("The mayor of New York spoke.")["New York"], 40.71, -74.01)


def test_misreads_a_two_word_name_after_a_kinship_noun_and_of_is_a_person() -> None:
    x = extract("The daughter of Aung San, the independence hero, met the press.")
    assert {e.kind for e in x.entities if e.name == "Aung San"} == {"person"}
    places = _places("The son of San Antonio's mayor was hurt in a crash.")
    assert _near(places["San Antonio"], 29.42, -98.49)


def test_misreads_a_name_set_off_before_a_person_noun_after_a_speech_verb_is_a_person() -> None:
    x = extract('"The shelling never stops," said Phoenix, a medic from Odesa.')
    assert "Phoenix" in {e.name for e in x.entities if e.kind == "person"}
    assert "Phoenix" not in _places('"The shelling never stops," said Phoenix, a medic from Odesa.')
    assert "Phoenix" in _places("Phoenix, a city of 1.6 million, is in Arizona.")
    assert "Mosul" in _places("In Mosul, a teacher at the old school said the road was shut.")



def test_misreads_a_town_glued_to_a_name_by_a_hyphen_opens_that_name() -> None:
    x = extract("Lin Wei, a fellow at the Carnegie-Tsinghua Center, said talks would resume.")
    assert not [e for e in x.entities if e.kind == "place"]
    y = extract("Trucks crossed on the Baghdad-Damascus highway on Sunday.")
    assert {e.name for e in y.entities if e.kind == "place"} == {"Baghdad", "Damascus"}


def test_misreads_a_small_town_after_a_given_names_possessive_ends_a_name() -> None:
    x = extract("She summered on Martha's Vineyard before she starred in Dawson's Creek.")
    assert not [e for e in x.entities if e.kind == "place"]


def test_misreads_a_town_after_a_known_persons_possessive_stays_a_town() -> None:
    places = _places("Barack Obama spoke on Monday. Obama's Chicago home was sold in Illinois.")
    assert _near(places["Chicago"], 41.85, -87.65)


def test_misreads_town_named_craft_is_no_place() -> None:
    places = _places("The agency said Meridian would fly in May. The Meridian capsule was rolled out near Salta.")
    assert "Meridian" not in places and "Salta" in places
    assert "Pendleton" in _places("Troops left Pendleton on Monday.")
