"""Score article-text extraction from HTML pages against the hand-checked bodies in `news-html/`
(bag-of-words precision/recall/F1 per page, averaged, as the article-extraction benchmark does)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from sitrep.errors import InputError
from sitrep.eval import Row
from sitrep.reader import prepare

_WORD = re.compile(r"\w+")


def _bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """Word-level precision and recall of one extracted text against its gold body."""
    pred, want = _bag(predicted), _bag(gold)
    overlap = sum((pred & want).values())
    return (overlap / sum(pred.values()) if pred else 0.0, overlap / sum(want.values()) if want else 0.0)


def score(shared: Path, limit: int | None = None) -> list[Row]:
    folder = shared / "data" / "news-html"
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines() if line.strip()]
    precisions: list[float] = []
    recalls: list[float] = []
    dates_right = dates_known = 0
    for entry in manifest[:limit]:
        html = (folder / entry["file"]).read_text(encoding="utf-8", errors="replace")
        try:
            prepared = prepare(html, html=True, url=entry.get("url"))
        except InputError:
            precisions.append(0.0)
            recalls.append(0.0)
            continue
        body = " ".join(prepared.text[s.start : s.end] for s in prepared.layout.sections if s.kind != "headline")
        p, r = page_scores(body, entry["ground_truth_text"])
        precisions.append(p)
        recalls.append(r)
        if entry.get("published"):
            dates_known += 1
            found = prepared.article.published
            dates_right += found is not None and found.isoformat()[:10] == entry["published"][:10]
    n = len(precisions)
    p, r = sum(precisions) / n, sum(recalls) / n
    return [
        Row("news-html", "article text (word bag)", p, r, 2 * p * r / (p + r) if p + r else 0.0, support=n),
        Row(
            "news-html",
            "published date (accuracy)",
            None,
            None,
            dates_right / dates_known if dates_known else 0.0,
            support=dates_known,
        ),
    ]
