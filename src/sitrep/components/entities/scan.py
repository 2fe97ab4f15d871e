"""Candidates over the one tokenization: a token view, the candidate record, and the gazetteer pass."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

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
    """Plain lists over the Doc's tokens (cheaper to index than Token objects in the matching loops)."""

    __slots__ = ("ends", "line", "n", "sections", "space", "starts", "text", "texts", "ws")

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array(["ORTH", "IDX", "LENGTH", "SPACY"]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        self.texts: list[str] = [strings[c[0]] for c in columns]  # cheaper than creating Token objects
        self.starts: list[int] = [c[1] for c in columns]
        self.ends: list[int] = [c[1] + c[2] for c in columns]
        self.ws: list[bool] = [bool(c[3]) for c in columns]
        self.text = "".join([t + " " if w else t for t, w in zip(self.texts, self.ws, strict=True)])
        self.space: list[bool] = [t.isspace() for t in self.texts]
        self.n = len(self.texts)
        self.line = list(itertools.accumulate(("\n" in t for t in self.texts), initial=0))[:-1] if self.n else []
        self.sections = list(doc._.sections or [])

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


def gazetteer_pass(toks: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """The longest gazetteer surface starting at each token (equipment is left to its own pattern)."""
    found: list[Candidate] = []
    for i in range(toks.n):
        text = toks.texts[i]
        limit = gaz.first.get(text) or (gaz.first.get(text.title()) if text.isupper() else None)
        if limit:
            hit = _longest_at(toks, gaz, i, limit)
            if hit is not None:
                found.append(hit)
                continue
        if "-" in text and not toks.space[i]:
            found.extend(_hyphen_parts(toks, gaz, i))
    return [c for c in found if c.kind != "equipment"]


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
    surface = ""
    for j in range(i, min(toks.n, i + MAX_TOKENS)):
        if toks.space[j] or (j > i and not toks.adjacent(j)):
            break
        surface += (" " if j > i and toks.ws[j - 1] else "") + toks.texts[j]
        if len(surface) > limit and not surface.isupper():
            break
        entry = gaz.lookup(surface)
        if entry is not None and (kind is None or entry.kind == kind) and _acceptable(toks, i, j + 1, surface):
            best = (entry, j + 1)
    if best is None:
        return None
    return from_entry(best[0], toks.starts[i], toks.ends[best[1] - 1])


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
