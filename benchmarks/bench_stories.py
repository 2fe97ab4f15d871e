"""Stories: how long placing N articles in stories takes (`store/analysis/stories.update`), on one core.

    python benchmarks/bench_stories.py [--articles 10000]

The articles are the development news articles, each copied many times with a fifth of its words dropped and a
publication day drawn over two years, so stories form as they would in a real feed; only the `articles` table is
filled (placing reads nothing else). Reports the seconds to place every article at once, then the seconds to place
one more batch of 200 into the full store (what each `sitrep ingest` pays)."""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitrep.record import article_id
from sitrep.store.analysis import stories
from sitrep.store.db import migrate, transaction
from synthetic import dev_articles


def _variant(text: str, rnd: random.Random) -> str:
    words = text.split()
    return " ".join(w for w in words if rnd.random() > 0.2)


DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "dev.jsonl"


def fill(conn: sqlite3.Connection, n: int, rnd: random.Random, start: int = 0) -> None:
    base = dev_articles(DEV)
    rows = []
    for k in range(start, start + n):
        a = base[k % len(base)]
        text = f"{k} " + _variant(str(a["text"]), rnd)
        day = (date(2024, 1, 1) + timedelta(days=rnd.randrange(730))).isoformat()
        rows.append((article_id(text), a.get("title"), day, day, "en", len(text), text))
    with transaction(conn):
        conn.executemany(
            "INSERT INTO articles (sha256, title, published, date, language, chars, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rnd = random.Random(7)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    fill(conn, args.articles, rnd)
    started = time.perf_counter()
    with transaction(conn):
        placed = stories.update(conn)
    whole = time.perf_counter() - started
    fill(conn, 200, rnd, start=args.articles)
    started = time.perf_counter()
    with transaction(conn):
        more = stories.update(conn)
    batch = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    print(f"placed {placed} articles in {whole:.1f} s ({placed / whole:.0f}/s) into {count} stories")
    print(f"placed {more} more into the full store in {batch:.1f} s")


if __name__ == "__main__":
    main()
