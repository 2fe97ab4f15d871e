"""Deadlines: the deadline, period and until times articles announce, split into upcoming and past as of a day.
The CLI (`sitrep deadlines`, the digest) and the web app (`/api/deadlines`, `/deadlines`, the home page) ask here.

The rules:
- A deadline is due on the last day it allows (`times.date`: "no later than the end of September 2025" is due
  2025-09-30); a period on its last day; "until March 2026" on 2026-03-31.
- Upcoming: due on or after the day asked about (today by default), soonest first; past: due before it, latest
  first. The web app (`/api/deadlines`, `/deadlines`, the home page) asks as of the store's newest publication
  day unless the user gives `as_of` (`store_as_of`: a store of old news is read as of its own time); the CLI as
  of today.
- A period that ends by its article's publication ("over the past year") looks back and sets nothing: left out.
- An article that states the same deadline more than once counts it once.
- Each deadline lists the events that point at its time ("RETREAT (planned): …")."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from sitrep.store.filters import day

STATUSES = ("upcoming", "past")


@dataclass(slots=True)
class Deadline:
    """One announced deadline or period, with its article and the events it is the time of."""

    status: str  # upcoming or past
    due: str | None
    role: str  # deadline, period or until
    text: str
    value: str
    begin: str | None
    until: str | None
    article: str | None  # its title
    source: str | None
    published: str | None
    article_id: str
    sentence: str | None
    event: str | None  # "RETREAT (planned): The coalition presence in Iraq will end" (" | " between several)


_DUE = """
    SELECT t.date AS due, t.role, t.text, t.value, t.begin, t.until, a.title AS article, a.source,
           a.published, a.sha256 AS article_id, s.text AS sentence,
           (SELECT group_concat(e.type || ' (' || e.modality || '): ' || e.text, ' | ')
            FROM events e WHERE e.time_id = t.id) AS event"""
_FROM = """
    FROM times t JOIN articles a ON a.id = t.article_id LEFT JOIN sentences s ON s.id = t.sentence_id
    WHERE (t.role = 'deadline' OR t.role = 'period' OR t.role = 'until')  -- as the times_due index spells it
      AND NOT (t.role = 'period' AND a.date IS NOT NULL AND t.date <= a.date)  -- looks back, sets nothing
      AND t.date """
_DUE += _FROM
_KEYS = "SELECT a.sha256, t.date, t.role, t.text" + _FROM
_SPLIT = {"upcoming": ">= ?", "past": "< ?"}
_ORDER = {"upcoming": ">= ? ORDER BY t.date, t.id LIMIT ?", "past": "< ? ORDER BY t.date DESC, t.id DESC LIMIT ?"}


def as_of_day(as_of: str | None) -> str:
    """The day that splits upcoming from past: `as_of` (an ISO date), else today."""
    return day(as_of) if as_of else date.today().isoformat()


def newest_day(conn: sqlite3.Connection) -> str | None:
    """The newest publication day in the store (None when no article is dated)."""
    found = conn.execute("SELECT max(date) FROM articles").fetchone()[0]
    return str(found)[:10] if found else None


def store_as_of(conn: sqlite3.Connection, as_of: str | None) -> str:
    """The day the web app judges deadlines by: `as_of` when given, else the store's newest publication day (a
    store of old news is read as of its own time), else today."""
    return day(as_of) if as_of else newest_day(conn) or date.today().isoformat()


def deadline_count(conn: sqlite3.Connection, *, as_of: str | None = None, status: str | None = None) -> int:
    """How many deadlines `deadlines` lists with no limit: each deadline an article states counted once."""
    when = as_of_day(as_of)
    seen: set[tuple[str, str | None, str, str]] = set()
    for half in (status,) if status else STATUSES:
        for aid, due, role, text in conn.execute(_KEYS + _SPLIT[half], (when,)):
            seen.add((aid, due, role, text.casefold()))
    return len(seen)


def deadlines(
    conn: sqlite3.Connection, *, as_of: str | None = None, limit: int = 50, status: str | None = None
) -> list[Deadline]:
    """Up to `limit` upcoming deadlines (soonest first), then up to `limit` past ones (latest first); only one of
    the two with `status`."""
    when = as_of_day(as_of)
    rows = []
    for half in (status,) if status else STATUSES:
        rows += [Deadline(half, *r) for r in conn.execute(_DUE + _ORDER[half], (when, limit))]
    return _once(rows)


def _once(rows: list[Deadline]) -> list[Deadline]:
    """One row per deadline an article states, however often it repeats it."""
    seen: set[tuple[str, str | None, str, str]] = set()
    out = []
    for r in rows:
        key = (r.article_id, r.due, r.role, r.text.casefold())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
