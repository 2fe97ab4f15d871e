"""The corpus store: many articles in one SQLite database (WAL, FTS5) and the views across them.

`ingest()` writes (one writer, a transaction per batch); the views (`views`, `lookup`, `digest`) read through
read-only connections; `export` writes the tables out. The schema lives in `schema.py` as ordered migrations."""

from __future__ import annotations

from sitrep.store.db import StoreError, open_reader, open_writer, reading, transaction
from sitrep.store.ingest import Summary, ingest, ingest_extractions

__all__ = [
    "StoreError",
    "Summary",
    "ingest",
    "ingest_extractions",
    "open_reader",
    "open_writer",
    "reading",
    "transaction",
]
