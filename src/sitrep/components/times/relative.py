"""Normalizers for expressions read against the anchor: "last week", "on Friday", "two years ago", durations, sets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from sitrep.components.times.calendar import CalendarRangeError, interval, iso_week, quarter_of, shift
from sitrep.components.times.dates import clock_value, part_mod, reported_quarter, resolve_year, side_of
from sitrep.components.times.grammar import grammar, lookup
from sitrep.components.times.model import ANAPHORIC, NARRATED, Context, Norm, plan_in, tense_words
from sitrep.data_files import function_words, load_toml

_NARRATED_RELS = {"following", "previous", "prior", "preceding"}
_FROM_LAST_DAY = ("previous", "preceding", "following")
_DURATION_RELS = {"past", "coming", "recent", "last", "next"}
_UNIT_LETTER = {
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "weekend": "WE",
    "quarter": "Q",
    "day": "D",
}
_INDEFINITE = function_words("indefinite_articles")
_OF = re.compile(r"\s+of\s+(?!\S*[$£€\d])")  # "of" before a word, not before a sum ("of US$ 2.7 billion")
_THE = re.compile(r"(?<![\w-])the\s+$")
_AS = re.compile(r"(?<![\w-])as\s+$")
_A_WEEKDAY = re.compile(r",\s+a\s+")  # between a day and the weekday it fell on: "on Aug. 17, a Monday"
_SINCE = re.compile(r"(?<![\w-])since\s+(?:(?:early|late)\s+)?$")
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
_DAYPART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def unit_value(anchor: date | None, unit: str) -> str:
    """The TIMEX3 value of the calendar unit (Y, M, W, WE, Q, DE, CE, D) that contains `anchor`."""
    if anchor is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "D": "XXXX-XX-XX"}.get(unit, "XXXX")
    return {
        "Y": f"{anchor.year}",
        "M": f"{anchor.year}-{anchor.month:02d}",
        "W": iso_week(anchor),
        "WE": iso_week(anchor) + "-WE",
        "Q": f"{anchor.year}-Q{quarter_of(anchor)}",
        "DE": f"{anchor.year // 10:03d}",
        "CE": f"{anchor.year // 100:02d}",
        "D": anchor.isoformat(),
    }.get(unit, anchor.isoformat())


def duration_value(amount: float | str, unit: str) -> str:
    """P2Y, PT3H, PXM ... (decades and centuries counted in years, quarters in months)."""
    if isinstance(amount, str):
        return f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"
    factor = {"DE": 10, "CE": 100, "WE": 2}.get(unit, 1)
    letter = {"DE": "Y", "CE": "Y", "WE": "D"}.get(unit, unit)
    number = amount * factor
    if not float(number).is_integer() and letter in _SMALLER:
        smaller, per = _SMALLER[letter]
        whole, rest = int(number), round((number - int(number)) * per)
        head = f"{whole}{letter[-1]}" if whole else ""
        return ("PT" if letter.startswith("T") else "P") + _time_join(head, letter, rest, smaller)
    text = str(int(number)) if float(number).is_integer() else f"{number:g}"
    return f"PT{text}{letter[1]}" if letter.startswith("T") else f"P{text}{letter}"


def _time_join(head: str, letter: str, rest: int, smaller: str) -> str:
    """The parts of a fractional duration: 2.5 years → 2Y6M, 1.5 days → 1DT12H, 1.5 minutes → 1M30S."""
    if smaller.startswith("T") and not letter.startswith("T"):
        return f"{head}T{rest}{smaller[1]}"
    return f"{head}{rest}{smaller[-1]}"


def relative(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "last year", "this week", "the next month", "the past year", "earlier this year"."""
    rel = m["rel"].lower()
    direction: int = lookup("RELATIVE", rel)
    unit_word = m["unit"].lower().split()[-1]
    unit = _UNIT_LETTER.get(unit_word, "Y")
    has_the = m.group(0).lower().startswith("the ") and not m["part"]
    if m["this"] and direction != 0 and ctx.anchor is not None:  # "this past weekend", "this coming week"
        return Norm("DATE", unit_value(_this_past_or_coming(ctx.anchor, direction, unit), unit))
    if rel in _NARRATED_RELS or (unit == "D" and has_the and rel == "next"):
        counted = _from_last_date(ctx, 1, unit, -1 if direction < 0 else 1, m.start(), reach=ANAPHORIC)
        if counted is not None:
            return counted
    if has_the and rel == "next" and not ctx.preceded_by("span", m.start()):
        counted = _from_last_date(ctx, 1, unit, 1, m.start())  # "in August 2016. The next year, …" is 2017
        if counted is not None:
            return counted
    if _after_nothing_named(m, ctx, rel, has_the):
        return None
    if unit == "CE" and has_the and rel == "next" and not ctx.preceded_by("span", m.start()):
        anchor = None if ctx.anchor is None else shift(ctx.anchor, 1, unit)
        return Norm("DATE", unit_value(anchor, unit))  # "will enter the next century": the century, no span
    if unit == "D" and rel not in ("next", "previous", "following", "prior", "preceding"):
        return None
    if rel == "last" and ctx.followed_by(_OF, m.end()) and (has_the or _THE.search(ctx.before(m.start()))):
        return None  # "the last year of his term", "the last week of the campaign": the final one, no date
    if unit == "WE" and has_the and rel in ("past", "last", "coming", "next") and ctx.anchor is not None:
        return Norm("DATE", unit_value(_this_past_or_coming(ctx.anchor, direction, unit), unit))  # "the past weekend"
    if rel in _DURATION_RELS and (has_the or rel in ("past", "coming", "recent")) and not m["part"]:
        return Norm("DURATION", duration_value(1, unit), direction=direction, amount=1, unit=unit)
    anchor = None if ctx.anchor is None else shift(ctx.anchor, direction, unit)
    return Norm("DATE", unit_value(anchor, unit), part_mod(m), side=side_of(m) if direction == 0 else None)


