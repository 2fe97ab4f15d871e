"""Normalizers for calendar expressions: dates, months, years, decades, centuries, quarters, seasons, holidays."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from sitrep.components.times.calendar import easter, interval, nth_weekday, quarter_of
from sitrep.components.times.grammar import grammar, lookup
from sitrep.components.times.model import Context, Norm
from sitrep.data_files import function_words, load_toml

_PLAN_BACK = 60  # a day a plan told in the past names may have passed by this many days ("would return on Aug. 3")
_PAST_SLACK = 120  # a month-day named in a past clause may still lie this many days after the anchor (plans told)
_DONE_SLACK = 1  # but not one named with a verb of something done ("bought RJR in February"): a day for time zones
_OF = re.compile(r"\s+of\b(?!\s+(?:fiscal\s+)?(?:1[89]|20)\d\d)", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended)\b")
_ORDINAL_QUARTER = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}


def part_mod(m: re.Match[str]) -> str | None:
    """The TIMEX3 mod of a part word ("early" → START), if the rule has a `part` group that matched."""
    part = m.groupdict().get("part")
    return lookup("PART", part) if part else None


def side_of(m: re.Match[str]) -> str | None:
    """ "earlier this year" reaches back to the anchor, "later this month" forward from it."""
    part = (m.groupdict().get("part") or "").lower()
    return {"earlier": "before", "later": "after"}.get(part)


def full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 50 else 2000
    return year


def resolve_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of a month (and day, None for the whole month) stated without one: the anchor's, moved by tense
    when that is needed."""
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    first = day or 1
    day = day or 15
    year = min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: abs(_days(y, month, day, anchor)))
    cue = ctx.role_cue(start)
    if cue is not None and cue[1] == "since":  # "since May 1" is past; "effective Dec. 7", "from June 3" may not be
        return year - 1 if _days(year, month, day, anchor) > 0 else year
    if grammar().measured.search(ctx.before(start)) is not None:
        return year  # "the jobless rate for February will be released Friday": the month measured, the nearest
    if ctx.plan_told(start):  # "said the vote would take place in December": ahead, unless it has just passed
        return year + 1 if _days(year, month, day, anchor) < -_PLAN_BACK else year
    tense = ctx.tense(start, end)
    verb = _scheduled_right_before(ctx, start)
    if verb is not None and (tense is None or _third_person(verb)):
        tense = "future"  # "the law takes effect on Jan. 1"; "said fiscal 1999, which begins Oct. 1, would ..."
    over = _month_over(year, month, anchor) if first != day else _days(year, month, day, anchor) < -3
    if tense == "future" and over:
        year += 1  # a whole month ahead counts until its end ("will be held in March", told on March 21)
    elif _behind(ctx, tense, (year, month, first, day), start, end):
        year -= 1
    return year


_ON_BEFORE = re.compile(r"(?<![\w-])(?:on|in)\s+$")  # "takes effect on Jan. 1", "expires in December"


def _scheduled_right_before(ctx: Context, start: int) -> str | None:
    """The verb of schedule in the present that stands right before the date at `start`, or before "on" and it
    or "in" and it ("takes effect on Jan. 1", "expires in December"), after no past of "be" ("was open on May 3");
    None if there is none."""
    before = ctx.before(start)
    on = _ON_BEFORE.search(before)
    if on is not None:
        before = before[: on.start()]
    verb = grammar().cues["scheduled"].search(before)
    if verb is None or grammar().cues["unscheduled"].search(before[: verb.start()]) is not None:
        return None
    return verb.group(0).strip()


def _third_person(verb: str) -> bool:
    """Whether a verb of schedule is the present of "he" or "it" ("begins", "takes effect", "testifies"), which
    no infinitive or plan can be: it sets the tense of its date whatever a verb further back says."""
    word = verb.split()[0]
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else set()
    return bool(stems & _schedule_words())


@cache
def _schedule_words() -> frozenset[str]:
    """The first words of the verbs of schedule in times.toml ("begin", "take" of "take effect")."""
    return frozenset(phrase.split()[0] for phrase in load_toml("times.toml")["cues"]["scheduled"])


def _behind(ctx: Context, tense: str | None, when: tuple[int, int, int, int], start: int, end: int) -> bool:
    """Whether a month-day resolved to the year nearest the anchor lies in the year before, by its tense."""
    if tense == "past":
        return _ahead(ctx, when, start, end)
    year, month, first, day = when
    return tense is None and first != day and _untensed_behind(ctx, (year, month, first), start)


