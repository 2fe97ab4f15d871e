"""Bytes in, text out: size limits, binary detection and decoding with a clear word on every failure."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import BinaryInputError, EmptyInputError, InputError, TooLargeError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(slots=True)
class Decoded:
    """A decoded input with what kind of article container it looks like."""

    text: str
    kind: str  # "text" or "html"
    name: str
    warnings: list[str] = field(default_factory=list)


def max_bytes_default() -> int:
    """The size limit: `SITREP_MAX_BYTES` when set, else 20 MB."""
    value = os.environ.get("SITREP_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def read_path(path: Path, *, max_bytes: int | None = None) -> Decoded:
    """Read one file as an article container, or raise an `InputError` saying why it cannot be."""
    limit = max_bytes or max_bytes_default()
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; pass the files in it, or use `sitrep ingest` for folders")
    size = path.stat().st_size
    if size > limit:
        raise TooLargeError(f"{path}: {size:,} bytes is over the {limit:,}-byte limit (raise it with --max-bytes)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from e
    return decode(data, name=str(path), max_bytes=limit)


def decode(data: bytes, *, name: str = "<stdin>", max_bytes: int | None = None) -> Decoded:
    """Decode bytes as UTF-8 (replacing what is invalid, with a warning) and guess whether they are HTML."""
    limit = max_bytes or max_bytes_default()
    if len(data) > limit:
        raise TooLargeError(f"{name}: {len(data):,} bytes is over the {limit:,}-byte limit (raise it with --max-bytes)")
    if not data.strip():
        raise EmptyInputError(f"{name}: the input is empty")
    refuse_binary(data[:8192], name)
    warnings: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        text = data.decode("utf-8", errors="replace")
        warnings.append(f"{name}: invalid UTF-8 at byte {e.start}; undecodable bytes were replaced with U+FFFD")
    text = text.removeprefix("\ufeff")
    return Decoded(text, _kind(name, text), name, warnings)


def refuse_binary(head: bytes, name: str) -> None:
    """Raise a `BinaryInputError` when the first bytes of an input look like a binary file, not text."""
    if _looks_binary(head):
        raise BinaryInputError(f"{name}: looks like a binary file, not text (expected UTF-8 text, HTML or JSON Lines)")


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 20)


def _kind(name: str, text: str) -> str:
    lower = name.lower()
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"
