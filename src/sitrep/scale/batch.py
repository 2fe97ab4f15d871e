"""Scale-out: extract a large stream of articles on a Dask cluster into a Parquet dataset (`sitrep batch`).

The inputs are read here, through the one input path (`sitrep.reader.read_sources`), and cut into partitions of
`partition_size` items, numbered from 0 in input order. Each partition is extracted by a Dask worker (a
`LocalCluster` of worker processes, or an existing scheduler) with the ordinary batch runner's `extract_chunk`;
the pipeline is loaded once per worker process (`sitrep.pipeline.get_nlp` is cached). The worker sends back one
Arrow table per dataset table and this process writes them:

    OUT/articles/part-00000.parquet   OUT/entities/part-00000.parquet   ...   OUT/errors/part-00000.parquet

Every table of a partition is written, empty or not, so running the same inputs again with the same partition
size overwrites each partition's files (idempotent) and leaves no stale rows. The rows are keyed by the SPEC
article id (`article_id`); the columns of each table are `SCHEMAS`. Failures never stop a run: an input the reader
cannot read, an article the pipeline fails on, and a partition whose task fails (a worker that died) become rows
of `errors` with their reasons.

    summary = run_batch(["news/", "crawl.warc.gz"], Path("out"), workers=2)
    summary.rows["entities"], summary.failed
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep.batch import Extracted, extract_chunk, nothing
from sitrep.errors import SitrepError
from sitrep.reader import Failure, Item, Options, read_sources
from sitrep.record import Extraction
from sitrep.scale import PARTITION_SIZE, flat

if TYPE_CHECKING:
    from distributed import Client

CONNECT_SECONDS = 10  # how long to try reaching a running scheduler
IN_FLIGHT = 2  # partitions queued per worker: keeps every worker busy, bounds what sits in memory

_str = pa.string()
_int = pa.int64()
_float = pa.float64()
_strings = pa.list_(pa.string())
_span = pa.struct([("start", _int), ("end", _int), ("text", _str)])
_FLAT_TYPES = {"evidence_start": _int, "evidence_end": _int, "latitude": _float, "longitude": _float,
               "fatalities": _float}  # fmt: skip

# The dataset's fixed schema: one table per folder. Offsets (`start`, `end`) are Python string indices into
# `articles.text`, as in the SPEC document.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _str),
            ("name", _str),  # the input it came from (a path, "corpus.jsonl:3", a WARC record's URL)
            ("title", _str),
            ("subtitle", _str),
            ("published", _str),  # ISO 8601, a date or a date and time
            ("url", _str),
            ("source", _str),
            ("language", _str),
            ("text", _str),
            ("warnings", _strings),
            ("partition", _int),
        ]
    ),
    "sections": pa.schema([("article_id", _str), ("kind", _str), ("start", _int), ("end", _int)]),
    "sentences": pa.schema([("article_id", _str), ("start", _int), ("end", _int), ("section", _str)]),
    "entities": pa.schema(
        [
            ("article_id", _str),
            ("entity_id", _str),
            ("kind", _str),
            ("name", _str),
            ("code", _str),
            ("lat", _float),
            ("lon", _float),
            ("attributes", _str),  # a JSON object
        ]
    ),
    "mentions": pa.schema([("article_id", _str), ("entity_id", _str), ("start", _int), ("end", _int), ("text", _str)]),
    "times": pa.schema(
        [
            ("article_id", _str),
            ("time_id", _str),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("type", _str),
            ("value", _str),
            ("begin", _str),
            ("until", _str),
            ("role", _str),
        ]
    ),
    "quantities": pa.schema(
        [
            ("article_id", _str),
            ("quantity_id", _str),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("value", _float),
            ("low", _float),
            ("high", _float),
            ("approximate", pa.bool_()),
            ("unit", _str),
            ("category", _str),
            ("holder", _str),  # an entity id
            ("location", _str),  # an entity id
            ("time", _str),  # a time id
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", _str),
            ("quote_id", _str),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("kind", _str),
            ("speaker_entity", _str),
            ("speaker_text", _str),
            ("speaker_start", _int),
            ("speaker_end", _int),
            ("cue_text", _str),
            ("cue_start", _int),
            ("cue_end", _int),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", _str),
            ("event_id", _str),
            ("type", _str),
            ("mode", _str),
            ("evidence_start", _int),
            ("evidence_end", _int),
            ("evidence_text", _str),
            ("actors", _strings),  # entity ids
            ("targets", _strings),  # entity ids
            ("location", _str),
            ("time", _str),
            ("quantities", _strings),  # quantity ids
            ("modality", _str),
            ("mentions", pa.list_(_span)),  # every clause reporting the event; the first is the evidence
        ]
    ),
    "events_flat": pa.schema([(name, _FLAT_TYPES.get(name, _str)) for name in flat.COLUMNS]),
    "errors": pa.schema(
        [
            ("article_id", _str),  # the content hash, when the article was read but could not be extracted
            ("name", _str),
            ("reason", _str),
            ("partition", _int),
        ]
    ),
}
TABLES = tuple(SCHEMAS)


@dataclass(slots=True)
class Summary:
    """What a run wrote: rows per table (over the partitions of this run) and every failure's reason."""

    out: Path
    partitions: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    failed: list[str] = field(default_factory=list)


