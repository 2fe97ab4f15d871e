"""Sentence boundaries that never cross a section: every section starts a sentence, and so does every line."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from sitrep.data_files import data_path
from sitrep.record import Section, Sentence

_DEFAULT_PUNCT = [".", "!", "?", "…", "!?", "?!"]


@cache
def _abbreviations() -> frozenset[str]:
    text = data_path("abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@Language.factory(
    "sitrep_sentences",
    default_config={"punct_chars": _DEFAULT_PUNCT},
    assigns=["token.is_sent_start"],
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
        flags = [-1] * len(doc)
        ended = True
        prev = None
        for i, tok in enumerate(doc):
            text = tok.text
            if tok.is_space:
                ended = ended or "\n" in text
                prev = tok
                continue
            boundary = (
                i == 0
                or tok.idx in section_starts
                or (ended and prev is not None and (prev.is_space or bool(prev.whitespace_)) and not text[:1].islower())
            )
            if boundary:
                flags[i] = 1
                ended = False
            if text in self.punct_chars and not (prev is not None and prev.text in abbreviations):
                ended = True
            elif not tok.is_punct:
                ended = False
            prev = tok
        flags[0] = 1
        return flags


def sentences_of(doc: Doc) -> list[Sentence]:
    """The SPEC's sentences: trimmed of white space, each labelled with the section it starts in."""
    sections: list[Section] = doc._.sections or []
    starts = [s.start for s in sections]
    found: list[Sentence] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        at = bisect_right(starts, start) - 1
        found.append(Sentence(start, end, sections[at].kind if at >= 0 else "body"))
    return found
