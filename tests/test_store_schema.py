"""The store's schema: ordered migrations recorded once, WAL, read-only readers, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.store import schema
from sitrep.store.db import StoreError, open_reader, open_writer, reading, transaction
from sitrep.store.dedupe import BANDS, signature
from sitrep.store.write import write_extraction
from tests.store_helpers import STORY_A, base, build, story_a, story_b


def test_schema_migrations_recorded_once_and_wal(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    for _ in range(2):
        conn = open_writer(db)
        conn.close()
    with reading(db) as conn:
        rows = conn.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert [tuple(r) for r in rows] == [(n, name) for n, name, _ in schema.MIGRATIONS]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "sentences", "sentences_fts", "entities", "mentions", "times", "quantities"} <= tables
    assert {"quotes", "events", "event_actors"} <= tables


def test_schema_old_database_upgrades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.db"
    open_writer(db).close()
    following = schema.LATEST + 1
    newer = (*schema.MIGRATIONS, (following, "article notes", "ALTER TABLE articles ADD COLUMN notes TEXT"))
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    monkeypatch.setattr("sitrep.store.db.LATEST", following)
    with pytest.raises(StoreError, match="upgrade it with `sitrep ingest --db"):
        open_reader(db)
    open_writer(db).close()
    with reading(db) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == list(range(1, following + 1))
        assert "notes" in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]


def test_schema_step_repeated_by_a_later_migration_runs_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.db"
    open_writer(db).close()
    calls: list[int] = []

    def count(conn: sqlite3.Connection) -> None:
        calls.append(schema.version(conn))

    base_version = schema.LATEST
    newer = (*schema.MIGRATIONS, (base_version + 1, "once", count), (base_version + 2, "again", count))
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    conn = open_writer(db)
    try:
        assert calls == [base_version + 1]  # only the last one ran it (the first was recorded by then)
        assert schema.version(conn) == base_version + 2
    finally:
        conn.close()
    monkeypatch.setattr(schema, "MIGRATIONS", newer[:-1])
    fresh = open_writer(tmp_path / "other.db")  # alone, the step runs
    fresh.close()
    assert calls == [base_version + 1, base_version]


def test_schema_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = open_writer(db)
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2099-01-01')")
    conn.close()
    with pytest.raises(StoreError, match="newer sitrep"):
        open_writer(db)


def test_reader_is_read_only(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    open_writer(db).close()
    with reading(db) as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("INSERT INTO runs (started, inputs) VALUES ('x', 'y')")


def test_reader_missing_or_foreign_database_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database; create it with `sitrep ingest"):
        open_reader(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a sitrep database"):
        open_reader(other)


def test_transaction_rolls_back_the_whole_batch(tmp_path: Path) -> None:
    conn = open_writer(tmp_path / "t.db")
    try:
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute("INSERT INTO runs (started, inputs) VALUES ('a', 'b')")
            raise RuntimeError("interrupted")
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("old", [1, 2])
def test_schema_upgrade_signs_stored_originals_again(tmp_path: Path, old: int) -> None:
    db = build(tmp_path / f"v{old}.db", [("a", story_a()), ("b", story_b())])
    conn = open_writer(db)
    conn.execute("DELETE FROM schema_migrations WHERE version > ?", (old,))  # as an older store left them
    conn.execute("UPDATE article_signatures SET signature = zeroblob(512)")
    conn.execute("UPDATE article_bands SET hash = 0")
    conn.close()
    conn = open_writer(db)  # upgrades
    try:
        assert schema.version(conn) == schema.LATEST
        texts = dict(conn.execute("SELECT id, text FROM articles").fetchall())
        for article_id, stored in conn.execute("SELECT article_id, signature FROM article_signatures"):
            assert stored == signature(texts[article_id])
        assert conn.execute("SELECT count(*) FROM article_bands WHERE hash = 0").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] == 2 * BANDS
        copy = base("Exclusive\n" + STORY_A, published=None, source="Wire Z")
        assert write_extraction(conn, copy, name="copy", sig=signature(copy.text)).original == 1
    finally:
        conn.close()
