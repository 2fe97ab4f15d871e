"""`sitrep batch`: partitions extracted on Dask into a Parquet dataset. The cluster tests start a LocalCluster of 2
worker processes on a handful of short made-up articles (a few seconds each; `-m "not cluster"` skips them)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.reader import Failure, Item, read_sources
from sitrep.scale.batch import SCHEMAS, TABLES, failed_partition, part_name, run_batch
from tests.reader.test_warc import PAGE, write_warc

ARTICLES = [
    "Two soldiers were killed when a roadside bomb struck their convoy near Kandahar on Monday, the army said.",
    "KYIV (Reuters) — Russian forces fired 40 missiles at Ukrainian cities overnight, the air force said on Friday.",
    '"We will respond," General Ali Hassan told reporters in Baghdad on 3 March 2024, after a drone attack.',
    "Israeli aircraft struck targets in southern Lebanon on Sunday, killing three people, officials said.",
    "About 2,000 troops arrived in Poland on Tuesday for a NATO exercise, the Pentagon said.",
]


def corpus(folder: Path) -> Path:
    """A JSON Lines corpus of the short articles, one bad line among them."""
    path = folder / "corpus.jsonl"
    lines = [json.dumps({"text": text, "published": "2024-03-04"}) for text in ARTICLES]
    lines.insert(2, '{"text": ')  # not JSON: an error row, the rest go on
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def inputs(tmp_path: Path) -> list[str]:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://news.example.org/drone", "text/html", PAGE.encode())], gzip=True)
    return [str(corpus(tmp_path)), str(warc), str(tmp_path / "missing.txt")]


def tables(out: Path) -> dict[str, list[dict[str, object]]]:
    found = {}
    for name in TABLES:
        table = pq.read_table(out / name, schema=SCHEMAS[name])
        rows = table.to_pylist()
        found[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return found


def test_batch_one_process_writes_every_table_per_partition(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch(inputs(tmp_path), out, workers=0, partition_size=3)
    assert summary.partitions == 3  # 5 articles + 1 bad line + 1 WARC page + 1 missing file = 8 items
    for name in TABLES:
        assert sorted(p.name for p in (out / name).iterdir()) == [part_name(n) for n in range(3)]
    got = tables(out)
    assert {name: len(rows) for name, rows in got.items()} == summary.rows
    assert summary.rows["articles"] == 6 and summary.rows["errors"] == 2
    assert all(summary.rows[name] > 0 for name in TABLES)
    urls = {r["url"] for r in got["articles"]}
    assert "https://news.example.org/drone" in urls
    ids = {r["article_id"] for r in got["articles"]}
    for name in ("entities", "mentions", "times", "quantities", "quotes", "events"):
        assert {r["article_id"] for r in got[name]} <= ids


def test_batch_failures_land_in_errors_with_reasons(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch(inputs(tmp_path), out, workers=0, partition_size=3)
    errors = tables(out)["errors"]
    names = {r["name"] for r in errors}
    assert names == {f"{tmp_path / 'corpus.jsonl'}:3", str(tmp_path / "missing.txt")}
    assert all(r["reason"] for r in errors)
    assert sorted(summary.failed) == sorted(str(r["reason"]) for r in errors)


def test_batch_rerun_overwrites_partitions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch(inputs(tmp_path), out, workers=0, partition_size=3)
    before = tables(out)
    second = run_batch(inputs(tmp_path), out, workers=0, partition_size=3)
    assert second.rows == first.rows
    assert tables(out) == before
    assert not list(out.rglob("*.tmp"))


def test_batch_failed_task_makes_every_item_an_error(tmp_path: Path) -> None:
    items = list(read_sources([str(corpus(tmp_path))]))
    got = failed_partition(7, items, "the partition's task failed (KilledWorker: gone)")
    assert got["errors"].num_rows == len(items)
    assert all(got[name].num_rows == 0 for name in TABLES if name != "errors")
    ids = got["errors"].column("article_id").to_pylist()
    assert [i is not None for i in ids] == [isinstance(i, Item) for i in items]
    assert any(isinstance(i, Failure) for i in items)


def test_batch_command_writes_the_dataset_and_exits_1_on_failures(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", *inputs(tmp_path), "--out", str(out), "--workers", "0", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "wrote 1 partition(s)" in result.stderr and "articles 6" in result.stderr
    assert (out / "articles" / part_name(0)).is_file()


@pytest.mark.cluster
def test_batch_local_cluster_gives_the_rows_of_one_process(tmp_path: Path) -> None:
    sources = inputs(tmp_path)
    alone = run_batch(sources, tmp_path / "alone", workers=0, partition_size=2)
    spread = run_batch(sources, tmp_path / "spread", workers=2, partition_size=2)
    assert spread.rows == alone.rows and spread.partitions == alone.partitions == 4
    a, b = tables(tmp_path / "alone"), tables(tmp_path / "spread")
    for name in TABLES:
        assert len(a[name]) == len(b[name]), name
        assert {r["article_id"] for r in a[name]} == {r["article_id"] for r in b[name]}, name
    assert a == b  # every column of every row


@pytest.mark.cluster
def test_batch_on_a_running_scheduler(tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster:
        summary = run_batch(
            [str(corpus(tmp_path))], tmp_path / "out", scheduler=cluster.scheduler_address, partition_size=2
        )
    assert summary.rows["articles"] == len(ARTICLES) and summary.rows["errors"] == 1
    assert summary.partitions == 3


def test_batch_command_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sitrep.scale.batch.CONNECT_SECONDS", 1)
    result = CliRunner().invoke(
        app, ["batch", str(corpus(tmp_path)), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1, result.output
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.cluster
def test_batch_on_a_scheduler_and_workers_started_as_separate_processes(tmp_path: Path) -> None:
    """`dask scheduler` and `dask worker` as their own processes on 127.0.0.1, as on a real cluster: `sitrep batch
    --scheduler` gives exactly the rows of a one-process run."""
    from distributed import Client

    dask = Path(sys.executable).parent / "dask"
    address_file = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0",
         "--scheduler-file", address_file], **quiet,
    )  # fmt: skip
    workers = None
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text())["address"]
        workers = subprocess.Popen(
            [dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], **quiet
        )
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        sources = inputs(tmp_path)
        result = CliRunner().invoke(
            app, ["batch", *sources, "--out", str(tmp_path / "far"), "--scheduler", address, "--partition-size", "2"]
        )
    finally:
        for process in (workers, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    assert result.exit_code == 1 and "articles 6" in result.stderr  # the bad line and the missing file fail
    run_batch(sources, tmp_path / "alone", workers=0, partition_size=2)
    assert tables(tmp_path / "far") == tables(tmp_path / "alone")
