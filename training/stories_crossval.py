"""Two-fold check of story clustering's threshold (`stories.JOIN`) on the development news set.

    PYTHONPATH=src python training/stories_crossval.py [--seed 7]

The event groups of `../shared/data/news/dev-manifest.tsv` are split in two halves, related groups kept together
(groups whose names share their first two words, as "north_Korea_..." do: the data set's own dev/held-out split
merged related clusters first) and the larger groups dealt out to balance the halves, the single articles shuffled
between them. Each half is ingested into a store of its own; for each threshold on a coarse grid the stories are
placed anew and scored (B-cubed and pairwise, `sitrep.eval.stories`). The threshold each half scores best (B-cubed
F1; ties go to the larger, precision first) is then measured on the other half. Prints a table; writes nothing.
Takes about a minute (two ingests of 75 articles)."""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from sitrep.eval.stories import bcubed, pairwise
from sitrep.record import article_id
from sitrep.store.analysis import stories
from sitrep.store.db import transaction
from sitrep.store.ingest import ingest

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
GRID = [round(0.05 + 0.025 * n, 3) for n in range(10)]  # 0.05 to 0.275


def halves(groups: dict[str, str], seed: int) -> tuple[set[str], set[str]]:
    """Article ids of the two halves: related groups together, the larger ones balanced, the rest shuffled."""
    unit = {a: " ".join(re.split(r"[_ ]", g)[:2]) for a, g in groups.items()}
    size = Counter(unit.values())
    big = sorted((u for u in size if size[u] > 1), key=lambda u: (-size[u], u))
    rest = sorted(u for u in size if size[u] == 1)
    random.Random(seed).shuffle(rest)
    sides: tuple[set[str], set[str]] = (set(), set())
    load = [0, 0]
    for u in big:
        side = 0 if load[0] <= load[1] else 1
        sides[side].add(u)
        load[side] += size[u]
    for n, u in enumerate(rest):
        sides[n % 2].add(u)
    return {a for a in groups if unit[a] in sides[0]}, {a for a in groups if unit[a] in sides[1]}


def placed(db: Path, join: float) -> dict[str, int]:
    """Stories placed anew at this threshold: the SPEC id of each article and its story."""
    stories.JOIN = join
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        with transaction(conn):
            conn.execute("DELETE FROM story_articles")
            conn.execute("DELETE FROM stories")
            stories.update(conn)
        return stories.memberships(conn)
    finally:
        conn.close()


def scores(db: Path, join: float, articles: list[dict[str, str]], groups: dict[str, str]) -> dict[str, float]:
    story = placed(db, join)
    predicted = {a["id"]: story.get(article_id(a["text"]), -n) for n, a in enumerate(articles, 1)}
    gold = {a["id"]: groups[a["id"]] for a in articles}
    bp, br = bcubed(predicted, gold)
    pp, pr = pairwise(predicted, gold)
    return {"bP": bp, "bR": br, "bF": 2 * bp * br / (bp + br), "pP": pp, "pR": pr}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with (NEWS / "dev-manifest.tsv").open(encoding="utf-8", newline="") as handle:
        groups = {row["id"]: row["event_group"] for row in csv.DictReader(handle, delimiter="\t")}
    with (NEWS / "dev.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    chosen = stories.JOIN
    with tempfile.TemporaryDirectory() as tmp:
        sides = []
        for n, ids in enumerate(halves(groups, args.seed)):
            part = [a for a in articles if a["id"] in ids]
            corpus, db = Path(tmp) / f"half{n}.jsonl", Path(tmp) / f"half{n}.db"
            corpus.write_text("".join(json.dumps(a) + "\n" for a in part), encoding="utf-8")
            ingest([str(corpus)], db)
            sides.append((db, part))
        curves = [{j: scores(db, j, part, groups) for j in GRID} for db, part in sides]
    for n, name in enumerate("AB"):
        tune, check = curves[n], curves[1 - n]
        best = max(GRID, key=lambda j: (round(tune[j]["bF"], 3), j))
        print(
            f"half {name} ({len(sides[n][1])} articles): B-cubed F1 by JOIN", {j: round(tune[j]["bF"], 3) for j in GRID}
        )
        print(f"  chooses {best}; the other half there:", {k: round(v, 3) for k, v in check[best].items()})
        print(f"  the other half at the shipped JOIN {chosen}:", {k: round(v, 3) for k, v in check[chosen].items()})
    stories.JOIN = chosen


if __name__ == "__main__":
    main()
