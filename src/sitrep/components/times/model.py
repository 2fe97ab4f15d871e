"""What a normalization function returns, and what it may ask about the document."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

from sitrep.components.times.grammar import grammar

_BEFORE = 100  # how far back in its sentence the tense of an expression is looked for
_AFTER = 50  # and how far after it, when nothing before gives it
_FRONTED_AFTER = 150  # how far after an expression that opens its sentence ("On Tuesday, the league plans to …")
_FRONTED = re.compile(r"[\W_]*(?:[^\W\d_]+\s+)?")  # what may stand before it: a preposition ("On", "Late")
_COMMA_AFTER = re.compile(r"\s*,")
NARRATED = 250  # how far back "three years later" looks for the date it counts from
ANAPHORIC = 1500  # how far back "the following month" looks for the date it follows
_CONCRETE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]))?$")
_NEAR = 1500  # how far back "a year ago" looks for a quarter being compared
_SAME_DAY = 1500  # how far back "that same day" looks for the day it repeats
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_DAY_OR_TIME = re.compile(r"^\d{4}-\d\d-\d\d(?:T|$)")


@dataclass(slots=True)
class Norm:
    """A normalized expression: TIMEX3 type, value and mod, plus what roles need to compute its interval."""

    type: str
    value: str
    mod: str | None = None
    direction: int = 0  # -1 "the past two years", +1 "the next two years" (durations measured from the anchor)
    amount: float | None = None  # for durations: how many units
    unit: str | None = None
    side: str | None = None  # "before"/"after" the anchor: "earlier this year", "later this month"
    start: int | None = None  # where the expression starts when that is after the match's start
    floating: bool = False  # on the anchor's day for want of a day of its own ("at 7:45 p.m.", "later in the day")
    named: bool = False  # a quarter the text names ("the fiscal first quarter"), which a later "the quarter" means
    base: bool = False  # a date a figure is compared with ("up 5 percent over the same month last year")


def _cues(text: str) -> list[tuple[int, str, str]]:
    """Where each tense word in `text` ends, the tense it gives and the word, in text order. A past word after
    "be" is a participle ("will be named", "will be held"), not a past, and one in "-ed" after a determiner is an
    adjective ("the detained men"), one not in "-ed" after a modal or "to" a base form ("will hit"); a future cue
    after "had" is a plan told from the past ("had been due to expire"), and one after "as" tells no tense ("began
    as planned")."""
    found: list[tuple[int, int, str, str]] = []
    for m in grammar().future.finditer(text):
        if grammar().as_planned.search(text, 0, m.start()) is not None:
            continue  # "began as planned on Saturday": the plan gives no tense
        told = grammar().pluperfect.search(text, 0, m.start()) is not None
        found.append((m.start(), m.end(), "past" if told else "future", m.group(0)))
    for m in grammar().past.finditer(text):
        participle = grammar().participle.search(text, 0, m.start()) is not None
        adjective = m.group(0).endswith("ed") and grammar().adjective.search(text, 0, m.start()) is not None
        base = not m.group(0).endswith("ed") and grammar().base.search(text, 0, m.start()) is not None
        if not participle and not adjective and not base:
            found.append((m.start(), m.end(), "past", m.group(0)))
    found.sort()
    return [(end, tense, word) for _, end, tense, word in found]


# "to" before a determiner is a preposition ("the envoy to the coalition"), no plan ("agreed to meet").
_PREPOSITION_TO = re.compile(r"(?<=to)\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)(?![\w-])")


_AGENT_BY = re.compile(r"(?:[a-z]+ed|[a-z]+en|made|led|held|hit|struck|shot|set|put|cut)\s+$")  # "caused by"


def _plans(window: str, m: re.Match[str]) -> bool:
    """Whether a plan word in `window` tells of a plan: not "to" as a preposition ("the envoy to the talks"), not
    "by" after a participle, which names the doer ("caused by an attack in August")."""
    if m.group(0) == "by" and _AGENT_BY.search(window, 0, m.start()) is not None:
        return False
    return _PREPOSITION_TO.match(window, m.end()) is None


def tense_words(text: str) -> list[tuple[int, str, str]]:
    """The tense words of `text` (see `_cues`)."""
    return _cues(text)


def plan_in(clause: str) -> bool:
    """A plan told in the past ("would", "was to") that governs the end of `clause`, with no tense word after it
    ("he said he would announce it on Friday"; not "would have ended Friday")."""
    plans = list(grammar().future_in_past.finditer(clause))
    if not plans:
        return False
    rest = clause[plans[-1].end() :]
    return not rest.lstrip().startswith("have ") and not tense_words(rest)


@cache
def _word_end(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}s?(?![\w-])")


class Context:
    """The anchor date, the text, and the tense around a match (read lazily from the sentence)."""

    def __init__(self, text: str, anchor: date | None, sentence_starts: list[int], lowered: str | None = None) -> None:
        self.text = text
        self._dates: list[tuple[int, str]] = []  # (end, value) of each concrete DATE found so far
        self._bases: set[int] = set()  # ends of the dates figures were compared with
        self._days: list[tuple[int, str]] = []  # (end, day) of each day found so far, with a time of day or not
        self._quarters: list[tuple[int, str]] = []  # (end, value) of each quarter the text named so far
        self.lowered = lowered if lowered is not None else text.lower()
        self.anchor = anchor
        self._starts = sentence_starts

    def add_date(self, end: int, norm: Norm) -> None:
        """Remember a concrete date the tagger found ("2011", "1989-Q3", "2024-09-27")."""
        if _CONCRETE.match(norm.value):
            self._dates.append((end, norm.value))
            if norm.base:
                self._bases.add(end)
        if _DAY_OR_TIME.match(norm.value):
            self._days.append((end, norm.value[:10]))
        if norm.named:
            self._quarters.append((end, norm.value))

    def last_quarter(self, at: int) -> str | None:
        """The last quarter the text named before `at` ("the fiscal first quarter" for a later "the quarter"), if
        it is close enough to be the one meant."""
        if self._quarters and at - self._quarters[-1][0] <= _NEAR:
            return self._quarters[-1][1]
        return None

    def last_date(self, at: int, reach: int = NARRATED) -> str | None:
        """The last concrete date found before `at`, if it is close enough to be the one a "later" counts from
        (a word that always points back, "the following month", may reach further)."""
        if self._dates and at - self._dates[-1][0] <= reach:
            return self._dates[-1][1]
        return None

    def last_compared(self, at: int, reach: int = NARRATED) -> str | None:
        """The last concrete date before `at` that is no base of a comparison (`last_date` else)."""
        for end, value in reversed(self._dates):
            if at - end > reach:
                return None
            if end not in self._bases:
                return value
        return None

    def compared_in_sentence(self, at: int) -> str | None:
        """The last concrete date before `at` in its own sentence that is no base of a comparison, if any ("sales
        in July rose from a year earlier": July)."""
        begin, _ = self.sentence(at, at)
        for end, value in reversed(self._dates):
            if end < begin:
                return None
            if end not in self._bases:
                return value
        return None

    def last_day(self, at: int) -> str | None:
        """The last single day named before `at` ("July 31" for a later "that same day"), if close enough."""
        for end, value in reversed(self._dates):
            if at - end > _SAME_DAY:
                return None
            if _DAY.match(value):
                return value
        return None

    def day_right_before(self, at: int, gap: re.Pattern[str]) -> str | None:
        """The day of the last day or time named, if only `gap` stands between it and `at` ("Aug. 17, a ")."""
        if self._days:
            end, day = self._days[-1]
            if gap.fullmatch(self.lowered, end, at) is not None:
                return day
        return None

    def last_day_or_time(self, at: int) -> str | None:
        """The day of the last day or time of day named before `at` ("Monday night" for a later "the next
        morning"), if close enough."""
        if self._days and at - self._days[-1][0] <= NARRATED:
            return self._days[-1][1]
        return None

    def day_in_sentence(self, start: int) -> str | None:
        """The last single day named earlier in the sentence around `start`, if any."""
        begin, _ = self.sentence(start, start)
        for end, value in reversed(self._dates):
            if not begin <= end <= start:
                return None
            if _DAY.match(value):
                return value[:10]
        return None

    def told_day(self, start: int) -> str | None:
        """The day named earlier in the sentence around `start` when a plan told from it lies between the two
        ("said on Friday he would fly out on Tuesday": Friday's date)."""
        begin, _ = self.sentence(start, start)
        for end, value in reversed(self._dates):
            if not begin <= end <= start:
                return None
            if _DAY.match(value) and grammar().future_in_past.search(self.lowered, end, start) is not None:
                return value
        return None

    def plan_told(self, start: int) -> bool:
        """Whether a plan told in the past governs the expression at `start`, told on no day its sentence names
        before it ("officials said the vote would take place in December"): it lies ahead of the publication."""
        begin, _ = self.sentence(start, start)
        if any(begin <= end <= start for end, _ in self._dates):
            return False  # "said in January he would resign in March": told from that day
        return plan_in(self.lowered[max(begin, start - _BEFORE) : start])

    def has_sentences(self) -> bool:
        return bool(self._starts)

    def set_sentences(self, starts: list[int]) -> None:
        self._starts = starts or [0]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence bounds around a character range."""
        i = bisect_right(self._starts, start) - 1
        begin = self._starts[i] if i >= 0 else 0
        finish = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return begin, max(finish, end)

    def is_future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def tense(self, start: int, end: int) -> str | None:
        """Whether the clause around `start:end` speaks of the future or the past."""
        cue = self.tense_cue(start, end)
        return cue[0] if cue is not None else None

    def tense_cue(self, start: int, end: int) -> tuple[str, str] | None:
        """The tense of the clause around `start:end` and the word that gives it: the nearest tense word before it
        in its sentence ("will", "scheduled to"; "said", "-ed"), or else the first one after it."""
        begin, finish = self.sentence(start, end)
        before = _cues(self.lowered[max(begin, start - _BEFORE) : start])
        if before:
            _, tense, word = max(before, key=lambda cue: (cue[0], cue[1] == "future"))  # "planned" is a plan
            return tense, word
        reach = _FRONTED_AFTER if self._fronted(begin, start, end) else _AFTER
        after = _cues(self.lowered[end : min(finish, end + reach)])
        return (after[0][1], after[0][2]) if after else None

    def _fronted(self, begin: int, start: int, end: int) -> bool:
        """Whether the expression at `start:end` opens its sentence, alone or after one word, and a comma follows
        it ("On Tuesday, the National Abortion Rights Action League plans to …"): the main clause after the comma
        gives its tense, however long its subject."""
        return _FRONTED.fullmatch(self.lowered, begin, start) is not None and _COMMA_AFTER.match(
            self.lowered, end
        ) is not None

    def done_before(self, start: int, end: int) -> bool:
        """Whether the clause around `start:end` tells of something done, with a past verb that tells of no plan
        ("bought RJR in February", "the year ended Jan. 31"; not "said the vote would be in January", "extended
        the offer to Nov. 20"): a date it governs lies before the publication."""
        cue = self.tense_cue(start, end)
        if cue is None or cue[0] != "past":
            return False
        return cue[1] in grammar().done or self._done_right_before(start)

    def done_plainly(self, start: int, end: int) -> bool:
        """Whether the clause around `start:end` tells of the past with no plan and no speech: its past verb is no
        verb of speech or of a plan ("said", "agreed"), and no plan word ("to", "would", "by") stands in the clause
        before the expression or between it and the verb after it ("the incident in January led to charges")."""
        begin, finish = self.sentence(start, end)
        window = self.lowered[max(begin, start - _BEFORE) : start]
        before = _cues(window)
        if before:
            _, tense, word = max(before, key=lambda cue: (cue[0], cue[1] == "future"))
            words = {w for _, _, w in before}
        else:
            reach = _FRONTED_AFTER if self._fronted(begin, start, end) else _AFTER
            after = _cues(self.lowered[end : min(finish, end + reach)])
            if not after:
                return False
            cue_end, tense, word = after[0]
            window += " " + self.lowered[end : end + cue_end - len(word)]
            words = {word}
        if tense != "past" or words & grammar().reported:
            return False
        return not any(_plans(window, m) for m in grammar().plan_words.finditer(window))

    def _done_right_before(self, start: int) -> bool:
        """Whether a past verb in "-ed" governs the expression right before it ("was arrested in January", "the
        deal announced on Nov. 5"), one that tells of no plan ("expected in January"), not after "be"."""
        before = self.before(start)
        found = grammar().done_ed.search(before)
        if found is None or found.group(1).rsplit("-", 1)[-1] in grammar().not_done:  # "re-scheduled" too
            return False
        return grammar().participle.search(before, 0, found.start(1)) is None  # "will be released in January"

    def near(self, word: str, at: int) -> bool:
        """Whether `word` (lower case) ends a word in the text around `at` (its sentence and the paragraphs before
        it): "third-quarter" holds "quarter", "quarter-century" does not."""
        begin, finish = self.sentence(at, at)
        return _word_end(word).search(self.lowered, max(0, min(begin, at - _NEAR)), finish) is not None

    def before(self, start: int, width: int = 40) -> str:
        """The text just before `start` (the same line only)."""
        chunk = self.lowered[max(0, start - width) : start]
        return chunk.rsplit("\n", 1)[-1]

    def preceded_by(self, cue: str, start: int) -> bool:
        """Whether a cue word of the named list ends right before `start`."""
        return grammar().cues[cue].search(self.before(start)) is not None

    def role_cue(self, start: int) -> tuple[str, str] | None:
        """The role cue ending right before `start` ("no later than", "since" ...) and its role, if any."""
        text = self.before(start)
        for role, pattern in grammar().roles:
            found = pattern.search(text)
            if found is not None:
                return role, " ".join(found.group(0).split())
        return None

    def followed_by(self, pattern: re.Pattern[str], end: int) -> bool:
        return pattern.match(self.lowered, end) is not None

    def capitalized(self, m: re.Match[str], group: str) -> bool:
        """Whether a name the rule matched starts with a capital letter in the original text."""
        at = m.start(group)
        return at < 0 or self.text[at].isupper()
