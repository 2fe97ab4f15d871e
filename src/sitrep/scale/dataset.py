"""Reading a `sitrep batch` dataset back: each article's rows rebuilt as the extraction they were written from, a
partition at a time, so `sitrep ingest DIR` stores a dataset without extracting anything again.

A dataset is a folder with an `articles` folder of `part-NNNNN.parquet` files and, beside it, one folder per table
(`scale.batch.SCHEMAS`). A partition missing a table's file, or a table without a column the schema names, is a
`DatasetError` that names it: the dataset was not written by this version of `sitrep batch`, or is damaged."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.errors import SitrepError
from sitrep.record import (
    Article,
    Cue,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Quantity,
    Quote,
    Section,
    Sentence,
    Speaker,
    Time,
    from_iso,
)

FACT_TABLES = ("sections", "sentences", "entities", "mentions", "times", "quantities", "quotes", "events")


class DatasetError(SitrepError):
    """A folder that is not a readable `sitrep batch` dataset."""


def is_dataset(path: str | Path) -> bool:
    """True for a folder holding a `sitrep batch` dataset (an `articles` folder of Parquet partitions)."""
    folder = Path(path) / "articles"
    return folder.is_dir() and any(folder.glob("part-*.parquet"))


def partition_files(root: Path) -> list[str]:
    """The dataset's partition file names, in order."""
    return sorted(p.name for p in (root / "articles").glob("part-*.parquet"))


def read_dataset(root: str | Path) -> Iterator[tuple[str, Extraction]]:
    """Every article of the dataset at `root` as (its input's name, its extraction), partition by partition.

    An article that appears twice in one partition (the same text twice in the inputs) comes back once: its
    rows were written twice, once per copy, and the first copy's rows are taken."""
    base = Path(root)
    if not is_dataset(base):
        raise DatasetError(f"{base} is not a sitrep batch dataset (no articles/part-*.parquet)")
    for name in partition_files(base):
        yield from _partition(base, name)


def errors(root: str | Path) -> Iterator[tuple[str, str]]:
    """The (name, reason) of every failure the batch run recorded in the dataset's `errors` table."""
    base = Path(root)
    for name in partition_files(base):
        path = base / "errors" / name
        if path.exists():
            for row in _rows(path):
                yield str(row["name"]), str(row["reason"])


def _rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]
    except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
        raise DatasetError(f"cannot read {path}: {e}") from e


def _partition(base: Path, name: str) -> Iterator[tuple[str, Extraction]]:
    articles = _rows(base / "articles" / name)
    copies: dict[str, int] = defaultdict(int)
    for row in articles:
        copies[row["article_id"]] += 1
    facts = {table: _by_article(base / table / name, copies) for table in FACT_TABLES}
    seen: set[str] = set()
    for row in articles:
        key = row["article_id"]
        if key in seen:
            continue
        seen.add(key)
        yield str(row["name"]), _extraction(row, {table: rows.get(key, []) for table, rows in facts.items()})


def _by_article(path: Path, copies: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
    """A table's rows by article id; an article written n times keeps the first 1/n of its rows (its first copy)."""
    if not path.exists():
        raise DatasetError(f"{path} is missing: every partition has one file per table")
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(path):
        grouped[row["article_id"]].append(row)
    return {key: rows[: len(rows) // copies.get(key, 1) or len(rows)] for key, rows in grouped.items()}


def _extraction(row: dict[str, Any], facts: dict[str, list[dict[str, Any]]]) -> Extraction:
    try:
        return Extraction(
            article=Article(
                id=row["article_id"],
                title=row["title"],
                subtitle=row["subtitle"],
                published=from_iso(row["published"]),
                url=row["url"],
                source=row["source"],
            ),
            text=row["text"],
            sections=[Section(r["kind"], r["start"], r["end"]) for r in facts["sections"]],
            sentences=[Sentence(r["start"], r["end"], r["section"]) for r in facts["sentences"]],
            entities=_entities(facts["entities"], facts["mentions"]),
            times=[_time(r) for r in facts["times"]],
            quantities=[_quantity(r) for r in facts["quantities"]],
            quotes=[_quote(r) for r in facts["quotes"]],
            events=[_event(r) for r in facts["events"]],
            language=row["language"] or "en",
            warnings=list(row["warnings"] or []),
        )
    except (KeyError, TypeError) as e:
        raise DatasetError(f"article {row.get('article_id')}: a row lacks a column this version writes ({e})") from e


def _entities(rows: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> list[Entity]:
    spans: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        spans[m["entity_id"]].append(Mention(m["start"], m["end"], m["text"]))
    return [
        Entity(
            id=r["entity_id"],
            kind=r["kind"],
            name=r["name"],
            code=r["code"],
            lat=r["lat"],
            lon=r["lon"],
            attributes=_json(r["attributes"]),
            mentions=spans.get(r["entity_id"], []),
        )
        for r in rows
    ]


def _json(value: str | None) -> dict[str, Any]:
    return dict(json.loads(value)) if value else {}


def _time(r: dict[str, Any]) -> Time:
    return Time(r["time_id"], r["start"], r["end"], r["text"], r["type"], r["value"], r["begin"], r["until"], r["role"])


def _quantity(r: dict[str, Any]) -> Quantity:
    return Quantity(
        r["quantity_id"], r["start"], r["end"], r["text"], r["value"], r["low"], r["high"], bool(r["approximate"]),
        r["unit"], r["category"], r["holder"], r["location"], r["time"],
    )  # fmt: skip


def _quote(r: dict[str, Any]) -> Quote:
    speaker = None
    if r["speaker_text"] is not None:
        speaker = Speaker(r["speaker_entity"], r["speaker_text"], r["speaker_start"], r["speaker_end"])
    cue = Cue(r["cue_text"], r["cue_start"], r["cue_end"]) if r["cue_text"] is not None else None
    return Quote(r["quote_id"], r["start"], r["end"], r["text"], r["kind"], speaker, cue)


def _event(r: dict[str, Any]) -> Event:
    return Event(
        id=r["event_id"],
        type=r["type"],
        evidence=Evidence(r["evidence_start"], r["evidence_end"], r["evidence_text"]),
        mode=r["mode"],
        actors=list(r["actors"] or []),
        targets=list(r["targets"] or []),
        location=r["location"],
        time=r["time"],
        quantities=list(r["quantities"] or []),
        modality=r["modality"],
        mentions=[Evidence(m["start"], m["end"], m["text"]) for m in r["mentions"] or []],
    )