def _untensed_behind(ctx: Context, when: tuple[int, int, int], start: int) -> bool:
    """Whether a whole month named with no tense word near lies too far ahead to be meant: news tells of the past
    ("rising to a high in June from $29.75 in March", told in October), and a plan names its tense; not after a
    verb of schedule in the present ("the festival opens in March")."""
    assert ctx.anchor is not None
    return _days(*when, ctx.anchor) > _PAST_SLACK and not _timetable(ctx, start)


def _timetable(ctx: Context, start: int) -> bool:
    """Whether a verb of schedule in the present, or "is"/"are", stands in the sentence before `start` ("the
    festival opens in March", "the vote is in March"): a month named there may lie months ahead."""
    begin, _ = ctx.sentence(start, start)
    before = ctx.lowered[begin:start]
    return grammar().scheduled_verb.search(before) is not None or _COPULA.search(before) is not None


_COPULA = re.compile(r"(?<![\w-])(?:is|are|'s)(?![\w-])")


def _ahead(ctx: Context, when: tuple[int, int, int, int], start: int, end: int) -> bool:
    """Whether a month-day named in a past clause lies too far after the anchor to be meant: any time after it
    for a verb of something done ("bought RJR in February"; a whole month from its first day), else beyond the
    slack a plan told in the past may reach ("said the vote would be in January"); a whole month in a past
    clause with no plan and no speech ("the incident in January led to charges") is before it too."""
    assert ctx.anchor is not None
    year, month, first, day = when
    if _days(year, month, first, ctx.anchor) > _DONE_SLACK and ctx.done_before(start, end):
        return True
    whole_month = first != day
    if whole_month and _days(year, month, first, ctx.anchor) > _DONE_SLACK and ctx.done_plainly(start, end):
        return True  # a whole month in a past clause with no plan and no speech: before the publication
    return _days(year, month, day, ctx.anchor) > _PAST_SLACK


def _month_over(year: int, month: int, anchor: date) -> bool:
    """Whether the whole month has ended before `anchor`."""
    return date(year, month, monthrange(year, month)[1]) < anchor


def _days(year: int, month: int, day: int, anchor: date) -> int:
    """Days from `anchor` to the month-day in `year` (day clamped to 28 for the comparison)."""
    return (date(year, month, min(day, 28)) - anchor).days


def ymd(m: re.Match[str], ctx: Context) -> Norm | None:
    """A calendar date, with a clock time when one follows it."""
    groups = m.groupdict()
    if groups.get("mon") and not ctx.capitalized(m, "mon"):
        return None
    month = int(m["m"]) if groups.get("m") else lookup("MONTH", m["mon"])
    if not groups.get("d"):
        return Norm("DATE", f"{m['y']}-{month:02d}", part_mod(m), side=side_of(m))
    day = int(m["d"])
    year = full_year(m["y"]) if m["y"] else resolve_year(ctx, month, day, m.start(), m.end())
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    if m.groupdict().get("h"):
        return Norm("TIME", value + "T" + clock_value(m["h"], m["mi"], m.groupdict().get("ap")))
    return Norm("DATE", value, start=_after_the(m, ctx))


def _after_the(m: re.Match[str], ctx: Context) -> int | None:
    """Where a date written month first starts when "the" before it belongs to the noun it modifies ("the
    November 27 agreement", "the Aug. 29 launch"); TimeML leaves the determiner out."""
    if not m.groupdict().get("mon") or m.start("mon") > m.start("d") or not ctx.lowered.startswith("the", m.start()):
        return None
    return m.start("mon")


def clock_value(hour: str, minute: str | None, ampm: str | None) -> str:
    h = int(hour)
    if ampm:
        pm = ampm.lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    return f"{h:02d}:{int(minute or 0):02d}"


