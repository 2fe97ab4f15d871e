"""Time values that hang on the clause around them: the tense of the verb that governs a weekday or a month named
without its year, on hand-written news sentences anchored on a known date."""

from __future__ import annotations

from sitrep.pipeline import extract

ANCHOR = "2023-03-15"  # a Wednesday


def found(text: str, published: str = ANCHOR) -> dict[str, tuple[str, str]]:
    """text → (type, value) for every expression in `text`."""
    return {t.text: (t.type, t.value) for t in extract(text, published=published).times}


def test_a_fronted_weekday_takes_the_tense_of_the_main_clause_after_a_long_subject() -> None:
    plan = "On Friday, the regional water and sewage authority of the northern province plans to open the dam."
    assert found(plan)["Friday"] == ("DATE", "2023-03-17")
    done = "On Friday, the regional water and sewage authority of the northern province opened the dam."
    assert found(done)["Friday"] == ("DATE", "2023-03-10")


def test_a_fronted_month_takes_the_tense_of_the_main_clause() -> None:
    text = "In January, a month after the anniversary of the floods in the valley towns, a landslide buried the road."
    assert found(text, "2023-10-25")["January"] == ("DATE", "2023-01")
    ahead = "In January, a month after the anniversary of the floods in the valley towns, a new levy will take effect."
    assert found(ahead, "2023-10-25")["January"] == ("DATE", "2024-01")


def test_a_weekday_after_planning_to_is_the_coming_one() -> None:
    assert found("Farmers were planning to block the motorway on Monday.")["Monday"] == ("DATE", "2023-03-20")
    assert found("Farmers blocked the motorway on Monday.")["Monday"] == ("DATE", "2023-03-13")


def test_the_second_day_of_a_pair_is_a_date_of_the_same_month() -> None:
    got = found("The ministers will meet in Lisbon on June 8 and 9 to sign the accord.")
    assert got == {"June 8": ("DATE", "2023-06-08"), "9": ("DATE", "2023-06-09")}
    dated = found("The ministers met in Lisbon on June 8 and 9, 2021, to sign the accord.")
    assert dated == {"June 8": ("DATE", "2021-06-08"), "9, 2021": ("DATE", "2021-06-09")}
    assert "4" not in found("On June 3 and 4 soldiers were hurt in the blast.")


def test_a_duration_with_a_capitalised_unit_is_a_title() -> None:
    assert found('The minister told CBS\'s "60 Minutes" that talks had failed.') == {}
    assert found("The minister spoke for 60 minutes.") == {"60 minutes": ("DURATION", "PT60M")}


def test_the_march_before_a_noun_is_the_month() -> None:
    assert found("The March summit will settle the dispute.") == {"March": ("DATE", "2023-03")}
    assert found("Thousands joined the March for Peace in the capital.") == {}


def test_a_year_earlier_compared_with_a_month_of_its_sentence_is_that_month() -> None:
    got = found("Car sales in October fell 6 percent from a year earlier, the ministry said.", "1999-12-02")
    assert got["a year earlier"] == ("DATE", "1998-10")
    told_before = found("Car sales fell in October. The total was 6 percent lower than a year earlier.", "1999-12-02")
    assert told_before["a year earlier"] == ("DATE", "1998")
    narrated = found("The mill closed in October 1996. A year later it reopened.", "1999-12-02")
    assert narrated["A year later"] == ("DATE", "1997")


def test_a_month_or_season_of_that_year_is_in_the_year_last_named() -> None:
    told = "The border war broke out in 1994. In May of that year, the rebels took the airport."
    assert found(told)["May of that year"] == ("DATE", "1994-05")
    after = found("The dam was finished in 1987 and flooded the valley in April the following year.")
    assert after["April the following year"] == ("DATE", "1988-04")
    season = found("The plant closed in 1992, and in the winter of the previous year its owners sold the land.")
    assert season["the winter of the previous year"] == ("DATE", "1991-WI")
    assert found("He arrived in May that year.") == {"May": ("DATE", "2022-05"), "that year": ("DATE", "2022")}


def test_a_schedule_verb_after_a_figure_is_a_noun() -> None:
    assert found("The mayor won by 412 votes on Tuesday.")["Tuesday"] == ("DATE", "2023-03-14")
    assert found("The council votes on Tuesday.")["Tuesday"] == ("DATE", "2023-03-21")


def test_a_verb_of_schedule_after_a_past_verb_of_its_clause_is_a_noun() -> None:
    assert found("Traders saw strong returns on Monday.")["Monday"] == ("DATE", "2023-03-13")
    assert found("The law that parliament passed takes effect Monday.")["Monday"] == ("DATE", "2023-03-20")
    assert found("The last ferry leaves on Monday.")["Monday"] == ("DATE", "2023-03-20")


def test_the_second_weekday_of_a_pair_lies_near_the_first() -> None:
    ahead = found("The fair is held on Saturday and Sunday in the old port.")
    assert ahead == {"Saturday": ("DATE", "2023-03-18"), "Sunday": ("DATE", "2023-03-19")}
    back = found("The fair was held on Saturday and Sunday in the old port.")
    assert back == {"Saturday": ("DATE", "2023-03-11"), "Sunday": ("DATE", "2023-03-12")}
    told = found("The ministry released letters written Tuesday and Monday.")
    assert told == {"Tuesday": ("DATE", "2023-03-14"), "Monday": ("DATE", "2023-03-13")}
