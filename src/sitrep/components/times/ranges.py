"""The two ends of a range of dates named without a year ("from January to November", "between Dec. 20 and
Jan. 5") lie in order: the first is the last such month or day at or before the second, as the range is read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from sitrep.components.times.anchor import Item
from sitrep.data_files import load_toml

_MONTHLY = re.compile(r"^(\d{4})-(\d\d(?:-\d\d)?)$")  # "1999-11", "1999-11-05"
_YEAR = re.compile(r"\d{4}")


@cache
def _joint() -> re.Pattern[str]:
    """The words between the two ends ("to", "and", "through")."""
    words = load_toml("times.toml")["range"]["joiners"]
    return re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in words)})\s+$")


@cache
def _opener() -> re.Pattern[str]:
    """The word before the first end ("from", "between")."""
    words = load_toml("times.toml")["range"]["openers"]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})\s+$", re.IGNORECASE)


def order_ranges(items: Sequence[Item], text: str) -> None:
    """Move the first end of a range back when, resolved alone, it fell after the second (in place)."""
    for first, second in pairwise(items):
        one, two = _MONTHLY.match(first.norm.value), _MONTHLY.match(second.norm.value)
        if one is None or two is None or len(one.group(2)) != len(two.group(2)):
            continue  # only two months, or two days
        if _YEAR.search(text[first.start : first.end]) or not _is_range(first, second, text):
            continue  # "from January 1999 to March" names its year
        year = int(two.group(1)) - (one.group(2) > two.group(2))
        if year < int(one.group(1)):
            first.norm = replace(first.norm, value=f"{year:04d}-{one.group(2)}")


def _is_range(first: Item, second: Item, text: str) -> bool:
    between = text[first.end : second.start]
    return (
        _joint().search(between.lower()) is not None
        and len(between) < 12
        and _opener().search(text, max(0, first.start - 12), first.start) is not None
    )