def narrated_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year "that year", "the following year" names after a month or season ("in March of that year"):
    counted from the last date named before, if near; None when none was."""
    last = ctx.last_date(m.start())
    if last is None or not last[:4].isdigit():
        return None
    return int(last[:4]) + int(lookup("NARRATED", m["nrel"]))


def month_rel_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "January this year", "June 12 last year", "March of that year"."""
    if not ctx.capitalized(m, "mon"):
        return None
    number: int = lookup("MONTH", m["mon"])
    day = f"-{int(m['d']):02d}" if m["d"] else ""
    if m["nrel"]:
        told = narrated_year(m, ctx)
        if told is None:
            return None  # "March of that year" with no year named before: the month and "that year" apart
        year = told
    elif ctx.anchor is None:
        return Norm("DATE", f"XXXX-{number:02d}{day}")
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["rel"], 0)
    try:
        date(year, number, int(m["d"] or 1))
    except ValueError:
        return None
    return Norm("DATE", f"{year}-{number:02d}{day}")


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")  # a year spelled out alone closes its phrase


def _spelled_2000_stands(m: re.Match[str], ctx: Context) -> bool:
    """Whether "two thousand" is a year: with a unit after it ("and one"), a month or season or "the year" before
    it, or closing its phrase ("in two thousand.")."""
    if m["ones2"] or m["mon"] or m["season"] or m.group(0).lower().startswith("the year"):
        return True
    return ctx.followed_by(_CLAUSE_END, m.end())


def spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "nineteen ninety-four", "the year two thousand", "January nineteen ninety-seven"."""
    if m["twok"]:
        if not _spelled_2000_stands(m, ctx):
            return None  # "two thousand people": a count, no year
        year = 2000 + (lookup("ONES", m["ones2"]) if m["ones2"] else 0)
    else:
        year = 1900 + lookup("TENS", m["tens"]) + (lookup("ONES", m["ones"]) if m["ones"] else 0)
    if m["mon"]:
        if not ctx.capitalized(m, "mon"):
            return None
        return Norm("DATE", f"{year}-{lookup('MONTH', m['mon']):02d}")
    if m["season"]:
        return Norm("DATE", f"{year}-{lookup('SEASON', m['season'])}")
    return Norm("DATE", str(year))


def month(m: re.Match[str], ctx: Context) -> Norm | None:
    """A month named alone ("in March", "last May", "early September")."""
    if not ctx.capitalized(m, "mon"):
        return None
    word = m["mon"].lower().rstrip(".")
    rel, mod = (m["rel"] or "").lower(), part_mod(m)
    if not rel and not mod:
        if len(word) < 5 and word not in ("may", "june", "july"):
            return None
        if word in _ambiguous() and not ctx.preceded_by("month", m.start()) and not _before_noun(m, ctx, word):
            return None
    number: int = lookup("MONTH", word)
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{number:02d}", mod)
    year = ctx.anchor.year
    if rel in ("last", "past"):
        year -= number >= ctx.anchor.month
    elif rel in ("next", "coming"):
        year += number <= ctx.anchor.month
    elif not rel:
        year = resolve_year(ctx, number, None, m.start(), m.end()) or year
    return Norm("DATE", f"{year:04d}-{number:02d}", mod, side=side_of(m))


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?![\w'’])")


def _before_noun(m: re.Match[str], ctx: Context, word: str) -> bool:
    """Whether a month that is also a noun or a name stands after "the" and before a word in lower case that is no
    function word: the month that noun is in ("the March accession")."""
    if word not in _before_noun_months() or _THE_BEFORE.search(ctx.before(m.start())) is None:
        return False
    after = _WORD_AFTER.match(ctx.text, m.end())
    return after is not None and after.group(1) not in _function_words()


@cache
def _before_noun_months() -> frozenset[str]:
    return frozenset(load_toml("times.toml")["months"]["before_noun"])


@cache
def _function_words() -> frozenset[str]:
    return function_words("prepositions", "coordinators", "relative_pronouns", "subordinators", "articles")


def _ambiguous() -> frozenset[str]:
    from sitrep.components.times.grammar import grammar

    return grammar().ambiguous_months


def year(m: re.Match[str], ctx: Context) -> Norm | None:
    """A four-digit year ("2014", "fiscal 1989", "mid-2023")."""
    return Norm("DATE", m["y"], part_mod(m), side=side_of(m))


def short_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in '99" → 1999: the year with those last two figures nearest the publication (the 1900s without one)."""
    yy = int(m["yy"])
    if ctx.anchor is None:
        return Norm("DATE", f"19{yy:02d}", start=m.start("q"))
    anchor = ctx.anchor.year
    year = min((1900 + yy, 2000 + yy), key=lambda y: abs(y - anchor))
    return Norm("DATE", f"{year}", start=m.start("q"))


_FIRST_DECADE_OF_HUNDREDS = "2000"  # "the 2000s" is read as the decade 2000-2009, as news writes it


