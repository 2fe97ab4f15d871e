"""The time tagger: each pattern family on hand-written sentences, anchored on a known date."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.components.times.calendar import easter, nth_weekday
from sitrep.pipeline import extract
from sitrep.record import Time

ANCHOR = "2023-03-15"  # a Wednesday


def times(text: str, published: str | None = ANCHOR) -> list[Time]:
    return extract(text, published=published).times


def found(text: str, published: str | None = ANCHOR) -> dict[str, tuple[str, str]]:
    """text → (type, value) for every expression in `text`."""
    return {t.text: (t.type, t.value) for t in times(text, published)}


def only(text: str, published: str | None = ANCHOR) -> Time:
    result = times(text, published)
    assert len(result) == 1, [t.text for t in result]
    return result[0]


def test_times_absolute_dates_in_news_forms() -> None:
    got = found(
        "The ceasefire began on Aug. 4, 2021. Talks resumed on 12 January 2022 and ended 2022-02-03. "
        "The memo is dated 6/30/2020 and the vote was on Sept. 9."
    )
    assert got["Aug. 4, 2021"] == ("DATE", "2021-08-04")
    assert got["12 January 2022"] == ("DATE", "2022-01-12")
    assert got["2022-02-03"] == ("DATE", "2022-02-03")
    assert got["6/30/2020"] == ("DATE", "2020-06-30")
    assert got["Sept. 9"] == ("DATE", "2022-09-09")
    assert "2021" not in got


def test_times_date_with_clock_time_is_a_time() -> None:
    t = only("Posted March 2, 2023, 9:05 AM")
    assert (t.type, t.value, t.role) == ("TIME", "2023-03-02T09:05", "point")


def test_times_weekdays_resolve_by_tense() -> None:
    got = found("The convoy was attacked on Monday. The envoy will arrive on Friday. Officials met Wednesday.")
    assert got["Monday"] == ("DATE", "2023-03-13")
    assert got["Friday"] == ("DATE", "2023-03-17")
    assert got["Wednesday"] == ("DATE", "2023-03-15")


def test_times_relative_expressions() -> None:
    got = found("Fighting flared last week and two days ago; talks resume next month. Aid rose this weekend.")
    assert got["last week"] == ("DATE", "2023-W10")
    assert got["two days ago"] == ("DATE", "2023-03-13")
    assert got["next month"] == ("DATE", "2023-04")
    assert got["this weekend"] == ("DATE", "2023-W11-WE")


def test_times_parts_of_periods() -> None:
    got = found("Output fell in mid-2021 and will recover early next year, by the end of June 2024 at the latest.")
    assert got["mid-2021"] == ("DATE", "2021")
    assert got["early next year"] == ("DATE", "2024")
    assert got["the end of June 2024"] == ("DATE", "2024-06")


def test_times_quarters_decades_and_centuries() -> None:
    got = found("Sales rose in the first quarter. Arms flowed in the 1980s, a trend of the 20th century.")
    assert got["the first quarter"] == ("DATE", "2023-Q1")
    assert got["the 1980s"] == ("DATE", "198")
    assert got["the 20th century"] == ("DATE", "19")


def test_times_durations() -> None:
    got = found("The siege lasted 18 months after a decade-long insurgency and a two-year truce.")
    assert got["18 months"] == ("DURATION", "P18M")
    assert got["decade-long"] == ("DURATION", "P10Y")
    assert got["two-year"] == ("DURATION", "P2Y")


def test_times_sets() -> None:
    got = found("Patrols run every week and reports are filed monthly.")
    assert got["every week"] == ("SET", "P1W")
    assert got["monthly"] == ("SET", "P1M")


def test_times_vague_references() -> None:
    got = found("The base is now closed; it was recently shelled and may reopen in the future.")
    assert got["now"] == ("DATE", "PRESENT_REF")
    assert got["recently"] == ("DATE", "PAST_REF")
    assert got["the future"] == ("DATE", "FUTURE_REF")


def test_times_roles_and_intervals() -> None:
    text = (
        "Troops must leave no later than the end of March 2024. Over the past year, raids doubled. "
        "The mission has run since 2015 and aid will flow over the next three years."
    )
    by_text = {t.text: t for t in times(text)}
    deadline = by_text["the end of March 2024"]
    assert (deadline.value, deadline.role, deadline.begin, deadline.until) == (
        "2024-03",
        "deadline",
        None,
        "2024-03-31",
    )
    past = by_text["the past year"]
    assert (past.value, past.role, past.begin, past.until) == ("P1Y", "period", "2022-03-15", "2023-03-15")
    since = by_text["2015"]
    assert (since.role, since.begin) == ("since", "2015-01-01")
    ahead = by_text["the next three years"]
    assert (ahead.value, ahead.begin, ahead.until) == ("P3Y", "2023-03-15", "2026-03-15")


def test_times_earlier_this_year_is_a_period_up_to_the_anchor() -> None:
    t = only("Earlier this year, the two sides opened talks.")
    assert (t.value, t.role, t.begin, t.until) == ("2023", "period", "2023-01-01", "2023-03-15")


def test_times_without_anchor_stay_underspecified() -> None:
    got = found("The rally was held on Sept. 9 and again on Friday.", published=None)
    assert got["Sept. 9"] == ("DATE", "XXXX-09-09")
    assert got["Friday"] == ("DATE", "XXXX-WXX-5")


def test_times_non_times_stay_out() -> None:
    text = (
        "The 2nd Brigade fired an M777 and two F-16 jets. Theresa May spoke. Protesters march on the capital. "
        "Officials counted 2000 troops and 1,950 civilians; the 101st Airborne may deploy."
    )
    assert times(text) == []


def test_times_spans_are_exact_and_numbered(tmp_path: Path) -> None:
    text = "On Tuesday, June 6, 2023, the convoy left; it returned in July."
    result = times(text)
    assert [t.id for t in result] == ["T1", "T2"]
    assert all(text[t.start : t.end] == t.text for t in result)


@pytest.mark.parametrize(
    ("text", "value", "begin", "until", "role"),
    [
        ("September 27, 2024, 4:38 PM", "2024-09-27T16:38", None, None, "point"),
        ("on Friday", "2024-09-27", None, None, "point"),
        ("told reporters Friday", "2024-09-27", None, None, "point"),
        ("over the next two years", "P2Y", "2024-09-27", "2026-09-27", "period"),
        ("no later than the end of September 2025", "2025-09", None, "2025-09-30", "deadline"),
        ("decade-long", "P10Y", None, None, "period"),
        ("Over the past year", "P1Y", "2023-09-27", "2024-09-27", "period"),
        ("Earlier this year", "2024", "2024-01-01", "2024-09-27", "period"),
        ("in 2014", "2014", None, None, "point"),
        ("May 28, 2024", "2024-05-28", None, None, "point"),
        ("April 26, 2024", "2024-04-26", None, None, "point"),
        ("July 2, 2024", "2024-07-02", None, None, "point"),
    ],
)
def test_times_seed_table_comes_out(
    seed_text: str, text: str, value: str, begin: str | None, until: str | None, role: str
) -> None:
    result = extract(seed_text).times
    at = seed_text.index(text)
    hits = [t for t in result if t.start < at + len(text) and at < t.end]
    assert hits, f"{text!r} not tagged"
    assert (hits[0].value, hits[0].begin, hits[0].until, hits[0].role) == (value, begin, until, role)


def test_times_seed_non_times_stay_out(seed_text: str) -> None:
    tagged = {t.text for t in extract(seed_text).times}
    for word in ("3rd Battalion", "M119", "AH-64", "CH-47", "2,500", "170", "87", "40 miles"):
        assert not any(word in t or t in word for t in tagged), word


def test_times_future_as_an_adjective_stays_out() -> None:
    got = found("Talks on the future Kurdish role continue; the future is uncertain.")
    assert list(got.values()) == [("DATE", "FUTURE_REF")]
    assert "the future is" not in got


def test_times_clock_times_and_day_parts() -> None:
    got = found("Sirens sounded at 6:45 p.m. and again at 21:30 GMT; by this morning the streets were calm.")
    assert got["6:45 p.m."] == ("TIME", "2023-03-15T18:45")
    assert got["21:30 GMT"] == ("TIME", "2023-03-15T21:30Z")
    assert got["this morning"] == ("TIME", "2023-03-15TMO")


def test_times_seasons_holidays_and_spelled_years() -> None:
    got = found("The offensive stalled last winter, resumed after Christmas and recalled nineteen ninety-one.")
    assert got["last winter"] == ("DATE", "2022-WI")
    assert got["Christmas"] == ("DATE", "2022-12-25")
    assert got["nineteen ninety-one"] == ("DATE", "1991")


def test_times_more_sets_and_fractional_durations() -> None:
    got = found("Convoys leave every Friday and twice a month; the talks took two and a half years.")
    assert got["every Friday"] == ("SET", "XXXX-WXX-5")
    assert got["twice a month"] == ("SET", "P1M")
    assert got["two and a half years"] == ("DURATION", "P2Y6M")


def test_times_deadline_until_and_since_roles() -> None:
    text = "The law runs until June 2023. Forces must withdraw by 2025, before the winter of 2026, since May 1."
    by_text = {t.text: t for t in times(text)}
    assert (by_text["June 2023"].role, by_text["June 2023"].until) == ("until", "2023-06-30")
    assert (by_text["2025"].role, by_text["2025"].until) == ("deadline", "2025-12-31")
    assert (by_text["the winter of 2026"].role, by_text["the winter of 2026"].until) == ("deadline", "2026-12-20")
    assert (by_text["May 1"].role, by_text["May 1"].begin, by_text["May 1"].until) == (
        "since",
        "2022-05-01",
        "2023-03-15",
    )


def test_times_fractions_and_ages_are_not_durations() -> None:
    text = "A quarter of the 300 troops, led by a 45-year-old colonel, held three-quarters of the town."
    assert times(text) == []


def test_times_spans_are_shared_on_the_doc_and_the_component_pickles() -> None:
    import pickle

    from sitrep.components.times import TimeTagger
    from sitrep.pipeline import get_nlp

    nlp = get_nlp()
    doc = nlp.make_doc("Shelling resumed on Monday, 3 days after the truce.")
    doc._.published = None
    doc._.sections = []
    doc = nlp.get_pipe("sitrep_sentences")(doc)
    doc = nlp.get_pipe("sitrep_times")(doc)
    assert [(s.text, s.label_) for s in doc.spans["sitrep_times"]] == [("Monday", "DATE"), ("3 days", "DURATION")]
    assert [t.value for t in doc._.times] == ["XXXX-WXX-1", "P3D"]
    assert isinstance(pickle.loads(pickle.dumps(TimeTagger())), TimeTagger)


def test_times_narrated_later_counts_from_the_last_date() -> None:
    got = found("U.S. troops left Iraq in 2011 and returned three years later. Talks began two years ago.")
    assert got["three years later"] == ("DATE", "2014")
    assert got["two years ago"] == ("DATE", "2021")


def test_times_that_day_and_the_following_year_follow_the_narrative() -> None:
    got = found("The militia seized the town on June 3, 2019. Later that day it blew the bridge; the following year")
    assert got["Later that day"] == ("DATE", "2019-06-03")
    assert got["the following year"] == ("DATE", "2020")


def test_times_possessive_takes_no_role_cue() -> None:
    by_text = {t.text: t for t in times("The post was hit by Tuesday's strike and must be rebuilt by Friday.")}
    assert by_text["Tuesday"].role == "point"
    assert (by_text["Friday"].role, by_text["Friday"].until) == ("deadline", "2023-03-17")


def test_times_names_that_hold_a_year_or_a_duration_are_not_times() -> None:
    text = "Fans of Euro 2016 read the Daily Telegraph and recalled the Six Day War; GM's 2008 revenue fell in 2009."
    found = [t.text for t in times(text)]
    assert found == ["2008", "2009"]


def test_times_clock_time_takes_the_day_it_names_and_is_never_a_deadline() -> None:
    got = {t.text: (t.value, t.role) for t in times("Troops attacked at 19:00 on Saturday and must leave by 06:00.")}
    assert got["19:00 on Saturday"][0].endswith("T19:00") and got["19:00 on Saturday"][0][:10] != ANCHOR[:10]
    assert got["06:00"][1] == "point"
    assert times("The final score was 10:05 after extra time.") == []


def test_times_clock_time_takes_the_day_its_sentence_names() -> None:
    text = "Rockets hit the base late on Tuesday; the first struck at 23:40 GMT, officials said."
    got = {t.text: t.value for t in times(text)}
    assert got["23:40 GMT"] == "2023-03-14T23:40Z"


def test_times_clock_time_takes_the_day_of_the_lead_not_the_publication() -> None:
    text = (
        "Wednesday, March 15, 2023\n\nOn Sunday, gunmen stormed a checkpoint near the border.\n\n"
        "A police spokesman said the assault began at about 9:15 p.m. and lasted an hour."
    )
    got = {t.text: t.value for t in times(text)}
    assert got["Sunday"] == "2023-03-12"
    assert got["9:15 p.m."] == "2023-03-12T21:15"
    assert got["Wednesday, March 15, 2023"] == "2023-03-15"


def test_times_clock_time_with_no_day_in_the_text_stays_on_the_publication_day() -> None:
    assert only("The curfew starts at 10 p.m., the mayor said.").value == "2023-03-15T22:00"


def test_times_weekday_with_a_part_of_day_and_tonight_are_times() -> None:
    got = found("The convoy left on Monday night and the envoy speaks tonight.")
    assert got["Monday night"] == ("TIME", "2023-03-13TNI")
    assert got["tonight"] == ("TIME", "2023-03-15TNI")


def test_times_capitalised_time_words_inside_a_sentence_are_names() -> None:
    text = "He told Radio 4's Today programme that Jamie Noon and ABC's \"This Week\" agreed. Today, talks resume."
    assert [t.text for t in times(text)] == ["Today"]
    assert times(text)[0].start == text.index("Today,")


def test_times_rates_are_not_sets_or_durations() -> None:
    text = "The deal saves $2 million a year and adds four flights a week, up from 30 a year earlier."
    assert [t.text for t in times(text)] == ["a year earlier"]


def test_times_the_year_ended_is_a_twelve_month_span() -> None:
    got = [(t.text, t.type, t.value) for t in times("Profit rose in the year ended June 30; 19 is the year it began.")]
    assert got[0] == ("the year", "DURATION", "P1Y")
    assert [t for t in got if t[0] == "the year"] == [got[0]]


def test_times_as_of_is_a_point_and_beyond_a_start() -> None:
    by_text = {t.text: t for t in times("As of Monday, 40 had died. Costs rise beyond 2027.")}
    assert by_text["Monday"].role == "point"
    assert by_text["2027"].role == "since"


def test_times_earlier_this_year_is_a_period_even_without_a_date() -> None:
    assert only("The report earlier this year said so.", published=None).role == "period"


def test_times_that_same_day_reaches_back_to_the_day_named() -> None:
    text = (
        "On March 3, reports said the commander had been killed in a strike near the border town. "
        "Officials in the capital would neither confirm nor deny the reports for several hours, and aides "
        "to the minister said no statement was planned. Reporters asked the minister about it that same day."
    )
    assert found(text)["that same day"] == ("DATE", "2023-03-03")


def test_times_passive_participle_takes_the_tense_of_its_auxiliary() -> None:
    got = found("A new commander will be named for the mission in January.", published="2023-10-20")
    assert got["January"] == ("DATE", "2024-01")


def test_times_plan_told_from_the_past_is_past() -> None:
    got = found("The offer had been due to expire Friday evening. It was extended.")
    assert got["Friday evening"] == ("TIME", "2023-03-10TEV")
    assert found("The offer is due to expire Friday.")["Friday"] == ("DATE", "2023-03-17")


def test_times_the_quarter_is_the_reporting_quarter_named_before() -> None:
    text = (
        "The retailer earned $5 million in its fiscal first quarter. Sales in the quarter rose 8% from "
        "$90 million a year earlier."
    )
    got = found(text, published="2023-10-26")
    assert got["fiscal first quarter"] == ("DATE", "2023-Q1")
    assert got["the quarter"] == ("DATE", "2023-Q1")
    assert got["a year earlier"] == ("DATE", "2022-Q1")


def test_times_a_calendar_quarter_leaves_the_quarter_on_the_last_one_ended() -> None:
    text = "The bank expects a charge in the fourth quarter. Profit in the latest quarter fell from a year ago."
    got = found(text, published="2023-10-26")
    assert got["the fourth quarter"] == ("DATE", "2023-Q4")
    assert got["the latest quarter"] == ("DATE", "2023-Q3")
    assert got["a year ago"] == ("DATE", "2022-Q3")


def test_times_a_quarter_century_is_no_reporting_context() -> None:
    got = found("Wages hit a quarter-century high last month, up 4% from a year earlier.", published="2023-02-06")
    assert got["a year earlier"] == ("DATE", "2022-01")  # the month compared, a year before


def test_times_the_following_month_follows_the_month_named_before() -> None:
    text = (
        "In March, the ministry received an offer for the airline. Its board met several times and asked "
        "advisers to weigh the bid and two rival proposals from investors in the Gulf and in Asia. "
        "The unions opposed any sale and threatened strikes at the three main airports of the country. "
        "The following month, the airline was put up for sale."
    )
    assert found(text, published="2023-10-27")["The following month"] == ("DATE", "2023-04")


def test_times_spelled_decades_sets_of_a_month_and_trading_days() -> None:
    got = found("Marches have been held each July since the late sixties; shares fell for eight trading days.")
    assert got["each July"] == ("SET", "XXXX-07")
    assert got["the late sixties"] == ("DATE", "196")
    assert got["eight trading days"] == ("DURATION", "P8D")
    assert "forties" not in " ".join(found("The suspect, a man in his forties, fled."))


def test_times_one_day_after_a_modal_is_the_future() -> None:
    got = [(t.text, t.value) for t in times("Officials said the border could one day reopen; talks lasted one day.")]
    assert got == [("one day", "FUTURE_REF"), ("one day", "P1D")]


def test_times_the_day_of_the_story_and_its_parts() -> None:
    text = (
        "Stocks fell sharply on Monday. The index lost 250 points in morning trading and ended the day down 3%. "
        "By mid-afternoon, dealers were calm."
    )
    got = found(text, published="2009-02-24")
    assert got["morning"] == ("TIME", "2009-02-23TMO")
    assert got["the day"] == ("DATE", "2009-02-23")
    assert got["mid-afternoon"] == ("TIME", "2009-02-23TAF")
    assert found("Prices rose by mid-afternoon yesterday.")["mid-afternoon yesterday"] == ("TIME", "2023-03-14TAF")


def test_times_the_september_11_attacks_are_on_their_day() -> None:
    text = "Since 9/11 and the September 11 attacks, the panel met on September 11 and on 9/11/2019."
    got = [(t.text, t.value) for t in times(text, published="2019-10-08")]
    assert got == [
        ("9/11", "2001-09-11"),
        ("September 11", "2001-09-11"),
        ("September 11", "2019-09-11"),
        ("9/11/2019", "2019-09-11"),
    ]


def test_times_couple_of_years_and_a_later_date() -> None:
    got = found("Over the next couple of years the plant will close; talks resume at a later date.")
    assert got["the next couple of years"] == ("DURATION", "P2Y")
    assert got["a later date"] == ("DATE", "FUTURE_REF")


def test_times_hyphenated_modifier_leaves_its_determiner_to_the_noun() -> None:
    text = "The 24-hour truce ended the 23-year occupation; the third-quarter loss and a decade-long war."
    assert [t.text for t in times(text)] == ["24-hour", "23-year", "third-quarter", "decade-long"]


def test_times_plural_weekdays_and_weekday_nights_are_sets() -> None:
    text = "Shops shut on Fridays; flights leave on Tuesday nights and every Sunday morning. He left Friday night."
    got = [(t.text, t.type, t.value) for t in times(text)]
    assert got == [
        ("Fridays", "SET", "XXXX-WXX-5"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("every Sunday morning", "SET", "XXXX-WXX-7TMO"),
        ("Friday night", "TIME", "2023-03-10TNI"),
    ]


def test_times_unit_end_without_hyphen_is_the_unit() -> None:
    got = found("The deal should close by year end and the plant by the year's end. The year-end bonus was cut.")
    assert got["year end"] == ("DATE", "2023")
    assert got["year's end"] == ("DATE", "2023")
    assert got["year-end"] == ("DATE", "2023-12-31")
    assert "The year" not in got


def test_times_coming_and_ahead_are_vague_durations() -> None:
    got = found("Prices fell in recent weeks and may rise in the coming months or in the years ahead.")
    assert got["recent weeks"] == ("DURATION", "PXW")
    assert got["the coming months"] == ("DURATION", "PXM")
    assert got["the years ahead"] == ("DURATION", "PXY")


def test_times_holidays_from_easter_and_nth_weekdays() -> None:
    got = found(
        "The pope will wash feet on Holy Thursday and say Mass on Easter Sunday. Shops closed on Good Friday "
        "last year. Since Labor Day, prices rose. It was a good day for stocks."
    )
    assert got["Holy Thursday"] == ("DATE", "2023-04-06")
    assert got["Easter Sunday"] == ("DATE", "2023-04-09")
    assert got["Labor Day"] == ("DATE", "2022-09-05")
    assert "good day" not in got
    assert found("Memorial Day 2024 was quiet.")["Memorial Day 2024"] == ("DATE", "2024-05-27")
    assert found("Easter was quiet.", published=None)["Easter"] == ("DATE", "XXXX-XX-XX")


@pytest.mark.parametrize(
    ("year", "day"), [(1998, "1998-04-12"), (2000, "2000-04-23"), (2013, "2013-03-31"), (2019, "2019-04-21")]
)
def test_times_easter_computus(year: int, day: str) -> None:
    assert easter(year).isoformat() == day


def test_times_nth_weekday_of_month() -> None:
    assert nth_weekday(2013, 11, 4, 4).isoformat() == "2013-11-28"  # Thanksgiving
    assert nth_weekday(2013, 5, 1, -1).isoformat() == "2013-05-27"  # Memorial Day
    assert nth_weekday(2024, 9, 1, 1).isoformat() == "2024-09-02"  # Labor Day


def test_times_weekday_after_a_verb_of_schedule_is_the_coming_one() -> None:
    got = found("The envoys meet separately on Monday. Talks resume Friday. His visit Tuesday went well.")
    assert got["Monday"] == ("DATE", "2023-03-20")
    assert got["Friday"] == ("DATE", "2023-03-17")
    assert got["Tuesday"] == ("DATE", "2023-03-14")  # "visit" is a noun here: the past Tuesday
    assert found("The pact had been due to expire Sunday.")["Sunday"] == ("DATE", "2023-03-12")


def test_times_previous_weekday_counts_from_the_day_the_text_is_at() -> None:
    got = found("Shares closed at $5 on Friday, March 10, up from the previous Friday. Talks began on March 1.")
    assert got["the previous Friday"] == ("DATE", "2023-03-03")
    assert found("The deal was signed on March 1 and approved the following Monday.")["the following Monday"] == (
        "DATE",
        "2023-03-06",
    )


def test_times_half_of_a_year_not_of_something_else() -> None:
    got = found("Profit fell in the last half of 2022 and sales in the second half of the '80s.")
    assert got["the last half of 2022"] == ("DATE", "2022-H2")
    assert got["the '80s"] == ("DATE", "198")
    assert "the second half" not in got


def test_times_same_period_a_year_back() -> None:
    got = found("Car sales fell 20% in February from the same month a year ago.")
    assert got["the same month a year ago"] == ("DATE", "2022-02")
    assert "a year ago" not in got
    got = found("Profit in the third quarter of 2022 rose from the corresponding period last year.")
    assert got["the corresponding period last year"] == ("DATE", "2021-Q3")
    assert "the same period last year" not in found("Demand rose from the same period last year.")


def test_times_later_with_no_date_before_is_a_span() -> None:
    got = found("Several weeks later, the rebels fired again. Two weeks later, they met.")
    assert got["Several weeks later"] == ("DURATION", "PXW")
    assert got["Two weeks later"] == ("DURATION", "P2W")
    assert found("He was elected in 2008 and re-elected four years later.")["four years later"] == ("DATE", "2012")


def test_times_a_past_participle_after_be_tells_no_past() -> None:
    # "will be held", "is to be paid": the participle's auxiliary gives the tense, whether the verb ends in "-ed"
    # or not (published on a Wednesday).
    assert found("The vigil will be held Saturday in the square.")["Saturday"] == ("DATE", "2023-03-18")
    assert found("The vigil was held Saturday in the square.")["Saturday"] == ("DATE", "2023-03-11")


def test_times_a_present_plan_or_a_time_left_points_ahead() -> None:
    assert found("Investigators expect the findings on Friday.")["Friday"] == ("DATE", "2023-03-17")
    assert found("The ministry has until Monday to reply.")["Monday"] == ("DATE", "2023-03-20")
    assert found("The ministry replied on Monday.")["Monday"] == ("DATE", "2023-03-13")


def test_times_a_plan_told_on_a_day_named_before_follows_that_day() -> None:
    # Published on Wednesday 2023-03-15: the plan was told on Monday 13th, for the days after it.
    got = found("The minister said on Monday she would fly to Oslo on Tuesday and to Rome on Saturday.")
    assert got["Tuesday"] == ("DATE", "2023-03-14")
    assert got["Saturday"] == ("DATE", "2023-03-18")
    assert found("The minister said on Monday she flew to Oslo on Saturday.")["Saturday"] == ("DATE", "2023-03-11")


def test_times_a_count_of_consecutive_units_is_a_duration() -> None:
    assert found("The port stayed shut for three consecutive days.")["three consecutive days"] == ("DURATION", "P3D")
    assert found("Exports fell for two straight months.")["two straight months"] == ("DURATION", "P2M")


def test_times_a_present_verb_of_schedule_points_to_the_coming_weekday() -> None:
    # Published on Wednesday 2023-03-15.
    assert found("The exchange reopens Friday after the strike.")["Friday"] == ("DATE", "2023-03-17")
    assert found("The envoy's tour ends Monday in Cairo.")["Monday"] == ("DATE", "2023-03-20")
    assert found("The exchange reopened Friday after the strike.")["Friday"] == ("DATE", "2023-03-10")


def test_times_a_hyphenated_verb_of_something_done_puts_a_month_behind() -> None:
    # Published in March 2023: a November in which something was done is last year's.
    assert found("The mayor was re-elected in November.")["November"] == ("DATE", "2022-11")
    assert found("The mayor will be re-elected in November.")["November"] == ("DATE", "2023-11")


def test_times_bare_minutes_and_seconds_after_a_cue_are_vague_spans() -> None:
    got = found("Firefighters arrived within minutes, and the roof fell in seconds.")
    assert got["minutes"] == ("DURATION", "PTXM")
    assert got["seconds"] == ("DURATION", "PTXS")
    assert "minutes" not in found("The minutes of the meeting were published.")


def test_times_as_planned_tells_no_tense() -> None:
    # Published on Wednesday 2023-03-15: what began "as planned" began in the past.
    assert found("The airlift began as planned on Saturday.")["Saturday"] == ("DATE", "2023-03-11")
    assert found("The airlift is planned for Saturday.")["Saturday"] == ("DATE", "2023-03-18")


def test_times_days_later_counts_from_the_day_named_before() -> None:
    got = found("The envoy landed on Jan. 9 and left three days later.")
    assert got["three days later"] == ("DATE", "2023-01-12")
    got = found("The guard was hurt on Feb. 20; a day earlier, the gate had been forced.")
    assert got["a day earlier"] == ("DATE", "2023-02-19")
    # No day named before it (a year is no day to count from): a span.
    assert found("The mine opened in 2019 and flooded two days later.")["two days later"] == ("DURATION", "P2D")


def test_times_a_quarter_before_a_number_is_a_fraction() -> None:
    got = found("The site held a quarter million clips, and a quarter of the troops left within a quarter.")
    assert list(got.values()) == [("DURATION", "P1Q")]


def test_times_the_next_year_follows_the_narrated_date() -> None:
    got = found("Two soldiers were seized in August 2016. The next year, their captors released a video.")
    assert got["The next year"] == ("DATE", "2017")
    assert found("Prices will rise over the next year.")["the next year"] == ("DURATION", "P1Y")


def test_times_date_before_a_noun_leaves_its_determiner_out() -> None:
    got = found("They signed the November 27 agreement and met on the 27th of November.")
    assert got["November 27"] == ("DATE", "2022-11-27")
    assert got["the 27th of November"] == ("DATE", "2022-11-27")


def test_times_counted_unit_before_a_noun_leaves_the_determiner_out() -> None:
    got = found("They held the two day rally; the two days of music ended.")
    assert got["two day"] == ("DURATION", "P2D")
    assert got["the two days"] == ("DURATION", "P2D")


def test_times_this_past_weekend_and_a_day_last_year() -> None:
    got = found("The festival held this past weekend drew crowds; a gunman fired on June 12 last year.")
    assert got["this past weekend"] == ("DATE", "2023-W10-WE")
    assert got["June 12 last year"] == ("DATE", "2022-06-12")
    assert found("The vote is this coming weekend.")["this coming weekend"] == ("DATE", "2023-W11-WE")


def test_times_month_after_a_verb_of_something_done_lies_behind() -> None:
    # Published in late October: a later month governed by a verb of something done is last year's; one told as a
    # plan ("said … would"), or the end of an offer extended, may lie ahead.
    got = found(
        "In January, the group brought in a new chief executive. The fund bought the chain in February. "
        "For the year ended Jan. 31, sales rose 4%. The offer was extended to Nov. 20.",
        published="2023-10-27",
    )
    assert got["January"] == ("DATE", "2023-01")
    assert got["February"] == ("DATE", "2023-02")
    assert got["Jan. 31"] == ("DATE", "2023-01-31")
    assert got["Nov. 20"] == ("DATE", "2023-11-20")
    assert [t.value for t in times("He said the vote would be held in January.", published="2023-10-27")] == [
        "2024-01"
    ]


def test_times_wire_dateline_day_anchors_the_story() -> None:
    # A story datelined the day before its publication stamp counts "today" and "tomorrow" from the dateline.
    text = "BERLIN, March 14 (Xinhua) --\n\nThe ministers met today. Talks resume tomorrow."
    got = found(text, published="2023-03-15")
    assert got["March 14"] == ("DATE", "2023-03-14")
    assert got["today"] == ("DATE", "2023-03-14")
    assert got["tomorrow"] == ("DATE", "2023-03-15")
    # A date far from the publication, or one inside the story, moves nothing.
    assert found("BERLIN, Feb. 2 (Xinhua) --\n\nThe ministers met today.")["today"] == ("DATE", "2023-03-15")
    assert found("Talks began on March 14 -- and ended today.")["today"] == ("DATE", "2023-03-15")


def test_times_date_line_of_the_article_wins_over_a_later_stamp() -> None:
    # The article states its own date under the headline; a later publication stamp is an update.
    text = "Markets fall again\nMarch 3, 2023\nShares fell at the start of the day and recovered last week's losses."
    got = found(text, published="2023-03-15")
    assert got["the start of the day"] == ("DATE", "2023-03-03")
    assert got["last week"] == ("DATE", "2023-W08")
    # A date line later than the stamp moves nothing.
    later = "Markets fall again\nMarch 20, 2023\nShares fell at the start of the day."
    assert found(later, published="2023-03-15")["the start of the day"] == ("DATE", "2023-03-15")


def test_times_season_of_a_name_is_no_time() -> None:
    assert found("After the fall of the regime, looting spread. Since the fall of Kabul, prices rose.") == {}
    got = found("In the fall of 2021 he left; the spring of last year was dry.")
    assert got["the fall of 2021"] == ("DATE", "2021-FA")
    assert got["the spring of last year"] == ("DATE", "2022-SP")  # "the" is part of the span


def test_times_bare_season_follows_the_tense() -> None:
    # Told in March: a summer that was fought is last year's, one to come is this year's.
    got = found("Fighting raged in the summer. Snow fell in the winter.")
    assert got["the summer"] == ("DATE", "2022-SU")
    assert got["the winter"] == ("DATE", "2022-WI")
    assert found("Talks will resume in the autumn.")["the autumn"] == ("DATE", "2023-FA")


def test_times_month_right_after_a_verb_in_ed_lies_behind() -> None:
    # "-ed" verb + "in"/"on" + date: when it was done, so before the publication (late in the year here) ...
    got = found("He had been arrested and charged in January. She was appointed on Jan. 20.", published="2023-11-10")
    assert got["January"] == ("DATE", "2023-01")
    assert got["Jan. 20"] == ("DATE", "2023-01-20")
    # ... unless the verb tells of a plan, whose date is the plan's.
    assert found("An agreement is expected in January.", published="2023-11-10")["January"] == ("DATE", "2024-01")


def test_times_schedule_word_after_a_past_is_no_schedule() -> None:
    # "opens on Sunday" tells a schedule (the coming Sunday); "was open on Sunday" tells what was.
    assert found("The zoo was open on Sunday.")["Sunday"] == ("DATE", "2023-03-12")
    assert found("The zoo opens on Sunday.")["Sunday"] == ("DATE", "2023-03-19")


def test_times_award_of_the_year_is_no_time() -> None:
    assert found("The magazine named her Person of the Year. He won Player of the Month.") == {}
    assert found("Profits rose for the year.")["the year"][0] in ("DATE", "DURATION")


def test_times_preparing_for_a_weekday_is_the_coming_one() -> None:
    got = found("As voters prepare to cast ballots in Sunday's election, the parties campaigned.")
    assert got["Sunday"] == ("DATE", "2023-03-19")


def test_times_the_plural_unit_after_over_is_a_vague_span() -> None:
    got = found("Over the years, the town grew. Through the decades, it changed.")
    assert got["the years"] == ("DURATION", "PXY")
    assert got["the decades"] == ("DURATION", "PXDE")
    assert found("He recalled the years he spent there.") == {}


def test_times_early_and_late_belong_to_the_day_they_qualify() -> None:
    got = found("Earlier today, he spoke. Late Monday, he left. He left early Tuesday.")
    assert got["Earlier today"] == ("DATE", "2023-03-15")
    assert got["Late Monday"] == ("DATE", "2023-03-13")
    assert got["early Tuesday"] == ("DATE", "2023-03-14")
    assert "later now" not in found("It will come later now.")


def test_times_at_the_moment_closing_a_clause_is_now() -> None:
    got = times("At the moment, there is no deal. The plan is on hold for the moment.")
    assert [(t.text, t.value) for t in got] == [("the moment", "PRESENT_REF"), ("the moment", "PRESENT_REF")]
    assert found("At the moment of the blast, he ran. The moment he arrived, he left.") == {}


def test_times_the_new_year_is_the_year_about_to_begin() -> None:
    got = found("Talks resume in the new year. On New Year's Eve, crowds gathered.", published="2023-12-28")
    assert got["the new year"] == ("DATE", "2024")
    assert got["New Year's Eve"] == ("DATE", "2023-12-31")
    assert found("Prices rose in the new year.", published="2024-01-04")["the new year"] == ("DATE", "2024")
    assert found("Trains are full during the Lunar New Year.") == {}


def test_times_duration_of_pay_is_a_sum_not_a_time() -> None:
    assert found("He got a bonus equal to six months of base pay and a year's salary.") == {}
    assert found("He worked six months of the year.")["six months"] == ("DURATION", "P6M")


def test_times_one_day_as_some_day_is_future_ref() -> None:
    got = times("She hopes to one day become president, and he one day may follow.")
    assert [(t.text, t.value) for t in got] == [("one day", "FUTURE_REF"), ("one day", "FUTURE_REF")]
    assert found("They were held for up to one day.")["up to one day"] == ("DURATION", "P1D")


def test_times_date_in_figures_after_a_name_is_part_of_it() -> None:
    assert found("Critics praised the film Fahrenheit 9/11 and its maker.") == {}
    assert found("After 9/11, the laws changed.")["9/11"] == ("DATE", "2001-09-11")


def test_times_range_after_between_tags_each_bound() -> None:
    got = found("The hearing could take between 30 and 45 days. Repairs need between two to four weeks.")
    assert got["30"] == ("DURATION", "P30D")
    assert got["45 days"] == ("DURATION", "P45D")
    assert got["two"] == ("DURATION", "P2W")
    assert got["four weeks"] == ("DURATION", "P4W")
    assert "three" not in found("Shipments resume in three to five weeks.")
    assert found("The clinic sees children between one and two years old.") == {}


def test_times_two_figure_decade_without_apostrophe() -> None:
    got = found("Trade grew in the 60s and 70s, then slowed in the early 90s and the 20's.")
    assert got["the 60s"] == ("DATE", "196")
    assert got["70s"] == ("DATE", "197")
    assert got["the early 90s"] == ("DATE", "199")
    assert got["the 20's"] == ("DATE", "192")
    assert found("The two men, both in their 40s and 50s, were held.") == {}


def test_times_single_counts_one_unit() -> None:
    assert found("Markets had their worst single-day fall.") == {"single-day": ("DURATION", "P1D")}
    assert found("The strike lasted a single week.") == {"single week": ("DURATION", "P1W")}
    assert found("She is a single mother of two.") == {}


def test_times_two_weekdays_before_a_plural_part_of_day_are_both_sets() -> None:
    got = found("The ferry sails on Friday and Saturday evenings in summer.")
    assert got["Friday"] == ("SET", "XXXX-WXX-5TEV")
    assert got["Saturday evenings"] == ("SET", "XXXX-WXX-6TEV")
    assert found("The envoy met them on Friday and Saturday.")["Friday"] == ("DATE", "2023-03-10")


def test_times_formerly_is_no_time() -> None:
    assert found("The group, formerly a militia, joined the army.") == {}
    assert found("He recently joined the army.") == {"recently": ("DATE", "PAST_REF")}


def test_times_year_earlier_count_of_months_is_one_duration() -> None:
    assert found("Net for the year-earlier six months included a gain.") == {
        "the year-earlier six months": ("DURATION", "P6M")
    }
    assert found("Net rose from the year-ago quarter.")["the year-ago quarter"][0] == "DATE"


def test_times_first_or_last_plural_units_are_a_vague_span() -> None:
    assert found("Hundreds fled in the first days of the siege.") == {"the first days": ("DURATION", "PXD")}
    assert found("In the early years, the movement grew.") == {"the early years": ("DURATION", "PXY")}
    assert "the early hours" not in found("Police made arrests in the early hours of Sunday.")


def test_times_or_so_before_ago_keeps_the_offset() -> None:
    assert found("A week or so ago, the envoy left.") == {"A week or so ago": ("DATE", "2023-W10")}


def test_times_at_this_moment_is_now() -> None:
    assert found("Leaving at this critical moment would be a mistake.") == {
        "this critical moment": ("DATE", "PRESENT_REF")
    }
    assert found("This moment will be remembered.") == {}


def test_times_unit_before_or_after_counts_from_the_last_date() -> None:
    assert found("Exports rose last year, up 8 percent from the year before.") == {
        "last year": ("DATE", "2022"),
        "the year before": ("DATE", "2021"),
    }
    assert found("Nine died on Monday, up from five the day before.")["the day before"] == ("DATE", "2023-03-12")
    assert found("The party won in 1994 and again the year after.")["the year after"] == ("DATE", "1995")
    assert found("The day before, the rebels had fled.") == {}


def test_times_the_year_before_a_defining_phrase_is_no_time() -> None:
    assert found("Prices doubled in the year before the war.") == {}
    assert found("The vote is set for the week of Sept. 14.") == {"Sept. 14": ("DATE", "2023-09-14")}
    assert found("Shares hit a high for the year of $42 in June.")["the year"] == ("DATE", "2023")


def test_times_the_last_unit_of_something_is_its_final_one() -> None:
    assert found("It was the last year of his term.") == {}
    assert found("It was the last week of the campaign.") == {}
    assert found("Violence grew over the past year.") == {"the past year": ("DURATION", "P1Y")}
    assert found("Ford posted a profit for the last year of $2.7 billion.") == {"the last year": ("DURATION", "P1Y")}


def test_times_range_without_a_year_keeps_its_ends_in_order() -> None:
    got = found("From March to November, imports rose 18 percent.", published="2024-03-10")
    assert got == {"March": ("DATE", "2023-03"), "November": ("DATE", "2023-11")}
    got = found("Prices rose between Dec. 20 and Jan. 5.", published="2024-01-20")
    assert got == {"Dec. 20": ("DATE", "2023-12-20"), "Jan. 5": ("DATE", "2024-01-05")}
    got = found("The fair runs from March to May.")
    assert got == {"March": ("DATE", "2023-03"), "May": ("DATE", "2023-05")}


def test_times_the_same_period_of_a_year_named_is_that_period_then() -> None:
    got = found("Exports rose in the first half of this year over the same period of last year.")
    assert got["the same period of last year"] == ("DATE", "2022-H1")
    got = found("Output in the first quarter rose 10 percent over the same period of 2021.")
    assert got["the same period of 2021"] == ("DATE", "2021-Q1")
    assert found("Output rose 10 percent over the same period of 2021.") == {"2021": ("DATE", "2021")}


def test_times_the_verb_last_stays_out_of_a_duration() -> None:
    assert found("The trial is expected to last several weeks.") == {"several weeks": ("DURATION", "PXW")}
    assert found("The strike will last two years.") == {"two years": ("DURATION", "P2Y")}
    assert found("The ceasefire held for the last two weeks.") == {"the last two weeks": ("DURATION", "P2W")}


def test_times_midnight_or_noon_before_a_date_is_one_time() -> None:
    assert found("The deadline is midnight Aug. 31.") == {"midnight Aug. 31": ("TIME", "2023-08-31T24:00")}
    assert found("The rally began at noon on March 3.") == {"noon on March 3": ("TIME", "2023-03-03T12:00")}


def test_times_a_schedule_verb_before_at_and_a_clock_gives_the_coming_day() -> None:
    assert found("The offer expires at midnight Friday.") == {"midnight Friday": ("TIME", "2023-03-17T24:00")}
    assert found("The offer expired at midnight Friday.") == {"midnight Friday": ("TIME", "2023-03-10T24:00")}


def test_times_a_count_before_period_or_term_is_the_whole_span() -> None:
    assert found("Profits were overstated over a three-year period.") == {"a three-year period": ("DURATION", "P3Y")}
    assert found("The loan may be renewed during its one-year term.") == {"one-year term": ("DURATION", "P1Y")}
    assert found("The war lasted three years.") == {"three years": ("DURATION", "P3Y")}


def test_times_or_so_after_a_duration_is_part_of_it() -> None:
    assert found("Shares could rise over the next two years or so.") == {
        "the next two years or so": ("DURATION", "P2Y")
    }
    assert found("He waited an hour or so before calling.") == {"an hour or so": ("DURATION", "PT1H")}


def test_times_an_irregular_past_before_a_weekday_tells_the_past() -> None:
    got = found("The talks broke down on Monday and will resume on Friday.")
    assert got == {"Monday": ("DATE", "2023-03-13"), "Friday": ("DATE", "2023-03-17")}
    got = found("The rebels fled Tuesday and officials say they will return next month.")
    assert got["Tuesday"] == ("DATE", "2023-03-14")


def test_times_due_in_the_present_points_ahead() -> None:
    assert found("The results are due Friday.") == {"Friday": ("DATE", "2023-03-17")}
    assert found("The report was due Friday.") == {"Friday": ("DATE", "2023-03-10")}


def test_times_more_schedule_verbs_give_the_coming_weekday() -> None:
    assert found("The new rules take effect Monday.") == {"Monday": ("DATE", "2023-03-20")}
    assert found("The exhibit closes Sunday.") == {"Sunday": ("DATE", "2023-03-19")}
    assert found("The market was closed on Monday.") == {"Monday": ("DATE", "2023-03-13")}


def test_times_the_past_weekend_is_a_date() -> None:
    assert found("Shops reopened after the past weekend.") == {"the past weekend": ("DATE", "2023-W10-WE")}
    assert found("Talks resume over the coming weekend.") == {"the coming weekend": ("DATE", "2023-W11-WE")}


def test_times_a_season_of_last_or_next_year() -> None:
    assert found("The minister resigned in the summer of last year.") == {
        "the summer of last year": ("DATE", "2022-SU")
    }
    assert found("Elections are due in the spring of next year.") == {"the spring of next year": ("DATE", "2024-SP")}


def test_times_a_month_in_a_plain_past_clause_lies_before_the_publication() -> None:
    assert found("The incident in April led to charges.", published="2023-02-10") == {"April": ("DATE", "2022-04")}
    assert found("The plant closed in March.", published="2023-02-10") == {"March": ("DATE", "2022-03")}
    assert found("He said elections in April were unlikely.", published="2023-02-10") == {
        "April": ("DATE", "2023-04")
    }
    assert found("The two sides agreed to meet in April.", published="2023-02-10") == {"April": ("DATE", "2023-04")}


def test_times_a_year_in_two_figures_after_an_apostrophe() -> None:
    assert found("Sales in '99 were strong.", published="2000-01-07") == {"'99": ("DATE", "1999")}
    assert found("The class of '05 will graduate.", published="2000-01-07") == {"'05": ("DATE", "2005")}
    assert found("He said 'in 99 cases out of 100'.") == {}


def test_times_a_schedule_verb_earlier_in_the_clause_gives_the_coming_weekday() -> None:
    assert found("The prime minister meets the king in Rabat on Friday.") == {"Friday": ("DATE", "2023-03-17")}
    assert found("Farmers go to the polls Sunday.") == {"Sunday": ("DATE", "2023-03-19")}
    assert found("The leader who heads the party resigned Monday.") == {"Monday": ("DATE", "2023-03-13")}
    assert found("She faces questions over Monday's attack.") == {"Monday": ("DATE", "2023-03-13")}


def test_times_ahead_of_a_weekday_is_the_coming_one() -> None:
    assert found("Ahead of Sunday's vote, the party held a rally.") == {"Sunday": ("DATE", "2023-03-19")}


def test_times_a_plan_told_in_the_past_gives_the_coming_weekday() -> None:
    assert found("The mayor said she would sign the order on Friday.") == {"Friday": ("DATE", "2023-03-17")}
    assert found("The mayor said the order would have expired Friday.") == {"Friday": ("DATE", "2023-03-10")}


def test_times_a_quarter_named_by_its_months() -> None:
    assert found("Exports fell in the October-December quarter.") == {
        "the October-December quarter": ("DATE", "2022-Q4")
    }
    assert found("Exports will rise in the April-June quarter.") == {"the April-June quarter": ("DATE", "2023-Q2")}
    assert found("Sales rose in the July-September quarter of 2021.") == {
        "the July-September quarter of 2021": ("DATE", "2021-Q3")
    }


def test_times_words_in_ed_that_are_no_past_tell_no_tense() -> None:
    assert found("The envoy will brief the United Nations on Monday.") == {"Monday": ("DATE", "2023-03-20")}
    assert found("Hundreds of farmers plan to march on Saturday.") == {"Saturday": ("DATE", "2023-03-18")}
    assert found("The farmers marched on Saturday.") == {"Saturday": ("DATE", "2023-03-11")}


def test_times_an_ed_word_after_a_determiner_is_no_past() -> None:
    assert found("Police will question the detained men on Friday.") == {"Friday": ("DATE", "2023-03-17")}
    assert found("The detained men were freed on Friday.") == {"Friday": ("DATE", "2023-03-10")}


def test_times_is_or_are_before_a_weekday_tells_a_schedule() -> None:
    assert found("The election is Sunday.") == {"Sunday": ("DATE", "2023-03-19")}
    assert found("The funeral is on Tuesday.") == {"Tuesday": ("DATE", "2023-03-21")}
    assert found("The funeral was on Tuesday.") == {"Tuesday": ("DATE", "2023-03-14")}


def test_times_a_past_form_after_a_modal_or_to_is_a_base_form() -> None:
    assert found("The storm will hit the coast late Thursday.") == {"late Thursday": ("DATE", "2023-03-16")}
    assert found("The bank is expected to cut rates on Monday.") == {"Monday": ("DATE", "2023-03-20")}
    assert found("The storm hit the coast late Thursday.") == {"late Thursday": ("DATE", "2023-03-09")}


def test_times_a_year_before_a_holiday_is_its_year() -> None:
    assert found("Few of the 2019 Christmas Eve raids led to charges.") == {
        "2019 Christmas Eve": ("DATE", "2019-12-24")
    }


def test_times_a_weekday_after_the_day_it_names_in_the_sentence_is_that_day() -> None:
    text = "As crowds celebrate St. Patrick's Day in Dublin on Friday night, medics wait nearby."
    assert found(text, published="2023-03-16") == {
        "St. Patrick's Day": ("DATE", "2023-03-17"),
        "Friday night": ("TIME", "2023-03-17TNI"),
    }


def test_times_until_and_a_preposition_to_tell_no_plan_in_a_past_clause() -> None:
    assert found("She was the envoy to the talks until December.", published="2023-10-08") == {
        "December": ("DATE", "2022-12")
    }
    assert found("The ban was extended until December.", published="2023-10-08") == {"December": ("DATE", "2023-12")}
    assert found("They agreed to meet in December.", published="2023-10-08") == {"December": ("DATE", "2023-12")}


def test_times_a_weekday_a_date_is_put_off_to_is_the_coming_one() -> None:
    assert found("The judge adjourned the hearing until Monday.") == {"Monday": ("DATE", "2023-03-20")}
    assert found("The rebels gave the troops until Saturday to leave.") == {"Saturday": ("DATE", "2023-03-18")}
    assert found("The crowd stayed until Monday.") == {"Monday": ("DATE", "2023-03-13")}


def test_times_a_weekday_before_its_date_in_brackets_is_that_date() -> None:
    assert found("The dam burst last Friday (March 3).") == {
        "last Friday": ("DATE", "2023-03-03"),
        "March 3": ("DATE", "2023-03-03"),
    }


def test_times_a_month_a_plan_told_in_the_past_names_lies_ahead() -> None:
    published = "2023-08-10"
    assert found("The envoy said the talks would resume in December.", published=published) == {
        "December": ("DATE", "2023-12")
    }
    assert found("The strike would end in March, union leaders said.", published=published) == {
        "March": ("DATE", "2024-03")
    }
    assert found("The mayor said she would open the bridge on Aug. 2.", published=published) == {
        "Aug. 2": ("DATE", "2023-08-02")
    }
    assert found("In May, he said the mine would reopen in June.", published=published) == {
        "May": ("DATE", "2023-05"),
        "June": ("DATE", "2023-06"),
    }


def test_times_the_next_morning_is_a_part_of_the_day_after_the_day_named() -> None:
    assert found("The rebels shelled the port on Friday night and withdrew the next morning.") == {
        "Friday night": ("TIME", "2023-03-10TNI"),
        "the next morning": ("TIME", "2023-03-11TMO"),
    }
    assert found("The dam broke on March 2, after heavy rain the night before.") == {
        "March 2": ("DATE", "2023-03-02"),
        "the night before": ("TIME", "2023-03-01TNI"),
    }
    assert found("Nobody knows what the next morning will bring.") == {}


def test_times_the_next_day_in_the_past_with_no_day_named_is_no_span() -> None:
    assert found("The next day, the militia withdrew from the town.") == {}
    assert found("The envoy left the following week.") == {}
    assert found("The town fell on March 5. The next day, the militia withdrew.") == {
        "March 5": ("DATE", "2023-03-05"),
        "The next day": ("DATE", "2023-03-06"),
    }
    assert found("Fighting is likely over the next day or two.")["the next day"] == ("DURATION", "P1D")


def test_times_a_schedule_verb_in_the_sentence_before_gives_a_weekday_no_schedule() -> None:
    assert found("The session opens April 3. On Monday, the speaker said talks would go on.") == {
        "April 3": ("DATE", "2023-04-03"),
        "Monday": ("DATE", "2023-03-13"),
    }


def test_times_as_many_units_after_a_count_is_no_span() -> None:
    assert found("It was the second raid in as many weeks.") == {}
    assert found("The siege lasted many weeks.") == {"many weeks": ("DURATION", "PXW")}


def test_times_a_half_of_the_year_is_that_half() -> None:
    assert found("Exports should recover in the second half of the year.") == {
        "the second half of the year": ("DATE", "2023-H2")
    }


def test_times_from_a_year_earlier_compares_with_the_period_reported_not_the_base() -> None:
    text = (
        "Steel output hit 9 million tonnes in February, up 3 percent over the same month last year. "
        "Coal output fell 2 percent from a year earlier."
    )
    assert found(text) == {
        "February": ("DATE", "2023-02"),
        "the same month last year": ("DATE", "2022-02"),
        "a year earlier": ("DATE", "2022"),
    }
    assert found("The port opened in 2010. A year earlier, the old one had closed.")["A year earlier"] == (
        "DATE",
        "2009",
    )


def test_times_a_weekday_after_a_participle_of_a_plan_is_the_coming_one() -> None:
    assert found("Lawmakers prepared for a vote expected Friday.") == {"Friday": ("DATE", "2023-03-17")}
    assert found("The verdict was expected Friday but was put off.") == {"Friday": ("DATE", "2023-03-10")}


def test_times_a_month_a_figure_measures_is_the_nearest_whatever_the_tense() -> None:
    assert found("The jobless rate for February will be released next week.", published="2023-03-02") == {
        "February": ("DATE", "2023-02"),
        "next week": ("DATE", "2023-W10"),
    }
    assert found("The vote will be held in February.", published="2023-03-02") == {"February": ("DATE", "2024-02")}


def test_times_the_next_century_outside_a_span_is_the_century() -> None:
    assert found("The country will enter the next century stronger.", published="1998-03-02") == {
        "the next century": ("DATE", "20")
    }
    assert found("Seas will rise over the next century.", published="1998-03-02") == {
        "the next century": ("DURATION", "P100Y")
    }


def test_times_a_day_before_a_short_full_month_leaves_the_full_stop_out() -> None:
    assert found("The curfew has been in force since 2 June.") == {"2 June": ("DATE", "2022-06-02")}
    assert "4 Aug." in found("The port reopened on 4 Aug. Trade resumed.")


def test_times_by_after_a_participle_names_the_doer_and_tells_no_plan() -> None:
    assert found("Two guards were killed by a roadside bomb in September.", published="2023-06-15") == {
        "September": ("DATE", "2022-09")
    }
    assert found("The dam must be finished by the army in September.", published="2023-06-15") == {
        "September": ("DATE", "2023-09")
    }


def test_times_a_weekday_after_since_is_the_one_before_whatever_the_tense() -> None:
    assert found("The bridge will reopen Monday after being shut since Friday.") == {
        "Monday": ("DATE", "2023-03-20"),
        "Friday": ("DATE", "2023-03-10"),
    }


def test_times_a_whole_month_with_no_tense_word_near_lies_behind() -> None:
    text = "Shares have risen on takeover talk, reaching a peak in June from a low in March."
    assert found(text, published="2023-10-30")["March"] == ("DATE", "2023-03")
    assert found("The festival opens in March.", published="2023-10-30") == {"March": ("DATE", "2024-03")}


def test_times_a_day_right_after_a_present_verb_of_schedule_lies_ahead() -> None:
    assert found("The new tariff takes effect on Jan. 1.") == {"Jan. 1": ("DATE", "2024-01-01")}
    assert found("The museum was open on Jan. 3.") == {"Jan. 3": ("DATE", "2023-01-03")}


def test_times_a_weekday_after_a_word_that_names_a_day_is_a_name_with_no_date_known() -> None:
    assert found("Retailers are counting on Black Friday sales.") == {"Black Friday": ("DATE", "XXXX-XX-XX")}
    assert found("Candidates campaigned hard before Super Tuesday.") == {"Super Tuesday": ("DATE", "XXXX-XX-XX")}
    assert found("The envoy flew home from Washington Tuesday.") == {"Tuesday": ("DATE", "2023-03-14")}


def test_times_a_present_of_schedule_right_before_a_day_outweighs_a_past_further_back() -> None:
    text = "Officials said the budget, which takes effect Jan. 1, would cut taxes."
    assert found(text, published="2023-04-07") == {"Jan. 1": ("DATE", "2024-01-01")}
    assert found("The envoys agreed to meet Jan. 5.", published="2023-01-10") == {"Jan. 5": ("DATE", "2023-01-05")}


def test_times_that_night_after_a_part_of_a_day_is_that_day() -> None:
    text = "The council voted on Saturday afternoon, and the mayor announced the result that night."
    assert found(text)["that night"] == ("TIME", "2023-03-11TNI")


def test_times_a_season_a_plan_told_in_the_past_names_is_the_next_not_over() -> None:
    assert found("Officials said the bridge would reopen in the spring.", published="2023-06-26") == {
        "the spring": ("DATE", "2024-SP")
    }
    assert found("The bridge reopened in the spring.", published="2023-06-26") == {"the spring": ("DATE", "2023-SP")}


def test_times_early_or_late_before_this_morning_or_last_night_is_part_of_it() -> None:
    assert found("The ferry sank late last night.") == {"late last night": ("TIME", "2023-03-14TNI")}
    assert found("The plane landed early this morning.") == {"early this morning": ("TIME", "2023-03-15TMO")}


def test_times_the_previous_quarter_counts_from_the_quarter_the_text_named() -> None:
    text = "Output fell 2 percent in the first quarter from the previous quarter."
    assert found(text, published="2023-08-12")["the previous quarter"] == ("DATE", "2022-Q4")


def test_times_the_new_century_is_the_one_nearest_to_begin() -> None:
    assert found("The country will enter the new century stronger.", published="1998-08-12") == {
        "the new century": ("DATE", "20")
    }
    assert found("Shares of the New Century lender fell.", published="2007-03-12") == {}


def test_times_a_period_named_by_the_months_of_a_quarter_is_that_quarter() -> None:
    assert found("Output shrank in the April-June period.", published="2023-08-12") == {
        "the April-June period": ("DATE", "2023-Q2")
    }


def test_times_a_weekday_after_a_day_and_a_is_the_day_it_fell_on() -> None:
    text = "The crisis began on Aug. 14, a Monday, and three days later the currency fell."
    assert found(text, published="2023-11-20") == {
        "Aug. 14": ("DATE", "2023-08-14"),
        "Monday": ("DATE", "2023-08-14"),
        "three days later": ("DATE", "2023-08-17"),
    }


def test_times_a_season_a_plan_told_on_a_named_day_is_the_next_not_over() -> None:
    text = "The governor said Tuesday that prices would stabilize by spring."
    assert found(text, published="2023-11-20")["spring"] == ("DATE", "2024-SP")


def test_times_that_summer_is_the_season_of_the_year_last_named() -> None:
    text = "The war began in February 1998. By that summer, thousands had fled."
    assert found(text, published="1999-06-10")["that summer"] == ("DATE", "1998-SU")
    assert "that fall" not in found("Prices rose in 1997. Shares that fall sharply are risky.", published="1999-06-10")


def test_times_a_count_of_hundreds_or_thousands_of_units_is_one_duration() -> None:
    got = found("The clan ruled the valley for three hundred years; the shrine has stood for two thousand years.")
    assert got == {"three hundred years": ("DURATION", "P300Y"), "two thousand years": ("DURATION", "P2000Y")}
    assert found("The temple has stood for a thousand years.") == {"a thousand years": ("DURATION", "P1000Y")}


def test_times_two_thousand_before_a_noun_is_a_count_not_a_year() -> None:
    assert found("Two thousand marchers filled the square.") == {}
    assert found("The plan was drawn up for the year two thousand.") == {"the year two thousand": ("DATE", "2000")}


def test_times_the_hundreds_of_a_century_name_the_century() -> None:
    got = found("The mill was built in the 1800s and rebuilt in the early 1900s; it closed in the 2000s.")
    assert got["the 1800s"] == ("DATE", "18")
    assert got["the early 1900s"] == ("DATE", "19")
    assert got["the 2000s"] == ("DATE", "200")


def test_times_year_end_looked_back_on_is_the_last_one() -> None:
    assert found("The index has gained 8 percent since year-end.")["year-end"] == ("DATE", "2022-12-31")
    assert found("At year-end, the lender held $5 billion in cash.")["year-end"] == ("DATE", "2022-12-31")
    assert found("The firm expects to close the sale by year-end.")["year-end"] == ("DATE", "2023-12-31")
    assert found("The firm said the sale would close by year-end.")["year-end"] == ("DATE", "2023-12-31")


def test_times_then_current_is_a_past_present() -> None:
    assert found("Holders could buy stock at the then-current price.") == {"then-current": ("DATE", "PAST_REF")}
    assert found("Holders could buy stock at the then current price.") == {"then current": ("DATE", "PAST_REF")}


def test_times_a_us_time_zone_without_its_season_letter_belongs_to_the_clock_time() -> None:
    assert found("The senator will speak at 2 p.m. ET on Friday.") == {
        "2 p.m. ET on Friday": ("TIME", "2023-03-17T14:00")
    }


def test_times_a_verb_of_schedule_in_the_present_progressive_puts_a_weekday_ahead() -> None:
    assert found("The two envoys are meeting on Friday in Vienna.")["Friday"] == ("DATE", "2023-03-17")
    assert found("The premier is travelling to Oslo on Monday for talks.")["Monday"] == ("DATE", "2023-03-20")
    got = found("The prime minister is visiting Ghana on Friday and Saturday.")
    assert (got["Friday"], got["Saturday"]) == (("DATE", "2023-03-17"), ("DATE", "2023-03-18"))
    assert found("Detectives are investigating the shooting on Monday.")["Monday"] == ("DATE", "2023-03-13")


def test_times_a_weekday_in_the_name_of_a_paper_or_a_club_is_no_date() -> None:
    assert found("The leak was first reported by the Sunday Times and the Mail on Sunday.") == {}
    assert found("The Monday Club met in London.") == {}
    assert found("Crowds filled the square on Sunday. Times have changed since then.") == {
        "Sunday": ("DATE", "2023-03-12")
    }
    assert found("On Sunday Times Square was packed.") == {"Sunday": ("DATE", "2023-03-12")}


def test_times_a_day_in_figures_naming_an_alliance_is_no_date() -> None:
    assert found("The March 14 alliance and the May 4th Movement rallied in the capital.") == {}
    assert found("The alliance was formed on March 14.") == {"March 14": ("DATE", "2023-03-14")}


def test_times_a_month_after_a_verb_of_schedule_and_in_lies_ahead() -> None:
    got = found("The lease signed in October expires in December.", published="2023-03-15")
    assert got["December"] == ("DATE", "2023-12")
    assert got["October"] == ("DATE", "2022-10")


def test_times_a_participle_after_remain_or_stay_tells_no_past() -> None:
    got = found("The port authority said the docks would remain closed through Tuesday.")
    assert got["Tuesday"] == ("DATE", "2023-03-21")


def test_times_the_year_ago_quarter_is_a_year_before_the_quarter_reported() -> None:
    text = "Sales rose in the quarter ended Dec. 31 from the year-ago quarter, and from last year's quarter too."
    got = found(text, published="2023-02-10")
    assert got["the quarter"] == ("DATE", "2022-Q4")
    assert got["the year-ago quarter"] == ("DATE", "2021-Q4")
    assert got["last year's quarter"] == ("DATE", "2021-Q4")
    got = found("Profit fell in the fourth quarter from the year-earlier fourth quarter.", published="2023-02-10")
    assert got["the year-earlier fourth quarter"] == ("DATE", "2021-Q4")


def test_times_a_weekday_in_local_time_may_be_the_day_after_the_stamp() -> None:
    assert found("The navy fired a test rocket Thursday morning local time.")["Thursday morning"] == (
        "TIME",
        "2023-03-16TMO",
    )
    assert found("The navy fired a test rocket on Thursday.")["Thursday"] == ("DATE", "2023-03-09")
    assert found("The quake struck at 2:15 a.m. local time Tuesday.") == {
        "2:15 a.m. local time Tuesday": ("TIME", "2023-03-14T02:15")
    }


def test_times_a_clock_time_naming_its_day_takes_the_rest_of_the_date() -> None:
    assert found("The talks resume at 9 a.m. on Monday, March 20, officials said.") == {
        "9 a.m. on Monday, March 20": ("TIME", "2023-03-20T09:00")
    }
    assert found("The blast came at 4:38 p.m. on Sept. 27, 2021.") == {
        "4:38 p.m. on Sept. 27, 2021": ("TIME", "2021-09-27T16:38")
    }


def test_times_a_clock_time_before_a_longer_date_is_kept() -> None:
    assert found("Last updated at 10:30 GMT on Tuesday 14 March 2023.") == {
        "10:30 GMT": ("TIME", "2023-03-14T10:30Z"),
        "Tuesday 14 March 2023": ("DATE", "2023-03-14"),
    }
    assert found("The index peaked at 16:15 UTC, March 1.") == {
        "16:15 UTC": ("TIME", "2023-03-01T16:15Z"),
        "March 1": ("DATE", "2023-03-01"),
    }


def test_times_a_day_before_the_month_in_figures_when_it_cannot_be_a_month() -> None:
    assert found("The order was dated 21/03/2013.") == {"21/03/2013": ("DATE", "2013-03-21")}
    assert found("The order was dated 03/04/2013.") == {"03/04/2013": ("DATE", "2013-03-04")}


def test_times_a_month_ahead_counts_until_its_end() -> None:
    got = found("The report is due at the end of March, and the vote will be held in March.", published="2023-03-21")
    assert got["the end of March"] == ("DATE", "2023-03")
    assert got["March"] == ("DATE", "2023-03")


def test_times_a_month_after_a_participle_of_a_plan_and_for() -> None:
    assert found("Elections are scheduled for March.", published="2023-01-10") == {"March": ("DATE", "2023-03")}
    assert found("Support for May fell.", published="2023-01-10") == {}


def test_times_earlier_or_later_before_this_evening_belongs_to_it() -> None:
    assert found("Earlier this evening, police confirmed two deaths.") == {
        "Earlier this evening": ("TIME", "2023-03-15TEV")
    }
    assert found("The minister will speak later this afternoon.") == {"later this afternoon": ("TIME", "2023-03-15TAF")}


def test_times_a_count_of_times_per_unit_and_every_n_minutes_are_sets() -> None:
    got = found("Inspectors visit three times a week; buses leave every 15 minutes; alarms ring several times a day.")
    assert got == {
        "three times a week": ("SET", "P1W"),
        "every 15 minutes": ("SET", "PT15M"),
        "several times a day": ("SET", "P1D"),
    }
    assert found("He was fined three times a year ago.") == {"a year ago": ("DATE", "2022")}


def test_times_a_quarter_of_a_unit_is_a_fourth_of_it() -> None:
    got = found("It was the first visit in a quarter-century and the worst attack in a quarter of a century.")
    assert got == {"a quarter-century": ("DURATION", "P25Y"), "a quarter of a century": ("DURATION", "P25Y")}
    assert found("They waited a quarter of an hour.") == {"a quarter of an hour": ("DURATION", "PT15M")}
    assert found("A quarter of the troops left; a quarter million people came.") == {}


def test_times_the_first_century_does_not_break_the_tagger() -> None:
    assert found("Rome grew in the first century.") == {"the first century": ("DATE", "00")}
    assert times("Since the first century, the city has stood.")[0].begin == "0001-01-01"


def test_times_two_centuries_named_together_are_each_a_century() -> None:
    assert found("The city grew rapidly in the 19th and 20th centuries.") == {
        "the 19th": ("DATE", "18"),
        "20th centuries": ("DATE", "19"),
    }


def test_times_a_shift_beyond_the_calendar_is_vague_not_a_crash() -> None:
    assert found("The city was founded 3,000 years ago.") == {"3,000 years ago": ("DATE", "PAST_REF")}
    period = only("Over the past 3,000 years, the river moved.")
    assert (period.value, period.role, period.begin) == ("P3000Y", "period", None)


def test_times_for_a_while_is_a_vague_span_and_a_while_ago_the_past() -> None:
    assert found("The troops will stay for a while.") == {"a while": ("DURATION", "PXX")}
    assert found("Once in a while, a car passes.") == {}
    assert found("He left a while ago; the senator spoke moments ago.") == {
        "a while ago": ("DATE", "PAST_REF"),
        "moments ago": ("DATE", "PAST_REF"),
    }
