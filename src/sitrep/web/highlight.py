"""The article page's model: the text cut into segments at every fact boundary (each segment knows which facts
cover it), grouped by section, and the side panel's list of facts with their normalized values."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from sitrep.store.analysis.figures import figure_text

KINDS = ("entity", "time", "quantity", "quote", "event")
PLURALS = {"entity": "entities", "time": "times", "quantity": "figures", "quote": "quotes", "event": "events"}
SET_APART = ("headline", "subtitle", "dateline", "byline", "caption", "credit", "boilerplate")


@dataclass(slots=True)
class Fact:
    """One fact in the side panel: its local id, kind, words and normalized value."""

    id: str
    kind: str
    text: str
    value: str
    start: int
    end: int


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    facts: list[Fact] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({f.kind for f in self.facts}, key=KINDS.index)

    @property
    def ids(self) -> str:
        return " ".join(dict.fromkeys(f.id for f in self.facts))

    @property
    def title(self) -> str:
        return "\n".join(dict.fromkeys(f"{f.id} {f.kind}: {f.value}" for f in self.facts))


@dataclass(slots=True)
class Block:
    """A section of the article (or the whitespace between two), with its segments."""

    kind: str
    segments: list[Segment]


PART_CHARS = 20_000  # a long text is shown this many characters at a time (cut at a sentence), so pages stay small


@dataclass(slots=True)
class ArticleView:
    blocks: list[Block]
    facts: dict[str, list[Fact]]
    part: int = 0  # which part of the text is shown (0-based)
    parts: list[tuple[int, int]] = field(default_factory=list)  # every part's (start, end) offsets

    @property
    def shown(self) -> tuple[int, int]:
        return self.parts[self.part] if self.parts else (0, 0)


def article_view(doc: dict[str, Any], part: int = 0, size: int = PART_CHARS) -> ArticleView:
    """Cut a SPEC document's text into highlighted segments by section, and list its facts by kind: of the whole
    text, or of one part of it when it is longer than `size` characters (the facts that start in that part)."""
    facts, spans = _facts(doc)
    text: str = doc["text"]
    parts = text_parts(text, doc["sentences"], size)
    part = min(max(part, 0), len(parts) - 1)
    low, high = parts[part]
    spans = [(max(a, low), min(b, high), f) for a, b, f in spans if a < high and b > low]
    facts = {k: [f for f in found if low <= f.start < high] for k, found in facts.items()}
    cuts = {low, high}
    for s in doc["sections"] + doc["sentences"]:  # sentences too, so a link to a sentence's offsets finds it
        cuts.update((s["start"], s["end"]))
    for start, end, _ in spans:
        cuts.update((start, end))
    segments = _segments(text, sorted(c for c in cuts if low <= c <= high), spans)
    return ArticleView(_blocks(segments, doc["sections"]), facts, part, parts)


def text_parts(text: str, sentences: list[dict[str, Any]], size: int) -> list[tuple[int, int]]:
    """The text cut into parts of about `size` characters, each ending where a sentence starts (or mid-text, when
    one sentence is longer than a part)."""
    starts = sorted({s["start"] for s in sentences if 0 < s["start"] < len(text)})
    parts, low = [], 0
    while len(text) - low > size:
        fits = [s for s in starts if low < s <= low + size]
        high = fits[-1] if fits else low + size
        parts.append((low, high))
        low = high
    parts.append((low, len(text)))
    return parts


def _segments(text: str, cuts: list[int], spans: list[tuple[int, int, Fact]]) -> list[Segment]:
    opening: dict[int, list[Fact]] = {}
    closing: dict[int, list[Fact]] = {}
    for start, end, fact in spans:
        opening.setdefault(start, []).append(fact)
        closing.setdefault(end, []).append(fact)
    active: dict[int, Fact] = {}
    out = []
    for a, b in itertools.pairwise(cuts):
        for fact in closing.get(a, []):
            active.pop(id(fact), None)
        for fact in opening.get(a, []):
            active[id(fact)] = fact
        out.append(Segment(text[a:b], a, sorted(active.values(), key=lambda f: f.end - f.start)))
    return out


def _blocks(segments: list[Segment], sections: list[dict[str, Any]]) -> list[Block]:
    bounds = sorted((s["start"], s["end"], s["kind"]) for s in sections)
    blocks: list[Block] = []
    last: tuple[str, int] | None = None
    i = 0
    for seg in segments:
        while i < len(bounds) and bounds[i][1] <= seg.start:
            i += 1
        inside = i < len(bounds) and bounds[i][0] <= seg.start < bounds[i][1]
        key = (bounds[i][2], bounds[i][0]) if inside else ("gap", -1)
        if blocks and key == last:
            blocks[-1].segments.append(seg)
        else:
            blocks.append(Block(key[0], [seg]))
        last = key
    return _tidy(blocks)


def _tidy(blocks: list[Block]) -> list[Block]:
    """Drop the blank lines around a set-apart block (it is drawn as a box of its own)."""
    out = []
    for i, block in enumerate(blocks):
        blank = block.kind == "gap" and not "".join(s.text for s in block.segments).strip()
        beside = {b.kind for b in blocks[max(i - 1, 0) : i + 2]}
        if blank and beside & set(SET_APART):
            continue
        out.append(block)
    return out


def _facts(doc: dict[str, Any]) -> tuple[dict[str, list[Fact]], list[tuple[int, int, Fact]]]:
    names = {e["id"]: e["name"] for e in doc["entities"]}
    facts: dict[str, list[Fact]] = {k: [] for k in KINDS}
    spans: list[tuple[int, int, Fact]] = []
    for e in doc["entities"]:
        value = _entity_value(e, names)
        for m in e["mentions"]:
            fact = Fact(e["id"], "entity", m["text"], value, m["start"], m["end"])
            spans.append((m["start"], m["end"], fact))
        if e["mentions"]:
            first = e["mentions"][0]
            facts["entity"].append(Fact(e["id"], "entity", e["name"], value, first["start"], first["end"]))
    for kind, key, describe in (
        ("time", "times", _time_value),
        ("quantity", "quantities", _quantity_value),
        ("quote", "quotes", _quote_value),
    ):
        for r in doc[key]:
            fact = Fact(r["id"], kind, r["text"], describe(r, names), r["start"], r["end"])
            facts[kind].append(fact)
            spans.append((r["start"], r["end"], fact))
    for v in doc["events"]:
        ev = v["evidence"]
        fact = Fact(v["id"], "event", ev["text"], _event_value(v, names), ev["start"], ev["end"])
        facts["event"].append(fact)
        spans.append((ev["start"], ev["end"], fact))
    return facts, spans


def _entity_value(e: dict[str, Any], names: dict[str, str]) -> str:
    parts = [e["name"], e["kind"] + (f" {e['code']}" if e.get("code") else "")]
    for key, value in (e.get("attributes") or {}).items():
        parts.append(f"{key}: {names.get(value, value) if isinstance(value, str) else value}")
    return ", ".join(str(p) for p in parts)


def _time_value(t: dict[str, Any], names: dict[str, str]) -> str:
    parts = [t["value"]]
    if t.get("begin"):
        parts.append(f"from {t['begin']}")
    if t.get("until"):
        parts.append(f"until {t['until']}")
    return ", ".join([" ".join(parts), t["role"]])


def _quantity_value(q: dict[str, Any], names: dict[str, str]) -> str:
    parts = [figure_text(q["value"], q["low"], q["high"], bool(q["approximate"])), q.get("unit") or ""]
    text = " ".join(p for p in parts if p) + f" ({q['category']})"
    if q.get("holder"):
        text += f", holder {names.get(q['holder'], q['holder'])}"
    if q.get("location"):
        text += f", in {names.get(q['location'], q['location'])}"
    return text


def _quote_value(u: dict[str, Any], names: dict[str, str]) -> str:
    speaker = u.get("speaker") or {}
    who = names.get(speaker.get("entity") or "") or speaker.get("text") or "unattributed"
    return f"{u['kind']} quote, {who}"


def _event_value(v: dict[str, Any], names: dict[str, str]) -> str:
    head = str(v["type"]) + (f" ({v['mode']})" if v.get("mode") else "") + f", {v['modality']}"
    actors = ", ".join(names.get(a, a) for a in v.get("actors", []))
    targets = ", ".join(names.get(a, a) for a in v.get("targets", []))
    if actors or targets:
        head += f": {actors or '?'} → {targets or '—'}"
    return head
