"""The trigger lexicon (`data/events.toml`) and the cue lists of `data/event_cues.toml` as token patterns.

A phrase is written in plain words: "word+" is inflected like a verb, "word~" like a noun, "..." is a gap.
Inflection uses simple suffix rules plus the irregular forms listed in the data. `TokenPatterns` finds them:
the tokens that can start a pattern come from one look-up per distinct word of the Doc (`context.Words`), and
only the patterns starting with that word (and its next one) are checked from there, so the cost stays linear
in the document however large the lexicon grows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.vocab import Vocab

from sitrep.components.events.context import Words
from sitrep.data_files import function_words, load_toml

LEXICON_FILE = "events.toml"
CUES_FILE = "event_cues.toml"
_VOWELS = frozenset("aeiou")
K = TypeVar("K")

# A pattern is a list of elements: the set of lower-case token texts one token may have, or an int n for a gap
# of 0..n tokens.
Element = frozenset[str] | int
Pattern = list[Element]


@dataclass(frozen=True, slots=True)
class TriggerKey:
    """What a matched trigger means: its PLOVER type, mode and whether it was written as a noun."""

    type: str
    mode: str
    nominal: bool
    addressed: bool = False  # the subject is the one addressed ("Sudan must return"), the speaker is the actor


def verb_forms(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """The base form and its -s, -ed and -ing forms (irregular ones from the data)."""
    if word in irregular:
        return [word, *irregular[word]]
    return [word, _third_person(word), _past(word), _gerund(word)]


def noun_forms(word: str) -> list[str]:
    """A noun and its plural."""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return [word, word + "es"] if not word.endswith("s") else [word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def _third_person(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "oe", "ye")):
        return word[:-1] + "ing"
    return word + "ing"


class PatternBuilder:
    """Turns written phrases into Matcher token patterns over the pipeline's own tokenizer."""

    def __init__(self, nlp: Language, *, gap: int, irregular: dict[str, list[str]]) -> None:
        self.nlp = nlp
        self.gap = gap
        self.irregular = irregular

    def phrase(self, text: str) -> Pattern:
        """A pattern for one phrase with "+", "~" and "..." marks."""
        pattern: Pattern = []
        for word in text.lower().split():
            if word == "...":
                pattern.append(self.gap)
            elif word.endswith("+") and len(word) > 1:
                pattern.extend(self._inflected(word[:-1], partial(verb_forms, irregular=self.irregular)))
            elif word.endswith("~") and len(word) > 1:
                pattern.extend(self._inflected(word[:-1], noun_forms))
            else:
                pattern.extend(frozenset([tok.lower_]) for tok in self.nlp.make_doc(word))
        return pattern

    def _inflected(self, word: str, forms: Callable[[str], Iterable[str]]) -> Pattern:
        """A word in each of its forms, over the tokens the pipeline splits it into: a word the tokenizer splits
        ("test-fire", split at its hyphen) is inflected on its last part ("test-fired")."""
        *rest, last = [tok.lower_ for tok in self.nlp.make_doc(word)]
        return [*(frozenset([part]) for part in rest), frozenset(forms(last))]

    def verb(self, text: str) -> Pattern:
        """A verb or phrasal verb: its first word is inflected."""
        first, *rest = text.lower().split()
        return self.phrase(" ".join([first + "+", *rest]))

    def noun(self, text: str) -> Pattern:
        """A noun or noun phrase: its last word may be plural."""
        *rest, last = text.lower().split()
        return self.phrase(" ".join([*rest, last + "~"]))


@cache
def lexicon() -> dict[str, Any]:
    """The trigger lexicon, parsed once."""
    return load_toml(LEXICON_FILE)


@cache
def cues() -> dict[str, Any]:
    """The clause breaks, actor kinds and accident causes (event_cues.toml), parsed once."""
    return load_toml(CUES_FILE)


def trigger_patterns(builder: PatternBuilder) -> list[tuple[TriggerKey, Pattern]]:
    """Every trigger pattern of the lexicon with what it means."""
    found: list[tuple[TriggerKey, Pattern]] = []
    for block in lexicon()["trigger"]:
        verbal, nominal = (
            TriggerKey(block["type"], block["mode"], False, bool(block.get("addressed"))),
            TriggerKey(block["type"], block["mode"], True, bool(block.get("addressed"))),
        )
        found += [(verbal, builder.verb(v)) for v in block.get("verbs", [])]
        found += [(nominal, builder.noun(n)) for n in block.get("nouns", [])]
        found += [(verbal, builder.phrase(p)) for p in block.get("phrases", [])]
        found += [(verbal, builder.phrase(p)) for p in paired_phrases(block)]
    return found


def paired_phrases(block: dict[str, Any]) -> list[str]:
    """The phrases "verb+ ... word" of a block's `pair_verbs` and `pair_words` ("call+ ... mistake~")."""
    return [f"{verb}+ ... {word}" for verb in block.get("pair_verbs", []) for word in block.get("pair_words", [])]


