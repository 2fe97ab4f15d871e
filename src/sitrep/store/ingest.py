"""`sitrep ingest` as a library call: stream articles, extract them with the batch runner (in worker processes
with `jobs` > 1), and write them in order, one transaction per batch.

Order is kept whatever the number of workers, so a corpus always gives the same database; an interrupted
ingest loses at most its open batch, and re-running it skips what is stored (content hash) and completes it."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sitrep.batch import Extracted, Runner
from sitrep.plugins import available
from sitrep.reader import Failure, Item, Options, read_sources
from sitrep.reader.html import Page
from sitrep.record import Extraction
from sitrep.scale.dataset import DatasetError, is_dataset, read_dataset
from sitrep.scale.dataset import errors as dataset_errors
from sitrep.store.analysis import stories
from sitrep.store.db import StoreError, explain, open_and_upgrade, transaction
from sitrep.store.dedupe import signature
from sitrep.store.sources import article_with_text, record_page
from sitrep.store.write import Batch, has_article, write_extraction

BATCH_SIZE = 200  # articles per transaction: fewer commits cost less, and a kill loses at most one batch


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
    """Ingest every article under `paths` into the store at `db`; returns what happened.

    A path that is a `sitrep batch` dataset (a folder with `articles/part-*.parquet`) is loaded as it is, without
    extracting again; every other path is read and extracted."""
    paths = list(paths)
    datasets: list[str] = []
    others: list[str] = []
    for path in paths:  # each path looked at once, in order
        (datasets if is_dataset(path) else others).append(path)
    if datasets and not available("pyarrow"):
        raise StoreError("loading a sitrep batch dataset needs pyarrow: pip install 'sitrep[parquet]'")
    conn, applied = open_and_upgrade(db)
    try:
        job = _Ingest(conn, jobs=jobs, batch_size=batch_size, progress=progress)
        for folder in datasets:
            job.load(folder)
        summary = job.run(read_sources(others, options or Options()), others) if others or not datasets else job.summary
    except sqlite3.Error as e:  # locked by another writer, disk full, read-only: said plainly
        raise explain(e, db) from e
    finally:
        conn.close()
    if applied and applied[0] > 1:  # a new database gets every version from 1; that is not an upgrade
        summary.upgraded = applied
    return summary


def ingest_items(
    conn: sqlite3.Connection,
    stream: Iterable[Item | Failure],
    inputs: list[str],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Summary:
    """Ingest a stream of read articles (the web fetcher's pages, say) into an open store, as `ingest` does."""
    return _Ingest(conn, jobs=jobs, batch_size=BATCH_SIZE, progress=progress).run(iter(stream), inputs)


def ingest_extractions(conn: sqlite3.Connection, extractions: Iterable[tuple[str, Extraction]]) -> Summary:
    """Store extractions made elsewhere (tests, benchmarks, other pipelines), in one transaction per batch."""
    results = (Extracted(name, x, sign(x)) for name, x in extractions)
    return _Ingest(conn, jobs=1, batch_size=BATCH_SIZE, progress=None).write_all(results)


def sign(extraction: Extraction) -> bytes:
    """The article's MinHash signature, made by the batch runner where the article was extracted."""
    return signature(extraction.text)


class _Ingest:
    def __init__(self, conn: sqlite3.Connection, *, jobs: int, batch_size: int, progress: Progress | None) -> None:
        self.conn = conn
        self.jobs = jobs
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.summary = Summary()
        self.batch = Batch(conn)
        self.open = ExitStack()  # holds the open batch's transaction: closing it commits
        self.in_flight: set[str] = set()
        self.pages: dict[str, list[Page]] = {}  # web pages on their way, by content hash: recorded once written
        self.pending = 0
        self.started = time.perf_counter()

    def run(self, stream: Iterator[Item | Failure], inputs: list[str]) -> Summary:
        run_id = self._start_run(inputs)
        runner = Runner(then=sign, jobs=self.jobs, on_failure=self._failed)
        summary = self.write_all(runner.run(self._unseen(stream)))
        self._finish_run(run_id)
        return summary

    def load(self, folder: str) -> Summary:
        """Store a `sitrep batch` dataset's extractions as they are; its recorded failures are reported as failed."""
        run_id = self._start_run([folder])
        try:
            for name, reason in dataset_errors(folder):
                self.summary.failed.append((name, f"failed in the batch run: {reason}"))
            summary = self.write_all(Extracted(name, x, sign(x)) for name, x in read_dataset(folder))
        except DatasetError as e:
            raise StoreError(str(e)) from e
        self._finish_run(run_id)
        return summary

    def write_all(self, results: Iterable[Extracted[bytes]]) -> Summary:
        try:
            with self.open:  # an error rolls the open batch back
                for result in results:
                    self._write(result)
                self._commit()
            with transaction(self.conn):
                stories.update(self.conn)  # the new articles join stories or open them
        except BaseException:
            if self.pending:
                self.batch.forget()
            raise
        self.summary.seconds = time.perf_counter() - self.started
        return self.summary

    def _unseen(self, stream: Iterator[Item | Failure]) -> Iterator[Item | Failure]:
        """The stream without the articles already stored or already on their way (counted as duplicates)."""
        for item in stream:
            if isinstance(item, Item):
                sha256 = item.prepared.article.id
                page = item.prepared.page
                if page is not None and page.url:
                    self.pages.setdefault(sha256, []).append(page)
                if sha256 in self.in_flight or has_article(self.conn, sha256):
                    self._record_pages(sha256, article_with_text(self.conn, sha256))
                    self.summary.duplicates += 1
                    self._tell()
                    continue
                self.in_flight.add(sha256)
            yield item

    def _failed(self, failure: Failure) -> None:
        if failure.article_id is not None:
            self.in_flight.discard(failure.article_id)
        self.summary.failed.append((failure.name, failure.reason))
        self._tell()

    def _write(self, result: Extracted[bytes]) -> None:
        sha256 = result.extraction.article.id
        self.in_flight.discard(sha256)
        if has_article(self.conn, sha256):
            self._record_pages(sha256, article_with_text(self.conn, sha256))
            self.summary.duplicates += 1
        else:
            if not self.pending:
                self.open.enter_context(transaction(self.conn))
            written = write_extraction(
                self.conn, result.extraction, name=result.name, sig=result.extra, batch=self.batch
            )
            self.pending += 1
            self._record_pages(sha256, written.article_id)
            if written.original is None:
                self.summary.ingested += 1
            else:
                self.summary.near_duplicates += 1
            self.summary.warnings.extend(result.warnings)
            if self.pending >= self.batch_size:
                self._commit()
        self._tell()

    def _record_pages(self, sha256: str, article_id: int | None) -> None:
        """Keep where a web page was fetched from, and its addresses, once its article is in the store (an article
        still on its way keeps its pages until it is written)."""
        if article_id is None:
            return
        for page in self.pages.pop(sha256, []):
            record_page(self.conn, article_id, page)

    def _commit(self) -> None:
        if self.pending:
            self.batch.flush()
            self.open.close()
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
