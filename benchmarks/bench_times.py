"""Time-tagging speed: sitrep's `sitrep_times` component against `dateparser.search.search_dates`, on the same texts.

    .venv/bin/python benchmarks/bench_times.py [--data ../shared/data/news/dev.jsonl] [--runs 3] [--dateparser-runs 1]

Prints chars/s (median of the runs, in CPU time of this process, so that other work on a shared machine does not
skew it) for the tagger alone, the whole pipeline (reader + every component), the
tagger's share of the pipeline time, and dateparser's search over the same texts (skipped when dateparser is not
installed: `pip install -e ".[bench]"`)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from sitrep.pipeline import extract, get_nlp
from sitrep.reader import prepare

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "dev.jsonl"


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def median_seconds(work: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.process_time()
        work()
        timings.append(time.process_time() - start)
    return statistics.median(timings)


def docs_before_times(texts: list[str]) -> list[Doc]:
    """Each text through the reader and every component that runs before the tagger."""
    nlp = get_nlp()
    docs = []
    for text in texts:
        prepared = prepare(text)
        doc = nlp.make_doc(prepared.text)
        doc._.sections = prepared.layout.sections
        doc._.published = prepared.article.published
        for name in ("entities", "times", "quantities", "quotes", "events"):
            setattr(doc._, name, [])
        for name, proc in nlp.pipeline:
            if name == "sitrep_times":
                break
            doc = proc(doc)
        docs.append(doc)
    return docs


def bench_dateparser(texts: list[str], runs: int) -> tuple[float, int] | None:
    if importlib.util.find_spec("dateparser") is None:
        return None
    from dateparser.search import search_dates

    found = [0]

    def work() -> None:
        found[0] = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)

    return median_seconds(work, runs), found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dateparser-runs", type=int, default=1)
    args = parser.parse_args()
    texts = load_texts(args.data)
    chars = sum(len(t) for t in texts)
    tagger = get_nlp().get_pipe("sitrep_times")
    docs = docs_before_times(texts)
    tagged = sum(len(tagger(doc)._.times) for doc in docs)
    tag_s = median_seconds(lambda: [tagger(doc) for doc in docs], args.runs)
    pipe_s = median_seconds(lambda: [extract(t) for t in texts], args.runs)
    print(f"texts: {len(texts)} ({chars:,} chars) from {args.data}")
    print(f"sitrep_times tagger : {chars / tag_s:>12,.0f} chars/s  ({tag_s:.3f} s, {tagged} expressions)")
    print(f"whole pipeline      : {chars / pipe_s:>12,.0f} chars/s  ({pipe_s:.3f} s)")
    print(f"tagger share        : {100 * tag_s / pipe_s:>11.1f} % of pipeline time")
    result = bench_dateparser(texts, args.dateparser_runs)
    if result is None:
        print("dateparser          : not installed (pip install -e '.[bench]'), skipped")
    else:
        dp_s, dp_found = result
        print(f"dateparser search   : {chars / dp_s:>12,.0f} chars/s  ({dp_s:.3f} s, {dp_found} expressions)")
        print(f"speed-up            : {dp_s / tag_s:>11.0f} x")


if __name__ == "__main__":
    main()
