"""Score the time tagger on TempEval-3 (TimeML) and MEANTIME (NewsReader XML), the TempEval-3 way.

MEANTIME annotates only each article's title and first sentences: predictions after the last annotated sentence,
and on the creation-time line, are left out of its scores.

Strict extent: a predicted span equals a gold span. Relaxed extent: the spans overlap (each gold expression
matched once). Value: a relaxed match whose TIMEX3 value is equal. Each document's creation time is the anchor."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sitrep.eval import EvalError, Row, prf
from sitrep.pipeline import extract

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'", "''", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    value: str


@dataclass(slots=True)
class GoldDoc:
    """One document: its plain text, anchor, gold expressions and spans to leave out of scoring (its DCT)."""

    name: str
    text: str
    published: date | None
    gold: list[Timex]
    ignore: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Counts:
    n_pred: int = 0
    n_gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        for name in ("n_pred", "n_gold", "strict", "relaxed", "value"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _dct(value: str | None) -> date | None:
    if not value:
        return None
    for text, form in ((value, None), (value[:10], None), (value, "%m-%d-%Y")):
        try:
            return (datetime.strptime(text, form) if form else datetime.fromisoformat(text)).date()
        except ValueError:
            continue
    return None


def _walk(element: ET.Element, pos: int, out: list[Timex]) -> int:
    start = pos
    pos += len(element.text or "")
    for child in element:
        pos = _walk(child, pos, out)
        pos += len(child.tail or "")
    if element.tag == "TIMEX3":
        out.append(Timex(start, pos, element.get("value", "")))
    return pos


def read_timeml(path: Path) -> GoldDoc:
    """A TempEval-3 `.tml` file: the TEXT element's plain text and its TIMEX3 spans."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise EvalError(f"cannot read {path}: {e}") from e
    body = root.find("TEXT")
    if body is None:
        raise EvalError(f"{path} has no TEXT element")
    gold: list[Timex] = []
    _walk(body, 0, gold)
    dct = root.find("DCT/TIMEX3")
    return GoldDoc(path.name, "".join(body.itertext()), _dct(dct.get("value") if dct is not None else None), gold)


def _detokenize(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos, sentence, previous = 0, None, ""
    for token in tokens:
        word = token.text or ""
        if parts:
            gap = "\n" if token.get("sentence") != sentence else " "
            if gap == " " and (word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER):
                gap = ""
            parts.append(gap)
            pos += len(gap)
        spans[token.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sentence, previous = token.get("sentence"), word
    return "".join(parts), spans


def read_meantime(path: Path) -> GoldDoc:
    """A MEANTIME document: tokens joined back into text, TIMEX3 markables as character spans."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise EvalError(f"cannot read {path}: {e}") from e
    tokens = root.findall("token")
    text, spans = _detokenize(tokens)
    gold: list[Timex] = []
    ignore: list[tuple[int, int]] = []
    published = None
    for timex in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id", "")] for a in timex.findall("token_anchor") if a.get("t_id") in spans]
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = _dct(timex.get("value"))
            ignore.extend(anchors[:1] and [(anchors[0][0], anchors[-1][1])])
        elif anchors:
            gold.append(Timex(anchors[0][0], anchors[-1][1], timex.get("value", "")))
    ignore.append((_annotated_end(root, tokens, spans), len(text) + 1))
    return GoldDoc(path.name, text, published, gold, ignore)


def _annotated_end(root: ET.Element, tokens: list[ET.Element], spans: dict[str, tuple[int, int]]) -> int:
    """MEANTIME annotates only the first sentences of each article: where the last annotated sentence ends."""
    sentence = {t.get("t_id"): int(t.get("sentence", "0")) for t in tokens}
    anchored = [sentence.get(a.get("t_id"), 0) for a in root.iter("token_anchor")]
    last = max(anchored, default=0)
    ends = [spans[t.get("t_id", "")][1] for t in tokens if int(t.get("sentence", "0")) <= last]
    return max(ends, default=0)


def predict(doc: GoldDoc) -> list[Timex]:
    """The tagger's expressions, minus those on a span left out of scoring."""
    found = extract(doc.text, published=doc.published).times
    return [
        Timex(t.start, t.end, t.value)
        for t in found
        if not any(t.start < end and start < t.end for start, end in doc.ignore)
    ]


def compare(gold: list[Timex], pred: list[Timex]) -> Counts:
    """Strict, relaxed and value matches between one document's gold and predicted expressions."""
    counts = Counts(n_pred=len(pred), n_gold=len(gold))
    exact = {(g.start, g.end) for g in gold}
    counts.strict = sum((p.start, p.end) in exact for p in pred)
    used: set[int] = set()
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and p.start < g.end and g.start < p.end:
                used.add(i)
                counts.relaxed += 1
                counts.value += p.value == g.value
                break
    return counts


def _docs(folder: Path, pattern: str, limit: int | None) -> Iterator[Path]:
    paths = sorted(folder.glob(pattern))
    if not paths:
        raise EvalError(f"no gold files found in {folder}")
    yield from paths[:limit] if limit else paths


def _rows(dataset: str, counts: Counts) -> list[Row]:
    rows = []
    for metric, tp in (("strict extent", counts.strict), ("relaxed extent", counts.relaxed), ("value", counts.value)):
        rows.append(Row(dataset, f"timex {metric}", *prf(tp, counts.n_pred, counts.n_gold), support=counts.n_gold))
    return rows


def compare_doc(doc: GoldDoc) -> Counts:
    """One document's counts."""
    return compare(doc.gold, predict(doc))


def score_dataset(docs: Iterator[GoldDoc]) -> Counts:
    total = Counts()
    for doc in docs:
        total.add(compare_doc(doc))
    return total


def score(shared: Path, limit: int | None = None) -> list[Row]:
    """TempEval-3 as a whole and per part (TimeBank, AQUAINT: one can be developed on, the other kept as a
    check), then MEANTIME."""
    tempeval = shared / "data" / "tempeval3"
    parts: dict[str, Counts] = {}
    for path in _docs(tempeval, "*/*.tml", limit):
        parts.setdefault(path.parent.name, Counts()).add(compare_doc(read_timeml(path)))
    total = Counts()
    for counts in parts.values():
        total.add(counts)
    rows = _rows("tempeval3", total)
    for part, counts in sorted(parts.items()):
        rows += _rows(f"tempeval3 {part}", counts)
    meantime = shared / "data" / "meantime_en"
    if meantime.is_dir():
        rows += _rows("meantime", score_dataset(read_meantime(p) for p in _docs(meantime, "corpus_*/*.xml", limit)))
    return rows
