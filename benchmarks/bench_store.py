"""Store benchmark: ingest throughput (--jobs 1 vs 2), storing overhead over bare extraction, and how fast
each view answers on a large database built from the dev corpus repeated with small changes.

    python benchmarks/bench_store.py                      # 450 articles for throughput, a 20,000-article store
    python benchmarks/bench_store.py --articles 100000    # the full-size store (about 10 minutes to build)

The large store is built with stand-in regex facts (`synthetic.py`) unless `--facts pipeline` is given, so
view timings see realistic row counts whichever extractor components are installed."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitrep.pipeline import get_nlp, run
from sitrep.reader import Item, read_sources
from sitrep.record import Extraction
from sitrep.store import digest, views
from sitrep.store.db import open_writer, reading
from sitrep.store.ingest import ingest, ingest_extractions
from synthetic import extraction, variants, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news" / "dev.jsonl"


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism(n: int = 5_000_000) -> float:
    """How much faster two processes finish two pure-Python loops than one process: the ceiling for --jobs 2
    on this machine right now (about 2 on two idle cores, about 1 when neighbours use a core)."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(n), _spin(n)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        parallel = time.perf_counter() - start
    return serial / parallel


def bare_extraction(path: Path) -> int:
    """Read and extract every article of a corpus without storing anything; returns the characters read."""
    chars = 0
    for item in read_sources([str(path)]):
        if isinstance(item, Item):
            chars += len(run(item.prepared).text)
    return chars


def _timed(step: Callable[..., Any], *args: Any) -> tuple[float, float, Any]:
    """Wall and CPU seconds of one call, and what it returned."""
    start, cpu = time.perf_counter(), time.process_time()
    out = step(*args)
    return time.perf_counter() - start, time.process_time() - cpu, out


def ingest_one_job(path: Path, db: Path) -> Any:
    return ingest([str(path)], db, jobs=1)


def overhead(corpus: Path, count: int, work: Path, pairs: int = 8) -> dict[str, Any]:
    """What storing costs over bare extraction: `pairs` back-to-back pairs of runs over the same `count` articles.

    A busy neighbour on a shared machine slows whatever runs at that moment, so each ratio is taken within a
    pair (the articles extracted bare, and ingested with `--jobs 1` into a new store, one right after the
    other, in alternating order) and the median of the ratios is reported with their quartiles."""
    path = write_jsonl(variants(corpus, count), work / "overhead.jsonl")
    get_nlp()
    wall: list[float] = []
    cpu: list[float] = []
    chars = bare_s = 0.0
    for n in range(pairs):
        db = work / f"paired{n}.db"
        if n % 2:
            stored, bare = _timed(ingest_one_job, path, db), _timed(bare_extraction, path)
        else:
            bare, stored = _timed(bare_extraction, path), _timed(ingest_one_job, path, db)
        wall.append(stored[0] / bare[0] - 1)
        cpu.append(stored[1] / bare[1] - 1)
        bare_s += bare[0]
        chars += bare[2]
    return {"pairs": pairs, "articles": count, "rate": pairs * count / bare_s, "chars_rate": chars / bare_s,
            "overhead": statistics.median(wall), "overhead_quartiles": _quartiles(wall),
            "overhead_cpu": statistics.median(cpu), "overhead_cpu_quartiles": _quartiles(cpu)}  # fmt: skip


def _quartiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def speedup(corpus: Path, count: int, work: Path, repeat: int = 3) -> dict[str, Any]:
    """Ingest with 1 and 2 processes on the same articles, in `repeat` interleaved rounds; the median of the
    per-round ratios, and the machine's own ceiling (two plain loops in two processes) measured right after."""
    path = write_jsonl(variants(corpus, count), work / "throughput.jsonl")
    get_nlp()
    runs: dict[str, list[float]] = {"jobs1_s": [], "jobs2_s": []}
    for round_ in range(repeat):
        for jobs in (1, 2):
            summary = ingest([str(path)], work / f"jobs{jobs}-{round_}.db", jobs=jobs)
            runs[f"jobs{jobs}_s"].append(summary.seconds)
    ratios = [one / two for one, two in zip(runs["jobs1_s"], runs["jobs2_s"], strict=True)]
    return {"articles": count, "load": os.getloadavg()[0], "rounds": runs,
            "jobs1_rate": count / statistics.median(runs["jobs1_s"]),
            "jobs2_rate": count / statistics.median(runs["jobs2_s"]),
            "speedup": statistics.median(ratios), "speedup_range": (min(ratios), max(ratios)),
            "machine_parallelism": machine_parallelism()}  # fmt: skip


def build(corpus: Path, count: int, db: Path, facts: str) -> dict[str, Any]:
    """A store of `count` articles; memory is sampled as it grows."""
    samples: list[tuple[int, float]] = []
    start = time.perf_counter()
    if facts == "pipeline":
        path = write_jsonl(variants(corpus, count), db.with_suffix(".jsonl"))
        summary = ingest([str(path)], db, jobs=2, progress=lambda s: _sample(samples, s.seen, count))
    else:
        conn = open_writer(db)
        try:
            summary = ingest_extractions(conn, _extractions(corpus, count, samples))
        finally:
            conn.close()
    return {"articles": count, "seconds": time.perf_counter() - start, "stored": summary.ingested,
            "near_duplicates": summary.near_duplicates, "mb": db.stat().st_size / 1e6, "rss": samples}  # fmt: skip


