"""Throughput and peak memory of `sitrep extract` beside the floor, in one run.

The floor is `spacy.blank("en")` tokenization plus a sentencizer over the same texts. Both warm up before the
clock starts; sitrep's warm-up is one made-up report that loads what it reads on first use (the parser, GeoNames'
towns), and that start-up is reported on its own line. Each side runs in its own
child process (so peak memory is its own), alternating, several rounds; times are medians. Both wall time and CPU
time (`time.process_time`) are reported: on a shared, loaded machine the CPU-time ratio is the steadier one.

    python benchmarks/bench_extract.py [--corpus ../shared/data/news/dev.jsonl] [--rounds 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "dev.jsonl"


def load_texts(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def run_floor(rows: list[dict[str, Any]]) -> tuple[float, float]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp("warm up.")
    start, cpu = time.perf_counter(), time.process_time()
    for row in rows:
        nlp(row["text"])
    return time.perf_counter() - start, time.process_time() - cpu


PARSER: dict[str, float] = {"seconds": 0.0, "cpu_seconds": 0.0, "sentences": 0, "chars": 0, "batches": 0,
                             "all_sentences": 0, "first": 0, "reparses": 0, "words": 0}
_SEEN = "bench_parsed"  # the sentences of an article parsed once already (by their first token)


def _timed_parse(real: Any) -> Any:
    """`sitrep.syntax.parse._parse` (one batch through the parser, whichever component asked) that also counts what
    it parses and the time it takes: the parser's own throughput. A sentence parsed for the first time in its article
    is counted apart from one parsed again with stand-in words (`parse_again`, `parse_ahead`), and a sentence the
    parse cache serves is not counted at all."""

    def parse(doc: Any, todo: Any, parses: Any, texts: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        real(doc, todo, parses, texts)
        PARSER["seconds"] += time.perf_counter() - start
        PARSER["cpu_seconds"] += time.process_time() - cpu
        PARSER["batches"] += 1
        PARSER["sentences"] += len(todo)
        PARSER["words"] += sum(len(given) for _sent, given, _gaps, _offsets in todo.values())
        seen = doc.user_data.setdefault(_SEEN, set())
        own = parses is doc.user_data.get("sitrep_parses")  # `parse_ahead` keeps its parses elsewhere
        first = {key for key in todo if own and key not in seen}
        PARSER["first"] += len(first)
        PARSER["reparses"] += len(todo) - len(first)
        seen.update(first)
        PARSER["chars"] += sum(parses[key].ends[-1] - parses[key].chars[0] for key in todo if key in parses)

    return parse


# A made-up report that makes the pipeline load everything it loads on first use, before the clock starts.
WARM_UP = (
    "Rebels shell border post\n\nALLEN, Texas — Rebels attacked a police post in Allen, Texas, on Monday, "
    'killing three officers and wounding 12, the governor said. "We will respond," he told reporters at 7 p.m.'
)
STARTUP: dict[str, float] = {"seconds": 0.0}


def run_sitrep(rows: list[dict[str, Any]]) -> tuple[float, float]:
    import sitrep.syntax.parse as parsing
    from sitrep.pipeline import extract, get_nlp

    started = time.perf_counter()
    get_nlp()
    extract(WARM_UP)  # loads what the pipeline reads on first use (the parser, GeoNames' towns): start-up
    STARTUP["seconds"] = time.perf_counter() - started
    parsing._parse = _timed_parse(parsing._parse)  # type: ignore[attr-defined]
    PARSER.update(seconds=0.0, cpu_seconds=0.0, sentences=0, chars=0, batches=0, all_sentences=0, first=0, reparses=0,
                  words=0)
    start, cpu = time.perf_counter(), time.process_time()
    for row in rows:
        x = extract(row["text"], published=row.get("published"), title=row.get("title"))
        x.to_dict()
        PARSER["all_sentences"] += len(x.sentences)
    return time.perf_counter() - start, time.process_time() - cpu


def child(mode: str, corpus: Path, limit: int | None) -> None:
    rows = load_texts(corpus, limit)
    seconds, cpu_seconds = run_floor(rows) if mode == "floor" else run_sitrep(rows)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mib": peak_kib / 1024, "parser": PARSER}
    print(json.dumps({**result, "startup": STARTUP["seconds"]}))


def measure(mode: str, corpus: Path, limit: int | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--child", choices=["floor", "sitrep"])
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.limit)
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (pass --corpus)")
    rows = load_texts(args.corpus, args.limit)
    chars = sum(len(r["text"]) for r in rows)
    words = sum(len(r["text"].split()) for r in rows)
    runs: dict[str, list[dict[str, Any]]] = {"floor": [], "sitrep": []}
    for _ in range(args.rounds):
        for mode in ("floor", "sitrep"):
            runs[mode].append(measure(mode, args.corpus, args.limit))
    report(runs, len(rows), chars, words)


def report(runs: dict[str, list[dict[str, Any]]], articles: int, chars: int, words: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{articles} articles, {chars:,} characters, {words:,} words; medians of {len(runs['floor'])}")
    for column in ("pipeline", "chars/s", "words/s per core", "articles/s", "peak MiB"):
        table.add_column(column, justify="right" if column != "pipeline" else "left")
    median = {mode: statistics.median(r["seconds"] for r in rs) for mode, rs in runs.items()}
    for mode, label in (("floor", 'spacy.blank("en") + sentencizer'), ("sitrep", "sitrep extract")):
        seconds = median[mode]
        peak = max(r["peak_mib"] for r in runs[mode])
        table.add_row(
            label, f"{chars / seconds:,.0f}", f"{words / seconds:,.0f}", f"{articles / seconds:,.1f}", f"{peak:,.0f}"
        )
    Console().print(table)
    cpu = {mode: statistics.median(r["cpu_seconds"] for r in rs) for mode, rs in runs.items()}
    print(f"sitrep / floor throughput ratio: {median['floor'] / median['sitrep']:.3f} (goal: at least 0.05)")
    print(
        f"in CPU time: {cpu['floor'] / cpu['sitrep']:.3f} "
        f"(floor {cpu['floor']:.3f} s, sitrep {cpu['sitrep']:.3f} s of CPU, medians)"
    )
    parser = runs["sitrep"][-1]["parser"]
    first = parser.get("first", parser["sentences"])
    share = first / parser["all_sentences"] if parser["all_sentences"] else 0.0
    parse_cpu = statistics.median(r["parser"]["cpu_seconds"] for r in runs["sitrep"])
    rate = parser["chars"] / parse_cpu if parse_cpu else 0.0
    word_rate = parser.get("words", 0) / parse_cpu if parse_cpu else 0.0
    parsed_share = parser["chars"] / chars if chars else 0.0
    print(
        f"parser: {first:,} of {parser['all_sentences']:,} sentences parsed ({share:.0%}), and "
        f"{parser.get('reparses', 0):,} parsed again with stand-in words; {parser.get('words', 0):,} words "
        f"({parsed_share:.0%} of the characters) in {parser['batches']:,} batches"
    )
    print(
        f"parser on its own: {rate:,.0f} chars/s, {word_rate:,.0f} words/s of CPU; {parse_cpu:.1f} s of sitrep's "
        f"{cpu['sitrep']:.1f} s of CPU ({parse_cpu / cpu['sitrep']:.0%}), medians"
    )
    startup = statistics.median(r.get("startup", 0.0) for r in runs["sitrep"])
    print(f"sitrep start-up (pipeline, parser and gazetteers loaded, not in the throughput): {startup:.1f} s, median")


if __name__ == "__main__":
    main()
