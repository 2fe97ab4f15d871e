"""A clock time that names its day and the rest of that day's date written right after it are one time ("9 a.m.
on Monday, March 25", "4:38 p.m. on Sept. 27, 2012"): the date's day with the clock's hour. A clock time that
names no day stays apart from a date after it ("16:15 UTC, June 1"), as MEANTIME tags it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from sitrep.components.times.anchor import Item, day_of

_GAP = re.compile(r",?[ \t]+(?:on[ \t]+)?")  # between the clock time and its date: ", ", " on "
_YEAR = re.compile(r"^\d{4}$")
_ENDS_IN_DAY = re.compile(r"\d$")  # "… on Sept. 27": a day of the month that a year may follow

T = TypeVar("T", bound=Item)


def join_clock_dates(items: list[T], text: str) -> list[T]:
    """The items with each clock time joined to the date that follows it (the date's item dropped)."""
    joined: list[T] = []
    for item in items:
        last = joined[-1] if joined else None
        if last is not None and _joins(last, item, text):
            last.norm = replace(last.norm, value=_value(last, item, text), floating=False)
            last.end = item.end
            continue
        joined.append(item)
    return joined


def _joins(clock: Item, date: Item, text: str) -> bool:
    """Whether `date` is the date of the clock time `clock` right before it."""
    if clock.rule != "clock" or clock.norm.type != "TIME" or clock.norm.floating or date.norm.type != "DATE":
        return False
    if not _GAP.fullmatch(text, clock.end, date.start):
        return False
    if day_of(date.norm.value) == date.norm.value:
        return True  # "9 a.m. on Monday, March 25"
    return bool(_YEAR.match(date.norm.value)) and bool(_ENDS_IN_DAY.search(text, clock.start, clock.end))


def _value(clock: Item, date: Item, text: str) -> str:
    hour = clock.norm.value[10:]  # "T09:00"
    if _YEAR.match(date.norm.value):  # "4:38 p.m. on Sept. 27" and ", 2012": that day in that year
        return date.norm.value + clock.norm.value[4:]
    return date.norm.value + hour