def _after_nothing_named(m: re.Match[str], ctx: Context, rel: str, has_the: bool) -> bool:
    """Whether "the next day", "the following week" tells of the past with no date before it to count from ("The
    next day, the envoy left"): it is neither a span nor a unit after the publication, and its date is unknown."""
    the = has_the or _THE.search(ctx.before(m.start())) is not None  # "the" left out of a shorter match too
    if rel not in ("next", "following") or not the or m["ref"] or m["part"] or m["this"]:
        return False
    if ctx.preceded_by("span", m.start()) or ctx.preceded_by("span", m.start() - len("the ")):
        return False
    return ctx.tense(m.start(), m.end()) == "past"


def _this_past_or_coming(anchor: date, direction: int, unit: str) -> date:
    """A day in the unit just past or just coming: "this past weekend" on a Monday is the Saturday before."""
    if unit != "WE":
        return shift(anchor, direction, unit)
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    if direction < 0 and saturday > anchor:
        saturday -= timedelta(days=7)
    if direction > 0 and saturday <= anchor - timedelta(days=1):
        saturday += timedelta(days=7)
    return saturday


def that_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "that year", "the same day", "later that month": the last date named before, at the unit's granularity."""
    word = m["unit"].lower()
    if word in grammar().lexicon["SEASON"]:
        return _that_season(m, ctx, lookup("SEASON", word))
    part = _DAYPART.get(word)
    unit = "D" if part else _UNIT_LETTER[word]
    last = ctx.last_day(m.start()) if unit == "D" else ctx.last_date(m.start())
    if part:  # "on Saturday afternoon ... that night": the day of the last part of a day narrated, if near
        last = ctx.last_day_or_time(m.start()) or last
    covered = interval(last) if last else None
    if last is None or covered is None or (unit == "D" and covered[0] != covered[1]):
        return None
    value = unit_value(covered[0], unit) if unit != "Y" else last[:4]
    if part:
        return Norm("TIME", f"{value}T{part}")
    return Norm("DATE", value, part_mod(m))


def _that_season(m: re.Match[str], ctx: Context, code: str) -> Norm | None:
    """ "that summer", "later that winter": the season in the year of the last date named before, if near; only
    at the start of a sentence or after a word that leads a season ("in that fall", "by that summer") or
    "earlier"/"later", as "that fall" may be a pronoun and a verb ("prices that fall")."""
    last = ctx.last_date(m.start())
    opens = ctx.before(m.start()).rstrip()[-1:] in ("", ".", "!", "?", "\n")  # "That summer, the town fell"
    if last is None or not (m["part"] or opens or ctx.preceded_by("season", m.start())):
        return None
    return Norm("DATE", f"{last[:4]}-{code}", part_mod(m))


