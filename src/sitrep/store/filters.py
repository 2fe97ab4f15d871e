"""The filters the lists take, the same for the CLI's views and the web app's lists: entity names to ids, and
the SQL conditions over `quantities q` and `events e` with their parameters."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any, TypedDict, Unpack

from sitrep.store.db import StoreError

MANY = 5000  # above this many matches, walk an index in date order instead of sorting the matches


def entity_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Stored entities answering to a name (case-insensitive) or a country code ("US")."""
    rows = conn.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE UNION SELECT id FROM entities WHERE code = ?",
        (name.strip(), name.strip().upper()),
    ).fetchall()
    return [int(r[0]) for r in rows]


def sql_in(ids: list[int]) -> str:
    """An SQL `IN` list of integer ids (`(NULL)` when empty, which matches nothing)."""
    return "(" + ",".join(str(int(i)) for i in ids) + ")" if ids else "(NULL)"


def day(value: str) -> str:
    """An ISO date (its first ten characters), or a `StoreError` saying what is expected."""
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError as e:
        raise StoreError(f"{value!r} is not an ISO date (for example 2025-09-30)") from e


class FigureFilters(TypedDict, total=False):
    """The filters a list of figures takes (the CLI's figures, the web app's); None means any."""

    holder: str | None  # whose figure, by name or country code
    category: str | None  # personnel, attacks, casualties, …
    location: str | None  # where, by name or country code
    unit: str | None  # troop, attack, dollar, …


def figure_filter(
    conn: sqlite3.Connection, *, by_series: bool = False, **filters: Unpack[FigureFilters]
) -> tuple[str, list[Any]]:
    """The SQL condition over `quantities q` for these filters (figures with a holder or a place), and its
    parameters. `by_series`: the query walks the series index in order, so the category is only checked."""
    where, params = ["(q.holder_id IS NOT NULL OR q.location_id IS NOT NULL)"], []
    if holder := filters.get("holder"):
        where.append(f"q.holder_id IN {sql_in(entity_ids(conn, holder))}")
    if location := filters.get("location"):
        where.append(f"q.location_id IN {sql_in(entity_ids(conn, location))}")
    category = ("+" if by_series else "") + "q.category = ?"
    for clause, value in ((category, filters.get("category")), ("q.unit = ?", filters.get("unit"))):
        if value:
            where.append(clause)
            params.append(value)
    return " AND ".join(where), params


class EventFilters(TypedDict, total=False):
    """The filters a list of events takes (the CLI's timeline, the web app's event list); None means any."""

    actor: str | None  # an actor or target, by name or country code
    place: str | None  # the event's location
    type: str | None  # a PLOVER type, any case
    modality: str | None  # asserted, planned, possible, negated, reported
    since: str | None  # ISO date, inclusive
    until: str | None  # ISO date, inclusive
    country: str | None  # the country the event is in (`COUNTRY_SQL`), by name or code; "unknown" for none
    source: str | None  # the article's source, exactly


# The country an event (`e`) is in: its location when that is a country, else the country its article places the
# location within (the entities component's `within`); NULL when neither is known.
COUNTRY_SQL = """(SELECT CASE WHEN l.kind = 'country' THEN l.name ELSE (
    SELECT c.name FROM article_entities ae JOIN article_entities w
      ON w.article_id = ae.article_id AND w.local_id = json_extract(ae.attributes, '$.within')
    JOIN entities c ON c.id = w.entity_id
    WHERE ae.article_id = e.article_id AND ae.entity_id = e.location_id AND c.kind = 'country' LIMIT 1) END
  FROM entities l WHERE l.id = e.location_id)"""
UNKNOWN = "unknown"  # the facet value of events with no known country


def event_filter(conn: sqlite3.Connection, **filters: Unpack[EventFilters]) -> tuple[str, list[Any]]:
    """The SQL condition over `events e` for these filters, and its parameters."""
    where, params = ["1"], []
    if actor := filters.get("actor"):
        where.append(_actor_clause(conn, entity_ids(conn, actor)))
    if place := filters.get("place"):
        where.append(f"e.location_id IN {sql_in(entity_ids(conn, place))}")
    since, until, kind = filters.get("since"), filters.get("until"), filters.get("type")
    for clause, value in (
        ("e.type = ?", kind and kind.upper()),
        ("e.modality = ?", filters.get("modality")),
        ("e.date >= ?", since and day(since)),
        ("e.date <= ?", until and day(until)),
    ):
        if value:
            where.append(clause)
            params.append(value)
    if country := filters.get("country"):
        clause, names = _country_clause(conn, country.strip())
        where.append(clause)
        params.extend(names)
    if source := filters.get("source"):
        where.append("e.article_id IN (SELECT id FROM articles WHERE source = ?)")
        params.append(source)
    return " AND ".join(where), params


def _country_clause(conn: sqlite3.Connection, country: str) -> tuple[str, list[str]]:
    """Events in a country given by name or code, or with no known country (`UNKNOWN`): the condition and its
    parameters."""
    if country.lower() == UNKNOWN:
        return f"{COUNTRY_SQL} IS NULL", []
    found = conn.execute(
        "SELECT name FROM entities WHERE kind = 'country' AND (name = ?1 COLLATE NOCASE OR code = upper(?1))",
        (country,),
    ).fetchall()
    names = list(dict.fromkeys([country, *(str(r[0]) for r in found)]))
    return f"{COUNTRY_SQL} IN ({', '.join('?' * len(names))})", names


def _actor_clause(conn: sqlite3.Connection, ids: list[int]) -> str:
    """Events with one of these actors or targets: a short list is collected and sorted; a long one is checked
    while walking the events in date order, which stops as soon as enough are found."""
    many = conn.execute(f"SELECT count(*) FROM event_actors WHERE entity_id IN {sql_in(ids)}").fetchone()[0]
    if many <= MANY:
        return f"e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN {sql_in(ids)})"
    return f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND +x.entity_id IN {sql_in(ids)})"


def names_sql(role: str, sep: str = ", ") -> str:
    """An SQL expression: the names of the event's (`e`) actors or targets, joined by `sep` in their order."""
    return (
        f"(SELECT group_concat(x.name, '{sep}') FROM (SELECT n.name FROM event_actors ea JOIN entities n"
        f" ON n.id = ea.entity_id WHERE ea.event_id = e.id AND ea.role = '{role}' ORDER BY ea.position) x)"
    )


def first_name_sql(role: str) -> str:
    """An SQL expression: the name of the event's (`e`) first actor or target."""
    return (
        "(SELECT n.name FROM event_actors ea JOIN entities n ON n.id = ea.entity_id"
        f" WHERE ea.event_id = e.id AND ea.role = '{role}' ORDER BY ea.position LIMIT 1)"
    )
