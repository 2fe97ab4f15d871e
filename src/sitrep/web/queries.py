"""Read-only queries the web app needs beyond the store's views: paged lists, and one article rebuilt as the
SPEC document (every fact with its local id and span) from the store's tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Unpack

from sitrep.store.db import StoreError
from sitrep.store.lookup import fts_query, sentence_hits
from sitrep.store.table import Table
from sitrep.store.views import (
    DISAGREE_DAYS,
    EventFilters,
    FigureFilters,
    event_filter,
    figure_filter,
    figure_text,
    names_sql,
    sql_in,
)

MAX_ROWS = 10_000  # the deepest a page may reach into a list (offset + limit)

_COUNTS = {"entities": "article_entities", "times": "times", "quantities": "quantities", "quotes": "quotes",
           "events": "events"}  # fmt: skip


def paged(make: Callable[[int], Table], offset: int, limit: int) -> dict[str, Any]:
    """One page of a view that takes a row limit: asks for one row more than the page to know if more follow."""
    return page(make(offset + limit + 1).rows[offset:], offset, limit)


def page(rows: list[Any], offset: int, limit: int) -> dict[str, Any]:
    """A page of rows fetched with one more than `limit`, the extra one telling that more follow."""
    more = len(rows) > limit
    return {"items": rows[:limit], "offset": offset, "limit": limit, "next_offset": offset + limit if more else None}


def articles(
    conn: sqlite3.Connection,
    *,
    title: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: int = 0,
    limit: int = 20,
) -> dict[str, Any]:
    """Stored articles (near-copies left out), newest first, each with how many facts of each kind it holds."""
    where, params = ["+a.duplicate_of IS NULL"], []  # "+": walk the date index instead of sorting every article
    for clause, value in (
        ("a.title LIKE ?", title and f"%{title}%"),
        ("a.source = ?", source),
        ("a.date >= ?", since),
        ("a.date <= ?", until),
    ):
        if value:
            where.append(clause)
            params.append(value)
    counts = ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.article_id = a.id) AS {k}" for k, t in _COUNTS.items())
    sql = f"""
        SELECT a.sha256 AS id, a.title, a.published, a.date, a.source, a.url, a.chars, {counts}
        FROM articles a WHERE {" AND ".join(where)}
        ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?"""
    return page([dict(r) for r in conn.execute(sql, [*params, limit + 1, offset])], offset, limit)


def events(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100, **filters: Unpack[EventFilters]
) -> dict[str, Any]:
    """Events in date order (oldest first), with actor and target names and the place's coordinates."""
    where, params = event_filter(conn, **filters)
    sql = f"""
        SELECT e.id AS event, e.date, e.date_from, e.type, e.mode, e.modality, {names_sql("actor")} AS actors,
               {names_sql("target")} AS targets, l.name AS location, l.lat, l.lon, e.text AS evidence,
               a.title AS article, a.source, a.sha256 AS article_id, e.local_id, e.start, e."end"
        FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities l ON l.id = e.location_id
        WHERE {where}
        ORDER BY e.date, e.id LIMIT ? OFFSET ?"""
    return page([dict(r) for r in conn.execute(sql, [*params, limit + 1, offset])], offset, limit)


def places(conn: sqlite3.Connection, *, limit: int = 300) -> list[dict[str, Any]]:
    """Countries and places with coordinates, the most widely reported first, with how many events they saw."""
    sql = """
        SELECT n.id, n.name, n.kind, n.code, n.lat, n.lon, n.articles,
               (SELECT count(*) FROM events e WHERE e.location_id = n.id) AS events
        FROM entities n WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL
        ORDER BY n.articles DESC, n.id LIMIT ?"""
    return [dict(r) for r in conn.execute(sql, (limit,))]


def series(
    conn: sqlite3.Connection, *, category: str | None = None, offset: int = 0, limit: int = 50
) -> dict[str, Any]:
    """Figure series (holder · category · location · unit), the most often reported first."""
    where, params = ["(q.holder_id IS NOT NULL OR q.location_id IS NOT NULL)"], []
    if category:
        where.append("q.category = ?")
        params.append(category)
    sql = f"""
        SELECT h.name AS holder, q.category, l.name AS location, q.unit, count(*) AS figures,
               count(DISTINCT q.article_id) AS articles, min(q.date) AS first, max(q.date) AS last
        FROM quantities q LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
        WHERE {" AND ".join(where)}
        GROUP BY q.holder_id, q.category, q.location_id, q.unit
        ORDER BY articles DESC, figures DESC, holder, q.category LIMIT ? OFFSET ?"""
    return page([dict(r) for r in conn.execute(sql, [*params, limit + 1, offset])], offset, limit)


