"""Facets of the event list: how many of the events a filter matches fall under each type, country and month,
and their volume by day. The web app (`/api/events`, `/timeline`) asks here.

The rules:
- Every facet counts each matching event once, so each facet's counts add up to the list's `total`.
- `type`: the PLOVER type. `country`: the country the event is in (its location when that is a country, else the
  country its article places the location within; `filters.COUNTRY_SQL`), else "unknown". `month`: the month of
  the event's date (`YYYY-MM`, the timeline's date: its own time, else publication), else "undated".
- Order: the most frequent first (the missing value last); months newest first, "undated" last."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Unpack

from sitrep.store.filters import COUNTRY_SQL, UNKNOWN, EventFilters, event_filter

UNDATED = "undated"  # the month facet's value for events with no date
FACETS = ("type", "country", "month")
_KEYS = {"type": "e.type", "country": f"coalesce({COUNTRY_SQL}, '{UNKNOWN}')",
         "month": f"coalesce(substr(e.date, 1, 7), '{UNDATED}')"}  # fmt: skip
_MISSING = {"type": "", "country": UNKNOWN, "month": UNDATED}


def event_facets(conn: sqlite3.Connection, **filters: Unpack[EventFilters]) -> dict[str, dict[str, int]]:
    """For each facet of `FACETS`, its values and how many matching events have each (the module's order)."""
    where, params = event_filter(conn, **filters)
    out: dict[str, dict[str, int]] = {}
    for name, key in _KEYS.items():
        sql = f"SELECT {key} AS k, count(*) AS n FROM events e WHERE {where} GROUP BY k"
        counts = {str(k): int(n) for k, n in conn.execute(sql, params)}
        out[name] = _ordered(counts, name)
    return out


def _ordered(counts: dict[str, int], name: str) -> dict[str, int]:
    missing = _MISSING[name]
    if name == "month":
        keys = sorted((k for k in counts if k != missing), reverse=True)
    else:
        keys = sorted((k for k in counts if k != missing), key=lambda k: (-counts[k], k))
    return {k: counts[k] for k in [*keys, *([missing] if missing in counts else [])]}


@dataclass(slots=True)
class Volume:
    """How many matching events fall on one day."""

    day: str
    events: int


def volume(conn: sqlite3.Connection, **filters: Unpack[EventFilters]) -> list[Volume]:
    """The matching dated events per day, oldest first (the timeline's histogram)."""
    where, params = event_filter(conn, **filters)
    sql = f"""SELECT substr(e.date, 1, 10) AS d, count(*) FROM events e WHERE {where} AND e.date IS NOT NULL
              GROUP BY d ORDER BY d"""
    return [Volume(str(d), int(n)) for d, n in conn.execute(sql, params)]
