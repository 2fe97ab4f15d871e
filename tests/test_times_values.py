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
