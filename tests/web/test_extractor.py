"""Extraction for the web app (`web/extractor.py`): in a worker process, within a time budget, stopped when the
client goes; an article that cannot be extracted is an `InputError`, and the worker is replaced after a stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from sitrep.errors import InputError
from sitrep.web.extractor import BudgetError, Extractor, Job, WorkerError
from tests.conftest import example

LONG = (example("wire-report.txt") + "\n\n") * 120  # about 100,000 characters: seconds of work


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    worker = Extractor()
    try:
        yield worker
    finally:
        worker.stop()


def test_extractor_gives_the_spec_document(extractor: Extractor) -> None:
    doc = extractor.run(Job("Rebels seized the town of Karvik on Monday, officials said."), seconds=60)
    assert doc["text"].startswith("Rebels") and doc["sentences"]


def test_extractor_input_errors_stay_input_errors(extractor: Extractor) -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        extractor.run(Job("Troops \ud800 left."), seconds=60)
    with pytest.raises(InputError, match="no article text"):
        extractor.run(Job("<html><body><nav>Home</nav></body></html>", html=True), seconds=60)


def test_extractor_budget_stops_the_work_and_the_next_job_runs(extractor: Extractor) -> None:
    started = time.monotonic()
    with pytest.raises(BudgetError, match=r"took more than 0\.3 s"):
        extractor.run(Job(LONG), seconds=0.3)
    assert time.monotonic() - started < 5
    assert extractor.run(Job("Troops left the town on Monday."), seconds=60)["text"].startswith("Troops")


def test_extractor_stops_when_the_client_goes(extractor: Extractor) -> None:
    gone = threading.Event()
    threading.Timer(0.3, gone.set).start()
    started = time.monotonic()
    with pytest.raises(WorkerError, match="went away"):
        extractor.run(Job(LONG), seconds=60, cancelled=gone.is_set)
    assert time.monotonic() - started < 5