def article_document(conn: sqlite3.Connection, sha: str) -> dict[str, Any] | None:
    """One stored article as the SPEC document (local ids E1, T1, Q1, U1, V1), or None when it is not stored."""
    a = conn.execute("SELECT * FROM articles WHERE sha256 = ?", (sha,)).fetchone()
    if a is None:
        return None
    aid = int(a["id"])
    local = _local_entities(conn, aid)
    times = _times(conn, aid)
    quantities = _quantities(conn, aid, local, times)
    return {
        "article": {k: a[k] for k in ("title", "subtitle", "published", "url", "source")} | {"id": a["sha256"]},
        "name": a["name"],
        "duplicate_of": _sha(conn, a["duplicate_of"]),
        "text": a["text"],
        "sections": _rows(conn, 'SELECT kind, start, "end" FROM sections WHERE article_id = ? ORDER BY start', aid),
        "sentences": _rows(
            conn, 'SELECT start, "end", section FROM sentences WHERE article_id = ? ORDER BY start', aid
        ),
        "entities": _entities(conn, aid),
        "times": list(times.values()),
        "quantities": list(quantities.values()),
        "quotes": _quotes(conn, aid, local),
        "events": _events(conn, aid, local, times, quantities),
    }


def _rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


def _sha(conn: sqlite3.Connection, rowid: int | None) -> str | None:
    if rowid is None:
        return None
    row = conn.execute("SELECT sha256 FROM articles WHERE id = ?", (rowid,)).fetchone()
    return str(row[0]) if row else None


def _local_entities(conn: sqlite3.Connection, aid: int) -> dict[int, str]:
    rows = conn.execute("SELECT entity_id, local_id FROM article_entities WHERE article_id = ?", (aid,))
    return {int(r[0]): str(r[1]) for r in rows}


def _entities(conn: sqlite3.Connection, aid: int) -> list[dict[str, Any]]:
    out = []
    for r in conn.execute(
        """SELECT ae.local_id, ae.entity_id, ae.kind, ae.attributes, n.name, n.code, n.lat, n.lon
           FROM article_entities ae JOIN entities n ON n.id = ae.entity_id WHERE ae.article_id = ?""",
        (aid,),
    ):
        mentions = _rows(
            conn,
            'SELECT start, "end", text FROM mentions WHERE article_id = ? AND entity_id = ? ORDER BY start',
            aid,
            r["entity_id"],
        )
        out.append(
            {"id": r["local_id"], "kind": r["kind"], "name": r["name"], "code": r["code"], "lat": r["lat"],
             "lon": r["lon"], "attributes": json.loads(r["attributes"] or "{}"), "mentions": mentions}
        )  # fmt: skip
    return sorted(out, key=lambda e: _order(e["id"]))


def _order(local_id: str) -> tuple[str, int]:
    digits = local_id[1:]
    return (local_id[:1], int(digits) if digits.isdigit() else 0)


def _times(conn: sqlite3.Connection, aid: int) -> dict[int, dict[str, Any]]:
    rows = conn.execute(
        'SELECT id, local_id, start, "end", text, type, value, begin, until, role FROM times'
        " WHERE article_id = ? ORDER BY start",
        (aid,),
    )
    return {int(r["id"]): {"id": r["local_id"], **{k: r[k] for k in r.keys()[2:]}} for r in rows}


