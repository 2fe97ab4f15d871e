"""Recognize a dateline ("September 27, 2024, 4:38 PM", "Friday, January 4, 2019") and parse it."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from sitrep.data_files import load_toml

_TOKEN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d+(?:st|nd|rd|th)?|[A-Za-z]+\.?(?:[A-Za-z]\.)*|\S")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?)?")
_NUMERIC = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})")
_PUNCT = set(",.|-–—/:()@·•")


@cache
def _config() -> tuple[dict[str, int], frozenset[str], int]:
    data = load_toml("reader.toml")
    filler = frozenset(word.lower() for word in data["dateline"]["filler"])
    return dict(data["months"]), filler, int(data["dateline"]["max_length"])


def parse_dateline(line: str) -> datetime | date | None:
    """The date (and time, when given) a dateline states, or None when the line is not only a date."""
    months, filler, max_length = _config()
    line = line.strip()
    if not line or len(line) > max_length:
        return None
    found = _iso_or_numeric(line)
    if found is not None:
        return found
    return _worded(line, months, filler)


def _iso_or_numeric(line: str) -> datetime | date | None:
    for pattern in (_ISO, _NUMERIC):
        match = pattern.search(line)
        if match is None:
            continue
        rest = (line[: match.start()] + line[match.end() :]).strip(" ,|-–—:()")
        if rest and not _only_filler(rest):
            return None
        parts = match.groupdict()
        return _build(int(parts["y"]), int(parts["m"]), int(parts["d"]), parts.get("H"), parts.get("M"), None)
    return None


def _only_filler(rest: str) -> bool:
    _, filler, _ = _config()
    return all(
        tok.lower() in filler or tok in _PUNCT or re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", tok)
        for tok in _TOKEN.findall(rest)
    )


def _worded(line: str, months: dict[str, int], filler: frozenset[str]) -> datetime | date | None:
    month = day = year = None
    hour = minute = None
    meridiem: str | None = None
    for tok in _TOKEN.findall(line):
        low = tok.lower().rstrip(".") if not tok.lower().endswith("m.") else tok.lower()
        if tok in _PUNCT:
            continue
        if ":" in tok:
            hour, minute = (int(x) for x in tok.split(":")[:2])
        elif tok[0].isdigit():
            number = int(re.sub(r"\D", "", tok))
            if len(tok) == 4 and tok.isdigit():
                year = number
            elif day is None and 1 <= number <= 31:
                day = number
            else:
                return None
        elif low in months and month is None:
            month = months[low]
        elif low in ("am", "pm", "a.m.", "p.m."):
            meridiem = low[0]
        elif low not in filler:
            return None
    if month is None or day is None or year is None:
        return None
    return _build(year, month, day, hour, minute, meridiem)


def _build(
    year: int, month: int, day: int, hour: int | str | None, minute: int | str | None, meridiem: str | None
) -> datetime | date | None:
    try:
        if hour is None:
            return date(year, month, day)
        h, m = int(hour), int(minute or 0)
        if meridiem == "p" and h < 12:
            h += 12
        elif meridiem == "a" and h == 12:
            h = 0
        return datetime(year, month, day, h, m)
    except ValueError:
        return None
