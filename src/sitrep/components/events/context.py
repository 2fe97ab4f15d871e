"""What an event reads from the Doc, indexed once per document: entity mentions, times, quantities, quotes and
sections as token ranges (sorted, looked up with bisect), and each sentence cut into clause segments."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Protocol, TypeVar, cast

import numpy
from spacy.tokens import Doc

from sitrep.components.quotes.lexicon import load_lexicon
from sitrep.record import Entity, Quantity, Quote, Section, Time

T = TypeVar("T")


class _Started(Protocol):
    @property
    def start(self) -> int: ...


S = TypeVar("S", bound=_Started)
_NO_END = 1 << 62  # sorts after every end offset
_MAX_KNOWN = 200_000  # string texts kept between documents


@dataclass(slots=True, eq=False)
class Item:
    """One record's span in tokens [start, end) and characters, with its id and kind (equal only to itself: the
    items of one Doc are made once, and never changed)."""

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

    def holding(self, token: int, reach: int = 12) -> Item | None:
        """The item that holds `token` (the innermost-starting one), looking back `reach` tokens for its start."""
        for item in reversed(self.within(max(token - reach, 0), token + 1)):
            if item.start <= token < item.end:
                return item
        return None

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class Words:
    """What events read of every token, from one `Doc.to_array` call: its lower-case text (`lower`), its first
    character (`starts`) and the sentence starts. Each distinct text is kept once (position by text in `ids`)
    with where each token's text is in it (`inverse`), so finding the tokens of a word list costs one set
    intersection."""

    lower: list[str]
    ids: dict[str, int]
    inverse: numpy.ndarray[Any, Any]
    starts: list[int]
    sent_starts: list[int]
    start_array: numpy.ndarray[Any, Any]  # `starts` as an array, for looking many characters up at once

    def where(self, words: frozenset[str]) -> list[int]:
        """The tokens whose lower-case text is in `words`, in order."""
        ids = self.ids
        hits = [ids[w] for w in words.intersection(ids)]  # iterates the Doc's distinct words, the smaller side
        if not hits:
            return []
        mask = numpy.zeros(len(ids), dtype=bool)
        mask[hits] = True
        found: list[int] = numpy.flatnonzero(mask[self.inverse]).tolist()
        return found


@dataclass(slots=True)
class DocIndex:
    """Everything about one Doc an event needs, built in one pass over its records."""

    doc: Doc
    words: Words
    lower: list[str]
    token_starts: list[int]
    mentions: SpanIndex
    times: SpanIndex
    quantities: SpanIndex
    quotes: list[tuple[int, int]]
    quote_reach: list[int]  # the furthest end of the quotes up to each one (quotes sorted by start)
    sections: list[Section]
    section_starts: list[int]
    resolve: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # entity id -> kind, of the entities mentioned
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "male"/"female", where name or title tells

    def section_at(self, char: int) -> str:
        at = bisect_right(self.section_starts, char) - 1
        return self.sections[at].kind if at >= 0 else "body"

    def in_quote(self, start: int, end: int) -> bool:
        """True when the character span lies inside a quote record."""
        at = bisect_right(self.quotes, (start, _NO_END)) - 1
        return at >= 0 and self.quote_reach[at] >= end


def _genders(entities: Iterable[Entity]) -> dict[str, str]:
    """The gender each person's title or first name tells (the quotes component's word lists): "he" does not
    stand for "Queen Elizabeth" nor "she" for "Michael Webb"."""
    gender = load_lexicon().gender
    out: dict[str, str] = {}
    for e in entities:
        title = e.attributes.get("title")
        words = [*(str(title).split() if title else []), *e.name.split()]
        if e.kind == "person" and words and (found := gender.of_words(words)) is not None:
            out[e.id] = found
    return out


def _spoken_genders(quotes: Iterable[Quote], known: dict[str, str]) -> dict[str, str]:
    """The gender of each person the quotes component gave a quote by "he" or "she" ("..., she said": the speaker
    it resolved is a woman), unless the name tells it already or the pronouns given to them disagree."""
    pronouns = load_lexicon().gender.pronouns
    told: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.entity is not None and q.speaker.text.lower() in pronouns:
            told.setdefault(q.speaker.entity, set()).add(pronouns[q.speaker.text.lower()])
    return {e: g.pop() for e, g in told.items() if len(g) == 1 and e not in known}


def build_index(doc: Doc, words: Words | None = None) -> DocIndex:
    """Index the records the earlier components left on the Doc (any list may be empty)."""
    words = words if words is not None else words_of(doc)
    sections: list[Section] = list(doc._.sections or [])
    quotes = sorted((q.start, q.end) for q in _records(doc, "quotes", Quote))
    index = DocIndex(
        doc=doc,
        words=words,
        lower=words.lower,
        token_starts=words.starts,
        mentions=SpanIndex(()),
        times=SpanIndex(()),
        quantities=SpanIndex(()),
        quotes=quotes,
        quote_reach=list(accumulate((e for _s, e in quotes), max)),
        sections=sections,
        section_starts=[s.start for s in sections],
    )
    entities = _records(doc, "entities", Entity)
    index.mentions = SpanIndex(_outermost(_mention_items(index, entities)))
    index.kinds = {m.id: m.kind for m in index.mentions.items}
    told = _genders(entities)
    index.genders = told | _spoken_genders(_records(doc, "quotes", Quote), told)
    times = _records(doc, "times", Time)
    index.times = SpanIndex(_items(index, [(t.start, t.end, t.id, t.role) for t in times]))
    quantities = _records(doc, "quantities", Quantity)
    index.quantities = SpanIndex(_items(index, [(q.start, q.end, q.id, q.category) for q in quantities]))
    index.resolve = _affiliations(entities)
    return index


def words_of(doc: Doc, strings: dict[int, str] | None = None) -> Words:
    """The tokens of the Doc as `Words`; `strings` keeps the texts of string hashes already looked up (reading
    one from the vocabulary decodes it anew each time)."""
    if not len(doc):
        return Words([], {}, numpy.zeros(0, dtype="int64"), [], [], numpy.zeros(0, dtype="int64"))
    columns = doc.to_array(["LOWER", "IDX", "SENT_START"])
    keys, inverse = numpy.unique(columns[:, 0], return_inverse=True)
    table = _texts(doc, keys.tolist(), strings if strings is not None else {})
    sent_starts: list[int] = numpy.flatnonzero(columns[:, 2] == 1).tolist()
    starts = columns[:, 1].astype("int64")
    return Words(
        lower=numpy.array(table, dtype=object)[inverse].tolist(),
        ids=dict(zip(table, range(len(table)), strict=True)),
        inverse=inverse,
        starts=starts.tolist(),
        sent_starts=sent_starts if sent_starts and sent_starts[0] == 0 else [0, *sent_starts],
        start_array=starts,
    )


def _texts(doc: Doc, keys: list[int], known: dict[int, str]) -> list[str]:
    if len(known) > _MAX_KNOWN:
        known.clear()
    table: list[str | None] = list(map(known.get, keys))
    if None in table:
        vocab = doc.vocab.strings
        for n, text in enumerate(table):
            if text is None:
                table[n] = known[keys[n]] = vocab[keys[n]]
    return cast(list[str], table)  # every None was filled


def _records(doc: Doc, name: str, kind: type[T]) -> list[T]:
    return [r for r in (getattr(doc._, name, None) or []) if isinstance(r, kind)]


def _items(index: DocIndex, spans: list[tuple[int, int, str, str]]) -> list[Item]:
    """Items for (start, end, id, kind) character spans, their tokens found for all of them at once."""
    if not spans or not index.token_starts:
        return []
    chars = numpy.array([(start, max(end - 1, start)) for start, end, _id, _kind in spans], dtype="int64")
    tokens = numpy.searchsorted(index.words.start_array, chars, side="right") - 1
    first, last = numpy.maximum(tokens, 0).T.tolist()
    return [
        Item(a, b + 1, start, end, id, kind) for a, b, (start, end, id, kind) in zip(first, last, spans, strict=True)
    ]


def _mention_items(index: DocIndex, entities: Sequence[Entity]) -> list[Item]:
    return _items(index, [(m.start, m.end, e.id, e.kind) for e in entities for m in e.mentions])


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
    """A sentence [start, end) in tokens."""

    start: int
    end: int


def clauses(words: Words, triggers: Sequence[S]) -> Iterator[tuple[Clause, list[S]]]:
    """Each sentence that holds a trigger (a thing with a token `start`; sorted), with its triggers."""
    starts = words.sent_starts
    if not starts:
        return
    at = 0
    while at < len(triggers):
        n = bisect_right(starts, triggers[at].start)
        start = starts[n - 1]
        end = starts[n] if n < len(starts) else len(words.lower)
        mine: list[S] = []
        while at < len(triggers) and triggers[at].start < end:
            mine.append(triggers[at])
            at += 1
        yield Clause(start, end), mine