def _quantities(
    conn: sqlite3.Connection, aid: int, local: dict[int, str], times: dict[int, dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for r in conn.execute("SELECT * FROM quantities WHERE article_id = ? ORDER BY start", (aid,)):
        out[int(r["id"])] = {
            "id": r["local_id"], "start": r["start"], "end": r["end"], "text": r["text"], "value": r["value"],
            "low": r["low"], "high": r["high"], "approximate": bool(r["approximate"]), "unit": r["unit"],
            "category": r["category"], "holder": local.get(r["holder_id"]), "location": local.get(r["location_id"]),
            "time": times[r["time_id"]]["id"] if r["time_id"] in times else None,
        }  # fmt: skip
    return out


def _quotes(conn: sqlite3.Connection, aid: int, local: dict[int, str]) -> list[dict[str, Any]]:
    out = []
    for r in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY start", (aid,)):
        speaker = None
        if r["speaker_text"] is not None:
            speaker = {"entity": local.get(r["speaker_id"]), "text": r["speaker_text"], "start": r["speaker_start"],
                       "end": r["speaker_end"]}  # fmt: skip
        cue = None
        if r["cue_text"] is not None:
            cue = {"text": r["cue_text"], "start": r["cue_start"], "end": r["cue_end"]}
        out.append(
            {"id": r["local_id"], "start": r["start"], "end": r["end"], "text": r["text"], "kind": r["kind"],
             "speaker": speaker, "cue": cue}
        )  # fmt: skip
    return out


def _events(
    conn: sqlite3.Connection,
    aid: int,
    local: dict[int, str],
    times: dict[int, dict[str, Any]],
    quantities: dict[int, dict[str, Any]],
) -> list[dict[str, Any]]:
    out = []
    for r in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY start, id", (aid,)):
        roles = conn.execute(
            "SELECT entity_id, role FROM event_actors WHERE event_id = ? ORDER BY role, position", (r["id"],)
        ).fetchall()
        qids = [q[0] for q in conn.execute("SELECT quantity_id FROM event_quantities WHERE event_id = ?", (r["id"],))]
        clauses = conn.execute(
            'SELECT start, "end", text FROM event_mentions WHERE event_id = ? ORDER BY position', (r["id"],)
        ).fetchall()
        out.append(
            {"id": r["local_id"], "type": r["type"], "mode": r["mode"],
             "actors": [local[x[0]] for x in roles if x[1] == "actor" and x[0] in local],
             "targets": [local[x[0]] for x in roles if x[1] == "target" and x[0] in local],
             "location": local.get(r["location_id"]),
             "time": times[r["time_id"]]["id"] if r["time_id"] in times else None,
             "quantities": [quantities[q]["id"] for q in qids if q in quantities],
             "modality": r["modality"], "date": r["date"],
             "evidence": {"start": r["start"], "end": r["end"], "text": r["text"]},
             "mentions": [{"start": m[0], "end": m[1], "text": m[2]} for m in clauses]}
        )  # fmt: skip
    return sorted(out, key=lambda e: _order(e["id"]))


_REPORT = """
    SELECT q.id, q.holder_id, q.category, q.location_id, q.date, q.value, q.low, q.high, q.approximate, q.unit,
           q.text, q.start, q."end", h.name AS holder, l.name AS location, a.source, a.title AS article,
           a.sha256 AS article_id, q.article_id AS aid, s.text AS sentence
    FROM quantities q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities h ON h.id = q.holder_id LEFT JOIN entities l ON l.id = q.location_id
    LEFT JOIN sentences s ON s.id = q.sentence_id"""


def figures(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100, **filters: Unpack[FigureFilters]
) -> dict[str, Any]:
    """Figure reports by series (holder · category · location · unit) then date, each marked where another source
    reported a different value within a week. Pages over the quantities alone, then looks up the page's rows."""
    # by series: filter while walking the series index in order, rather than sort every report of a category
    where, params = figure_filter(conn, by_series=True, **filters)
    ids = [r[0] for r in conn.execute(
        f"""SELECT q.id FROM quantities q WHERE {where}
            ORDER BY q.holder_id, q.category, q.location_id, q.date, q.id LIMIT ? OFFSET ?""",
        [*params, limit + 1, offset],
    )]  # fmt: skip
    found = page(ids, offset, limit)
    return found | {"items": _reports(conn, found["items"])}


def _reports(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    order = {qid: n for n, qid in enumerate(ids)}
    rows = sorted(
        (dict(r) for r in conn.execute(f"{_REPORT} WHERE q.id IN {sql_in(ids)}")), key=lambda r: order[r["id"]]
    )
    by_series: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        by_series.setdefault((r["holder_id"], r["category"], r["location_id"], r["unit"]), []).append(r)
    for key, mine in by_series.items():
        dates = [r["date"] for r in mine if r["date"]]
        window = _window(min(dates), max(dates)) if dates else None
        reports = {r["id"]: r for r in mine}
        for o in _series(conn, key, window):
            reports.setdefault(o["id"], o)
        _mark(list(reports.values()))
    return [_public(r) for r in rows]


def _series(conn: sqlite3.Connection, key: tuple[Any, ...], window: tuple[str, str] | None) -> list[dict[str, Any]]:
    sql = f"{_REPORT} WHERE q.holder_id IS ? AND q.category = ? AND q.location_id IS ? AND q.unit IS ?"
    params: list[Any] = list(key)
    if window:
        sql += " AND q.date BETWEEN ? AND ?"
        params += list(window)
    return [dict(r) for r in conn.execute(sql + " ORDER BY q.date, q.id LIMIT 5000", params)]


def _window(first: str, last: str) -> tuple[str, str]:
    try:
        low = date.fromisoformat(first[:10]) - timedelta(days=DISAGREE_DAYS)
        high = date.fromisoformat(last[:10]) + timedelta(days=DISAGREE_DAYS)
    except ValueError:
        return first, last
    return low.isoformat(), high.isoformat() + "~"  # "~" sorts after any time of day


def _mark(reports: list[dict[str, Any]]) -> None:
    """Set each report's `figure` and `disagreement` (other sources' different values within a week)."""
    for r in reports:
        r["figure"] = figure_text(r["value"], r["low"], r["high"], bool(r["approximate"]))
        r["_day"] = _ordinal(r["date"])
    dated = sorted((r for r in reports if r["_day"] is not None), key=lambda r: r["_day"])
    first = 0
    for r in dated:
        while dated[first]["_day"] < r["_day"] - DISAGREE_DAYS:
            first += 1
        said = []
        for o in dated[first:]:
            if o["_day"] > r["_day"] + DISAGREE_DAYS:
                break
            if o["aid"] != r["aid"] and o["figure"] != r["figure"]:
                said.append(f"{o['figure']} ({o['source'] or 'unknown source'}, {o['date']})")
        r["disagreement"] = "sources differ: " + "; ".join(dict.fromkeys(said)) if said else None
    for r in reports:
        r.setdefault("disagreement", None)


def _ordinal(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if value else None
    except ValueError:
        return None


def _public(r: dict[str, Any]) -> dict[str, Any]:
    series = " · ".join(x for x in (r["holder"], r["category"], r["location"] and f"in {r['location']}") if x)
    keep = ("date", "figure", "value", "low", "high", "approximate", "unit", "category", "holder", "location",
            "disagreement", "source", "article", "sentence", "text", "start", "end", "article_id")  # fmt: skip
    return {"series": series} | {k: r[k] for k in keep}


def figure_points(
    conn: sqlite3.Connection,
    *,
    holder: str | None,
    category: str,
    location: str | None,
    unit: str | None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Every report of one figure series (by names) in date order, each marked where another source disagrees."""
    sql = f"""{_REPORT}
        WHERE q.category = ? AND q.unit IS ? AND h.name IS ? AND l.name IS ?
        ORDER BY q.date, q.id LIMIT ?"""
    rows = [dict(r) for r in conn.execute(sql, (category, unit, holder, location, limit))]
    _mark(rows)
    return [_public(r) for r in rows]


SEARCH_WINDOW = 2_000  # ranking looks at the newest this-many matching sentences, so a common word stays fast


def search(conn: sqlite3.Connection, text: str, *, offset: int = 0, limit: int = 20) -> dict[str, Any]:
    """Sentences holding all the words (FTS5), best matches first among the newest SEARCH_WINDOW matches."""
    query = fts_query(text)
    try:
        ranked = conn.execute(
            """SELECT id FROM (SELECT rowid AS id, rank FROM sentences_fts WHERE sentences_fts MATCH ?
                              ORDER BY rowid DESC LIMIT ?)
               ORDER BY rank, id DESC LIMIT ? OFFSET ?""",
            (query, SEARCH_WINDOW, limit + 1, offset),
        ).fetchall()
        ids = [int(r[0]) for r in ranked]
        items = sentence_hits(conn, query, ids[:limit])
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot search for {text!r}: {e}") from e
    return page(ids, offset, limit) | {"items": items, "query": query}
