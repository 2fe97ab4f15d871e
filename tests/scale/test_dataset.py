"""Reading a `sitrep batch` dataset back (`scale.dataset`) and `sitrep ingest DIR`: the dataset's rows rebuild the
very extractions they were written from, and a dataset ingested gives the store a direct ingest gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sitrep.batch import extract_chunk, nothing
from sitrep.cli import app
from sitrep.reader import Failure, Item, Options, read_sources
from sitrep.scale.batch import SCHEMAS, run_batch
from sitrep.scale.dataset import DatasetError, is_dataset, read_dataset
from sitrep.scale.flat import COLUMNS
from sitrep.store.db import reading
from sitrep.store.export import flat_events
from sitrep.store.ingest import ingest
from tests.scale.test_batch import ARTICLES, corpus
from tests.store_helpers import dump


def direct(path: Path) -> dict[str, dict[str, object]]:
    """Each article of the corpus extracted in this process, as its SPEC document, by article id."""
    items: list[Item | Failure] = [i for i in read_sources([str(path)], Options()) if isinstance(i, Item)]
    done = [d for d in extract_chunk(items, nothing) if not isinstance(d, Failure)]
    return {d.extraction.article.id: d.extraction.to_dict() for d in done}


def test_dataset_rows_rebuild_the_extractions_they_came_from(tmp_path: Path) -> None:
    source = corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=2)
    assert is_dataset(out) and not is_dataset(tmp_path)
    back = {x.article.id: x.to_dict() for _, x in read_dataset(out)}
    want = direct(source)
    assert len(back) == len(ARTICLES) and back == want
    assert any(doc["events"] for doc in back.values()) and any(doc["quotes"] for doc in back.values())


def test_an_article_twice_in_one_partition_comes_back_once_with_its_own_rows(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    path.write_text("\n".join(json.dumps({"text": ARTICLES[0], "published": "2024-03-04"}) for _ in range(2)) + "\n")
    out = tmp_path / "out"
    summary = run_batch([str(path)], out, workers=0, partition_size=8)
    assert summary.rows["articles"] == 2
    (only,) = [x for _, x in read_dataset(out)]
    assert only.to_dict() == next(iter(direct(path).values()))


def test_ingest_of_a_dataset_gives_the_store_of_a_direct_ingest(tmp_path: Path) -> None:
    source = corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=2)
    loaded = ingest([str(out)], tmp_path / "loaded.db")
    extracted = ingest([str(source)], tmp_path / "extracted.db")
    assert loaded.ingested == extracted.ingested == len(ARTICLES)
    assert [r for n, r in loaded.failed] == [f"failed in the batch run: {r}" for n, r in extracted.failed]
    assert dump(tmp_path / "loaded.db") == dump(tmp_path / "extracted.db")
    again = ingest([str(out)], tmp_path / "loaded.db")
    assert again.ingested == 0 and again.duplicates == len(ARTICLES)


def test_events_flat_matches_the_stores_flat_export(tmp_path: Path) -> None:
    source = corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([str(source)], out, workers=0, partition_size=2)
    ingest([str(source)], tmp_path / "x.db")
    with reading(tmp_path / "x.db") as conn:
        stored = [{k: v for k, v in row.items() if k != "event_id"} for row in flat_events(conn)]
    rows = pq.read_table(out / "events_flat", schema=SCHEMAS["events_flat"]).to_pylist()
    assert list(rows[0]) == list(COLUMNS)
    flat = [{k: v for k, v in row.items() if k != "event_id"} for row in rows]

    def key(row: dict[str, object]) -> str:
        return json.dumps(row, sort_keys=True, default=str)

    assert stored and sorted(flat, key=key) == sorted(stored, key=key)


def test_a_damaged_dataset_is_a_clear_error_and_the_cli_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([str(corpus(tmp_path))], out, workers=0, partition_size=2)
    (out / "events" / "part-00001.parquet").unlink()
    with pytest.raises(DatasetError, match=r"events/part-00001\.parquet is missing"):
        list(read_dataset(out))
    result = CliRunner().invoke(app, ["ingest", str(out), "--db", str(tmp_path / "x.db"), "--no-progress"])
    assert result.exit_code != 0 and "part-00001.parquet is missing" in result.output
