"""Parse chosen sentences of an article's Doc, each as a Doc of its own, once.

A name the entity component found ("United States", "Ostrovian rebels") may be given as one word: the parser
then sees only the name's last word ("States", "rebels"), a plain noun it knows how to attach, where it would
often split the name's words across the tree; a person's name is given as a common surname (`penn_upos.toml`
[standins]), which the tagger reads as a proper noun where a rare one ("Chahed") may look like a verb. The parsed
sentence keeps the map from its words back to the article's tokens and characters.

The same words given to the parser get the same parse, so the last parses are kept by their words (`_ParseCache`):
a story that several outlets carry, or a sentence parsed again with stand-ins that change nothing, is not parsed
twice."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import cast

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from thinc.types import Ints2d

from sitrep.components import token_texts
from sitrep.syntax.model import load_parser, one_thread, plain_marks, standins, upos_of_tags

_KEY = "sitrep_parses"
MAX_TOKENS = 150  # longer "sentences" (tables, lists, run-ons) are not parsed: the parse would be worth little
_AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
_PLAN = "sitrep_parse_plan"  # sentences (token ranges) and names a later component will ask for
_SHARED = "__sitrep_parser_labels__"  # marks a vocabulary that holds the parser's label strings
MAX_BATCH_WORDS = 800  # words given to the parser at once (`_parts`): what one batch's arrays take grows with them
CACHED_PARSES = 1024  # sentences whose parse is kept by its words (a few megabytes)

# The sentences to parse, by their first token: the sentence, the words and spaces given to the parser, and where
# each word starts among the article's tokens (plus the end).
_Todo = dict[int, tuple[Span, list[str], list[bool], tuple[int, ...]]]


@dataclass(frozen=True, slots=True)
class Parsed:
    """One parsed sentence: `doc` holds its words; word i covers the article's tokens [offsets[i], offsets[i+1])
    and characters [chars[i], ends[i]); `start` is the article token where the sentence starts."""

    doc: Doc
    start: int
    offsets: tuple[int, ...]
    chars: tuple[int, ...]
    ends: tuple[int, ...]

    def token(self, article_token: int) -> Token:
        """The parsed word that holds a token of the article's Doc."""
        return self.doc[max(bisect_right(self.offsets, article_token) - 1, 0)]

    def article_index(self, token: Token) -> int:
        """The article token where a parsed word starts."""
        return self.offsets[token.i]

    def article_range(self, start: int, end: int) -> tuple[int, int]:
        """The article tokens [a, b) covered by the parsed words [start, end)."""
        return self.offsets[start], self.offsets[end]

    def char_span(self, token: Token) -> tuple[int, int]:
        """Article character offsets of one parsed word (a whole name for a name given as one word)."""
        return self.chars[token.i], self.ends[token.i]


@dataclass(frozen=True, slots=True)
class _Names:
    """The names kept as one word (sorted), where each starts, and the stand-in word of each kind of name."""

    names: list[tuple[int, int, str]]
    starts: list[int]
    standins: dict[str, str]


def plan_parses(doc: Doc, sentences: Iterable[Span], names: Sequence[tuple[int, int, str]] = ()) -> None:
    """Note sentences a later component will ask `parse_sentences` for (with the names it will give): the next
    call parses them in its own batch, once per article rather than once per component (a sentence parsed alone
    costs about twice its share of a batch)."""
    ranges = [(s.start, s.end) for s in sentences]
    if ranges:
        doc.user_data.setdefault(_PLAN, []).append((ranges, list(names)))


