"""The Doc's tokens as plain Python data, made once per Doc: indexing a list is much cheaper than `doc[i]`,
which builds a new Token object on every call; and the tokens that may start a quantity are found with array
operations rather than by reading every token's strings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, TypeAlias

import numpy as np
from numpy.typing import NDArray
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from sitrep.components import text_of

Tokens: TypeAlias = Sequence[Token]


def tokens_of(doc: Doc) -> list[Token]:
    """Every token of the Doc, each built once."""
    return list(doc)


@cache
def _hashes(words: frozenset[str]) -> NDArray[np.uint64]:
    strings = StringStore()  # a word's hash is the same in every store
    return np.array(sorted(strings[w] for w in words), dtype=np.uint64)


@cache
def _chars(starts: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(starts))) + "]")


def starts_of(doc: Doc, words: frozenset[str], first_chars: frozenset[str], inner: str) -> list[int]:
    """The tokens, in order, whose lower-case form is one of `words`, whose first character is one of
    `first_chars`, or that hold the character `inner` anywhere."""
    if len(doc) == 0:
        return []
    text = text_of(doc)
    arr = doc.to_array(["LOWER", "IDX", "LENGTH"])
    starts = arr[:, 1].astype(np.int64)
    ends = starts + arr[:, 2].astype(np.int64)
    # Sorted look-ups (searchsorted) rather than np.isin, which sorts both sides again for every Doc.
    hits = np.flatnonzero(_member(arr[:, 0], _hashes(words)))
    at_start = _positions(_chars(first_chars).finditer(text))
    by_first = np.searchsorted(starts, at_start)
    by_first = by_first[_member(at_start, starts)]
    inside = _positions(re.finditer(re.escape(inner), text))
    holder = np.searchsorted(starts, inside, side="right") - 1
    holder = holder[(holder >= 0) & (inside < ends[np.maximum(holder, 0)])]
    found: NDArray[np.int64] = np.unique(np.concatenate((hits, by_first, holder)))
    return [int(i) for i in found]


def _member(values: NDArray[Any], sorted_set: NDArray[Any]) -> NDArray[np.bool_]:
    """For each of `values`, whether it is in the sorted array `sorted_set`."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    found: NDArray[np.bool_] = sorted_set[at] == values
    return found


def _positions(matches: Iterable[re.Match[str]]) -> NDArray[np.int64]:
    return np.array([m.start() for m in matches], dtype=np.int64)
