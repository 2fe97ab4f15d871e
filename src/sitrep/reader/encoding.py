"""Bytes to text: UTF-8 first; a byte order mark (UTF-8, UTF-16, UTF-32) says the encoding; UTF-16 and UTF-32
without one are recognised by their zero bytes; legacy encodings (Windows-1252 and Latin-1, Cyrillic code pages,
Shift JIS, ...) are detected. Every encoding other than UTF-8 is named in a warning."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_SAMPLE = 4096  # bytes looked at to recognise UTF-16 or UTF-32 without a byte order mark
_WIDE_SHARE = 0.9  # the share of ASCII-range code units that must show a wide encoding's zero bytes
_LEGACY_LETTERS = 0.25  # at most this share of letters may be non-ASCII for text read as Windows-1252
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"(?![A-Za-z])[^\W\d_]")


@dataclass(slots=True)
class Text:
    """Decoded text and, when it was not plain UTF-8, a warning that says how it was read."""

    text: str
    warning: str | None = None


def byte_order_mark(data: bytes) -> tuple[str, str, int] | None:
    """(codec, label, mark length) for data that starts with a byte order mark, else None."""
    for mark, codec, label in _BOMS:
        if data.startswith(mark):
            return codec, label, len(mark)
    return None


def wide_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, label) for UTF-16 or UTF-32 text without a byte order mark (mostly ASCII, so every other byte, or
    three bytes in four, are zero), else None."""
    head = data[:_SAMPLE]
    for width, label in ((4, "UTF-32"), (2, "UTF-16")):
        units = [head[i : i + width] for i in range(0, len(head) - len(head) % width, width)]
        if len(data) % width or not units:
            continue
        for order, zeros in (("le", slice(1, None)), ("be", slice(None, -1))):
            wide = sum(1 for u in units if not any(u[zeros]) and any(u))
            if wide >= _WIDE_SHARE * len(units):
                return f"{label.lower()}-{order}", label
    return None


def decode_text(data: bytes, name: str) -> Text:
    """The text of `data`, read as the first of: a byte order mark's encoding, UTF-16/32 without a mark, UTF-8,
    UTF-8 with a few damaged bytes (replaced with U+FFFD), Windows-1252 (a superset of Latin-1 in practice), the
    encoding charset-normalizer detects; UTF-8 with replacements when nothing fits."""
    marked = byte_order_mark(data)
    if marked is not None:
        codec, label, skip = marked
        return _strict_or_replaced(data[skip:], codec, name, None if codec == "utf-8" else f"{label} (byte order mark)")
    wide = wide_encoding(data)
    if wide is not None:
        return _strict_or_replaced(data, wide[0], name, f"{wide[1]} (no byte order mark)")
    try:
        return Text(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        first_bad = e.start
    replaced = data.decode("utf-8", errors="replace")
    if _mostly_utf8(replaced):
        return Text(replaced, _replaced_warning(name, first_bad))
    return _legacy(data, name) or Text(replaced, _replaced_warning(name, first_bad))


def _strict_or_replaced(data: bytes, codec: str, name: str, label: str | None) -> Text:
    warning = f"{name}: not UTF-8; decoded as {label}" if label else None
    try:
        return Text(data.decode(codec), warning)
    except UnicodeDecodeError as e:
        note = f"invalid {codec.upper()} at byte {e.start}; undecodable bytes were replaced with U+FFFD"
        return Text(data.decode(codec, errors="replace"), f"{warning}; {note}" if warning else f"{name}: {note}")


def _mostly_utf8(replaced: str) -> bool:
    """True when the UTF-8 reading holds more well-formed non-ASCII characters than damaged bytes: a UTF-8 file
    with a few bad bytes, not a file in another encoding."""
    bad = replaced.count("\ufffd")
    good = _count(_NON_ASCII, replaced) - bad
    return good > bad


def _legacy(data: bytes, name: str) -> Text | None:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _western(western):
        return Text(western, f"{name}: not UTF-8; decoded as Windows-1252 (Latin-1) (detected)")
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    return Text(str(best), f"{name}: not UTF-8; decoded as {best.encoding} (detected)")


def _western(text: str) -> bool:
    """True for text whose letters are mostly ASCII, as in English or another Western language in Windows-1252;
    Cyrillic or Greek read through Windows-1252 gives words made only of accented letters."""
    return _count(_NON_ASCII_LETTER, text) <= _LEGACY_LETTERS * _count(_LETTER, text)


def _count(pattern: re.Pattern[str], text: str) -> int:
    return pattern.subn("", text)[1]


def _replaced_warning(name: str, at: int) -> str:
    return f"{name}: invalid UTF-8 at byte {at}; undecodable bytes were replaced with U+FFFD"
