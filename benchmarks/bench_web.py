"""Web API latency under load: p50/p99 of the main API calls with 20 concurrent clients on loopback.

    .venv/bin/python benchmarks/bench_web.py [--articles 20000] [--requests 2000] [--clients 20] [--db FILE]

Without --db it builds (once, under benchmarks/results/) a store of synthetic articles of our own making
(`synthetic.build_store`: a headline, fact sentences and Faker filler each, stored without running extraction).
With --db it measures an existing store instead (e.g. the large one from `make bench-store`). The server runs
`sitrep serve` in a child process; the clients are threads with keep-alive connections (http.client)."""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

from sitrep.record import EVENT_TYPES
from synthetic import build_store

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def calls(db: Path) -> dict[str, list[str]]:
    """The main API calls, each with a few variants (filters drawn from what the store holds)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("SELECT sha256 FROM articles WHERE duplicate_of IS NULL LIMIT 200")]
    speakers = [r[0] for r in conn.execute("SELECT name FROM entities WHERE quotes > 0 ORDER BY quotes DESC LIMIT 20")]
    conn.close()
    return {
        "articles (page)": [f"/api/articles?limit=20&offset={o}" for o in (0, 20, 100, 1000)],
        "article (full)": [f"/api/articles/{i}" for i in ids],
        "events (type)": [f"/api/events?type={t}&limit=50" for t in EVENT_TYPES],
        "events (actor+dates)": [
            "/api/events?actor=US&since=2022-01-01&until=2022-12-31&limit=50",
            "/api/events?place=Iraq&limit=50",
        ],
        "figures (series)": [
            "/api/figures?holder=United%20States&category=personnel&location=Iraq&limit=50",
            "/api/figures?category=personnel&limit=50",
        ],
        "deadlines": ["/api/deadlines?as_of=2023-01-01&limit=50", "/api/deadlines?limit=50"],
        "quotes (speaker)": [f"/api/quotes?speaker={quote(s)}&limit=20" for s in speakers] or ["/api/quotes"],
        "entities": ["/api/entities?limit=50", "/api/entities?kind=person&limit=50"],
        "search": [f"/api/search?q={w}&limit=20" for w in ("troops", "officials", "keep%20troops", "Iraq")],
    }


def serve(db: Path) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    cli = Path(sys.executable).with_name("sitrep")
    process = subprocess.Popen([str(cli), "serve", "--db", str(db), "--port", str(port)], stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def load(port: int, plan: list[tuple[str, str]], clients: int) -> tuple[dict[str, list[float]], float, int]:
    timings: dict[str, list[float]] = defaultdict(list)
    failures = 0
    lock = threading.Lock()
    queue = list(reversed(plan))

    def client() -> None:
        nonlocal failures
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not queue:
                    break
                name, url = queue.pop()
            start = time.perf_counter()
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            took = time.perf_counter() - start
            with lock:
                timings[name].append(took)
                failures += response.status != 200
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings, time.perf_counter() - began, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="Synthetic articles to store (without --db).")
    parser.add_argument("--requests", type=int, default=2_000, help="Requests in all, spread over the calls.")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent clients.")
    parser.add_argument("--db", type=Path, help="Measure this existing store instead of building one.")
    args = parser.parse_args()
    db = args.db or RESULTS / f"web-{args.articles}.db"
    if not db.exists():
        RESULTS.mkdir(parents=True, exist_ok=True)
        print(f"building {db} with {args.articles:,} synthetic articles…", file=sys.stderr)
        build_store(db, args.articles)
    variants = calls(db)
    rng = random.Random(11)
    per = max(args.requests // len(variants), 1)
    plan = [(name, rng.choice(urls)) for name, urls in variants.items() for _ in range(per)]
    rng.shuffle(plan)
    process, port = serve(db)
    try:
        load(port, plan[: args.clients * 2], args.clients)  # warm-up
        timings, seconds, failures = load(port, plan, args.clients)
    finally:
        process.terminate()
        process.wait(10)
    report(db, timings, seconds, failures, args.clients)


def report(db: Path, timings: dict[str, list[float]], seconds: float, failures: int, clients: int) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    total = sum(len(t) for t in timings.values())
    print(f"{articles:,} articles in {db.name}; {total:,} requests from {clients} clients in {seconds:.1f} s "
          f"({total / seconds:.0f} req/s), {failures} non-200")  # fmt: skip
    print("\n| call | requests | p50 ms | p99 ms |\n|---|---|---|---|")
    everything = []
    for name, took in timings.items():
        everything += took
        print(f"| {name} | {len(took)} | {_pct(took, 50):.1f} | {_pct(took, 99):.1f} |")
    print(f"| all | {len(everything)} | {_pct(everything, 50):.1f} | {_pct(everything, 99):.1f} |")
    print(json.dumps({"articles": articles, "requests": total, "seconds": round(seconds, 2)}), file=sys.stderr)


def _pct(values: list[float], q: int) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0] * 1000
    return statistics.quantiles(ordered, n=100, method="inclusive")[q - 1] * 1000 if q < 100 else ordered[-1] * 1000


if __name__ == "__main__":
    main()
