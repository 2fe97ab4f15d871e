"""The timeline: events in date order, with their actors, targets, place and evidence. The CLI (`sitrep
timeline`, the digest) and the web app (`/api/events`, `/timeline`, `/map`, the home page) ask here.

The rules:
- An event is dated by its own time where the article gives one (a deadline's last day, else the start of its
  time: `date_from` "event"), else by its article's publication day (`date_from` "published").
- An event is undated when neither it nor its article has a date; SQLite sorts a missing date lowest.
- `order="newest"` (the web app's default: `/api/events`, `/timeline`): newest first, undated events after
  every dated one. `order="oldest"` (`/api/events?order=oldest`): oldest first, undated events still after the
  dated ones.
- With no `order` (the CLI, the digest, the map): oldest first as SQLite sorts (undated first); `latest` picks
  the newest ones (still listed oldest first). `sitrep timeline`'s output is unchanged by the web's order.
- Filters: an actor matches actors and targets, by name (any case) or country code; a place matches the
  event's location; `since` and `until` are inclusive ISO dates.
- `sitrep export` writes the whole timeline as `events_flat` (`flat()`), one row per event in the layout ACLED and
  POLECAT users know; its `fatalities` add up the event's `killed` figures (a range counts its low end)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Unpack

from sitrep.store.filters import EventFilters, event_filter, first_name_sql, names_sql, sql_in


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


ORDERS = ("newest", "oldest")


def events(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100, latest: bool = False, order: str | None = None,
    **filters: Unpack[EventFilters],
) -> list[TimelineEvent]:  # fmt: skip
    """Events in date order: from the oldest (skipping `offset`), or with `latest` the newest `limit` of them; or
    in an `order` of `ORDERS` with undated events last (the module's rules)."""
    where, params = event_filter(conn, **filters)
    if order == "newest":  # descending, a missing date sorts last; walks the date index backwards
        inner = outer = "e.date DESC, e.id DESC"
    elif order == "oldest":
        inner = outer = "e.date IS NULL, e.date, e.id"
    elif order is None:
        way = "DESC" if latest else ""
        inner, outer = f"e.date {way}, e.id {way}", "e.date, e.id"
    else:
        raise ValueError(f"order is one of {ORDERS}, not {order!r}")
    sql = f"""
        WITH picked AS (
            SELECT e.id FROM events e WHERE {where} ORDER BY {inner} LIMIT ? OFFSET ?)
        {_SELECT}
        ORDER BY {outer}"""
    return [TimelineEvent(*r) for r in conn.execute(sql, [*params, limit, offset])]


_SELECT = f"""
        SELECT e.id AS event, e.date, e.date_from, e.type, e.mode, e.modality, {names_sql("actor")} AS actors,
               {names_sql("target")} AS targets, l.name AS location, l.lat, l.lon, e.text AS evidence,
               a.title AS article, a.source, a.sha256 AS article_id, e.local_id, e.start, e."end"
        FROM picked JOIN events e ON e.id = picked.id JOIN articles a ON a.id = e.article_id
        LEFT JOIN entities l ON l.id = e.location_id"""


def entity_events(conn: sqlite3.Connection, entity_id: int, *, limit: int = 20) -> list[TimelineEvent]:
    """The newest `limit` events a stored entity is an actor or target of, or that happen at it (undated last)."""
    sql = f"""
        WITH picked AS (
            SELECT e.id FROM events e
            WHERE e.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?) OR e.location_id = ?
            ORDER BY e.date DESC, e.id DESC LIMIT ?)
        {_SELECT}
        ORDER BY e.date DESC, e.id DESC"""
    return [TimelineEvent(*r) for r in conn.execute(sql, (entity_id, entity_id, limit))]


def parties(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, dict[str, list[tuple[int, str]]]]:
    """The actors and targets of some events as (entity id, name) in their order, by event and role: the pages
    link each name to its entity."""
    found: dict[int, dict[str, list[tuple[int, str]]]] = {}
    if not event_ids:
        return found
    rows = conn.execute(
        f"""SELECT ea.event_id, ea.role, n.id, n.name FROM event_actors ea JOIN entities n ON n.id = ea.entity_id
            WHERE ea.event_id IN {sql_in(event_ids)} ORDER BY ea.event_id, ea.role, ea.position"""
    )
    for event, role, entity, name in rows:
        found.setdefault(event, {}).setdefault(role, []).append((entity, name))
    return found


def count(conn: sqlite3.Connection, **filters: Unpack[EventFilters]) -> int:
    """How many events `events` lists with these filters (every page together)."""
    where, params = event_filter(conn, **filters)
    return int(conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0])


FLAT = f"""
SELECT e.id AS event_id, e.date AS event_date, substr(e.date, 1, 4) AS year, e.date_from AS date_source,
       e.type AS event_type, e.mode AS mode, e.modality AS modality,
       {first_name_sql("actor")} AS actor1, {names_sql("actor", "; ")} AS actors,
       {first_name_sql("target")} AS actor2, {names_sql("target", "; ")} AS targets,
       CASE WHEN l.kind = 'country' THEN l.name END AS country, CASE WHEN l.kind = 'country' THEN l.code END AS iso,
       l.name AS location, l.lat AS latitude, l.lon AS longitude,
       (SELECT group_concat(q.text, '; ') FROM event_quantities eq JOIN quantities q ON q.id = eq.quantity_id
        WHERE eq.event_id = e.id) AS quantities,
       (SELECT sum(coalesce(q.value, q.low)) FROM event_quantities eq JOIN quantities q ON q.id = eq.quantity_id
        WHERE eq.event_id = e.id AND q.category = 'killed') AS fatalities,
       a.source AS source, a.url AS source_url, a.published AS published, a.sha256 AS article_id,
       e.text AS evidence, e.start AS evidence_start, e."end" AS evidence_end
FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities l ON l.id = e.location_id
ORDER BY e.date, e.id
"""
FLAT_TYPES = {"event_id": "INTEGER", "evidence_start": "INTEGER", "evidence_end": "INTEGER", "latitude": "REAL",
              "longitude": "REAL", "fatalities": "REAL"}  # fmt: skip


def flat(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """Every event, one row each in the ACLED/POLECAT-like layout, in date order (a cursor: rows stream)."""
    return conn.execute(FLAT)
