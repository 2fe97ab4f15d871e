"""The corpus store: many articles in one SQLite database (WAL, FTS5) and the views across them. Every SQL query
of sitrep lives in this package.

`ingest()` writes (one writer, `db.transaction()` per batch). Readers open read-only connections and ask:
`analysis/` (one module per analysis: figures, deadlines, timeline), `lookup` (articles, quotes, sentences,
entities, places) and `document` (a stored article as the SPEC's records), each answering in typed rows; `views`
and `digest` turn the answers into the CLI's tables, and `export` writes the tables out. The schema lives in
`schema.py` as ordered migrations."""

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
