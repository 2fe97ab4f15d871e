"""A cheap language guess: which function-word list covers the most words, or which script dominates."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from sitrep.data_files import load_toml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 6000
_MIN_WORDS = 12


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_toml("languages.toml").items()}


def guess_language(text: str) -> str:
    """ "en", "de", "fr", ... for Latin-script text; "und-Cyrl", "und-Arab", ... for other scripts."""
    sample = text[:_SAMPLE]
    script = _dominant_script(sample)
    if script != "Latn":
        return f"und-{script}"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return "en"
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _stopwords().items()}
    best = max(scores, key=lambda lang: scores[lang])
    return "en" if scores["en"] * 1.25 >= scores[best] else best


def _dominant_script(sample: str) -> str:
    if sample.isascii():
        return "Latn"
    counts: dict[str, int] = {"Latn": sum(1 for ch in sample if ch.isascii() and ch.isalpha())}
    for ch in sample:
        if not ch.isascii() and ch.isalpha():
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
