"""The events component's share of pipeline time, measured per component over a corpus.

Each article is read and prepared as `sitrep extract` does, then every pipeline component is timed on it.
Prints CPU seconds per stage (process time: steadier on a shared machine), each stage's share of the whole
(reader included) and its throughput.

    python benchmarks/bench_events.py [--corpus ../shared/data/news/dev.jsonl] [--rounds 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "dev.jsonl"


def load_rows(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def one_round(rows: list[dict[str, Any]]) -> dict[str, float]:
    from sitrep.pipeline import _make_doc, get_nlp
    from sitrep.reader import prepare

    nlp = get_nlp()
    seconds: dict[str, float] = defaultdict(float)
    for row in rows:
        start = time.process_time()
        prepared = prepare(row["text"], published=row.get("published"), title=row.get("title"))
        doc = _make_doc(nlp, prepared)
        seconds["reader + tokenizer"] += time.process_time() - start
        for name, pipe in nlp.pipeline:
            start = time.process_time()
            doc = pipe(doc)
            seconds[name] += time.process_time() - start
    return dict(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (pass --corpus)")
    rows = load_rows(args.corpus, args.limit)
    chars = sum(len(r["text"]) for r in rows)
    one_round(rows[:5])  # warm up: loads the pipeline and its data files
    rounds = [one_round(rows) for _ in range(args.rounds)]
    median = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    total = sum(median.values())
    print(f"{len(rows)} articles, {chars:,} characters; medians of {args.rounds} rounds")
    print(f"{'stage':<24}{'seconds':>10}{'share':>9}{'chars/s':>14}")
    for name, seconds in median.items():
        print(f"{name:<24}{seconds:>10.3f}{seconds / total:>9.1%}{chars / seconds:>14,.0f}")
    print(f"{'whole pipeline':<24}{total:>10.3f}{1:>9.1%}{chars / total:>14,.0f}")


if __name__ == "__main__":
    main()
