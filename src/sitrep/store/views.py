"""The cross-article views over figures, deadlines and events. Each takes a read-only connection and plain
filters and returns a `Table`; the CLI only prints them."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any, TypedDict, Unpack

from sitrep.store.db import StoreError
from sitrep.store.table import Table

DISAGREE_DAYS = 7  # figures from different sources this close in time should agree
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


def figures(conn: sqlite3.Connection, *, limit: int = 200, **filters: Unpack[FigureFilters]) -> Table:
    """Each figure's series over time (holder, category, location, unit), with where sources disagree."""
    where, params = figure_filter(conn, **filters)
    sql = f"""
        SELECT q.id, q.holder_id, q.location_id, q.date, q.value, q.low, q.high, q.approximate, q.unit,
               q.category, q.text, q.start, q."end", h.name AS holder, l.name AS location, q.article_id,
               a.source, a.title, a.sha256, s.text AS sentence
        FROM quantities q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities h ON h.id = q.holder_id
        LEFT JOIN entities l ON l.id = q.location_id
        LEFT JOIN sentences s ON s.id = q.sentence_id
        WHERE {where}
        ORDER BY q.holder_id, q.category, q.location_id, q.unit, q.date, q.id
        LIMIT ?"""
    rows = [dict(r) for r in conn.execute(sql, [*params, limit])]
    out = _series_rows(rows)
    columns = ["series", "date", "figure", "unit", "change", "disagreement", "source", "article", "sentence",
               "text", "start", "end", "article_id"]  # fmt: skip
    notes = [] if len(rows) < limit else [f"first {limit} figures shown; narrow with --holder/--category/--location"]
    show = ["series", "date", "figure", "unit", "change", "disagreement", "source", "sentence"]
    return Table("figures", columns, out, notes, show)


def figure_text(value: float | None, low: float | None, high: float | None, approximate: bool) -> str:
    """A figure as people write it: "2,500", "about 3,000", "more than 170", "10–12"."""
    if value is not None:
        return ("about " if approximate else "") + _num(value)
    if low is not None and high is not None:
        return f"{_num(low)}–{_num(high)}"
    if low is not None:
        return f"at least {_num(low)}"
    return f"up to {_num(high)}" if high is not None else "?"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _series_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    series: list[dict[str, Any]] = []
    for r in rows:
        key = (r["holder_id"], r["category"], r["location_id"], r["unit"])
        if series and _key(series[0]) != key:
            out += _annotate(series)
            series = []
        figure = figure_text(r["value"], r["low"], r["high"], bool(r["approximate"]))
        if (key, r["article_id"], figure) in seen:
            continue  # the same figure repeated in one article
        seen.add((key, r["article_id"], figure))
        r["figure"] = figure
        r["amount"] = next((x for x in (r["value"], r["low"], r["high"]) if x is not None), None)
        series.append(r)
    return out + _annotate(series)


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["holder_id"], r["category"], r["location_id"], r["unit"])