@cache
def event_nouns(types: frozenset[str] | None = None) -> frozenset[str]:
    """The head words (last words) of every noun trigger of the lexicon (of `types` only, when given): a verb
    trigger the parser reads as a noun states an event only when its noun is one of these ("the attack" yes, "a
    stab in the back" no)."""
    blocks = [b for b in lexicon()["trigger"] if types is None or b["type"] in types]
    return frozenset(_head_word(n) for block in blocks for n in block.get("nouns", []))


@cache
def mode_nouns(types: frozenset[str]) -> dict[str, frozenset[str]]:
    """The head words of the noun triggers of each "TYPE/mode" of `types` ("MOBILIZE/weapons test": launch, test)."""
    found: dict[str, set[str]] = {}
    for block in lexicon()["trigger"]:
        if block["type"] in types:
            key = f"{block['type']}/{block['mode']}"
            found.setdefault(key, set()).update(_head_word(n) for n in block.get("nouns", []))
    return {key: frozenset(nouns) for key, nouns in found.items()}


def _head_word(noun: str) -> str:
    """The head of a noun trigger: its last word before any closing preposition ("strike on" -> strike)."""
    words = noun.split()
    while len(words) > 1 and words[-1] in function_words("prepositions"):
        words.pop()
    return words[-1]


@cache
def type_nouns(type_: str) -> frozenset[str]:
    """The noun triggers of one type, whole ("rocket attack", "bombing campaign")."""
    return frozenset(n for block in lexicon()["trigger"] if block["type"] == type_ for n in block.get("nouns", []))


@cache
def base_verbs() -> frozenset[str]:
    """The one-word verb triggers of the lexicon ("detain", "oust")."""
    return frozenset(v for block in lexicon()["trigger"] for v in block.get("verbs", []) if " " not in v)


@cache
def present_verbs() -> frozenset[str]:
    """The one-word verb triggers of the lexicon in their base and -s forms ("detain", "detains", "oust"): such a
    word before a party noun, after a noun, is a verb the tagger read as a modifier ("Police detain protesters"),
    not a word of the party's name ("riot police" is)."""
    return frozenset(form for v in base_verbs() for form in (v, _third_person(v)))


def type_flags(name: str) -> frozenset[str]:
    """The event types whose [types] entry sets `name` (e.g. "frames", "mover")."""
    return frozenset(t for t, flags in lexicon()["types"].items() if flags.get(name))


Match = tuple[K, int, int, frozenset[int]]


class TokenPatterns(Generic[K]):
    """Finds every match of many token patterns in a Doc: (key, start, end, tokens inside gaps).

    Patterns are indexed by the forms of their first word, then by the forms of the word that follows it or, for
    a pattern with a gap right after its first word, of the word that ends the gap; so a token is checked only
    against the patterns that can start there, and a gap's tokens are looked up once for all the patterns that
    share its first word. The cost is linear in the document however large the lexicon grows."""

    def __init__(self, vocab: Vocab, patterns: list[tuple[K, Pattern]], *, stops: frozenset[str] = frozenset()) -> None:
        self.vocab = vocab
        self.stops = stops  # tokens no gap may cover
        self.patterns = [(key, p) for key, p in patterns if p and not isinstance(p[0], int)]
        self.anchors: dict[str, _Anchor[K]] = {}
        for n, (key, pattern) in enumerate(self.patterns):
            first = pattern[0]
            assert not isinstance(first, int)
            compiled = _compile(n, key, pattern)
            for form in first:
                self.anchors.setdefault(form, _Anchor()).add(compiled)
        self.first_words = frozenset(self.anchors)

    def __call__(self, words: Words) -> list[Match[K]]:
        found: list[tuple[int, Match[K]]] = []  # (pattern number, match)
        anchors, lower = self.anchors, words.lower
        n = len(lower)
        for start in words.where(self.first_words):
            anchor = anchors[lower[start]]
            mark = len(found)
            for c in anchor.now:
                self._match_one(c, start, lower, found)
            if anchor.then and start + 1 < n:
                for c in anchor.then.get(lower[start + 1], ()):
                    self._match_one(c, start, lower, found)
            if anchor.gapped:
                self._match_gapped(anchor, start, lower, found)
            if len(found) - mark > 1:  # the lexicon's order (a stable sort: one pattern's gaps stay in order)
                found[mark:] = sorted(found[mark:], key=_first)
        return [match for _order, match in found]

    def _match_one(self, c: _Compiled[K], start: int, lower: list[str], found: list[tuple[int, Match[K]]]) -> None:
        n = len(lower)
        if c.pattern is not None:
            for end, inner in _follow(c.pattern, 1, start + 1, lower, self.stops, ()):
                found.append((c.order, (c.key, start, end, frozenset(inner))))
            return
        pos = start + 1
        if not _fits(c.head, pos, lower, n):
            return
        pos += len(c.head)
        if c.gap < 0:
            found.append((c.order, (c.key, start, pos, _NO_GAP)))
            return
        for gap in range(min(c.gap, n - pos) + 1):
            at = pos + gap
            if gap and lower[at - 1] in self.stops:
                break
            if _fits(c.tail, at, lower, n):
                covered = frozenset(range(pos, at)) if gap else _NO_GAP
                found.append((c.order, (c.key, start, at + len(c.tail), covered)))

    def _match_gapped(
        self, anchor: _Anchor[K], start: int, lower: list[str], found: list[tuple[int, Match[K]]]
    ) -> None:
        """The patterns "word ... words": each token the gap can reach is looked up among their words after it."""
        n, pos = len(lower), start + 1
        for gap in range(min(anchor.max_gap, n - pos - 1) + 1):
            at = pos + gap
            if gap and lower[at - 1] in self.stops:
                break
            for c in anchor.gapped.get(lower[at], ()):
                if gap <= c.gap and _fits(c.tail, at, lower, n):
                    covered = frozenset(range(pos, at)) if gap else _NO_GAP
                    found.append((c.order, (c.key, start, at + len(c.tail), covered)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.vocab, self.patterns, self.stops))


