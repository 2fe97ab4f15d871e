"""Score the reader on the mission's own article: sections and `published` against `seed/expected.md`."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sitrep.eval import EvalError, Row, prf
from sitrep.pipeline import extract
from sitrep.record import Extraction

_KINDS = {
    "headline": "headline",
    "subtitle": "subtitle",
    "dateline": "dateline",
    "byline": "byline",
    "captions": "caption",
    "caption": "caption",
    "credits": "credit",
    "credit": "credit",
    "boilerplate": "boilerplate",
}
_ITEM = re.compile(r"^- (?P<kind>\w+): (?P<rest>.*)$")
_QUOTED = re.compile(r"\"([^\"]+)\"(\s*\(twice\))?")
_PUBLISHED = re.compile(r"Published (\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})")


def expected_sections(markdown: str) -> list[tuple[str, str]]:
    """(kind, text or prefix ending in "…") for every non-body section `expected.md` lists."""
    block = markdown.split("## Sections", 1)[-1].split("\n## ", 1)[0]
    items: list[str] = []
    for line in block.splitlines():
        if line.startswith("- "):
            items.append(line)
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    found: list[tuple[str, str]] = []
    for item in items:
        match = _ITEM.match(item)
        if match is None or match.group("kind") not in _KINDS:
            continue
        for quoted, twice in _QUOTED.findall(match.group("rest")):
            found.extend([(_KINDS[match.group("kind")], quoted)] * (2 if twice else 1))
    return found


def _matches(text: str, expected: str) -> bool:
    return text.startswith(expected[:-1]) if expected.endswith("…") else text == expected


def score_sections(extraction: Extraction, expected: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(matched, predicted non-body sections, expected sections)."""
    predicted = [(s.kind, extraction.text[s.start : s.end]) for s in extraction.sections if s.kind != "body"]
    used = [False] * len(predicted)
    tp = 0
    for kind, want in expected:
        for i, (pkind, text) in enumerate(predicted):
            if not used[i] and pkind == kind and _matches(text, want):
                used[i] = True
                tp += 1
                break
    return tp, len(predicted), len(expected)


def score(shared: Path, limit: int | None = None) -> list[Row]:
    seed = shared / "seed"
    try:
        text = (seed / "article.txt").read_text(encoding="utf-8")
        markdown = (seed / "expected.md").read_text(encoding="utf-8")
    except OSError as e:
        raise EvalError(f"cannot read the seed article: {e}") from e
    extraction = extract(text)
    expected = expected_sections(markdown)
    tp, n_pred, n_gold = score_sections(extraction, expected)
    rows = [Row("seed", "sections (non-body)", *prf(tp, n_pred, n_gold), support=n_gold)]
    match = _PUBLISHED.search(markdown)
    if match:
        want = datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")
        right = float(extraction.article.published == want)
        rows.append(Row("seed", "published (accuracy)", None, None, right, support=1))
    return rows
