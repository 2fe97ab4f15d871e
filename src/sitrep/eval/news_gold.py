"""sitrep's hand-made gold on real news (`data/gold/news_*.jsonl`: events, quotes, quantities, times, places, on
the same 40 articles of `data/news/dev.jsonl`, and main events only on 30 more, each article in the `tune` or the
`check` half): one reader of the articles, one loader of a gold file, and one loop that extracts each gold article
once and counts it in its half."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sitrep.data_files import data_path
from sitrep.eval import EvalError, Row
from sitrep.pipeline import extract
from sitrep.record import Extraction

NEWS_FILE = Path("data") / "news" / "dev.jsonl"
HALVES = ("tune", "check")
T = TypeVar("T")


def load(name: str) -> list[dict[str, Any]]:
    """The gold articles of one gold file (`gold/news_events.jsonl`), each with its `article` id and `half`."""
    with data_path(name).open("r", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def articles(shared: Path) -> dict[str, dict[str, Any]]:
    """The development news articles by id."""
    try:
        with (shared / NEWS_FILE).open(encoding="utf-8") as handle:
            return {a["id"]: a for a in map(json.loads, handle)}
    except (OSError, ValueError) as e:
        raise EvalError(f"cannot read the news articles: {e}") from e


def extracted(
    shared: Path, golds: list[dict[str, Any]], limit: int | None = None
) -> Iterator[tuple[dict[str, Any], Extraction]]:
    """Each gold article (the first `limit` ones) with the pipeline's extraction of its text."""
    news = articles(shared)
    for gold in golds[:limit] if limit else golds:
        article = news.get(gold["article"])
        if article is None:
            raise EvalError(f"gold article {gold['article']} is not in {NEWS_FILE}: wrong data folder?")
        yield gold, extract(article["text"], published=article.get("published"))


def by_half(
    pairs: Iterator[tuple[dict[str, Any], Extraction]],
    count: Callable[[dict[str, Any], Extraction, T], None],
    tally: Callable[[], T],
) -> dict[str, T]:
    """Count each (gold article, extraction) in its half's tally."""
    out = {half: tally() for half in HALVES}
    for gold, x in pairs:
        count(gold, x, out[gold["half"]])
    return out


def scored(
    shared: Path,
    golds: list[dict[str, Any]],
    limit: int | None,
    count: Callable[[dict[str, Any], Extraction, T], None],
    tally: Callable[[], T],
    rows_for: Callable[[str, T], list[Row]],
) -> list[Row]:
    """The rows of each half, tune first: the gold articles extracted, counted and reported."""
    rows: list[Row] = []
    for half, counted in by_half(extracted(shared, golds, limit), count, tally).items():
        rows += rows_for(half, counted)
    return rows
