"""Near-copy signatures: how close MinHash's estimate comes to the exact shingle Jaccard, and what signing costs.

    python benchmarks/bench_dedupe.py

Every pair of dev articles (mostly strangers), then each article against a copy with about a fifth of its
paragraphs dropped (a near-copy): mean absolute error of the estimate against the exact Jaccard similarity of
the word 5-shingle sets, and the median microseconds to sign one article."""

from __future__ import annotations

import argparse
import itertools
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitrep.store.dedupe import SHINGLE, THRESHOLD, signature, similarity
from synthetic import dev_articles

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news" / "dev.jsonl"
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    width = min(SHINGLE, len(words))
    return {tuple(words[i : i + width]) for i in range(len(words) - width + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / max(1, len(a | b))


def trimmed(text: str, rnd: random.Random) -> str:
    """The text without about a fifth of its paragraphs (never all of them)."""
    kept = [p for p in text.split("\n") if rnd.random() > 0.2]
    return "\n".join(kept) or text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEV)
    args = parser.parse_args()
    texts = [str(r["text"]) for r in dev_articles(args.corpus)]
    sets = [shingles(t) for t in texts]
    sigs = [signature(t) for t in texts]
    errors = [abs(similarity(sigs[i], sigs[j]) - jaccard(sets[i], sets[j])) for i, j in itertools.combinations(
        range(len(texts)), 2)]  # fmt: skip
    print(f"all {len(errors):,} pairs of {len(texts)} articles: mean absolute error {statistics.mean(errors):.4f}")
    rnd = random.Random(1)
    near, found = [], 0
    for text, own, sig in zip(texts, sets, sigs, strict=True):
        copy = trimmed(text, rnd)
        estimate = similarity(sig, signature(copy))
        exact = jaccard(own, shingles(copy))
        near.append(abs(estimate - exact))
        found += (estimate >= THRESHOLD) == (exact >= THRESHOLD)
    print(f"{len(near)} trimmed copies: mean absolute error {statistics.mean(near):.4f}; "
          f"same side of the {THRESHOLD} threshold as the exact value: {found}/{len(near)}")  # fmt: skip
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            signature(text)
        timings.append((time.perf_counter() - start) / len(texts) * 1e6)
    print(f"signing: {statistics.median(timings):.0f} µs per article (median of 5 passes)")


if __name__ == "__main__":
    main()
