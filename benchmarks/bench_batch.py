"""Scale-out: `sitrep batch` on 1 and on 2 Dask worker processes, on the same corpus, in one run.

    python benchmarks/bench_batch.py [--documents 400] [--repeat 3] [--partition-size 32] [--warc-pages 200]

The corpus is the development news articles (`news/dev.jsonl`), repeated and altered (`synthetic.variant`) up to
`--documents`. Each repeat runs the whole command path (`scale.batch.run_batch`, which starts its LocalCluster,
loads the pipeline once per worker, extracts and writes the Parquet dataset) with 1 worker and then with 2, so
both see the same machine load; the report gives the median seconds of each, their ratio, documents per
core-second, and each worker's peak memory (its resident set at its highest, read in the worker after a run on a
cluster the benchmark keeps open). The in-process run (`--workers 0`) is the reference without Dask. Last, the HTML
path CC-NEWS needs: the pages of `news-html/` written `--warc-pages` times over into a WARC.gz (warcio), extracted
in one process (trafilatura, then the pipeline), for documents per core-second from web archives."""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitrep.scale.batch import run_batch
from sitrep.scale.commands import quiet_dask
from synthetic import dev_articles, variant

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "dev.jsonl"
HTML = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-html"


def corpus(folder: Path, n: int) -> Path:
    base = dev_articles(DEV)
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for k in range(n):
            record = variant(base[k % len(base)], k // len(base))
            handle.write(json.dumps({key: record.get(key) for key in ("text", "title", "published")}) + "\n")
    return path


def warc(folder: Path, n: int) -> Path:
    """A WARC.gz of `n` HTML responses: the news-html pages over and over, each copy at its own address."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted(HTML.glob("*.html"))
    path = folder / "pages.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for k in range(n):
            body = pages[k % len(pages)].read_bytes() + f"<!-- copy {k} -->".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example.org/{k}", "response", payload=BytesIO(body), length=len(body),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2024-09-27T16:38:00Z"},
            )  # fmt: skip
            writer.write_record(record)
    return path


def timed(path: Path, out: Path, workers: int, size: int) -> float:
    started = time.perf_counter()
    summary = run_batch([str(path)], out, workers=workers, partition_size=size)
    seconds = time.perf_counter() - started
    if summary.failed:
        raise SystemExit(f"{len(summary.failed)} failure(s): {summary.failed[:3]}")
    return seconds


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def worker_memory(path: Path, out: Path, size: int) -> list[float]:
    """Each worker's peak resident memory (MiB) after extracting the corpus on a 2-worker cluster."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster) as c:
        run_batch([str(path)], out, scheduler=cluster.scheduler_address, partition_size=size)
        peaks = c.run(_peak_kib)
    return sorted(round(kib / 1024, 1) for kib in peaks.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--partition-size", type=int, default=32)
    parser.add_argument("--warc-pages", type=int, default=200)
    args = parser.parse_args()
    quiet_dask()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = corpus(folder, args.documents)
        seconds: dict[int, list[float]] = {0: [], 1: [], 2: []}
        for r in range(args.repeat):
            for workers in (0, 1, 2):
                seconds[workers].append(timed(path, folder / f"out-{workers}-{r}", workers, args.partition_size))
                print(f"repeat {r + 1}: {workers} worker(s) {seconds[workers][-1]:.1f} s", file=sys.stderr)
        memory = worker_memory(path, folder / "out-memory", args.partition_size)
        archive = warc(folder, args.warc_pages)
        cpu = time.process_time()
        html_seconds = timed(archive, folder / "out-warc", 0, args.partition_size)
        html_cpu = time.process_time() - cpu
    median = {w: statistics.median(s) for w, s in seconds.items()}
    print(f"{args.documents} documents, partitions of {args.partition_size}, median of {args.repeat} runs")
    print(f"  in-process (no Dask): {median[0]:.1f} s, {args.documents / median[0]:.1f} documents/s")
    for workers in (1, 2):
        rate = args.documents / median[workers] / workers
        print(f"  {workers} worker(s): {median[workers]:.1f} s, {rate:.1f} documents per core-second")
    print(f"  speed-up of 2 workers over 1: {median[1] / median[2]:.2f}x")
    print(f"  peak memory per worker: {', '.join(f'{m} MiB' for m in memory)}")
    print(
        f"WARC of {args.warc_pages} HTML pages, one process: {html_seconds:.1f} s, "
        f"{args.warc_pages / html_cpu:.1f} documents per CPU second (trafilatura and the pipeline)"
    )


if __name__ == "__main__":
    main()