def _annotate(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    previous: dict[str, Any] | None = None
    for r in series:
        name = " · ".join(x for x in (r["holder"], r["category"], r["location"] and f"in {r['location']}") if x)
        change = None
        if previous and previous["article_id"] != r["article_id"]:
            change = "same" if previous["amount"] == r["amount"] else f"was {previous['figure']}"
        out.append(
            {"series": name, "date": r["date"], "figure": r["figure"], "unit": r["unit"], "change": change,
             "disagreement": _disagreement(r, series), "source": r["source"], "article": r["title"],
             "sentence": r["sentence"], "text": r["text"], "start": r["start"], "end": r["end"],
             "article_id": r["sha256"]}
        )  # fmt: skip
        previous = r
    return out


def _disagreement(r: dict[str, Any], series: list[dict[str, Any]]) -> str | None:
    others = [
        f"{o['figure']} ({o['source'] or 'unknown source'}, {o['date']})"
        for o in series
        if o["article_id"] != r["article_id"] and o["amount"] != r["amount"] and _close(o["date"], r["date"])
    ]
    return "sources differ: " + "; ".join(others) if others else None


def _close(a: str | None, b: str | None) -> bool:
    if not a or not b or len(a) < 10 or len(b) < 10:
        return a == b and a is not None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= DISAGREE_DAYS
    except ValueError:
        return False


def deadlines(conn: sqlite3.Connection, *, as_of: str | None = None, limit: int = 50) -> Table:
    """Announced deadlines and periods: upcoming ones (soonest first), then past ones (latest first).

    A period that ends by its article's publication ("over the past year") looks back and is left out."""
    day = _day(as_of) if as_of else date.today().isoformat()
    base = """
        SELECT t.date AS due, t.role, t.text, t.value, t.begin, t.until, a.title AS article, a.source,
               a.published, a.sha256 AS article_id, s.text AS sentence,
               (SELECT group_concat(e.type || ' (' || e.modality || '): ' || e.text, ' | ')
                FROM events e WHERE e.time_id = t.id) AS event
        FROM times t JOIN articles a ON a.id = t.article_id LEFT JOIN sentences s ON s.id = t.sentence_id
        WHERE (t.role = 'deadline' OR t.role = 'period' OR t.role = 'until')  -- as the times_due index spells it
          AND NOT (t.role = 'period' AND a.date IS NOT NULL AND t.date <= a.date)  -- looks back, sets nothing
          AND t.date """
    upcoming = conn.execute(base + ">= ? ORDER BY t.date, t.id LIMIT ?", (day, limit)).fetchall()
    past = conn.execute(base + "< ? ORDER BY t.date DESC, t.id DESC LIMIT ?", (day, limit)).fetchall()
    rows = _once([{"status": "upcoming", **dict(r)} for r in upcoming] + [{"status": "past", **dict(r)} for r in past])
    columns = ["status", "due", "role", "text", "event", "article", "source", "published", "sentence", "article_id"]
    show = ["status", "due", "role", "text", "event", "article", "source"]
    return Table("deadlines", columns, rows, [f"as of {day}"], show)


def _once(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per deadline an article states, however often it repeats it."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in rows:
        key = (r["article_id"], r["due"], r["role"], r["text"].casefold())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


class EventFilters(TypedDict, total=False):
    """The filters a list of events takes (the CLI's timeline, the web app's event list); None means any."""

    actor: str | None  # an actor or target, by name or country code
    place: str | None  # the event's location
    type: str | None  # a PLOVER type, any case
    modality: str | None  # asserted, planned, possible, negated, reported
    since: str | None  # ISO date, inclusive
    until: str | None  # ISO date, inclusive


def timeline(conn: sqlite3.Connection, *, limit: int = 100, **filters: Unpack[EventFilters]) -> Table:
    """Events in date order (the event's own time where known, else publication); the latest `limit` shown."""
    where, params = event_filter(conn, **filters)
    sql = f"""
        WITH picked AS (
            SELECT e.id FROM events e WHERE {where} ORDER BY e.date DESC, e.id DESC LIMIT ?)
        SELECT e.date, e.date_from, e.type, e.mode, e.modality, {names_sql("actor")} AS actors,
               {names_sql("target")} AS targets, l.name AS location, e.text AS evidence, a.title AS article,
               a.source, a.sha256 AS article_id, e.start, e."end"
        FROM picked JOIN events e ON e.id = picked.id JOIN articles a ON a.id = e.article_id
        LEFT JOIN entities l ON l.id = e.location_id
        ORDER BY e.date, e.id"""
    rows = [dict(r) for r in conn.execute(sql, [*params, limit])]
    columns = ["date", "date_from", "type", "mode", "modality", "actors", "targets", "location", "evidence",
               "article", "source", "article_id", "start", "end"]  # fmt: skip
    show = ["date", "type", "modality", "actors", "targets", "location", "evidence", "source"]
    return Table("timeline", columns, rows, show=show)


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
        ("e.date >= ?", since and _day(since)),
        ("e.date <= ?", until and _day(until)),
    ):
        if value:
            where.append(clause)
            params.append(value)
    return " AND ".join(where), params


def _actor_clause(conn: sqlite3.Connection, ids: list[int]) -> str:
    """Events with one of these actors or targets: a short list is collected and sorted; a long one is checked
    while walking the events in date order, which stops as soon as enough are found."""
    many = conn.execute(f"SELECT count(*) FROM event_actors WHERE entity_id IN {sql_in(ids)}").fetchone()[0]
    if many <= MANY:
        return f"e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN {sql_in(ids)})"
    return f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND +x.entity_id IN {sql_in(ids)})"


def names_sql(role: str) -> str:
    """An SQL expression: the event's actor or target names, comma-joined in their order."""
    return (
        "(SELECT group_concat(x.name, ', ') FROM (SELECT n.name FROM event_actors ea JOIN entities n"
        f" ON n.id = ea.entity_id WHERE ea.event_id = e.id AND ea.role = '{role}' ORDER BY ea.position) x)"
    )


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError as e:
        raise StoreError(f"{value!r} is not an ISO date (for example 2025-09-30)") from e