def _extractions(corpus: Path, count: int, samples: list[tuple[int, float]]) -> Iterator[tuple[str, Extraction]]:
    for n, record in enumerate(variants(corpus, count), start=1):
        _sample(samples, n, count)
        yield str(record["id"]), extraction(record)


def _sample(samples: list[tuple[int, float]], n: int, count: int) -> None:
    if n % max(1, count // 5) == 0 and (not samples or samples[-1][0] != n):
        samples.append((n, rss_mb()))


VIEWS: dict[str, Callable[[Any], Any]] = {
    "figures (first 200)": lambda c: views.figures(c),
    "figures --holder 'United States'": lambda c: views.figures(c, holder="United States"),
    "figures --holder 'United States' --category personnel": lambda c: views.figures(
        c, holder="United States", category="personnel"
    ),
    "figures --category weapons --location Japan": lambda c: views.figures(c, category="weapons", location="Japan"),
    "figures --category killed": lambda c: views.figures(c, category="killed"),
    "deadlines": lambda c: views.deadlines(c, as_of="2020-01-01"),
    "timeline (latest 100)": lambda c: views.timeline(c),
    "timeline --actor 'North Korea' --type THREATEN": lambda c: views.timeline(c, actor="North Korea", type="THREATEN"),
    "timeline --actor Japan --type ASSAULT": lambda c: views.timeline(c, actor="Japan", type="ASSAULT"),
    "timeline --place Syria": lambda c: views.timeline(c, place="Syria"),
    "timeline --since 2019-01-01 --until 2019-06-30": lambda c: views.timeline(
        c, since="2019-01-01", until="2019-06-30"
    ),
    "quotes (latest 50)": lambda c: views.quotes(c),
    "quotes --search security": lambda c: views.quotes(c, search="security"),
    "quotes --speaker 'Donald Trump'": lambda c: views.quotes(c, speaker="Donald Trump"),
    "search 'missile launch'": lambda c: views.search(c, "missile launch"),
    "search 'missile launch' --best": lambda c: views.search(c, "missile launch", best=True),
    "search security --best": lambda c: views.search(c, "security", best=True),
    "entities": lambda c: views.entities(c),
    "digest": lambda c: digest.digest(c, as_of="2020-01-01"),
}


def time_views(db: Path, repeat: int = 3) -> list[tuple[str, float, int]]:
    """Median milliseconds per view (after one warm-up run) and the rows it returned."""
    out = []
    with reading(db) as conn:
        tables = ("articles", "sentences", "entities", "quantities", "times", "quotes", "events")
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        for name, view in VIEWS.items():
            answer = view(conn)
            rows = sum(len(t.rows) for t in answer) if isinstance(answer, list) else len(answer.rows)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                view(conn)
                times.append((time.perf_counter() - start) * 1000)
            out.append((name, statistics.median(times), rows))
    print("rows in the store: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEV, help="the JSON Lines corpus to repeat")
    parser.add_argument("--throughput-articles", type=int, default=450, help="articles for the throughput runs")
    parser.add_argument("--pairs", type=int, default=8, help="bare/ingest pairs for the storing overhead")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of --jobs 1 and --jobs 2")
    parser.add_argument("--articles", type=int, default=20_000, help="articles in the large store")
    parser.add_argument("--facts", choices=("synthetic", "pipeline"), default="synthetic")
    parser.add_argument("--db", type=Path, help="keep the large store here (default: a temporary folder)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-views", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="time the views of an existing --db without rebuilding it")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            results["overhead"] = o = overhead(args.corpus, args.throughput_articles, work, args.pairs)
            low, high = o["overhead_quartiles"]
            print(f"bare extraction: {o['rate']:.1f} articles/s ({o['chars_rate']:,.0f} chars/s); "
                  f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
            print(f"storing overhead over bare extraction: {o['overhead']:.0%} (median of {o['pairs']} pairs of runs "
                  f"over {o['articles']} articles; quartiles {low:.0%} to {high:.0%})")  # fmt: skip
            low, high = o["overhead_cpu_quartiles"]
            print(f"storing overhead in CPU seconds: {o['overhead_cpu']:.0%} (quartiles {low:.0%} to {high:.0%})")
            results["speedup"] = t = speedup(args.corpus, args.throughput_articles, work, args.rounds)
            for jobs in (1, 2):
                print(f"ingest --jobs {jobs}: {t[f'jobs{jobs}_rate']:.1f} articles/s")
            low, high = t["speedup_range"]
            print(f"--jobs 2 speed-up: {t['speedup']:.2f}x (rounds {low:.2f}-{high:.2f})")
            print(f"two processes vs one on a plain CPU loop (ceiling now): {t['machine_parallelism']:.2f}x")
        if not args.skip_views:
            db = args.db or work / "large.db"
            if not (args.reuse and db.is_file()):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                results["build"] = b = build(args.corpus, args.articles, db, args.facts)
                print(
                    f"built {b['articles']:,} articles ({args.facts} facts) in {b['seconds']:.0f} s, {b['mb']:,.0f} MB"
                )
                print("memory while building (articles, RSS MB): " + ", ".join(f"{n:,}: {m:.0f}" for n, m in b["rss"]))
            results["views"] = timed = time_views(db)
            print("| view | ms | rows |\n|---|---:|---:|")
            for name, ms, rows in timed:
                print(f"| `{name}` | {ms:.1f} | {rows} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
