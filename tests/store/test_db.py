"""Opening a store (`store/db.py`): `transaction()` is the one way a transaction opens, and migrations run in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.store import schema
from sitrep.store.db import StoreError, open_writer, transaction


def test_db_transaction_commits_what_it_holds(tmp_path: Path) -> None:
    conn = open_writer(tmp_path / "t.db")
    try:
        with transaction(conn):
            conn.execute("INSERT INTO runs (started, inputs) VALUES ('a', 'b')")
            assert conn.in_transaction
        assert not conn.in_transaction
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    finally:
        conn.close()


def test_db_failed_migration_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    open_writer(db).close()
    broken = (schema.LATEST + 1, "broken", "ALTER TABLE articles ADD COLUMN notes TEXT;\nSELECT * FROM nowhere")
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    with pytest.raises(StoreError, match="no such table: nowhere"):
        open_writer(db)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == schema.LATEST
        assert "notes" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    finally:
        conn.close()


def test_db_has_one_way_to_open_a_transaction() -> None:
    src = Path(__file__).resolve().parents[2] / "src" / "sitrep"
    opened = [p.relative_to(src).as_posix() for p in src.rglob("*.py") if '"BEGIN' in p.read_text(encoding="utf-8")]
    assert opened == ["store/db.py"]
