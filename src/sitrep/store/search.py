"""Full-text search over the stored sentences (FTS5 with the Porter stemmer, schema version 8): what a user types
becomes an FTS5 query, and the matches come back with the snippet of where, their article, and an exact count.
The CLI (`sitrep search`), the API (`/api/search`) and the home page's search all ask here.

The query language (`fts_query`):
- words must all appear, in any form the stemmer joins ("attack" finds "attacked", "attacks", "attacking");
- "quoted words" form a phrase; `word*` finds words whose stem starts with it (the index holds stems, so a prefix
  longer than the stem finds nothing: `missil*`, `negot*` work, `negotiat*` does not match "negotiators");
- `OR` and `NOT` (upper case, between two terms) are FTS5's operators: `tanks OR drones`, `troops NOT Iraq`;
  `AND` may be written; an operator with nothing on one side is read as a word;
- any other punctuation is text: `(x`, `U.S.`, `[1]`, `a:b` never make a syntax error; a term with no letter or
  digit left is dropped.

Order: `best` (the default) ranks the newest `SEARCH_WINDOW` matches by FTS5's bm25 `rank`, then lists the older
ones newest stored first, so a common word stays fast and every match can be paged to; `newest` by the article's
publication day. Filters: publication days (`since`, `until`), `source`, and an `entity` the sentence mentions."""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypedDict, Unpack

from sitrep.store.db import StoreError
from sitrep.store.filters import day, entity_ids, sql_in

SEARCH_WINDOW = 2_000  # ranking looks at the newest this-many matching sentences, so a common word stays fast
SORTS = ("best", "newest")
OPERATORS = ("AND", "OR", "NOT")
OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters around a match in a snippet (never in news text)