def parse_sentences(
    doc: Doc,
    sentences: Iterable[Span],
    names: Sequence[tuple[int, int, str]] = (),
    words: Mapping[int, str] | None = None,
) -> dict[int, Parsed]:
    """Parse each sentence not parsed yet, and those planned (`plan_parses`), in one batch through the parser,
    keeping each of `names` (article token ranges with the entity's kind, sorted) as one word and giving the parser
    `words[i]` for article token i where given; returns every parse of the Doc, keyed by the sentence's first
    token."""
    parses: dict[int, Parsed] = doc.user_data.setdefault(_KEY, {})
    asked = [([(s.start, s.end) for s in sentences], names)]
    if words is None:  # a sentence parsed again with other words (`parse_again`) is parsed on its own
        asked += doc.user_data.pop(_PLAN, [])
    texts = token_texts(doc)
    spaces: list[int] = []
    todo: _Todo = {}
    for ranges, given_names in asked:
        fresh = {
            a: sent
            for a, b in ranges
            if a not in parses and a not in todo and (sent := _trimmed(doc[a:b], texts)) is not None
        }
        if not fresh:
            continue
        spaces = spaces or doc.to_array("SPACY").tolist()
        kept = _one_word_names(given_names, spaces)
        for start, sent in fresh.items():
            given, gaps, offsets = _words(sent.start, sent.end, texts, spaces, kept)
            if words:
                given = [words.get(i, w) for i, w in zip(offsets, given, strict=False)]
            todo[start] = (sent, given, gaps, offsets)
    todo = _reuse(doc, todo, parses, texts)
    if todo:
        _parse(doc, todo, parses, texts)
    return parses


def _parse(doc: Doc, todo: _Todo, parses: dict[int, Parsed], texts: list[str]) -> None:
    """Parse the sentences of `todo` (keyed by their first token, with the words given to the parser) as one
    batch and keep each parse in `parses`."""
    nlp = load_parser()
    _share_strings(nlp, doc.vocab)
    small = [_one_sentence(doc.vocab, given, gaps) for _sent, given, gaps, _offsets in todo.values()]
    with one_thread():
        small = [parsed for part in _parts(small) for parsed in nlp.pipe(part)]
    _set_pos(small)
    for parsed in small:
        parsed.tensor = _NO_VECTORS  # the word vectors: no component reads them
    cache = _CACHE.serving(nlp)
    for (_sent, given, gaps, _offsets), parsed in zip(todo.values(), small, strict=True):
        cache.put(given, gaps, parsed)
    _keep(doc, todo, small, parses, texts)


def _parts(docs: list[Doc]) -> list[list[Doc]]:
    """The sentences of a batch in runs of at most `MAX_BATCH_WORDS` words (a longer sentence alone): the network
    keeps every layer's arrays of a batch until the batch is done, some 18 kB a word, so one long article's batch
    (3,000 words) once took 50 MB at once, which the process then kept."""
    parts: list[list[Doc]] = [[]]
    words = 0
    for one in docs:
        if parts[-1] and words + len(one) > MAX_BATCH_WORDS:
            parts.append([])
            words = 0
        parts[-1].append(one)
        words += len(one)
    return parts


def _reuse(doc: Doc, todo: _Todo, parses: dict[int, Parsed], texts: list[str]) -> _Todo:
    """Keep in `parses` the sentences of `todo` whose words the parser has parsed before (`_CACHE`); returns the
    others. Raises `ParserMissing` as a parse would."""
    if not todo:
        return todo
    cache = _CACHE.serving(load_parser())
    found = {
        key: known
        for key, (_sent, given, gaps, _offsets) in todo.items()
        if (known := cache.get(doc.vocab, given, gaps)) is not None
    }
    if found:
        _keep(doc, {key: todo[key] for key in found}, list(found.values()), parses, texts)
    return {key: item for key, item in todo.items() if key not in found}


def _keep(doc: Doc, todo: _Todo, small: list[Doc], parses: dict[int, Parsed], texts: list[str]) -> None:
    """Keep the parse of each sentence of `todo` (in order, `small`) in `parses`, with its map to the article."""
    idx = doc.to_array("IDX").tolist()
    for (key, (sent, _given, _gaps, offsets)), parsed in zip(todo.items(), small, strict=True):
        chars = tuple(idx[a] for a in offsets[:-1])
        ends = tuple(idx[e] + len(texts[e]) for e in _last_words(offsets, texts))
        parses[key] = Parsed(parsed, sent.start, offsets, chars, ends)


