"""The CLI's views: each analysis or lookup as a `Table` to print (`sitrep figures`, `deadlines`, `timeline`,
`quotes`, `search`, `entities`). The answers come from `analysis/` and `lookup`; this module only chooses the
columns and notes."""

from __future__ import annotations

import sqlite3
from typing import Unpack

from sitrep.store import lookup
from sitrep.store.analysis import deadlines as deadlines_mod
from sitrep.store.analysis import figures as figures_mod
from sitrep.store.analysis import timeline as timeline_mod
from sitrep.store.filters import EventFilters, FigureFilters
from sitrep.store.table import Table, rows_of

FIGURE_COLUMNS = ["series", "date", "figure", "unit", "change", "disagreement", "source", "article", "sentence",
                  "text", "start", "end", "article_id"]  # fmt: skip
TIMELINE_COLUMNS = ["date", "date_from", "type", "mode", "modality", "actors", "targets", "location", "evidence",
                    "article", "source", "article_id", "start", "end"]  # fmt: skip


def figures(conn: sqlite3.Connection, *, limit: int = 200, **filters: Unpack[FigureFilters]) -> Table:
    """Each figure's series over time (holder, category, location, unit), with where sources disagree."""
    points, cut = figures_mod.over_time(conn, limit=limit, **filters)
    notes = [f"first {limit} figures shown; narrow with --holder/--category/--location"] if cut else []
    show = ["series", "date", "figure", "unit", "change", "disagreement", "source", "sentence"]
    return Table("figures", FIGURE_COLUMNS, rows_of(points, FIGURE_COLUMNS), notes, show)


def deadlines(conn: sqlite3.Connection, *, as_of: str | None = None, limit: int = 50) -> Table:
    """Announced deadlines and periods: upcoming ones (soonest first), then past ones (latest first)."""
    rows = rows_of(deadlines_mod.deadlines(conn, as_of=as_of, limit=limit))
    columns = ["status", "due", "role", "text", "event", "article", "source", "published", "sentence", "article_id"]
    show = ["status", "due", "role", "text", "event", "article", "source"]
    return Table("deadlines", columns, rows, [f"as of {deadlines_mod.as_of_day(as_of)}"], show)


def timeline(conn: sqlite3.Connection, *, limit: int = 100, **filters: Unpack[EventFilters]) -> Table:
    """Events in date order (the event's own time where known, else publication); the latest `limit` shown."""
    found = timeline_mod.events(conn, limit=limit, latest=True, **filters)
    show = ["date", "type", "modality", "actors", "targets", "location", "evidence", "source"]
    return Table("timeline", TIMELINE_COLUMNS, rows_of(found, TIMELINE_COLUMNS), show=show)


def quotes(
    conn: sqlite3.Connection, *, speaker: str | None = None, search: str | None = None, limit: int = 50
) -> Table:
    """Quotes, newest first, by speaker and/or words."""
    rows = rows_of(lookup.quotes(conn, speaker=speaker, search=search, limit=limit))
    columns = ["date", "speaker", "kind", "quote", "cue", "article", "source", "article_id", "start", "end"]
    return Table("quotes", columns, rows, show=["date", "speaker", "kind", "quote", "source"])


def search(conn: sqlite3.Connection, text: str, *, limit: int = 20, best: bool = False) -> Table:
    """Sentences matching all the words, the most recently stored first (or the best matches)."""
    rows = rows_of(lookup.search(conn, text, limit=limit, best=best))
    columns = ["date", "match", "section", "article", "source", "article_id", "start", "end"]
    notes = [f"query: {lookup.fts_query(text)}"]
    return Table("search", columns, rows, notes, ["date", "match", "section", "article", "source"])


def entities(conn: sqlite3.Connection, *, kind: str | None = None, name: str | None = None, limit: int = 50) -> Table:
    """Entities across the corpus, the most widely reported first."""
    rows = rows_of(lookup.entities(conn, kind=kind, name=name, limit=limit))
    return Table("entities", ["name", "kind", "code", "articles", "mentions", "quotes", "lat", "lon"], rows)
