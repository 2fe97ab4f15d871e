"""Score story clustering against the event groups of the development news set (`data/news/dev-manifest.tsv`):
the articles are ingested into a fresh store, which places each in a story (`store/analysis/stories.py`), and
the stories are compared with the groups. B-cubed precision and recall average, over the articles, the share of
an article's story that is in its group and of its group that is in its story; pairwise precision and recall
count the pairs of articles put together."""

from __future__ import annotations

import csv
import json
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path

from sitrep.eval import Row
from sitrep.record import article_id
from sitrep.store.analysis.stories import memberships
from sitrep.store.db import reading
from sitrep.store.ingest import ingest

DATASET = "news stories"


def score(shared: Path, limit: int | None = None) -> list[Row]:
    folder = shared / "data" / "news"
    with (folder / "dev-manifest.tsv").open(encoding="utf-8", newline="") as handle:
        groups = {row["id"]: row["event_group"] for row in csv.DictReader(handle, delimiter="\t")}
    with (folder / "dev.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()][:limit]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "news.jsonl", Path(tmp) / "news.db"
        corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        ingest([str(corpus)], db)
        with reading(db) as conn:
            story_of = memberships(conn)
    predicted = {a["id"]: story_of.get(article_id(a["text"]), -n) for n, a in enumerate(articles, 1)}
    gold = {a["id"]: groups[a["id"]] for a in articles if a["id"] in groups}
    predicted = {k: v for k, v in predicted.items() if k in gold}
    b_p, b_r = bcubed(predicted, gold)
    p_p, p_r = pairwise(predicted, gold)
    return [
        Row(DATASET, "B-cubed (articles in one story)", b_p, b_r, _f1(b_p, b_r), support=len(gold)),
        Row(DATASET, "pairwise (pairs put together)", p_p, p_r, _f1(p_p, p_r), support=len(gold)),
    ]


def bcubed(predicted: Mapping[str, object], gold: Mapping[str, object]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (both keyed by item)."""
    clusters, groups = _members(predicted), _members(gold)
    precision = recall = 0.0
    for item in gold:
        mine, theirs = clusters[predicted[item]], groups[gold[item]]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    n = len(gold) or 1
    return precision / n, recall / n


def pairwise(predicted: Mapping[str, object], gold: Mapping[str, object]) -> tuple[float, float]:
    """Precision and recall over the pairs of items put in one cluster. Quadratic in the items: for eval sets."""
    together = right = should = 0
    for a, b in combinations(sorted(gold), 2):
        ours, theirs = predicted[a] == predicted[b], gold[a] == gold[b]
        together += ours
        should += theirs
        right += ours and theirs
    return (right / together if together else 1.0), (right / should if should else 1.0)


def _members(labels: Mapping[str, object]) -> dict[object, set[str]]:
    out: dict[object, set[str]] = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
