"""Score the reader's datelines on real scrapes: where an article's text states its own date (a dateline),
does the date the reader finds agree with the publication date the source recorded?"""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.eval import Row
from sitrep.reader import prepare


def score(shared: Path, limit: int | None = None) -> list[Row]:
    corpus = shared / "data" / "news" / "dev.jsonl"
    with corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()][:limit]
    found = right = known = 0
    for row in rows:
        if not row.get("published"):
            continue
        known += 1
        stated = prepare(row["text"]).article.published
        if stated is None:
            continue
        found += 1
        right += stated.isoformat()[:10] == row["published"][:10]
    precision = right / found if found else 0.0
    recall = right / known if known else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [Row("news", "published from the text's own dateline", precision, recall, f1, support=known)]
