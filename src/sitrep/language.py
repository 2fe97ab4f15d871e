"""A cheap language guess: which function-word list covers the most words, or which script dominates."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from sitrep.data_files import load_toml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_SAMPLE = 6000
_MIN_WORDS = 12
_MIN_HITS = 3  # function words another language needs before it outvotes English ("met" and "in" are Dutch too)


@cache
def _languages() -> tuple[str, ...]:
    return tuple(load_toml("languages.toml"))


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Each function word and the languages whose list holds it: one look-up per word of the text."""
    index: dict[str, list[str]] = {}
    for lang, words in load_toml("languages.toml").items():
        for word in set(words):
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def guess_language(text: str) -> str:
    """ "en", "de", "fr", ... for Latin-script text; "und-Cyrl", "und-Arab", ... for other scripts."""
    sample = text[:_SAMPLE]
    script = _dominant_script(sample)
    if script != "Latn":
        return f"und-{script}"
    words = _WORD.findall(sample)
    if len(words) < _MIN_WORDS:
        return "en"
    scores = dict.fromkeys(_languages(), 0)
    word_languages = _word_languages()
    for word, count in Counter(words).items():  # each distinct word once (counted in C)
        for lang in word_languages.get(word.lower(), ()):
            scores[lang] += count
    best = max(scores, key=lambda lang: scores[lang])
    return "en" if scores["en"] * 1.25 >= scores[best] or scores[best] < _MIN_HITS else best


def _dominant_script(sample: str) -> str:
    if sample.isascii():
        return "Latn"
    # Counted in C: the ASCII letters (bytes left after deleting the rest), then the few non-ASCII characters.
    counts: dict[str, int] = {"Latn": len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))}
    for ch in _NON_ASCII.findall(sample):
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Latn"
    best = max(counts, key=lambda s: counts[s])
    return "Latn" if counts.get("Latn", 0) >= 0.5 * sum(counts.values()) else best


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, code in (
        ("LATIN", "Latn"),
        ("CYRILLIC", "Cyrl"),
        ("ARABIC", "Arab"),
        ("HEBREW", "Hebr"),
        ("GREEK", "Grek"),
        ("CJK", "Hani"),
        ("HIRAGANA", "Jpan"),
        ("KATAKANA", "Jpan"),
        ("HANGUL", "Hang"),
        ("DEVANAGARI", "Deva"),
        ("THAI", "Thai"),
    ):
        if name.startswith(prefix):
            return code
    return "Zyyy"
