"""Full-text search (`store/search.py`): the query language (stemming, phrases, OR, NOT, prefix, punctuation as
text), exact counts that every page adds up to, filters, snippets with their marks, and the migration that made
the index stem."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.store import schema
from sitrep.store.db import StoreError, open_writer, reading
from sitrep.store.search import fts_query, search_count, search_newest, segments
from tests.store_helpers import build


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "s.db")


def _articles(conn: sqlite3.Connection, words: str, **kw: str) -> set[str | None]:
    return {h.article for h in search_newest(conn, words, limit=50, **kw)}  # type: ignore[arg-type]


def test_search_query_language() -> None:
    assert fts_query("attacked bases") == '"attacked" "bases"'
    assert fts_query('"joint statement" OR troops') == '"joint statement" OR "troops"'
    assert fts_query("troops NOT Iraq") == '"troops" NOT "Iraq"'
    assert fts_query("missil*") == '"missil"*'
    assert fts_query("negotiat*") == '("negotiat"* OR "negoti"*)'  # the Porter stem of its completions too
    assert fts_query("(x [1] U.S. a:b") == '"x" "1" "U S" "a b"'
    assert fts_query("NOT war") == '"not" "war"' and fts_query("war OR") == '"war" "or"'
    assert fts_query("tanks OR OR drones") == '"tanks" "or" OR "drones"'
    assert fts_query('"unclosed phrase') == '"unclosed phrase"'
    for nothing in ('  "" ', "( ) [ ]", "*", "\x00"):
        with pytest.raises(StoreError, match="at least one word"):
            fts_query(nothing)


def test_search_stems_words(db: Path) -> None:
    with reading(db) as conn:
        assert _articles(conn, "attack") == {"Attacks on bases in Syria"}
        assert _articles(conn, "attacking") == {"Attacks on bases in Syria"}  # the same stem
        assert _articles(conn, "leave") == {"US keeps troops in Iraq"}  # "leaving"
        assert _articles(conn, "submarine") == set()


def test_search_operators_and_prefixes(db: Path) -> None:
    with reading(db) as conn:
        assert _articles(conn, "troops NOT Washington") == {"Fewer US troops in Iraq"}
        assert _articles(conn, "militants OR spokeswoman") == {"Attacks on bases in Syria", "US keeps troops in Iraq"}
        assert _articles(conn, "negot*") == {"US keeps troops in Iraq"}
        assert _articles(conn, "negotiat*") == {"US keeps troops in Iraq"}  # longer than the stem the index holds
        assert _articles(conn, "capital negotiat*") == {"US keeps troops in Iraq"}  # a group beside a word
        assert _articles(conn, "spokes*") == {"US keeps troops in Iraq"}
        assert _articles(conn, '"defense ministry" earlier') == {"Fewer US troops in Iraq"}
        assert _articles(conn, "(troops] 2,500?") == {"US keeps troops in Iraq"}


def test_search_count_is_exact_and_pages_add_up(db: Path) -> None:
    with reading(db) as conn:
        total = search_count(conn, "the")
        pages = [search_newest(conn, "the", offset=o, limit=2) for o in range(0, total + 2, 2)]
        ids = [(h.article_id, h.start) for p in pages for h in p]
        newest = search_newest(conn, "the", limit=100, sort="newest")
    assert total == len(ids) == len(set(ids)) >= 8
    assert [h.date for h in newest] == sorted((h.date for h in newest), reverse=True)


def test_search_window_past_the_ranked_matches(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sitrep.store.search.SEARCH_WINDOW", 3)
    with reading(db) as conn:
        total = search_count(conn, "the")
        pages = [search_newest(conn, "the", offset=o, limit=2) for o in range(0, total, 2)]
    ids = [(h.article_id, h.start) for p in pages for h in p]
    assert len(ids) == len(set(ids)) == total


def test_search_filters(db: Path) -> None:
    with reading(db) as conn:
        assert _articles(conn, "troops", since="2024-09-28") == {"Fewer US troops in Iraq"}
        assert _articles(conn, "troops", until="2024-09-28") == {"US keeps troops in Iraq"}
        assert _articles(conn, "troops", source="Wire B") == {"Fewer US troops in Iraq"}
        assert _articles(conn, "the", entity="Omar Haddad") == {"Attacks on bases in Syria"}
        assert search_count(conn, "troops", source="Wire B") == 1
        assert search_count(conn, "troops", source="Wire Q") == 0
        with pytest.raises(StoreError, match="not an ISO date"):
            search_count(conn, "troops", since="soon")


def test_search_snippet_marks_the_matched_words(db: Path) -> None:
    with reading(db) as conn:
        hit = search_newest(conn, "attacks stop")[0]
    marked = [text for text, on in segments(hit) if on]
    assert marked and {m.lower() for m in marked} <= {"attacks", "stop"}
    assert "".join(text for text, _ in segments(hit)) == hit.snippet
    assert "[attacks]" in hit.match.lower()


def test_search_index_stems_after_the_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:7])
    db = build(tmp_path / "v7.db")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'attack'").fetchone()[0] == 0
    finally:
        conn.close()
    monkeypatch.undo()
    open_writer(db).close()  # upgrades to the latest
    with reading(db) as conn:
        assert _articles(conn, "attack") == {"Attacks on bases in Syria"}
        sql = "SELECT sql FROM sqlite_master WHERE name IN ('sentences_fts', 'quotes_fts')"
        assert all("porter" in r[0] for r in conn.execute(sql))
