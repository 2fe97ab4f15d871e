"""Corpus entities for the writer: one row per (canonical name, code), found or created once per batch.

Every article mentions the same few dozen countries and people, so looking each one up with its own statement
(and bumping its counters with another) is most of what storing an article costs. `EntityIds` remembers the ids
it has seen and adds up the counter changes, which `flush()` writes once per batch, inside the batch's
transaction: an interrupted batch loses its counts together with its rows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sitrep.record import Entity

CACHE_LIMIT = 100_000  # ids remembered at most; the cache starts over past this, so memory stays flat


@dataclass(slots=True)
class _Known:
    id: int
    located: bool  # the stored row has coordinates


@dataclass(slots=True)
class EntityIds:
    """Store ids of entities by (name, code), and the counter changes not yet written."""

    known: dict[tuple[str, str], _Known] = field(default_factory=dict)
    pending: dict[int, list[int]] = field(default_factory=dict)  # id -> [articles, mentions, quotes] to add

    def id_of(self, conn: sqlite3.Connection, e: Entity) -> int:
        """The entity's store id, creating its row on first sight and filling in coordinates it lacked."""
        key = (e.name, e.code or "")
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = _find_or_create(conn, e)
            if len(self.known) > CACHE_LIMIT:
                self.known = {key: found}
        if not found.located and e.lat is not None:
            conn.execute("UPDATE entities SET lat = ?, lon = ? WHERE id = ?", (e.lat, e.lon, found.id))
            found.located = True
        return found.id

    def count(self, entity_id: int, *, articles: int = 0, mentions: int = 0, quotes: int = 0) -> None:
        """Add to an entity's counters (written by `flush`)."""
        tally = self.pending.setdefault(entity_id, [0, 0, 0])
        tally[0] += articles
        tally[1] += mentions
        tally[2] += quotes

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the counter changes; call inside the transaction, before it commits."""
        conn.executemany(
            "UPDATE entities SET articles = articles + ?, mentions = mentions + ?, quotes = quotes + ? WHERE id = ?",
            [(a, m, q, entity_id) for entity_id, (a, m, q) in self.pending.items()],
        )
        self.pending.clear()

    def forget(self) -> None:
        """Drop everything: after a rollback the ids created in it no longer exist."""
        self.known.clear()
        self.pending.clear()


def _find_or_create(conn: sqlite3.Connection, e: Entity) -> _Known:
    row = conn.execute(
        "SELECT id, lat IS NOT NULL FROM entities WHERE name = ? AND coalesce(code, '') = ?", (e.name, e.code or "")
    ).fetchone()
    if row:
        return _Known(int(row[0]), bool(row[1]))
    cur = conn.execute(
        "INSERT INTO entities (name, code, kind, lat, lon) VALUES (?, ?, ?, ?, ?)",
        (e.name, e.code, e.kind, e.lat, e.lon),
    )
    assert cur.lastrowid is not None
    return _Known(cur.lastrowid, e.lat is not None)
