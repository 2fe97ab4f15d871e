"""Opening a store: one writer (WAL, migrations, a transaction per batch) and read-only readers.

`transaction(conn)` is the one way anything in the store opens a transaction."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.store import schema
from sitrep.store.schema import LATEST, Step, version

BUSY_TIMEOUT_SECONDS = 30.0  # how long a writer waits for another writer's lock before it gives up

class StoreError(SitrepError):
    """The database cannot be opened or used (missing, not a sitrep store, too new, locked, disk full, read-only)."""


def explain(error: sqlite3.Error, path: str | Path) -> StoreError:
    """A `StoreError` that says what an SQLite error means for the store at `path` and what to do about it."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_BUSY") or "database is locked" in str(error):
        return StoreError(
            f"{path}: the database is locked by another writer (another `sitrep ingest`?); waited "
            f"{BUSY_TIMEOUT_SECONDS:.0f} s. Run the command again when it has finished"
        )
    if name == "SQLITE_FULL":
        return StoreError(
            f"{path}: the disk is full ({error}); free some space and run the same command again (batches already "
            "committed are kept)"
        )
    if name.startswith("SQLITE_READONLY") or (name.startswith("SQLITE_CANTOPEN") and read_only_place(path)):
        return StoreError(
            f"{path}: the database is read-only (a read-only file, folder or medium): the views, `sitrep export` and "
            "`sitrep serve` can read it; `sitrep ingest` needs to write it"
        )
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return StoreError(f"{path}: not a sitrep database ({error})")
    return StoreError(f"{path}: the database failed ({error})")


def read_only_place(path: str | Path) -> bool:
    """True when the database file, or the folder it is in, cannot be written (permissions or a read-only
    medium)."""
    file = Path(path)
    folder = file.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return (file.exists() and not os.access(file, os.W_OK)) or not os.access(folder, os.W_OK)


def open_writer(path: str | Path) -> sqlite3.Connection:
    """The one writing connection: creates the file, switches to WAL and applies pending migrations.

    The connection is in autocommit mode; callers group their writes with `transaction()`."""
    return open_and_upgrade(path)[0]


def open_and_upgrade(path: str | Path) -> tuple[sqlite3.Connection, list[int]]:
    """`open_writer`, and the schema versions it applied (all of them for a new database, none when current)."""
    conn = _connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # The schema declares every reference, but the writer creates each id it points at in the same transaction,
        # so enforcing them would only look every parent up again (an eighth of the writing time); the tests run
        # `PRAGMA foreign_key_check` on the stores they build instead.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _check_not_newer(conn, path)
        applied = migrate(conn)
    except sqlite3.Error as e:
        conn.close()
        known = explain(e, path)
        if str(known).startswith(f"{path}: the database failed"):
            raise StoreError(f"{path}: cannot be opened as a sitrep database ({e})") from e
        raise known from e
    except StoreError:
        conn.close()
        raise
    return conn, applied


def pending_upgrade(path: str | Path) -> tuple[int, int] | None:
    """(its schema version, the latest) when an existing store needs upgrading, else None (no file yet,
    already current, or not readable as a store: opening it for writing says why)."""
    file = Path(path)
    if not file.is_file():
        return None
    try:
        conn = _read_only(file)
        try:
            found = version(conn)
        finally:
            conn.close()
    except (sqlite3.Error, StoreError):
        return None
    return (found, LATEST) if 0 < found < LATEST else None


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an existing store (rows come back as `sqlite3.Row`)."""
    file = Path(path)
    if str(path) != ":memory:" and not file.is_file():
        raise StoreError(f"{path}: no such database; create it with `sitrep ingest PATH --db {path}`")
    try:
        conn = _read_only(file)
    except sqlite3.Error as e:
        raise StoreError(f"{path}: not a sitrep database ({e})") from e
    try:
        found = version(conn)
    except sqlite3.Error as e:
        conn.close()
        raise StoreError(f"{path}: not a sitrep database ({e})") from e
    if found != LATEST:
        conn.close()
        if found == 0:
            raise StoreError(f"{path}: not a sitrep database (no schema_migrations table)")
        raise StoreError(
            f"{path}: schema version {found}, this sitrep reads {LATEST}; "
            f"upgrade it with `sitrep ingest --db {path}` (no paths needed)"
            if found < LATEST
            else f"{path}: written by a newer sitrep (schema {found}); upgrade sitrep"
        )
    conn.row_factory = sqlite3.Row
    return conn


@contextmanager
def reading(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that is closed on exit."""
    conn = open_reader(path)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic batch: everything inside commits together, or nothing does when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk): a second ROLLBACK would fail and hide
        # the error that matters.
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration the database lacks, each in its own transaction; returns the versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations"
        " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
    )
    current = version(conn)
    pending = [m for m in schema.MIGRATIONS if m[0] > current]
    for n, (number, name, step) in enumerate(pending):
        # A Python step does what the current code does, so one that a later pending migration repeats (signing
        # again, in versions 2 and 3) runs only there; the earlier version is still recorded.
        repeated = callable(step) and any(later is step for _, _, later in pending[n + 1 :])
        with transaction(conn):
            if not repeated:
                _run(conn, step)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return [number for number, _, _ in pending]


def _run(conn: sqlite3.Connection, step: Step) -> None:
    if callable(step):
        step(conn)
        return
    for statement in (s.strip() for s in step.split(";\n")):
        if statement:
            conn.execute(statement)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            target, uri=uri, isolation_level=None, check_same_thread=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error as e:
        raise StoreError(f"{target}: cannot be opened ({e})") from e


def _read_only(file: Path) -> sqlite3.Connection:
    """A read-only connection. A store on a read-only medium (or a read-only file in WAL mode, whose shared-memory
    file cannot be made) is opened as immutable: nothing can change it while it is read."""
    conn = _connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as e:
        conn.close()
        name = getattr(e, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR")):
            raise
        return _connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    return conn


def _check_not_newer(conn: sqlite3.Connection, path: str | Path) -> None:
    found = version(conn)
    if found > LATEST:
        raise StoreError(f"{path}: written by a newer sitrep (schema {found}, this one knows {LATEST}); upgrade sitrep")
