"""What an event reads from the Doc, indexed once per document: entity mentions, times, quantities, quotes and
sections as token ranges (sorted, looked up with bisect), and each sentence cut into clause segments."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy
from spacy.tokens import Doc

from sitrep.record import Entity, Quantity, Quote, Section, Time

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Item:
    """One record's span in tokens [start, end) and characters, with its id and kind."""

    start: int
    end: int
    char_start: int
    char_end: int
    id: str
    kind: str


class SpanIndex:
    """Items sorted by start token; `within(a, b)` lists those that start in [a, b)."""

    def __init__(self, items: Iterable[Item]) -> None:
        self.items = sorted(items, key=lambda i: (i.start, -i.end))
        self.starts = [i.start for i in self.items]

    def within(self, start: int, end: int) -> list[Item]:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.items[lo:hi]

    def __len__(self) -> int:
        return len(self.items)


@dataclass(slots=True)
class DocIndex:
    """Everything about one Doc an event needs, built in one pass over its records."""

    doc: Doc
    lower: list[str]
    title: list[bool]
    token_starts: list[int]
    mentions: SpanIndex
    times: SpanIndex
    quantities: SpanIndex
    quotes: list[tuple[int, int]]
    sections: list[Section]
    section_starts: list[int]
    resolve: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)

    def token_of(self, char: int) -> int:
        """The token that holds character `char`."""
        return max(bisect_right(self.token_starts, char) - 1, 0)

    def section_at(self, char: int) -> str:
        at = bisect_right(self.section_starts, char) - 1
        return self.sections[at].kind if at >= 0 else "body"

    def in_quote(self, start: int, end: int) -> bool:
        """True when the character span lies inside a quote record."""
        return any(qs <= start and end <= qe for qs, qe in self.quotes)


def build_index(doc: Doc, lower: list[str] | None = None) -> DocIndex:
    """Index the records the earlier components left on the Doc (any list may be empty)."""
    columns = doc.to_array(["IDX", "IS_TITLE"]) if len(doc) else numpy.zeros((0, 2), dtype="uint64")
    sections: list[Section] = list(doc._.sections or [])
    index = DocIndex(
        doc=doc,
        lower=lower if lower is not None else lower_texts(doc),
        title=columns[:, 1].astype(bool).tolist(),
        token_starts=columns[:, 0].astype("int64").tolist(),
        mentions=SpanIndex(()),
        times=SpanIndex(()),
        quantities=SpanIndex(()),
        quotes=[(q.start, q.end) for q in _records(doc, "quotes", Quote)],
        sections=sections,
        section_starts=[s.start for s in sections],
    )
    entities = _records(doc, "entities", Entity)
    index.mentions = SpanIndex(_outermost(_mention_items(index, entities)))
    index.times = SpanIndex(_item(index, t.start, t.end, t.id, t.role) for t in _records(doc, "times", Time))
    quantities = _records(doc, "quantities", Quantity)
    index.quantities = SpanIndex(_item(index, q.start, q.end, q.id, q.category) for q in quantities)
    index.resolve = _affiliations(entities)
    return index


def lower_texts(doc: Doc) -> list[str]:
    """The lower-case text of every token, read as one array."""
    if not len(doc):
        return []
    keys, inverse = numpy.unique(doc.to_array("LOWER"), return_inverse=True)
    strings = doc.vocab.strings
    table = [strings[int(key)] for key in keys]
    return list(map(table.__getitem__, inverse.tolist()))


def _records(doc: Doc, name: str, kind: type[T]) -> list[T]:
    return [r for r in (getattr(doc._, name, None) or []) if isinstance(r, kind)]


def _item(index: DocIndex, start: int, end: int, id: str, kind: str) -> Item:
    last = index.token_of(max(end - 1, start))
    return Item(index.token_of(start), last + 1, start, end, id, kind)


def _mention_items(index: DocIndex, entities: Sequence[Entity]) -> Iterable[Item]:
    for entity in entities:
        for m in entity.mentions:
            yield _item(index, m.start, m.end, entity.id, entity.kind)


def _outermost(items: Iterable[Item]) -> list[Item]:
    """Mentions not nested inside a longer one ("Iranian" inside "Iranian-backed militia groups")."""
    kept: list[Item] = []
    for item in sorted(items, key=lambda i: (i.char_start, -i.char_end)):
        if kept and item.char_end <= kept[-1].char_end:
            continue
        kept.append(item)
    return kept


def _affiliations(entities: Sequence[Entity]) -> dict[str, str]:
    """Person id -> the country it speaks for, where the entity component recorded an affiliation."""
    countries = {e.id for e in entities if e.kind == "country"}
    resolve: dict[str, str] = {}
    for e in entities:
        affiliation = e.attributes.get("affiliation") if e.kind == "person" else None
        if isinstance(affiliation, str) and affiliation in countries:
            resolve[e.id] = affiliation
    return resolve


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence [start, end) in tokens and the segments its breaks (commas, semicolons, ...) cut it into."""

    start: int
    end: int
    segments: tuple[tuple[int, int], ...]

    def segment_of(self, token: int) -> tuple[int, int]:
        for seg in self.segments:
            if seg[0] <= token < seg[1]:
                return seg
        return (self.start, self.end)


def sentence_starts(doc: Doc) -> list[int]:
    """The token index where each sentence starts, read as one array."""
    if not len(doc):
        return []
    starts: list[int] = numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]


def clauses(doc: Doc, lower: list[str], breaks: frozenset[str]) -> list[Clause]:
    """Every sentence of the Doc with its segments."""
    starts = sentence_starts(doc)
    if not starts:
        return []
    found: list[Clause] = []
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        segments: list[tuple[int, int]] = []
        seg_start = start
        for i in range(start, end):
            if lower[i] in breaks:
                if i > seg_start:
                    segments.append((seg_start, i))
                seg_start = i + 1
        if end > seg_start:
            segments.append((seg_start, end))
        found.append(Clause(start, end, tuple(segments)))
    return found
