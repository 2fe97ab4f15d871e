"""Opening a store (`store/db.py`): `transaction()` is the one way a transaction opens, and migrations run in it; a
locked store is waited for, a full disk and a read-only medium are said plainly, a read-only store is read."""

from __future__ import annotations

import importlib
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import db as db_mod
from sitrep.store import schema
from sitrep.store.db import StoreError, open_writer, reading, transaction
from sitrep.store.ingest import ingest
from tests.conftest import EXAMPLES
from tests.store_helpers import build, dump, stories, story_a

ingest_mod = importlib.import_module("sitrep.store.ingest")  # the package exports a function of the same name


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


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every writer connection gets a page ceiling just above what it holds: SQLite's own disk-full error."""
    real = ingest_mod.open_and_upgrade

    def cramped(path: str | Path) -> tuple[sqlite3.Connection, list[int]]:
        conn, applied = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn, applied

    monkeypatch.setattr(ingest_mod, "open_and_upgrade", cramped)


def test_db_full_disk_is_said_plainly_and_keeps_what_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    db = build(tmp_path / "full.db", [("a", story_a())])
    before = dump(db)
    _full_disk(monkeypatch)
    with pytest.raises(StoreError, match="the disk is full") as caught:
        ingest([str(EXAMPLES)], db)
    assert "rollback" not in str(caught.value)
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1 and "the disk is full" in result.stderr and "another" not in result.stderr
    assert dump(db) == before


def test_db_second_writer_waits_for_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = build(tmp_path / "busy.db")
    locked = threading.Event()

    def hold() -> None:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(0.5)
        holder.execute("COMMIT")
        holder.close()

    other = threading.Thread(target=hold)
    other.start()
    locked.wait(10)
    try:
        summary = ingest([str(EXAMPLES / "dated-brief.txt")], db)  # waits, then writes
    finally:
        other.join()
    assert summary.ingested == 1


def test_db_writer_gives_up_on_a_held_lock_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = build(tmp_path / "locked.db")
    monkeypatch.setattr(db_mod, "BUSY_TIMEOUT_SECONDS", 0.3)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked by another writer"):
            ingest([str(EXAMPLES / "dated-brief.txt")], db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """`folder` mounted read-only at a new place (skips where mounting is not allowed)."""
    target = folder.parent / f"{folder.name}-ro"
    target.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(target)], capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("cannot mount here (needs root): the read-only medium is not simulated")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_db_store_on_read_only_media_answers_every_view(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    db = build(folder / "s.db", stories())
    with read_only_mount(folder) as mounted:
        ro = mounted / "s.db"
        with reading(ro) as conn:
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        for command in ("digest", "timeline", "figures", "deadlines", "quotes", "entities"):
            result = runner.invoke(app, [command, "--db", str(ro), "--format", "json"])
            assert result.exit_code == 0, (command, result.stderr)
        assert runner.invoke(app, ["search", "Karvik", "--db", str(ro)]).exit_code == 0
        assert runner.invoke(app, ["export", str(tmp_path / "out"), "--db", str(ro)]).exit_code == 0
        with pytest.raises(StoreError, match="read-only") as caught:
            ingest([str(EXAMPLES / "dated-brief.txt")], ro)
        assert "not a sitrep database" not in str(caught.value)
    assert dump(db)["articles"]