def decade(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 1990s" → 199, "the '80s" → 198, "the nineties" → 199."""
    if m.groupdict().get("dw"):
        return Norm("DATE", f"19{lookup('DECADEWORD', m['dw'])}", part_mod(m))
    groups = m.groupdict()
    if groups.get("y") and groups["y"].endswith("00") and groups["y"] < _FIRST_DECADE_OF_HUNDREDS:
        return Norm("DATE", groups["y"][:2], part_mod(m))  # "the 1800s", "the early 1900s": a century
    short = groups.get("yy") or groups.get("yy2") or ""
    value = groups["y"][:3] if groups.get("y") else ("20" if short[0] in "01" else "19") + short[0]
    return Norm("DATE", value, part_mod(m))


def named_date(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "9/11", "the September 11 attacks": a day the world names by its date (the lexicon gives it)."""
    if m["day"] and not m["day"][0].isdigit() and not ctx.capitalized(m, "day"):
        return None
    group = "slash" if m["slash"] else "day"
    return Norm("DATE", lookup("NAMEDDATE", m[group]), start=m.start(group))  # "the" belongs to "attacks"


def set_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "every July", "each March" → XXXX-07."""
    if not ctx.capitalized(m, "mon"):
        return None
    return Norm("SET", f"XXXX-{lookup('MONTH', m['mon']):02d}")


def century(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 20th century" → 19."""
    ordinal = lookup("ORDINAL", m["ord"])
    if not isinstance(ordinal, int) or ordinal < 1:
        return None
    return Norm("DATE", f"{ordinal - 1:02d}", part_mod(m))


def quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the third quarter", "Q3 2024", "the latest quarter", "third-quarter"."""
    ordinal = (m["ord"] or "").lower()
    if m["qspan"]:  # "the April-June quarter": the second
        return _ordinal_quarter(m, ctx, lookup("QSPAN", m["qspan"]), m["y"] or m["y0"])
    named = m["y"] or m["prel"] or m.group(0).lower().startswith("the")
    if not ordinal and (not named or (not m["y"] and ctx.followed_by(_OF, m.end()))):
        return None
    if ordinal == "same":
        return None
    year_text = m["y"] or m["y0"]
    if ctx.anchor is not None and m["prel"]:
        year_text = str(ctx.anchor.year + {"last": -1, "next": 1}.get(m["prel"], 0))
    if ctx.anchor is not None and m["ago"] and not year_text:  # "the year-ago quarter": a year before the latest
        return Norm("DATE", _year_back(_quarter_now(m, ctx, ordinal)))
    if year_text and ordinal not in _ORDINAL_QUARTER and ctx.anchor is not None:
        if (m["prel"] or "").lower() == "last":  # "last year's quarter": the one reported, a year back
            return Norm("DATE", reported_quarter(ctx, m.start(), 1))
        return Norm("DATE", f"{year_text}-{reported_quarter(ctx, m.start(), 0)[5:]}")  # "the 1988 quarter"
    if ordinal in _ORDINAL_QUARTER:
        norm = _ordinal_quarter(m, ctx, _ORDINAL_QUARTER[ordinal], year_text)
        norm.named = _reporting(m, ctx) and not m["ago"] and not norm.value.startswith("X")
        if ctx.lowered.startswith("the ", m.start()) and m.group(0).endswith(f"{m['ord'].lower()}-quarter"):
            norm.start = m.start("ord")  # "the third-quarter loss": "the" belongs to "loss"
        return norm
    if ctx.anchor is None:
        return Norm("DATE", "XXXX-QX")
    if ordinal == "current":
        return Norm("DATE", f"{ctx.anchor.year}-Q{quarter_of(ctx.anchor)}")
    return Norm("DATE", reported_quarter(ctx, m.start(), back=1 if ordinal in ("year-earlier", "year-ago") else 0))


def _quarter_now(m: re.Match[str], ctx: Context, ordinal: str) -> str:
    """The quarter a year-ago quarter is compared with: the ordinal one ("the year-ago fourth quarter"), or the one
    the report speaks of."""
    if ordinal in _ORDINAL_QUARTER:
        return _ordinal_quarter(m, ctx, _ORDINAL_QUARTER[ordinal], None).value
    return reported_quarter(ctx, m.start(), 0)


def _year_back(value: str) -> str:
    """ "2013-Q1" → "2012-Q1"."""
    return f"{int(value[:4]) - 1}{value[4:]}" if value[:4].isdigit() else value


def _reporting(m: re.Match[str], ctx: Context) -> bool:
    """Whether a quarter is a company's reporting period, which later "the quarter" and "a year ago" refer to: a
    fiscal quarter ("the fiscal first quarter") or one the text dates ("its fourth quarter ended Sept. 30")."""
    fiscal = "fiscal" in ctx.lowered[max(0, m.start() - 7) : m.end()]
    return fiscal or ctx.followed_by(_ENDED, m.end())


def _ordinal_quarter(m: re.Match[str], ctx: Context, q: int, year_text: str | None) -> Norm:
    """ "the third quarter", "the first quarter of next year": in the year given, or else the anchor's (the year
    before for a quarter not yet begun, unless the clause speaks of the future)."""
    if year_text:
        return Norm("DATE", f"{year_text}-Q{q}")
    if m["qrel"] and ctx.anchor is not None:
        shift = {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(" ".join(m["qrel"].split()), 0)
        return Norm("DATE", f"{ctx.anchor.year + shift}-Q{q}")
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-Q{q}")
    year = ctx.anchor.year
    if q > quarter_of(ctx.anchor) and ctx.tense(m.start(), m.end()) == "past":
        year -= 1
    return Norm("DATE", f"{year}-Q{q}")


def reported_quarter(ctx: Context, at: int, back: int) -> str:
    """The quarter a report speaks of, `back` years earlier: the one the text last named ("the fiscal first
    quarter ... the quarter"), or else the last quarter that ended before the anchor. Needs an anchor."""
    named = ctx.last_quarter(at)
    if named is not None:
        return f"{int(named[:4]) - back}{named[4:]}"
    assert ctx.anchor is not None
    return latest_quarter(ctx.anchor, back)


def latest_quarter(anchor: date, back: int) -> str:
    """The last quarter that ended before `anchor`, `back` years earlier."""
    q, year = quarter_of(anchor) - 1, anchor.year - back
    if q == 0:
        q, year = 4, year - 1
    return f"{year}-Q{q}"


def half(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the first half of 2024" → 2024-H1; "the second half of the year" is the anchor's year's."""
    h = 1 if m["ord"].lower() == "first" else 2
    if m["y"]:
        return Norm("DATE", f"{m['y']}-H{h}")
    if not m["rel"] and ctx.followed_by(_OF, m.end()):
        return None  # half of something else: "the second half of the '80s", "the first half of the match"
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-H{h}")
    shift = {"next": 1, "last": -1}.get((m["rel"] or "").lower(), 0)
    return Norm("DATE", f"{ctx.anchor.year + shift}-H{h}")


def season(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "this summer" → 2024-SU, "winter 2023" → 2023-WI."""
    word = (m["season"] or m["season2"]).lower()
    code: str = lookup("SEASON", word)
    year_text = m["y"] or m["y2"]
    rel = (m["rel"] or "").lower()
    cued = ctx.preceded_by("season", m.start("season") if m["season"] else m.start())  # "the" in the match counts
    if not year_text and not rel and not m["part"] and not cued:
        return None
    if year_text:
        return Norm("DATE", f"{year_text}-{code}", part_mod(m))
    told = narrated_year(m, ctx) if m["nrel"] else None
    if told is not None:  # "the summer of that year"
        return Norm("DATE", f"{told:04d}-{code}", part_mod(m))
    if m["yrel"]:  # "the summer of last year"
        year = None if ctx.anchor is None else ctx.anchor.year + {"last": -1, "next": 1}.get(m["yrel"], 0)
        return Norm("DATE", f"{'XXXX' if year is None else f'{year:04d}'}-{code}", part_mod(m))
    if ctx.followed_by(grammar().season_noun, m.end()):
        return None  # "the fall of the regime"
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{code}", part_mod(m))
    return Norm("DATE", f"{_season_year(ctx, m, code, rel):04d}-{code}", part_mod(m))


def _season_year(ctx: Context, m: re.Match[str], code: str, rel: str) -> int:
    """The year of a season named without one: "last"/"next" move off the season the anchor is in or before; a
    bare season ("in the summer") is the one the tense gives, as a month is ("fought in the summer", told in
    April, is last year's), and one a plan told in the past names is the next not yet over."""
    assert ctx.anchor is not None
    year = ctx.anchor.year
    covered = interval(f"{year}-{code}")
    if covered is None:
        return year
    if rel in ("last", "past") and covered[1] >= ctx.anchor:
        return year - 1
    if rel in ("next", "coming") and covered[0] <= ctx.anchor:
        return year + 1
    if not rel:
        told = ctx.told_day(m.start())  # "said Tuesday the ruble would stabilize by spring": told that day
        if told is not None or ctx.plan_told(m.start()):  # "said the bridge would reopen in the spring"
            since = date.fromisoformat(told) if told is not None else ctx.anchor
            return year + 1 if covered[1] < since else year  # the next one not yet over
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and covered[0] > ctx.anchor:
            return year - 1
        if tense == "future" and covered[1] < ctx.anchor:
            return year + 1
    return year


def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Christmas" → 2024-12-25, "Thanksgiving" → the fourth Thursday of November, "Good Friday" → two days
    before Easter: the holiday in the year given, or the one the tense points to."""
    if not ctx.capitalized(m, "word"):
        return None  # "a good Friday for stocks"
    when: str = lookup("HOLIDAY", m["word"])
    given = m["y"] or m["y0"]  # "Christmas 2016", "the 2015 New Year's Eve assaults"
    year = int(given) if given else None
    if year is None and ctx.anchor is not None:
        near = holiday_date(when, ctx.anchor.year)
        year = resolve_year(ctx, near.month, near.day, m.start(), m.end())
    if year is None:
        return Norm("DATE", f"XXXX-{when}" if _FIXED.match(when) else f"XXXX-{_month_of(when)}-XX")
    return Norm("DATE", holiday_date(when, year).isoformat())


_FIXED = re.compile(r"^\d\d-\d\d$")


def holiday_date(when: str, year: int) -> date:
    """The day of a holiday code in `year`: "12-25" (a fixed day), "EASTER-2" (days from Easter Sunday) or
    "NTH 11 4 4" (month, ISO weekday, which one of them in the month, -1 the last: Thanksgiving)."""
    if _FIXED.match(when):
        return date(year, int(when[:2]), int(when[3:]))
    if when.startswith("EASTER"):
        return easter(year) + timedelta(days=int(when[6:] or 0))
    month, weekday, n = (int(part) for part in when.split()[1:])
    return nth_weekday(year, month, weekday, n)


def _month_of(when: str) -> str:
    """The month of a holiday code when it never moves to another ("NTH 11 4 4" → 11), else XX (Easter)."""
    return f"{int(when.split()[1]):02d}" if when.startswith("NTH") else "XX"


def year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "year-end" → the last day of the anchor's year (or month, quarter, week); the one before when the clause
    looks back ("the change since year-end", "at year-end the bank held $5 billion", told before that day)."""
    if ctx.anchor is None:
        return Norm("DATE", "XXXX-12-31")
    unit = m["unit"].lower()
    end = _unit_end(unit, ctx.anchor)
    if end is not None and end > ctx.anchor and _looks_back(m, ctx):
        end = _unit_end(unit, _unit_start(unit, ctx.anchor) - timedelta(days=1))
    return Norm("DATE", end.isoformat()) if end is not None else None


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|their|his|her|our|this|that)\s+$")


def _looks_back(m: re.Match[str], ctx: Context) -> bool:
    """Whether "since" stands before the expression, or its clause plainly tells of the past and it stands alone
    ("at year-end"; not "the year-end bonus was cut", which may be this year's)."""
    cue = ctx.role_cue(m.start())
    if cue is not None and cue[0] == "since":
        return True
    return _DETERMINER_BEFORE.search(ctx.before(m.start())) is None and ctx.done_plainly(m.start(), m.end())


def _unit_span(unit: str, day: date) -> tuple[date, date] | None:
    if unit == "week":
        return day - timedelta(days=day.weekday()), day + timedelta(days=6 - day.weekday())
    labels = {"year": f"{day.year}", "quarter": f"{day.year}-Q{quarter_of(day)}"}
    label = labels.get(unit, f"{day.year}-{day.month:02d}")
    return interval(label)


def _unit_end(unit: str, day: date) -> date | None:
    """The last day of the year, quarter, month or week that holds `day`."""
    span = _unit_span(unit, day)
    return span[1] if span else None


def _unit_start(unit: str, day: date) -> date:
    span = _unit_span(unit, day)
    return span[0] if span else day
