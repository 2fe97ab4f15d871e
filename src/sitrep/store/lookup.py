"""Looking things up across the corpus: articles, quotes by speaker or words, sentences by full-text search,
entities and places. The CLI's views and the web app's lists both ask here."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sitrep.store.db import StoreError
from sitrep.store.filters import MANY, entity_ids

_TERM = re.compile(r'"[^"]+"|\S+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never part of a word (a NUL would end FTS5's query string early)
SEARCH_WINDOW = 2_000  # ranking looks at the newest this-many matching sentences, so a common word stays fast


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear; "quoted words" stay a phrase."""
    terms = []
    for term in _TERM.findall(_CONTROL.sub(" ", text)):
        words = term.strip('"').replace('"', " ").strip()
        if words:
            terms.append(f'"{words}"')
    if not terms:
        raise StoreError("give at least one word to search for")
    return " ".join(terms)


@dataclass(slots=True)
class ArticleRow:
    """A stored article and how many facts of each kind it holds."""

    id: str  # the SPEC's article id (SHA-256 of its text)
    title: str | None
    published: str | None
    date: str | None
    source: str | None
    url: str | None
    chars: int
    entities: int
    times: int
    quantities: int
    quotes: int
    events: int


_COUNTS = {"entities": "article_entities", "times": "times", "quantities": "quantities", "quotes": "quotes",
           "events": "events"}  # fmt: skip


