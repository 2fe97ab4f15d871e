"""Read one number at a token of the Doc: digits with separators and decimals, spelled-out words, scales
("1.2 million", "two dozen", "half a million"), scale suffixes ("$3bn", "4K") and a currency written before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.components.quantities.lexicon import Lexicon
from sitrep.components.quantities.tokens import Tokens
from sitrep.data_files import function_words

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_COMPACT = re.compile(
    r"^(?P<cur>[A-Za-z]{0,3}[$€£¥₹₽₪₩₺])?(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suf>[A-Za-z]{1,3})?$"
)
_MAX_WORDS = 8
_MONEY_ONLY = frozenset({"t"})
_INDEFINITE = function_words("indefinite_articles")
_AND_A_HALF = ("and", "a", "half")
_HYPHENED_HALF = ("-", "and", "-", "a", "-", "half")


@dataclass(slots=True)
class Number:
    """A number read from tokens `start`..`end` (exclusive)."""

    value: float
    start: int
    end: int
    currency: str | None = None
    spelled: bool = False  # written in words ("two"), not digits
    scaled: bool = False  # carries a scale ("million", "bn")
    multiplier: float = 1.0  # the scale's factor (1e6 for "million")


def digit_value(text: str) -> float | None:
    """The value of a plain digit token ("2,500", "1.2", "900"); None for anything else ("3rd", "M119")."""
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def read_number(doc: Tokens, i: int, lex: Lexicon) -> Number | None:
    """The number starting at token `i` (a currency written before it included), or None."""
    currency = lex.currencies.get(doc[i].lower_)
    if currency is None:
        return _read_plain(doc, i, lex, None)
    found = _read_plain(doc, i + 1, lex, currency) if i + 1 < len(doc) else None
    if found is None or found.currency not in (None, currency):
        return None
    found.start, found.currency = i, currency
    return found


def _read_plain(doc: Tokens, i: int, lex: Lexicon, currency: str | None) -> Number | None:
    if i >= len(doc):
        return None
    text = doc[i].text
    value = digit_value(text)
    if value is not None:
        return _scale(doc, Number(value, i, i + 1, currency), lex)
    compact = _COMPACT.match(text)
    if compact and (compact.group("cur") or compact.group("suf")):
        return _read_compact(doc, i, compact, lex, currency)
    if doc[i].lower_ in lex.numbers or _scale_start(doc, i, lex):
        found = _read_words(doc, i, lex)
        if found is not None:
            found.currency = currency
        return found
    return None


def _read_compact(doc: Tokens, i: int, compact: re.Match[str], lex: Lexicon, currency: str | None) -> Number | None:
    """One token holding a currency and/or a scale suffix: "3bn", "AU$52.5", "$1.2m"."""
    if compact.group("cur"):
        currency = lex.currencies.get(compact.group("cur").lower())
        if currency is None:
            return None
    value = float(compact.group("num").replace(",", ""))
    suffix = (compact.group("suf") or "").lower()
    if suffix and suffix not in lex.suffix_scales:
        return None
    if suffix == "m" and currency is None and not _word_follows(doc, i + 1):
        return None  # "5m" alone is five metres
    if suffix in _MONEY_ONLY and currency is None:
        return None  # "278,000t" is tonnes; "$2.174T" is trillions
    factor = lex.suffix_scales.get(suffix, 1.0)
    found = Number(value * factor, i, i + 1, currency=currency, scaled=bool(suffix), multiplier=factor)
    return found if suffix else _scale(doc, found, lex)


def _word_follows(doc: Tokens, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha


def _scale_start(doc: Tokens, i: int, lex: Lexicon) -> bool:
    """ "a hundred", "a dozen", "half a million", "a million"."""
    low = doc[i].lower_
    if low in _INDEFINITE and i + 1 < len(doc):
        return doc[i + 1].lower_ in lex.scales
    if low == "half" and i + 2 < len(doc):
        return doc[i + 1].lower_ in _INDEFINITE and doc[i + 2].lower_ in lex.scales
    return False


def _scale(doc: Tokens, found: Number, lex: Lexicon) -> Number:
    """Digits followed by a suffix token ("4" "K", "5" "m" after a currency) or scale words ("1.2 million")."""
    j = found.end
    spaced_ok = j < len(doc) and len(doc[j].lower_) > 1 and doc[j].lower_ in lex.suffix_scales  # "8.4 bn"
    if j < len(doc) and (not doc[j - 1].whitespace_ or spaced_ok):
        suffix = _suffix(doc, j, found.currency)
        metre = suffix == "m" and found.currency is None and not _word_follows(doc, j + 1)
        if suffix in lex.suffix_scales and not metre:
            factor = lex.suffix_scales[suffix]
            return Number(found.value * factor, found.start, j + 1, found.currency, scaled=True, multiplier=factor)
    factor = 1.0
    while j < len(doc) and doc[j].lower_ in lex.scales and j - found.end < 2:
        factor *= lex.scales[doc[j].lower_]
        j += 1
    return Number(found.value * factor, found.start, j, found.currency, scaled=factor != 1.0, multiplier=factor)


def _suffix(doc: Tokens, j: int, currency: str | None) -> str:
    """The scale suffix written at token `j`; with a currency, a full stop the tokenizer glued on ("$587m.") is
    dropped."""
    low = doc[j].lower_
    if currency is not None and len(low) > 1 and low.endswith(".") and (j + 1 == len(doc) or doc[j].whitespace_):
        return low[:-1]
    return low


def _read_words(doc: Tokens, i: int, lex: Lexicon) -> Number | None:
    """Spelled-out numbers: "two", "thirty-five", "a hundred and two", "two dozen", "half a million"."""
    total, current, j, last_number = 0.0, 0.0, i, -1
    scaled, big = False, 1.0
    while j < len(doc) and j - i < _MAX_WORDS:
        low = doc[j].lower_
        if low in lex.numbers:
            if j > i and doc[j - 1].lower_ in lex.numbers:
                break  # "one two": two numbers, not one
            current += lex.numbers[low]
        elif low in lex.scales:
            scaled = True
            if lex.scales[low] == 100:
                current = (current or 1.0) * 100
            else:
                total, current = total + (current or 1.0) * lex.scales[low], 0.0
                big = max(big, lex.scales[low])
        elif (low in _INDEFINITE and j == i) or (low == "a" and j > i and doc[j - 1].lower_ == "half"):
            current = current or 1.0
            j += 1
            continue
        elif low == "half" and j == i:
            current = 0.5
            j += 1
            continue
        elif low in ("and", "-") and _and_a_half(doc, j):
            width = _and_a_half(doc, j)
            current += 0.5  # "two and a half", "three-and-a-half"
            last_number, j = j + width - 1, j + width
            continue
        elif not _joins_words(doc, j, lex):
            break
        else:
            j += 1
            continue
        last_number = j
        j += 1
    if last_number < 0:
        return None
    return Number(total + current, i, last_number + 1, spelled=True, scaled=scaled, multiplier=big)


def _and_a_half(doc: Tokens, j: int) -> int:
    """The number of tokens of "and a half" (3) or "-and-a-half" (6) starting at token `j`; 0 when none."""
    for words in (_AND_A_HALF, _HYPHENED_HALF):
        end = j + len(words)
        if end <= len(doc) and all(doc[k].lower_ == w for k, w in zip(range(j, end), words, strict=True)):
            return len(words)
    return 0


def _joins_words(doc: Tokens, j: int, lex: Lexicon) -> bool:
    """A hyphen inside "thirty-five", or "and" inside "a hundred and two"."""
    if j + 1 >= len(doc) or doc[j + 1].lower_ not in lex.numbers:
        return False
    low, prev = doc[j].lower_, doc[j - 1].lower_
    if low == "-":
        return prev in lex.numbers and lex.numbers[prev] >= 20 and not doc[j - 1].whitespace_
    return low == "and" and prev in lex.scales