_TERM = re.compile(r'"[^"]*"?|[^\s"]+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]")  # never part of a word (a NUL would end FTS5's query early)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Term:
    words: str  # the words of a term, FTS5-quoted
    operator: str | None = None  # AND, OR or NOT when the term is one


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query (the module's query language); a `StoreError` when no word is left."""
    terms = [t for t in (_term(raw) for raw in _TERM.findall(_CONTROL.sub(" ", text))) if t is not None]
    out: list[str] = []
    for n, term in enumerate(terms):
        if term.operator is None:
            if out and out[-1] not in OPERATORS and (term.words[0] == "(" or out[-1][0] == "("):
                out.append("AND")  # FTS5 reads no implicit AND next to a group in parentheses
            out.append(term.words)
        elif out and out[-1] not in OPERATORS and n + 1 < len(terms) and terms[n + 1].operator is None:
            out.append(term.operator)
        else:
            out.append(f'"{term.operator.lower()}"')  # an operator with nothing on one side is a word
    if not any(t not in OPERATORS for t in out):
        raise StoreError("give at least one word to search for")
    return " ".join(out)


def _term(raw: str) -> _Term | None:
    if raw in OPERATORS:
        return _Term(f'"{raw.lower()}"', raw)
    if raw.startswith('"'):
        words = " ".join(_WORD.findall(raw))
        return _Term(f'"{words}"') if words else None
    found = _WORD.findall(raw)
    if not found:
        return None
    words = " ".join(found)
    if not raw.endswith("*"):
        return _Term(f'"{words}"')
    if len(found) > 1:
        return _Term(f'"{words}"*')
    prefix = words.lower()
    stems = sorted({stem for end in _ENDINGS if (stem := _stem(words + end)) and not stem.startswith(prefix)})
    asked = " OR ".join([f'"{words}"*', *(f'"{stem}"*' for stem in stems)])
    return _Term(f"({asked})" if stems else asked)  # "negotiat*": the index holds stems ("negoti"), so they are asked


# Endings that complete a prefix into words whose stems the Porter index holds ("negotiat" + "e" -> "negoti").
_ENDINGS = ("", "e", "s", "ed", "ing", "ion", "ions", "er", "al", "y")
_STEMMING = threading.Lock()


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """The word as the index's Porter tokenizer stores it (SQLite's own stemmer, asked through a scratch table)."""
    conn = _stemmer()
    with _STEMMING, conn:
        conn.execute("DELETE FROM words")
        conn.execute("INSERT INTO words (w) VALUES (?)", (word,))
        row = conn.execute("SELECT term FROM words_vocab LIMIT 1").fetchone()
    return str(row[0]) if row else ""


@lru_cache(maxsize=1)
def _stemmer() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE VIRTUAL TABLE words USING fts5(w, tokenize = 'porter unicode61')")
    conn.execute("CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, 'row')")
    return conn


class SearchFilters(TypedDict, total=False):
    """What a search can be narrowed to; None means any."""

    since: str | None  # publication day, ISO, inclusive
    until: str | None
    source: str | None  # the article's source, exactly
    entity: str | None  # a stored entity the sentence mentions, by name or country code


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
    snippet: str = ""  # the snippet without brackets
    marks: list[list[int]] = field(default_factory=list)  # [start, end] of each matched word in `snippet`


def search(conn: sqlite3.Connection, text: str, *, limit: int = 20, best: bool = False) -> list[SentenceHit]:
    """Sentences matching the words: the most recently stored first, or the best matches (`best`)."""
    order = "bm25(sentences_fts)" if best else "rowid DESC"
    sql = f"SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY {order} LIMIT ?"
    query = fts_query(text)
    return sentence_hits(conn, query, _ids(conn, text, sql, [query, limit]))


def search_newest(
    conn: sqlite3.Connection, text: str, *, offset: int = 0, limit: int = 20, sort: str = "best",
    **filters: Unpack[SearchFilters],
) -> list[SentenceHit]:  # fmt: skip
    """One page of the sentences matching the words, in a `sort` of `SORTS` (the module's order), filtered."""
    if sort not in SORTS:
        raise StoreError(f"sort is one of {', '.join(SORTS)}, not {sort!r}")
    query = fts_query(text)
    join, where, params = _filter_sql(conn, filters, articles=sort == "newest")
    base = f"FROM sentences_fts f {join} WHERE sentences_fts MATCH ? {where}"
    if sort == "newest":
        sql = f"SELECT f.rowid {base} ORDER BY a.date DESC, f.rowid DESC LIMIT ? OFFSET ?"
        return sentence_hits(conn, query, _ids(conn, text, sql, [query, *params, limit, offset]))
    ids: list[int] = []
    if offset < SEARCH_WINDOW:
        ranked = f"""SELECT id FROM (SELECT f.rowid AS id, f.rank {base} ORDER BY f.rowid DESC LIMIT {SEARCH_WINDOW})
                     ORDER BY rank, id DESC LIMIT ? OFFSET ?"""
        ids = _ids(conn, text, ranked, [query, *params, limit, offset])
    if len(ids) < limit:  # past the ranked window: the older matches, newest stored first
        older = f"SELECT f.rowid {base} ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
        ids += _ids(conn, text, older, [query, *params, limit - len(ids), max(offset, SEARCH_WINDOW)])
    return sentence_hits(conn, query, ids)


def search_count(conn: sqlite3.Connection, text: str, **filters: Unpack[SearchFilters]) -> int:
    """How many sentences match the words with these filters: every page of `search_newest` together."""
    join, where, params = _filter_sql(conn, filters)
    sql = f"SELECT count(*) FROM sentences_fts f {join} WHERE sentences_fts MATCH ? {where}"
    found = _ids(conn, text, sql, [fts_query(text), *params])
    return found[0] if found else 0


def _filter_sql(
    conn: sqlite3.Connection, filters: SearchFilters, *, articles: bool = False
) -> tuple[str, str, list[Any]]:
    """The join, the extra conditions and their parameters for the filters. The sentences' articles are joined
    when a filter or the order (`articles`) needs them; FTS5 alone counts fastest."""
    where: list[str] = []
    params: list[Any] = []
    for clause, value in (("a.date >= ?", filters.get("since")), ("a.date <= ?", filters.get("until"))):
        if value:
            where.append(clause)
            params.append(day(value))
    if source := filters.get("source"):
        where.append("a.source = ?")
        params.append(source)
    if name := filters.get("entity"):
        ids = sql_in(entity_ids(conn, name))
        where.append(f"f.rowid IN (SELECT sentence_id FROM mentions WHERE entity_id IN {ids})")
    join = "JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id" if where or articles else ""
    return join, "".join(f" AND {w}" for w in where), params


def _ids(conn: sqlite3.Connection, text: str, sql: str, params: list[Any]) -> list[int]:
    try:
        return [int(r[0]) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot search for {text!r}: {e}") from e


def sentence_hits(conn: sqlite3.Connection, query: str, ids: list[int]) -> list[SentenceHit]:
    """The sentences with these ids, in this order, each with its article and the snippet of where the FTS5
    `query` matched it."""
    if not ids:
        return []
    sql = f"""
        SELECT s.id, snippet(sentences_fts, 0, '{OPEN}', '{CLOSE}', '…', 24) AS match, a.date, s.section,
               a.title AS article, a.source, a.sha256 AS article_id, s.start, s."end"
        FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
        WHERE sentences_fts MATCH ? AND sentences_fts.rowid IN ({",".join("?" * len(ids))})"""
    found = {r[0]: _hit(r[1], r[2:]) for r in conn.execute(sql, (query, *ids))}
    return [found[i] for i in ids if i in found]


def _hit(marked: str, rest: tuple[Any, ...]) -> SentenceHit:
    """A hit from a snippet whose matches sit between `OPEN` and `CLOSE`."""
    plain, marks, at = [], [], 0
    for n, part in enumerate(re.split(f"[{OPEN}{CLOSE}]", marked)):
        if n % 2:
            marks.append([at, at + len(part)])
        plain.append(part)
        at += len(part)
    brackets = marked.replace(OPEN, "[").replace(CLOSE, "]")
    date, section, article, source, article_id, start, end = rest
    return SentenceHit(brackets, date, section, article, source, article_id, start, end, "".join(plain), marks)


def segments(hit: SentenceHit) -> list[tuple[str, bool]]:
    """A hit's snippet as (text, matched) pieces, for a page to mark the matched words."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in hit.marks:
        if start > at:
            out.append((hit.snippet[at:start], False))
        out.append((hit.snippet[start:end], True))
        at = end
    if at < len(hit.snippet):
        out.append((hit.snippet[at:], False))
    return out