def _last_words(offsets: tuple[int, ...], texts: list[str]) -> list[int]:
    """The last article token of each parsed word that is no whitespace (a space run after a word is kept in its
    range, not in its characters)."""
    last: list[int] = []
    for a, b in pairwise(offsets):
        e = b - 1
        while e > a and not texts[e].strip():
            e -= 1
        last.append(e)
    return last


@dataclass(slots=True)
class _ParseCache:
    """The last parses of one parser, by the words and spaces given to it. Each is kept as the arrays of what the
    parse set (`_KEPT`: tags, POS, relations, heads; a Doc rebuilt from them and its words is the parse, to the last
    attribute), not as a Doc: a copy cost as much again as building the Doc to parse, and a component may mend a
    parse in place (`events.clause`), which leaves the arrays as they were. No parse keeps its word vectors
    (`_parse`), which no component reads."""

    size: int
    parser: Language | None = None
    docs: OrderedDict[tuple[tuple[str, ...], tuple[bool, ...]], tuple[Vocab, Ints2d]] = field(
        default_factory=OrderedDict
    )

    def serving(self, parser: Language) -> _ParseCache:
        """The cache, emptied first when its parses came from another parser (`SITREP_PARSER`, reloaded)."""
        if parser is not self.parser:
            self.docs.clear()
            self.parser = parser
        return self

    def get(self, vocab: Vocab, words: list[str], gaps: list[bool]) -> Doc | None:
        key = (tuple(words), tuple(gaps))
        known = self.docs.get(key)
        if known is None or known[0] is not vocab:
            return None
        self.docs.move_to_end(key)
        doc = Doc(vocab, words=words, spaces=gaps)
        doc.from_array(_KEPT, known[1])
        return doc

    def put(self, words: list[str], gaps: list[bool], parsed: Doc) -> None:
        self.docs[(tuple(words), tuple(gaps))] = (parsed.vocab, cast(Ints2d, parsed.to_array(_KEPT)))
        if len(self.docs) > self.size:
            self.docs.popitem(last=False)

    def clear(self) -> None:
        self.docs.clear()


_KEPT: list[int | str] = ["TAG", "POS", "DEP", "HEAD", "LEMMA", "MORPH"]  # what the tagger and parser set
_CACHE = _ParseCache(CACHED_PARSES)
_NO_VECTORS = numpy.zeros((0,), dtype="float32")


def _one_sentence(vocab: Vocab, words: list[str], spaces: list[bool]) -> Doc:
    """A Doc of one sentence's words, which the parser may not split: its first word starts a sentence, no other
    does (set as one array: Doc's `sent_starts` argument checks a list of flags one by one, which nearly doubled
    the cost of building the Doc)."""
    one = Doc(vocab, words=words, spaces=spaces)
    starts = numpy.full((len(words), 1), -1, dtype="int64")
    starts[0] = 1
    one.from_array(["SENT_START"], cast(Ints2d, starts.astype("uint64")))
    return one


