"""Looking things up across the corpus: articles, quotes by speaker or words, sentences by full-text search
(`store/search.py`, re-exported here), entities and places. The CLI's views and the web app's lists both ask here."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sitrep.store.filters import MANY, entity_ids
from sitrep.store.search import SEARCH_WINDOW, SentenceHit, fts_query, search, search_count, search_newest

__all__ = ["SEARCH_WINDOW", "ArticleRow", "EntityRow", "Place", "QuoteRow", "SentenceHit", "article_count",
           "articles", "entities", "entity", "entity_count", "entity_quotes", "fts_query", "places", "quote_count",
           "quotes", "search", "search_count", "search_newest"]  # fmt: skip

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


ARTICLE_ORDERS = {"newest": "a.date DESC, a.id DESC", "oldest": "a.date IS NULL, a.date, a.id"}  # undated last
ENTITY_ORDERS = {"articles": "articles DESC, id", "mentions": "mentions DESC, id", "quotes": "quotes DESC, id",
                 "name": "name COLLATE NOCASE, id"}  # fmt: skip
_COUNTS = {"entities": "article_entities", "times": "times", "quantities": "quantities", "quotes": "quotes",
           "events": "events"}  # fmt: skip


def articles(
    conn: sqlite3.Connection, *, title: str | None = None, source: str | None = None, since: str | None = None,
    until: str | None = None, site: str | None = None, order: str = "newest", offset: int = 0, limit: int = 20,
) -> list[ArticleRow]:  # fmt: skip
    """Stored articles (near-copies left out), newest first, each with how many facts of each kind it holds; `site`
    keeps those whose address is on that host (with or without `www.`)."""
    where, params = _article_where(title=title, source=source, since=since, until=until, site=site)
    counts = ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.article_id = a.id) AS {k}" for k, t in _COUNTS.items())
    sql = f"""
        SELECT a.sha256 AS id, a.title, a.published, a.date, a.source, a.url, a.chars, {counts}
        FROM articles a WHERE {" AND ".join(where)}
        ORDER BY {ARTICLE_ORDERS[order]} LIMIT ? OFFSET ?"""
    return [ArticleRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


def article_count(
    conn: sqlite3.Connection, *, title: str | None = None, source: str | None = None, since: str | None = None,
    until: str | None = None, site: str | None = None,
) -> int:  # fmt: skip
    """How many articles `articles` lists with these filters (every page together)."""
    where, params = _article_where(title=title, source=source, since=since, until=until, site=site)
    return _count(conn, f"SELECT count(*) FROM articles a WHERE {' AND '.join(where)}", *params)


def _article_where(
    *, title: str | None, source: str | None, since: str | None, until: str | None, site: str | None = None
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
    if site:
        host = site.strip().lower().removeprefix("www.")
        where.append("(a.url LIKE ? OR a.url LIKE ?)")
        params += [f"%://{host}/%", f"%://www.{host}/%"]
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
        params.append(f"speaker_text : ({fts_query(speaker)})")
        matches.append(_count(conn, f"SELECT count(*) FROM quotes WHERE speaker_id IN ({ids})"))
        matches.append(_count(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", params[-1]))
    if search:
        where.append("u.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(f"text : ({fts_query(search)})")
        matches.append(_count(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", params[-1]))
    return where, params, matches


def _count(conn: sqlite3.Connection, sql: str, *params: str) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


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
    conn: sqlite3.Connection, *, kind: str | None = None, name: str | None = None, limit: int = 50,
    offset: int = 0, order: str = "articles",
) -> list[EntityRow]:  # fmt: skip
    """Entities across the corpus, the most widely reported first (or in another of `ENTITY_ORDERS`)."""
    where, params = _entity_where(kind, name)
    sql = f"""
        SELECT id, name, kind, code, articles, mentions, quotes, lat, lon FROM entities
        WHERE {" AND ".join(where)} ORDER BY {ENTITY_ORDERS[order]} LIMIT ? OFFSET ?"""
    return [EntityRow(*r) for r in conn.execute(sql, [*params, limit, offset])]


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


@dataclass(slots=True)
class Outlet:
    """A news outlet the store holds articles from: its name (the articles' source, else their web site), how many
    articles, when first and last seen, its site and its newest article."""

    outlet: str
    site: str | None  # the host of its newest article's address
    articles: int
    first_seen: str | None  # publication days
    last_seen: str | None
    latest_title: str | None
    latest_url: str | None
    latest_id: str  # the newest article's SPEC id


_AFTER = "substr(a.url, instr(a.url, '://') + 3)"  # the address without its scheme
_HOST = f"lower(substr({_AFTER}, 1, instr({_AFTER} || '/', '/') - 1))"
_SITE = (f"CASE WHEN a.url LIKE '%://%' THEN (CASE WHEN {_HOST} LIKE 'www.%' THEN substr({_HOST}, 5) ELSE {_HOST} END)"
         " END")  # the host without its "www."
_OUTLETS = f"""
    WITH named AS (
        SELECT a.id, a.date, a.title, a.url, a.sha256, {_SITE} AS site,
               coalesce(nullif(trim(a.source), ''), {_SITE}, 'unknown') AS outlet
        FROM articles a WHERE a.duplicate_of IS NULL),
    grouped AS (
        SELECT outlet, count(*) AS articles, min(date) AS first_seen, max(date) AS last_seen,
               (SELECT n2.id FROM named n2 WHERE n2.outlet = named.outlet ORDER BY n2.date DESC, n2.id DESC LIMIT 1)
                 AS latest
        FROM named GROUP BY outlet)
    SELECT g.outlet, n.site, g.articles, g.first_seen, g.last_seen, n.title, n.url, n.sha256
    FROM grouped g JOIN named n ON n.id = g.latest"""


def outlets(conn: sqlite3.Connection, *, offset: int = 0, limit: int = 100) -> list[Outlet]:
    """The outlets the stored articles come from (near-copies left out), the most articles first."""
    sql = f"{_OUTLETS} ORDER BY g.articles DESC, g.last_seen DESC, g.outlet LIMIT ? OFFSET ?"
    return [Outlet(*r) for r in conn.execute(sql, (limit, offset))]


def outlet_count(conn: sqlite3.Connection) -> int:
    """How many outlets `outlets` lists (every page together)."""
    return _count(conn, f"SELECT count(*) FROM ({_OUTLETS})")
