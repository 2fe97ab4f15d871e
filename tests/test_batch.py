"""The batch runner: answers in input order, one failure never stops the batch, every failure kept with its reason,
the same answers with worker processes as without."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep import batch
from sitrep.batch import Extracted, Runner, nothing, worker_count
from sitrep.reader import Failure, Item, Prepared, prepare
from sitrep.record import Article, Extraction


def fake_run(prepared: Prepared) -> Extraction:
    """A stand-in pipeline: fails on 'cursed', warns on 'odd', else returns the text."""
    if "cursed" in prepared.text:
        raise KeyError("missing")
    warnings = ["odd wording"] if "odd" in prepared.text else []
    return Extraction(prepared.article, prepared.text, warnings=warnings)


def length(extraction: Extraction) -> int:
    """A `then` that travels to worker processes (module level)."""
    return len(extraction.text)


def item(name: str, text: str) -> Item:
    return Item(name, prepare(text))


@pytest.fixture
def stream() -> list[Item | Failure]:
    return [
        item("a", "Troops left the town."),
        Failure("b.txt", "b.txt: the input is empty"),
        item("c", "A cursed article."),
        item("d", "An odd article."),
    ]


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "run", fake_run)
    monkeypatch.setattr(batch, "get_nlp", lambda: None)


def test_batch_keeps_order_and_collects_every_failure(stream: list[Item | Failure]) -> None:
    seen: list[str] = []
    runner = Runner(then=length, on_failure=lambda f: seen.append(f.name))
    done = list(runner.run(stream))
    assert [(d.name, d.extra) for d in done] == [("a", 21), ("d", 15)]
    assert [f.name for f in runner.failures] == seen == ["b.txt", "c"]
    assert runner.failures[0].article_id is None


def test_batch_pipeline_error_is_a_failure_named_as_a_bug(stream: list[Item | Failure]) -> None:
    runner = Runner(then=nothing)
    list(runner.run(stream))
    failure = runner.failures[1]
    assert failure.reason == "c: sitrep failed on this article (KeyError: 'missing'); please report it"
    assert failure.article_id == prepare("A cursed article.").article.id


def test_batch_failures_arrive_in_their_place(stream: list[Item | Failure]) -> None:
    events: list[str] = []
    runner = Runner(then=nothing, on_failure=lambda f: events.append(f"failed {f.name}"))
    for done in runner.run(stream):
        events.append(f"done {done.name}")
    assert events == ["done a", "failed b.txt", "failed c", "done d"]


def test_batch_warnings_name_the_article() -> None:
    done = Extracted("d", Extraction(Article(id="x"), "t", warnings=["odd", "d: already named"]), None)
    assert done.warnings == ["d: odd", "d: already named"]


def test_batch_parallel_gives_the_serial_answers(stream: list[Item | Failure]) -> None:
    many = stream * 5  # more chunks than workers, so the window turns over
    serial, parallel = Runner(then=length), Runner(then=length, jobs=2)
    one = [(d.name, d.extra, d.warnings) for d in serial.run(many)]
    two = [(d.name, d.extra, d.warnings) for d in parallel.run(many)]
    assert one == two and len(one) == 10
    assert serial.failures == parallel.failures and len(parallel.failures) == 10


def test_batch_worker_count() -> None:
    assert worker_count(3) == 3
    assert worker_count(0) >= 1 and worker_count(-1) == worker_count(0)


ORPHAN_SCRIPT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from sitrep import batch

pool = ProcessPoolExecutor(max_workers=1, mp_context=batch._context(), initializer=batch._warm)
print(pool.submit(os.getpid).result(), flush=True)
os.kill(os.getpid(), 9)  # the parent dies the hardest way: no cleanup runs
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has ended


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_batch_workers_die_with_their_parent() -> None:
    with subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT], stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        parent.wait(timeout=60)
        parent.stdout.close()
    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    if alive(worker):
        os.kill(worker, signal.SIGKILL)  # leak nothing, then fail
        pytest.fail(f"worker {worker} outlived its parent")
