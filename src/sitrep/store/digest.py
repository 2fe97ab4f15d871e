"""The one-screen overview: what is in the store, the newest events, figures that changed, upcoming
deadlines and the most-quoted speakers."""

from __future__ import annotations

import sqlite3
from typing import Any

from sitrep.store.table import Table
from sitrep.store.views import deadlines, figure_text, timeline

_COUNTED = ("sentences", "entities", "times", "quantities", "quotes", "events")


def digest(conn: sqlite3.Connection, *, as_of: str | None = None, limit: int = 5) -> list[Table]:
    """The digest's tables, in the order they are printed."""
    newest = timeline(conn, limit=limit)
    newest.title = "newest events"
    upcoming = deadlines(conn, as_of=as_of, limit=limit)
    future = [r for r in upcoming.rows if r["status"] == "upcoming"]
    upcoming.title = "upcoming deadlines" if future else "latest deadlines (none upcoming)"
    upcoming.rows = future or upcoming.rows[:limit]
    speakers = Table("most-quoted speakers", ["speaker", "kind", "quotes", "articles"], _most_quoted(conn, limit))
    return [counts(conn), newest, changed_figures(conn, limit=limit), upcoming, speakers]


def counts(conn: sqlite3.Connection) -> Table:
    """How much the store holds (rows are never deleted, so the largest id is the count)."""
    row = conn.execute("SELECT coalesce(max(id), 0), min(date), max(date) FROM articles").fetchone()
    copies = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    rows: list[dict[str, Any]] = [
        {"what": "articles", "count": row[0] - copies},
        {"what": "near-duplicates linked", "count": copies},
    ]
    for table in _COUNTED:
        rows.append({"what": table, "count": conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]})
    notes = [f"published {row[1]} to {row[2]}"] if row[1] else []
    return Table("store", ["what", "count"], rows, notes)


def changed_figures(conn: sqlite3.Connection, *, limit: int = 5, recent: int = 2000) -> Table:
    """Figures whose latest amount differs from the one before it ("about 3,000" after "3,000" is no change),
    among the series of the `recent` latest figures with a holder (so the digest stays fast however large the
    store grows)."""
    keys = conn.execute(
        "SELECT holder_id, category, location_id, unit FROM quantities WHERE holder_id IS NOT NULL"
        " ORDER BY date DESC, id DESC LIMIT ?",
        (recent,),
    ).fetchall()
    rows = []
    for key in list(dict.fromkeys(tuple(k) for k in keys))[: limit * 20]:
        change = _change(conn, key)
        if change:
            rows.append(change)
        if len(rows) >= limit:
            break
    columns = ["holder", "category", "location", "unit", "latest", "date", "before", "date_before", "source"]
    return Table("figures that changed", columns, rows)


def _change(conn: sqlite3.Connection, key: tuple[Any, ...]) -> dict[str, Any] | None:
    values = conn.execute(
        """
        SELECT q.value, q.low, q.high, q.approximate, q.date, a.source, h.name AS holder, l.name AS location
        FROM quantities q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
        WHERE q.holder_id = ? AND q.category = ? AND q.location_id IS ? AND q.unit IS ?
        ORDER BY q.date DESC, q.id DESC LIMIT 50""",
        key,
    ).fetchall()
    amounts = [(v["value"], v["low"], v["high"]) for v in values]
    before = next((i for i, a in enumerate(amounts) if a != amounts[0]), None)  # "about 3,000" is still 3,000
    if before is None:
        return None
    latest, earlier = values[0], values[before]
    return {
        "holder": latest["holder"], "category": key[1], "location": latest["location"], "unit": key[3],
        "latest": _figure(latest), "date": latest["date"], "before": _figure(earlier),
        "date_before": earlier["date"], "source": latest["source"],
    }  # fmt: skip


def _figure(row: sqlite3.Row) -> str:
    return figure_text(row["value"], row["low"], row["high"], bool(row["approximate"]))


def _most_quoted(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT name AS speaker, kind, quotes, articles FROM entities WHERE quotes > 0"
        " ORDER BY quotes DESC, id LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]
