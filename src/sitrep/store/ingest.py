"""`sitrep ingest` as a library call: stream articles, extract them (in worker processes with `jobs` > 1),
and write them in order, one transaction per batch.

Order is kept whatever the number of workers, so a corpus always gives the same database; an interrupted
ingest loses at most its open batch, and re-running it skips what is stored (content hash) and completes it."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sitrep.errors import failure_reason
from sitrep.pipeline import get_nlp, run
from sitrep.reader import Failure, Item, Options, read_sources
from sitrep.record import Extraction
from sitrep.store.db import open_and_upgrade
from sitrep.store.dedupe import signature
from sitrep.store.write import Batch, has_article, write_extraction

BATCH_SIZE = 200  # articles per transaction: fewer commits cost less, and a kill loses at most one batch
CHUNK_SIZE = 4  # articles per task sent to a worker


@dataclass(slots=True)
class Summary:
    """What an ingest did: counts, and every failure with its reason."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    upgraded: list[int] = field(default_factory=list)  # schema versions applied to an existing database

    @property
    def seen(self) -> int:
        return self.ingested + self.duplicates + self.near_duplicates + len(self.failed)

    def to_dict(self) -> dict[str, object]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": [{"name": n, "reason": r} for n, r in self.failed],
            "seconds": round(self.seconds, 3),
        }


@dataclass(slots=True)
class Extracted:
    """A worker's answer for one article: the extraction and its MinHash signature, or why it failed."""

    name: str
    sha256: str
    extraction: Extraction | None
    signature: bytes | None
    error: str | None = None


Progress = Callable[[Summary], None]


def ingest(
    paths: Iterable[str],
    db: str | Path,
    *,
    options: Options | None = None,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> Summary:
    """Ingest every article under `paths` into the store at `db`; returns what happened."""
    paths = list(paths)
    conn, applied = open_and_upgrade(db)
    try:
        summary = _Ingest(conn, jobs=jobs, batch_size=batch_size, progress=progress).run(
            read_sources(paths, options or Options()), paths
        )
    finally:
        conn.close()
    if applied and applied[0] > 1:  # a new database gets every version from 1; that is not an upgrade
        summary.upgraded = applied
    return summary


def ingest_extractions(conn: sqlite3.Connection, extractions: Iterable[tuple[str, Extraction]]) -> Summary:
    """Store extractions made elsewhere (tests, benchmarks, other pipelines), in one transaction per batch."""
    results = (Extracted(name, x.article.id, x, signature(x.text)) for name, x in extractions)
    return _Ingest(conn, jobs=1, batch_size=BATCH_SIZE, progress=None).write_all(results)


def worker_count(jobs: int) -> int:
    """The number of extracting processes: `jobs`, or one per core when it is 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def extract_chunk(items: list[Item]) -> list[Extracted]:
    """Run the pipeline and sign each article (in a worker process, or inline).

    An article the pipeline fails on is reported as failed, with its reason, and the batch goes on: an
    unexpected error is a bug in sitrep, and it is named as one so it can be reported."""
    out = []
    for item in items:
        try:
            x = run(item.prepared)
        except Exception as e:  # one article must not stop the ingest
            out.append(Extracted(item.name, item.prepared.article.id, None, None, failure_reason(item.name, e)))
            continue
        out.append(Extracted(item.name, x.article.id, x, signature(x.text)))
    return out


class _Ingest:
    def __init__(self, conn: sqlite3.Connection, *, jobs: int, batch_size: int, progress: Progress | None) -> None:
        self.conn = conn
        self.jobs = worker_count(jobs)
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.summary = Summary()
        self.batch = Batch(conn)
        self.in_flight: set[str] = set()
        self.pending = 0
        self.started = time.perf_counter()

    def run(self, stream: Iterator[Item | Failure], inputs: list[str]) -> Summary:
        run_id = self._start_run(inputs)
        summary = self.write_all(_extract(self._todo(stream), self.jobs))
        self._finish_run(run_id)
        return summary

    def write_all(self, results: Iterable[Extracted]) -> Summary:
        try:
            for result in results:
                self._write(result)
        except BaseException:
            if self.pending:
                self.conn.execute("ROLLBACK")
                self.batch.forget()
            raise
        self._commit()
        self.summary.seconds = time.perf_counter() - self.started
        return self.summary

    def _todo(self, stream: Iterator[Item | Failure]) -> Iterator[Item]:
        for item in stream:
            if isinstance(item, Failure):
                self.summary.failed.append((item.name, item.reason))
            elif item.prepared.article.id in self.in_flight or has_article(self.conn, item.prepared.article.id):
                self.summary.duplicates += 1
            else:
                self.in_flight.add(item.prepared.article.id)
                yield item
                continue
            self._tell()

    def _write(self, result: Extracted) -> None:
        self.in_flight.discard(result.sha256)
        if result.extraction is None:
            self.summary.failed.append((result.name, result.error or "extraction failed"))
        elif has_article(self.conn, result.sha256):
            self.summary.duplicates += 1
        else:
            if not self.pending:
                self.conn.execute("BEGIN IMMEDIATE")
            written = write_extraction(
                self.conn, result.extraction, name=result.name, sig=result.signature, batch=self.batch
            )
            self.pending += 1
            if written.original is None:
                self.summary.ingested += 1
            else:
                self.summary.near_duplicates += 1
            self.summary.warnings.extend(
                w if w.startswith(result.name) else f"{result.name}: {w}" for w in result.extraction.warnings
            )
            if self.pending >= self.batch_size:
                self._commit()
        self._tell()

    def _commit(self) -> None:
        if self.pending:
            self.batch.flush()
            self.conn.execute("COMMIT")
            self.pending = 0

    def _tell(self) -> None:
        if self.progress:
            self.summary.seconds = time.perf_counter() - self.started
            self.progress(self.summary)

    def _start_run(self, inputs: list[str]) -> int:
        cur = self.conn.execute("INSERT INTO runs (started, inputs) VALUES (?, ?)", (_now(), "\n".join(inputs)))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _finish_run(self, run_id: int) -> None:
        s = self.summary
        self.conn.execute(
            "UPDATE runs SET finished = ?, ingested = ?, duplicates = ?, near_duplicates = ?, failed = ? WHERE id = ?",
            (_now(), s.ingested, s.duplicates, s.near_duplicates, len(s.failed), run_id),
        )


def _extract(items: Iterator[Item], jobs: int) -> Iterator[Extracted]:
    if jobs <= 1:
        for item in items:
            yield from extract_chunk([item])
        return
    yield from _parallel(items, jobs)


def _parallel(items: Iterator[Item], jobs: int) -> Iterator[Extracted]:
    """Extract in `jobs` processes, a bounded window of chunks in flight, answers in input order."""
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_warm)
    window: deque[Future[list[Extracted]]] = deque()
    try:
        for chunk in _chunks(items, CHUNK_SIZE):
            window.append(pool.submit(extract_chunk, chunk))
            if len(window) >= jobs * 4:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _warm() -> None:
    get_nlp()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