def next_daypart(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the next morning", "the previous night", "the night before": that part of the day after or before the
    last day the text named."""
    last = ctx.last_day_or_time(m.start())
    if last is None:
        return None
    back = (m["rel"] or "").lower() in ("previous", "preceding") or (m["side"] or "").lower() == "before"
    day = date.fromisoformat(last[:10]) + timedelta(days=-1 if back else 1)
    return Norm("TIME", f"{day.isoformat()}T{_DAYPART[(m['part'] or m['part2']).lower()]}")


def unit_before(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the year before", "the day after": the unit before or after the last date the text named."""
    sign = 1 if m["side"].lower() == "after" else -1
    return _from_last_date(ctx, 1, _UNIT_LETTER[m["unit"].lower()], sign, m.start(), reach=ANAPHORIC)


def year_back(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the same month a year ago", "the corresponding period last year": the last month, quarter or year the
    text named, a year earlier (a quarter whenever the text speaks of quarters, else the quarter a report is
    about); nothing when the text named none."""
    if ctx.anchor is None:
        return None
    unit = (m["unit"] or m["unit2"]).lower()
    quarterly = unit == "quarter" or (unit == "period" and ctx.near("quarter", m.start()))
    last = ctx.last_date(m.start(), ANAPHORIC)
    if last is not None and _granularity(last) in ("Q" if quarterly else _YEAR_BACK_FROM[unit]):
        value = last[:7] if unit == "month" else last
        return Norm("DATE", f"{int(m['y']) if m['y'] else int(value[:4]) - 1}{value[4:]}", base=True)
    if m["y"]:
        return None  # "the same period of 1997" with no period named before: the year alone is tagged
    return Norm("DATE", reported_quarter(ctx, m.start(), back=1)) if quarterly else None


_YEAR_BACK_FROM = {"month": ("M", "D"), "period": ("M", "Q", "Y")}  # what a year back is taken from


def the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the year", "the week": the anchor's; "the weekend": the one just past, or the next one in a future clause."""
    word = " ".join(m["unit"].split())
    if word.endswith("period"):
        back = 0 if word.startswith("latest") else 1
        return Norm("DATE", reported_quarter(ctx, m.start(), back) if ctx.anchor else "XXXX-QX")
    unit = _UNIT_LETTER[word.split()[-1]]
    if unit == "Y" and ctx.followed_by(grammar().unit_span, m.end()):
        return Norm("DURATION", "P1Y", amount=1, unit="Y")  # "the year ended March 31"
    if ctx.followed_by(grammar().unit_clause, m.end()) or ctx.followed_by(_of_month(), m.end()):
        return None  # "the year it was first detected", "the week of Sept. 14"
    if unit != "WE" or ctx.anchor is None:
        return Norm("DATE", unit_value(ctx.anchor, unit))
    saturday = ctx.anchor + timedelta(days=5 - ctx.anchor.weekday())
    if saturday > ctx.anchor and not ctx.is_future(m.start(), m.end()):
        saturday -= timedelta(days=7)
    return Norm("DATE", unit_value(saturday, "WE"))


@cache
def _of_month() -> re.Pattern[str]:
    """ "of" and a month's name: the unit before it is the one holding that day ("the week of Sept. 14")."""
    months = sorted(grammar().lexicon["MONTH"], key=len, reverse=True)
    return re.compile(rf"\s+of\s+(?:{'|'.join(months)})(?![\w-])")


def part_of_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the end of the year" → the anchor's year, mod END."""
    part = m["part"].lower()
    mod = "START" if part in ("beginning", "start", "turn", "first half", "early part") else "MID"
    if part in ("end", "close", "second half", "latter part"):
        mod = "END"
    return Norm("DATE", unit_value(ctx.anchor, _UNIT_LETTER[m["unit"].lower()]), mod)


def weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Friday", "last Tuesday", "on Monday morning": the calendar date, past or future by tense and context."""
    if not ctx.capitalized(m, "wd"):
        return None
    number: int = lookup("WEEKDAY", m["wd"])
    rel = (m["rel"] or "").lower()
    namer = None if rel else _day_namer(ctx, m.start("wd"))
    if namer is not None:  # "Black Monday", "Super Tuesday": a day's name, its date unknown here
        return Norm("DATE", "XXXX-XX-XX", start=namer)
    named = None if rel else ctx.day_right_before(m.start(), _A_WEEKDAY)
    pair = None if rel else _pair_gap().search(ctx.before(m.start()))
    paired = None if pair is None else ctx.day_right_before(m.start(), _PAIR_GAP)
    if named is not None and date.fromisoformat(named).isoweekday() == number:
        value = named  # "on Aug. 17, a Monday": the day just named, which the weekday describes
    elif (
        pair is not None
        and paired is not None
        and (day := _paired_day(date.fromisoformat(paired), number, pair["joiner"].lower())) is not None
        and not (ctx.anchor is not None and day > ctx.anchor and ctx.tense(m.start(), m.end()) == "past")
    ):  # "on Saturday and Sunday": near the day just named (not ahead of a past telling)
        value = day.isoformat()
    elif ctx.anchor is None:
        value = f"XXXX-WXX-{number}"
    else:
        value = resolve_weekday(ctx, number, rel, m.start(), m.end()).isoformat()
    part = _DAYPART.get((m["daypart"] or "").lower())
    return Norm("TIME", f"{value}T{part}") if part else Norm("DATE", value)  # "Friday night" → …TNI


@cache
def _pair_gap() -> re.Pattern[str]:
    """A weekday and what stands between it and a second one of a pair or range ("Saturday and Sunday", "Monday
    through Wednesday"), ending the text before the second."""
    days = "|".join(sorted(w for w in grammar().lexicon["WEEKDAY"] if w.endswith("day")))
    words = "|".join(re.escape(w) for w in load_toml("times.toml")["range"]["day_joiners"])
    return re.compile(rf"(?<![\w-])(?:{days})\s+(?P<joiner>{words})\s+(?:on\s+)?$", re.IGNORECASE)


def _paired_day(first: date, number: int, joiner: str) -> date:
    """The weekday `number` of a pair whose first day is `first`: the next one after a range's "to", "through"
    ("Monday through Wednesday"), the nearer one either way after "and", "or" ("Saturday and Sunday", "statements
    made Friday and Thursday")."""
    ahead = (number - first.isoweekday()) % 7
    if joiner in ("and", "or") and ahead > 3:
        ahead -= 7
    return first + timedelta(days=ahead)


_PAIR_GAP = re.compile(r"\s+[a-z]+\s+(?:on\s+)?")  # the joiner itself, once `_pair_gap` has read it


def _day_namer(ctx: Context, at: int) -> int | None:
    """Where a capitalised word that names a day with the weekday at `at` starts ("Black" of "Black Monday",
    "Super" of "Super Tuesday"), if one stands right before it."""
    words = ctx.text[max(at - 30, 0) : at]
    if not words.endswith(" "):
        return None
    end = at - (len(words) - len(words.rstrip()))  # where the word before the weekday ends
    for namer in _day_namers():
        begin = end - len(namer)
        if ctx.text[max(begin, 0) : end] == namer and not ctx.text[max(begin - 1, 0) : begin].isalpha():
            return begin
    return None


@cache
def _day_namers() -> tuple[str, ...]:
    """Capitalised words that make a weekday after them part of a day's name, as written ("Black", "Super")."""
    return tuple(word.title() for word in load_toml("times.toml")["names"]["day_namers"])


def resolve_weekday(ctx: Context, number: int, rel: str, start: int, end: int) -> date:
    assert ctx.anchor is not None
    anchor = ctx.anchor
    back = (anchor.isoweekday() - number) % 7
    ahead = (number - anchor.isoweekday()) % 7
    if rel in _FROM_LAST_DAY:  # "the previous Friday": the one before the day the text is at
        named = ctx.last_day(start)
        anchor = date.fromisoformat(named) if named is not None else anchor
        back, ahead = (anchor.isoweekday() - number) % 7, (number - anchor.isoweekday()) % 7
        rel = "last" if rel in ("previous", "preceding") else "next"
    if rel in ("last", "past"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    if not rel and _SINCE.search(ctx.before(start)) is not None:
        return anchor - timedelta(days=back)  # "closed since Friday": since points back, whatever the tense
    if not rel and ahead == 1 and _in_local_time(ctx, start, end):
        return anchor + timedelta(days=1)  # "Friday morning local time" in Asia, told on a Thursday stamp
    told = ctx.told_day(start) if not rel else None
    if told is not None:  # "said on Friday he would fly out on Tuesday": the Tuesday after that Friday
        day = date.fromisoformat(told)
        return day + timedelta(days=(number - day.isoweekday()) % 7 or 7)
    named = ctx.day_in_sentence(start) if not rel else None
    if named is not None and _same_weekday(date.fromisoformat(named), number, anchor):
        return date.fromisoformat(named)  # "celebrate New Year's Eve ... on Sunday night": that Sunday
    if back == 0:
        return anchor
    if rel == "this" or _scheduled(ctx, start) or _coming(ctx, start, end) or ctx.is_future(start, end):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


_LOCAL_TIME = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*\(?\s*local\s+time(?![\w-])")


def _in_local_time(ctx: Context, start: int, end: int) -> bool:
    """Whether the weekday at `start:end` is told in local time ("Friday morning local time", "at 5:58 a.m. local
    time Friday"): a day that may already have begun far east of the publication's stamp."""
    return "local time" in ctx.lowered[start:end] or _LOCAL_TIME.match(ctx.lowered, end) is not None


def _same_weekday(day: date, number: int, anchor: date) -> bool:
    """Whether a day the sentence named is the weekday `number` within a week of the anchor: the weekday is it."""
    return day.isoweekday() == number and abs((day - anchor).days) <= _WEEK_REACH


_WEEK_REACH = 6  # how far from the anchor a named day may lie for a weekday after it to be that day
_POSSESSIVE_AFTER = re.compile(r"[’']s?(?![\w])")  # "Sunday's election": the weekday qualifies a noun
_CLAUSE_WIDTH = 60  # how far back a clause before a weekday is read


def _coming(ctx: Context, start: int, end: int) -> bool:
    """Whether the weekday at `start:end` is the coming one by its clause: after "ahead of" ("ahead of Sunday's
    election"); or, when it qualifies no noun, after a verb of schedule in the present with no past or future word
    between ("Clinton meets Yeltsin in Moscow on Tuesday", "voters go to the polls Sunday") or after a plan told in
    the past with no day of its own ("he said he would announce his decision on Friday")."""
    if grammar().coming_before.search(ctx.before(start)) is not None or _plan_participle(ctx, start):
        return True
    if _POSSESSIVE_AFTER.match(ctx.text, end) is not None:
        return False  # "faces charges over Sunday's attack"
    clause = _clause_before(ctx, start)
    offset = start - len(clause)
    return _schedule_in(ctx, clause, offset) or plan_in(clause) or _put_off(ctx, start)


def _plan_participle(ctx: Context, start: int) -> bool:
    """A participle of a plan right before the weekday at `start`, after no past of "be" ("a vote expected
    Friday"; not "was expected Friday")."""
    found = grammar().cues["plan_participle"].search(ctx.before(start))
    if found is None:
        return False
    return grammar().cues["unscheduled"].search(ctx.before(start - len(found.group(0)))) is None


def _clause_before(ctx: Context, at: int) -> str:
    """The clause before `at`: the text back to the last comma or clause word ("which", "after", "said"), within
    its sentence ("The recess begins April 3. On Wednesday, …": no schedule for Wednesday)."""
    begin, _ = ctx.sentence(at, at)
    before = ctx.before(at, max(0, min(_CLAUSE_WIDTH, at - begin)))
    breaks = list(grammar().clause_break.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _put_off(ctx: Context, start: int) -> bool:
    """A verb of delay and "until" or "to" right before the weekday at `start`, with no tense word between ("the
    trial was adjourned until Monday", "gave the army until Saturday to leave")."""
    to = grammar().delayed_to.search(ctx.before(start))
    if to is None:
        return False
    clause = _clause_before(ctx, start - len(to.group(0)))
    verbs = list(grammar().delayed.finditer(clause))
    return bool(verbs) and not tense_words(clause[verbs[-1].end() :])


def _schedule_in(ctx: Context, clause: str, offset: int) -> bool:
    """A verb of schedule in the present that governs the end of `clause` (which starts at `offset`): no tense word
    after it, and not an infinitive, a noun or a past ("to meet", "the vote", "was open")."""
    verbs = list(grammar().scheduled_verb.finditer(clause))
    if not verbs:
        return False
    verb = verbs[-1]
    if tense_words(clause[verb.end() :]):
        return False  # "meets the man who was freed on Friday"
    if _past_governs(ctx, offset + verb.start()):
        return False  # "saw strong returns on Monday"
    before = ctx.before(offset + verb.start())
    if grammar().cues["unscheduled"].search(before) is not None:
        return False
    return _TO.search(before) is None and _determined().search(before) is None


def _past_governs(ctx: Context, verb_at: int) -> bool:
    """Whether a past verb of the clause before the verb of schedule at `verb_at` governs it: the verb is then a
    noun ("investors saw strong returns on Monday"), no schedule. Not in a relative clause of the subject ("the bill
    that Congress passed takes effect Monday"), nor a past word that is no verb ("the last train leaves Sunday")."""
    clause = _clause_before(ctx, verb_at)
    if _relative_before().search(ctx.before(verb_at - len(clause))) is not None:
        return False
    return any(tense == "past" and word not in _past_adverbs() for _, tense, word in tense_words(clause))


@cache
def _relative_before() -> re.Pattern[str]:
    """A relative pronoun ending the text before a clause: the clause is a relative one ("the bill that …")."""
    words = "|".join(sorted(function_words("relative_pronouns")))
    return re.compile(rf"(?<![\w-])(?:{words})\s*$")


@cache
def _past_adverbs() -> frozenset[str]:
    """Past words that are no verb ("ago", "last", "earlier")."""
    return frozenset(load_toml("times.toml")["tense"]["past_adverbs"])


_ON = re.compile(r"(?<![\w-])on\s+$")
_AT = re.compile(r"(?<![\w-])at\s+$")  # "expires at midnight Friday"
_ADVERB = re.compile(r"(?<![\w-])[a-z]+ly\s+$")
_TO = re.compile(r"(?<![\w-])to\s+$")  # an infinitive: "due to expire Friday"
_DETERMINERS = ("articles", "demonstratives", "possessive_determiners")


@cache
def _determined() -> re.Pattern[str]:
    """A determiner, a possessive ending or a figure right before a word: that word is a noun ("the vote Monday",
    "his visit Friday", "Iran's return Sunday", "won by 1,784 votes on Wednesday")."""
    words = sorted(set().union(*(function_words(name) for name in _DETERMINERS)))
    endings = "|".join(re.escape(e) for e in sorted(function_words("possessive_endings")))
    return re.compile(rf"(?:(?<![\w-])(?:{'|'.join(words)})|{endings}|(?<![\w.,])\d[\d,.]*)\s+$")


def _scheduled(ctx: Context, start: int) -> bool:
    """Whether a verb of schedule in the present tense governs the weekday at `start` ("meet separately on
    Monday"), not an infinitive ("had been due to expire Friday") or a noun ("his visit Monday")."""
    at = start
    for pattern in (_ON, _AT, _ADVERB):
        found = pattern.search(ctx.before(at))
        if found is not None:
            at -= len(found.group(0))
    verb = grammar().cues["scheduled"].search(ctx.before(at))
    if verb is None:
        return _is_on(ctx, at, start)
    before = ctx.before(at - len(verb.group(0)))
    if grammar().cues["unscheduled"].search(before) is not None:
        return False  # "was open on Sunday"
    if _past_governs(ctx, at - len(verb.group(0))):
        return False  # "investors saw strong returns on Monday": a noun after a past verb of its clause
    return _TO.search(before) is None and _determined().search(before) is None


def _is_on(ctx: Context, at: int, start: int) -> bool:
    """Whether "is" or "are" stands right before the weekday at `start` (`at`: before its "on"), the weekday no
    possessive: "the election is Sunday", "the funeral is on Tuesday", "the final is played on Sunday" tell a
    schedule."""
    cues = grammar().cues
    if cues["copula"].search(ctx.before(at)) is None and cues["passive_scheduled"].search(ctx.before(at)) is None:
        return False
    word = _WEEKDAY_WORD.match(ctx.text, start)
    return word is not None and _POSSESSIVE_AFTER.match(ctx.text, word.end()) is None


_WEEKDAY_WORD = re.compile(r"[^\W\d_]+")


def set_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "every Friday", "Fridays" → XXXX-WXX-5; "Friday nights", "every Friday night" → XXXX-WXX-5TNI."""
    group = next(g for g in ("wd", "wd2", "wd3") if m.groupdict().get(g))
    if not ctx.capitalized(m, group):
        return None
    day = lookup("WEEKDAYS", m[group]) if group == "wd2" else lookup("WEEKDAY", m[group])
    groups = m.groupdict()
    part = _DAYPART.get((groups.get("dp") or groups.get("dps") or "").lower())
    return Norm("SET", f"XXXX-WXX-{day}" + (f"T{part}" if part else ""))


def _amount(m: re.Match[str]) -> float | str | None:
    text = " ".join((m["n"] or "").lower().replace(",", "").replace("½", " 1/2").split())
    if not text:
        return None
    if text[0].isdigit():
        return float(text.split()[0]) + (0.5 if text.endswith("1/2") else 0)
    value = lookup("NUMBER", text)
    if value is None:
        words = text.replace("-", " ").split()
        parts = [lookup("NUMBER", w) for w in words]
        multiplier = lookup("MULTIPLIER", words[-1]) if len(words) == 2 else None
        if multiplier is not None:
            return parts[0] * multiplier if isinstance(parts[0], int) else None  # "three hundred": 3 × 100
        value = sum(parts) if len(parts) == 2 and all(isinstance(p, int) for p in parts) else None
    return value  # type: ignore[no-any-return]


def duration(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "two years", "18 months", "decade-long", "the past three weeks", "two days ago"."""
    groups = m.groupdict()
    unit_word = next((groups[g] for g in ("unit", "unit2", "unit3", "unit4", "unit5") if groups.get(g)), "")
    unit: str = lookup("UNIT", unit_word)
    if unit is None or "old" in (groups.get("long") or ""):
        return None  # an age ("a 6-year-old"), not a time
    if unit == "Q" and ctx.followed_by(grammar().fraction, m.end()):
        return None  # a fraction ("a quarter of the troops", "a quarter million")
    if _AS.search(ctx.before(m.start())) is not None and m.group(0).lower().startswith("many"):
        return None  # "the third time in as many weeks": a count of events, no span
    amount: float | str | None
    if groups.get("n") is not None:
        amount = _amount(m)
        if amount is None or (unit == "TS" and (m["n"].lower() in _INDEFINITE or not unit_word.endswith("s"))):
            return None  # "a second term", "the 1988 second quarter"
        if _is_rate(m, ctx):
            return None  # a rate: "$1.76 a year", "four flights a week"
        if ctx.followed_by(grammar().pay, m.end()):
            return None  # a sum: "six months of base pay", "a year's salary"
        if "half" in m.group(0).lower() and isinstance(amount, float | int) and "and" in m.group(0).lower():
            amount += 0.5
    elif groups.get("unit3"):
        amount = 1
    elif groups.get("lead") is not None or groups.get("lead2") is not None:
        amount = "X"  # "the first days of the war", "the early years"
    else:
        if groups.get("the"):
            if groups.get("ref") or not ctx.preceded_by("the_plural", m.start()):
                return None  # "over the years" is a span; "the years he spent" is not one by itself
        elif groups.get("unit") and not ctx.preceded_by("plural", m.start()) and not groups.get("ref"):
            return None
        amount = "X"
    ref, start = (groups.get("ref") or "").lower(), None
    if ref in ("earlier", "later") and unit == "D" and isinstance(amount, float | int):
        counted = _from_named_day(ctx, amount, -1 if ref == "earlier" else 1, m.start())
        if counted is not None:
            return counted  # "arrested on May 25 and freed two days later": May 27
    if ref in ("earlier", "later") and (unit in ("D", "TH", "TM", "TS") or amount == "X"):
        ref = ""  # "an hour later", "a day earlier", "several weeks later": TimeBank keeps these as durations
    if ref:
        sign = -1 if ref in ("ago", "earlier", "before", "previously", "back") else 1
        return _shifted(ctx, amount, unit, sign, m.start(), narrated=ref in ("earlier", "later"))
    rel = (groups.get("rel") or "").lower()
    if rel == "last" and m.group(0)[:4].lower() == "last" and ctx.preceded_by("verb_last", m.start()):
        rel = ""  # "expected to last several weeks": the verb, outside the expression
        start = m.start("n")
    direction = lookup("RELATIVE", rel) if rel in _DURATION_RELS | {"previous", "following"} else 0
    value = duration_value(amount, "X" if amount == "X" and unit in ("DE", "CE") else unit)
    if amount == "X" and unit in ("DE", "CE"):
        value = "P" + "X" + unit
    number = amount if isinstance(amount, float | int) else None
    start = start if start is not None else _start(m)
    return Norm("DURATION", value, _approx(m), direction=direction or 0, amount=number, unit=unit, start=start)


_DETERMINER = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$", re.IGNORECASE)


def _start(m: re.Match[str]) -> int | None:
    """Where a duration starts when not at its match: after "a" in "a decade-long war"; at the number of a
    hyphenated modifier, whose determiner belongs to the noun ("the 23-year occupation"); at the article of a
    span noun ("a three-year period"), whose article the span keeps."""
    groups = m.groupdict()
    if groups.get("noun"):
        article = _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        return article.start() if article is not None else None
    n = groups.get("n")
    if groups.get("long") and (n or "").lower() in _INDEFINITE:
        return m.start("n") + len(n or "") + 1
    hyphenated = n is not None and m.group(0)[m.end("n") - m.start() : m.start("unit") - m.start()] == "-"
    if (hyphenated or _counted_singular(m)) and _DETERMINER.fullmatch(m.string, m.start(), m.start("n")) is not None:
        return m.start("n")
    return None


def _counted_singular(m: re.Match[str]) -> bool:
    """A number before a unit in the singular ("the two day rally", "the 10 year plan"): a modifier, whose
    determiner belongs to the noun after it."""
    unit, n = m.groupdict().get("unit") or "", (m.groupdict().get("n") or "").lower()
    return bool(unit) and not unit.endswith("s") and n not in _INDEFINITE and n not in ("one", "1")


def _is_rate(m: re.Match[str], ctx: Context) -> bool:
    """ "a year" after an amount: "$1.76 a year", "358,000 a month" (not "C$307.2 a year earlier")."""
    if m["n"].lower() not in _INDEFINITE or m.start("n") != m.start() or m.groupdict().get("ref"):
        return False
    return _per_count().search(ctx.before(m.start())) is not None


@cache
def _per_count() -> re.Pattern[str]:
    """An amount just before "a year": "$2 million ", "358,000 ", "four flights "."""
    words = [w for w, v in grammar().lexicon["NUMBER"].items() if isinstance(v, int) and w.isalpha() and len(w) > 2]
    return re.compile(rf"(?:[\d$€£%][\d.,]*|(?<![\w-])(?:{'|'.join(words)}))(?:\s+[a-z]+)?\s+$")


def _approx(m: re.Match[str]) -> str | None:
    word = m.groupdict().get("approx")
    return lookup("APPROX", word) if word else None


def _shifted(ctx: Context, amount: float | str, unit: str, sign: int, at: int, *, narrated: bool = False) -> Norm:
    """ "two days ago", "a year earlier", "three weeks from now": the anchor moved, at the unit's granularity.
    In reports of quarterly results "a year earlier" is the same quarter a year before; a narrated "three years
    later" counts from the date named just before it."""
    if isinstance(amount, str):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    granularity = {"TH": "D", "TM": "D", "TS": "D", "WE": "W"}.get(unit, unit)
    if unit == "Y" and amount == 1 and sign < 0 and ctx.anchor is not None and ctx.near("quarter", at):
        return Norm("DATE", reported_quarter(ctx, at, back=1))
    compared = sign < 0 and ctx.preceded_by("comparison", at)  # "up 5 percent from a year earlier"
    counted = _from_last_date(ctx, amount, unit, sign, at, compared=compared) if narrated else None
    if counted is not None:
        return replace(counted, base=compared)
    if narrated and sign > 0:  # "two weeks later" with no date named before: a span, not two weeks from now
        return Norm("DURATION", duration_value(amount, unit), amount=amount, unit=unit)
    try:
        moved = None if ctx.anchor is None else shift(ctx.anchor, sign * amount, unit)
    except CalendarRangeError:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")  # "founded 3,000 years ago"
    return Norm("DATE", unit_value(moved, granularity))


def _from_last_date(
    ctx: Context, amount: float, unit: str, sign: int, at: int, reach: int = NARRATED, *, compared: bool = False
) -> Norm | None:
    """ "returned three years later" after "in 2011" → 2014 (in the granularity of the unit); a comparison ("up 5
    percent from a year earlier") counts from the last date that is no base of another comparison."""
    last = ctx.last_compared(at, reach) if compared else ctx.last_date(at, reach)
    if last is None or unit not in ("Y", "Q", "M", "D", "W"):
        return None
    value = last
    year = int(value[:4])
    if unit == "Y":  # a year's granularity, but a quarter or half a year later is that quarter or half
        same = compared and ctx.compared_in_sentence(at) == value
        return Norm("DATE", f"{year + sign * round(amount)}{_year_shifted_part(value, compared=same)}")
    covered = interval(value)
    if covered is None or _FINENESS.index(_granularity(value)) > _FINENESS.index(unit):
        return None  # "a week later" after "in March": no day to count from
    try:
        moved = shift(covered[0], sign * amount, unit)
    except CalendarRangeError:
        return None
    return Norm("DATE", unit_value(moved, unit))


def _from_named_day(ctx: Context, amount: float, sign: int, at: int) -> Norm | None:
    """ "two days later" right after a day the text named ("on May 25 ... two days later"): that day moved; with
    no day named just before (a year, a month, or nothing), None: the phrase is a span."""
    last = ctx.last_date(at)
    if last is None or _granularity(last) != "D" or not float(amount).is_integer():
        return None
    return _from_last_date(ctx, amount, "D", sign, at)


def _year_shifted_part(value: str, *, compared: bool) -> str:
    """What a count of years keeps of the date it counts from, past the year: a quarter or half always ("the
    third quarter ... a year later"); a month or day only as the base of a comparison in the same sentence ("sales
    in July rose from a year earlier" is July of the year before), as a narrated "in March 2011 ... a year later"
    is the year, and so is a comparison with a month named sentences before."""
    part = value[4:]
    if part[:2] in ("-Q", "-H"):
        return part
    if not compared or not _MONTH_OR_DAY.fullmatch(part):
        return ""
    return "-02-28" if part == "-02-29" else part


_MONTH_OR_DAY = re.compile(r"-\d\d(?:-\d\d)?")
_FINENESS = ("D", "W", "M", "Q", "Y")


def _granularity(value: str) -> str:
    """The unit a concrete DATE value names: 2024-09-27 D, 2024-W39 W, 2024-09 M, 2024-Q3 Q, else Y."""
    if len(value) == 10:
        return "D"
    if value[4:6] in ("-W", "-Q"):
        return value[5]
    return "M" if len(value) == 7 and value[5].isdigit() else "Y"


def set_every(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "every week" → P1W, "every two years" → P2Y, "every other day" → P2D, "once a month" → P1M."""
    word = m["unit"].lower()
    season = lookup("SEASON", word)
    if season:
        return Norm("SET", f"XXXX-{season}")
    if word in _DAYPART:
        return Norm("SET", f"XXXX-XX-XXT{_DAYPART[word]}")
    unit = "D" if word == "night" else lookup("UNIT", word)
    amount = _amount(m) if m["n"] else (2 if m.group(0).lower().split()[1:2] == ["other"] else 1)
    if amount is None:
        return None
    return Norm("SET", duration_value(amount, unit))


def modal_one_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "will one day be", "hopes to one day become": an unnamed time ahead (FUTURE_REF), the cue left out of the
    span."""
    return Norm("DATE", "FUTURE_REF", start=m.start("when"))


def set_word(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "daily", "weekly", "annually"."""
    return Norm("SET", lookup("SETWORD", m["word"]))


def vague(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "now" → PRESENT_REF, "recently" → PAST_REF, "today", "yesterday evening", "tonight"."""
    value: str = lookup("VAGUE", m["word"])
    if " ".join(m["word"].split()) in grammar().vague_nouns and _modifies_noun(ctx, m.end()):
        return None
    offsets = {"TODAY": 0, "TONIGHT": 0, "TOMORROW": 1, "YESTERDAY": -1, "YESTERDAY-1": -2, "TOMORROW+1": 2}
    if value not in offsets:
        if m["side"]:
            return None  # "earlier" and "later" are part of a day only ("earlier today"), not of "now"
        return Norm("DURATION" if value[:2] in ("PX", "P1") else "DATE", value)
    before = m["daypart0"]
    if before and value not in offsets:
        return None  # "evening now": only a day takes a part of the day before it ("mid-afternoon yesterday")
    part = _DAYPART.get((before or m["daypart"] or "").lower()) or ("NI" if value == "TONIGHT" else None)
    if ctx.anchor is None:
        if part:
            return Norm("TIME", f"XXXX-XX-XXT{part}")
        return Norm("DATE", "PRESENT_REF" if value == "TODAY" else "XXXX-XX-XX")
    day = (ctx.anchor + timedelta(days=offsets[value])).isoformat()
    return Norm("TIME", f"{day}T{part}") if part else Norm("DATE", day)


def new_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the new year": the year nearest to begin or to have begun (next year from July on); "the new century"
    the century likewise ("20" from 1950 to 2049), not "the New Century" (a name)."""
    if m["unit"].lower() == "century":
        if ctx.text[m.start("new")].isupper():
            return None
        return Norm("DATE", "XX" if ctx.anchor is None else f"{(ctx.anchor.year + 50) // 100:02d}")
    if ctx.anchor is None:
        return Norm("DATE", "XXXX")
    return Norm("DATE", str(ctx.anchor.year + (ctx.anchor.month >= 7)))


def a_while(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "for a while", "after a while": a span of unknown length."""
    return Norm("DURATION", "PXX")


def the_moment(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "at the moment", "for the moment" closing a clause: now."""
    return Norm("DATE", "PRESENT_REF")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'.-]*)")


def _modifies_noun(ctx: Context, end: int) -> bool:
    """Whether the word after `end` is one "the future" would modify ("the future U.S. presence")."""
    found = _NEXT_WORD.match(ctx.text, end)
    if found is None:
        return False
    word = found.group(1)
    return word[0].isupper() or word.lower() not in grammar().vague_followers


def story_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "ended the day", "the end of the day", "by mid-afternoon": the day the story is at (put on the day its
    sentence or the lead names, like a clock time), or a part of it."""
    group = next(g for g in ("x2", "x3", "x5", "x6") if m[g])
    word = next((m[g] for g in ("dp5", "dp6") if m[g]), None)
    day = ctx.anchor.isoformat() if ctx.anchor is not None else "XXXX-XX-XX"
    if word:
        return Norm("TIME", f"{day}T{_DAYPART[word.lower()]}", start=m.start(group), floating=True)
    return Norm("DATE", day, start=m.start(group), floating=True)


def daypart(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "this morning" → 2024-09-27TMO, "last night" → the day before, TNI."""
    part = _DAYPART[m["daypart"].lower()]
    if ctx.anchor is None:
        return Norm("TIME", f"XXXX-XX-XXT{part}")
    day = ctx.anchor - timedelta(days=1 if m["rel"].lower() == "last" else 0)
    return Norm("TIME", f"{day.isoformat()}T{part}")


def clock(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "4:38 p.m.", "16:38 GMT", "19:00 on Saturday", "noon": a clock time on the anchor's day, or on the day the
    expression names ("on Saturday", "May 3"); "1900" with no colon needs a time zone or "hours"."""
    if m["named"]:
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["named"].lower()]
    elif m["h24"]:
        hhmm = f"{int(m['h24']):02d}:{m['mi24']}"
        if ":" not in m.group(0) and not m["tz2"]:
            return None
        if not m["tz2"] and not m["wd2"] and not ctx.preceded_by("clock", m.start()):
            return None
    else:
        hhmm = clock_value(m["h"], m["mi"], m["ap"])
    zone = (m["tz"] or m["tz2"] or "").lower()
    if zone in ("utc", "gmt", "zulu"):
        hhmm += "Z"
    if ctx.anchor is None:
        return Norm("TIME", f"XXXX-XX-XXT{hhmm}")
    day = ctx.anchor
    mon, d = ("mon", "d") if m["mon"] else ("mon3", "d3")
    if m[mon] and ctx.capitalized(m, mon):
        month, number = lookup("MONTH", m[mon]), int(m[d])
        year = resolve_year(ctx, month, number, m.start(), m.end()) or day.year
        try:
            day = date(year, month, number)
        except ValueError:
            return None
    group = next((g for g in ("wd", "wd2", "wd3") if m[g]), None)
    weekday = m[group] if group else None
    if weekday and group and ctx.capitalized(m, group):
        day = resolve_weekday(ctx, lookup("WEEKDAY", weekday), "", m.start(), m.end())
    floating = not m[mon] and not weekday
    return Norm("TIME", f"{day.isoformat()}T{hhmm}", floating=floating)


def year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "year-earlier", "the year-ago quarter" → a year before the anchor (its latest quarter, among quarters)."""
    if ctx.anchor is None:
        return Norm("DATE", "XXXX")
    if m["unit"] in ("quarter", "period") or ctx.near("quarter", m.start()):
        return Norm("DATE", reported_quarter(ctx, m.start(), back=1))
    return Norm("DATE", str(ctx.anchor.year - 1))
