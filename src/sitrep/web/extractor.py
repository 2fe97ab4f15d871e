"""Extraction for the web app, in a worker process: the pipeline never holds the server's interpreter (every
other page keeps answering), each article gets a time budget, and a client that goes away stops its extraction.

One worker process runs one extraction at a time. When a budget runs out or the client leaves, the worker is
killed (the only way to stop CPU-bound Python at once) and a fresh one is started for the next request."""

from __future__ import annotations

import atexit
import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from sitrep.errors import InputError, SitrepError

START_SECONDS = 120.0  # the longest a fresh worker may take to load the pipeline
POLL_SECONDS = 0.05  # how often a waiting request looks at the clock and at its client


class BudgetError(InputError):
    """An article took longer to extract than the web app's time budget allows."""


class WorkerError(SitrepError):
    """The extraction worker failed (it could not start, or it died while extracting)."""


@dataclass(frozen=True, slots=True)
class Job:
    """One article to extract, as the API and the paste page receive it."""

    text: str
    published: str | None = None
    url: str | None = None
    source: str | None = None
    html: bool = False


class Extractor:
    """Runs jobs in one worker process, one at a time, each within a time budget."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        """Start the worker now (and load its pipeline), so the first request does not wait for it."""
        with self._lock:
            self._ensure()

    def run(self, job: Job, *, seconds: float, cancelled: Callable[[], bool] = lambda: False) -> dict[str, Any]:
        """The SPEC document of `job`; a `BudgetError` when it takes over `seconds`, an `InputError` when the article
        cannot be extracted. Stops (and replaces the worker) as soon as `cancelled()` is true."""
        with self._lock:
            conn = self._ensure()
            conn.send(job)
            deadline = time.monotonic() + seconds
            while not conn.poll(POLL_SECONDS):
                if cancelled():
                    self._stop()
                    raise WorkerError("the client went away; the extraction was stopped")
                if time.monotonic() > deadline:
                    self._stop()
                    raise BudgetError(
                        f"the article took more than {seconds:g} s to extract (the time budget of this server); "
                        "send a shorter article, or extract it with `sitrep extract`"
                    )
                if self._process is None or not self._process.is_alive():
                    self._stop()
                    raise WorkerError("the extraction worker died (out of memory?); try a shorter article")
            try:
                kind, value = conn.recv()
            except (EOFError, OSError) as e:
                self._stop()
                raise WorkerError("the extraction worker died; try again") from e
        if kind == "ok":
            return value  # type: ignore[no-any-return]
        if kind == "input":
            raise InputError(value)
        raise WorkerError(f"sitrep failed on this article ({value}); please report it")

    def stop(self) -> None:
        """End the worker (it is started again on the next job)."""
        with self._lock:
            self._stop()

    def _ensure(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: never a fork of a threaded server
        ours, theirs = context.Pipe()
        process = context.Process(target=work, args=(theirs,), name="sitrep-extract", daemon=True)
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        if not ours.poll(START_SECONDS):
            self._stop()
            raise WorkerError(f"the extraction worker did not start within {START_SECONDS:g} s")
        try:
            ours.recv()  # "ready": the pipeline is loaded
        except (EOFError, OSError) as e:
            self._stop()
            raise WorkerError("the extraction worker could not start") from e
        return ours

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)
            process.close()


def work(conn: Connection) -> None:
    """The worker process: load the pipeline, then extract each job it is sent until its parent goes away."""
    from sitrep.batch import die_with_parent
    from sitrep.pipeline import extract, get_nlp

    die_with_parent()
    get_nlp()
    conn.send("ready")
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            doc = extract(job.text, published=job.published, url=job.url, source=job.source, html=job.html)
            answer: tuple[str, Any] = ("ok", doc.to_dict())
        except SitrepError as e:
            answer = ("input", str(e))
        except Exception as e:  # a bug in sitrep: named as one, and the worker goes on
            answer = ("bug", f"{type(e).__name__}: {e}")
        conn.send(answer)


EXTRACTOR = Extractor()  # one worker per server process
atexit.register(EXTRACTOR.stop)
