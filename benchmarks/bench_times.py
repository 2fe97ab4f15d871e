"""Time-tagging speed: sitrep's `sitrep_times` component against `dateparser.search.search_dates`, on the same texts.

    .venv/bin/python benchmarks/bench_times.py [--data ../shared/data/news/dev.jsonl] [--runs 3] [--dateparser-runs 1]

Then (unless --no-accuracy) scores both on TempEval-3 (../shared/data/tempeval3) side by side: relaxed extent F1
(any overlap with a gold TIMEX3), and value F1 (overlap and an equal value; dateparser's datetimes are compared as
dates, so it can only be right on day-precise DATE values).

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

from sitrep.eval import prf
from sitrep.eval.times import Counts, GoldDoc, Timex, compare, predict, read_timeml
from sitrep.pipeline import extract, get_nlp
from sitrep.reader import prepare

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "dev.jsonl"
TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3"


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
    if importlib.util.find_spec("dateparser") is None or runs < 1:
        return None
    from dateparser.search import search_dates

    found = [0]

    def work() -> None:
        found[0] = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)

    return median_seconds(work, runs), found[0]


def dateparser_timexes(doc: GoldDoc) -> list[Timex]:
    """dateparser's finds in one document, placed in its text (each found string after the previous one)."""
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(doc.published, datetime.min.time())} if doc.published else {}
    found: list[Timex] = []
    pos = 0
    for substring, when in search_dates(doc.text, languages=["en"], settings=settings) or []:
        start = doc.text.find(substring, pos)
        if start < 0:
            continue
        pos = start + len(substring)
        found.append(Timex(start, pos, when.date().isoformat()))
    return found


def accuracy(limit: int | None) -> None:
    paths = sorted(TEMPEVAL.glob("*/*.tml"))[:limit]
    if not paths:
        print(f"accuracy: no TempEval-3 data in {TEMPEVAL}, skipped")
        return
    docs = [read_timeml(p) for p in paths]
    systems: dict[str, Callable[[GoldDoc], list[Timex]]] = {"sitrep_times": predict}
    if importlib.util.find_spec("dateparser") is not None:
        systems["dateparser"] = dateparser_timexes
    print(f"accuracy on TempEval-3 ({len(docs)} documents, {sum(len(d.gold) for d in docs)} gold expressions):")
    for name, run in systems.items():
        total = Counts()
        for doc in docs:
            total.add(compare(doc.gold, run(doc)))
        relaxed = prf(total.relaxed, total.n_pred, total.n_gold)[2]
        value = prf(total.value, total.n_pred, total.n_gold)[2]
        print(f"  {name:<18}: relaxed extent F1 {relaxed:.3f}   value F1 {value:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dateparser-runs", type=int, default=1)
    parser.add_argument("--no-accuracy", action="store_true", help="skip the TempEval-3 comparison")
    parser.add_argument("--limit", type=int, default=None, help="TempEval-3 documents to score (default: all)")
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
        print("dateparser          : not installed (pip install -e '.[bench]') or --dateparser-runs 0, skipped")
    else:
        dp_s, dp_found = result
        print(f"dateparser search   : {chars / dp_s:>12,.0f} chars/s  ({dp_s:.3f} s, {dp_found} expressions)")
        print(f"speed-up            : {dp_s / tag_s:>11.0f} x")
    if not args.no_accuracy:
        accuracy(args.limit)


if __name__ == "__main__":
    main()