def _first(item: tuple[int, Any]) -> int:
    return item[0]


_NO_GAP: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class _Compiled(Generic[K]):
    """Pattern number `order` after its first word: the words before its gap, the gap (-1: none) and the words
    after it; `pattern` is set instead when it has more than one gap."""

    order: int
    key: K
    head: tuple[frozenset[str], ...]
    gap: int
    tail: tuple[frozenset[str], ...]
    pattern: Pattern | None = None


@dataclass(slots=True)
class _Anchor(Generic[K]):
    """The patterns that start with one word: those checked whatever follows it (`now`), those whose second
    word is known (`then`, by that word) and those with a gap after it (`gapped`, by the word after the gap)."""

    now: list[_Compiled[K]] = field(default_factory=list)
    then: dict[str, list[_Compiled[K]]] = field(default_factory=dict)
    gapped: dict[str, list[_Compiled[K]]] = field(default_factory=dict)
    max_gap: int = 0

    def add(self, c: _Compiled[K]) -> None:
        if c.pattern is None and c.head:
            for second in c.head[0]:
                self.then.setdefault(second, []).append(c)
        elif c.pattern is None and c.gap >= 0 and c.tail:
            for word in c.tail[0]:
                self.gapped.setdefault(word, []).append(c)
            self.max_gap = max(self.max_gap, c.gap)
        else:
            self.now.append(c)


def _compile(order: int, key: K, pattern: Pattern) -> _Compiled[K]:
    gaps = [i for i, element in enumerate(pattern) if isinstance(element, int)]
    if len(gaps) > 1:
        return _Compiled(order, key, (), -1, (), pattern)
    words = [e for e in pattern[1:] if not isinstance(e, int)]
    if not gaps:
        return _Compiled(order, key, tuple(words), -1, ())
    at = gaps[0] - 1
    gap = pattern[gaps[0]]
    assert isinstance(gap, int)
    return _Compiled(order, key, tuple(words[:at]), gap, tuple(words[at:]))


def _fits(words: tuple[frozenset[str], ...], pos: int, lower: list[str], n: int) -> bool:
    """True when `words` match the tokens from `pos` on."""
    if pos + len(words) > n:
        return False
    return all(map(frozenset.__contains__, words, lower[pos : pos + len(words)]))


def _rebuild(vocab: Vocab, patterns: list[tuple[K, Pattern]], stops: frozenset[str]) -> TokenPatterns[K]:
    return TokenPatterns(vocab, patterns, stops=stops)


def _follow(
    pattern: Pattern, k: int, pos: int, lower: list[str], stops: frozenset[str], inner: tuple[int, ...]
) -> Iterator[tuple[int, tuple[int, ...]]]:
    """Every end position where `pattern[k:]` matches from token `pos`, with the tokens its gaps covered."""
    if k == len(pattern):
        yield pos, inner
        return
    element = pattern[k]
    if isinstance(element, int):
        limit = min(element, len(lower) - pos)
        after = pattern[k + 1] if k + 1 < len(pattern) else None
        for gap in range(limit + 1):
            if gap and lower[pos + gap - 1] in stops:
                break
            at = pos + gap
            if isinstance(after, frozenset) and (at >= len(lower) or lower[at] not in after):
                continue  # the word after the gap does not fit here: no need to follow
            yield from _follow(pattern, k + 1, at, lower, stops, inner + tuple(range(pos, at)))
    elif pos < len(lower) and lower[pos] in element:
        yield from _follow(pattern, k + 1, pos + 1, lower, stops, inner)
