"""Candidates over the one tokenization: a token view, the candidate record, and the gazetteer pass."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from sitrep.components import text_of, token_texts
from sitrep.components.entities.lexicon import Entry, Gazetteer

MAX_TOKENS = 10


@dataclass(slots=True)
class Candidate:
    """A possible mention: its char span, what it names, and references to other mentions by char offset."""

    start: int
    end: int
    kind: str
    key: str
    name: str
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    form: str = "name"
    rank: int = 0
    attrs: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, int] = field(default_factory=dict)  # attribute → char offset of the mention it points at
    inner: bool = False
    name_from: str = "first"  # "first" | "longest": which mention text becomes the canonical name


def from_entry(entry: Entry, start: int, end: int) -> Candidate:
    """A candidate for one gazetteer entry at a char span."""
    cand = Candidate(
        start, end, entry.kind, entry.key, entry.name, entry.code, entry.lat, entry.lon, entry.country,
        entry.form, entry.rank,
    )  # fmt: skip
    if entry.detail and entry.kind == "organization":
        cand.attrs["category"] = entry.detail
    return cand


class Tokens:
    """Plain lists over the Doc's tokens (cheaper to index than Token objects in the matching loops), fetched
    once per document with `Doc.to_array`, plus an index from each token text to where it occurs."""

    __slots__ = (
        "capital", "ends", "headline_verbs", "line", "n", "positions", "sections", "space", "sports", "starts", "text",
        "texts", "ws",
    )  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        self.n = len(doc)
        self.text = text_of(doc)
        self.texts, self.starts, self.ends, self.ws, self.space = _columns(doc)
        self.line = _line_numbers(self.text, self.starts, self.texts)
        self.positions = _positions(self.texts)
        self.capital = [w for w in self.positions if w[:1].isupper()]  # the distinct capitalized token texts
        self.sections = list(doc._.sections or [])
        self.sports: bool | None = None  # whether the text reads as a sports report (`teams.is_sports`), once asked
        self.headline_verbs: frozenset[int] | None = None  # verbs of Title Case headlines (`people.headline_verb`)

    def where(self, words: AbstractSet[str]) -> list[int]:
        """Indices of the tokens whose text is one of `words`, in order."""
        positions = self.positions
        if len(words) < len(positions):
            found = [positions[w] for w in words if w in positions]
        else:
            found = [at for w, at in positions.items() if w in words]
        if len(found) < 2:
            return found[0] if found else []
        return sorted(itertools.chain.from_iterable(found))

    def starting_at(self, char: int) -> int | None:
        """Index of the token that starts at char offset `char`, or None."""
        i = bisect_left(self.starts, char)
        return i if i < self.n and self.starts[i] == char else None

    def tokens_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The first token of text[start:end] and the token after its last, or None when it starts mid-token."""
        i = self.starting_at(start)
        if i is None:
            return None
        j = i
        while j < self.n and self.ends[j] <= end:
            j += 1
        return (i, j) if j > i else None

    def span_text(self, i: int, j: int) -> str:
        """Tokens i..j-1 with their white space collapsed to single spaces."""
        return " ".join(self.text[self.starts[i] : self.ends[j - 1]].split())

    def is_cap(self, i: int) -> bool:
        """A capitalized word (not a number, not punctuation)."""
        return 0 <= i < self.n and self.texts[i][:1].isupper()

    def is_lower_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.texts[i].isalpha() and self.texts[i].islower()

    def adjacent(self, i: int) -> bool:
        """Token i-1 and token i are on the same line (no line break between them)."""
        return i > 0 and self.line[i - 1] == self.line[i]

    def next_word(self, i: int) -> int:
        """Index of the first non-space token at or after i (n when none)."""
        while i < self.n and self.space[i]:
            i += 1
        return i


def _columns(doc: Doc) -> tuple[list[str], list[int], list[int], list[bool], list[bool]]:
    """Token texts, char starts and ends, trailing-space and is-space flags, from one `Doc.to_array`."""
    if not len(doc):
        return [], [], [], [], []
    idx, length, spacy, is_space = doc.to_array(["IDX", "LENGTH", "SPACY", "IS_SPACE"]).T
    texts = token_texts(doc)  # cheaper than creating Token objects
    return texts, idx.tolist(), (idx + length).tolist(), spacy.astype(bool).tolist(), is_space.astype(bool).tolist()


def _positions(texts: list[str]) -> dict[str, list[int]]:
    """Token text → the indices of the tokens with that text."""
    found: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        at = found.get(text)
        if at is None:
            found[text] = [i]
        else:
            at.append(i)
    return found


