"""Time values on newswire sentences written for the times21 session in the style of 1998-2000 wire copy (AP, NYT,
Xinhua), each with its publication date and the TIMEX3 values a TimeML annotator gives; None: not a time. The
sentences of a held set written with them are kept out of the repository, so they stay unseen."""

from __future__ import annotations

import re

import pytest

from sitrep.pipeline import extract

CASES = [
    (
        "1998-02-19",
        "Iraqi officials said Tuesday that U.N. inspectors would be allowed into the presidential sites.",
        {"Tuesday": "1998-02-17"},
    ),
    ("1998-02-19", "The Senate is expected to vote on the measure next week.", {"next week": "1998-W09"}),
    (
        "1998-02-19",
        "Oil prices fell sharply last Friday after OPEC ministers failed to agree on cuts.",
        {"last Friday": "1998-02-13"},
    ),
    (
        "1998-02-19",
        "The company currently employs 4,500 people in three states.",
        {"currently": "PRESENT_REF", "4,500": None},
    ),
    ("1998-02-19", "Stocks have gained 12 percent over the past 10 days.", {"the past 10 days": "P10D", "12": None}),
    (
        "1998-02-19",
        "The 1990s have been a decade of rapid growth for the Asian economies.",
        {"The 1990s": "199", "a decade": "P10Y"},
    ),
    (
        "1998-02-19",
        "The ministry reported a 3.2 percent rise in exports in the fourth quarter.",
        {"the fourth quarter": "1997-Q4"},
    ),
    ("1998-02-19", "Earlier this month, rebels attacked a convoy near the border.", {"Earlier this month": "1998-02"}),
    ("1998-02-19", "Clinton will travel to Africa in the spring.", {"the spring": "1998-SP"}),
    (
        "1998-06-10",
        "The talks broke down Monday night after nine hours of negotiations.",
        {"Monday night": "1998-06-08TNI", "nine hours": "PT9H"},
    ),
    ("1998-06-10", "Police said the bomb exploded at about 3:30 p.m. on Sunday.", {"3:30 p.m.": "1998-06-07T15:30"}),
    ("1998-06-10", "A year ago, the central bank raised interest rates twice.", {"A year ago": "1997", "twice": None}),
    ("1998-06-10", "The government plans to sell its stake by the end of the year.", {"the end of the year": "1998"}),
    ("1998-06-10", "Fighting has continued for three weeks despite the cease-fire.", {"three weeks": "P3W"}),
    ("1998-06-10", "The World Cup opens in Paris on Wednesday.", {"Wednesday": "1998-06-10"}),
    ("1998-06-10", "Analysts expect the yen to weaken further next month.", {"next month": "1998-07"}),
    ("1998-06-10", "The tribunal meets every week to review new cases.", {"every week": "P1W"}),
    ("1998-10-23", "Hurricane Mitch is expected to reach the coast this weekend.", {"this weekend": "1998-W43-WE"}),
    (
        "1998-10-23",
        "Yesterday's vote came after a week of intense lobbying.",
        {"Yesterday": "1998-10-22", "a week": "P1W"},
    ),
    ("1998-10-23", "The 62-year-old senator has served in Congress since 1975.", {"62-year-old": None, "1975": "1975"}),
    ("1998-10-23", "Netanyahu and Arafat met at the Wye River plantation last week.", {"last week": "1998-W42"}),
    (
        "1998-10-23",
        "Profit for fiscal 1998, which ended Sept. 30, rose 15 percent.",
        {"fiscal 1998": "1998", "Sept. 30": "1998-09-30"},
    ),
    ("1998-10-23", "The rains this morning flooded dozens of villages.", {"this morning": "1998-10-23TMO"}),
    ("1998-10-23", "Chairman Robert May said the board would meet again.", {"May": None}),
    (
        "1999-01-12",
        "Impeachment hearings in the Senate began last Thursday and may last several weeks.",
        {"last Thursday": "1999-01-07", "several weeks": "PXW", "may": None},
    ),
    (
        "1999-01-12",
        "The euro was launched on Jan. 1 and has since fallen against the dollar.",
        {"Jan. 1": "1999-01-01"},
    ),
    (
        "1999-01-12",
        "Unemployment in December was the lowest in nearly three decades.",
        {"December": "1998-12", "nearly three decades": "P30Y"},
    ),
    (
        "1999-01-12",
        "The airline said it would cut 2,000 jobs over the next two years.",
        {"the next two years": "P2Y", "2,000": None},
    ),
    ("1999-01-12", "Recently, the two sides have exchanged prisoners.", {"Recently": "PAST_REF"}),
    ("1999-04-07", "NATO warplanes struck Belgrade for the 14th straight night on Tuesday.", {"Tuesday": "1999-04-06"}),
    ("1999-04-07", "Thousands of refugees crossed into Macedonia over the weekend.", {"the weekend": "1999-W13-WE"}),
    (
        "1999-04-07",
        "The economy grew at an annual rate of 4.1 percent in the first quarter.",
        {"the first quarter": "1999-Q1"},
    ),
    ("1999-04-07", "Easter falls early this year.", {"this year": "1999"}),
    ("1999-04-07", "Officials said the aid would arrive within 48 hours.", {"48 hours": "PT48H"}),
    (
        "1999-08-26",
        "The earthquake struck at 3:02 a.m. on Aug. 17, killing thousands.",
        {"3:02 a.m.": "1999-08-17T03:02"},
    ),
    (
        "1999-08-26",
        "Turkey's parliament will convene next Tuesday in an emergency session.",
        {"next Tuesday": "1999-08-31"},
    ),
    ("1999-08-26", "The company's shares have doubled since the spring.", {"the spring": "1999-SP"}),
    ("1999-08-26", "Two years ago, the party won 40 percent of the vote.", {"Two years ago": "1997"}),
    (
        "1999-08-26",
        "Sales rose 8 percent in July from a year earlier.",
        {"July": "1999-07", "a year earlier": "1998-07"},
    ),
    ("2000-03-02", "Voters in 16 states go to the polls next Tuesday.", {"next Tuesday": "2000-03-07", "16": None}),
    (
        "2000-03-02",
        "The Nasdaq closed above 4,700 for the first time Wednesday.",
        {"Wednesday": "2000-03-01", "the first time": None},
    ),
    (
        "1998-10-23",
        "From January to September this year, China's exports rose 6.2 percent over the same period last year.",
        {"January": "1998-01", "September this year": "1998-09"},
    ),
    ("1998-10-23", "At present, more than 300 foreign firms operate in the zone.", {"At present": "PRESENT_REF"}),
    (
        "1998-10-23",
        "The country aims to double its grain output by the end of this century.",
        {"the end of this century": "19"},
    ),
    (
        "1998-10-23",
        "Premier Zhu Rongji arrived here Thursday afternoon for a three-day official visit.",
        {"Thursday afternoon": "1998-10-22TAF", "three-day": "P3D"},
    ),
    ("1998-10-23", "The plan covers the period from 1996 to 2000.", {"1996": "1996", "2000": "2000"}),
    ("1999-01-12", "The 1998-99 season ends in May.", {"May": "1999-05"}),
    ("1999-01-12", "The bridge will open early next century.", {"early next century": "20"}),
    (
        "1999-01-12",
        "Inflation in the first half of last year reached 9 percent.",
        {"the first half of last year": "1998-H1"},
    ),
    (
        "1999-01-12",
        "The two leaders spoke by telephone for 40 minutes late Sunday.",
        {"40 minutes": "PT40M", "late Sunday": "1999-01-10"},
    ),
    ("1999-08-26", "The fighting, which began Aug. 7, has left dozens dead.", {"Aug. 7": "1999-08-07"}),
    ("1999-08-26", "The vote, originally set for Aug. 8, was postponed twice.", {"Aug. 8": "1999-08-08"}),
    (
        "1999-08-26",
        "Officials said the fires were under control by 6 a.m. local time Thursday.",
        {"6 a.m.": "1999-08-26T06:00"},
    ),
    (
        "1999-08-26",
        "Israeli troops will withdraw from a further 7 percent of the West Bank by mid-November.",
        {"mid-November": "1999-11"},
    ),
    ("1999-08-26", "The court ruled in June that the law was unconstitutional.", {"June": "1999-06"}),
    ("1999-08-26", "Analysts say the economy will recover in the second half.", {"the second half": "1999-H2"}),
    ("2000-03-02", "The ceasefire has held for nearly a week.", {"nearly a week": "P1W"}),
    ("2000-03-02", "The tournament is held every four years.", {"every four years": "P4Y"}),
    ("2000-03-02", "The airline's shares have fallen 30 percent since January.", {"January": "2000-01"}),
    ("2000-03-02", "Bush won the South Carolina primary on Feb. 19.", {"Feb. 19": "2000-02-19"}),
    ("2000-03-02", "By 2005, the country hopes to connect every village to the grid.", {"2005": "2005"}),
    (
        "1998-02-19",
        "WASHINGTON (AP) _ The Pentagon ordered a second aircraft carrier to the Gulf on Wednesday. "
        "The move came two days after Iraq rejected the latest proposal.",
        {"Wednesday": "1998-02-18"},
    ),
    (
        "1998-02-19",
        "Annan met Iraqi officials for three hours on Sunday. The next day he flew back to New York.",
        {"three hours": "PT3H", "Sunday": "1998-02-15", "The next day": "1998-02-16"},
    ),
    (
        "1998-06-10",
        "The Senate voted 52-48 on Tuesday to kill the tobacco bill, which had been debated since mid-May.",
        {"Tuesday": "1998-06-09", "mid-May": "1998-05"},
    ),
    (
        "1998-06-10",
        "Seoul stocks fell 2.1 percent Wednesday to their lowest level in 11 years.",
        {"Wednesday": "1998-06-10", "11 years": "P11Y"},
    ),
    (
        "1998-10-23",
        "The rebels seized the town on Oct. 12, and government troops retook it three days later.",
        {"Oct. 12": "1998-10-12", "three days later": "1998-10-15"},
    ),
    (
        "1998-10-23",
        "The company, founded in 1889, said its third-quarter profit fell to $42 million from $51 million "
        "in the same period last year.",
        {"1889": "1889", "third-quarter": "1998-Q3", "the same period last year": "1997-Q3"},
    ),
    (
        "1999-01-12",
        "The storm dumped a foot of snow on Chicago over the weekend, closing O'Hare airport for most of Saturday.",
        {"the weekend": "1999-W01-WE", "Saturday": "1999-01-09"},
    ),
    (
        "1999-01-12",
        "The jury deliberated for less than an hour before acquitting him on Monday afternoon.",
        {"less than an hour": "PT1H", "Monday afternoon": "1999-01-11TAF"},
    ),
    (
        "1999-04-07",
        "Albania has received some 300,000 refugees since the bombing started on March 24, officials said Wednesday.",
        {"March 24": "1999-03-24", "Wednesday": "1999-04-07"},
    ),
    (
        "1999-08-26",
        "The Dow Jones industrial average closed at a record 11,326.04 on Wednesday, up 2 percent for the week.",
        {"Wednesday": "1999-08-25", "the week": "1999-W34", "11,326.04": None},
    ),
    ("1999-08-26", "Hours after the quake, rescuers pulled a 4-year-old girl from the rubble.", {"4-year-old": None}),
    (
        "2000-03-02",
        "In the 1996 election, Yeltsin won 54 percent in the runoff held in July of that year.",
        {"1996": "1996", "July of that year": "1996-07"},
    ),
    (
        "2000-03-02",
        "Oil prices have nearly tripled in the past 12 months, to about $31 a barrel.",
        {"the past 12 months": "P12M"},
    ),
    (
        "1998-02-19",
        "The strike began on Jan. 27. The day before, union leaders had rejected the offer.",
        {"Jan. 27": "1998-01-27", "The day before": "1998-01-26"},
    ),
    (
        "1998-02-19",
        "Israel's economy grew 2 percent in 1997, the slowest pace since the early 1990s.",
        {"1997": "1997", "the early 1990s": "199"},
    ),
    ("1998-02-19", "The dollar ended at 125.35 yen, up from 124.80 late Wednesday.", {"late Wednesday": "1998-02-18"}),
    (
        "1998-06-10",
        "The Chinese leader arrives on June 25 for a nine-day visit, the first by a U.S. president since 1989.",
        {"June 25": "1998-06-25", "nine-day": "P9D", "1989": "1989"},
    ),
    (
        "1998-06-10",
        "Indonesia's economy is expected to shrink by 10 percent this year, after growing 4.7 percent in 1997.",
        {"this year": "1998", "1997": "1997"},
    ),
    ("1999-01-12", "By year's end, the government hopes to privatize six state banks.", {"year's end": "1999"}),
    ("1999-01-12", "Prices fell late last year as demand from Asia dried up.", {"late last year": "1998"}),
    (
        "1999-04-07",
        "The company said it would announce first-quarter results next Wednesday.",
        {"first-quarter": "1999-Q1", "next Wednesday": "1999-04-14"},
    ),
    (
        "2000-03-02",
        "The last time the index fell this much in a single day was in October 1987.",
        {"October 1987": "1987-10"},
    ),
    ("2000-03-02", "The senator has been in office for half a century.", {"half a century": "P50Y"}),
    (
        "2000-11-09",
        "Bush led by 1,784 votes on Wednesday morning, but by Thursday evening his lead had shrunk to 327.",
        {"Wednesday morning": "2000-11-08TMO", "Thursday evening": "2000-11-09TEV"},
    ),
    ("2000-11-09", "The Clinton administration leaves office on Jan. 20.", {"Jan. 20": "2001-01-20"}),
    (
        "2000-11-09",
        "The election will be certified on Nov. 18, after absentee ballots from overseas are counted.",
        {"Nov. 18": "2000-11-18"},
    ),
    ("1999-01-12", "The two leaders meet in Geneva on Thursday to discuss the peace plan.", {"Thursday": "1999-01-14"}),
    ("1999-01-12", "Investors saw strong returns on Monday as Brazil's market rallied.", {"Monday": "1999-01-11"}),
    (
        "1999-01-12",
        "Chinese Vice Premier Qian Qichen met here this afternoon with the visiting Japanese foreign minister.",
        {"this afternoon": "1999-01-12TAF"},
    ),
    (
        "1999-01-12",
        "Since the beginning of this year, 12 new joint ventures have been approved.",
        {"the beginning of this year": "1999"},
    ),
    ("1999-01-12", "The Y2K bug could disrupt computers at the turn of the century.", {"Y2K": None}),
    ("1999-04-07", "He was sentenced to a 10-year prison term in 1995.", {"10-year": "P10Y", "1995": "1995"}),
    ("1999-04-07", "The rebels observed a 24-hour truce for the holiday.", {"24-hour": "PT24H"}),
    (
        "1999-04-07",
        "Growth averaged 8 percent a year in the 1980s and early '90s.",
        {"the 1980s": "198", "early '90s": "199"},
    ),
    (
        "1999-08-26",
        "Indonesia's parliament will elect a president in November, three months after the vote in East Timor.",
        {"November": "1999-11"},
    ),
    (
        "1999-08-26",
        "The ministry said late Wednesday that it had received 2,300 applications so far this year.",
        {"late Wednesday": "1999-08-25", "this year": "1999"},
    ),
    ("1999-08-26", "The company will spend $2 billion over the next five years.", {"the next five years": "P5Y"}),
    (
        "2000-03-02",
        "Prices rose 0.3 percent in January after a 0.2 percent gain in December.",
        {"January": "2000-01", "December": "1999-12"},
    ),
    ("2000-03-02", "The report, due out Friday, is expected to show strong job growth.", {"Friday": "2000-03-03"}),
    ("2000-03-02", "The famine of the 1840s killed a million people.", {"the 1840s": "184"}),
    ("2000-11-09", "The Senate returns on Monday for a lame-duck session.", {"Monday": "2000-11-13"}),
    (
        "1998-10-23",
        "As of the end of 1997, the country had 1.2 million telephone subscribers.",
        {"the end of 1997": "1997"},
    ),
    ("1998-10-23", "The two-day meeting opened here today.", {"two-day": "P2D", "today": "1998-10-23"}),
    (
        "1998-10-23",
        "The country plans to build 10 new airports during the Ninth Five-Year Plan period.",
        {"Ninth Five-Year Plan": None},
    ),
    ("1998-10-23", "The Chinese premier will visit Japan early next year.", {"early next year": "1999"}),
    ("1998-10-23", "Grain output hit a record in mid-1997.", {"mid-1997": "1997"}),
    ("1998-10-23", "The bank's bad loans have fallen over the past decade.", {"the past decade": "P10Y"}),
    ("1998-10-23", "The minister left here last weekend for talks in Moscow.", {"last weekend": "1998-W42-WE"}),
    ("1998-10-23", "The festival is held on Saturday and Sunday.", {"Saturday": "1998-10-24", "Sunday": "1998-10-25"}),
    ("1999-08-26", "So far this year, 40 people have died in the floods.", {"this year": "1999"}),
    ("1999-04-07", "The raids began at 8 p.m. (1800 GMT) Tuesday.", {"8 p.m.": "1999-04-06T20:00"}),
    (
        "1999-04-07",
        "NATO leaders will meet in Washington later this month to mark the alliance's 50th anniversary.",
        {"later this month": "1999-04"},
    ),
    (
        "1999-04-07",
        "The Pentagon said yesterday afternoon that two more aircraft had been sent.",
        {"yesterday afternoon": "1999-04-06TAF"},
    ),
    ("1999-04-07", "Thursday's talks in Oslo ended without a deal.", {"Thursday": "1999-04-01"}),
    ("1999-04-07", "The refugees have 48 hours to leave the camp.", {"48 hours": "PT48H"}),
    (
        "1999-04-07",
        "Officials expect the number of refugees to double within the next month.",
        {"the next month": "P1M"},
    ),
    ("1998-06-10", "The exhibition runs through Aug. 30.", {"Aug. 30": "1998-08-30"}),
    (
        "1998-06-10",
        "The central bank has intervened three times since April.",
        {"April": "1998-04", "three times": None},
    ),
    (
        "1998-06-10",
        "Thousands of Kosovo Albanians have fled over the past three months.",
        {"the past three months": "P3M"},
    ),
    (
        "1998-06-10",
        "The ceasefire took effect at 6 a.m. local time (0400 GMT) on June 5.",
        {"6 a.m.": "1998-06-05T06:00"},
    ),
    ("1998-06-10", "He served as prime minister from 1991 to 1993.", {"1991": "1991", "1993": "1993"}),
    ("1998-06-10", "Tomorrow's vote will decide the fate of the coalition.", {"Tomorrow": "1998-06-11"}),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_newswire_values(published: str, text: str, expected: dict[str, str | None]) -> None:
    found = extract(text, published=published).times
    for key, value in expected.items():
        where = re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text)
        assert where is not None
        hits = [t for t in found if t.start < where.end() and where.start() < t.end]
        if value is None:
            assert not hits, f"{key!r} is no time in {text!r}"
        else:
            assert hits and hits[0].value == value, f"{key!r} in {text!r}: {[(t.text, t.value) for t in hits]}"
