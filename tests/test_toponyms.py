"""Which place a place name means (`components/entities/toponyms.py` and the city part of `lexicon.py`), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.components.entities.lexicon import _skeleton, gazetteer
from sitrep.pipeline import extract
from tests.place_helpers import near as _near
from tests.place_helpers import places_of as _places


@pytest.mark.parametrize(
    ("written", "geonames"),
    [("Al Fallūjah", "Fallujah"), ("‘Afrīn", "Afrin"), ("Mykolayiv", "Mykolaiv"), ("Khān Yūnis", "Khan Younis"),
     ("Syevyerodonets’k", "Severodonetsk"), ("Odesa", "Odessa")],
)  # fmt: skip
def test_skeleton_transliterations_agree(written: str, geonames: str) -> None:
    assert _skeleton(written) == _skeleton(geonames)


def test_skeleton_different_names_differ() -> None:
    assert _skeleton("Kolkata") != _skeleton("Calcutta")
    assert _skeleton("Mosul") != _skeleton("Misrata")


def test_toponyms_transliterated_spellings_are_found() -> None:
    places = _places("Shelling hit Fallujah and Khan Younis on Monday, and drones struck Mykolaiv overnight.")
    assert _near(places["Fallujah"], 33.35, 43.78)
    assert _near(places["Khan Younis"], 31.34, 34.31)
    assert _near(places["Mykolaiv"], 46.97, 32.0)


def test_toponyms_aliases_are_never_people_or_words() -> None:
    gaz = gazetteer()
    for name in ("Sophia", "Ahmad", "Stalin", "Paris of the North"):
        entry = gaz.lookup(name)
        assert entry is None or entry.kind != "place", name


def test_toponyms_shared_spelling_goes_to_the_larger_city() -> None:
    places = _places("Missiles struck the port of Odessa, and Calcutta sent aid.")
    assert _near(places["Odessa"], 46.48, 30.73)  # Odesa, Ukraine, not Odessa, Texas
    assert _near(places["Calcutta"], 22.57, 88.36)  # Kolkata, not a small town of that name


def test_toponyms_new_york_alone_is_the_city() -> None:
    places = _places("Police in New York said the suspect had lived in New York State for years.")
    assert _near(places["New York"], 40.71, -74.0)
    assert places["New York State"].lat is None and places["New York State"].kind == "place"


def test_toponyms_states_and_provinces_lie_at_no_nearby_city() -> None:
    places = _places(
        "An Ohio man threatened to attack a casino in Las Vegas. A helicopter crashed in Logar province, south of "
        "Kabul, and a missile flew over the Korean Peninsula near Seoul."
    )
    assert places["Ohio"].lat is None
    assert places["Logar province"].kind == "place" and places["Logar province"].lat is None
    assert places["Korean Peninsula"].lat is None
    assert _near(places["Kabul"], 34.53, 69.17)


def test_toponyms_facility_still_lies_at_its_city() -> None:
    places = _places("The men were held at Evin prison in Tehran.")
    assert _near(places["Evin prison"], 35.69, 51.42)


def test_toponyms_sentence_opening_word_is_no_town() -> None:
    text = "The elephant was found dead in the forest. Forest officials said it had eaten a coconut."
    assert "Forest" not in _places(text)


def test_toponyms_sentence_opening_town_stays() -> None:
    places = _places("Forest lies south of the Belgian capital. Police in Forest said the road was closed.")
    assert "Forest" in places


def test_toponyms_town_ending_a_longer_name_is_no_town() -> None:
    places = _places("Ryosuke Kinoshita, a student, said the gunman fled to Sutherland Springs, Texas, from Kabul.")
    assert "Kinoshita" not in places and "Springs" not in places
    assert _near(places["Kabul"], 34.53, 69.17)


def test_toponyms_sentence_opening_verb_before_a_town_keeps_it() -> None:
    places = _places("Visiting Kabul, the envoy met officials.")
    assert _near(places["Kabul"], 34.53, 69.17)


def test_toponyms_small_town_spelling_needs_its_country() -> None:
    about_iraq = _places("Iraqi forces retook Tikrit, the army of Iraq said.")
    assert _near(about_iraq["Tikrit"], 34.6, 43.68)
    assert "Tikrit" not in _places("A firm called Tikrit sold shoes in Ohio.")


def test_toponyms_place_inside_an_organization_name_is_no_place() -> None:
    places = _places("The head of the Russian State Duma's committee spoke in Moscow.")
    assert "Duma" not in places and "Moscow" in places


def test_toponyms_british_counties_and_districts_in_a_british_story() -> None:
    places = _places(
        "Police in Norfolk and Suffolk said the two men were held at Belmarsh before a hearing in Westminster. "
        "London officials said the men had lived in Britain for years."
    )
    assert places["Norfolk"].kind == "place" and places["Norfolk"].lat is None  # the county, an area
    assert places["Suffolk"].lat is None
    assert _near(places["Westminster"], 51.50, -0.13)  # not Westminster, Colorado
    assert _near(places["Belmarsh"], 51.50, 0.09)


def test_toponyms_american_namesake_wins_in_an_american_story() -> None:
    places = _places(
        "The destroyer returned to Norfolk on Monday. The United States Navy said the ship would leave the "
        "United States again in May, and Texas and Ohio sent crews."
    )
    assert _near(places["Norfolk"], 36.85, -76.29)


def test_toponyms_us_state_is_no_foreign_town_of_its_name() -> None:
    places = _places("The storm struck Florida on Monday. Engineers met in San Diego, California, U.S., on Friday.")
    assert places["Florida"].lat is None  # the state, not Florida, Cuba
    assert places["California"].lat is None  # the state, not the town of California, Maryland
    assert _near(places["San Diego"], 32.72, -117.16)


def test_toponyms_day_before_a_country_is_no_place() -> None:
    places = _places("Thursday, United States forces struck a convoy. On Tuesday, British officials met.")
    assert "Thursday" not in places and "Tuesday" not in places
    assert places["United States"].kind == "country"


def test_toponyms_feature_takes_no_city_named_near_it() -> None:
    places = _places("The missile fell into the sea east of Cape Erimo. Residents of Tokyo and Sapporo woke early.")
    assert _near(places["Cape Erimo"], 41.93, 143.24)  # the town it is named after, not Tokyo's or Sapporo's point


def test_toponyms_city_inside_a_facility_name_must_fit_the_story() -> None:
    places = _places(
        "The gunman fired from the Mandalay Bay hotel, police in Las Vegas said. He died at John Radcliffe "
        "Hospital in Oxford, officials in the United States and Britain said."
    )
    assert not _near(places["Mandalay Bay"], 21.97, 96.08)  # not Mandalay, Myanmar
    assert _near(places["John Radcliffe Hospital"], 51.75, -1.26)  # Oxford, not Radcliffe near Manchester


def test_toponyms_another_name_of_a_big_city_weighs_little() -> None:
    places = _places("Pilgrims gathered in Bethlehem for the holiday.")
    assert not _near(places["Bethlehem"], -1.46, -48.50)  # not Belém, Brazil, whose other name it is


def test_toponyms_natural_features_and_security_places_are_found() -> None:
    places = _places(
        "Boats crossed the Aegean while drones flew over the Negev. Militias near Tal Afar and Abu Kamal moved "
        "toward Sulaimaniyah, and troops left Bagram."
    )
    assert {"Aegean", "Negev", "Tal Afar", "Abu Kamal", "Sulaimaniyah", "Bagram"} <= places.keys()
    assert _near(places["Tal Afar"], 36.38, 42.45)
    assert places["Abu Kamal"].kind == "place"  # not a person named with "Abu"


def test_toponyms_city_whose_name_opens_with_a_facility_word_keeps_its_place() -> None:
    places = _places("Police in Fort Worth and Fort Lauderdale said the men were held at Fort Bragg.")
    assert _near(places["Fort Worth"], 32.73, -97.32)
    assert _near(places["Fort Lauderdale"], 26.12, -80.14)
    assert _near(places["Fort Bragg"], 35.14, -79.0)


def test_toponyms_georgia_is_the_state_in_an_american_story() -> None:
    places = _places("He grew up in Atlanta, Georgia, and later moved to Texas.")
    assert places["Georgia"].kind == "place" and places["Georgia"].code is None
    places = _places("Russia sent troops into Georgia, and Tbilisi asked the United States for help.")
    assert places["Georgia"].kind == "country" and places["Georgia"].code == "GE"


def test_toponyms_town_name_that_speaks_is_a_person() -> None:
    entities = extract(
        '"The taboo remains," Nakano said. "We could not fish," said Narita, a fisherman. Police in Manchester '
        "said the road was shut, and Moscow said it would respond."
    ).entities
    kinds = {m.text: e.kind for e in entities for m in e.mentions}
    assert kinds["Nakano"] == "person" and kinds["Narita"] == "person"
    assert kinds["Manchester"] == "place"  # "police in Manchester said": the town
    assert kinds["Moscow"] == "country"  # a capital that speaks is its country


def test_toponyms_big_cities_once_blocked_are_found() -> None:
    places = _places("Talks in Rome ended, and flights from Leeds and Bristol to Tampa were cancelled.")
    assert _near(places["Rome"], 41.89, 12.51)
    assert _near(places["Leeds"], 53.80, -1.55) and _near(places["Bristol"], 51.46, -2.60)
    assert _near(places["Tampa"], 27.95, -82.46)


def test_toponyms_a_big_capital_beats_a_small_namesake_in_the_country_the_article_is_about() -> None:
    text = "The senator flew from Washington to Paris. In Texas, the governor said the United States would respond."
    paris = _places(text)["Paris"]
    assert paris.lat is not None and paris.lat > 45  # France's capital, not the town in Texas
    qualified = _places("The fair in Paris, Texas drew crowds from Dallas.")["Paris"]
    assert qualified.lat is not None and qualified.lat < 40


def test_toponyms_base_named_after_a_person_is_not_in_the_town_of_that_name() -> None:
    places = _places("The Pentagon tested interceptors at Alaska's Fort Greeley, and troops at FOB Salerno came "
                     "under fire. Police in Fort Worth said nothing.")  # fmt: skip
    assert places["Fort Greeley"].lat is None  # not Greeley, Colorado
    assert places["FOB Salerno"].lat is None  # not Salerno, Italy
    assert _near(places["Fort Worth"], 32.73, -97.32)


def test_toponyms_facility_written_in_an_unknown_town_takes_no_nearby_city() -> None:
    places = _places("The gunman in Las Vegas fired from a hotel. Last month a man opened fire in a Baptist "
                     "church in Sutherland Springs, killing 26.")  # fmt: skip
    assert "Baptist church" not in places or places["Baptist church"].lat is None  # a faith's church names no place
    assert _near(places["Las Vegas"], 36.17, -115.14)
    places = _places("The gunman in Las Vegas fired from a hotel. Last month a man opened fire in Bexar prison in "
                     "Sutherland Springs, killing 26.")  # fmt: skip
    assert places["Bexar prison"].lat is None


def test_toponyms_big_city_named_like_its_province_keeps_its_coordinates() -> None:
    places = _places("Mourners filled the streets of Kerman, and police in Jerusalem closed the old city.")
    assert _near(places["Kerman"], 30.28, 57.08)
    assert _near(places["Jerusalem"], 31.77, 35.22)


def test_toponyms_place_takes_no_country_from_a_demonym_or_a_capital_after_it() -> None:
    x = extract("Speaking in the Japanese city of Osaka, British officials said Japan was a friend. Having "
                "witnessed the end of the Soviet Union, Beijing has calculated its moves.")  # fmt: skip
    by_id = {e.id: e.name for e in x.entities}
    places = {e.name: e for e in x.entities if e.kind == "place"}
    assert by_id[places["Osaka"].attributes["country"]] == "Japan"
    assert "country" not in places["Soviet Union"].attributes


def test_toponyms_title_before_park_is_a_person_not_a_park() -> None:
    x = extract("Both South Korean President Park and the Japanese prime minister spoke. Crowds gathered in Gorky "
                "Park in Moscow.")  # fmt: skip
    places = {e.name for e in x.entities if e.kind == "place"}
    assert not any("President" in name for name in places)
    assert "Gorky Park" in places


def test_toponyms_town_of_the_story_country_beats_a_foreign_namesake_its_country_never_named() -> None:
    places = _places("The financier, who owned homes in Manhattan and Palm Beach, was held in a federal jail in "
                     "New York. Prosecutors in Florida had charged him, U.S. officials said.")  # fmt: skip
    assert _near(places["Palm Beach"], 26.71, -80.04)  # Florida, not Queensland


def test_toponyms_big_foreign_city_beats_a_small_namesake_at_home() -> None:
    places = _places("The U.S. envoy met Ukrainian officials in Warsaw, Texas senators said, and American "
                     "diplomats in Washington agreed.")  # fmt: skip
    assert _near(places["Warsaw"], 52.23, 21.01)


def test_toponyms_regions_named_in_english_are_whole_places() -> None:
    places = _places("The top security official in North Rhine-Westphalia said police in Bavaria and Tuscany "
                     "were on alert, and a man from Ontario, Calif., was held.")  # fmt: skip
    assert places["North Rhine-Westphalia"].name == "North Rhine-Westphalia"  # not "North Rhine" and the Rhine
    assert "Rhine" not in places
    assert _near(places["Tuscany"], 43.4, 11.1, km=150)  # Italy's, not a district of Calgary
    assert _near(places["Ontario"], 34.06, -117.65)  # the Californian city, written with its state


def test_toponyms_abbreviated_fort_is_a_base_named_after_a_person() -> None:
    places = _places("Interceptors were placed at Ft. Greely, in Alaska, and at Fort Greely's silos.")
    assert _near(places["Ft. Greely"], 63.98, -145.73)  # the base itself, not Greeley, Colorado


def test_toponyms_sentence_adverb_before_a_country_is_no_place() -> None:
    places = _places("Prices fell. “Moreover, Russia failed to cut output. Separately, Norway said it would. "
                     "Marjayoun, Lebanon, was shelled.")  # fmt: skip
    assert "Moreover" not in places and "Separately" not in places
    assert places["Marjayoun"].kind == "place"


def test_toponyms_large_city_of_the_story_country_beats_a_foreign_capital_of_its_name() -> None:
    places = _places("Lebanese troops deployed in Tripoli after clashes, and Lebanon's army said Beirut was calm. "
                     "Lebanese officials met in Sidon.")  # fmt: skip
    assert _near(places["Tripoli"], 34.44, 35.85)  # Lebanon's, not Libya's capital
    places = _places("Flights to Paris were cancelled, Texas officials said. Dallas and Houston were hit.")
    assert _near(places["Paris"], 48.85, 2.35)  # a small Texan Paris does not outweigh France's capital


def test_toponyms_word_before_a_person_named_like_a_country_is_no_place() -> None:
    x = extract("Later, Jordan Peterson told reporters he had left. Marjayoun, Lebanon, was shelled.")
    assert [e.name for e in x.entities if e.kind == "place"] == ["Marjayoun"]
    assert any(e.kind == "person" and e.name == "Jordan Peterson" for e in x.entities)


def test_toponyms_state_the_story_names_settles_a_town_name() -> None:
    places = _places("A gunman opened fire at a high school in Parkland on Wednesday, Florida police said.")
    assert _near(places["Parkland"], 26.31, -80.24)  # Florida is a state here, though towns abroad share its name
    places = _places("A student opened fire at a high school in Santa Fe, killing ten, and the governor of Texas "
                     "ordered flags lowered across Texas.")  # fmt: skip
    assert _near(places["Santa Fe"], 29.38, -95.10)  # the Texan town, not New Mexico's capital


def test_toponyms_hyphenated_spelling_of_a_small_town_is_found_in_its_country() -> None:
    places = _places("Afghan forces said the Taliban attacked Pul-e-Khumri on Monday, and Afghanistan's army said "
                     "Afghan police had retaken it.")  # fmt: skip
    assert _near(places["Pul-e-Khumri"], 35.94, 68.72)


def test_toponyms_security_sites_of_the_news_have_coordinates() -> None:
    places = _places("Missiles hit Nevatim air base and Russia's Hmeimim air base; Kerem Shalom crossing was shut, "
                     "and a drone struck the Kerch Bridge.")  # fmt: skip
    assert _near(places["Nevatim air base"], 31.21, 35.01)
    assert _near(places["Hmeimim air base"], 35.40, 35.95)
    assert _near(places["Kerem Shalom crossing"], 31.23, 34.28)
    assert _near(places["Kerch Bridge"], 45.31, 36.51)


def test_toponyms_brand_and_currency_named_like_small_towns_are_no_places() -> None:
    places = _places("Sterling fell against the dollar, and Honda said its plant in Ohio would close.")
    assert "Sterling" not in places and "Honda" not in places
    assert "Ohio" in places


def test_toponyms_small_town_name_that_opens_a_firm_name_is_its_short_form() -> None:
    text = (
        "Iraq banned the carrier Tikrit Air on Monday. Tikrit has flown cargo for years, officials in Baghdad "
        "said, and Iraq will review its permit."
    )
    assert "Tikrit" not in _places(text)


def test_toponyms_city_named_with_a_direction_and_a_facility_word_is_the_city() -> None:
    places = _places("Two cars collided in North Richland Hills on Monday night.")
    assert _near(places["North Richland Hills"], 32.83, -97.23)


def test_toponyms_facility_after_a_states_possessive_takes_no_nearby_city() -> None:
    places = _places("The Pentagon tested interceptors at Alaska's Camp Bravo on Friday, officials in Dallas said.")
    assert places["Camp Bravo"].lat is None  # somewhere in Alaska, not in Dallas


def test_toponyms_a_place_in_a_list_of_countries_lies_in_none_of_them() -> None:
    x = extract("The last places went to Georgia, North Macedonia, Kosovo, Belarus and Romania.")
    kosovo = next(e for e in x.entities if e.name == "Kosovo")
    assert "country" not in kosovo.attributes


def test_toponyms_planets_benchmarks_and_abbreviations_are_no_towns() -> None:
    x = extract("Brent crude fell while Fortune 500 firms gained. Probes studied Jupiter and Mars, Sens. Lee said.")
    assert not [e.name for e in x.entities if e.kind == "place"]
    assert _near(_places("He retired to Jupiter, Florida, in May.")["Jupiter"], 26.93, -80.09)


def test_toponyms_no_place_inside_a_longer_place_name_that_won() -> None:
    x = extract("Bushfires burned across New South Wales on Monday.")
    assert [e.name for e in x.entities if e.kind == "place"] == ["New South Wales"]


def test_toponyms_a_shared_country_name_is_the_country_whose_places_the_article_names() -> None:
    east = _places("Rebels seized Goma, and the army of Congo vowed to retake it.")
    west = _places("Brazzaville and Pointe-Noire were calm, the government of Congo said.")
    assert east["Congo"].code == "CD" and west["Congo"].code == "CG"


def test_toponyms_no_country_inside_a_place_name_that_lies_elsewhere() -> None:
    x = extract("Ships crossed the Indian Ocean, and officials in British Columbia and Iraqi Kurdistan agreed.")
    assert sorted(e.code for e in x.entities if e.kind == "country") == ["IQ"]


def test_toponyms_an_arena_is_a_facility_at_the_city_its_name_holds() -> None:
    places = _places("Survivors of the Manchester Arena attack gave evidence on Monday.")
    assert _near(places["Manchester Arena"], 53.48, -2.24)


def test_toponyms_st_spells_saint_so_the_larger_city_wins() -> None:
    places = _places("Estonian officials said the drones flew in from the direction of St. Petersburg.")
    assert _near(places["St. Petersburg"], 59.94, 30.31)
    places = _places("A storm flooded streets in St. Petersburg, Florida, on Tuesday.")
    assert _near(places["St. Petersburg"], 27.77, -82.68)


def test_toponyms_a_short_form_cut_before_a_lower_case_word_is_the_city() -> None:
    places = _places("Shares of the carmaker fell in Frankfurt on Monday.")
    assert _near(places["Frankfurt"], 50.11, 8.68)


def test_toponyms_the_gulf_is_the_sea_of_the_countries_the_article_names() -> None:
    mexico = _places("Gunmen killed four men in Mexico's Gulf coast state of Tamaulipas.")
    assert mexico["Gulf"].name == "Gulf of Mexico"
    assert _places("Iran seized a tanker in the Gulf on Friday.")["Gulf"].name == "Persian Gulf"
    assert _places("Tanker rates rose as ships left the Gulf.")["Gulf"].name == "Persian Gulf"


def test_toponyms_a_verb_is_no_dutch_town() -> None:
    assert not [e for e in extract("The Fight Goes On: Senators Return").entities if e.kind == "place"]


def test_toponyms_a_square_named_after_a_town_lies_where_the_article_says() -> None:
    places = _places("In Petrozavodsk, marchers gathered on Kirov Square at noon.")
    assert _near(places["Kirov Square"], 61.78, 34.35)
    places = _places("A car bomb exploded on Jalalabad Road in Kabul.")
    assert _near(places["Jalalabad Road"], 34.53, 69.17)


def test_toponyms_a_small_town_after_a_name_of_first_names_is_the_surname() -> None:
    x = extract("Ohio voted for William Howard Taft that year, and Taft won.")
    assert "William Howard Taft" in {e.name for e in x.entities if e.kind == "person"}
    assert not [e for e in x.entities if e.kind == "place" and e.lat is not None]


def test_toponyms_world_regions_are_no_country_with_a_direction() -> None:
    places = _places("Migrants from Central America and West Africa reached the border.")
    assert _near(places["Central America"], 13.0, -86.0, km=1500) and places["Central America"].kind == "place"
    assert _near(places["West Africa"], 11.0, -3.0, km=1500)
    assert "America" not in places and "Africa" not in places


def test_toponyms_an_everyday_word_opening_a_sentence_is_no_town() -> None:
    x = extract("Forest officials said the elephant had eaten fruit. Airport security was tightened.")
    assert not [e for e in x.entities if e.kind == "place"]


def test_toponyms_a_country_name_before_a_us_state_is_a_town_there() -> None:
    places = _places("A barn burned in Lebanon, Pennsylvania, and police in Peru, Indiana, were called.")
    assert places["Lebanon"].kind == "place" and _near(places["Lebanon"], 40.34, -76.41)
    assert places["Peru"].kind == "place" and _near(places["Peru"], 40.75, -86.07)
    assert _places("Fighting in Lebanon, Syria and Iraq went on.")["Lebanon"].kind == "country"


def test_toponyms_a_whole_place_name_opening_with_a_first_name_is_no_person() -> None:
    places = _places("Dissidents were detained in Santiago de Cuba, Cuban exiles said.")
    assert _near(places["Santiago de Cuba"], 20.02, -75.82)


def test_toponyms_a_facility_in_a_wide_area_takes_no_point_from_its_middle() -> None:
    places = _places("Gunmen raided Camp Kassaro in Darfur, Sudan, and a prison in Tehran.")
    assert places["Camp Kassaro"].lat is None and places["Darfur"].lat is not None
    assert _near(_places("Guards beat inmates at Evin prison in Tehran.")["Evin prison"], 35.69, 51.42)


def test_toponyms_a_theatre_lies_only_at_a_town_written_right_after_it() -> None:
    text = ("Tour dates: June 9 – Bayshore Amphitheatre; June 12 – Atlanta, GA. The band then plays the "
            "Riverside Amphitheatre at Mountain View, California.")  # fmt: skip
    places = _places(text)
    assert places["Bayshore Amphitheatre"].lat is None  # not Atlanta, the next stop of the listing
    assert _near(places["Riverside Amphitheatre"], 37.39, -122.08)  # not Riverside, a town of California


def test_toponyms_a_part_of_a_city_lies_in_that_city() -> None:
    assert _near(_places("Shelling hit the Qaboun Hills neighbourhood of Damascus.")["Qaboun Hills neighbourhood"],
                 33.51, 36.29)  # fmt: skip
    assert _near(_places("A bomb went off in Kabul's Karte Parwan district.")["Karte Parwan district"], 34.53, 69.17)
    assert _places("Fighting hit Kandahar's Zhari district.")["Zhari district"].lat is None  # a town's country round


def test_toponyms_a_name_written_with_its_distance_from_a_city_lies_there() -> None:
    places = _places("Fighters held Tel Qaswar, about 30 km north of Mosul, Iraqi officials said.")
    assert _near(places["Tel Qaswar"], 36.61, 43.12, km=5)
    places = _places("The launch came from Dunmere, 300 km south of Seoul.")
    assert "Dunmere" not in places  # too far for a direction to put it anywhere near


def test_toponyms_a_district_of_a_city_is_no_province_of_another_country() -> None:
    places = _places("A building collapsed in the Salaheddin district of Aleppo, Syria.")
    assert _near(places["Salaheddin district"], 36.20, 37.16)


def test_toponyms_islands_rivers_and_regions_security_news_names_are_places() -> None:
    places = _places("Migrants landed on Crete and Lampedusa, and boats sank in the Mekong and the Indus.")
    assert {"Crete", "Lampedusa", "Mekong", "Indus"} <= places.keys()
    assert _near(places["Lampedusa"], 35.51, 12.60)
    places = _places("Fighting spread from Logar to South Kordofan and Kachin State as protests shook El Alto.")
    assert {"Logar", "South Kordofan", "Kachin State"} <= places.keys()
    assert _near(places["El Alto"], -16.50, -68.19)  # no city of GeoNames' tables
    assert _near(_places("Iraqi forces cleared Hawija on Monday.")["Hawija"], 35.33, 43.77)


def test_toponyms_a_shrine_or_a_mall_after_a_proper_name_is_a_named_place() -> None:
    places = _places("Gunmen stormed the Westgate shopping mall in Nairobi and a bomb hit the Data Darbar shrine "
                     "in Lahore.")  # fmt: skip
    assert _near(places["Westgate shopping mall"], -1.29, 36.82)
    assert _near(places["Data Darbar shrine"], 31.55, 74.34)


def test_toponyms_a_part_of_a_city_named_like_a_town_elsewhere_lies_in_the_city() -> None:
    places = _places("Police raided Rio de Janeiro's Jacarezinho favela and the Kibera slum of Nairobi.")
    assert _near(places["Jacarezinho favela"], -22.91, -43.17)  # not Jacarezinho, a town of Paraná
    assert _near(places["Kibera slum"], -1.29, 36.82)
    places = _places("He managed flats in the Dallas suburb of Mesquite, Tex., records show.")
    assert _near(places["Dallas"], 32.78, -96.81) and _near(places["Mesquite"], 32.77, -96.60)


def test_toponyms_a_city_written_without_its_accents_is_weighed_against_its_namesakes() -> None:
    assert _near(_places("Costa Rican police said the march in San Jose was calm.")["San Jose"], 9.93, -84.08)
    assert _near(_places("Nicaraguan police fired on protesters in Leon.")["Leon"], 12.43, -86.88)
    assert _near(_places("Spanish police arrested a man in Leon.")["Leon"], 42.60, -5.57)
    assert _near(_places("Apple opened an office in San Jose.")["San Jose"], 37.34, -121.89)  # the largest alone
    assert _near(_places("The firm moved from Leon to Guadalajara.")["Leon"], 21.12, -101.68)


def test_toponyms_scottish_names_the_united_kingdom_for_a_shared_town_name() -> None:
    assert _near(_places("Scottish police said the attack in Perth left one man injured.")["Perth"], 56.40, -3.43)
    assert _near(_places("Police said the attack in Perth left one man injured.")["Perth"], -31.95, 115.86)


def test_toponyms_a_province_with_a_capitalized_state_is_the_province() -> None:
    places = _places("Police in Kano State said gunmen also struck in Plateau State and Lagos State.")
    for name in ("Kano State", "Plateau State", "Lagos State"):
        assert places[name].kind == "place" and places[name].lat is None  # the state, not its city's point
    assert "Moscow State" not in _places("He studied at Moscow State University.")


def test_toponyms_a_dateline_in_capitals_finds_a_place_of_mixed_case() -> None:
    places = _places("PORT-AU-PRINCE, Haiti — Gangs blocked the fuel terminal.")
    assert _near(places["PORT-AU-PRINCE"], 18.54, -72.34) and "AU" not in places
    assert _near(_places("COX'S BAZAR, Bangladesh — Fire swept the camp.")["COX'S BAZAR"], 21.44, 92.01)
    assert _near(_places("CIUDAD DEL ESTE, Paraguay — Smugglers were held.")["CIUDAD DEL ESTE"], -25.51, -54.61)


def test_toponyms_a_town_spelled_like_a_city_abroad_is_found_in_the_articles_country() -> None:
    assert _near(_places("Fighting was reported in Faizabad, Afghanistan.")["Faizabad"], 37.12, 70.58)
    places = _places("Taliban fighters attacked Faizabad in Afghanistan's Badakhshan province.")
    assert _near(places["Faizabad"], 37.12, 70.58)  # not Fyzabad of India
    assert _near(_places("Afghanistan said militants attacked Faizabad.")["Faizabad"], 37.12, 70.58)
    assert _near(_places("Indian police said riots broke out in Faizabad.")["Faizabad"], 26.78, 82.13)


def test_toponyms_a_facility_in_a_direction_of_a_wide_area_takes_no_point_from_its_middle() -> None:
    places = _places("Drones hit the Dorvansk air base in northern Crimea on Monday.")
    base = places["Dorvansk air base"]
    assert base.lat is None


def test_toponyms_a_named_place_after_a_city_possessive_lies_in_that_city() -> None:
    places = _places("The choir will sing at Leeds's Town Hall Auditorium next week.")
    assert _near(places["Town Hall Auditorium"], 53.80, -1.55)
    assert _places("Troops trained at Alaska's Fort Wainwright.")["Fort Wainwright"].lat is None


def test_toponyms_a_gate_is_a_named_place_lying_where_the_text_puts_it_not_in_its_namesake() -> None:
    places = _places("Mourners gathered at the Brandenburg Gate in Berlin.")
    assert _near(places["Brandenburg Gate"], 52.52, 13.40)
    places = _places("Police closed the Damascus Gate in Jerusalem on Friday.")
    assert _near(places["Damascus Gate"], 31.78, 35.23)  # not in Damascus


def test_toponyms_a_zoo_is_a_named_place_in_the_city_its_name_holds() -> None:
    assert _near(_places("Keepers at the Denver Zoo moved the elephants indoors.")["Denver Zoo"], 39.74, -104.95)


def test_toponyms_the_town_a_facility_name_holds_is_the_namesake_near_the_city_written_after_it() -> None:
    places = _places("Keepers at Brookfield Zoo near Chicago fed the bears early.")
    assert _near(places["Brookfield Zoo"], 41.83, -87.84)  # Brookfield, Illinois, not Wisconsin


def test_toponyms_a_small_town_written_with_its_country_is_put_there() -> None:
    places = _places("Residents of Erimo, Japan, heard the sirens before dawn.")
    assert _near(places["Erimo"], 42.02, 143.15)


def test_toponyms_a_small_town_written_with_its_us_state_keeps_its_place_against_bigger_namesakes() -> None:
    places = _places("The senator spoke at a library in Kent, Conn., on Tuesday.")
    assert _near(places["Kent"], 41.72, -73.48)  # not Kent, Washington, nor the English county
    places = _places("She grew up on a farm near North Manchester, Indiana, before the war.")
    assert _near(places["North Manchester"], 41.00, -85.77) and "Manchester" not in places


def test_toponyms_a_facility_lies_at_the_city_written_with_the_most_words_in_its_name() -> None:
    places = _places("A gunman opened fire at Los Angeles International Airport on Friday.")
    assert _near(places["Los Angeles International Airport"], 33.94, -118.41)  # not Angeles City, Philippines


def test_toponyms_new_england_is_the_us_region_not_england() -> None:
    places = _places("Heavy snow fell across New England on Tuesday.")
    assert "England" not in places and _near(places["New England"], 43.9, -71.5)


def test_toponyms_an_raf_station_lies_at_its_base_not_nowhere() -> None:
    places = _places("Two tankers took off from RAF Mildenhall before dawn.")
    assert _near(places["RAF Mildenhall"], 52.36, 0.49)


def test_toponyms_two_namesakes_of_about_one_size_far_apart_leave_the_name_unplaced() -> None:
    places = _places("Shots were fired at a high school in Parkland on Wednesday.")
    assert places["Parkland"].lat is None  # Washington's and Florida's Parkland are near equals
    places = _places("Shots were fired at a high school in Parkland, Florida, on Wednesday.")
    assert _near(places["Parkland"], 26.31, -80.24)


def test_toponyms_a_namesake_much_larger_than_the_next_is_still_chosen() -> None:
    assert _near(_places("Police in Portland arrested 20 protesters.")["Portland"], 45.52, -122.68)


def test_toponyms_a_city_name_in_a_facility_that_several_cities_bear_is_the_likeliest() -> None:
    places = _places("Four people died in the attack on Westminster Bridge.")
    assert _near(places["Westminster Bridge"], 51.50, -0.12)  # London's Westminster, not Colorado's


def test_toponyms_a_court_or_a_school_named_with_its_facility_word_is_a_named_place() -> None:
    places = _places("He was jailed for six years at Leeds Crown Court on Friday.")
    assert _near(places["Leeds Crown Court"], 53.80, -1.55)
    places = _places("A gunman attacked Sandy Hook Elementary School in December.")
    assert places["Sandy Hook Elementary School"].kind == "place"


def test_toponyms_a_township_lies_at_the_town_its_name_holds() -> None:
    places = _places("He served as a trustee of Libertyville Township in Illinois for years.")
    assert _near(places["Libertyville Township"], 42.28, -87.95)


def test_toponyms_a_city_geonames_names_with_a_river_in_brackets_is_found_by_its_name_alone() -> None:
    places = _places("A gunman attacked the synagogue in Halle on Yom Kippur.")
    assert _near(places["Halle"], 51.48, 11.97)  # Halle (Saale), not the smaller Halle of Belgium


def test_toponyms_a_city_glued_to_a_particle_and_more_words_is_no_mention_of_its_own() -> None:
    places = _places("A priest was killed in a church in Saint-Etienne-du-Rouvray, near Rouen.")
    assert not any(_near(e, 45.43, 4.39) for e in places.values())  # not Saint-Étienne, 500 km away
    places = _places("A gunman attacked a bar in Frankfurt-am-Main on Friday.")
    assert _near(places["Frankfurt-am-Main"], 50.11, 8.68)


def test_toponyms_a_plaza_or_a_bazaar_after_a_city_possessive_lies_in_that_city() -> None:
    places = _places("Police clashed with protesters in Santiago's Plaza Italia on Friday.")
    assert _near(places["Plaza Italia"], -33.44, -70.63)
    places = _places("A suicide bomber struck in Peshawar's Qissa Khwani Bazaar.")
    assert _near(places["Qissa Khwani Bazaar"], 34.01, 71.58)


def test_toponyms_hotels_synagogues_and_launch_sites_are_named_places() -> None:
    places = _places("Armed men stormed the Lakeview Hotel in Nairobi before dawn.")
    assert _near(places["Lakeview Hotel"], -1.28, 36.82)
    places = _places("A man opened fire at the Beth Shalom synagogue in Pittsburgh.")
    assert _near(places["Beth Shalom synagogue"], 40.44, -80.00)
    places = _places("The satellite rose from the Tanegashima Space Center in Japan.")
    assert places["Tanegashima Space Center"].kind == "place"
    places = _places("Police cordoned off the Velvet nightclub in Leeds overnight.")
    assert _near(places["Velvet nightclub"], 53.80, -1.55)


def test_toponyms_a_facility_in_a_county_no_list_knows_takes_no_other_city() -> None:
    text = "SEOUL - The rocket rose from the Hamgyong Space Center in Orang County, far from the capital."
    places = _places(text)
    assert places["Hamgyong Space Center"].lat is None  # not Seoul's point, written in the dateline


def test_toponyms_a_county_before_a_district_attorney_stays_a_county() -> None:
    places = _places("Lassen County District Attorney Mara Quill charged the driver on Monday.")
    assert places["Lassen County"].kind == "place"


def test_toponyms_jails_courthouses_and_parkways_are_named_places() -> None:
    places = _places("The inmate was moved to the Fulton County Jail in Atlanta after the hearing.")
    assert _near(places["Fulton County Jail"], 33.75, -84.39)
    places = _places("He was held at the Pinecrest Detention Center in Tacoma.")
    assert _near(places["Pinecrest Detention Center"], 47.25, -122.44)
    places = _places("Traffic was stopped on Flamingo Parkway in Las Vegas after the crash.")
    assert _near(places["Flamingo Parkway"], 36.17, -115.14)


def test_toponyms_factories_crossings_and_kibbutzim_are_named_places() -> None:
    places = _places("Shells fell on the Ilyich steel plant in Mariupol overnight.")
    assert _near(places["Ilyich steel plant"], 47.10, 37.54)
    places = _places("Workers fled the Sungri Motor Factory in Nampo, North Korea.")
    assert _near(places["Sungri Motor Factory"], 38.74, 125.41)
    places = _places("Trucks queued for days at the Chaman crossing on the border.")
    assert places["Chaman crossing"].kind == "place"
    places = _places("Residents of Kibbutz Nahal Oz were evacuated.")
    assert places["Kibbutz Nahal Oz"].kind == "place"


def test_toponyms_irish_and_northern_irish_counties_after_county() -> None:
    places = _places("Officers found a rifle near Omagh, Co Tyrone, on Friday.")
    assert _near(places["Co Tyrone"], 54.60, -7.30)
    places = _places("A farmer was attacked at his home in County Kerry last night.")
    assert places["County Kerry"].kind == "place"


def test_toponyms_a_faith_word_after_a_place_continues_no_name() -> None:
    places = _places("A County Down Catholic family fled their home after the threat.")
    assert places["County Down"].kind == "place"


def test_toponyms_a_town_after_a_direction_and_of() -> None:
    places = _places("The van was stopped 30 km south of Aurora, police in Colorado said.")
    assert _near(places["Aurora"], 39.73, -104.83)


def test_toponyms_words_and_products_named_like_cities_are_no_places() -> None:
    assert not _places("Apple shipped OS X Lion to its users on Wednesday.")
    assert not _places("The company launched a Falcon 9 rocket on Friday.")
    assert not _places("The Dax closed 2 percent lower on Tuesday.")


def test_toponyms_a_town_after_a_word_of_going_and_to() -> None:
    places = _places("The family fled to Aurora after the fire, police in Colorado said.")
    assert _near(places["Aurora"], 39.73, -104.83)
    places = _places("Ukrainian troops pulled back to Siversk in the Donetsk region.")
    assert _near(places["Siversk"], 48.86, 38.10)
    places = _places("Mali's army chief wrote to Gao about the plan.")
    assert "Gao" not in places


def test_toponyms_areas_highways_and_tunnels_named_with_their_word() -> None:
    places = _places("A rocket landed in Kandahar's Loya Wiala area on Monday.")
    assert _near(places["Loya Wiala area"], 31.61, 65.71)
    places = _places("Snow closed the Lowari tunnel and the Karakoram highway.")
    assert places["Lowari tunnel"].kind == "place"
    assert not _places("Growth in the Euro area slowed again.")


def test_toponyms_a_town_written_with_a_foreign_province_is_the_town_there() -> None:
    places = _places("Officers were called to a farm near Pemberton, British Columbia, on Sunday.")
    assert _near(places["Pemberton"], 50.32, -122.80)


def test_toponyms_a_korean_town_geonames_writes_with_its_suffix() -> None:
    text = "North Korea fired two missiles from the western town of Hwangju, North Korean media said."
    assert _near(_places(text)["Hwangju"], 38.67, 125.78)


def test_toponyms_names_with_a_curly_apostrophe_are_the_same_places() -> None:
    places = _places("Delegates of the Democratic People’s Republic of Korea walked out.")
    assert places["Democratic People’s Republic of Korea"].code == "KP"  # not "Republic of Korea" inside it


def test_toponyms_a_curated_area_with_its_last_word_in_lower_case() -> None:
    assert _places("Troops on the Korean peninsula were put on alert.")["Korean peninsula"].kind == "place"


def test_toponyms_resorts_and_prisons_named_with_an_adjective_before_their_word() -> None:
    places = _places("The singer stayed at the Silver Dune Resort in Reno, Nevada.")
    assert _near(places["Silver Dune Resort"], 39.53, -119.81)
    places = _places("The teenager was held at Megiddo military prison near Haifa.")
    assert _near(places["Megiddo military prison"], 32.79, 34.99)


def test_toponyms_labels_of_a_map_in_capitals_make_no_facility_name() -> None:
    places = _places("PARKING GARAGE LUXOR HOTEL Golden Sands Casino, the map shows.")
    assert "Golden Sands Casino" in places and not any("HOTEL" in text for text in places)


def test_toponyms_a_part_named_with_its_word_is_that_part_when_named_again_alone() -> None:
    places = _places("A block collapsed in the Sakhour district of Aleppo. Other blocks in Sakhour are empty.")
    assert places["Sakhour"].name == places["Sakhour district"].name


def test_toponyms_a_part_named_again_is_no_person() -> None:
    text = "A block collapsed in the Karm Homad district of Aleppo. Other blocks in Karm Homad are empty."
    entities = extract(text).entities
    assert not any(e.kind == "person" for e in entities)


def test_toponyms_a_named_camp_is_a_place_but_no_side_of_a_contest_is() -> None:
    assert _places("Gunmen attacked the Zamzam camp in Darfur.")["Zamzam camp"].kind == "place"
    assert not _places("The Sanders camp rejected the claim.")
    assert not _places("Officials in the Trump camp said no.")


def test_toponyms_korean_border_places_and_villages_with_their_suffix() -> None:
    places = _places("A soldier ran across the Demilitarized Zone near Panmunjom.")
    assert places["Demilitarized Zone"].kind == "place"
    assert _near(places["Panmunjom"], 37.96, 126.68)
    places = _places("The engine was tested at a site in Chamjin-ri, North Korea, on Sunday.")
    assert places["Chamjin-ri"].kind == "place"


def test_toponyms_a_town_after_the_port_of() -> None:
    places = _places("The ferry docked at the port of Sinpo in North Korea.")
    assert places["Sinpo"].kind == "place"


def test_towns_a_transliteration_gazetteers_lack_is_found_by_its_consonants() -> None:
    places = _places("Fighting in Syria spread on Monday. Government forces shelled positions in Khan Sheikhoun "
                       "and near Tal Rifaat overnight, officials in Syria said.")  # fmt: skip
    assert _near(places["Khan Sheikhoun"], 35.44, 36.65) and _near(places["Tal Rifaat"], 36.47, 37.09)


def test_towns_a_name_runs_on_through_an_arabic_article_after_a_place_word() -> None:
    places = _places("Fighting in Syria spread on Monday. Jets struck a market in Maarat al-Numan and a bridge in "
                       "Jisr al-Shughur, officials in Syria said.")  # fmt: skip
    assert _near(places["Maarat al-Numan"], 35.65, 36.68) and _near(places["Jisr al-Shughur"], 35.81, 36.32)
    assert "Numan" not in places


def test_towns_no_town_by_consonants_for_a_person_name_or_a_latin_script_country() -> None:
    ukraine = _places("Shelling in Ukraine went on. Aid was delivered in Ramadan, officials in Ukraine said.")
    assert "Ramadan" not in ukraine
    us = _places("Storms in the United States went on. Crews worked in Frost overnight, officials in the United "
                   "States said.")  # fmt: skip
    assert "Frost" not in us or not _near(us["Frost"], 37.36, -79.29)  # not Forest, Virginia


def test_towns_by_consonants_need_alike_letters_too() -> None:
    places = _places("Clashes in Yemen went on. Forces seized the coastal city of Shoqra, officials in Yemen said.")
    assert "Shoqra" not in places or not _near(places["Shoqra"], 13.13, 43.79)  # not Ash Shuqayrah, another town


def test_toponyms_a_cape_named_after_a_small_town_lies_at_the_town() -> None:
    x = extract("Japan said the rocket fell into the sea 900 km east of Cape Erimo, on the island of Hokkaido.")
    assert _near(next(e for e in x.entities if e.name == "Cape Erimo"), 41.93, 143.24)


def test_toponyms_a_bay_named_like_a_foreign_town_is_not_put_there() -> None:
    x = extract("Guests at Mandalay Bay ran for cover, police in Nevada said.")
    bay = next(e for e in x.entities if e.name == "Mandalay Bay")
    assert bay.lat is None or bay.lon < -100


def test_toponyms_a_base_written_with_a_shortened_fort_is_the_base() -> None:
    places = _places("Paratroopers from Ft. Bragg boarded the planes; the interceptors wait at Ft. Greely, Alaska.")
    assert _near(places["Ft. Bragg"], 35.14, -79.0) and _near(places["Ft. Greely"], 63.98, -145.73)


def test_toponyms_a_shortened_saint_before_a_state_is_that_states_town() -> None:
    places = _places("The suspect, 41, of St. Albans, Vt., was charged on Friday.")
    assert _near(places["St. Albans"], 44.81, -73.08)  # Vermont's, not the larger St. Albans of West Virginia


def test_toponyms_facility_named_for_a_person_is_not_at_the_town_in_its_name() -> None:
    places = _places("The boy was taken to Whitaker Odessa Memorial Hospital, police said.")
    assert places["Whitaker Odessa Memorial Hospital"].lat is None


def test_toponyms_national_park_lies_at_no_city_named_near_it() -> None:
    places = _places("Rangers drove from Nakuru to the Kestrel Plains National Park on Monday.")
    assert places["Kestrel Plains National Park"].lat is None


def test_toponyms_a_town_of_the_us_state_before_georgia_makes_georgia_the_state() -> None:
    places = _places("A soldier was charged in Augusta, Georgia, after the shooting at a gas station.")
    assert _near(places["Augusta"], 33.47, -81.97)
    assert places["Georgia"].kind == "place" and places["Georgia"].code is None
    country = _places("Riot police cleared a square in Batumi, Georgia, before dawn.")
    assert _near(country["Batumi"], 41.64, 41.64) and country["Georgia"].code == "GE"


@pytest.mark.parametrize(
    "text",
    ["Georgia Gov. Maria Lowe ordered the guard to the coast.", "Georgia's governor signed the storm order on Friday."],
)  # fmt: skip
def test_toponyms_georgia_before_an_office_only_the_state_has_is_the_state(text: str) -> None:
    places = _places(text)
    assert "Georgia" not in places or places["Georgia"].code is None
    assert _places("Georgia's parliament passed the foreign agents law.")["Georgia"].code == "GE"


def test_toponyms_a_name_qualified_by_a_part_of_a_country_is_that_namesake() -> None:
    text = "Officers in Perth, Scotland, and in Perth, Australia, opened inquiries into the same hoax call."
    perths = [e for e in extract(text).entities if any(m.text == "Perth" for m in e.mentions)]
    assert sorted((round(e.lat or 0), round(e.lon or 0)) for e in perths) == [(-32, 116), (56, -3)]


def test_toponyms_to_after_a_word_of_sending_troops_opens_a_town() -> None:
    places = _places("Chile's government sent soldiers to Concepción after two nights of looting.")
    assert _near(places["Concepción"], -36.83, -73.05)


def test_toponyms_a_city_before_a_country_name_two_countries_share_stays_that_city() -> None:
    places = _places("KINSHASA, Congo (AP) — Militiamen burned two villages north of Bunia, the army said.")
    assert _near(places["KINSHASA"], -4.32, 15.31)
    assert places["Congo"].code == "CD"


def test_toponyms_a_distance_after_a_town_and_its_state_places_the_town_not_the_state() -> None:
    places = _places("A fire gutted a chapel in Sutherland Springs, Texas, about 30 miles east of San Antonio.")
    assert _near(places["Sutherland Springs"], 29.27, -98.06)
    assert places["Texas"].lat is None


def test_toponyms_a_facility_is_not_placed_at_a_city_someone_travels_to() -> None:
    places = _places("The two leaders met at Camp Halvorsen before flying to Ottawa for the summit.")
    assert places["Camp Halvorsen"].lat is None


def test_toponyms_georgia_in_a_story_that_tags_a_lawmaker_with_the_state_is_the_state() -> None:
    places = _places("Rep. Dana Reyes, R-Ga., said Georgia would sue over the new maps.")
    assert places["Georgia"].code is None
    abroad = _places("Rep. Dana Reyes, R-Ga., said Georgia's drift to Moscow worried her, as police in Tbilisi struck.")
    assert abroad["Georgia"].code == "GE"


def test_toponyms_a_town_before_a_curated_province_is_that_province_s_town() -> None:
    places = _places("Flooding hit Hamilton, Ontario, on Monday, and crews worked through the night.")
    assert _near(places["Hamilton"], 43.25, -79.85)


def test_toponyms_shoals_and_reefs_are_places_not_people() -> None:
    places = _places("A Chinese ship rammed a supply boat near Ayungin Shoal, and a survey ship sat at Cuarteron Reef.")
    assert _near(places["Ayungin Shoal"], 9.73, 115.87)
    assert places["Cuarteron Reef"].kind == "place"
    people = [e for e in extract("Boats gathered at Second Thomas Shoal on Friday.").entities if e.kind == "person"]
    assert people == []


def test_toponyms_an_unknown_name_before_a_province_is_a_place_there() -> None:
    places = _places("Gunmen stormed a clinic in Dogon Dawa, Kaduna State, and raided Gajiram, Borno, at dawn.")
    assert places["Dogon Dawa"].kind == "place" and places["Gajiram"].kind == "place"


def test_toponyms_a_direction_of_a_country_lies_in_that_part_of_it() -> None:
    places = _places("Rebels shelled towns in eastern Congo and militias clashed in southern Iraq on Friday.")
    assert _near(places["eastern Congo"], -1.5, 29.2, km=250)  # North Kivu, not the middle of the country
    assert _near(places["southern Iraq"], 30.5, 47.8, km=250)  # Basra's province
    assert not _near(places["eastern Congo"], -2.9, 23.6, km=250)


def test_toponyms_an_english_county_named_like_a_person_is_the_county() -> None:
    x = extract("Police in Kent said two men were held after a fire at a depot; officers from Middlesex helped.")
    places = {e.name: e for e in x.entities if e.kind == "place"}
    assert {"Kent", "Middlesex"} <= places.keys()
    y = extract("Doctor Kent Lorvan said the clinic in Leeds would reopen. Mr Kent, the minister, agreed.")
    assert "Kent" not in {e.name for e in y.entities if e.kind == "place"}


def test_toponyms_a_small_namesake_beside_the_settled_towns_wins() -> None:
    places = _places("Hail flattened crops around Paris, Texas, and a barn burned in nearby Clarksville on Monday.")
    assert _near(places["Clarksville"], 33.61, -95.05)  # the Texan town of 3,000, 47 km from Paris
    alone = _places("Police in Clarksville said the suspect was arrested on Monday.")
    assert _near(alone["Clarksville"], 36.53, -87.36)  # no settled town nearby: the city of Tennessee


def test_toponyms_a_district_lies_in_the_big_city_named_just_before() -> None:
    places = _places("Rockets struck a market in Mosul on Friday. Shops in Zanjili district burned for hours.")
    assert _near(places["Zanjili district"], 36.34, 43.12)
    apart = _places("Rockets struck a market in Mosul on Friday. Shops in Tamim district of Nineveh burned.")
    assert apart["Tamim district"].lat is None  # another place is written after it: not the city's part


def test_toponyms_a_strip_named_after_a_city_lies_there() -> None:
    places = _places("Traffic stopped on the Las Vegas Strip after a water main burst on Monday.")
    assert _near(places["Las Vegas Strip"], 36.11, -115.17)
    assert _places("Strip clubs were closed on Monday.") == {}


def test_toponyms_a_facility_lies_by_a_listed_base_named_beside_it() -> None:
    places = _places("Drones struck near Tower 22 on Sunday, and families in the Rashid refugee camp fled the blasts.")
    assert _near(places["Rashid refugee camp"], 33.32, 38.69)


def test_toponyms_a_far_likelier_city_or_a_listed_base_settles_its_neighbours() -> None:
    fires = _places("Brush fires forced evacuations in Pasadena and Los Angeles on Tuesday.")
    assert _near(fires["Pasadena"], 34.15, -118.14)  # beside Los Angeles, not the Texan Pasadena nor a coin toss
    storm = _places("Marines from Camp Lejeune cleared fallen trees in Jacksonville on Sunday.")
    assert _near(storm["Jacksonville"], 34.75, -77.43)  # the town by the base, not Florida's city
