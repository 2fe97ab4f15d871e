"""Sentences: split on final punctuation, never across sections or lines, each labelled by its section."""

from __future__ import annotations

import sitrep


def sentences(text: str) -> list[tuple[str, str]]:
    x = sitrep.extract(text)
    return [(s.section, text[s.start : s.end]) for s in x.sentences]


def test_sentences_abbreviations_and_quotes_do_not_split() -> None:
    text = 'Lt. Gen. Ana Ruiz met Col. Lee at 3 p.m. in the U.S. Embassy. "We are ready," she said. "Go."'
    assert [t for _, t in sentences(text)] == [
        "Lt. Gen. Ana Ruiz met Col. Lee at 3 p.m. in the U.S. Embassy.",
        '"We are ready," she said.',
        '"Go."',
    ]


def test_sentences_never_cross_sections() -> None:
    text = "Talks stall in the capital\n\nDelegates walked out on Monday. They return next week"
    assert sentences(text) == [
        ("headline", "Talks stall in the capital"),
        ("body", "Delegates walked out on Monday."),
        ("body", "They return next week"),
    ]
