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
    """How much the store holds."""
    row = conn.execute(
        "SELECT count(*) - count(duplicate_of), count(duplicate_of), min(date), max(date) FROM articles"
    ).fetchone()
    rows: list[dict[str, Any]] = [
        {"what": "articles", "count": row[0]},
        {"what": "near-duplicates linked", "count": row[1]},
    ]
    for table in _COUNTED:
        rows.append({"what": table, "count": conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]})
    notes = [f"published {row[2]} to {row[3]}"] if row[2] else []
    return Table("store", ["what", "count"], rows, notes)


def changed_figures(conn: sqlite3.Connection, *, limit: int = 5) -> Table:
    """Figures whose latest value differs from the one before it, most recently changed first."""
    series = conn.execute(
        """
        SELECT holder_id, category, location_id, unit, max(date) AS last FROM quantities
        WHERE holder_id IS NOT NULL
        GROUP BY holder_id, category, location_id, unit
        HAVING count(DISTINCT coalesce(value, low, high)) > 1
        ORDER BY last DESC LIMIT ?""",
        (limit,),
    ).fetchall()
    rows = [_change(conn, s) for s in series]
    columns = ["holder", "category", "location", "unit", "latest", "date", "before", "date_before", "source"]
    return Table("figures that changed", columns, rows)


def _change(conn: sqlite3.Connection, s: sqlite3.Row) -> dict[str, Any]:
    values = conn.execute(
        """
        SELECT q.value, q.low, q.high, q.approximate, q.date, a.source, h.name AS holder, l.name AS location
        FROM quantities q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
        WHERE q.holder_id = ? AND q.category = ? AND q.location_id IS ? AND q.unit IS ?
        ORDER BY q.date DESC, q.id DESC LIMIT 50""",
        (s["holder_id"], s["category"], s["location_id"], s["unit"]),
    ).fetchall()
    texts = [figure_text(v["value"], v["low"], v["high"], bool(v["approximate"])) for v in values]
    before = next(i for i, t in enumerate(texts) if t != texts[0]) if len(set(texts)) > 1 else 0
    latest = values[0]
    return {
        "holder": latest["holder"], "category": s["category"], "location": latest["location"], "unit": s["unit"],
        "latest": texts[0], "date": latest["date"], "before": texts[before] if before else None,
        "date_before": values[before]["date"] if before else None, "source": latest["source"],
    }  # fmt: skip


def _most_quoted(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT name AS speaker, kind, quotes, articles FROM entities WHERE quotes > 0"
        " ORDER BY quotes DESC, id LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]
