"""Sentence boundaries that never cross a section: every section starts a sentence, and so does every line."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from functools import cache
from typing import cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from sitrep.components import token_texts
from sitrep.data_files import load_lines
from sitrep.record import Section, Sentence

_DEFAULT_PUNCT = [".", "!", "?", "…", "!?", "?!"]


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


@Language.factory(
    "sitrep_sentences",
    default_config={"punct_chars": _DEFAULT_PUNCT},
    assigns=["token.is_sent_start"],
    requires=["doc._.sections"],
)
def make_sentences(nlp: Language, name: str, *, punct_chars: list[str]) -> SectionSentencizer:
    return SectionSentencizer(punct_chars=punct_chars)


class SectionSentencizer:
    """Splits after sentence-final punctuation followed by a space, at line breaks and at section starts."""

    def __init__(self, *, punct_chars: list[str]) -> None:
        self.punct_chars = frozenset(punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            flags = numpy.asarray(self.predict(doc), dtype="int64").astype("uint64").reshape(-1, 1)
            doc.from_array(["SENT_START"], cast(Ints2d, flags))
        return doc

    def predict(self, doc: Doc) -> list[int]:
        """1 for a token that starts a sentence, -1 for one that does not (spaCy's SENT_START values)."""
        section_starts = {s.start for s in doc._.sections or ()}
        abbreviations = _abbreviations()
        texts = token_texts(doc)
        idx, is_space, space_after, is_punct = (c.tolist() for c in doc.to_array(_COLUMNS).T)
        flags = [-1] * len(doc)
        ended = True
        prev = -1  # the previous token's index
        for i, text in enumerate(texts):
            if is_space[i]:
                ended = ended or "\n" in text
                prev = i
                continue
            boundary = (
                i == 0
                or idx[i] in section_starts
                or (ended and prev >= 0 and (is_space[prev] or space_after[prev]) and not text[:1].islower())
            )
            if boundary:
                flags[i] = 1
                ended = False
            if text in self.punct_chars and not (prev >= 0 and texts[prev] in abbreviations):
                ended = True
            elif not is_punct[i]:
                ended = False
            prev = i
        flags[0] = 1
        return flags


_COLUMNS: list[int | str] = ["IDX", "IS_SPACE", "SPACY", "IS_PUNCT"]


def sentences_of(doc: Doc) -> list[Sentence]:
    """The SPEC's sentences: trimmed of white space, each labelled with the section it starts in."""
    if not len(doc):
        return []
    sections: list[Section] = doc._.sections or []
    starts = [s.start for s in sections]
    texts = token_texts(doc)
    columns = doc.to_array(["IDX", "IS_SPACE", "SENT_START"])
    idx, is_space = columns[:, 0].tolist(), columns[:, 1].tolist()
    bounds = [0, *(numpy.flatnonzero(columns[1:, 2] == 1) + 1).tolist(), len(doc)]
    found: list[Sentence] = []
    for first, stop in itertools.pairwise(bounds):
        last = stop - 1
        while first <= last and is_space[first]:
            first += 1
        while last > first and is_space[last]:
            last -= 1
        if first > last:
            continue  # white space only
        start, end = idx[first], idx[last] + len(texts[last])
        at = bisect_right(starts, start) - 1
        found.append(Sentence(start, end, sections[at].kind if at >= 0 else "body"))
    return found
