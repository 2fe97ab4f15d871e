"""Score article text from HTML pages on the DEV part of the article-extraction benchmark (134 real pages with
hand-made gold bodies; the held-out part is stored elsewhere and is never read here).

Two measures per page, averaged over pages: word-bag precision/recall (as `html_text` scores `news-html/`), and the
benchmark's own 4-word shingles (case-sensitive). The text scored is what the reader keeps, less the headline."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from sitrep.errors import InputError
from sitrep.eval import Row
from sitrep.eval.html_text import page_scores
from sitrep.reader import prepare

DATASET = "article-extraction-benchmark dev"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of `size`-word shingles of a text (one shorter shingle for a shorter text)."""
    words = _WORD.findall(text)
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def shingle_scores(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """Shingle precision and recall of one page (None where the text or the gold has no shingle)."""
    pred, want = shingles(predicted), shingles(gold)
    overlap = sum((pred & want).values())
    return (
        overlap / sum(pred.values()) if pred else None,
        overlap / sum(want.values()) if want else None,
    )


def score(shared: Path, limit: int | None = None) -> list[Row]:
    folder = shared / "data" / "article_extraction_benchmark"
    gold: dict[str, dict[str, str]] = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    bags: list[tuple[float, float]] = []
    precisions: list[float] = []
    recalls: list[float] = []
    for item_id in sorted(gold)[:limit]:
        entry = gold[item_id]
        body = _body(gzip.decompress((folder / "html" / f"{item_id}.html.gz").read_bytes()), entry.get("url"))
        bags.append(page_scores(body, entry["articleBody"]))
        p, r = shingle_scores(body, entry["articleBody"])
        precisions.extend([p] if p is not None else [])
        recalls.extend([r] if r is not None else [])
    n = len(bags)
    return [
        _row("article text (word bag)", sum(p for p, _ in bags) / n, sum(r for _, r in bags) / n, n),
        _row("article text (4-word shingles)", _mean(precisions), _mean(recalls), n),
    ]


def _body(data: bytes, url: str | None) -> str:
    try:
        prepared = prepare(data.decode("utf-8", errors="replace"), html=True, url=url)
    except InputError:
        return ""
    return " ".join(prepared.text[s.start : s.end] for s in prepared.layout.sections if s.kind != "headline")


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _row(metric: str, p: float, r: float, n: int) -> Row:
    return Row(DATASET, metric, p, r, 2 * p * r / (p + r) if p + r else 0.0, support=n)