def partitions(stream: Iterable[Item | Failure], size: int) -> Iterator[tuple[int, list[Item | Failure]]]:
    """The stream cut into numbered lists of `size` items, in order."""
    chunk: list[Item | Failure] = []
    number = 0
    for item in stream:
        chunk.append(item)
        if len(chunk) >= size:
            yield number, chunk
            number, chunk = number + 1, []
    if chunk:
        yield number, chunk


def extract_partition(number: int, items: list[Item | Failure]) -> dict[str, pa.Table]:
    """Extract one partition (on a worker) into one Arrow table per dataset table."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for done in extract_chunk(items, nothing):
        if isinstance(done, Failure):
            rows["errors"].append(_error(done, number))
        else:
            add_rows(rows, done, number)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def failed_partition(number: int, items: list[Item | Failure], reason: str) -> dict[str, pa.Table]:
    """The tables of a partition whose task failed as a whole: every item an error with the reason."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for item in items:
        if isinstance(item, Failure):
            rows["errors"].append(_error(item, number))
        else:
            rows["errors"].append(
                {
                    "article_id": item.prepared.article.id,
                    "name": item.name,
                    "reason": f"{item.name}: {reason}",
                    "partition": number,
                }
            )
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def add_rows(rows: dict[str, list[dict[str, Any]]], done: Extracted[None], number: int) -> None:
    """The rows of one extracted article."""
    x: Extraction = done.extraction
    a = x.article
    key = a.id
    rows["articles"].append(
        {
            "article_id": key,
            "name": done.name,
            "title": a.title,
            "subtitle": a.subtitle,
            "published": a.published.isoformat() if a.published is not None else None,
            "url": a.url,
            "source": a.source,
            "language": x.language,
            "text": x.text,
            "warnings": done.warnings,
            "partition": number,
        }
    )
    rows["sections"].extend({"article_id": key, "kind": s.kind, "start": s.start, "end": s.end} for s in x.sections)
    rows["sentences"].extend(
        {"article_id": key, "start": s.start, "end": s.end, "section": s.section} for s in x.sentences
    )
    for e in x.entities:
        rows["entities"].append(
            {
                "article_id": key,
                "entity_id": e.id,
                "kind": e.kind,
                "name": e.name,
                "code": e.code,
                "lat": e.lat,
                "lon": e.lon,
                "attributes": json.dumps(e.attributes, sort_keys=True, default=str),
            }
        )
        rows["mentions"].extend(
            {"article_id": key, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text} for m in e.mentions
        )
    for t in x.times:
        rows["times"].append(
            {
                "article_id": key,
                "time_id": t.id,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "begin": t.begin,
                "until": t.until,
                "role": t.role,
            }
        )
    for q in x.quantities:
        rows["quantities"].append(
            {
                "article_id": key,
                "quantity_id": q.id,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "approximate": q.approximate,
                "unit": q.unit,
                "category": q.category,
                "holder": q.holder,
                "location": q.location,
                "time": q.time,
            }
        )
    for quote in x.quotes:
        s, c = quote.speaker, quote.cue
        rows["quotes"].append(
            {
                "article_id": key,
                "quote_id": quote.id,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "kind": quote.kind,
                "speaker_entity": s.entity if s else None,
                "speaker_text": s.text if s else None,
                "speaker_start": s.start if s else None,
                "speaker_end": s.end if s else None,
                "cue_text": c.text if c else None,
                "cue_start": c.start if c else None,
                "cue_end": c.end if c else None,
            }
        )
    for ev in x.events:
        rows["events"].append(
            {
                "article_id": key,
                "event_id": ev.id,
                "type": ev.type,
                "mode": ev.mode,
                "evidence_start": ev.evidence.start,
                "evidence_end": ev.evidence.end,
                "evidence_text": ev.evidence.text,
                "actors": list(ev.actors),
                "targets": list(ev.targets),
                "location": ev.location,
                "time": ev.time,
                "quantities": list(ev.quantities),
                "modality": ev.modality,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in ev.mentions],
            }
        )
    rows["events_flat"].extend(flat.flat_events(x))