def _line_numbers(text: str, starts: list[int], texts: list[str]) -> list[int]:
    """For each token, how many tokens before it hold a line break (found from the text's few line breaks)."""
    steps = [0] * len(texts)
    for i in {bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(text)}:
        if i + 1 < len(texts):
            steps[i + 1] = 1
    return list(itertools.accumulate(steps))


_NEWLINE = re.compile("\n")


def gazetteer_pass(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """The longest gazetteer surface starting at each token (equipment is left to its own pattern)."""
    limits = _first_limits(toks, gaz)
    hyphenated = {w for w in toks.positions if "-" in w}
    found: list[Candidate] = []
    for i in toks.where(limits.keys() | hyphenated):
        text = toks.texts[i]
        limit = limits.get(text)
        if limit:
            hit = _longest_at(toks, gaz, i, limit)
            if hit is not None:
                found.append(hit)
                continue
        if "-" in text and not toks.space[i]:
            found.extend(_hyphen_parts(toks, gaz, i))
    return [c for c in found if c.kind != "equipment"]


def _first_limits(toks: Tokens, gaz: Gazetteer) -> dict[str, int]:
    """Token text → length of the longest surface it can start (also for all-caps "BAGHDAD"), for texts in the doc."""
    first = gaz.first
    limits = {text: first[text] for text in toks.positions.keys() & first.keys()}
    for text in toks.positions:
        if text not in limits and text.isupper():
            limit = first.get(text.title())
            if limit:
                limits[text] = limit
    return limits


def longest_at(toks: Tokens, gaz: Gazetteer, i: int, kind: str) -> tuple[Entry, int] | None:
    """The longest gazetteer entry of one kind starting at token i, with its end token index."""
    limit = gaz.first.get(toks.texts[i])
    if not limit:
        return None
    cand = _longest_at(toks, gaz, i, limit, kind)
    if cand is None:
        return None
    end = i
    while end < toks.n and toks.starts[end] < cand.end:
        end += 1
    entry = gaz.lookup(toks.text[cand.start : cand.end].replace("\n", " "))
    return (entry, end) if entry is not None else None


def _longest_at(toks: Tokens, gaz: Gazetteer, i: int, limit: int, kind: str | None = None) -> Candidate | None:
    best: tuple[Entry, int] | None = None
    texts, ws, space, line = toks.texts, toks.ws, toks.space, toks.line
    entries, prefixes = gaz.entries, gaz.prefixes
    surface = texts[i]
    for j in range(i, min(toks.n, i + MAX_TOKENS)):
        if space[j] or (j > i and line[j - 1] != line[j]):
            break
        if j > i:
            surface += (" " + texts[j]) if ws[j - 1] else texts[j]
        if len(surface) > limit and not surface.isupper():
            break
        entry = entries.get(surface) or (gaz.lookup(surface) if surface.isupper() else None)
        if entry is not None and (kind is None or entry.kind == kind) and _acceptable(toks, i, j + 1, surface):
            best = (entry, j + 1)
        if ws[j] and surface not in prefixes and surface.title() not in prefixes and not _folded_prefix(gaz, surface):
            break  # the next token comes after a space, and no surface (nor title-cased one) goes on from here
    if best is None:
        return None
    return from_entry(best[0], toks.starts[i], toks.ends[best[1] - 1])


def _folded_prefix(gaz: Gazetteer, surface: str) -> bool:
    """An all-caps surface opens a place's name of mixed case ("COX'S" of "Cox's Bazar")."""
    return surface.isupper() and surface.casefold() in gaz.folded_prefixes


def _acceptable(toks: Tokens, i: int, j: int, surface: str) -> bool:
    """Short all-caps forms ("IS", "US", "WHO") only count outside all-caps headlines."""
    if len(surface) > 3 or not surface.isupper():
        return True
    return not (_caps_word(toks, i - 1) and _caps_word(toks, j))


def _caps_word(toks: Tokens, i: int) -> bool:
    return 0 <= i < toks.n and len(toks.texts[i]) > 1 and toks.texts[i].isupper() and toks.texts[i].isalpha()


def _hyphen_parts(toks: Tokens, gaz: Gazetteer, i: int) -> list[Candidate]:
    """Countries inside one hyphenated token: "U.S.-Iraq" names the United States and Iraq."""
    found: list[Candidate] = []
    offset = toks.starts[i]
    for part in toks.texts[i].split("-"):
        entry = gaz.lookup(part) if part else None
        if entry is not None and entry.kind == "country":
            cand = from_entry(entry, offset, offset + len(part))
            cand.inner = True
            found.append(cand)
        offset += len(part) + 1
    return found
