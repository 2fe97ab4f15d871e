"""Find quoted passages by their marks, in one pass over the text of the sections that hold prose.

Double marks (straight or curly, two straight apostrophes as some archives print them: ''like this'', or the
typewriter pair of wire copy, two grave accents and two apostrophes: ``like this'') make a quote; single marks make
one only at the top level (nested single quotes stay inside their double quote). A quote still open at the end of a
paragraph continues when the next paragraph opens with a mark (the news convention for a quote that runs over
several paragraphs); otherwise it ends with its paragraph."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sitrep.record import Section

PROSE_KINDS = frozenset({"body", "caption", "subtitle", "headline"})
# Three apostrophes are a doubled apostrophe and a single mark nested in it: the double is the last two where they
# close a quote after a word or a stop ("… one of us,''' he said"), the first two where they open one.
# Two curly apostrophes close a double quote in some wire copy ('“It was an attempt,’’ Roe said').
_DOUBLE = re.compile(r"''(?!')|(?<![\w,.!?;:])''(?=')|``|(?<=[\w,.!?;:])’’(?!’)|[\"“”„«»″]")
MARK_CHARS = frozenset("\"“”„«»'‘’‹›″`")
_STRAIGHT = frozenset({'"', "''", "″"})  # marks that open or close by where they stand (″: a double prime)
_SINGLE = re.compile(r"['‘’‹›]")
_OPENERS = frozenset({"“", "„", "«", "``"})
_CLOSERS = frozenset("”»")
_PAIRED_CLOSER = "’’"  # closes an open double quote; else two single marks, read by `_scan_single`
_CURLY_OPENERS = frozenset("“„«")
_NESTED_WORDS = 6  # words of a title or a phrase in marks of the other style inside a quote ("Equal Justice Under Law")
_SINGLE_OPENERS = frozenset("‘‹")
_SINGLE_CLOSERS = frozenset("’›")
_BEFORE_OPEN = frozenset(' \t\n([{—–-/"“')
_SENTENCE_FINAL = frozenset(".?!…")
_AFTER_CLOSE = frozenset(' \t\n.,;:!?)]}—–-"”')


@dataclass(slots=True)
class Marked:
    """One quoted passage: `start`/`end` include its marks; `section` is the index of the opening paragraph."""

    start: int
    end: int
    section: int
    closed: bool = True


def find_marked(text: str, sections: Sequence[Section]) -> list[Marked]:
    """Every quoted passage in the prose sections, in text order."""
    found: list[Marked] = []
    carried: int | None = None
    carried_section = -1
    for index, section in enumerate(sections):
        if section.kind not in PROSE_KINDS:
            carried = None
            continue
        spans, carried = _scan_double(text, section, carried)
        for start, end, closed in spans:
            found.append(Marked(start, end, carried_section if start < section.start else index, closed))
        if carried is not None:
            carried_section = index if carried >= section.start else carried_section
            if not _continues(text, sections, index):
                end = _trim_end(text, section.start, section.end)
                found.append(Marked(carried, end, carried_section, closed=False))
                carried = None
        found.extend(_scan_single(text, section, index, [s for s in spans if s[0] >= section.start]))
    found.sort(key=lambda m: m.start)
    return found


def _scan_double(text: str, section: Section, carried: int | None) -> tuple[list[tuple[int, int, bool]], int | None]:
    """The double-quoted passages of one paragraph (start, end, closed) and the quote left open at its end."""
    spans: list[tuple[int, int, bool]] = []
    open_at = carried
    first = _first_visible(text, section.start, section.end)
    nested: frozenset[str] | None = None  # the closers of a quote of the other style nested in the open one
    for match in _DOUBLE.finditer(text, section.start, section.end):
        at, mark = match.start(), match.group()
        if carried is not None and at == first:
            continue  # the mark that re-opens a quote running on from the last paragraph
        if nested is not None:
            nested = None if mark in nested else nested
            continue
        if mark == _PAIRED_CLOSER and open_at is None:
            continue
        if open_at is not None:
            nested = _nested(text, open_at, at, mark, section)
            if nested is not None:
                continue
        if open_at is not None and mark in _STRAIGHT and _reopens(text, open_at, at, len(mark), section.end):
            spans.append((open_at, _trim_end(text, open_at, at), False))
            open_at = at
        elif mark in _CLOSERS or mark == _PAIRED_CLOSER or (mark in _STRAIGHT and open_at is not None):
            if open_at is not None:
                spans.append((open_at, at + len(mark), True))
                open_at = None
            elif _opens_here(text, at, section):
                open_at = at  # a closing mark typed where an opening one belongs ('”We will stay,” she said')
        elif open_at is not None and mark in _OPENERS and _closes_here(text, at, section):
            spans.append((open_at, at + len(mark), True))  # an opening mark typed at the end ('“We will stay,“')
            open_at = None
        elif mark in _OPENERS or mark in _STRAIGHT:
            open_at = at
    return spans, open_at


def _nested(text: str, open_at: int, at: int, mark: str, section: Section) -> frozenset[str] | None:
    """The closing marks awaited when a mark at `at` opens a title or a phrase in marks of the other style inside the
    quote open at `open_at`: curly marks inside straight ones ('"The department is no longer about “Equal Justice”
    at all.') or straight ones inside curly ones that close later in the paragraph; None when the mark opens no such
    phrase: a whole sentence in marks, marks right after the opening one, a phrase that does not close soon."""
    outer = text[open_at]
    if outer == '"' and mark in _CURLY_OPENERS and not _closes_here(text, at, section):
        closers = _CLOSERS
    elif outer in _CURLY_OPENERS and mark == '"' and _opens_here(text, at, section):
        closers = frozenset({'"'})
    else:
        return None
    if not text[open_at + 1 : at].strip():
        return None  # '"“You don’t win …,” Roe said."': a quote pasted in marks of its own
    close = next((i for i in range(at + 1, section.end) if text[i] in closers), None)
    if close is None or _words(text[at + 1 : close]) > _NESTED_WORDS or text[at + 1 : close].rstrip()[-1:] in ".?!":
        return None
    if outer in _CURLY_OPENERS and not any(text[i] in _CLOSERS for i in range(close + 1, section.end)):
        return None  # the curly quote never closes: the straight marks are its own
    return closers


def _opens_here(text: str, at: int, section: Section) -> bool:
    """Whether a closing mark stands where a quote opens: at a paragraph start or after a space, before a word."""
    before = text[at - 1] if at > section.start else " "
    after = text[at + 1 : at + 3].lstrip()
    opening = before in _BEFORE_OPEN or unicodedata.category(before) == "Cf"  # after an invisible direction mark
    return opening and bool(after) and (after[0].isalnum() or after[0] in "…[(")


def _closes_here(text: str, at: int, section: Section) -> bool:
    """Whether an opening mark stands where a quote closes: right after a word or a stop, before a space, a stop or
    the paragraph end."""
    before = text[at - 1] if at > section.start else " "
    after = text[at + 1] if at + 1 < section.end else " "
    return not before.isspace() and (before.isalnum() or before in _SENTENCE_FINAL or before in ",;") and (
        after in _AFTER_CLOSE
    )


def _reopens(text: str, open_at: int, at: int, width: int, end: int) -> bool:
    """Whether a straight mark (`width` characters) opens a new quote while one is open: a paragraph break lost
    in the text ('…energy. "That's when …'): the mark follows a space after a finished sentence and a word
    follows it."""
    before = text[open_at + 1 : at].rstrip()
    after = at + width
    if after >= end or not text[at - 1].isspace() or not before:
        return False
    return before[-1] in _SENTENCE_FINAL and (text[after].isalnum() or text[after] == "[")


def _continues(text: str, sections: Sequence[Section], index: int) -> bool:
    """Whether the paragraph after `index` is body prose that opens with a quotation mark."""
    if index + 1 >= len(sections) or sections[index + 1].kind != "body":
        return False
    nxt = sections[index + 1]
    first = _first_visible(text, nxt.start, nxt.end)
    return first < nxt.end and (text[first] in '"“„«' or text.startswith(("''", "``"), first))


def _scan_single(text: str, section: Section, index: int, doubles: list[tuple[int, int, bool]]) -> Iterator[Marked]:
    """Top-level single-quoted passages: an opening mark at a word start, a closing one at a word end."""
    open_at: int | None = None
    inside = iter(doubles)
    current = next(inside, None)
    for match in _SINGLE.finditer(text, section.start, section.end):
        at, mark = match.start(), match.group()
        while current is not None and current[1] <= at:
            current = next(inside, None)
        if current is not None and current[0] <= at < current[1]:
            continue
        if text.startswith("''", at) or (at > section.start and text.startswith("''", at - 1)):
            continue  # half of a doubled apostrophe: a double mark, read by `_scan_double`
        prev = text[at - 1] if at > section.start else " "
        nxt = text[at + 1] if at + 1 < section.end else " "
        if open_at is not None and mark not in _SINGLE_OPENERS and nxt in _AFTER_CLOSE and not prev.isspace():
            if _words(text[open_at:at]) >= 2 or mark in _SINGLE_CLOSERS:
                yield Marked(open_at, at + 1, index)
            open_at = None
        elif mark in _SINGLE_OPENERS or (mark not in _SINGLE_CLOSERS and prev in _BEFORE_OPEN and nxt.isalpha()):
            open_at = at


def inner(text: str, quote: Marked) -> tuple[int, int]:
    """The characters of a quote between its marks (all of them, a nested quote's too)."""
    start, end = quote.start, quote.end
    while start < end and text[start] in MARK_CHARS:
        start += 1
    while end > start and quote.closed and text[end - 1] in MARK_CHARS:
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(text.split())


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
