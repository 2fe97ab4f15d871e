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
    return tuple(lang for lang, words in load_toml("languages.toml").items() if isinstance(words, list))


@cache
def _particles() -> frozenset[str]:
    return frozenset(load_toml("languages.toml")["names"]["particles"])


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Each function word and the languages whose list holds it: one look-up per word of the text."""
    index: dict[str, list[str]] = {}
    for lang in _languages():
        for word in set(load_toml("languages.toml")[lang]):
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
    for word, count in Counter(_outside_names(words)).items():  # each distinct word once (counted in C)
        for lang in word_languages.get(word.lower(), ()):
            scores[lang] += count
    best = max(scores, key=lambda lang: scores[lang])
    return "en" if scores["en"] * 1.25 >= scores[best] or scores[best] < _MIN_HITS else best


def _outside_names(words: list[str]) -> list[str]:
    """The words without the particles of names: one or two particles between two capitalised words ("Ursula von
    der Leyen", "Charles de Gaulle", "Osama bin Laden") are a name's, not function words of the text."""
    kept: list[str] = []
    particles = _particles()
    i, n = 0, len(words)
    while i < n:
        run = 0
        while run < 2 and i + run < n and (words[i + run] in particles or (run == 0 and words[i].lower() in particles)):
            run += 1
        if not run:  # no particle here (most words)
            kept.append(words[i])
            i += 1
            continue
        opened = i > 0 and words[i - 1][:1].isupper()  # "Ursula von der Leyen"; or a capitalised one: "Van der Berg"
        inside = i + run < n and (opened or words[i][:1].isupper())
        if inside and words[i + run][:1].isupper() and not words[i + run].isupper():
            i += run  # (not an acronym after them: "the flights in UN planes")
            continue
        kept.append(words[i])
        i += 1
    return kept


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
