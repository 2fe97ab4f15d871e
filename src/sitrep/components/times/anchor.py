"""The day a clock time is on when it names none ("the attack took place at about 7:45 p.m."): the day its
sentence names, or else the day the article's lead gives its story ("On Friday, …"), not the publication day."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise
from typing import Protocol

from sitrep.components.times.grammar import grammar, lookup
from sitrep.components.times.model import Norm
from sitrep.reader.dateline import parse_dateline

_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T|$)")
_OPENING = 400  # how far into the text a dateline may open a line
_LINE = re.compile(r"(?m)^[ \t\r\u00a0]*(?=\S)")


class Item(Protocol):
    """What re-anchoring reads of a tagged expression (the tagger's `Found`)."""

    start: int
    end: int
    norm: Norm
    rule: str


Sentence = Callable[[int, int], tuple[int, int]]


def day_of(value: str) -> str | None:
    """The single day a DATE or TIME value lies on ("2019-11-08T19:45" → "2019-11-08"), if it names one."""
    found = _DAY.match(value)
    return found.group(1) if found else None


def reanchor(items: Sequence[Item], text: str, sentence: Sentence) -> None:
    """Move each floating clock time or story day onto the day the text gives it (in place)."""
    days = [(item, day) for item in items if not item.norm.floating and (day := day_of(item.norm.value))]
    lead = next(((item.start, day) for item, day in days if not _alone_on_line(text, item)), None)
    for item in items:
        if not item.norm.floating:
            continue
        begin, finish = sentence(item.start, item.end)
        near = [(abs(other.start - item.start), day) for other, day in days if begin <= other.start < finish]
        day = min(near)[1] if near else (lead[1] if lead is not None and lead[0] < item.start else None)
        if day is not None:
            item.norm = replace(item.norm, value=day + item.norm.value[10:], floating=False)


_APPOSED = re.compile(r"\s*\(\s*$")  # between a weekday and the date that names it: "last Sunday (Sept. 3)"


def appose_days(items: Sequence[Item], text: str) -> None:
    """A weekday right before its date in brackets ("detonated last Sunday (September 3)") is that date when the
    date falls on that weekday (in place): the text says which one it means."""
    for weekday, named in pairwise(items):
        if weekday.rule != "relative_weekday" or not _APPOSED.fullmatch(text, weekday.end, named.start):
            continue
        day, own = day_of(named.norm.value), day_of(weekday.norm.value)
        if day is None or own is None or day == own or named.norm.value != day:
            continue
        if date.fromisoformat(day).isoweekday() == date.fromisoformat(own).isoweekday():
            weekday.norm = replace(weekday.norm, value=day + weekday.norm.value[10:])


def _alone_on_line(text: str, item: Item) -> bool:
    """A date line ("Sunday, November 10, 2019" on a line of its own): the publication's, not the story's."""
    begin = text.rfind("\n", 0, item.start) + 1
    finish = text.find("\n", item.end)
    line = text[begin : finish if finish >= 0 else len(text)]
    return line.strip(" \t\r\u00a0") == text[item.start : item.end]


def story_day(text: str, lowered: str, published: date | None) -> date | None:
    """The day relative expressions count from: the day the story's opening gives, when it is earlier than the
    publication stamp (a later stamp is an update or a re-publication); else the publication day. The opening
    gives it on a date line of its own ("October 10, 2008" under the headline: any earlier day, as the article
    states its own date) or in a wire dateline ("WASHINGTON, March 12 (Xinhua) --", in a story stamped March 13:
    a day at most a few days earlier, as it names no year)."""
    if published is None:
        return None
    for line in _LINE.finditer(text, 0, _OPENING):
        found = grammar().dateline.match(lowered, line.end())
        if found is not None:
            day = _dateline_day(found, published)
            return day if day is not None else published
        finish = text.find("\n", line.end())
        stated = parse_dateline(text[line.end() : finish if finish >= 0 else len(text)])
        if stated is not None:
            day = stated.date() if isinstance(stated, datetime) else stated
            return min(day, published)
    return published


def _dateline_day(found: re.Match[str], published: date) -> date | None:
    """A dateline's day, in its year or else the year that puts it just before the publication, if it lies within
    the allowed days before it."""
    month: int = lookup("MONTH", found["mon"])
    years = [int(found["y"])] if found["y"] else [published.year, published.year - 1]
    for year in years:
        try:
            day = date(year, month, int(found["d"]))
        except ValueError:
            return None
        if 0 <= (published - day).days <= grammar().dateline_days:
            return day
    return None