def parse_standing_in(
    doc: Doc,
    sentence: Span,
    names: Sequence[tuple[int, int, str]],
    words: Mapping[int, str],
    keep: Callable[[Parsed], bool],
) -> Parsed | None:
    """Parse a sentence once more with stand-in words for some of its tokens (`parse_again`) and give those words
    back their own text and lemma: the parse keeps the structure the stand-in led the parser to ("Turkish warplanes
    struck Kurdish positions", its verb read as an adjective, parsed with "took" in its place). The new parse is
    kept (on the Doc, where `parse_sentences` keeps its parses) when `keep` says so, else the one there was; returns
    the parse kept, None for a sentence not parsed before."""
    parses: dict[int, Parsed] = doc.user_data.setdefault(_KEY, {})
    before = parses.get(sentence.start)
    if before is None:
        return None  # a sentence never parsed (too long, or not asked for) is not parsed for a stand-in either
    again = parse_again(doc, sentence, names, words)
    if again is None:
        parses[sentence.start] = before
        return before
    own = {again.token(i).i: before.token(i) for i in words}
    old = again.doc
    restored = Parsed(
        Doc(
            old.vocab,
            words=[own[t.i].text if t.i in own else t.text for t in old],
            spaces=[bool(t.whitespace_) for t in old],
            tags=[t.tag_ for t in old],
            pos=[t.pos_ for t in old],
            heads=[t.head.i for t in old],
            deps=[t.dep_ for t in old],
            lemmas=[own[t.i].lemma_ if t.i in own else t.lemma_ for t in old],
        ),
        again.start,
        again.offsets,
        again.chars,
        again.ends,
    )
    parses[sentence.start] = kept = restored if keep(restored) else before
    return kept


def parse_ahead(
    doc: Doc, asked: Sequence[tuple[Span, Mapping[int, str]]], names: Sequence[tuple[int, int, str]] = ()
) -> None:
    """Parse in one batch the sentences a component is about to ask `parse_again` or `parse_standing_in` for, each
    with its other words, and keep the parses only where those calls look first (`_CACHE`): each call then takes its
    parse from there instead of sending one sentence to the parser alone (a batch of one sentence costs several
    times its share of a batch). What the calls return is the same; the Doc's parses are left as they are."""
    if not asked:
        return
    texts = token_texts(doc)
    spaces: list[int] = doc.to_array("SPACY").tolist()
    kept = _one_word_names(names, spaces)
    todo: _Todo = {}
    for n, (sentence, words) in enumerate(asked):
        sent = _trimmed(sentence, texts)
        if sent is not None and words:
            given, gaps, offsets = _words(sent.start, sent.end, texts, spaces, kept)
            given = [words.get(i, w) for i, w in zip(offsets, given, strict=False)]
            todo[n] = (sent, given, gaps, offsets)
    todo = _reuse(doc, todo, {}, texts)
    if todo:
        _parse(doc, todo, {}, texts)


def parsed_at(doc: Doc, start: int) -> Parsed | None:
    """The parse of the sentence that starts at article token `start`, if a component has parsed it (never parses)."""
    parses: dict[int, Parsed] = doc.user_data.get(_KEY, {})
    return parses.get(start)


def parse_again(
    doc: Doc, sentence: Span, names: Sequence[tuple[int, int, str]], words: Mapping[int, str]
) -> Parsed | None:
    """Parse a sentence once more with other words for some of its tokens (a headline's "Envoy backs plan" as
    "Envoy backed plan": a tagger trained on running text reads a headline's verb as a plural noun)."""
    parses: dict[int, Parsed] = doc.user_data.setdefault(_KEY, {})
    parses.pop(sentence.start, None)
    return parse_sentences(doc, [sentence], names, words).get(sentence.start)


def _set_pos(docs: Sequence[Doc]) -> None:
    """Universal POS from the Penn tag; auxiliaries and copulas from their relation, subordinators from "mark" (read
    and written as arrays, for the whole batch at once: a loop over the Doc's Token objects cost a tenth of the
    parse, a loop over each Doc's arrays still a twentieth)."""
    docs = [doc for doc in docs if len(doc)]
    if not docs:
        return
    ids = _pos_ids()
    both = numpy.concatenate([doc.to_array(_TAG_DEP) for doc in docs])
    tags, deps = both[:, 0], both[:, 1]
    at = numpy.minimum(numpy.searchsorted(ids.tags, tags), len(ids.tags) - 1)
    pos = numpy.where(ids.tags[at] == tags, ids.upos[at], ids.other)
    pos[(tags == ids.preposition) & (deps == ids.mark)] = ids.sconj
    pos[numpy.isin(deps, ids.aux_deps)] = ids.aux
    ends = numpy.cumsum([len(doc) for doc in docs])
    for doc, part in zip(docs, numpy.split(pos.reshape(-1, 1), ends[:-1]), strict=True):
        doc.from_array(["POS"], cast(Ints2d, part))


