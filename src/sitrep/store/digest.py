"""The one-screen overview: what is in the store, the newest events, figures that changed, upcoming
deadlines and the most-quoted speakers."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sitrep.store.analysis.figures import changed
from sitrep.store.table import Table, rows_of
from sitrep.store.views import deadlines, timeline

_COUNTED = ("sentences", "entities", "times", "quantities", "quotes", "events")


def digest(conn: sqlite3.Connection, *, as_of: str | None = None, limit: int = 5) -> list[Table]:
    """The digest's tables, in the order they are printed."""
    newest = timeline(conn, limit=limit)
    newest.title = "newest events"
    upcoming = deadlines(conn, as_of=as_of, limit=limit)
    future = [r for r in upcoming.rows if r["status"] == "upcoming"]
    upcoming.title = "upcoming deadlines" if future else "latest deadlines (none upcoming)"
    upcoming.rows = future or upcoming.rows[:limit]
    columns = ["holder", "category", "location", "unit", "latest", "date", "before", "date_before", "source"]
    figures = Table("figures that changed", columns, rows_of(changed(conn, limit=limit)))
    speakers = Table(
        "most-quoted speakers", ["speaker", "kind", "quotes", "articles"], rows_of(most_quoted(conn, limit=limit))
    )
    return [counts_table(conn), newest, figures, upcoming, speakers]


@dataclass(slots=True)
class Count:
    """How many of one kind of thing the store holds."""

    what: str
    count: int


@dataclass(slots=True)
class Counts:
    """How much the store holds, and the publication days it spans."""

    rows: list[Count]
    first: str | None
    last: str | None


def counts(conn: sqlite3.Connection) -> Counts:
    """How much the store holds (rows are never deleted, so the largest id is the count)."""
    row = conn.execute("SELECT coalesce(max(id), 0), min(date), max(date) FROM articles").fetchone()
    copies = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    rows = [Count("articles", row[0] - copies), Count("near-duplicates linked", copies)]
    for table in _COUNTED:
        rows.append(Count(table, conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]))
    return Counts(rows, row[1], row[2])


def counts_table(conn: sqlite3.Connection) -> Table:
    """`counts` as the digest prints it."""
    found = counts(conn)
    notes = [f"published {found.first} to {found.last}"] if found.first else []
    return Table("store", ["what", "count"], rows_of(found.rows), notes)


@dataclass(slots=True)
class Speaker:
    """A speaker and how often they are quoted."""

    speaker: str
    kind: str
    quotes: int
    articles: int


def most_quoted(conn: sqlite3.Connection, *, limit: int = 5) -> list[Speaker]:
    """The most-quoted speakers."""
    rows = conn.execute(
        "SELECT name AS speaker, kind, quotes, articles FROM entities WHERE quotes > 0"
        " ORDER BY quotes DESC, id LIMIT ?",
        (limit,),
    )
    return [Speaker(*r) for r in rows]
