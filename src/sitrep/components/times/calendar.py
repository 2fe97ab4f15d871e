"""Calendar arithmetic for TIMEX3 values: shifting an anchor by a unit and the date interval a value covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from sitrep.errors import SitrepError

_SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}
_VALUE = re.compile(
    r"^(?P<y>\d{4}|\d{3}|\d{2})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class CalendarRangeError(SitrepError, ValueError):
    """A shift that leaves the calendar Python can write (years 1 to 9999): "3,000 years ago"."""


def shift(day: date, amount: float, unit: str) -> date:
    """`day` moved by `amount` units (D, W, WE, M, Q, Y, DE, CE; clock units count as days)."""
    try:
        if unit in ("D", "TH", "TM", "TS"):
            return day + timedelta(days=round(amount) if unit == "D" else 0)
        if unit in ("W", "WE"):
            return day + timedelta(weeks=amount)
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
        return add_months(day, round(amount * months))
    except (OverflowError, ValueError) as e:
        raise CalendarRangeError(f"{day} moved by {amount:g} {unit} is outside years 1 to 9999") from e


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`th ISO `weekday` (1 = Monday) of a month; `n` = -1 is the last one (Thanksgiving: 11, 4, 4)."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus' own letter)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def interval(value: str) -> tuple[date, date] | None:
    """The first and last day a DATE value covers ("2025-09" → Sept. 1–30), or None when underspecified."""
    match = _VALUE.match(value)
    if match is None:
        return None
    y = match.group("y")
    if len(y) < 4:
        width = 10 ** (4 - len(y))
        return date(max(int(y) * width, 1), 1, 1), date(int(y) * width + width - 1, 12, 31)  # the first century: 1-99
    year = int(y)
    if match.group("m"):
        month = int(match.group("m"))
        if match.group("d"):
            day = date(year, month, int(match.group("d")))
            return day, day
        return date(year, month, 1), month_end(year, month)
    if match.group("w"):
        return _week_interval(year, int(match.group("w")), match.group("wd"))
    if match.group("q"):
        q = int(match.group("q"))
        return date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if match.group("h"):
        first = match.group("h") == "1"
        return (date(year, 1, 1), date(year, 6, 30)) if first else (date(year, 7, 1), date(year, 12, 31))
    if match.group("s"):
        (m1, d1), (m2, d2) = _SEASONS[match.group("s")]
        return date(year, m1, d1), date(year + (m2 < m1), m2, d2)
    return date(year, 1, 1), date(year, 12, 31)


def _week_interval(year: int, week: int, weekday: str | None) -> tuple[date, date] | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    if weekday == "WE":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if weekday:
        day = monday + timedelta(days=int(weekday) - 1)
        return day, day
    return monday, monday + timedelta(days=6)
