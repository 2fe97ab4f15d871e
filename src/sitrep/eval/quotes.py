"""Score quotes and speakers on PolNeAR (`data/polnear`): content spans and speaker attribution.

Each gold attribution (an `E` record: source, cue, content) is one item. A predicted quote matches a gold one
when their characters overlap (or, for "exact", when its span equals a gold content fragment or the whole gold
content, white space trimmed). Recall counts gold items with a match, precision counts predictions with one.
Direct quotes are the gold contents enclosed in quotation marks (see `is_direct`), and sitrep's quotes of kind `direct`.
Speaker accuracy: on matched gold items that name a source, the best-overlapping prediction's speaker must
overlap the gold source span (no speaker counts as wrong). One annotation file per article (the first)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.eval import EvalError, Row, prf
from sitrep.pipeline import extract
from sitrep.record import Quote

Spans = list[tuple[int, int]]
_RECORD = re.compile(r"^(?P<id>[TE]\d+)\t(?P<body>[^\t\n]*)", re.MULTILINE)
_OPEN = '"“„«”″'  # a closing mark or a double prime typed where a quote opens ('”We will stay,” she said')
_CLOSE = '"”»“'  # an opening mark typed where a quote closes ('“We will stay,“ she said')
_TRAILING = ".,;:!?—–- "


@dataclass(slots=True)
class Gold:
    """One gold attribution: its content fragments and its source fragments (empty when unnamed)."""

    content: Spans
    source: Spans = field(default_factory=list)
    direct: bool = False


@dataclass(slots=True)
class Tally:
    """Counts for one family of metrics."""

    gold: int = 0
    predicted: int = 0
    gold_found: int = 0
    predicted_right: int = 0
    gold_exact: int = 0
    predicted_exact: int = 0
    speakers: int = 0
    speakers_right: int = 0


def read_ann(path: Path, text: str) -> list[Gold]:
    """The gold attributions of one brat `.ann` file."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[dict[str, str]] = []
    for match in _RECORD.finditer(path.read_text(encoding="utf-8")):
        ident, body = match.group("id"), match.group("body")
        if ident.startswith("T"):
            label, _, offsets = body.partition(" ")
            pieces = [p.split() for p in offsets.split(";")]
            spans[ident] = (label, [(int(p[0]), int(p[1])) for p in pieces if len(p) == 2])
        else:
            relations.append(dict(role.split(":", 1) for role in body.split() if ":" in role))
    golds: list[Gold] = []
    for relation in relations:
        content: Spans = []
        for role in ("Content", "Content2"):
            content += spans.get(relation.get(role, ""), ("", []))[1]
        if not content:
            continue
        source = spans.get(relation.get("Source", ""), ("", []))[1]
        golds.append(Gold(sorted(content), source, is_direct(text, content)))
    return golds


def is_direct(text: str, content: Spans) -> bool:
    """Whether a content is enclosed in quotation marks: its first fragment opens with one, its last closes
    with one (annotators often cut a long quote into one fragment per sentence). Two straight apostrophes are
    a double mark (''like this'', as the New York Times archive prints them); a curly mark typed the wrong way round
    (”like this” or “like this“) and a double prime (″) are marks too, as the quotes component reads them."""
    first = text[content[0][0] : content[0][1]].strip()
    last = text[content[-1][0] : content[-1][1]].strip().rstrip(_TRAILING)
    opens = first.startswith("''") or first[:1] in _OPEN
    closes = last.endswith("''") or last[-1:] in _CLOSE
    return len(first) > 1 and opens and bool(last) and closes


def _overlap(a: tuple[int, int], spans: Spans) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _exact(text: str, quote: Quote, gold: Gold) -> bool:
    span = _trim(text, quote.start, quote.end)
    whole = _trim(text, gold.content[0][0], gold.content[-1][1])
    return span == whole or any(span == _trim(text, s, e) for s, e in gold.content)


def tally(text: str, quotes: list[Quote], golds: list[Gold], counts: Tally) -> None:
    """Add one article's matches to `counts`."""
    counts.gold += len(golds)
    counts.predicted += len(quotes)
    right: set[int] = set()
    exact: set[int] = set()
    for gold in golds:
        overlaps = [(_overlap((q.start, q.end), gold.content), i) for i, q in enumerate(quotes)]
        hits = [(o, i) for o, i in overlaps if o > 0]
        if not hits:
            continue
        counts.gold_found += 1
        right.update(i for _, i in hits)
        exact_hits = [i for _, i in hits if _exact(text, quotes[i], gold)]
        exact.update(exact_hits)
        counts.gold_exact += bool(exact_hits)
        if gold.source:
            best = quotes[max(hits)[1]]
            counts.speakers += 1
            speaker = best.speaker
            counts.speakers_right += speaker is not None and _overlap((speaker.start, speaker.end), gold.source) > 0
    counts.predicted_right += len(right)
    counts.predicted_exact += len(exact)


def articles(folder: Path, limit: int | None) -> list[tuple[Path, Path]]:
    """(text, first annotation file) for every annotated article, dev part first."""
    pairs: list[tuple[Path, Path]] = []
    for part in ("dev", "train"):
        for text in sorted((folder / part / "text").glob("*.txt")):
            annotations = sorted((folder / part / "attributions").glob(f"{text.stem}_*.ann"))
            if annotations:
                pairs.append((text, annotations[0]))
    if not pairs:
        raise EvalError(f"no PolNeAR articles under {folder}: expected dev/text and dev/attributions")
    return pairs[:limit] if limit else pairs


def _rows(name: str, c: Tally) -> list[Row]:
    exact_p = c.predicted_exact / c.predicted if c.predicted else 0.0
    exact_r = c.gold_exact / c.gold if c.gold else 0.0
    exact_f = 2 * exact_p * exact_r / (exact_p + exact_r) if exact_p + exact_r else 0.0
    return [
        Row("polnear", f"{name} (overlap)", *_pr(c.predicted_right, c.predicted, c.gold_found, c.gold), c.gold),
        Row("polnear", f"{name} (exact)", exact_p, exact_r, exact_f, c.gold),
        Row("polnear", f"speaker on {name} (accuracy)", None, None, _ratio(c.speakers_right, c.speakers), c.speakers),
    ]


def _pr(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    p = prf(right, predicted, gold)[0]
    r = prf(found, predicted, gold)[1]
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score(shared: Path, limit: int | None = None) -> list[Row]:
    """PolNeAR rows: direct quotes and all attributions (overlap and exact), and speaker accuracy on each."""
    direct, every = Tally(), Tally()
    for text_path, ann_path in articles(shared / "data" / "polnear", limit):
        text = text_path.read_text(encoding="utf-8")
        extraction = extract(text)
        if extraction.text != text:
            raise EvalError(f"{text_path.name}: the reader changed the text, offsets would not line up")
        golds = read_ann(ann_path, text)
        tally(text, [q for q in extraction.quotes if q.kind == "direct"], [g for g in golds if g.direct], direct)
        tally(text, extraction.quotes, golds, every)
    return _rows("direct quotes", direct) + _rows("all attributions", every)