_TAG_DEP: list[int | str] = ["TAG", "DEP"]


@dataclass(frozen=True, slots=True)
class _PosIds:
    """The string ids `_set_pos` reads and writes (an id is the same in every vocabulary): the Penn tags (sorted) and
    the Universal POS of each, and the relations and tags that decide a POS by themselves."""

    tags: numpy.ndarray
    upos: numpy.ndarray
    other: int  # the POS of a tag the table does not know
    aux_deps: numpy.ndarray
    aux: int
    mark: int
    preposition: int
    sconj: int


@cache
def _pos_ids() -> _PosIds:
    strings = StringStore()
    by_tag = sorted((strings.add(tag), strings.add(upos)) for tag, upos in upos_of_tags().items())
    return _PosIds(
        tags=numpy.array([tag for tag, _upos in by_tag], dtype="uint64"),
        upos=numpy.array([upos for _tag, upos in by_tag], dtype="uint64"),
        other=strings.add("X"),
        aux_deps=numpy.array(sorted(strings.add(dep) for dep in _AUX_DEPS), dtype="uint64"),
        aux=strings.add("AUX"),
        mark=strings.add("mark"),
        preposition=strings.add("IN"),
        sconj=strings.add("SCONJ"),
    )


def _share_strings(nlp: Language, vocab: Vocab) -> None:
    """Let the parser annotate Docs of the article's own vocabulary: its words are known there already (building
    them again in the parser's vocabulary took a tenth of the parse time), its labels are added once."""
    if _SHARED in vocab.strings:
        return
    for text in nlp.vocab.strings:
        vocab.strings.add(text)
    vocab.strings.add(_SHARED)


def _trimmed(sent: Span, texts: list[str]) -> Span | None:
    """The sentence without the whitespace tokens at its edges (line breaks); None when nothing is left or it is
    too long to parse."""
    start, end = sent.start, sent.end
    while start < end and not texts[start].strip():
        start += 1
    while end > start and not texts[end - 1].strip():
        end -= 1
    if not 0 < end - start <= MAX_TOKENS:
        return None
    return sent.doc[start:end]


def _one_word_names(names: Sequence[tuple[int, int, str]], spaces: list[int]) -> _Names:
    """The names given to the parser as one word: "United States", not "al-Sudani" (unless a person's)."""
    table = standins()
    kept = [(a, b, kind) for a, b, kind in names if all(spaces[k] for k in range(a, b - 1)) or kind in table]
    return _Names(kept, [a for a, _b, _k in kept], table)


def _words(
    start: int, end: int, texts: list[str], spaces: list[int], one_word: _Names
) -> tuple[list[str], list[bool], tuple[int, ...]]:
    """The sentence's words (a name inside it as one word: its kind's stand-in, else its last word; a whitespace
    token inside it no word, part of the word before), whether each is followed by a space, and where each starts
    among the article's tokens (plus the end)."""
    names, starts, table = one_word.names, one_word.starts, one_word.standins
    words: list[str] = []
    gaps: list[bool] = []
    offsets: list[int] = []
    plain = plain_marks()
    at = bisect_right(starts, start - 1)
    i = start
    while i < end:
        while at < len(names) and names[at][0] < i:
            at += 1
        name = at < len(names) and names[at][0] == i and names[at][1] <= end
        if not name and words and not texts[i].strip():
            gaps[-1] = True  # a second space or a line break inside the sentence: no word of its own
            i += 1
            continue
        stop = names[at][1] if name else i + 1
        offsets.append(i)
        words.append(table.get(names[at][2], texts[stop - 1]) if name else texts[stop - 1].translate(plain))
        gaps.append(bool(spaces[stop - 1]))
        i = stop
    offsets.append(end)
    return words, gaps, tuple(offsets)