def _error(failure: Failure, number: int) -> dict[str, Any]:
    return {"article_id": failure.article_id, "name": failure.name, "reason": failure.reason, "partition": number}


def part_name(number: int) -> str:
    """The file of partition `number` in each table's folder."""
    return f"part-{number:05d}.parquet"


def write_partition(out: Path, number: int, tables: dict[str, pa.Table]) -> None:
    """Write every table of one partition, each file replaced whole (written beside it, then renamed)."""
    for name in TABLES:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / part_name(number)
        temporary = folder / f".{target.name}.{os.getpid()}.tmp"
        pq.write_table(tables[name], temporary)
        temporary.replace(target)


def run_batch(
    sources: Iterable[str],
    out: Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    options: Options | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Extract every article of `sources` into the Parquet dataset at `out`.

    On a `LocalCluster` of `workers` processes, or on the Dask scheduler at `scheduler` (its workers need sitrep
    installed); `workers=0` without a scheduler extracts in this process, without Dask. `progress(done, submitted)`
    is called as partitions are submitted and finish."""
    if partition_size < 1:
        raise ValueError("the partition size must be at least 1")
    stream = partitions(read_sources(sources, options or Options()), partition_size)
    summary = Summary(out)
    if scheduler is None and workers <= 0:
        for submitted, (number, items) in enumerate(stream, start=1):
            _record(summary, number, extract_partition(number, items))
            if progress:
                progress(submitted, submitted)
        return summary
    with _client(workers, scheduler) as client:
        _distribute(client, stream, summary, progress)
    return summary


def _distribute(
    client: Client,
    stream: Iterator[tuple[int, list[Item | Failure]]],
    summary: Summary,
    progress: Callable[[int, int], None] | None,
) -> None:
    from distributed import as_completed

    limit = max(1, len(client.scheduler_info().get("workers", {})) or 1) * IN_FLIGHT
    pending: dict[Any, tuple[int, list[Item | Failure]]] = {}
    queue = as_completed()
    submitted = done = 0

    def finish(future: Any) -> None:
        nonlocal done
        number, items = pending.pop(future)
        try:
            tables = future.result()
        except Exception as e:  # a worker died or the task could not run: its items become errors, the run goes on
            tables = failed_partition(number, items, f"the partition's task failed ({type(e).__name__}: {e})")
        future.release()
        _record(summary, number, tables)
        done += 1
        if progress:
            progress(done, submitted)

    for number, items in stream:
        future = client.submit(extract_partition, number, items, key=f"sitrep-partition-{number}-{uuid4().hex}")
        pending[future] = (number, items)
        queue.add(future)
        submitted += 1
        if progress:
            progress(done, submitted)
        while len(pending) >= limit:
            finish(next(queue))
    for future in queue:
        finish(future)


def _record(summary: Summary, number: int, tables: dict[str, pa.Table]) -> None:
    write_partition(summary.out, number, tables)
    summary.partitions += 1
    for name, table in tables.items():
        summary.rows[name] += table.num_rows
    summary.failed.extend(str(r) for r in tables["errors"].column("reason").to_pylist())


class SchedulerError(SitrepError):
    """The Dask scheduler given by address could not be reached."""


class _client:
    """A Dask client on a new LocalCluster of `workers` processes, or on the scheduler at `address`."""

    def __init__(self, workers: int, address: str | None) -> None:
        self.workers, self.address = workers, address
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Client:
        from distributed import Client, LocalCluster

        if self.address is not None:
            try:
                self.client = Client(self.address, timeout=f"{CONNECT_SECONDS}s")
            except (OSError, TimeoutError, ValueError) as e:
                raise SchedulerError(f"cannot reach the Dask scheduler at {self.address} ({e})") from e
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: never the default 8787 another cluster may hold,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        return self.client  # type: ignore[no-any-return]

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
