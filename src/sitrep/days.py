"""The calendar day a time, an event or a figure points at: the one rule the store's timeline and the scale-out
dataset's flat events both date by."""

from __future__ import annotations

import re
from datetime import date

from sitrep.record import Time

_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
_END_ROLES = ("deadline", "period", "until")


def time_date(t: Time) -> str | None:
    """The day a time points at: the end of a deadline or period, else its start or its own value."""
    if t.role in _END_ROLES and t.until:
        return t.until[:10]
    return (t.begin[:10] if t.begin else None) or iso_day(t.value) or (t.until[:10] if t.until else None)


def event_date(t: Time) -> str | None:
    """The day an event happens by its time: a deadline's end, else the start of the time it is given."""
    if t.role in ("deadline", "until") and t.until:
        return t.until[:10]
    return (t.begin[:10] if t.begin else None) or iso_day(t.value)


def point_date(t: Time) -> str | None:
    """The day a figure is given for: only a point in time counts (a period or deadline is not its date)."""
    if t.role != "point":
        return None
    return (t.begin[:10] if t.begin else None) or iso_day(t.value)


def iso_day(value: str) -> str | None:
    """The calendar part of a TIMEX3 value that is a plain date ("2024", "2024-09", "2024-09-27T16:38")."""
    match = _ISO_DATE.match(value)
    if match and (match.end() == len(value) or value[match.end()] == "T"):
        return match.group(0)
    return None


def calendar_day(value: str | None) -> date | None:
    """The day an ISO value names ("2024-09-27", "2024-09-27T16:38"); None for a month, a year or no value."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
