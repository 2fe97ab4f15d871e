"""`sitrep export`: the store's tables as JSON Lines, CSV or Parquet files, plus `events_flat`, one row per
event in the layout ACLED and POLECAT users know (date, type, mode, actors, targets, country, place,
coordinates, quantities, fatalities, source, evidence). Rows stream; nothing is held whole in memory."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.plugins import available
from sitrep.store import csv_cells
from sitrep.store.analysis import timeline
from sitrep.store.db import StoreError

TABLES = (
    "articles", "sections", "sentences", "entities", "article_entities", "mentions", "times", "quantities",
    "quotes", "events", "event_actors", "event_quantities", "event_mentions",
)  # fmt: skip
FLAT_EVENTS = "events_flat"
EXPORTS = (*TABLES, FLAT_EVENTS)
FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
_BATCH = 5000


def export(conn: sqlite3.Connection, out: Path, *, fmt: str, tables: list[str] | None = None) -> list[Path]:
    """Write each table (all of them by default) to `out/<table>.<fmt>`; returns the files written."""
    chosen = tables or list(EXPORTS)
    _check(fmt, chosen)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in chosen:
        path = out / f"{name}{_SUFFIX[fmt]}"
        write_table(conn, name, path, fmt=fmt)
        written.append(path)
    return written


def write_table(conn: sqlite3.Connection, name: str, path: Path, *, fmt: str) -> None:
    """Write one table (or `events_flat`) to a file in a format."""
    _check(fmt, [name])
    cursor = rows(conn, name)
    columns = [d[0] for d in cursor.description]
    if fmt == "parquet":
        _parquet(cursor, columns, path, _types(conn, name))
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            writer = csv_cells.writer(handle)  # text cells that start like a formula are made safe
            writer.writerow(columns)
            writer.writerows(cursor)
        else:
            for row in cursor:
                handle.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")


def rows(conn: sqlite3.Connection, name: str) -> sqlite3.Cursor:
    """A cursor over one exported table's rows, in a stable order."""
    if name == FLAT_EVENTS:
        return timeline.flat(conn)
    order = "article_id, local_id" if name == "article_entities" else "rowid"
    return conn.execute(f"SELECT * FROM {name} ORDER BY {order}")


def flat_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Events one per row in the ACLED/POLECAT-like layout."""
    cursor = timeline.flat(conn)
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row, strict=True))


def _check(fmt: str, names: list[str]) -> None:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    unknown = [n for n in names if n not in EXPORTS]
    if unknown:
        raise StoreError(f"unknown table {unknown[0]!r}; tables: {', '.join(EXPORTS)}")
    if fmt == "parquet" and not available("pyarrow"):
        raise StoreError("Parquet export needs pyarrow: pip install 'sitrep[parquet]' (or use jsonl or csv)")


def _parquet(cursor: sqlite3.Cursor, columns: list[str], path: Path, types: dict[str, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"INTEGER": pa.int64(), "REAL": pa.float64(), "BLOB": pa.binary()}
    schema = pa.schema([(c, arrow.get(types.get(c, "TEXT"), pa.string())) for c in columns])
    with pq.ParquetWriter(str(path), schema) as writer:
        while batch := cursor.fetchmany(_BATCH):
            writer.write_table(pa.Table.from_pylist([dict(zip(columns, r, strict=True)) for r in batch], schema))


def _types(conn: sqlite3.Connection, name: str) -> dict[str, str]:
    if name == FLAT_EVENTS:
        return timeline.FLAT_TYPES
    return {r[1]: str(r[2]).upper() for r in conn.execute(f"PRAGMA table_info({name})")}
