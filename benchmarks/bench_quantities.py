"""sitrep's quantities against quantulum3, in one run: speed on the news articles in ../shared/data/news/dev.jsonl,
and how many counted things each gets right on the seed article and on our own annotated sentences
(benchmarks/data/quantities_sentences.jsonl).

    .venv/bin/pip install -e ".[bench]"      # quantulum3 (optional: without it only sitrep is measured)
    .venv/bin/python benchmarks/bench_quantities.py [--limit N] [--data ../shared]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.eval.quantities import seed_rows
from sitrep.pipeline import extract, get_nlp

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "data" / "quantities_sentences.jsonl"
# quantulum3 unit names -> sitrep's unit lemma ("dimensionless" counts nothing)
UNIT_NAMES = {"kilometre": "kilometer", "metre": "meter", "pound sterling": "pound", "percentage": "percent"}


@dataclass
class Gold:
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str


@dataclass
class Guess:
    start: int
    end: int
    values: tuple[float | None, ...]  # value, low, high (whatever the system reports)
    unit: str | None


def load_gold(shared: Path) -> list[Gold]:
    """Our sentences plus the seed's quantity rows, each located by its surface string."""
    gold: list[Gold] = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        at = 0
        for q in item["quantities"]:
            start = item["text"].index(q["surface"], at)
            at = start + len(q["surface"])
            gold.append(Gold(item["text"], start, at, q.get("value"), q.get("low"), q.get("high"), q["unit"]))
    seed = shared / "seed"
    if (seed / "expected.md").exists():
        text = (seed / "article.txt").read_text(encoding="utf-8")
        for row in seed_rows((seed / "expected.md").read_text(encoding="utf-8")):
            for surface in row.surfaces:
                start = text.find(surface)
                if start >= 0:
                    gold.append(Gold(text, start, start + len(surface), row.value, row.low, None, row.unit))
    return gold


def sitrep_guesses(text: str) -> list[Guess]:
    return [Guess(q.start, q.end, (q.value, q.low, q.high), q.unit) for q in extract(text).quantities]


def quantulum_guesses(text: str) -> list[Guess]:
    from quantulum3 import parser

    found = []
    for q in parser.parse(text):
        name = q.unit.name
        unit = None if name == "dimensionless" else UNIT_NAMES.get(name, name)
        found.append(Guess(q.span[0], q.span[1], (q.value,), unit))
    return found


def _value_right(gold: Gold, guess: Guess) -> bool:
    wanted = gold.value if gold.value is not None else (gold.low if gold.low is not None else gold.high)
    return wanted is not None and any(v is not None and abs(v - wanted) < 1e-6 for v in guess.values)


def accuracy(gold: list[Gold], guess: Callable[[str], list[Guess]]) -> dict[str, int]:
    """Found (overlapping span), value right, and counted thing right (value and unit right)."""
    cache: dict[str, list[Guess]] = {}
    counts = {"expected": len(gold), "found": 0, "value": 0, "counted": 0}
    for g in gold:
        guesses = cache.setdefault(g.text, guess(g.text))
        hit = next((x for x in guesses if x.start < g.end and g.start < x.end), None)
        if hit is None:
            continue
        counts["found"] += 1
        if _value_right(g, hit):
            counts["value"] += 1
            counts["counted"] += hit.unit == g.unit
    return counts


def speed(texts: list[str], run: Callable[[str], Any]) -> float:
    """Characters per second over all texts (after one warm-up call)."""
    run(texts[0])
    start = time.perf_counter()
    for text in texts:
        run(text)
    return sum(map(len, texts)) / (time.perf_counter() - start)


def component_speed(texts: list[str]) -> float:
    """Characters per second of the quantities component alone, on Docs already tokenized and split into
    sentences (what the component adds to the pipeline)."""
    nlp = get_nlp()
    sentences, quantities = nlp.get_pipe("sitrep_sentences"), nlp.get_pipe("sitrep_quantities")
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.sections, doc._.entities, doc._.times = [], [], []
        docs.append(sentences(doc))
    start = time.perf_counter()
    for doc in docs:
        quantities(doc)
    return sum(map(len, texts)) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared", help="the shared/ folder")
    ap.add_argument("--limit", type=int, default=None, help="articles timed (default: all)")
    args = ap.parse_args()
    articles = [json.loads(line)["text"] for line in (args.data / "data/news/dev.jsonl").open(encoding="utf-8")]
    articles = articles[: args.limit] if args.limit else articles
    has_quantulum = importlib.util.find_spec("quantulum3") is not None
    warnings.simplefilter("ignore")
    gold = load_gold(args.data)
    systems: dict[str, Callable[[str], list[Guess]]] = {"sitrep": sitrep_guesses}
    if has_quantulum:
        systems["quantulum3"] = quantulum_guesses
    else:
        print("quantulum3 is not installed (pip install -e '.[bench]'): measuring sitrep only\n")
    chars = sum(map(len, articles))
    print(f"Speed on {len(articles)} articles of news/dev.jsonl ({chars:,} characters)\n")
    print("| system | chars/s |\n|---|---:|")
    print(f"| sitrep, whole pipeline (reader, sentences, quantities) | {speed(articles, extract):,.0f} |")
    print(f"| sitrep, quantities component alone (on tokenized Docs) | {component_speed(articles):,.0f} |")
    if has_quantulum:
        from quantulum3 import parser

        print(f"| quantulum3 `parser.parse` | {speed(articles, parser.parse):,.0f} |")
    print(f"\nCounted things on the seed and {SENTENCES.name} ({len(gold)} figures)\n")
    print("| system | found | value right | counted thing right (value and unit) |\n|---|---:|---:|---:|")
    for name, guess in systems.items():
        c = accuracy(gold, guess)
        n = c["expected"]
        print(f"| {name} | {c['found']}/{n} | {c['value']}/{n} | {c['counted']}/{n} |")


if __name__ == "__main__":
    main()
