"""Which rules can match where: each rule is tried only at words it can begin with.

The first word of every rule is worked out once, from the rule's own compiled regular expression (so it never
drifts from `data/times.toml`): "(?:the\\s+)?(?P<mon>jan(?:uary)?|…)" can begin with "the" or a month name and
nothing else. At a place in the text, the tagger then tries only the rules whose first word fits the word there,
instead of all of them. A rule whose start cannot be worked out is tried everywhere."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD = re.compile(r"[a-z]*")
_MAX_HEADS = 20_000  # more possible first words than this: try the rule everywhere
_MAX_CLASS = 64  # a character class larger than this (e.g. [a-z] inside a word) is not spelled out
_CACHE = 50_000  # first words remembered before the memo starts afresh
R = TypeVar("R")


class _Unknown(Exception):
    """The rule's first word cannot be worked out (it is then tried everywhere)."""


# A partial first word: the letters read so far, and whether the word is over (a non-letter came next).
_State = tuple[str, bool]


@dataclass(frozen=True, slots=True)
class Heads:
    """The words a rule can begin with: `closed` ones are the whole first word (or a single non-letter
    character when the rule begins with one); `open` ones begin the first word, which may run on."""

    closed: frozenset[str]
    open: tuple[str, ...]


def first_word(text: str, at: int, end: int) -> str:
    """The routing key at `at` (where a-z, 0-9, ' or ’ begins a word): the run of letters a-z there, or the one
    character when it is not a letter."""
    if text[at] in _LETTERS:
        match = _WORD.match(text, at, end)
        return match.group() if match is not None else text[at]
    return text[at]


def heads(pattern: str) -> Heads | None:
    """What a match of `pattern` can begin with, or None when that cannot be worked out."""
    parser = _internals()
    if parser is None:
        return None
    try:
        states = _sequence(parser[1], list(parser[0].parse(pattern)), {("", False)})
    except (_Unknown, re.error, RecursionError):
        return None
    closed = frozenset(word for word, done in states if done)
    return Heads(closed, tuple(sorted(word for word, done in states if not done)))


class Router(Generic[R]):
    """For a first word, the rules (in their order) that may match there."""

    def __init__(self, rules: Sequence[R], rule_heads: Sequence[Heads | None]) -> None:
        self.rules = tuple(rules)
        self._always = frozenset(i for i, h in enumerate(rule_heads) if h is None)
        self._whole: dict[str, set[int]] = {}
        self._prefix: dict[str, set[int]] = {}
        for i, h in enumerate(rule_heads):
            for word in h.closed if h is not None else ():
                self._whole.setdefault(word, set()).add(i)
            for prefix in h.open if h is not None else ():
                self._prefix.setdefault(prefix, set()).add(i)
        self._memo: dict[str, tuple[R, ...]] = {}

    def at(self, word: str) -> tuple[R, ...]:
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= _CACHE:
                self._memo.clear()
            found = self._memo[word] = self._lookup(word)
        return found

    def _lookup(self, word: str) -> tuple[R, ...]:
        chosen = set(self._always) | self._whole.get(word, set())
        for k in range(len(word) + 1):
            chosen |= self._prefix.get(word[:k], set())
        return tuple(self.rules[i] for i in sorted(chosen))


def _internals() -> tuple[ModuleType, ModuleType] | None:
    """The standard library's own pattern parser (private: when it is missing, every rule is tried everywhere)."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:
        return None


def _sequence(c: ModuleType, items: Iterable[tuple[Any, Any]], states: set[_State]) -> set[_State]:
    for op, av in items:
        if all(done for _, done in states):
            return states
        done = {s for s in states if s[1]}
        states = done | _op(c, op, av, states - done)
        if len(states) > _MAX_HEADS:
            raise _Unknown
    return states


def _op(c: ModuleType, op: Any, av: Any, states: set[_State]) -> set[_State]:
    if op is c.LITERAL:
        return _read(states, chr(av))
    if op is c.IN:
        return set().union(*(_read(states, ch) for ch in _class(c, av)))
    if op is c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return _sequence(c, av[3], states)
    if op is c.BRANCH:
        return set().union(*(_sequence(c, branch, states) for branch in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence(c, body, states)
        if high > 1 and any(not done for _, done in once - states):
            raise _Unknown  # a repeated run of letters: too many words
        return once | states if low == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return states  # reads nothing (leaving it out only lets the rule be tried in more places)
    raise _Unknown


def _read(states: set[_State], ch: str) -> set[_State]:
    """Every state after reading the character `ch`."""
    if ch in _LETTERS:
        return {(word + ch, False) for word, _ in states}
    return {(word or ch, True) for word, _ in states}


def _class(c: ModuleType, items: Iterable[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.update("0123456789")  # other scripts' digits never start a word the tagger looks at
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars.add(" ")  # white space only ever ends a word: one stands for all
        else:
            raise _Unknown
    if len(chars) > _MAX_CLASS:
        raise _Unknown
    return chars
