"""The timeline: events in date order, with their actors, targets, place and evidence. The CLI (`sitrep
timeline`, the digest) and the web app (`/api/events`, `/timeline`, `/map`, the home page) ask here.

The rules:
- An event is dated by its own time where the article gives one (a deadline's last day, else the start of its
  time: `date_from` "event"), else by its article's publication day (`date_from` "published").
- Events are listed oldest first; `latest` picks the newest ones (still listed oldest first).
- Filters: an actor matches actors and targets, by name (any case) or country code; a place matches the
  event's location; `since` and `until` are inclusive ISO dates."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Unpack

from sitrep.store.filters import EventFilters, event_filter, names_sql


@dataclass(slots=True)
class TimelineEvent:
    """One event as a line of the timeline."""

    event: int  # its row id in the store
    date: str | None
    date_from: str  # event or published
    type: str
    mode: str | None
    modality: str
    actors: str | None  # names, comma-joined in order
    targets: str | None
    location: str | None
    lat: float | None
    lon: float | None
    evidence: str
    article: str | None  # its title
    source: str | None
    article_id: str
    local_id: str  # V1, V2, … in its article
    start: int
    end: int


def events(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100, latest: bool = False,
    **filters: Unpack[EventFilters],
) -> list[TimelineEvent]:  # fmt: skip
    """Events in date order: from the oldest (skipping `offset`), or with `latest` the newest `limit` of them."""
    where, params = event_filter(conn, **filters)
    way = "DESC" if latest else ""
    sql = f"""
        WITH picked AS (
            SELECT e.id FROM events e WHERE {where} ORDER BY e.date {way}, e.id {way} LIMIT ? OFFSET ?)
        SELECT e.id AS event, e.date, e.date_from, e.type, e.mode, e.modality, {names_sql("actor")} AS actors,
               {names_sql("target")} AS targets, l.name AS location, l.lat, l.lon, e.text AS evidence,
               a.title AS article, a.source, a.sha256 AS article_id, e.local_id, e.start, e."end"
        FROM picked JOIN events e ON e.id = picked.id JOIN articles a ON a.id = e.article_id
        LEFT JOIN entities l ON l.id = e.location_id
        ORDER BY e.date, e.id"""
    return [TimelineEvent(*r) for r in conn.execute(sql, [*params, limit, offset])]
