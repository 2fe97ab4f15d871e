"""The time tagger: finds dates, times, durations and sets with the rules in `data/times.toml`, normalizes each
to a TIMEX3 value anchored on the article's `published` date, and says what it covers (role, begin, until).

Fills `doc._.times` with `Time` records (T1, T2, … in text order) and `doc.spans["sitrep_times"]` with their spans
(labelled by TIMEX3 type), so later components can skip date tokens."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components import register_extensions, text_of
from sitrep.components.times import dates, relative
from sitrep.components.times.anchor import appose_days, reanchor, story_day
from sitrep.components.times.grammar import Rule, grammar
from sitrep.components.times.join import join_clock_dates
from sitrep.components.times.model import Context, Norm
from sitrep.components.times.pairs import second_days
from sitrep.components.times.ranges import order_ranges
from sitrep.components.times.roles import covered
from sitrep.components.times.route import Router, first_word
from sitrep.data_files import function_words, load_toml
from sitrep.errors import SitrepError
from sitrep.record import Time

_BEFORE, _AFTER = 32, 16  # how far an expression may start before its trigger word, and run on after it
_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9'’]")  # expressions begin at a word

Normalizer = Callable[[re.Match[str], Context], Norm | None]

NORMALIZERS: dict[str, Normalizer] = {
    "ymd": dates.ymd,
    "month": dates.month,
    "month_rel_year": dates.month_rel_year,
    "spelled_year": dates.spelled_year,
    "year": dates.year,
    "decade": dates.decade,
    "short_year": dates.short_year,
    "century": dates.century,
    "quarter": dates.quarter,
    "half": dates.half,
    "season": dates.season,
    "holiday": dates.holiday,
    "year_end": dates.year_end,
    "relative": relative.relative,
    "part_of_unit": relative.part_of_unit,
    "the_unit": relative.the_unit,
    "that_unit": relative.that_unit,
    "unit_before": relative.unit_before,
    "next_daypart": relative.next_daypart,
    "weekday": relative.weekday,
    "set_weekday": relative.set_weekday,
    "set_month": dates.set_month,
    "named_date": dates.named_date,
    "modal_one_day": relative.modal_one_day,
    "duration": relative.duration,
    "set_every": relative.set_every,
    "set_word": relative.set_word,
    "vague": relative.vague,
    "the_moment": relative.the_moment,
    "a_while": relative.a_while,
    "new_year": relative.new_year,
    "daypart": relative.daypart,
    "story_day": relative.story_day,
    "clock": relative.clock,
    "year_ago": relative.year_ago,
    "year_back": relative.year_back,
}


class TimeGrammarError(SitrepError):
    """`data/times.toml` refers to something the tagger does not have."""


@dataclass(slots=True)
class Found:
    """One tagged expression before it becomes a record."""

    start: int
    end: int
    norm: Norm
    rule: str
    text: str = ""
    role: str = "point"
    begin: date | None = None
    until: date | None = None


@Language.factory(
    "sitrep_times",
    default_config={"spans_key": "sitrep_times"},
    assigns=["doc._.times", "doc.spans"],
    requires=["doc._.published", "token.is_sent_start"],
)
def make_times(nlp: Language, name: str, *, spans_key: str) -> TimeTagger:
    return TimeTagger(spans_key=spans_key)


class TimeTagger:
    """HeidelTime-style rules over the document text, mapped to spaCy token spans."""

    def __init__(self, *, spans_key: str = "sitrep_times") -> None:
        register_extensions()
        self.spans_key = spans_key
        missing = {r.norm for r in grammar().rules} - set(NORMALIZERS)
        if missing:
            raise TimeGrammarError(
                f"times.toml names normalizers that do not exist: {', '.join(sorted(missing))}; "
                "fix the rule's `norm` or add the function to NORMALIZERS"
            )

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Found]:
        """Every time expression in the text, left to right: at each place a rule matches, the longest match that
        normalizes wins, and the scan goes on after it."""
        text = text_of(doc)
        lowered = fold_case(text)
        ctx = Context(text, story_day(text, lowered, anchor_date(doc._.published)), [], lowered)
        router = grammar().router
        found: list[Found] = []
        pos = 0
        for start, end in windows(lowered):
            pos = max(pos, start)
            while pos < end and (at := _scan(lowered, pos, end, router)) is not None:
                if not ctx.has_sentences():
                    ctx.set_sentences(_sentence_starts(doc))
                best = self._best(lowered, at, router, ctx)
                if best is None:
                    pos = at + 1
                    continue
                longer = self._longer_inside(lowered, best, router, ctx)
                if longer is not best:  # "10:30 GMT on Thursday 21 March": the clock time before the date too
                    head = self._best(lowered, best.start, router, ctx, end=longer.start)
                    found.extend([head] if head is not None and head.end <= longer.start else [])
                    best = longer
                found.append(best)
                if best.norm.type in ("DATE", "TIME") and not best.norm.floating:
                    ctx.add_date(best.end, best.norm)
                pos = best.end
        found = join_clock_dates([item for item in found if not _inside_name(text, item)], text)
        found = second_days(found, lowered, lambda start, end, norm: Found(start, end, norm, "second_day"))
        reanchor(found, text, ctx.sentence)
        appose_days(found, text)
        order_ranges(found, text)
        for item in found:
            item.text = text[item.start : item.end]
            item.role, item.begin, item.until = covered(item.norm, ctx, item.start, item.end)
            if item.norm.type == "TIME" and item.role in _NOT_FOR_CLOCKS:
                item.role = "point"  # "by 19:00", "until 06:00": an hour of a day, never a deadline on the timeline
        return found

    def _longer_inside(self, lowered: str, best: Found, router: Router[Rule], ctx: Context) -> Found:
        """A longer expression that starts inside `best` and runs past it wins ("this Saturday, April 25")."""
        at = _scan(lowered, best.start + 1, best.end + _AFTER, router)
        if at is None or at >= best.end:
            return best
        other = self._best(lowered, at, router, ctx)
        if other is not None and other.end > best.end and other.end - other.start > best.end - best.start:
            return other
        return best

    @staticmethod
    def _best(lowered: str, at: int, router: Router[Rule], ctx: Context, end: int | None = None) -> Found | None:
        """The longest normalizable match of any rule starting at `at` (and ending by `end`)."""
        end = len(lowered) if end is None else end
        rules = router.at(first_word(lowered, at, end))
        matches = [(m, rule) for rule in rules if (m := rule.regex.match(lowered, at, end)) and m.end() > at]
        matches.sort(key=lambda c: (-(c[0].end() - at), -c[1].priority))
        for m, rule in matches:
            norm = NORMALIZERS[rule.norm](m, ctx)
            if norm is not None:
                return Found(norm.start if norm.start is not None else m.start(), m.end(), norm, rule.name)
        return None

    def set_annotations(self, doc: Doc, found: list[Found]) -> Doc:
        """Write `doc._.times` and `doc.spans[spans_key]`."""
        times: list[Time] = []
        spans: list[Span] = []
        for i, item in enumerate(found, 1):
            times.append(
                Time(
                    id=f"T{i}",
                    start=item.start,
                    end=item.end,
                    text=item.text,
                    type=item.norm.type,
                    value=item.norm.value,
                    begin=item.begin.isoformat() if item.begin else None,
                    until=item.until.isoformat() if item.until else None,
                    role=item.role,
                )
            )
            span = doc.char_span(item.start, item.end, label=item.norm.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.times = times
        doc.spans[self.spans_key] = spans
        return doc


_POSSESSIVES = tuple(function_words("possessive_endings"))  # "GM's 2008 revenue"
_NOT_FOR_CLOCKS = frozenset({"deadline", "until"})  # roles a clock time does not take
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")


_NUMBER_NAME = re.compile(r"^(?:\d{4}|\d{1,2}/\d{1,2})$")  # "2016", "9/11": a name's number after a capital


def _inside_name(text: str, item: Found) -> bool:
    """A time expression that is part of a name: a year or a date in figures after a capitalised word that is no
    time word ("Euro 2016", "Agenda 2030", "Fahrenheit 9/11"; not "March 2016" or a sentence's "In 2016"), or a
    capitalised duration or frequency before another capitalised word ("the Six Day War", "the Daily Telegraph")."""
    words = time_words()
    if item.norm.type == "DATE" and _NUMBER_NAME.match(text[item.start : item.end]):
        before = _WORD_BEFORE.search(text, max(item.start - 40, 0), item.start)
        word = before.group(1) if before is not None else ""
        if not word[:1].isupper() or word.lower().rstrip(".") in words or word.endswith(_POSSESSIVES):
            return False  # not "GM's 2008 revenue": a possessive's year is a time
        return before is not None and not _opens_sentence(text, before.start(1))
    if _titled_day(text, item):
        return True
    last = text[item.start : item.end].split()[-1:]
    if item.norm.type in ("DURATION", "SET") and last and last[0][:1].isupper():
        after = _WORD_AFTER.match(text, item.end)
        if after is not None and after.group(1)[:1].isupper() and after.group(1).lower() not in words:
            return True
    if _titled_duration(text, item, last[0] if last else ""):
        return True
    return _capitalised_mid_sentence(text, item)


def _titled_duration(text: str, item: Found, unit: str) -> bool:
    """A duration in figures whose unit is written with a capital, on a line that is no headline in title case:
    the title of a programme or a book ('CBS's "60 Minutes"', "48 Hours"), no span of time."""
    phrase = text[item.start : item.end]
    return (
        item.norm.type == "DURATION"
        and phrase[:1].isdigit()
        and unit[:1].isupper()
        and unit.isalpha()
        and not _title_case_line(text, item.start)
    )


@cache
def _titles() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = load_toml("times.toml")["names"]

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(names[key], key=len, reverse=True))

    return (
        re.compile(rf"\s+(?:{words('weekday_titles')})(?![\w-])(?!\s+Square)", re.IGNORECASE),  # no "Times Square"
        re.compile(rf"(?<![\w-])(?:{words('weekday_titles_before')})\s+on\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?:{words('date_titles')})(?![\w-])", re.IGNORECASE),
    )


def _titled_day(text: str, item: Found) -> bool:
    """A weekday that names a newspaper or a club ("the Sunday Times", "the Mail on Sunday", "the Monday Club"), or
    a day in figures that names an alliance ("the March 14 alliance"): capitalised names, on a line that is not a
    headline in title case."""
    after, before, alliance = _titles()
    if item.rule == "month_day":
        return alliance.match(text, item.end) is not None
    if item.rule != "relative_weekday" or " " in text[item.start : item.end].strip():
        return False
    title = after.match(text, item.end)
    if title is not None and title.group(0).lstrip()[:1].isupper():
        return not _title_case_line(text, item.start)
    front = before.search(text, max(item.start - 20, 0), item.start)
    return front is not None and front.group(0)[:1].isupper() and not _title_case_line(text, item.start)


def _capitalised_mid_sentence(text: str, item: Found) -> bool:
    """A time word written with a capital inside a sentence is a name ("Radio 4's Today programme", "Jamie Noon",
    ABC's "This Week"), unless it is a word always written so (months, weekdays, holidays) or the line is a
    headline in title case."""
    phrase = text[item.start : item.end]
    first = phrase.split()[0]
    if item.rule == "relative_weekday" and item.norm.value == "XXXX-XX-XX":
        return False  # "Black Monday", "Super Tuesday": a day's name, kept as a date not known here
    if _of_the_capitalised(text, item):
        return True  # "Hero of the Year", "Player of the Month": an award
    if not first[:1].isupper() or any(c.isdigit() for c in phrase) or first.lower().rstrip(".,") in proper_words():
        return False
    words = [w for w in phrase.split() if w.lower().rstrip(".,") not in proper_words()]
    opens = _opens_sentence(text, item.start) or _opens_quote(text, item.start)
    if opens and not (len(words) > 1 and all(w[:1].isupper() for w in words)):
        return False  # "Today, …" opens a sentence; "This Week" in capitals is a title wherever it stands
    return not _title_case_line(text, item.start)


_OF_THE = re.compile(r"[A-Z][\w'’-]*\s+of\s+$")


def _of_the_capitalised(text: str, item: Found) -> bool:
    """Whether the expression is "the" and a capitalised time word after a capitalised word and "of" ("Hero of the
    Year", "Song of the Year"), a title, on a line that is not a headline."""
    words = text[item.start : item.end].split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    return _OF_THE.search(text, max(item.start - 40, 0), item.start) is not None and not _title_case_line(
        text, item.start
    )


def _opens_quote(text: str, at: int) -> bool:
    """Whether a quotation opens right before `at` ('he said, "Now we see …"')."""
    before = text[max(at - 2, 0) : at].rstrip(" ")
    return bool(before) and before[-1] in "\"“‘'(`"


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around `at` is a headline with most words capitalised."""
    begin = text.rfind("\n", 0, at) + 1
    finish = text.find("\n", at)
    words = [w for w in text[begin : finish if finish >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@cache
def proper_words() -> frozenset[str]:
    """Time words written with a capital wherever they stand: months, weekdays and holidays."""
    lexicon = load_toml("times.toml")["lexicon"]
    tables = ("MONTH", "WEEKDAY", "WEEKDAYS", "HOLIDAY")
    return frozenset(word for table in tables for phrase in lexicon[table] for word in phrase.split())


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is the first of its sentence or line."""
    before = text[max(at - 3, 0) : at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n\r"


@cache
def time_words() -> frozenset[str]:
    """The words of the times lexicon (months, weekdays, seasons, holidays, day parts, relative words)."""
    lexicon = load_toml("times.toml")["lexicon"]
    return frozenset(word for table in lexicon.values() for phrase in table for word in phrase.split())


def _scan(lowered: str, pos: int, end: int, router: Router[Rule]) -> int | None:
    """The first place in `lowered[pos:end]` where a word begins and some rule matches (reading the text as if
    it ended at `end`), trying at each word only the rules that can begin with it."""
    while (start := _WORD_START.search(lowered, pos, end)) is not None:
        at = start.start()
        for rule in router.at(first_word(lowered, at, end)):
            if rule.regex.match(lowered, at, end) is not None:
                return at
        pos = at + 1
    return None


def fold_case(text: str) -> str:
    """The text in lower case, character for character (so offsets stay the same)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def windows(lowered: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger words: the only places an expression can be."""
    found: list[tuple[int, int]] = []
    for m in grammar().trigger.finditer(lowered):
        start, end = max(0, m.start() - _BEFORE), m.end() + _AFTER
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def anchor_date(published: object) -> date | None:
    """The anchor as a date (a datetime's day; an ISO string is parsed), or None."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published).date()
        except ValueError:
            return None
    return None


def _sentence_starts(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [sent.start_char for sent in doc.sents]