def articles(
    conn: sqlite3.Connection, *, title: str | None = None, source: str | None = None, since: str | None = None,
    until: str | None = None, offset: int = 0, limit: int = 20,
) -> list[ArticleRow]:  # fmt: skip
    """Stored articles (near-copies left out), newest first, each with how many facts of each kind it holds."""
    where, params = _article_where(title=title, source=source, since=since, until=until)
    counts = ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.article_id = a.id) AS {k}" for k, t in _COUNTS.items())
    sql = f"""
        SELECT a.sha256 AS id, a.title, a.published, a.date, a.source, a.url, a.chars, {counts}
        FROM articles a WHERE {" AND ".join(where)}
        ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?"""
    return [ArticleRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


def article_count(
    conn: sqlite3.Connection, *, title: str | None = None, source: str | None = None, since: str | None = None,
    until: str | None = None,
) -> int:  # fmt: skip
    """How many articles `articles` lists with these filters (every page together)."""
    where, params = _article_where(title=title, source=source, since=since, until=until)
    return _count(conn, f"SELECT count(*) FROM articles a WHERE {' AND '.join(where)}", *params)


def _article_where(
    *, title: str | None, source: str | None, since: str | None, until: str | None
) -> tuple[list[str], list[str]]:
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
    return where, params


@dataclass(slots=True)
class QuoteRow:
    """A quote with its speaker (the stored entity's name, else the speaker's words) and article."""

    date: str | None
    speaker: str | None
    kind: str
    quote: str
    cue: str | None
    article: str | None  # its title
    source: str | None
    article_id: str
    start: int
    end: int


def quotes(
    conn: sqlite3.Connection, *, speaker: str | None = None, search: str | None = None, limit: int = 50
) -> list[QuoteRow]:
    """Quotes, newest first, by speaker (a stored entity or the speaker's words) and/or words in the quote."""
    where, params, matches = _quote_where(conn, speaker, search)
    walk = "INDEXED BY quotes_date" if matches and min(matches) > MANY else ""
    sql = f"""
        WITH picked AS (
            SELECT u.id FROM quotes u {walk} WHERE {" AND ".join(where)} ORDER BY u.date DESC, u.id DESC LIMIT ?)
        SELECT u.date, coalesce(sp.name, u.speaker_text) AS speaker, u.kind, u.text AS quote, u.cue_text AS cue,
               a.title AS article, a.source, a.sha256 AS article_id, u.start, u."end"
        FROM picked JOIN quotes u ON u.id = picked.id JOIN articles a ON a.id = u.article_id
        LEFT JOIN entities sp ON sp.id = u.speaker_id
        ORDER BY u.date DESC, u.id DESC"""
    return [QuoteRow(*r) for r in conn.execute(sql, [*params, limit])]


def quote_count(conn: sqlite3.Connection, *, speaker: str | None = None, search: str | None = None) -> int:
    """How many quotes `quotes` lists with these filters (without its limit)."""
    where, params, _ = _quote_where(conn, speaker, search)
    return _count(conn, f"SELECT count(*) FROM quotes u WHERE {' AND '.join(where)}", *params)


def _quote_where(
    conn: sqlite3.Connection, speaker: str | None, search: str | None
) -> tuple[list[str], list[str], list[int]]:
    """The conditions over `quotes u`, their parameters, and how many quotes each condition matches alone."""
    where: list[str] = ["1"]
    params: list[str] = []
    matches: list[int] = []
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
    return where, params, matches


def _count(conn: sqlite3.Connection, sql: str, *params: str) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


@dataclass(slots=True)
class SentenceHit:
    """A sentence that matched a search, with the snippet of where, and its article."""

    match: str  # the snippet, matched words in [brackets]
    date: str | None
    section: str
    article: str | None  # its title
    source: str | None
    article_id: str
    start: int
    end: int


def search(conn: sqlite3.Connection, text: str, *, limit: int = 20, best: bool = False) -> list[SentenceHit]:
    """Sentences matching all the words (FTS5): the most recently stored first, or the best matches (`best`).

    Two steps: the matching row ids in order (FTS5 alone, which ranks fast), then those rows with their
    snippets; one query doing both makes SQLite rank or scan every match a second time."""
    order = "bm25(sentences_fts)" if best else "rowid DESC"
    sql = f"SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY {order} LIMIT ?"
    return _hits(conn, text, sql, limit)


def search_newest(conn: sqlite3.Connection, text: str, *, offset: int = 0, limit: int = 20) -> list[SentenceHit]:
    """Sentences matching all the words, best matches first among the newest `SEARCH_WINDOW` matches."""
    sql = f"""SELECT id FROM (SELECT rowid AS id, rank FROM sentences_fts WHERE sentences_fts MATCH ?
                              ORDER BY rowid DESC LIMIT {SEARCH_WINDOW})
              ORDER BY rank, id DESC LIMIT ? OFFSET ?"""
    return _hits(conn, text, sql, limit, offset)


def search_count(conn: sqlite3.Connection, text: str) -> int:
    """How many sentences `search_newest` can list for these words: the matches, at most `SEARCH_WINDOW`."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT {SEARCH_WINDOW})"
    try:
        return _count(conn, sql, fts_query(text))
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot search for {text!r}: {e}") from e


def _hits(conn: sqlite3.Connection, text: str, sql: str, *params: int) -> list[SentenceHit]:
    query = fts_query(text)
    try:
        ids = [int(r[0]) for r in conn.execute(sql, (query, *params))]
        return sentence_hits(conn, query, ids)
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot search for {text!r}: {e}") from e


def sentence_hits(conn: sqlite3.Connection, query: str, ids: list[int]) -> list[SentenceHit]:
    """The sentences with these ids, in this order, each with its article and the snippet of where the FTS5
    `query` matched it."""
    if not ids:
        return []
    sql = f"""
        SELECT s.id, snippet(sentences_fts, 0, '[', ']', '…', 16) AS match, a.date, s.section, a.title AS article,
               a.source, a.sha256 AS article_id, s.start, s."end"
        FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH ? AND sentences_fts.rowid IN ({",".join("?" * len(ids))})"""
    found = {r[0]: SentenceHit(*r[1:]) for r in conn.execute(sql, (query, *ids))}
    return [found[i] for i in ids if i in found]


@dataclass(slots=True)
class EntityRow:
    """A real-world thing across the corpus, with how widely it is reported."""

    id: int  # its row id in the store (`/api/entities/{id}`)
    name: str
    kind: str
    code: str | None
    articles: int
    mentions: int
    quotes: int
    lat: float | None
    lon: float | None


def entities(
    conn: sqlite3.Connection, *, kind: str | None = None, name: str | None = None, limit: int = 50
) -> list[EntityRow]:
    """Entities across the corpus, the most widely reported first."""
    where, params = _entity_where(kind, name)
    sql = f"""
        SELECT id, name, kind, code, articles, mentions, quotes, lat, lon FROM entities
        WHERE {" AND ".join(where)} ORDER BY articles DESC, id LIMIT ?"""
    return [EntityRow(*r) for r in conn.execute(sql, [*params, limit])]


def entity(conn: sqlite3.Connection, entity_id: int) -> EntityRow | None:
    """One stored entity with its counts, or None."""
    row = conn.execute(
        "SELECT id, name, kind, code, articles, mentions, quotes, lat, lon FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    return EntityRow(*row) if row else None


def entity_quotes(conn: sqlite3.Connection, entity_id: int, *, limit: int = 20) -> list[QuoteRow]:
    """The newest `limit` quotes a stored entity is the speaker of."""
    sql = """
        SELECT u.date, coalesce(sp.name, u.speaker_text) AS speaker, u.kind, u.text AS quote, u.cue_text AS cue,
               a.title AS article, a.source, a.sha256 AS article_id, u.start, u."end"
        FROM quotes u JOIN articles a ON a.id = u.article_id LEFT JOIN entities sp ON sp.id = u.speaker_id
        WHERE u.speaker_id = ? ORDER BY u.date DESC, u.id DESC LIMIT ?"""
    return [QuoteRow(*r) for r in conn.execute(sql, (entity_id, limit))]


def entity_count(conn: sqlite3.Connection, *, kind: str | None = None, name: str | None = None) -> int:
    """How many entities `entities` lists with these filters (without its limit)."""
    where, params = _entity_where(kind, name)
    return _count(conn, f"SELECT count(*) FROM entities WHERE {' AND '.join(where)}", *params)


def _entity_where(kind: str | None, name: str | None) -> tuple[list[str], list[str]]:
    where, params = ["1"], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if name:
        where.append("name LIKE ?")
        params.append(f"%{name}%")
    return where, params


@dataclass(slots=True)
class Place:
    """A country or place with coordinates, and how many articles and events it is in."""

    id: int
    name: str
    kind: str
    code: str | None
    lat: float
    lon: float
    articles: int
    events: int


def places(conn: sqlite3.Connection, *, limit: int = 300) -> list[Place]:
    """Countries and places with coordinates, the most widely reported first, with how many events they saw."""
    sql = """
        SELECT n.id, n.name, n.kind, n.code, n.lat, n.lon, n.articles,
               (SELECT count(*) FROM events e WHERE e.location_id = n.id) AS events
        FROM entities n WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL
        ORDER BY n.articles DESC, n.id LIMIT ?"""
    return [Place(*r) for r in conn.execute(sql, (limit,))]
