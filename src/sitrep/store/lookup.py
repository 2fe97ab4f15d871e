"""Looking things up across the corpus: quotes by speaker or words, sentences by full-text search, entities."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from sitrep.store.db import StoreError
from sitrep.store.table import Table
from sitrep.store.views import MANY, entity_ids

_TERM = re.compile(r'"[^"]+"|\S+')


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear; "quoted words" stay a phrase."""
    terms = []
    for term in _TERM.findall(text):
        words = term.strip('"').replace('"', " ").strip()
        if words:
            terms.append(f'"{words}"')
    if not terms:
        raise StoreError("give at least one word to search for")
    return " ".join(terms)


def quotes(
    conn: sqlite3.Connection, *, speaker: str | None = None, search: str | None = None, limit: int = 50
) -> Table:
    """Quotes, newest first, by speaker (a stored entity or the speaker's words) and/or words in the quote."""
    where, params, matches = ["1"], [], []
    if speaker:
        ids = ",".join(str(i) for i in entity_ids(conn, speaker)) or "NULL"
        where.append(f"(u.speaker_id IN ({ids}) OR u.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))")
        params.append("speaker_text : " + fts_query(speaker))
        matches.append(_count(conn, f"SELECT count(*) FROM quotes WHERE speaker_id IN ({ids})"))
        matches.append(_count(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", params[-1]))
    if search:
        where.append("u.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append("text : " + fts_query(search))
        matches.append(_count(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", params[-1]))
    walk = "INDEXED BY quotes_date" if matches and min(matches) > MANY else ""
    sql = f"""
        WITH picked AS (
            SELECT u.id FROM quotes u {walk} WHERE {" AND ".join(where)} ORDER BY u.date DESC, u.id DESC LIMIT ?)
        SELECT u.date, coalesce(sp.name, u.speaker_text) AS speaker, u.kind, u.text AS quote, u.cue_text AS cue,
               a.title AS article, a.source, a.sha256 AS article_id, u.start, u."end"
        FROM picked JOIN quotes u ON u.id = picked.id JOIN articles a ON a.id = u.article_id
        LEFT JOIN entities sp ON sp.id = u.speaker_id
        ORDER BY u.date DESC, u.id DESC"""
    rows = [dict(r) for r in conn.execute(sql, [*params, limit])]
    columns = ["date", "speaker", "kind", "quote", "cue", "article", "source", "article_id", "start", "end"]
    return Table("quotes", columns, rows, show=["date", "speaker", "kind", "quote", "source"])


def _count(conn: sqlite3.Connection, sql: str, *params: str) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def search(conn: sqlite3.Connection, text: str, *, limit: int = 20, best: bool = False) -> Table:
    """Sentences matching all the words (FTS5): the most recently stored first, or the best matches (`best`).

    Two steps: the matching row ids in order (FTS5 alone, which ranks fast), then those rows with their
    snippets; one query doing both makes SQLite rank or scan every match a second time."""
    query = fts_query(text)
    order = "bm25(sentences_fts)" if best else "rowid DESC"
    try:
        ids = [r[0] for r in conn.execute(
            f"SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY {order} LIMIT ?", (query, limit)
        )]  # fmt: skip
        rows = sentence_hits(conn, query, ids)
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot search for {text!r}: {e}") from e
    columns = ["date", "match", "section", "article", "source", "article_id", "start", "end"]
    return Table("search", columns, rows, [f"query: {query}"], ["date", "match", "section", "article", "source"])


def sentence_hits(conn: sqlite3.Connection, query: str, ids: list[int]) -> list[dict[str, Any]]:
    """The sentences with these ids, in this order, each with its article and the snippet of where the FTS5
    `query` matched it."""
    if not ids:
        return []
    sql = f"""
        SELECT s.id, snippet(sentences_fts, 0, '[', ']', '…', 16) AS match, a.date, s.section, a.title AS article,
               a.source, a.sha256 AS article_id, s.start, s."end"
        FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH ? AND sentences_fts.rowid IN ({",".join("?" * len(ids))})"""
    found = {row.pop("id"): row for row in map(dict, conn.execute(sql, (query, *ids)))}
    return [found[i] for i in ids if i in found]


def entities(conn: sqlite3.Connection, *, kind: str | None = None, name: str | None = None, limit: int = 50) -> Table:
    """Entities across the corpus, the most widely reported first."""
    where, params = ["1"], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if name:
        where.append("name LIKE ?")
        params.append(f"%{name}%")
    sql = f"""
        SELECT name, kind, code, articles, mentions, quotes, lat, lon FROM entities
        WHERE {" AND ".join(where)} ORDER BY articles DESC, id LIMIT ?"""
    rows: list[dict[str, Any]] = [dict(r) for r in conn.execute(sql, [*params, limit])]
    return Table("entities", ["name", "kind", "code", "articles", "mentions", "quotes", "lat", "lon"], rows)
