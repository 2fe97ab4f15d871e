"""Ingesting from inputs: folders, corpora, stdin, failures with reasons, parallel workers, interrupted runs."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep import batch
from sitrep.store.db import open_writer, reading
from sitrep.store.ingest import ingest
from tests.conftest import break_pipeline
from tests.store_helpers import broken_references, dump

STOP = ["the", "of", "and", "to", "in", "a", "that", "for", "on", "was", "with", "said"]
NOUNS = ["army", "border", "convoy", "minister", "village", "talks", "patrol", "ceasefire", "envoy", "harbour",
         "garrison", "refugees", "supplies", "council", "bridge", "valley", "airfield", "militia", "governor",
         "drones", "election", "court", "pipeline", "ferry", "rebels", "mayor", "embassy", "station"]  # fmt: skip


def _article(rng: random.Random, n: int) -> dict[str, str]:
    sentences = []
    for _ in range(rng.randint(4, 7)):
        words = [rng.choice(STOP if i % 2 else NOUNS) for i in range(rng.randint(10, 18))]
        sentences.append(" ".join(words).capitalize() + f" {rng.randint(2, 9000)}.")
    return {"id": f"gen-{n}", "title": f"Report {n}", "published": f"2025-0{1 + n % 9}-1{n % 10}",
            "text": f"Report {n}\n\n" + " ".join(sentences)}  # fmt: skip


def write_corpus(path: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps(_article(rng, n)) + "\n")
    return path


def test_ingest_folder_recursively_with_reasons(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "one.txt").write_text("Ships left the harbour on Monday.\n\nThe convoy reached the border.", "utf-8")
    (root / "sub" / "page.html").write_text(
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The new bridge over the river opened to traffic on Tuesday after two years of work.</p>"
        "<p>Officials said the crossing would cut travel times for farmers by an hour.</p></article></body></html>",
        "utf-8",
    )
    (root / "sub" / "deeper" / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Talks resumed in the capital.", "published": "2025-02-03"})
        + "\n{not json\n"
        + json.dumps({"id": "c2", "text": "Talks resumed in the capital."})
        + "\n",
        "utf-8",
    )
    (root / "sub" / "empty.txt").write_text("", "utf-8")
    (root / ".hidden" / "skip.txt").write_text("Hidden file text.", "utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    summary = ingest([str(root)], tmp_path / "f.db")
    assert (summary.ingested, summary.duplicates) == (3, 1)
    reasons = " ".join(r for _, r in summary.failed)
    assert "c.jsonl:2" in reasons and "not valid JSON" in reasons and "empty" in reasons
    with reading(tmp_path / "f.db") as conn:
        rows = conn.execute("SELECT name, date FROM articles ORDER BY id").fetchall()
    names = [Path(r["name"]).name for r in rows]
    assert names == ["one.txt", "c1", "page.html"]
    assert rows[1]["date"] == "2025-02-03"


def test_ingest_article_that_breaks_the_pipeline_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    break_pipeline(monkeypatch, batch, "cursed", IndexError("list index out of range"))
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "ok1", "text": "Talks resumed in the capital."}, {"id": "bad", "text": "A cursed article."},
             {"id": "ok2", "text": "The convoy reached the border on Monday."}]  # fmt: skip
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    summary = ingest([str(corpus)], tmp_path / "b.db")
    assert summary.ingested == 2
    assert [name for name, _ in summary.failed] == ["bad"]
    assert "IndexError" in summary.failed[0][1] and "please report it" in summary.failed[0][1]
    with reading(tmp_path / "b.db") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM articles ORDER BY id")] == ["ok1", "ok2"]


def test_ingest_twice_gives_same_database(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    db = tmp_path / "t.db"
    first = ingest([str(corpus)], db)
    before = dump(db)
    second = ingest([str(corpus)], db)
    assert (first.ingested, second.ingested, second.duplicates) == (12, 0, 12)
    assert dump(db) == before


def test_ingest_parallel_matches_serial(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", 30)
    serial = ingest([str(corpus)], tmp_path / "one.db", jobs=1)
    parallel = ingest([str(corpus)], tmp_path / "two.db", jobs=2, batch_size=7)
    assert serial.ingested == parallel.ingested == 30
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_ingest_killed_half_way_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    total = 600
    corpus = write_corpus(tmp_path / "c.jsonl", total, seed=11)
    db = tmp_path / "killed.db"
    command = [sys.executable, "-c", "from sitrep.cli import main; main()", "ingest", str(corpus), "--db", str(db),
               "--batch-size", "10", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while _count(db) < 40 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        stored = _count(db)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and 0 < stored < total, "the ingest finished before it was killed"
    rerun = ingest([str(corpus)], db)
    assert rerun.duplicates >= stored and rerun.ingested + rerun.duplicates == total
    ingest([str(corpus)], tmp_path / "clean.db")
    assert dump(db) == dump(tmp_path / "clean.db")
    assert broken_references(db) == []
    conn = open_writer(db)
    try:
        conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_ingest_dev_corpus_twice_same_counts(tmp_path: Path, shared: Path) -> None:
    corpus = str(shared / "data" / "news" / "dev.jsonl")
    db = tmp_path / "dev.db"
    first = ingest([corpus], db, jobs=1)
    before = dump(db)
    second = ingest([corpus], db, jobs=1)
    assert first.ingested + first.near_duplicates == second.duplicates > 100
    assert second.ingested == second.near_duplicates == 0 and not second.failed
    assert dump(db) == before
    assert broken_references(db) == []
