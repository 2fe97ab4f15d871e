"""The second day of a pair named with one month ("on April 24 and 25", "from May 3 to 5"): a day of the month in
figures after a month-day and "and", "or", "to" … is a date of that month, as TimeML tags it ("25" → 1999-04-25)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TypeVar

from sitrep.components.times.anchor import Item
from sitrep.components.times.model import Norm
from sitrep.data_files import load_toml

_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)$")
_ENDS_IN_DAY = re.compile(r"\d(?:st|nd|rd|th)?$", re.IGNORECASE)

T = TypeVar("T", bound=Item)


@cache
def _second_day() -> re.Pattern[str]:
    """The joiner and the second day after a month-day, with what may follow it, in lower case."""
    data = load_toml("times.toml")["range"]
    joiners = "|".join(re.escape(w) for w in data["day_joiners"])
    followers = "|".join(re.escape(w) for w in data["day_followers"])
    return re.compile(
        rf",?\s+(?:{joiners})\s+(?P<day>(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![\w%$-]|[.,:/]\d)"
        r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?![\w%$-]|[.,:/]\d))?"
        rf"(?=\s*(?:[.;:)!?\"'”’]|,(?!\s*\d)|$)|\s+(?:{followers})(?![\w-]))"
    )


def second_days(items: list[T], lowered: str, make: Callable[[int, int, Norm], T]) -> list[T]:
    """The items with the second day of each pair added after its month-day (`make` builds an item)."""
    out: list[T] = []
    skip = -1
    for i, item in enumerate(items):
        if i == skip:
            continue
        out.append(item)
        found = _DAY_VALUE.match(item.norm.value)
        if found is None or item.norm.type != "DATE" or not _ENDS_IN_DAY.search(lowered, item.start, item.end):
            continue
        pair = _second_day().match(lowered, item.end)
        after = items[i + 1] if i + 1 < len(items) else None
        if pair is not None and pair["y"] and after is not None and after.start == pair.start("y"):
            skip = i + 1  # "April 24 and 25, 1999": the year is the pair's, no expression of its own
        elif pair is None or (after is not None and after.start < pair.end()):
            continue
        year, month, first = found.groups()
        if int(pair["d"]) <= int(first):
            continue  # "May 30 and 2": no pair of one month
        if pair["y"]:
            year = pair["y"]
            item.norm = replace(item.norm, value=f"{year}-{month}-{first}")
        value = f"{year}-{month}-{int(pair['d']):02d}"
        out.append(make(pair.start("day"), pair.end("y") if pair["y"] else pair.end("day"), Norm("DATE", value)))
    return out
