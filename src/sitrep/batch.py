"""The batch runner: extract a stream of articles, in input order, in worker processes when `jobs` > 1, and collect
every failure with its reason. `sitrep extract` and `sitrep ingest` both run their articles through it.

One bad article never stops a batch: an input the reader could not read and an article the pipeline fails on both
become a `Failure`, kept in `Runner.failures` and handed to `on_failure` when it happens.

    runner = Runner(then=nothing, jobs=2, on_failure=print)
    for done in runner.run(read_sources(["news/"])):
        done.name, done.extraction, done.warnings
    runner.failures   # every Failure, in input order
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from sitrep.errors import failure_reason
from sitrep.pipeline import get_nlp, run
from sitrep.reader import Failure, Item
from sitrep.record import Extraction

T = TypeVar("T")

CHUNK_SIZE = 4  # articles per task sent to a worker
WINDOW = 4  # chunks in flight per worker: enough to keep each busy, few enough to bound memory
ORPHAN_CHECK_SECONDS = 0.5  # how often a worker process looks whether its parent is still there


@dataclass(slots=True)
class Extracted(Generic[T]):
    """One article extracted, with what the runner's `then` made of its extraction (in the worker)."""

    name: str
    extraction: Extraction
    extra: T

    @property
    def warnings(self) -> list[str]:
        """The extraction's warnings, each naming the article."""
        return [w if w.startswith(self.name) else f"{self.name}: {w}" for w in self.extraction.warnings]


def nothing(extraction: Extraction) -> None:
    """A `then` for callers that need nothing more than the extraction."""
    return None


def worker_count(jobs: int) -> int:
    """The number of extracting processes: `jobs`, or one per core when it is 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


class Runner(Generic[T]):
    """Runs the pipeline over a stream of articles. `then` is applied to each extraction where it was made (it
    must be a module-level function, so it can travel to a worker process)."""

    def __init__(
        self,
        *,
        then: Callable[[Extraction], T],
        jobs: int = 1,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> None:
        self.then = then
        self.jobs = worker_count(jobs)
        self.on_failure = on_failure
        self.failures: list[Failure] = []

    def run(self, stream: Iterable[Item | Failure]) -> Iterator[Extracted[T]]:
        """The extracted articles of `stream`, in input order; every failure goes to `failures` (and
        `on_failure`) at its place in the order."""
        results = _inline(stream, self.then) if self.jobs <= 1 else _parallel(stream, self.then, self.jobs)
        for result in results:
            if isinstance(result, Failure):
                self._fail(result)
            else:
                yield result

    def _fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)


def extract_chunk(chunk: list[Item | Failure], then: Callable[[Extraction], T]) -> list[Extracted[T] | Failure]:
    """Run the pipeline on each article of a chunk (in a worker process, or inline); failures pass through.

    An article the pipeline fails on becomes a `Failure` with its reason, and the chunk goes on: an unexpected
    error is a bug in sitrep, and it is named as one so it can be reported."""
    out: list[Extracted[T] | Failure] = []
    for item in chunk:
        if isinstance(item, Failure):
            out.append(item)
            continue
        try:
            extraction = run(item.prepared)
        except Exception as e:  # one article must not stop the batch
            out.append(Failure(item.name, failure_reason(item.name, e), item.prepared.article.id))
            continue
        out.append(Extracted(item.name, extraction, then(extraction)))
    return out


def _inline(stream: Iterable[Item | Failure], then: Callable[[Extraction], T]) -> Iterator[Extracted[T] | Failure]:
    for item in stream:
        yield from extract_chunk([item], then)


def _parallel(
    stream: Iterable[Item | Failure], then: Callable[[Extraction], T], jobs: int
) -> Iterator[Extracted[T] | Failure]:
    """Extract in `jobs` processes, a bounded window of chunks in flight, answers in input order."""
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_warm)
    window: deque[Future[list[Extracted[T] | Failure]]] = deque()
    try:
        for chunk in _chunks(stream, CHUNK_SIZE):
            window.append(pool.submit(extract_chunk, chunk, then))
            if len(window) >= jobs * WINDOW:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(stream: Iterable[Item | Failure], size: int) -> Iterator[list[Item | Failure]]:
    chunk: list[Item | Failure] = []
    for item in stream:
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
    die_with_parent()
    get_nlp()


def die_with_parent() -> None:
    """End this (worker) process soon after its parent ends, however the parent ended (`kill -9` included): a
    daemon thread checks the parent process id twice a second. Called first thing in every worker process."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="sitrep-orphan-check", daemon=True).start()
